"""The shared exact-read helpers, against streams that hand out one small piece per read."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from humdoc.core.errors import StreamLengthMismatch
from humdoc.core.streams import expect_end, read_all, read_exact, read_up_to


class Dribble(io.RawIOBase):
    """A stream whose every read returns at most ``piece`` bytes (a pipe, a decrypting reader)."""

    def __init__(self, data: bytes, piece: int) -> None:
        self._data = memoryview(data)
        self._piece = piece
        self.reads = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        self.reads += 1
        n = min(len(buffer), self._piece, len(self._data))
        buffer[:n] = self._data[:n]
        self._data = self._data[n:]
        return n


def test_one_read_of_a_dribbling_stream_is_one_piece_the_helpers_get_everything() -> None:
    data = bytes(range(256)) * 1000
    assert len(Dribble(data, 65536).read(len(data))) == 65536  # the trap the helpers avoid
    assert read_exact(Dribble(data, 65536), len(data)) == data
    assert read_all(Dribble(data, 7), len(data), len(data)) == data
    assert read_all(Dribble(data, 4096), None, len(data)) == data
    assert read_up_to(Dribble(data, 1000), 5000) == data[:5000]


@given(
    size=st.integers(0, 70_000),
    piece=st.sampled_from([1, 511, 512, 513, 4096, 65535, 65536, 65537]),
    delta=st.sampled_from([-1, 0, 1]),
)
def test_read_all_is_exact_or_raises(size: int, piece: int, delta: int) -> None:
    data = bytes(i % 251 for i in range(size))
    expected = size + delta
    if expected < 0:
        return
    if delta == 0:
        assert read_all(Dribble(data, piece), expected, 1 << 20) == data
        return
    with pytest.raises(StreamLengthMismatch) as err:
        read_all(Dribble(data, piece), expected, 1 << 20)
    assert (err.value.expected, err.value.got > expected) == (expected, delta < 0)


def test_a_short_stream_names_how_much_arrived() -> None:
    with pytest.raises(StreamLengthMismatch, match="ends after 10 bytes; 11 were expected"):
        read_exact(Dribble(b"x" * 10, 3), 11, "The data")


def test_a_long_stream_is_refused_without_reading_it_all() -> None:
    endless = Dribble(b"y" * 10_000_000, 65536)
    with pytest.raises(StreamLengthMismatch, match="holds more than 100 bytes"):
        read_all(endless, 100, 1000)
    assert endless.reads <= 3  # the surplus was detected, not consumed
    with pytest.raises(StreamLengthMismatch):
        read_all(Dribble(b"y" * 5000, 512), None, 4096)
    with pytest.raises(StreamLengthMismatch):
        read_all(Dribble(b"", 1), 5000, 4096)  # a promise over the cap is refused up front
    with pytest.raises(StreamLengthMismatch):
        expect_end(Dribble(b"z", 1), 0)
