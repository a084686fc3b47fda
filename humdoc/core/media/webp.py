"""Clean a WebP by dropping RIFF chunks, never by re-encoding.

Kept: VP8X (with its EXIF and XMP flags cleared), ICCP (if it holds only colour data), ANIM, ANMF,
ALPH, VP8 and VP8L. Dropped: EXIF, XMP and any unknown chunk. The RIFF size is rewritten to match.
"""

from __future__ import annotations

import struct

from humdoc.core.errors import MalformedMedia
from humdoc.core.media.icc import profile_for_copy
from humdoc.core.media.tiffdir import blank_gps

_KEPT = frozenset({b"VP8X", b"ICCP", b"ANIM", b"ANMF", b"ALPH", b"VP8 ", b"VP8L"})
_IMAGE = frozenset({b"VP8 ", b"VP8L", b"ANMF"})
_FLAG_ICC, _FLAG_EXIF, _FLAG_XMP = 0x20, 0x08, 0x04
_LABELS = {b"EXIF": "EXIF metadata", b"XMP ": "XMP metadata"}


def parse(data: bytes) -> list[tuple[bytes, bytes]]:
    """The (fourcc, payload) chunks of a WebP file, in order.

    Raises ``MalformedMedia`` if and only if the RIFF/WEBP header is wrong, the RIFF size is
    larger than the file, a chunk runs past the RIFF size, or no chunk holds an image (``VP8 ``,
    ``VP8L`` or ``ANMF``). Bytes after the RIFF size are ignored.
    """
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise MalformedMedia("The WebP file does not start with a RIFF/WEBP header.")
    riff_end = 8 + struct.unpack_from("<I", data, 4)[0]
    if riff_end > len(data) or riff_end < 12:
        raise MalformedMedia("The WebP file is cut short: its RIFF size is larger than the file.")
    chunks = []
    pos = 12
    while pos < riff_end:
        if pos + 8 > riff_end:
            raise MalformedMedia("The WebP file is damaged: a chunk header is cut short.")
        fourcc, size = struct.unpack_from("<4sI", data, pos)
        end = pos + 8 + size
        if end > riff_end:
            raise MalformedMedia("The WebP file is damaged: a chunk runs past the end.")
        chunks.append((fourcc, data[pos + 8 : end]))
        pos = end + (size & 1)  # chunks are padded to an even size
    # Without an image chunk a cleaned copy would be an empty container that nothing can show.
    if not any(fourcc in _IMAGE for fourcc, _ in chunks):
        raise MalformedMedia("The WebP file holds no image.")
    return chunks


def _chunk(fourcc: bytes, payload: bytes) -> bytes:
    pad = b"\x00" if len(payload) & 1 else b""
    return fourcc + struct.pack("<I", len(payload)) + payload + pad


def _riff(chunks: list[bytes]) -> bytes:
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def exif_block(data: bytes) -> bytes:
    """The TIFF block of the EXIF chunk (without any ``Exif`` prefix), or b""."""
    for fourcc, payload in parse(data):
        if fourcc == b"EXIF":
            return payload[6:] if payload.startswith(b"Exif\x00\x00") else payload
    return b""


def strip(data: bytes, exif: bytes = b"", strip_icc: bool = False) -> tuple[bytes, tuple[str, ...]]:
    """Return ``data`` with only image chunks left, plus a list of what was removed.

    If ``exif`` is given and the file has a VP8X header (the only layout that may carry EXIF), it
    is written as the only EXIF chunk. The ICC profile is kept, replaced or dropped as
    ``icc.profile_for_copy`` decides (``strip_icc``: under the strip policy). Raises
    ``MalformedMedia`` as ``parse`` does.
    """
    chunks = parse(data)
    removed: dict[str, None] = {}
    out: list[bytes] = []
    flags_clear = _FLAG_EXIF | _FLAG_XMP
    for fourcc, payload in chunks:
        if fourcc == b"ICCP":
            kept, note = profile_for_copy(payload, strip_icc)
            if note:
                removed[note] = None
            if kept is None:
                flags_clear |= _FLAG_ICC
            else:
                out.append(_chunk(fourcc, kept))
        elif fourcc in _KEPT:
            out.append(_chunk(fourcc, payload))
        else:
            removed[_LABELS.get(fourcc, f"{fourcc.decode('latin-1').strip()} chunk")] = None
    has_vp8x = chunks[0][0] == b"VP8X" and len(chunks[0][1]) >= 10
    if has_vp8x:
        vp8x = bytearray(chunks[0][1])
        vp8x[0] &= ~flags_clear & 0xFF
        if exif:
            vp8x[0] |= _FLAG_EXIF
            out.append(_chunk(b"EXIF", exif))
        out[0] = _chunk(b"VP8X", bytes(vp8x))
    if len(data) > 8 + struct.unpack_from("<I", data, 4)[0]:
        removed["data after the end of the image"] = None
    return _riff(out), tuple(removed)


def remove_location(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """Return ``data`` with the GPS directory of its EXIF chunk emptied and XMP dropped.

    Raises ``MalformedMedia`` as ``parse`` does.
    """
    chunks = parse(data)
    removed: dict[str, None] = {}
    out: list[bytes] = []
    for fourcc, payload in chunks:
        if fourcc == b"EXIF":
            block = bytearray(payload)
            prefix = 6 if block.startswith(b"Exif\x00\x00") else 0
            tiff = block[prefix:]
            if blank_gps(tiff):
                removed["GPS position (EXIF)"] = None
                payload = bytes(block[:prefix] + tiff)
        elif fourcc == b"XMP ":
            removed["XMP metadata"] = None
            continue
        out.append(_chunk(fourcc, payload))
    if "XMP metadata" in removed and chunks[0][0] == b"VP8X":
        vp8x = bytearray(chunks[0][1])
        vp8x[0] &= ~_FLAG_XMP & 0xFF
        out[0] = _chunk(b"VP8X", bytes(vp8x))
    if len(data) > 8 + struct.unpack_from("<I", data, 4)[0]:
        removed["data after the end of the image"] = None
    return _riff(out), tuple(removed)
