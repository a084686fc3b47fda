"""A track's chunks from its sample table: where each chunk's bytes are, and how many there are.

``stco``/``co64`` give each chunk's absolute file offset, ``stsc`` how many samples each chunk
holds, ``stsz`` each sample's size; a chunk's length is the sum of its samples' sizes. That is all
a lossless remover needs to copy exactly the bytes a kept track plays, and to drop the bytes of a
removed track (GPS telemetry interleaved with the video, say) from the media data.
"""

from __future__ import annotations

import struct
from array import array
from itertools import accumulate

from humdoc.core.media.bmff import Box, full_box, malformed

#: Entries a sample table may list: more than a day of 120 fps video, far below what breaks memory.
MAX_ENTRIES = 20_000_000


def _count(rest: bytes, width: int, what: str) -> int:
    if len(rest) < 4:
        raise malformed(f"its {what} table is cut off")
    count = int.from_bytes(rest[:4], "big")
    if count > MAX_ENTRIES or len(rest) < 4 + count * width:
        raise malformed(f"its {what} table is cut off or absurdly long")
    return count


def chunk_offsets(stbl: Box) -> array[int]:
    """Every chunk's absolute offset, from ``stco`` (32-bit) or ``co64`` (64-bit)."""
    box = stbl.find(b"stco") or stbl.find(b"co64")
    if box is None:
        raise malformed("a track has no chunk offsets")
    _, _, rest = full_box(box.payload)
    width = 4 if box.kind == b"stco" else 8
    count = _count(rest, width, "chunk offset")
    offsets = array(
        "Q", struct.unpack(f">{count}{'I' if width == 4 else 'Q'}", rest[4 : 4 + count * width])
    )
    return offsets


def sample_sizes(stbl: Box) -> tuple[int, array[int]]:
    """``(count, sizes)``: ``sizes`` is empty when every sample has one size (then ``[size]``)."""
    box = stbl.find(b"stsz")
    if box is None:
        if stbl.find(b"stz2") is not None:
            raise malformed("its compact sample size table (stz2) is not supported")
        raise malformed("a track has no sample sizes")
    _, _, rest = full_box(box.payload)
    if len(rest) < 8:
        raise malformed("its sample size table is cut off")
    size, count = struct.unpack(">II", rest[:8])
    if size:
        if count > MAX_ENTRIES:
            raise malformed("its sample size table is absurdly long")
        return count, array("Q", [size])
    table = rest[4:]
    count = _count(table, 4, "sample size")
    return count, array("Q", struct.unpack(f">{count}I", table[4 : 4 + count * 4]))


def samples_per_chunk(stbl: Box, chunks: int) -> array[int]:
    """How many samples each of ``chunks`` chunks holds, expanded from ``stsc``'s runs."""
    box = stbl.find(b"stsc")
    if box is None:
        raise malformed("a track has no sample-to-chunk table")
    _, _, rest = full_box(box.payload)
    count = _count(rest, 12, "sample-to-chunk")
    entries = [struct.unpack_from(">III", rest, 4 + 12 * i) for i in range(count)]
    result = array("Q", bytes(8 * chunks))
    for i, (first, per_chunk, _) in enumerate(entries):
        until = entries[i + 1][0] if i + 1 < count else chunks + 1
        if first < 1 or until < first or until > chunks + 1:
            raise malformed("its sample-to-chunk table is out of order")
        result[first - 1 : until - 1] = array("Q", [per_chunk]) * (until - first)
    return result


def chunk_ranges(stbl: Box) -> list[tuple[int, int]]:
    """``(offset, length)`` of every chunk of the track whose sample table is ``stbl``.

    Raises ``MalformedMedia`` if the tables are broken or the chunks claim more samples than the
    track has.
    """
    offsets = chunk_offsets(stbl)
    count, sizes = sample_sizes(stbl)
    per_chunk = samples_per_chunk(stbl, len(offsets))
    if sum(per_chunk) > count:
        raise malformed("its chunks hold more samples than the track has")
    if len(sizes) == 1 and count != 1:
        return [(off, n * sizes[0]) for off, n in zip(offsets, per_chunk, strict=True)]
    if len(sizes) == 1:
        sizes = sizes * count
    ends = array("Q", [0])
    ends.extend(accumulate(sizes))
    ranges: list[tuple[int, int]] = []
    sample = 0
    for off, n in zip(offsets, per_chunk, strict=True):
        ranges.append((off, ends[sample + n] - ends[sample]))
        sample += n
    return ranges


def offsets_box(offsets: list[int], wide: bool) -> Box:
    """A new ``stco`` (or ``co64`` when ``wide``) listing ``offsets``."""
    kind, fmt = (b"co64", "Q") if wide else (b"stco", "I")
    payload = b"\x00\x00\x00\x00" + struct.pack(f">I{len(offsets)}{fmt}", len(offsets), *offsets)
    return Box(kind, payload)
