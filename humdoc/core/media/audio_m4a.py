"""Clean an M4A (MPEG-4 audio) file by keeping only the boxes needed to play its sound.

The file is rebuilt as ``ftyp``, a new ``moov``, then every ``mdat`` byte for byte. The new
``moov`` holds ``mvhd`` and only the sound tracks (``hdlr`` ``soun``), each with ``tkhd``, ``edts``
and ``mdia`` (``mdhd``, ``hdlr``, ``minf`` with ``smhd``, ``dinf`` and the whole ``stbl``).
Everything else goes: ``udta`` (iTunes ``ilst`` tags, QuickTime ``©xyz`` location, ``©mak``,
``©swr`` …), ``meta``/``keys`` (Apple location, make, model, software), XMP ``uuid`` boxes,
``free``/``skip`` boxes (which can hold old data), chapter, text and cover-art tracks, track
references. Chunk offsets (``stco``/``co64``) are rewritten for the new layout, so every audio
sample is still found where the table says. Under ``strip`` the creation and modification times
in ``mvhd``, ``tkhd`` and ``mdhd`` are zeroed; under ``evidence`` they stay (the capture time).
Fragmented files (``moof``) are refused: they cannot be rebuilt this way.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

from humdoc.core.errors import MalformedMedia, PolicyRefused

_Box = tuple[bytes, bytes]  # (type, payload)
_TRAK_KEPT = frozenset({b"tkhd", b"edts", b"mdia"})
_MDIA_KEPT = frozenset({b"mdhd", b"hdlr", b"minf"})
_MINF_KEPT = frozenset({b"smhd", b"dinf", b"stbl"})
_TIMED = frozenset({b"mvhd", b"tkhd", b"mdhd"})
_LABELS = {
    b"udta": "user data (udta: iTunes tags, location, make, software)",
    b"meta": "metadata (meta/keys: location, make, model, software)",
    b"uuid": "uuid box (XMP or vendor data)",
    b"free": "free space box (may hold old data)",
    b"skip": "skip box (may hold old data)",
    b"wide": "wide box",
}


def boxes(data: bytes | memoryview, start: int = 0, end: int | None = None) -> Iterator[_Box]:
    """The (type, payload) boxes between ``start`` and ``end``; ``MalformedMedia`` if broken."""
    end = len(data) if end is None else end
    pos = start
    while pos < end:
        if pos + 8 > end:
            raise MalformedMedia("The M4A file is damaged: a box header is cut short.")
        size, kind = struct.unpack_from(">I4s", data, pos)
        head = 8
        if size == 1:
            if pos + 16 > end:
                raise MalformedMedia("The M4A file is damaged: a box header is cut short.")
            size, head = struct.unpack_from(">Q", data, pos + 8)[0], 16
        elif size == 0:
            size = end - pos
        if size < head or pos + size > end:
            raise MalformedMedia("The M4A file is damaged: a box runs past its end.")
        yield bytes(kind), bytes(data[pos + head : pos + size])
        pos += size


def _box(kind: bytes, payload: bytes) -> bytes:
    if len(payload) + 8 > 0xFFFFFFFF:
        return struct.pack(">I4sQ", 1, kind, len(payload) + 16) + payload
    return struct.pack(">I4s", len(payload) + 8, kind) + payload


def _zero_times(kind: bytes, payload: bytes) -> bytes:
    # mvhd, tkhd and mdhd share the layout: version, flags, creation time, modification time.
    if kind not in _TIMED or len(payload) < 4:
        return payload
    width = 8 if payload[0] == 1 else 4
    return payload[:4] + bytes(2 * width) + payload[4 + 2 * width :]


def _handler(trak: bytes) -> bytes:
    for kind, payload in boxes(trak):
        if kind == b"mdia":
            for sub, body in boxes(payload):
                if sub == b"hdlr" and len(body) >= 12:
                    return body[8:12]
    return b""


def _filtered(payload: bytes, kept: frozenset[bytes], strip_times: bool) -> tuple[bytes, int]:
    out = bytearray()
    dropped = 0
    for kind, body in boxes(payload):
        if kind in kept:
            out += _box(kind, _zero_times(kind, body) if strip_times else body)
        else:
            dropped += 1
    return bytes(out), dropped


def _rebuild_trak(trak: bytes, strip_times: bool) -> bytes:
    out = bytearray()
    for kind, body in boxes(trak):
        if kind not in _TRAK_KEPT:
            continue
        if kind == b"mdia":
            mdia = bytearray()
            for sub, sbody in boxes(body):
                if sub == b"minf":
                    mdia += _box(sub, _filtered(sbody, _MINF_KEPT, strip_times)[0])
                elif sub in _MDIA_KEPT:
                    mdia += _box(sub, _zero_times(sub, sbody) if strip_times else sbody)
            body = bytes(mdia)
        out += _box(kind, _zero_times(kind, body) if strip_times else body)
    return bytes(out)


def _tables(moov: bytes, base: int, found: list[tuple[int, bool]]) -> None:
    """Record the position (in ``moov``'s payload) of every stco/co64 entry list."""
    pos = 0
    for kind, body in boxes(moov):
        size, head = struct.unpack_from(">I", moov, pos)[0], 8
        if size == 1:
            size, head = struct.unpack_from(">Q", moov, pos + 8)[0], 16
        inner = base + pos + head
        if kind in (b"trak", b"mdia", b"minf", b"stbl"):
            _tables(body, inner, found)
        elif kind in (b"stco", b"co64"):
            found.append((inner, kind == b"co64"))
        pos += size


def strip(data: bytes, evidence: bool) -> tuple[bytes, tuple[str, ...]]:
    """``data`` rebuilt with only what plays its sound; returns it and what was removed.

    Raises ``MalformedMedia`` for a broken box structure or chunk offsets outside every
    ``mdat``, ``PolicyRefused`` for a fragmented file or one without a sound track.
    """
    top = list(_top_level(data))
    kinds = [k for k, _, _, _ in top]
    if b"moof" in kinds:
        raise PolicyRefused("Fragmented MPEG-4 audio cannot be cleaned yet.")
    if kinds.count(b"moov") != 1 or kinds[0] != b"ftyp":
        raise MalformedMedia("The M4A file does not have exactly one movie header after ftyp.")
    removed: list[str] = []
    moov_body = next(data[p:e] for k, _, p, e in top if k == b"moov")
    new_moov = bytearray()
    strip_times = not evidence
    for kind, body in boxes(moov_body):
        if kind == b"mvhd":
            new_moov += _box(kind, _zero_times(kind, body) if strip_times else body)
        elif kind == b"trak" and _handler(body) == b"soun":
            new_moov += _box(kind, _rebuild_trak(body, strip_times))
        elif kind == b"trak":
            removed.append(f"a {_handler(body).decode('latin-1') or 'data'} track")
        else:
            removed.append(_LABELS.get(kind, f"{kind.decode('latin-1')} box in the movie header"))
    if not any(k == b"trak" and _handler(b) == b"soun" for k, b in boxes(moov_body)):
        raise PolicyRefused("The M4A file holds no sound track.")
    ftyp = next(data[s:e] for k, s, _, e in top if k == b"ftyp")
    moov = _box(b"moov", bytes(new_moov))
    # Every mdat is copied whole, in order, after ftyp and moov; chunk offsets move with it.
    pos = len(ftyp) + len(moov)
    moves: list[tuple[int, int, int]] = []  # (old start, old end, new start) of mdat payloads
    mdats: list[bytes] = []
    for kind, s, p, e in top:
        if kind == b"mdat":
            moves.append((p, e, pos + (p - s)))
            mdats.append(data[s:e])
            pos += e - s
        elif kind not in (b"ftyp", b"moov"):
            removed.append(_LABELS.get(kind, f"{kind.decode('latin-1')} box"))
    patched = bytearray(moov)
    found: list[tuple[int, bool]] = []
    _tables(bytes(new_moov), 8, found)
    for at, wide in found:
        count = struct.unpack_from(">I", patched, at + 4)[0]
        fmt, width = (">Q", 8) if wide else (">I", 4)
        for i in range(count):
            where = at + 8 + i * width
            old = struct.unpack_from(fmt, patched, where)[0]
            new = _moved(old, moves)
            if not wide and new > 0xFFFFFFFF:
                raise PolicyRefused("The M4A file is too large to be rebuilt with 32-bit offsets.")
            struct.pack_into(fmt, patched, where, new)
    if strip_times:
        removed.append("creation and modification times")
    return ftyp + bytes(patched) + b"".join(mdats), tuple(removed)


def _moved(offset: int, moves: list[tuple[int, int, int]]) -> int:
    for start, end, new_start in moves:
        if start <= offset < end:
            return offset - start + new_start
    raise MalformedMedia("The M4A file is damaged: a chunk offset points outside the media data.")


def _top_level(data: bytes) -> Iterator[tuple[bytes, int, int, int]]:
    """(type, box start, payload start, end) of each top-level box."""
    pos = 0
    while pos < len(data):
        if pos + 8 > len(data):
            raise MalformedMedia("The M4A file is damaged: a box header is cut short.")
        size, kind = struct.unpack_from(">I4s", data, pos)
        head = 8
        if size == 1:
            if pos + 16 > len(data):
                raise MalformedMedia("The M4A file is damaged: a box header is cut short.")
            size, head = struct.unpack_from(">Q", data, pos + 8)[0], 16
        elif size == 0:
            size = len(data) - pos
        if size < head or pos + size > len(data):
            raise MalformedMedia("The M4A file is damaged: a box runs past its end.")
        yield bytes(kind), pos, pos + head, pos + size
        pos += size
