"""Every EXIF tag of a file held in memory, named and printed as exifread names and prints them.

exifread reads each number through a seek and a read of its file object, one call per value: a
camera's maker note of some thousands of bytes is read byte by byte, first as the ``MakerNote``
field itself and then again as the directories inside it, which made metadata extraction most of
an import's time. ``read_exif_tags`` runs exifread's own steps (its tag tables, maker-note
decoders and printable forms) over a header that reads numbers straight from the bytes in memory
and arrays of them in one unpack; what it returns is what ``exifread.process_file`` returns for
the same bytes (a test compares the two over the sample corpus).

Reads are counted against ``budget``: a hostile file whose directories point at each other is cut
short by ``MalformedMedia`` instead of being walked for hours.
"""

from __future__ import annotations

import contextlib
import struct
from typing import Any, BinaryIO, cast

from exifread.core.exceptions import ExifNotFound, InvalidExif
from exifread.core.exif_header import ExifHeader
from exifread.core.find_exif import determine_type, get_endian_str
from exifread.tags import DEFAULT_STOP_TAG
from exifread.tags.exif import EXIF_TAGS
from exifread.tags.fields import (
    FLOAT_FIELD_TYPES,
    RATIO_FIELD_TYPES,
    SIGNED_FIELD_TYPES,
    FieldType,
)
from exifread.tags.makernote import canon

from humdoc.core.errors import MalformedMedia

# struct codes of the integer sizes exifread unpacks (its 8-byte case is left to exifread).
_CODES = {(1, False): "B", (1, True): "b", (2, False): "H", (2, True): "h",
          (4, False): "I", (4, True): "i"}  # fmt: skip
# exifread reads at most this many values of a field, except for these (longer) ones.
_MAX_VALUES = 1000
# Entries of any other type are passed over by exifread (not strict) without a tag.
_KNOWN_TYPES = frozenset(int(t) for t in FieldType if t is not FieldType.PROPRIETARY)
_LONG_FIELDS = ("MakerNote", canon.CAMERA_INFO_TAG_NAME)


class ReadBudget:
    """How many reads a file may still cost; ``spend`` raises ``MalformedMedia`` past the end."""

    def __init__(self, reads: int) -> None:
        self.left = reads

    def spend(self, reads: int = 1) -> None:
        """Count ``reads`` reads; raises ``MalformedMedia`` if and only if the budget is
        exhausted."""
        self.left -= reads
        if self.left < 0:
            raise MalformedMedia("its EXIF directories point at each other too often to read")


class _BudgetFile:
    """A read-only view of ``data`` with exifread's file calls, each read spending ``budget``."""

    def __init__(self, data: bytes, budget: ReadBudget) -> None:
        self._data, self._pos, self._budget = data, 0, budget

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: len(self._data)}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def tell(self) -> int:
        return self._pos

    def read(self, size: int | None = -1, /) -> bytes:
        self._budget.spend()
        end = len(self._data) if size is None or size < 0 else self._pos + size
        out = self._data[self._pos : end]
        self._pos += len(out)
        return out


class _MemoryHeader(ExifHeader):
    """exifread's header, reading numbers from ``data`` without a seek and a read each."""

    def __init__(self, data: bytes, budget: ReadBudget, *args: Any) -> None:
        super().__init__(*args)
        self._data, self._budget = data, budget

    def s2n(self, offset: int, length: int, signed: bool = False) -> int:
        code = _CODES.get((length, signed))
        pos = self.offset + offset
        if code is None or pos < 0 or pos + length > len(self._data):
            return int(super().s2n(offset, length, signed))  # its errors and its zero, as it does
        self._budget.spend()
        value: int = struct.unpack_from(
            ("<" if self.endian == "I" else ">") + code, self._data, pos
        )[0]
        return value

    def dump_ifd(
        self,
        ifd: int,
        ifd_name: str,
        tag_dict: dict[int, Any] | None = None,
        relative: int = 0,
        stop_tag: str = DEFAULT_STOP_TAG,
    ) -> None:
        # exifread's loop, reading the entries' tags and types in one unpack and passing over the
        # entries of unknown type at once, as its ``_process_tag`` does after reading them again:
        # a garbled maker note can hold tens of thousands of them. Only the default stop tag
        # (a name no tag has) is ever given, so the loop never stops early.
        tag_dict = EXIF_TAGS if tag_dict is None else tag_dict
        try:
            entries = self.s2n(ifd, 2)
        except TypeError:
            return
        # Entries whose 12 bytes are all in the file are unpacked together; any after them
        # (a directory running off the end) go through exifread's reads one by one.
        first = self.offset + ifd + 2
        whole = max(0, min(entries, (len(self._data) - first) // 12)) if first >= 0 else 0
        self._budget.spend(whole)
        fmt = ("<" if self.endian == "I" else ">") + "HH8x"
        block = self._data[first : first + 12 * whole]
        for i, (tag, field_type) in enumerate(struct.iter_unpack(fmt, block)):
            if field_type in _KNOWN_TYPES:
                self._entry(ifd, ifd_name, tag_dict, ifd + 2 + 12 * i, tag, relative)
        for i in range(whole, entries):
            entry = ifd + 2 + 12 * i
            if self.offset + entry >= len(self._data):
                break  # every read of it finds nothing: type 0, which exifread passes over
            self._entry(ifd, ifd_name, tag_dict, entry, self.s2n(entry, 2), relative)

    def _entry(
        self,
        ifd: int,
        ifd_name: str,
        tag_dict: dict[int, Any],
        entry: int,
        tag: int,
        relative: int,
    ) -> None:
        tag_entry = tag_dict.get(tag)
        tag_name = tag_entry[0] if tag_entry else f"Tag 0x{tag:04X}"
        # exifread's own annotations do not admit the None and the int its own loop passes.
        self._process_tag(
            ifd,
            ifd_name,
            tag_entry,  # type: ignore[arg-type]
            entry,
            tag,
            tag_name,
            relative,  # type: ignore[arg-type]
            DEFAULT_STOP_TAG,
        )

    def _process_field(
        self, tag_name: str, count: int, field_type: int, type_length: int, offset: int
    ) -> list[Any]:
        code = _CODES.get((type_length, field_type in SIGNED_FIELD_TYPES))
        start = self.offset + offset
        if (
            code is None
            or field_type in RATIO_FIELD_TYPES
            or field_type in FLOAT_FIELD_TYPES
            or not (count < _MAX_VALUES or tag_name in _LONG_FIELDS)
            or start < 0
            or start + count * type_length > len(self._data)
        ):
            return list(super()._process_field(tag_name, count, field_type, type_length, offset))
        self._budget.spend()
        fmt = ("<" if self.endian == "I" else ">") + str(count) + code
        return list(struct.unpack_from(fmt, self._data, start))


def read_exif_tags(data: bytes, budget: ReadBudget) -> dict[str, Any]:
    """exifread's tags of ``data`` with maker notes and thumbnails (``process_file(details=True,
    extract_thumbnail=True)``): names such as ``"EXIF DateTimeOriginal"`` mapped to its tag
    objects (``printable``, ``values``) or, for thumbnails, bytes. ``{}`` when there is no EXIF.

    Raises ``MalformedMedia`` when ``budget`` runs out, and whatever exifread raises on a hostile
    file (the caller collects those).
    """
    fh = _BudgetFile(data, budget)
    try:
        offset, endian_bytes, fake_exif = determine_type(cast(BinaryIO, fh))
    except (ExifNotFound, InvalidExif):
        return {}
    endian_str, _ = get_endian_str(endian_bytes)
    hdr = _MemoryHeader(data, budget, fh, endian_str, offset, fake_exif, False, False, True, True)
    thumb_ifd = 0
    for index, ifd in enumerate(hdr.list_ifd()):
        name = {0: "Image", 1: "Thumbnail"}.get(index, f"IFD {index}")
        if index == 1:
            thumb_ifd = ifd
        hdr.dump_ifd(ifd=ifd, ifd_name=name, stop_tag=DEFAULT_STOP_TAG)
    exif_off = hdr.tags.get("Image ExifOffset")
    if exif_off:
        hdr.dump_ifd(ifd=exif_off.values[0], ifd_name="EXIF", stop_tag=DEFAULT_STOP_TAG)
    sub_ifds = hdr.tags.get("Image SubIFDs")
    if sub_ifds:
        for index, sub_offset in enumerate(sub_ifds.values):
            hdr.dump_ifd(ifd=sub_offset, ifd_name=f"EXIF SubIFD{index}", stop_tag=DEFAULT_STOP_TAG)
    if "EXIF MakerNote" in hdr.tags and "Image Make" in hdr.tags:
        with contextlib.suppress(ValueError):  # exifread, not strict, gives up on it alone
            hdr.decode_maker_note()
    if thumb_ifd:
        hdr.extract_tiff_thumbnail(thumb_ifd)
        hdr.extract_jpeg_thumbnail()
    tags: dict[str, Any] = hdr.tags
    return tags
