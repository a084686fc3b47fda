"""Find every image a TIFF-based file holds, and tell raw camera files from photos.

A DNG, and the raw files of most cameras (NEF, ARW, PEF, SRW, 3FR, ERF…), are TIFF files whose
first directory is often only a small preview: the picture itself, raw sensor data, sits in a
SubIFD. Pillow decodes the first directory, so converting such a file would silently hand over its
thumbnail as the evidence copy. This module walks every directory of the file (the IFD chain and
every SubIFD, bounded and loop-safe) so that callers can compare against the largest image the file
holds and refuse a raw camera file with the reason, before anything is decoded.
"""

from __future__ import annotations

from dataclasses import dataclass

from humdoc.core.media.sniff import MediaType
from humdoc.core.media.tiffdir import TiffReader

TAG_NEW_SUBFILE_TYPE = 254
TAG_WIDTH = 256
TAG_HEIGHT = 257
TAG_BITS_PER_SAMPLE = 258
TAG_COMPRESSION = 259
TAG_PHOTOMETRIC = 262
TAG_SUB_IFDS = 330
TAG_DNG_VERSION = 50706

PHOTOMETRIC_CFA = 32803  # colour filter array: one colour per photosite, sensor data
PHOTOMETRIC_LINEAR_RAW = 34892  # demosaiced but not rendered sensor data (DNG)
# Compression schemes only raw sensor data uses: DNG lossy JPEG, Nikon NEF, Sony ARW, Pentax PEF,
# Kodak DCR and KDC, Samsung SRW, packed raw (Epson ERF), Panasonic RAW 1.
_RAW_COMPRESSIONS = frozenset(
    {34892, 34713, 32767, 65535, 65000, 32867, 32770, 32772, 32769, 34316}
)
COMPRESSION_JPEG = 7  # also lossless JPEG of raw sensor data, told apart by its sample depth

_MAX_DIRECTORIES = 64  # a camera writes a handful; bounds the work a hostile file can cause

RAW_REFUSAL = (
    "Raw camera files cannot be cleaned; export a JPEG or TIFF from your raw converter, or use the"
    " keep policy."
)


@dataclass(frozen=True)
class TiffImage:
    """One image directory: where it is, its size and how its samples are stored."""

    offset: int
    width: int
    height: int
    photometric: int | None
    compression: int | None
    bits: int | None
    in_chain: bool  # in the IFD chain (a page Pillow can see) rather than a SubIFD

    @property
    def pixels(self) -> int:
        """Width times height."""
        return self.width * self.height

    def is_raw(self) -> bool:
        """True if and only if this image holds raw sensor data rather than a rendered picture."""
        if self.photometric in (PHOTOMETRIC_CFA, PHOTOMETRIC_LINEAR_RAW):
            return True
        if self.compression in _RAW_COMPRESSIONS:
            return True
        return self.compression == COMPRESSION_JPEG and (self.bits or 8) > 8


def tiff_images(block: bytes) -> tuple[list[TiffImage], bool]:
    """Every image directory of a TIFF ``block``, and whether IFD0 carries a DNGVersion tag.

    Walks IFD0, the IFDs it links to, and the SubIFDs of each (recursively), visiting each
    directory once and at most ``_MAX_DIRECTORIES`` of them. Directories without a width and a
    height are left out. A broken directory yields nothing; this never raises on hostile input.
    """
    reader = TiffReader(block)
    found: list[TiffImage] = []
    seen: set[int] = set()
    dng = False
    pending = [(reader.first_ifd(), True)]
    while pending and len(seen) < _MAX_DIRECTORIES:
        offset, in_chain = pending.pop(0)
        if offset in seen or offset < 8 or offset + 2 > len(block):
            continue
        seen.add(offset)
        entries = reader.entries(offset)
        values = {e.tag: reader.short(e) for e in entries}
        if offset == reader.first_ifd() and TAG_DNG_VERSION in {e.tag for e in entries}:
            dng = True
        width, height = values.get(TAG_WIDTH), values.get(TAG_HEIGHT)
        if width and height:
            found.append(
                TiffImage(
                    offset,
                    width,
                    height,
                    values.get(TAG_PHOTOMETRIC),
                    values.get(TAG_COMPRESSION),
                    values.get(TAG_BITS_PER_SAMPLE),
                    in_chain,
                )
            )
        for entry in entries:
            if entry.tag == TAG_SUB_IFDS and entry.type in (4, 13):
                count = min(entry.count, _MAX_DIRECTORIES)
                pending += [(reader.u32(entry.value_at + 4 * i), False) for i in range(count)]
        if in_chain:
            link = offset + 2 + 12 * reader.u16(offset)
            if link + 4 <= len(block):
                pending.append((reader.u32(link), True))
    return found, dng


def largest_image(block: bytes) -> TiffImage | None:
    """The image with the most pixels in a TIFF ``block`` (the first of equals), or None."""
    images, _ = tiff_images(block)
    return max(images, key=lambda image: image.pixels, default=None)


def raw_camera_reason(block: bytes) -> str | None:
    """Why the TIFF-based ``block`` cannot be cleaned as a photo, or None if it can be tried.

    Returns ``RAW_REFUSAL`` if and only if the file is a DNG (IFD0 carries DNGVersion) or one of
    its images holds raw sensor data (colour filter array or linear raw photometric, a raw-only
    compression, or JPEG compression of samples deeper than 8 bits). Any one is enough: a camera
    may store a full-size rendered preview beside the sensor data, and a photo never holds any.
    """
    images, dng = tiff_images(block)
    if dng or any(image.is_raw() for image in images):
        return RAW_REFUSAL
    return None


def raw_camera_warning(data: bytes, mtype: MediaType) -> str | None:
    """For intake: ``RAW_REFUSAL`` if ``data`` is a TIFF-based raw camera file, else None.

    Such a file is sealed and kept as it is, but no ``evidence`` or ``strip`` copy of it can be
    made, which the documenter should learn when importing it rather than when exporting.
    """
    return raw_camera_reason(data) if mtype.format == "tiff" else None
