"""A small, bounds-checked reader and writer for TIFF/EXIF directories (IFDs).

Used three ways: to read the few fields the ``evidence`` policy keeps, to write a fresh minimal EXIF
block holding only those fields, and to blank the GPS directory of an EXIF block in place (strip at
intake). Reading never raises on hostile input: a broken directory simply yields fewer entries.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

# Entry type -> size in bytes of one value (TIFF 6.0 and the EXIF additions).
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
_MAX_ENTRIES = 1024  # far more than any camera writes; bounds the work a hostile IFD can cause

TAG_MAKE = 0x010F
TAG_MODEL = 0x0110
TAG_ORIENTATION = 0x0112
TAG_DATETIME = 0x0132
TAG_EXIF_IFD = 0x8769
TAG_GPS_IFD = 0x8825
TAG_DATETIME_ORIGINAL = 0x9003
TAG_DATETIME_DIGITIZED = 0x9004
TAG_OFFSET_TIME = 0x9010
TAG_OFFSET_TIME_ORIGINAL = 0x9011
TAG_OFFSET_TIME_DIGITIZED = 0x9012

_DATETIME = re.compile(r"\d{4}:\d\d:\d\d \d\d:\d\d:\d\d")
_OFFSET = re.compile(r"[+-]\d\d:\d\d")
_NAME = re.compile(r"[\x20-\x7e]{1,64}")


@dataclass(frozen=True)
class Entry:
    """One IFD entry: ``value_at`` is where its value starts (inline or at its offset)."""

    tag: int
    type: int
    count: int
    value_at: int
    size: int


@dataclass(frozen=True)
class EvidenceFields:
    """The only EXIF fields the ``evidence`` policy keeps, already validated.

    Dates must look like ``YYYY:MM:DD HH:MM:SS``, offsets like ``+HH:MM`` and make/model be
    printable ASCII of at most 64 characters; anything else is dropped, so no free text can ride
    along inside a field that is meant to hold a date or a camera name.
    """

    datetime: str | None = None
    datetime_original: str | None = None
    datetime_digitized: str | None = None
    offset_time: str | None = None
    offset_time_original: str | None = None
    offset_time_digitized: str | None = None
    make: str | None = None
    model: str | None = None
    orientation: int | None = None

    def is_empty(self) -> bool:
        """True if and only if no field is set."""
        return all(value is None for value in vars(self).values())


class TiffReader:
    """Read IFDs of a TIFF block held in ``buf`` (starting at the ``II``/``MM`` header)."""

    def __init__(self, buf: bytes | bytearray) -> None:
        self.buf = buf
        order = bytes(buf[:2])
        self.endian = "<" if order == b"II" else ">" if order == b"MM" else ""
        self.valid = bool(self.endian) and len(buf) >= 8 and self.u16(2) == 42

    def u16(self, pos: int) -> int:
        """The unsigned 16-bit value at ``pos`` in the block's byte order."""
        return int(struct.unpack_from(self.endian + "H", self.buf, pos)[0])

    def u32(self, pos: int) -> int:
        """The unsigned 32-bit value at ``pos`` in the block's byte order."""
        return int(struct.unpack_from(self.endian + "I", self.buf, pos)[0])

    def first_ifd(self) -> int:
        """Offset of IFD0, or 0 if the header is broken."""
        return self.u32(4) if self.valid else 0

    def entries(self, offset: int) -> list[Entry]:
        """The entries of the IFD at ``offset``; entries pointing outside the block are skipped."""
        if not self.valid or offset < 8 or offset + 2 > len(self.buf):
            return []
        count = self.u16(offset)
        if count > _MAX_ENTRIES or offset + 2 + 12 * count > len(self.buf):
            return []
        found = []
        for i in range(count):
            pos = offset + 2 + 12 * i
            tag, typ, n = struct.unpack_from(self.endian + "HHI", self.buf, pos)
            unit = _TYPE_SIZES.get(typ)
            if unit is None:
                continue
            size = unit * n
            value_at = pos + 8 if size <= 4 else self.u32(pos + 8)
            if value_at + size > len(self.buf):
                continue
            found.append(Entry(tag, typ, n, value_at, size))
        return found

    def ascii(self, entry: Entry) -> str | None:
        """The entry's ASCII value without its NUL terminator, or None if not ASCII."""
        if entry.type != 2:
            return None
        raw = bytes(self.buf[entry.value_at : entry.value_at + entry.size]).split(b"\x00")[0]
        try:
            return raw.decode("ascii").strip()
        except UnicodeDecodeError:
            return None

    def short(self, entry: Entry) -> int | None:
        """The entry's first SHORT or LONG value, or None."""
        if entry.type == 3 and entry.count >= 1:
            return self.u16(entry.value_at)
        if entry.type in (4, 13) and entry.count >= 1:
            return self.u32(entry.value_at)
        return None

    def sub_ifd(self, entries: list[Entry], tag: int) -> int | None:
        """Offset of the sub-IFD that ``tag`` (e.g. the GPS pointer) points to, if any."""
        for entry in entries:
            if entry.tag == tag:
                return self.short(entry)
        return None


def _match(pattern: re.Pattern[str], value: str | None) -> str | None:
    return value if value is not None and pattern.fullmatch(value) else None


def read_evidence_fields(tiff: bytes) -> EvidenceFields:
    """The validated evidence fields of an EXIF TIFF block; empty fields if it is broken."""
    reader = TiffReader(tiff)
    ifd0 = reader.entries(reader.first_ifd())
    exif_at = reader.sub_ifd(ifd0, TAG_EXIF_IFD)
    exif = reader.entries(exif_at) if exif_at else []
    text = {e.tag: reader.ascii(e) for e in ifd0 + exif if e.type == 2}
    orientation = next((reader.short(e) for e in ifd0 if e.tag == TAG_ORIENTATION), None)
    return EvidenceFields(
        datetime=_match(_DATETIME, text.get(TAG_DATETIME)),
        datetime_original=_match(_DATETIME, text.get(TAG_DATETIME_ORIGINAL)),
        datetime_digitized=_match(_DATETIME, text.get(TAG_DATETIME_DIGITIZED)),
        offset_time=_match(_OFFSET, text.get(TAG_OFFSET_TIME)),
        offset_time_original=_match(_OFFSET, text.get(TAG_OFFSET_TIME_ORIGINAL)),
        offset_time_digitized=_match(_OFFSET, text.get(TAG_OFFSET_TIME_DIGITIZED)),
        make=_match(_NAME, text.get(TAG_MAKE)),
        model=_match(_NAME, text.get(TAG_MODEL)),
        orientation=orientation if orientation is not None and 1 <= orientation <= 8 else None,
    )


def _ifd(entries: list[tuple[int, int, int, bytes]], start: int, endian: str) -> bytes:
    """Serialise one IFD placed at ``start``; values longer than 4 bytes follow it."""
    entries = sorted(entries)
    data_at = start + 2 + 12 * len(entries) + 4
    head = struct.pack(endian + "H", len(entries))
    tail = b""
    for tag, typ, count, value in entries:
        if len(value) <= 4:
            field = value.ljust(4, b"\x00")
        else:
            field = struct.pack(endian + "I", data_at + len(tail))
            tail += value + (b"\x00" if len(value) % 2 else b"")
        head += struct.pack(endian + "HHI", tag, typ, count) + field
    return head + struct.pack(endian + "I", 0) + tail


def build_exif(fields: EvidenceFields) -> bytes:
    """A fresh little-endian TIFF block holding exactly ``fields`` (no thumbnail, no IFD1).

    Returns b"" when ``fields`` is empty, so callers can skip writing an EXIF block at all.
    """
    if fields.is_empty():
        return b""
    endian = "<"

    def text(tag: int, value: str | None) -> list[tuple[int, int, int, bytes]]:
        if value is None:
            return []
        raw = value.encode("ascii") + b"\x00"
        return [(tag, 2, len(raw), raw)]

    ifd0 = text(TAG_MAKE, fields.make) + text(TAG_MODEL, fields.model)
    ifd0 += text(TAG_DATETIME, fields.datetime)
    if fields.orientation is not None:
        ifd0.append((TAG_ORIENTATION, 3, 1, struct.pack(endian + "H", fields.orientation)))
    exif = text(TAG_DATETIME_ORIGINAL, fields.datetime_original)
    exif += text(TAG_DATETIME_DIGITIZED, fields.datetime_digitized)
    exif += text(TAG_OFFSET_TIME, fields.offset_time)
    exif += text(TAG_OFFSET_TIME_ORIGINAL, fields.offset_time_original)
    exif += text(TAG_OFFSET_TIME_DIGITIZED, fields.offset_time_digitized)
    header = b"II" + struct.pack(endian + "HI", 42, 8)
    if exif:
        # Lay out IFD0 once with a placeholder pointer to learn its length, then for real.
        probe = _ifd([*ifd0, (TAG_EXIF_IFD, 4, 1, b"\x00" * 4)], 8, endian)
        exif_at = 8 + len(probe)
        ifd0.append((TAG_EXIF_IFD, 4, 1, struct.pack(endian + "I", exif_at)))
        return header + _ifd(ifd0, 8, endian) + _ifd(exif, exif_at, endian)
    return header + _ifd(ifd0, 8, endian)


def blank_gps(tiff: bytearray) -> bool:
    """Empty every GPS directory of an EXIF TIFF block in place; True if there was one.

    The GPS IFD's entries, its next-IFD link and every value they pointed to are overwritten with
    zeros, so no reader can recover a position, and IFD0's pointer to it is removed (the entries
    after it move up, the freed 12 bytes are zeroed). IFD0 may name a GPS directory more than
    once (a crafted or damaged file): each one is emptied and each pointer removed. The block
    keeps its length, so nothing else in the file moves.
    """
    reader = TiffReader(tiff)
    ifd0_at = reader.first_ifd()
    found = False
    for _ in range(_MAX_ENTRIES):
        pointer = next((e for e in reader.entries(ifd0_at) if e.tag == TAG_GPS_IFD), None)
        if pointer is None:
            break
        gps_at = reader.short(pointer)
        if gps_at and gps_at + 2 <= len(tiff):
            for entry in reader.entries(gps_at):
                if entry.size > 4:
                    tiff[entry.value_at : entry.value_at + entry.size] = bytes(entry.size)
            count = reader.u16(gps_at)
            end = min(len(tiff), gps_at + 2 + 12 * min(count, _MAX_ENTRIES) + 4)
            tiff[gps_at:end] = bytes(end - gps_at)
        _drop_entry(reader, tiff, ifd0_at, TAG_GPS_IFD)
        found = True
    return found


def _drop_entry(reader: TiffReader, tiff: bytearray, ifd_at: int, tag: int) -> None:
    count = reader.u16(ifd_at)
    table_end = ifd_at + 2 + 12 * count + 4  # entries and the next-IFD link
    if table_end > len(tiff):
        return
    for i in range(count):
        pos = ifd_at + 2 + 12 * i
        if reader.u16(pos) == tag:
            tiff[pos : table_end - 12] = tiff[pos + 12 : table_end]
            tiff[table_end - 12 : table_end] = bytes(12)
            tiff[ifd_at : ifd_at + 2] = struct.pack(reader.endian + "H", count - 1)
            return
