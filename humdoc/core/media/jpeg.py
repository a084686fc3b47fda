"""Clean a JPEG by dropping marker segments, never by re-encoding.

The derivative holds exactly the original's entropy-coded data and decoding tables, so it decodes
to exactly the original's pixels. Kept: the JFIF header (rewritten without its thumbnail), the Adobe
APP14 segment (it says how to convert colours), ICC profile segments that hold only colour data
(see ``icc``), and every structural segment a decoder needs. Everything else goes: EXIF (with its
embedded thumbnail and maker notes), XMP and extended XMP, IPTC/Photoshop, comments, the MPF index,
vendor APPn segments, and whatever follows the primary image's end marker (MPF secondary images,
which are previews or depth maps with metadata of their own, and trailing bytes).

Stray bytes between segments, which libjpeg and Pillow skip with a warning, are left out too, and
then the derivative must decode to exactly the original's pixels or the file is refused.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

from humdoc.core.errors import MalformedMedia
from humdoc.core.media._imaging import decode_pixels
from humdoc.core.media.icc import profile_for_copy
from humdoc.core.media.tiffdir import blank_gps

SOI, EOI, SOS = 0xD8, 0xD9, 0xDA
#: Not a marker: ``parse``'s name for stray bytes found where a marker must be.
STRAY = -1
APP0, APP1, APP2, APP13, APP14, COM = 0xE0, 0xE1, 0xE2, 0xED, 0xEE, 0xFE
# Structural markers a decoder may need: SOFn, DHT, DAC, DQT, DNL, DRI, DHP, EXP.
_STRUCTURAL = (set(range(0xC0, 0xD0)) - {0xC8}) | {0xDB, 0xDC, 0xDD, 0xDE, 0xDF}
_KEPT = frozenset(_STRUCTURAL | {SOS, EOI} | set(range(0xD0, 0xD8)))
# Inside entropy-coded data only these bytes after 0xFF start a marker (not stuffing, RSTn, fill).
_NEXT_MARKER = re.compile(rb"\xff[\xc0-\xcf\xd8-\xfe]")

EXIF_ID = b"Exif\x00\x00"
XMP_ID = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXT_ID = b"http://ns.adobe.com/xmp/extension/\x00"
ICC_ID = b"ICC_PROFILE\x00"
MPF_ID = b"MPF\x00"
PHOTOSHOP_ID = b"Photoshop 3.0\x00"


@dataclass(frozen=True)
class Segment:
    """One marker segment: ``data[start:end]`` is the whole segment, marker included.

    For SOS the range also covers the entropy-coded data that follows it.
    """

    marker: int
    start: int
    end: int
    payload_start: int


def parse(data: bytes, until_scan: bool = False) -> tuple[list[Segment], int]:
    """Split a JPEG into segments up to and including EOI; return them and where EOI ends.

    With ``until_scan``, stop before the first SOS instead and return where it starts: the
    header segments alone, without scanning the entropy-coded data (megabytes in a photo).

    Bytes other than a marker where a marker must be (stray bytes between segments) are skipped
    up to the next 0xFF, as libjpeg and Pillow skip them, and returned as ``STRAY`` segments so
    that callers leave them out and check the pixels (as ``strip`` and ``remove_location`` do).
    Raises ``MalformedMedia`` if and only if the file does not start with SOI, a segment length
    runs past the end of the file, or a second SOI appears. A file cut short inside entropy-coded
    data is returned as it is.
    """
    if data[:2] != b"\xff\xd8":  # a slice, not startswith: an mmap of the file has none
        raise MalformedMedia("The JPEG file does not start with a start-of-image marker.")
    segments = [Segment(SOI, 0, 2, 2)]
    pos, size = 2, len(data)
    while pos < size:
        if data[pos] != 0xFF:
            next_ff = data.find(b"\xff", pos)
            skipped_to = next_ff if next_ff >= 0 else size
            segments.append(Segment(STRAY, pos, skipped_to, pos))
            pos = skipped_to
            continue
        start = pos
        while pos < size and data[pos] == 0xFF:  # fill bytes may precede a marker
            pos += 1
        if pos >= size:
            break
        marker = data[pos]
        pos += 1
        if marker == EOI:
            segments.append(Segment(EOI, start, pos, pos))
            return segments, pos
        if marker == SOI:
            raise MalformedMedia("The JPEG file is damaged: a second start-of-image marker.")
        if marker == 0x01 or 0xD0 <= marker <= 0xD7 or marker == 0x00:
            segments.append(Segment(marker, start, pos, pos))
            continue
        if marker == SOS and until_scan:
            return segments, start
        if pos + 2 > size:
            raise MalformedMedia("The JPEG file is cut short inside a segment header.")
        length = struct.unpack_from(">H", data, pos)[0]
        end = pos + length
        if length < 2 or end > size:
            raise MalformedMedia("The JPEG file is damaged: a segment runs past the end.")
        if marker == SOS:
            found = _NEXT_MARKER.search(data, end)
            end = found.start() if found else size
        segments.append(Segment(marker, start, end, pos + 2))
        pos = end
    return segments, size


def _payload(data: bytes, seg: Segment) -> bytes:
    return data[seg.payload_start : seg.end]


# Marker segments whose payload ``strip`` reads; the others (SOS and its entropy-coded data
# above all, megabytes in a camera's file) are only ever copied, as views, never as bytes.
_READ = frozenset(range(0xE0, 0xF0)) | {COM}


def _head(data: bytes, seg: Segment) -> bytes:
    """The payload of a segment ``strip`` reads (at most 64 KiB by the length field), else b""."""
    return data[seg.payload_start : seg.end] if seg.marker in _READ else b""


def exif_block(data: bytes) -> bytes:
    """The TIFF block of the first EXIF APP1 segment before the image data, or b"" if none.

    Only the segments before the first scan are read, where cameras write EXIF and where every
    reader (libexif, Pillow, exifread) looks for it.
    """
    segments, _ = parse(data, until_scan=True)
    for seg in segments:
        if seg.marker == APP1:
            payload = _payload(data, seg)
            if payload.startswith(EXIF_ID):
                return payload[len(EXIF_ID) :]
    return b""


def _segment(marker: int, payload: bytes) -> bytes:
    if len(payload) + 2 > 0xFFFF:
        raise MalformedMedia("The EXIF block to write is too large for a JPEG segment.")
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def _jfif_without_thumbnail(payload: bytes) -> bytes:
    # JFIF header: identifier(5) version(2) units(1) densities(4) thumbnail w,h(2) then RGB bytes.
    return payload[:12] + b"\x00\x00" if len(payload) >= 14 else payload


def _icc_profile(data: bytes, segments: list[Segment]) -> bytes:
    chunks = []
    for seg in segments:
        if seg.marker != APP2:
            continue
        payload = _payload(data, seg)
        if payload.startswith(ICC_ID) and len(payload) >= 14:
            chunks.append((payload[12], payload[14:]))
    return b"".join(chunk for _, chunk in sorted(chunks, key=lambda c: c[0]))


def _label(marker: int, payload: bytes) -> str:
    if marker == STRAY:
        return "stray bytes between segments"
    if marker == APP1 and payload.startswith(EXIF_ID):
        return "EXIF metadata (with its thumbnail and maker notes)"
    if marker == APP1 and payload.startswith(XMP_ID):
        return "XMP metadata"
    if marker == APP1 and payload.startswith(XMP_EXT_ID):
        return "extended XMP metadata"
    if marker == APP13:
        return "IPTC/Photoshop metadata"
    if marker == APP2 and payload.startswith(MPF_ID):
        return "MPF index of secondary images"
    if marker == APP0 and payload.startswith(b"JFXX\x00"):
        return "JFIF extension thumbnail"
    if marker == COM:
        return "comment"
    if 0xE0 <= marker <= 0xEF:
        return f"APP{marker - 0xE0} segment"
    return f"unknown segment 0x{marker:02X}"


def _icc_segments(profile: bytes) -> list[bytes]:
    """``profile`` as APP2 ICC_PROFILE segments, split as the ICC specification says."""
    size = 0xFFFF - 2 - len(ICC_ID) - 2
    parts = [profile[i : i + size] for i in range(0, len(profile), size)]
    return [
        _segment(APP2, ICC_ID + bytes((n, len(parts))) + part) for n, part in enumerate(parts, 1)
    ]


def strip(data: bytes, exif: bytes = b"", strip_icc: bool = False) -> tuple[bytes, tuple[str, ...]]:
    """Return ``data`` without any metadata segment, plus a list of what was removed.

    If ``exif`` (a TIFF block) is given, it is written as the only EXIF segment. The ICC profile
    is kept, replaced or dropped as ``icc.profile_for_copy`` decides (``strip_icc``: under the
    strip policy). The result's entropy-coded data and tables are byte-for-byte the original's.
    Raises ``MalformedMedia`` as ``parse`` does.
    """
    pieces, removed = strip_pieces(data, exif, strip_icc)
    return b"".join(pieces), removed


def strip_pieces(
    data: bytes, exif: bytes = b"", strip_icc: bool = False
) -> tuple[list[bytes | memoryview], tuple[str, ...]]:
    """``strip``'s result before it is joined: its pieces in order, and what was removed.

    Each piece is either new bytes (a rewritten header, an ICC or EXIF segment) or a view of a
    run of ``data`` kept unchanged (adjacent kept segments make one view), so a writer can send
    the derivative to a file or stream without copying the image data into a new object
    (``os.writev``). ``data`` may be any buffer that slices, indexes and ``find``s as bytes do
    (an ``mmap`` of the file too). The views hold ``data``'s buffer until they are released.
    """
    out, removed, segments = _strip_runs(data, exif, strip_icc)
    view = memoryview(data)
    pieces = [p if isinstance(p, bytes) else view[p[0] : p[1]] for p in out]
    _check_stray(data, segments, pieces)
    return pieces, removed


def strip_layout(
    data: bytes, exif: bytes = b"", strip_icc: bool = False
) -> tuple[bytes, list[tuple[int, int]], tuple[str, ...]] | None:
    """``strip``'s result as new bytes followed by runs of ``data`` kept unchanged: the new
    bytes, the runs as (start, end) in increasing order, and what was removed. The result is
    the new bytes then ``data[start:end]`` for each run, byte for byte as ``strip`` makes it.

    None when the result is not of that form: new bytes after a kept run (an ICC profile
    rewritten after kept segments, say), or stray bytes, whose leaving out ``strip`` checks by
    decoding. Raises ``MalformedMedia`` as ``parse`` does.
    """
    out, removed, segments = _strip_runs(data, exif, strip_icc)
    if any(seg.marker == STRAY for seg in segments):
        return None
    head: list[bytes] = []
    runs: list[tuple[int, int]] = []
    for piece in out:
        if isinstance(piece, bytes):
            if runs:
                return None
            head.append(piece)
        else:
            runs.append(piece)
    return b"".join(head), runs, removed


def _strip_runs(
    data: bytes, exif: bytes, strip_icc: bool
) -> tuple[list[bytes | tuple[int, int]], tuple[str, ...], list[Segment]]:
    """``strip``'s result as new bytes and (start, end) runs of ``data``, what was removed, and
    ``data``'s segments (for the check of stray bytes)."""
    segments, end = parse(data)
    profile = _icc_profile(data, segments)
    icc_out, icc_note = (
        profile_for_copy(profile, strip_icc)
        if profile
        else (None, "ICC profile that is damaged or holds no colour data")
    )
    icc_written = False
    removed: dict[str, None] = {}
    # Kept runs of the original as (start, end), merged when adjacent; new bytes as they are.
    out: list[bytes | tuple[int, int]] = []

    def keep(seg: Segment) -> None:
        last = out[-1] if out else None
        if isinstance(last, tuple) and last[1] == seg.start:
            out[-1] = (last[0], seg.end)
        else:
            out.append((seg.start, seg.end))

    for seg in segments[1:]:
        payload = _head(data, seg)
        if seg.marker == APP0 and payload.startswith(b"JFIF\x00"):
            if len(payload) > 14:
                removed["JFIF thumbnail"] = None
            out.append(_segment(APP0, _jfif_without_thumbnail(payload)))
        elif seg.marker == APP14 and payload.startswith(b"Adobe"):
            out.append(_segment(APP14, payload[:12]))  # version, flags and colour transform only
        elif seg.marker == APP2 and payload.startswith(ICC_ID):
            if icc_out == profile:
                keep(seg)  # unchanged: the original's segments
            elif icc_out is not None and not icc_written:
                out += _icc_segments(icc_out)
            icc_written = True
            if icc_note:
                removed[icc_note] = None
        elif seg.marker in _KEPT:
            keep(seg)
        else:
            removed[_label(seg.marker, payload)] = None
    if exif:
        # EXIF goes first, or right after a leading JFIF header, where every reader looks for it.
        first = out[0] if out else b""
        head = first if isinstance(first, bytes) else data[first[0] : first[0] + 2]
        jfif = head[:2] == b"\xff\xe0"
        out.insert(1 if jfif else 0, _segment(APP1, EXIF_ID + exif))
    out.insert(0, b"\xff\xd8")
    if end < len(data):
        removed[_trailing_label(data, end)] = None
    return out, tuple(removed), segments


def _trailing_label(data: bytes, end: int) -> str:
    if data.find(b"\xff\xd8\xff", end) >= 0:
        return "secondary images after the main image (MPF previews or depth maps)"
    return "data after the end of the image"


def remove_location(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """Return ``data`` with its GPS position removed and everything else in place.

    The GPS directory of each EXIF segment is emptied in place (same length); XMP, extended XMP
    and IPTC segments, which may hold a place or coordinates, are dropped, and so are MPF secondary
    images (their own EXIF may hold a position). Raises ``MalformedMedia`` as ``parse`` does.
    """
    segments, end = parse(data)
    removed: dict[str, None] = {}
    view = memoryview(data)
    out: list[bytes | memoryview] = []
    for seg in segments:
        payload = _head(data, seg)
        if seg.marker == APP1 and payload.startswith(EXIF_ID):
            block = bytearray(payload[len(EXIF_ID) :])
            if blank_gps(block):
                removed["GPS position (EXIF)"] = None
                out.append(_segment(APP1, EXIF_ID + bytes(block)))
                continue
        elif (seg.marker == APP1 and payload.startswith((XMP_ID, XMP_EXT_ID))) or (
            seg.marker in (APP13, STRAY) or (seg.marker == APP2 and payload.startswith(MPF_ID))
        ):
            removed[_label(seg.marker, payload)] = None
            continue
        out.append(view[seg.start : seg.end])
    if end < len(data):
        removed[_trailing_label(data, end)] = None
    result = b"".join(out)
    _check_stray(data, segments, result)
    return result, tuple(removed)


def _check_stray(
    data: bytes, segments: list[Segment], result: bytes | list[bytes | memoryview]
) -> None:
    """Raise ``MalformedMedia`` unless ``result`` (bytes, or pieces to join) without the stray
    bytes decodes as ``data`` does.

    Files without stray bytes pass at once: their derivative keeps every byte a decoder reads.
    With stray bytes, leaving them out is only safe if both decode, to exactly the same pixels.
    """
    stray = next((seg for seg in segments if seg.marker == STRAY), None)
    if stray is None:
        return
    where = f"stray bytes at byte {stray.start}"
    joined = result if isinstance(result, bytes) else b"".join(result)
    try:
        same = decode_pixels(bytes(data)) == decode_pixels(joined)
    except MalformedMedia:
        raise MalformedMedia(
            f"The JPEG file is damaged ({where}) and cannot be decoded to check that leaving"
            " them out changes no pixel; it can leave only under the keep policy."
        ) from None
    if not same:
        raise MalformedMedia(
            f"The JPEG file is damaged ({where}): without them it would not decode to the same"
            " pixels, so it can leave only under the keep policy."
        )
