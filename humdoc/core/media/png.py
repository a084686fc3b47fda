"""Clean a PNG (or APNG) by dropping chunks, never by re-encoding.

Kept: the critical chunks (IHDR, PLTE, IDAT, IEND), the ancillary chunks that change how pixels are
shown (tRNS, gAMA, cHRM, sRGB, iCCP, sBIT, pHYs, bKGD, cICP, mDCv, cLLI) and the APNG animation
chunks (acTL, fcTL, fdAT). Everything else goes: text (tEXt, zTXt, iTXt, which carry XMP too), eXIf,
tIME, and any private chunk. An iCCP profile holding more than colour data is dropped (see ``icc``).
Every chunk's CRC is checked first: a damaged file is refused, not half-cleaned.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from humdoc.core.errors import MalformedMedia
from humdoc.core.media.icc import profile_for_copy
from humdoc.core.media.tiffdir import blank_gps

SIGNATURE = b"\x89PNG\r\n\x1a\n"
_KEPT = frozenset(
    {
        b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP",
        b"sBIT", b"pHYs", b"bKGD", b"cICP", b"mDCv", b"cLLI", b"acTL", b"fcTL", b"fdAT",
    }
)  # fmt: skip
_CRITICAL = frozenset({b"IHDR", b"PLTE", b"IDAT", b"IEND"})
_LABELS = {
    b"tEXt": "text chunk",
    b"zTXt": "compressed text chunk",
    b"iTXt": "international text chunk (may hold XMP)",
    b"eXIf": "EXIF metadata",
    b"tIME": "last-modified time",
}
_MAX_ICC = 64 * 1024 * 1024
_ICC_NAME = b"ICC profile"


@dataclass(frozen=True)
class Chunk:
    """One chunk: ``data[start:end]`` is the whole chunk, length and CRC included."""

    type: bytes
    start: int
    end: int

    def body(self, data: bytes) -> bytes:
        """The chunk's data field."""
        return data[self.start + 8 : self.end - 4]


def parse(data: bytes) -> tuple[list[Chunk], int]:
    """Split a PNG into chunks up to and including IEND; return them and where IEND ends.

    Raises ``MalformedMedia`` if and only if the signature is wrong, IHDR is not first, a chunk
    runs past the end, a chunk type is not four letters, a CRC does not match, an unknown critical
    chunk appears, or there is no IEND.
    """
    if not data.startswith(SIGNATURE):
        raise MalformedMedia("The PNG file does not start with the PNG signature.")
    chunks: list[Chunk] = []
    pos, size = len(SIGNATURE), len(data)
    while pos + 12 <= size:
        length, ctype = struct.unpack_from(">I4s", data, pos)
        end = pos + 12 + length
        if end > size:
            raise MalformedMedia("The PNG file is damaged: a chunk runs past the end.")
        if not ctype.isalpha() or not ctype.isascii():
            raise MalformedMedia("The PNG file is damaged: a chunk has an invalid type.")
        crc = struct.unpack_from(">I", data, end - 4)[0]
        if zlib.crc32(data[pos + 4 : end - 4]) != crc:
            raise MalformedMedia(f"The PNG file is damaged: bad checksum in {ctype.decode()}.")
        if not chunks and ctype != b"IHDR":
            raise MalformedMedia("The PNG file is damaged: it does not start with IHDR.")
        if ctype[0:1].isupper() and ctype not in _KEPT:
            raise MalformedMedia(f"The PNG file has an unknown critical chunk {ctype.decode()}.")
        chunks.append(Chunk(ctype, pos, end))
        pos = end
        if ctype == b"IEND":
            return chunks, pos
    raise MalformedMedia("The PNG file is cut short: it has no end chunk.")


def make_chunk(ctype: bytes, body: bytes) -> bytes:
    """Serialise one chunk with its length and CRC."""
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body))


def _clean_iccp(body: bytes, strip_icc: bool) -> tuple[bytes | None, str | None]:
    """The iCCP chunk body to write (None: none) and what to say, as ``profile_for_copy`` decides.

    The profile name is free text that plays no part in rendering, so it is always replaced.
    """
    # iCCP: profile name (1-79 bytes), NUL, compression method 0, zlib stream.
    name_end = body.find(b"\x00")
    damaged = "ICC profile that is damaged or holds no colour data"
    if name_end < 1 or name_end + 2 > len(body) or body[name_end + 1] != 0:
        return None, damaged
    stream = body[name_end + 2 :]
    try:
        profile = zlib.decompressobj().decompress(stream, _MAX_ICC)
    except zlib.error:
        return None, damaged
    kept, note = profile_for_copy(profile, strip_icc)
    if kept is None:
        return None, note
    if kept != profile:
        stream = zlib.compress(kept, 9)
    return _ICC_NAME + b"\x00\x00" + stream, note


def exif_block(data: bytes) -> bytes:
    """The TIFF block of the eXIf chunk, or b"" if there is none."""
    chunks, _ = parse(data)
    for chunk in chunks:
        if chunk.type == b"eXIf":
            return chunk.body(data)
    return b""


def strip(data: bytes, exif: bytes = b"", strip_icc: bool = False) -> tuple[bytes, tuple[str, ...]]:
    """Return ``data`` with only rendering chunks left, plus a list of what was removed.

    If ``exif`` (a TIFF block) is given it is written as the only eXIf chunk, right after IHDR.
    The ICC profile is kept, replaced or dropped as ``icc.profile_for_copy`` decides
    (``strip_icc``: under the strip policy). The image data chunks are byte-for-byte the
    original's. Raises ``MalformedMedia`` as ``parse``.
    """
    chunks, end = parse(data)
    removed: dict[str, None] = {}
    out = [SIGNATURE]
    for chunk in chunks:
        if chunk.type == b"iCCP":
            iccp, note = _clean_iccp(chunk.body(data), strip_icc)
            if note:
                removed[note] = None
            if iccp is not None:
                out.append(make_chunk(b"iCCP", iccp))
        elif chunk.type in _KEPT:
            out.append(data[chunk.start : chunk.end])
            if chunk.type == b"IHDR" and exif:
                out.append(make_chunk(b"eXIf", exif))
        else:
            removed[_LABELS.get(chunk.type, f"{chunk.type.decode()} chunk")] = None
    if end < len(data):
        removed["data after the end of the image"] = None
    return b"".join(out), tuple(removed)


def _keyword(body: bytes) -> bytes:
    return body.split(b"\x00", 1)[0]


def remove_location(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """Return ``data`` with its GPS position removed and every other chunk in place.

    The GPS directory inside eXIf is emptied (same length, new CRC); XMP (iTXt
    ``XML:com.adobe.xmp``) and the raw EXIF/IPTC/XMP profiles some tools store in text chunks
    (``Raw profile type …``) are dropped, since they may hold a position. Trailing bytes after
    IEND are dropped. Raises ``MalformedMedia`` as ``parse`` does.
    """
    chunks, end = parse(data)
    removed: dict[str, None] = {}
    out = [SIGNATURE]
    for chunk in chunks:
        body = chunk.body(data)
        if chunk.type == b"eXIf":
            block = bytearray(body)
            if blank_gps(block):
                removed["GPS position (EXIF)"] = None
                out.append(make_chunk(b"eXIf", bytes(block)))
                continue
        elif chunk.type in (b"tEXt", b"zTXt", b"iTXt"):
            keyword = _keyword(body)
            if keyword == b"XML:com.adobe.xmp" or keyword.startswith(b"Raw profile type"):
                removed["XMP metadata" if keyword.startswith(b"XML") else "raw profile"] = None
                continue
        out.append(data[chunk.start : chunk.end])
    if end < len(data):
        removed["data after the end of the image"] = None
    return b"".join(out), tuple(removed)
