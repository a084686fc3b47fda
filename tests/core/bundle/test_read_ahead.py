"""The receipt's helper threads: the bundle file read ahead and hashed on one, the payload hashed
on another, chosen by the same load rule as the export's write thread; every refusal the same
with them on and off, and no thread left running after a refusal."""

from __future__ import annotations

import hashlib
import io
import os
import random
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from bundle_helpers import PAYLOAD, Centre

from humdoc.core.bundle import MemorySpool, SpoolWriter, agewrap, reader
from humdoc.core.bundle.offload import helpers_wanted
from humdoc.core.bundle.source import BLOCK, CountingReader, ReadAhead
from humdoc.core.errors import BundleRejected

#: Several read-ahead blocks and payload batches: 9 MiB of varied bytes in one media file.
BIG = {**PAYLOAD, "media/video.bin": random.Random(7).randbytes(9 * 1024 * 1024 + 333)}


def _helpers_alive() -> set[str]:
    return {t.name for t in threading.enumerate() if t.name.startswith("humdoc-bundle-")}


class ThreadSpyingSpool(MemorySpool):
    """A memory spool that notes which receipt threads run while it is asked to store a file."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def create(self) -> SpoolWriter:
        self.seen |= _helpers_alive()
        return super().create()


@pytest.mark.parametrize("source", ["inline", "read-ahead"])
def test_both_sources_give_the_file_in_order_with_its_count_and_hash(
    tmp_path: Path, source: str
) -> None:
    data = random.Random(3).randbytes(3 * BLOCK + 12_345)
    path = tmp_path / "file.bin"
    path.write_bytes(data)
    with path.open("rb") as fh:
        src = CountingReader(fh, len(data)) if source == "inline" else ReadAhead(fh, len(data), "t")
        try:
            got = bytearray(src.read(5))  # small reads first, as the age header is read
            got += src.read(4096)
            buffer = bytearray(BLOCK + 77)  # then large ones into a buffer, as the payload is
            while n := src.readinto(memoryview(buffer)):
                got += buffer[:n]
            assert src.read(10) == b""
        finally:
            src.close()
    assert bytes(got) == data
    assert src.count == len(data)
    assert src.sha256.hexdigest() == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("source", ["inline", "read-ahead"])
def test_a_file_that_grows_past_the_cap_while_read_is_refused(tmp_path: Path, source: str) -> None:
    path = tmp_path / "file.bin"
    path.write_bytes(bytes(2 * BLOCK + 1))
    with path.open("rb") as fh:
        cap = 2 * BLOCK  # what the file's size said before it grew
        src = CountingReader(fh, cap) if source == "inline" else ReadAhead(fh, cap, "t")
        buffer = memoryview(bytearray(BLOCK))
        try:
            with pytest.raises(BundleRejected) as err:
                while src.readinto(buffer):
                    pass
        finally:
            src.close()
    assert err.value.reason == "too-large"


def test_closing_the_read_ahead_early_stops_its_thread(tmp_path: Path) -> None:
    path = tmp_path / "file.bin"
    path.write_bytes(bytes(40 * BLOCK))  # more than it may read ahead
    with path.open("rb") as fh:
        src = ReadAhead(fh, 40 * BLOCK, "humdoc-bundle-test-early")
        assert src.read(100) == bytes(100)
        src.close()
        assert "humdoc-bundle-test-early" not in _helpers_alive()
        assert fh.tell() < 40 * BLOCK


def test_the_receipt_and_the_export_follow_one_load_rule(
    make_bundle: Callable[..., Path], centre: Centre, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = make_bundle(BIG)
    monkeypatch.setattr(reader, "HELPER_THREADS", None)
    monkeypatch.setattr(agewrap, "WRITE_THREAD", None)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    for load, threaded in ((0.5, True), (3.9, True), (4.0, False), (7.5, False)):
        monkeypatch.setattr(os, "getloadavg", lambda load=load: (load, 1.0, 1.0))
        assert helpers_wanted(None) is threaded
        assert agewrap._write_thread() is threaded
        spool = ThreadSpyingSpool()
        bag = centre.open(bundle, spool)
        assert (
            bag.files["media/video.bin"].sha256
            == hashlib.sha256(BIG["media/video.bin"]).hexdigest()
        )
        expected = {"humdoc-bundle-file-read", "humdoc-bundle-payload-hash"} if threaded else set()
        assert spool.seen == expected
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert helpers_wanted(None) is False  # one core: nothing to overlap with
    assert helpers_wanted(True) is True and helpers_wanted(False) is False


@pytest.mark.parametrize("threaded", [False, True], ids=["one-thread", "helper-threads"])
def test_a_corrupted_payload_byte_or_a_truncated_bundle_is_refused_and_leaves_nothing(
    make_bundle: Callable[..., Path],
    centre: Centre,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    threaded: bool,
) -> None:
    monkeypatch.setattr(reader, "HELPER_THREADS", threaded)
    bundle = make_bundle(BIG)
    original = bundle.read_bytes()
    good = centre.open(bundle)
    assert good.bundle_sha256 == hashlib.sha256(original).hexdigest()
    target = tmp_path / "damaged.humdoc"
    # A byte of each part of the ciphertext: early, in the middle of the video, near the end.
    for at in (400, len(original) // 3, len(original) // 2 + 7, len(original) - 20):
        data = bytearray(original)
        data[at] ^= 0x01
        target.write_bytes(bytes(data))
        spool = MemorySpool()
        with pytest.raises(BundleRejected) as err:
            centre.open(target, spool)
        assert err.value.reason == "decrypt-failed"
        assert spool.held() == 0 and not _helpers_alive()
    for cut in (BLOCK - 1, BLOCK, len(original) // 2, len(original) - 17, len(original) - 1):
        target.write_bytes(original[:cut])
        spool = MemorySpool()
        with pytest.raises(BundleRejected) as err:
            centre.open(target, spool)
        assert err.value.reason == "decrypt-failed"
        assert spool.held() == 0 and not _helpers_alive()


@pytest.mark.parametrize("threaded", [False, True], ids=["one-thread", "helper-threads"])
def test_a_spool_that_fails_mid_payload_stops_the_helper_threads(
    make_bundle: Callable[..., Path],
    centre: Centre,
    monkeypatch: pytest.MonkeyPatch,
    threaded: bool,
) -> None:
    monkeypatch.setattr(reader, "HELPER_THREADS", threaded)

    class FullDisk(MemorySpool):
        def create(self) -> SpoolWriter:
            writer = super().create()

            class Failing:
                def write(self, data: bytes) -> int:
                    raise OSError(28, "No space left on device")

                def commit(self) -> object:
                    return writer.commit()

                def abort(self) -> None:
                    writer.abort()

            return Failing()

    spool = FullDisk()
    with pytest.raises(OSError) as err:
        centre.open(make_bundle(BIG), spool)
    assert err.value.errno == 28
    assert spool.held() == 0 and not _helpers_alive()


def test_a_stream_source_stays_accepted(tmp_path: Path) -> None:
    """``CountingReader`` reads any binary file object with ``readinto``, not only real files."""
    data = b"x" * 70_000
    src = CountingReader(io.BytesIO(data), len(data))
    buffer = memoryview(bytearray(65_536))
    assert src.readinto(buffer) == 65_536 and src.readinto(buffer) == 70_000 - 65_536
    assert src.readinto(buffer) == 0 and src.count == len(data)


def test_small_files_share_a_batch_and_each_digest_gets_only_its_own_bytes() -> None:
    """Many small payload files go to the hashing thread in a few full buffers, not one
    hand-over per file, and each file's digest sees exactly its bytes, in order."""
    from humdoc.core.bundle.offload import Batch, Offload

    class Counting(Offload):
        handed = 0

        def submit(self, fn: Callable[..., object], *args: object) -> None:
            Counting.handed += 1
            super().submit(fn, *args)

    rng = random.Random(11)
    files = [rng.randbytes(rng.randrange(1, 300_000)) for _ in range(90)]
    digests = [hashlib.sha256() for _ in files]
    with Counting("humdoc-bundle-test-batch") as helper:
        batch = Batch(helper, size=1 << 20)
        for data, digest in zip(files, digests, strict=True):
            for at in range(0, len(data), 65_536):  # as the tar reader hands them over
                batch.add(data[at : at + 65_536], digest.update)
        batch.wait()
    assert [d.hexdigest() for d in digests] == [hashlib.sha256(f).hexdigest() for f in files]
    assert Counting.handed <= sum(map(len, files)) // (1 << 20) + 1
