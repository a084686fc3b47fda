"""Clean a WAV file by dropping RIFF chunks; the ``data`` chunk's bytes are copied untouched.

Kept: ``fmt `` (how to play the samples), ``data`` (the samples) and ``fact`` (the sample count of
compressed WAV). Dropped: everything else, which is where recorders and editors put identity and
time: ``LIST`` (``INFO`` artist, comment, software, and ``adtl`` cue labels), Broadcast WAV
``bext`` (description, originator, originator reference, origination date and time, time
reference, UMID, coding history), ``iXML``, ``axml``, ``cart``, ``id3 ``, ``cue ``, ``smpl``,
``JUNK`` and any chunk humdoc does not know. Bytes after the RIFF size are dropped too. Under
``evidence`` a ``bext`` chunk is written back holding only its origination date, time and time
reference (the standard place for when a recording was made); every other field is zeroed.
"""

from __future__ import annotations

import re
import struct

from humdoc.core.errors import MalformedMedia

_KEPT = frozenset({b"fmt ", b"data", b"fact"})
_BEXT_SIZE = 602  # the fixed part of a Broadcast WAV extension chunk (EBU Tech 3285 v2)
_BEXT_DATE = slice(320, 338)  # OriginationDate (10) + OriginationTime (8)
_BEXT_TIMEREF = slice(338, 346)  # TimeReferenceLow + TimeReferenceHigh
_DATE_TIME = re.compile(rb"\d{4}[-_:/. ]\d\d[-_:/. ]\d\d\d\d[-_:/. ]\d\d[-_:/. ]\d\d")
_LABELS = {
    b"LIST": "LIST chunk (INFO tags or cue labels)",
    b"bext": "Broadcast WAV bext chunk (originator, description, time reference, UMID)",
    b"iXML": "iXML chunk",
    b"axml": "axml chunk (XML metadata)",
    b"cart": "cart chunk",
    b"id3 ": "ID3 chunk",
    b"ID3 ": "ID3 chunk",
    b"JUNK": "JUNK padding chunk",
}


def parse(data: bytes) -> list[tuple[bytes, memoryview]]:
    """The (fourcc, payload) chunks of a RIFF/WAVE file, in order (payloads are views, not copies).

    Raises ``MalformedMedia`` if and only if the RIFF/WAVE header is wrong, the RIFF size claims
    more than the file holds, a chunk runs past the RIFF size, or there is no ``fmt `` or no
    ``data`` chunk.
    """
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise MalformedMedia("The WAV file does not start with a RIFF/WAVE header.")
    riff_end = 8 + struct.unpack_from("<I", data, 4)[0]
    if riff_end > len(data) or riff_end < 12:
        raise MalformedMedia("The WAV file is cut short: its RIFF size is larger than the file.")
    chunks = []
    pos = 12
    view = memoryview(data)
    while pos + 8 <= riff_end:
        fourcc, size = struct.unpack_from("<4sI", data, pos)
        end = pos + 8 + size
        if end > riff_end:
            raise MalformedMedia("The WAV file is damaged: a chunk runs past the end.")
        chunks.append((fourcc, view[pos + 8 : end]))
        pos = end + (size & 1)  # chunks are padded to an even size
    names = {fourcc for fourcc, _ in chunks}
    if b"fmt " not in names or b"data" not in names:
        raise MalformedMedia("The WAV file has no format or no sample data chunk.")
    return chunks


def _chunk(fourcc: bytes, payload: bytes | memoryview) -> list[bytes | memoryview]:
    pad = b"\x00" if len(payload) & 1 else b""
    return [struct.pack("<4sI", fourcc, len(payload)), payload, pad]


def _evidence_bext(payload: bytes | memoryview) -> bytes | None:
    """A bext holding only the original's origination date, time and time reference, if valid."""
    if len(payload) < _BEXT_SIZE or not _DATE_TIME.fullmatch(bytes(payload[_BEXT_DATE])):
        return None
    kept = bytearray(_BEXT_SIZE)
    kept[_BEXT_DATE] = payload[_BEXT_DATE]
    kept[_BEXT_TIMEREF] = payload[_BEXT_TIMEREF]
    return bytes(kept)  # version 0: no UMID, no loudness values


def strip(data: bytes, evidence: bool) -> tuple[bytes, tuple[str, ...]]:
    """``data`` with only ``fmt ``, ``data``, ``fact`` (and under ``evidence`` a date-only bext).

    Returns the cleaned file and what was removed, in plain words. ``MalformedMedia`` as ``parse``.
    """
    chunks = parse(data)
    # The pieces are views into ``data``: the samples are copied once, into the result.
    body: list[bytes | memoryview] = [b"WAVE"]
    removed: list[str] = []
    for fourcc, payload in chunks:
        if fourcc in _KEPT:
            body += _chunk(fourcc, payload)
            continue
        if fourcc == b"bext" and evidence:
            kept = _evidence_bext(payload)
            if kept is not None:
                body += _chunk(b"bext", kept)
                removed.append(_LABELS[b"bext"] + " (origination date and time kept)")
                continue
        label = _LABELS.get(fourcc, f"{fourcc.decode('latin-1').strip()!s} chunk")
        removed.append(label if label.isprintable() else "an unknown chunk")
    riff_end = 8 + struct.unpack_from("<I", data, 4)[0]
    if len(data) > riff_end:
        removed.append(f"{len(data) - riff_end} bytes after the end of the RIFF data")
    size = sum(len(piece) for piece in body)
    return b"".join([b"RIFF", struct.pack("<I", size), *body]), tuple(removed)
