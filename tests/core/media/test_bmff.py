"""The box parser: headers only at the top level, bounded moov, every hostile size refused."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from humdoc.core.errors import MalformedMedia
from humdoc.core.media import bmff
from humdoc.core.media.bmff import Box, BytesSource, parse_boxes, serialize, top_level


def box(kind: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def test_top_level_reads_sizes_of_every_form() -> None:
    large = struct.pack(">I4sQ", 1, b"mdat", 16 + 5) + b"12345"
    uuid = struct.pack(">I4s", 8 + 16 + 3, b"uuid") + b"U" * 16 + b"xmp"
    last = struct.pack(">I4s", 0, b"mdat") + b"rest of file"
    data = box(b"ftyp", b"isom") + large + uuid + last
    found = top_level(BytesSource(data))
    assert [(b.kind, b.header, b.size) for b in found] == [
        (b"ftyp", 8, 12),
        (b"mdat", 16, 21),
        (b"uuid", 24, 27),
        (b"mdat", 8, 20),
    ]
    assert found[-1].end == len(data)
    assert data[found[1].start : found[1].end] == b"12345"


@pytest.mark.parametrize(
    "data",
    [
        box(b"ftyp", b"isom") + struct.pack(">I4s", 100, b"mdat"),  # runs past the end
        box(b"ftyp", b"isom") + struct.pack(">I4s", 4, b"mdat"),  # smaller than its header
        box(b"ftyp", b"isom") + b"\x00\x00",  # header cut off
        box(b"ftyp", b"isom") + struct.pack(">I4sI", 1, b"mdat", 0),  # 64-bit size cut off
        box(b"ftyp", b"isom") + struct.pack(">I4sQ", 1, b"mdat", 2**63),  # absurd 64-bit size
        struct.pack(">I4s", 8 + 10, b"uuid") + b"short",  # uuid without its usertype
    ],
)
def test_impossible_sizes_are_refused(data: bytes) -> None:
    with pytest.raises(MalformedMedia, match="structure is broken"):
        top_level(BytesSource(data))


def test_nesting_is_capped() -> None:
    inner = box(b"trak")
    for _ in range(bmff.MAX_DEPTH + 2):
        inner = box(b"trak", inner)
    with pytest.raises(MalformedMedia, match="nested too deeply"):
        parse_boxes(inner)


def test_moov_over_the_limit_is_refused_before_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    data = box(b"ftyp", b"isom") + box(b"moov", b"\x00" * 1000)

    class Counting(BytesSource):
        reads = 0

        def read_at(self, offset: int, n: int) -> bytes:
            Counting.reads += n
            return super().read_at(offset, n)

    source = Counting(data)
    moov = top_level(source)[1]
    Counting.reads = 0
    with pytest.raises(MalformedMedia, match="over the"):
        bmff.read_payload(source, moov, 999, "moov")
    assert Counting.reads == 0


def test_top_level_reads_headers_only() -> None:
    big = 50_000_000
    data_len = 12 + 16 + big

    class Sparse:
        size = data_len
        asked = 0

        def read_at(self, offset: int, n: int) -> bytes:
            Sparse.asked += n
            head = box(b"ftyp", b"isom") + struct.pack(">I4sQ", 1, b"mdat", 16 + big)
            return (head + bytes(32))[offset : offset + n] if offset < len(head) else bytes(n)

    boxes = top_level(Sparse())
    assert [b.kind for b in boxes] == [b"ftyp", b"mdat"]
    assert Sparse.asked <= 64


def test_round_trip_of_a_container() -> None:
    moov = box(b"mvhd", b"\x00" * 100) + box(b"trak", box(b"tkhd", b"\x01" * 84) + box(b"udta"))
    parsed = parse_boxes(moov)
    assert [b.kind for b in parsed] == [b"mvhd", b"trak"]
    assert parsed[1].path(b"tkhd") is not None
    assert b"".join(serialize(b) for b in parsed) == moov


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_parse_or_raise_malformed(data: bytes) -> None:
    try:
        for found in parse_boxes(data):
            assert isinstance(found, Box)
        top_level(BytesSource(data))
    except MalformedMedia:
        pass


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([b"free", b"udta", b"abcd"]), st.binary(max_size=40))))
def test_serialize_inverts_parse(items: list[tuple[bytes, bytes]]) -> None:
    data = b"".join(box(k, p if k != b"udta" else b"") for k, p in items)
    assert b"".join(serialize(b) for b in parse_boxes(data)) == data


def test_too_many_chunks_are_refused_before_planning() -> None:
    from humdoc.core.media import sampletable

    count = sampletable.MAX_CHUNKS + 1
    stco = Box(b"stco", b"\x00" * 4 + struct.pack(">I", count) + bytes(4 * count))
    with pytest.raises(MalformedMedia, match="too many chunks"):
        sampletable.chunk_offsets(Box(b"stbl", children=[stco]))


def test_chunk_lengths_follow_sample_to_chunk_runs() -> None:
    from humdoc.core.media import sampletable

    def full(kind: bytes, body: bytes) -> Box:
        return Box(kind, b"\x00" * 4 + body)

    stbl = Box(
        b"stbl",
        children=[
            full(b"stco", struct.pack(">I4I", 4, 100, 200, 300, 400)),
            full(b"stsc", struct.pack(">I6I", 2, 1, 2, 1, 3, 1, 1)),  # chunks 1-2: 2, 3-4: 1
            full(b"stsz", struct.pack(">II6I", 0, 6, 1, 2, 3, 4, 5, 6)),
        ],
    )
    offsets, lengths = sampletable.chunk_ranges(stbl)
    assert list(offsets) == [100, 200, 300, 400]
    assert list(lengths) == [3, 7, 5, 6]
    wide = sampletable.offsets_box(offsets, True)
    assert wide.kind == b"co64" and wide.payload[8:16] == struct.pack(">Q", 100)


def test_3gpp_location_box_reads_as_iso6709() -> None:
    from humdoc.core.media.videometa import parse_iso6709, parse_loci

    payload = b"\x00" * 4 + b"\x15\xc7" + b"Market square\x00" + b"\x00"
    payload += struct.pack(">iii", int(2.2945 * 65536), int(48.8584 * 65536), 35 * 65536)
    payload += b"earth\x00\x00"
    place = parse_iso6709(parse_loci(payload))
    assert place is not None
    assert place["lat"] == pytest.approx(48.8584, abs=1e-4)
    assert place["lon"] == pytest.approx(2.2945, abs=1e-4)
    assert parse_loci(b"\x00" * 5) == ""
