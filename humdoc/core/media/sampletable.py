"""A track's chunks from its sample table: where each chunk's bytes are, and how many there are.

``stco``/``co64`` give each chunk's absolute file offset, ``stsc`` how many samples each chunk
holds, ``stsz`` each sample's size; a chunk's length is the sum of its samples' sizes. That is all
a lossless remover needs to copy exactly the bytes a kept track plays, and to drop the bytes of a
removed track (GPS telemetry interleaved with the video, say) from the media data.
"""

from __future__ import annotations

import struct
import sys
from array import array

from humdoc.core.media.bmff import Box, full_box, malformed

#: Entries a sample table may list: more than a day of 120 fps video, far below what breaks memory.
MAX_ENTRIES = 20_000_000
#: Chunks a movie may have in all (16 bytes each while the copy is planned): 12 hours of 60 fps
#: video and its sound, one sample per chunk, fit three times over.
MAX_CHUNKS = 4_000_000


def _count(rest: bytes, width: int, what: str) -> int:
    if len(rest) < 4:
        raise malformed(f"its {what} table is cut off")
    count = int.from_bytes(rest[:4], "big")
    if count > MAX_ENTRIES or len(rest) < 4 + count * width:
        raise malformed(f"its {what} table is cut off or absurdly long")
    return count


def _big_endian(code: str, raw: bytes) -> array[int]:
    """``raw`` (big-endian unsigned integers) as an array, without a tuple of Python ints."""
    values = array(code)
    if values.itemsize != {"I": 4, "Q": 8}[code]:  # pragma: no cover - every CPython platform
        raise RuntimeError("unexpected array item size")
    values.frombytes(raw)
    if sys.byteorder == "little":
        values.byteswap()
    return values


def chunk_offsets(stbl: Box) -> array[int]:
    """Every chunk's absolute offset, from ``stco`` (32-bit) or ``co64`` (64-bit)."""
    box = stbl.find(b"stco") or stbl.find(b"co64")
    if box is None:
        raise malformed("a track has no chunk offsets")
    _, _, rest = full_box(box.payload)
    width = 4 if box.kind == b"stco" else 8
    count = _count(rest, width, "chunk offset")
    if count > MAX_CHUNKS:
        raise malformed("it has too many chunks")
    raw = _big_endian("I" if width == 4 else "Q", rest[4 : 4 + count * width])
    return raw if width == 8 else array("Q", raw)


def sample_sizes(stbl: Box) -> tuple[int, array[int]]:
    """``(count, sizes)``; ``sizes`` holds one value when every sample has that size."""
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
        return count, array("I", [size])
    table = rest[4:]
    count = _count(table, 4, "sample size")
    return count, _big_endian("I", table[4 : 4 + count * 4])


def samples_per_chunk(stbl: Box, chunks: int) -> array[int]:
    """How many samples each of ``chunks`` chunks holds, expanded from ``stsc``'s runs."""
    box = stbl.find(b"stsc")
    if box is None:
        raise malformed("a track has no sample-to-chunk table")
    _, _, rest = full_box(box.payload)
    count = _count(rest, 12, "sample-to-chunk")
    if count > chunks + 1:
        raise malformed("its sample-to-chunk table is out of order")
    result = array("Q", bytes(8 * chunks))
    entries = struct.iter_unpack(">III", rest[4 : 4 + 12 * count])
    previous: tuple[int, int] | None = None
    for first, per_chunk, _ in (*entries, (chunks + 1, 0, 0)):
        if previous is not None:
            start, n = previous
            if start < 1 or first < start or first > chunks + 1:
                raise malformed("its sample-to-chunk table is out of order")
            result[start - 1 : first - 1] = array("Q", [n]) * (first - start)
        previous = (first, per_chunk)
    return result


def chunk_ranges(stbl: Box) -> tuple[array[int], array[int]]:
    """``(offsets, lengths)`` of every chunk of the track whose sample table is ``stbl``.

    Raises ``MalformedMedia`` if the tables are broken or the chunks claim more samples than the
    track has.
    """
    offsets = chunk_offsets(stbl)
    count, sizes = sample_sizes(stbl)
    per_chunk = samples_per_chunk(stbl, len(offsets))
    if sum(per_chunk) > count:
        raise malformed("its chunks hold more samples than the track has")
    if len(sizes) == 1 and count != 1:
        return offsets, array("Q", (n * sizes[0] for n in per_chunk))
    lengths = array("Q")
    sample = 0
    for n in per_chunk:
        lengths.append(sum(sizes[sample : sample + n]))
        sample += n
    return offsets, lengths


def offsets_box(offsets: array[int], wide: bool) -> Box:
    """A new ``stco`` (or ``co64`` when ``wide``) listing ``offsets``."""
    values = array("Q" if wide else "I", offsets)
    if sys.byteorder == "little":
        values.byteswap()
    payload = b"\x00\x00\x00\x00" + struct.pack(">I", len(values)) + values.tobytes()
    return Box(b"co64" if wide else b"stco", payload)
