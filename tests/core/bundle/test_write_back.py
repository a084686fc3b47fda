"""A bundle's bytes start for the disk while it is written, and it is synced exactly as needed:
every byte before the age header's first line is put back, that line before the rename."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from bundle_helpers import CREATED, Centre, payload_files

from humdoc.core.bundle import FIRST_BUNDLE, MemorySpool, SigningKey, open_bundle, write_bundle
from humdoc.core.bundle import writer as bundle_writer
from humdoc.core.bundle.writer import AGE_MAGIC, UNFINISHED_MAGIC, WRITE_BACK_STEP

FILES = {"media/a.bin": os.urandom(3 * WRITE_BACK_STEP + 12345), "records/x.json": b"{}"}


class _Syscalls:
    """Records, in order, each fsync (with the file's first bytes at that moment) and each
    write-back hint of the process, and still makes the real calls."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.events: list[tuple[str, object]] = []
        real_fsync, real_fadvise = os.fsync, os.posix_fadvise

        def fsync(fd: int) -> None:
            path = Path(f"/proc/self/fd/{fd}")  # the file itself, opened anew for reading
            head = path.read_bytes()[: len(AGE_MAGIC)] if path.is_file() else b""
            self.events.append(("fsync", head))
            real_fsync(fd)

        def fadvise(fd: int, offset: int, length: int, advice: int) -> None:
            self.events.append(("write-back", (offset, length, advice)))
            real_fadvise(fd, offset, length, advice)

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "posix_fadvise", fadvise)

    def of(self, kind: str) -> list[object]:
        return [what for k, what in self.events if k == kind]


def _write(out: Path, key: SigningKey, centre: Centre, **kwargs: object) -> None:
    write_bundle(
        out, payload_files(FILES), [], key, [centre.recipient], "bundle-0001", 1, CREATED,
        previous_bundle_sha256=FIRST_BUNDLE, **kwargs,  # type: ignore[arg-type]
    )  # fmt: skip


def test_the_kernel_is_asked_to_write_each_step_as_it_comes(
    tmp_path: Path, device_key: SigningKey, centre: Centre, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _Syscalls(monkeypatch)
    out = tmp_path / "b.humdoc"
    _write(out, device_key, centre)
    ranges = calls.of("write-back")
    assert len(ranges) >= 3  # the payload alone is over three steps
    at = 0
    for offset, length, advice in ranges:  # type: ignore[misc]
        assert (offset, advice) == (at, os.POSIX_FADV_DONTNEED)  # contiguous, from byte 0
        assert length >= WRITE_BACK_STEP
        at += length
    assert at <= out.stat().st_size
    # Every write-back hint came before the first sync, and the bundle is whole.
    kinds = [k for k, _ in calls.events]
    assert kinds.index("fsync") > max(i for i, k in enumerate(kinds) if k == "write-back")
    bag = open_bundle(out, [str(centre.identity)], centre.lookup, MemorySpool())
    with bag.open("media/a.bin") as fh:
        assert fh.read() == FILES["media/a.bin"]


@pytest.mark.parametrize("publish", [False, True])
def test_the_body_is_synced_before_the_first_line_is_put_back_and_again_before_the_rename(
    tmp_path: Path,
    device_key: SigningKey,
    centre: Centre,
    monkeypatch: pytest.MonkeyPatch,
    publish: bool,
) -> None:
    calls = _Syscalls(monkeypatch)
    seen: list[bool] = []
    out = tmp_path / "b.humdoc"
    kwargs = {"before_publish": lambda written: seen.append(out.exists())} if publish else {}
    _write(out, device_key, centre, **kwargs)
    assert seen == ([False] if publish else [])
    # Exactly two syncs of the file: its body while the first line is still the unfinished
    # one, then the whole file with the age header's line back, before it has its name; the
    # before_publish step's sync is the body's, not a third.
    # (The third is the folder's, after the rename.)
    assert calls.of("fsync") == [UNFINISHED_MAGIC, AGE_MAGIC, b""]
    assert out.read_bytes().startswith(AGE_MAGIC)


def test_finish_syncs_again_whatever_was_written_after_a_sync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _Syscalls(monkeypatch)
    with (tmp_path / "f").open("wb") as fh:
        w = bundle_writer._HashingWriter(fh)
        w.write(AGE_MAGIC + b"x" * 100)
        w.sync()
        w.write(b"more")
        w.finish()
        assert calls.of("fsync") == [UNFINISHED_MAGIC, UNFINISHED_MAGIC]
        w2 = bundle_writer._HashingWriter(fh)
        w2.write(AGE_MAGIC)
        w2.sync()
        w2.finish()  # nothing new since the sync: no second one
        assert len(calls.of("fsync")) == 3
