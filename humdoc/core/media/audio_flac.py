"""Clean a FLAC file by dropping metadata blocks; the audio frames are copied untouched.

A FLAC file is ``fLaC``, a run of metadata blocks, then the audio frames. Kept: ``STREAMINFO``
(needed to decode) and ``SEEKTABLE`` (sample offsets only). Dropped: ``VORBIS_COMMENT`` (every
tag: artist, comment, encoder, location …), ``PICTURE`` (cover art, often a photo), ``APPLICATION``
(vendor data), ``CUESHEET``, ``PADDING`` and any unknown block; also an ID3v2 tag some taggers put
in front of ``fLaC`` and an ID3v1 tag some put at the end. Under ``evidence`` a new
``VORBIS_COMMENT`` holds only the original's ``DATE`` if it is a plain date or timestamp.
"""

from __future__ import annotations

import io
import re
import struct

from humdoc.core.errors import MalformedMedia

_STREAMINFO, _SEEKTABLE, _VORBIS_COMMENT = 0, 3, 4
_KEPT = frozenset({_STREAMINFO, _SEEKTABLE})
_NAMES = {
    1: "PADDING block",
    2: "APPLICATION block",
    4: "Vorbis comment block (tags)",
    5: "CUESHEET block",
    6: "PICTURE block (embedded image)",
}
#: A date or timestamp as ID3v2.4 and Vorbis comments write them; anything else is free text.
DATE = re.compile(r"\d{4}(-\d\d(-\d\d([T ]\d\d(:\d\d(:\d\d)?)?)?)?)?")


def skip_id3v2(data: bytes) -> tuple[int, int]:
    """Where the content starts after any ID3v2 tags in front, and how many tags were there."""
    pos = count = 0
    while data[pos : pos + 3] == b"ID3" and len(data) >= pos + 10:
        flags, raw = data[pos + 5], data[pos + 6 : pos + 10]
        if any(b & 0x80 for b in raw):
            raise MalformedMedia("The file's ID3 tag has a broken size.")
        size = (raw[0] << 21) | (raw[1] << 14) | (raw[2] << 7) | raw[3]
        pos += 10 + size + (10 if flags & 0x10 else 0)  # 0x10: a footer follows the tag
        count += 1
    if pos > len(data):
        raise MalformedMedia("The file is cut short inside its ID3 tag.")
    return pos, count


def vorbis_comment(vendor: bytes, comments: list[bytes]) -> bytes:
    """A Vorbis comment packet body (as FLAC stores it: no framing bit)."""
    out = struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", len(comments))
    return out + b"".join(struct.pack("<I", len(c)) + c for c in comments)


def comment_date(payload: bytes) -> str | None:
    """The DATE of a Vorbis comment body, if it is a plain date or timestamp."""
    try:
        (vlen,) = struct.unpack_from("<I", payload, 0)
        pos = 4 + vlen
        (count,) = struct.unpack_from("<I", payload, pos)
        pos += 4
        for _ in range(min(count, 10_000)):
            (n,) = struct.unpack_from("<I", payload, pos)
            text = payload[pos + 4 : pos + 4 + n].decode("utf-8", "replace")
            pos += 4 + n
            key, _, value = text.partition("=")
            if key.upper() == "DATE" and DATE.fullmatch(value.strip()):
                return value.strip()
    except struct.error:
        return None
    return None


def strip(data: bytes, evidence: bool) -> tuple[bytes, tuple[str, ...]]:
    """``data`` with only STREAMINFO and SEEKTABLE (plus a DATE-only comment under ``evidence``).

    Raises ``MalformedMedia`` if and only if there is no ``fLaC`` marker after any ID3v2 tag, a
    block runs past the end of the file, or the first block is not STREAMINFO.
    """
    start, id3 = skip_id3v2(data)
    if data[start : start + 4] != b"fLaC":
        raise MalformedMedia("The FLAC file does not start with its fLaC marker.")
    removed = [f"ID3v2 tag in front of the FLAC data ({id3})"] if id3 else []
    pos, last = start + 4, False
    kept: list[tuple[int, bytes]] = []
    date = None
    while not last:
        if pos + 4 > len(data):
            raise MalformedMedia("The FLAC file is cut short inside its metadata.")
        header = data[pos]
        last, kind = bool(header & 0x80), header & 0x7F
        size = int.from_bytes(data[pos + 1 : pos + 4], "big")
        payload = data[pos + 4 : pos + 4 + size]
        if len(payload) != size:
            raise MalformedMedia("The FLAC file is cut short inside a metadata block.")
        if not kept and kind != _STREAMINFO:
            raise MalformedMedia("The FLAC file does not begin with a STREAMINFO block.")
        if kind in _KEPT:
            kept.append((kind, payload))
        else:
            removed.append(_NAMES.get(kind, "an unknown metadata block"))
            if kind == _VORBIS_COMMENT and evidence:
                date = comment_date(payload) or date
        pos += 4 + size
    if date is not None:
        kept.append((_VORBIS_COMMENT, vorbis_comment(b"humdoc", [b"DATE=" + date.encode()])))
        removed = [r + " (its DATE kept)" if r.startswith("Vorbis") else r for r in removed]
    frames_end = len(data)
    if _has_id3v1(data):
        frames_end -= 128
        removed.append("ID3v1 tag at the end")
    out = io.BytesIO()
    out.write(b"fLaC")
    for index, (kind, payload) in enumerate(kept):
        flag = 0x80 if index == len(kept) - 1 else 0
        out.write(bytes([flag | kind]) + len(payload).to_bytes(3, "big") + payload)
    out.write(data[pos:frames_end])
    return out.getvalue(), tuple(removed)


def _has_id3v1(data: bytes) -> bool:
    # "TAG" 128 bytes from the end could be the tail of an audio frame; mutagen's ID3v1
    # parser confirms that the 128 bytes really are a tag before they are dropped.
    if len(data) < 128 + 4 or data[-128:-125] != b"TAG":
        return False
    from mutagen.id3 import ParseID3v1

    try:
        return ParseID3v1(data[-128:]) is not None
    except Exception:
        return False
