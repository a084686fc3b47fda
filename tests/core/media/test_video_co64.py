"""Chunk offsets past 4 GiB: a cleaned copy whose media data outgrows 32-bit offsets gets ``co64``.

The source is virtual (a real ffmpeg video plus a 4.4 GB run of zeros behind a 64-bit ``mdat``
header, played by an extra raw-PCM track), so no 4 GB file is written; the sink keeps only the
bytes the checks read. The test rewrites the source's offsets with its own code, not humdoc's.
"""

from __future__ import annotations

import struct
from pathlib import Path

from humdoc.core.media import Policy
from humdoc.core.media.policy import clean_stream
from humdoc.core.media.sniff import MP4
from tests.core.media import videokit as vk

SAMPLE = 2_200_000_000  # two samples of this size: one 4.4 GB chunk
BIG = 2 * SAMPLE
CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"stbl"}


def widen(data: bytes, shift: int) -> bytes:
    """``data`` (boxes) with every ``stco`` turned into a ``co64`` moved by ``shift``."""
    out = b""
    for kind, whole in vk.children(data):
        if kind in CONTAINERS:
            out += vk.box(kind, widen(whole[8:], shift))
        elif kind == b"stco":
            count = struct.unpack(">I", whole[12:16])[0]
            offsets = struct.unpack(f">{count}I", whole[16 : 16 + 4 * count])
            body = struct.pack(f">I{count}Q", count, *(o + shift for o in offsets))
            out += vk.full(b"co64", body)
        else:
            out += whole
    return out


def first_offsets(moov: bytes, kind: bytes) -> list[int]:
    """The first track's chunk offsets (``stco`` or ``co64``), read from ``moov``'s bytes."""
    at = moov.index(kind) + 4
    count = struct.unpack(">I", moov[at + 4 : at + 8])[0]
    fmt = "I" if kind == b"stco" else "Q"
    return list(
        struct.unpack(f">{count}{fmt}", moov[at + 8 : at + 8 + struct.calcsize(fmt) * count])
    )


def pcm_trak(offset: int) -> bytes:
    tkhd = vk.full(b"tkhd", struct.pack(">IIIII", 0, 0, 7, 0, 2000) + bytes(8) + bytes(8)
                   + struct.pack(">9i", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000) + bytes(8))  # fmt: skip
    mdhd = vk.full(b"mdhd", struct.pack(">IIIIHH", 0, 0, 1000, 2000, 0x55C4, 0))
    hdlr = vk.full(b"hdlr", bytes(4) + b"soun" + bytes(12) + b"\x00")
    entry = vk.box(b"sowt", bytes(6) + struct.pack(">H", 1) + bytes(20))
    stbl = vk.box(
        b"stbl",
        vk.full(b"stsd", struct.pack(">I", 1) + entry)
        + vk.full(b"stts", struct.pack(">III", 1, 2, 1000))
        + vk.full(b"stsc", struct.pack(">IIII", 1, 1, 2, 1))
        + vk.full(b"stsz", struct.pack(">II", SAMPLE, 2))
        + vk.full(b"co64", struct.pack(">IQ", 1, offset)),
    )
    dref = vk.full(b"dref", struct.pack(">I", 1) + struct.pack(">I4sI", 12, b"url ", 1))
    minf = vk.box(b"minf", vk.full(b"smhd", bytes(4)) + vk.box(b"dinf", dref) + stbl)
    return vk.box(b"trak", tkhd + vk.box(b"mdia", mdhd + hdlr + minf))


class Virtual:
    """``head`` · ``gap`` zero bytes · ``tail``, readable at any offset without being stored."""

    def __init__(self, head: bytes, gap: int, tail: bytes) -> None:
        self.head, self.gap, self.tail = head, gap, tail
        self.size = len(head) + gap + len(tail)

    def read_at(self, offset: int, n: int) -> bytes:
        end = min(offset + n, self.size)
        out = bytearray()
        while offset < end:
            if offset < len(self.head):
                piece = self.head[offset:end]
            elif offset < len(self.head) + self.gap:
                piece = bytes(min(end, len(self.head) + self.gap) - offset)
            else:
                start = offset - len(self.head) - self.gap
                piece = self.tail[start : start + end - offset]
            out += piece
            offset += len(piece)
        return bytes(out)


class Sink:
    """Keeps the first MiB and everything past ``keep_after``; counts the rest."""

    def __init__(self, keep_after: int) -> None:
        self.pos, self.keep_after = 0, keep_after
        self.head, self.tail = bytearray(), bytearray()

    def write(self, data: bytes) -> None:
        if self.pos < 1 << 20:
            self.head += data[: (1 << 20) - self.pos]
        if self.pos + len(data) > self.keep_after:
            self.tail += data[max(0, self.keep_after - self.pos) :]
        self.pos += len(data)


def test_offsets_past_4_gib_are_promoted_to_co64(tmp_path: Path) -> None:
    data = vk.make_video(tmp_path / "v.mp4").read_bytes()
    top = vk.children(data)
    assert [k for k, _ in top] == [b"ftyp", b"free", b"mdat", b"moov"]
    ftyp, free, mdat, moov = (b for _, b in top)
    big_header = struct.pack(">I4sQ", 1, b"mdat", 16 + BIG)
    shift = 16 + BIG
    orig_offsets = first_offsets(moov, b"stco")
    new_moov = vk.box(b"moov", widen(moov[8:], shift) + pcm_trak(len(ftyp) + len(free) + 16))
    source = Virtual(ftyp + free + big_header, BIG, mdat + new_moov)
    sink = Sink(BIG)
    removed = clean_stream(source, MP4, Policy.STRIP, sink.write)
    assert sink.pos > BIG + len(mdat) - 8 - 1
    out_moov_at = sink.head.index(b"moov") - 4
    out_moov = bytes(sink.head[out_moov_at:])
    new_offsets = first_offsets(out_moov, b"co64")  # the video track, promoted
    assert all(o > 2**32 for o in new_offsets)
    for old, new in zip(orig_offsets, new_offsets, strict=True):
        original = data[old : old + 64]
        assert bytes(sink.tail[new - BIG : new - BIG + 64]) == original
    assert not [r for r in removed if "track 7" in r]  # the PCM track was kept
