"""Intake reads a photo whole in one object, from its start, and notices a file that changes or
grows while it is read (a phone still writing it)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from humdoc.core import intake
from humdoc.core.errors import FileChanged
from humdoc.core.media import HEAD_BYTES


def _opened(path: Path) -> io.BufferedReader:
    return os.fdopen(os.open(path, os.O_RDONLY), "rb")


def test_a_file_is_read_whole_from_its_start(tmp_path: Path) -> None:
    data = os.urandom(3 * HEAD_BYTES + 17)
    (tmp_path / "a").write_bytes(data)
    with _opened(tmp_path / "a") as fh:
        head = fh.read(HEAD_BYTES)
        assert intake._read_whole(fh, head) == data
        assert fh.read() == b""


def test_a_file_that_grew_after_its_size_was_taken_is_read_to_its_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = os.urandom(2 * HEAD_BYTES)
    (tmp_path / "a").write_bytes(data)
    more = os.urandom(5000)
    real_fstat = os.fstat

    def fstat_then_grow(fd: int) -> os.stat_result:
        found = real_fstat(fd)
        with (tmp_path / "a").open("ab") as grow:  # the phone writes on after the size is read
            grow.write(more)
        return found

    with _opened(tmp_path / "a") as fh:
        head = fh.read(HEAD_BYTES)
        monkeypatch.setattr(os, "fstat", fstat_then_grow)
        assert intake._read_whole(fh, head) == data + more


def test_a_file_whose_start_changed_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"\xff\xd8\xff" + os.urandom(2 * HEAD_BYTES))
    with _opened(tmp_path / "a") as fh:
        head = fh.read(HEAD_BYTES)
        with (tmp_path / "a").open("r+b") as swap:
            swap.write(b"\x89PNG")
        with pytest.raises(FileChanged, match="changed while it was being imported"):
            intake._read_whole(fh, head)


def test_a_file_over_the_memory_bound_gives_its_first_bytes_and_the_rest_stays_to_stream(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(intake, "MAX_IN_MEMORY", 3 * HEAD_BYTES)
    data = os.urandom(5 * HEAD_BYTES)
    (tmp_path / "a").write_bytes(data)
    with _opened(tmp_path / "a") as fh:
        head = fh.read(HEAD_BYTES)
        first = intake._read_whole(fh, head)
        assert first == data[: 3 * HEAD_BYTES + 1]
        assert first + fh.read() == data


def test_a_stream_without_a_file_is_read_after_its_head() -> None:
    data = os.urandom(2 * HEAD_BYTES + 3)
    fh = io.BytesIO(data)
    head = fh.read(HEAD_BYTES)
    assert intake._read_whole(fh, head) == data
