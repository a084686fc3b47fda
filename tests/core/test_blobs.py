"""The attachment store: layout, round trips, swapped and damaged files, atomicity, bounded memory."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import itertools
import mmap
import os
import random
import secrets
import stat
import subprocess
import sys
import textwrap
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humdoc.core import blobs, safefs
from humdoc.core.blobs import DIRECT_MIN, BlobStore, check_blob_id
from humdoc.core.crypto.stream import CHUNK_SIZE, HEADER_SIZE, ciphertext_size
from humdoc.core.errors import BlobCorrupt, DiskFull, InvalidInput
from tests.failing_io import FailingDisk

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "vault" / "blobs")


def put(store: BlobStore, data: bytes) -> tuple[str, bytes]:
    with store.writer() as writer:
        writer.write(data)
    return writer.blob_id, writer.key


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if not p.is_dir())


def blob_path(store: BlobStore, blob_id: str) -> Path:
    return store.folder / blob_id[:2] / blob_id


# --- writing and reading ---------------------------------------------------------------------


def test_a_written_blob_reads_back_and_is_described_by_the_writer(store: BlobStore) -> None:
    data = secrets.token_bytes(3 * CHUNK_SIZE + 123)
    with store.writer() as writer:
        assert writer.write(data[:1000]) == 1000
        assert writer.write(memoryview(data)[1000:]) == len(data) - 1000
    assert len(writer.blob_id) == 32 and check_blob_id(writer.blob_id) == writer.blob_id
    assert len(writer.key) == 32
    assert writer.size == len(data)
    assert writer.sha256 == hashlib.sha256(data).hexdigest()

    path = blob_path(store, writer.blob_id)
    assert path.is_file()
    assert path.stat().st_size == ciphertext_size(len(data))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700

    with store.open(writer.blob_id, writer.key) as reader:
        assert reader.read() == data
        assert reader.complete
    assert store.read_all(writer.blob_id, writer.key, max_size=len(data)) == data


def test_ids_are_random_not_derived_from_content(store: BlobStore) -> None:
    first, key1 = put(store, b"same bytes")
    second, key2 = put(store, b"same bytes")
    assert first != second and key1 != key2
    assert sorted(store.ids()) == sorted([first, second])


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(max_size=3 * CHUNK_SIZE) | st.sampled_from([b"", b"\x00" * CHUNK_SIZE]),
    cuts=st.lists(st.integers(0, 3 * CHUNK_SIZE), max_size=6),
)
def test_round_trip_with_random_write_splits(
    store: BlobStore, data: bytes, cuts: list[int]
) -> None:
    points = sorted({0, len(data), *(c % (len(data) + 1) for c in cuts)})
    with store.writer() as writer:
        for a, b in itertools.pairwise(points):
            writer.write(data[a:b])
    assert writer.size == len(data)
    assert store.read_all(writer.blob_id, writer.key, max_size=len(data)) == data
    store.delete(writer.blob_id)


def test_empty_blob(store: BlobStore) -> None:
    with store.writer() as writer:
        pass
    assert writer.size == 0
    assert writer.sha256 == hashlib.sha256(b"").hexdigest()
    assert store.read_all(writer.blob_id, writer.key, max_size=0) == b""


def test_read_all_refuses_beyond_max_size(store: BlobStore) -> None:
    blob_id, key = put(store, b"x" * 1000)
    assert store.read_all(blob_id, key, max_size=1000) == b"x" * 1000
    with pytest.raises(InvalidInput, match="too large"):
        store.read_all(blob_id, key, max_size=999)


def test_delete_and_ids(store: BlobStore) -> None:
    assert list(store.ids()) == []
    kept, _ = put(store, b"kept")
    gone, key = put(store, b"gone")
    store.delete(gone)
    assert list(store.ids()) == [kept]
    assert not blob_path(store, gone).exists()
    store.delete(gone)  # idempotent
    with pytest.raises(BlobCorrupt, match="missing"):
        store.open(gone, key)
    with pytest.raises(BlobCorrupt, match="missing"):
        store.read_all(gone, key, max_size=10)


def test_ids_lists_only_real_blobs(store: BlobStore) -> None:
    blob_id, _ = put(store, b"real")
    shard = blob_path(store, blob_id).parent
    (shard / ("0" * 32)).write_bytes(b"misplaced: wrong shard")
    (shard / "notes.txt").write_bytes(b"stray")
    safefs.temp_name(shard).write_bytes(b"temp")
    (store.folder / "zz").mkdir()
    (shard / (blob_id[:2] + "f" * 30)).symlink_to(blob_path(store, blob_id))
    assert list(store.ids()) == [blob_id]


# --- properties of a writer ------------------------------------------------------------------


def test_writer_results_exist_only_after_a_commit(store: BlobStore) -> None:
    writer = store.writer()
    with pytest.raises(RuntimeError):
        _ = writer.blob_id
    with pytest.raises(ValueError):
        writer.write(b"not entered")
    with writer:
        writer.write(b"data")
        for name in ("blob_id", "key", "size", "sha256"):
            with pytest.raises(RuntimeError):
                getattr(writer, name)
    assert writer.size == 4
    with pytest.raises(RuntimeError):
        writer.abort()  # a stored blob is removed with delete(), not abort()
    with pytest.raises(RuntimeError), writer:
        pass


def test_abort_discards_everything(store: BlobStore) -> None:
    with store.writer() as writer:
        writer.write(secrets.token_bytes(200_000))
        assert len(files_under(store.folder)) == 1  # the temporary file
        writer.abort()
        writer.abort()
        with pytest.raises(ValueError):
            writer.write(b"more")
    assert files_under(store.folder) == []
    assert list(store.ids()) == []
    with pytest.raises(RuntimeError):
        _ = writer.key


# --- what an attacker with the disk can do ---------------------------------------------------


def test_a_planted_marker_never_reaches_the_disk(store: BlobStore) -> None:
    marker = secrets.token_bytes(64)
    sizes = [0, 10, CHUNK_SIZE - 30, 5 * CHUNK_SIZE]
    payloads = [b"A" * n + marker + b"B" * n for n in sizes] + [marker]

    def assert_clean() -> None:
        for path in files_under(store.folder):
            content = path.read_bytes()
            assert marker not in content, path.name
            assert marker[:32] not in content and marker[32:] not in content

    for payload in payloads:
        with store.writer() as writer:
            writer.write(payload)
            assert_clean()  # the temporary file too, mid-write
        assert store.read_all(writer.blob_id, writer.key, max_size=len(payload)) == payload
    with store.writer() as writer:
        writer.write(marker * 3000)
        writer.abort()
    assert_clean()
    assert len(files_under(store.folder)) == len(payloads)


def test_wrong_key_is_rejected(store: BlobStore) -> None:
    blob_id, key = put(store, b"secret testimony")
    with pytest.raises(BlobCorrupt):
        store.open(blob_id, secrets.token_bytes(32))
    with pytest.raises(BlobCorrupt):
        store.read_all(blob_id, bytes(32), max_size=100)
    assert store.read_all(blob_id, key, max_size=100) == b"secret testimony"


@pytest.mark.parametrize("same_key", [True, False])
def test_blob_files_swapped_between_ids_are_rejected(store: BlobStore, same_key: bool) -> None:
    first = store.writer()
    with first:
        first.write(b"first " * 30000)
    key = first.key
    second_id, second_key = put(store, b"second " * 30000)
    if same_key:
        # Re-encrypt the second blob under the first blob's key, as if keys were reused.
        from humdoc.core.crypto.stream import StreamEncryptor

        encryptor = StreamEncryptor(key, second_id)
        blob_path(store, second_id).write_bytes(
            encryptor.update(b"second " * 30000) + encryptor.finish()
        )
        second_key = key
    a, b = blob_path(store, first.blob_id), blob_path(store, second_id)
    a_bytes, b_bytes = a.read_bytes(), b.read_bytes()
    a.write_bytes(b_bytes)
    b.write_bytes(a_bytes)
    for blob_id, k in ((first.blob_id, key), (second_id, second_key)):
        with pytest.raises(BlobCorrupt):
            store.read_all(blob_id, k, max_size=10**6)
        for other in (key, second_key):
            with pytest.raises(BlobCorrupt):
                store.open(blob_id, other)


def test_tampered_truncated_or_extended_files_are_rejected(store: BlobStore) -> None:
    data = secrets.token_bytes(2 * CHUNK_SIZE + 5)
    blob_id, key = put(store, data)
    path = blob_path(store, blob_id)
    original = path.read_bytes()
    cuts = [HEADER_SIZE + CHUNK_SIZE + 16, len(original) - 1, HEADER_SIZE]
    variants = [original[:cut] for cut in cuts] + [original + b"\x00"]
    for offset in (0, 10, HEADER_SIZE + 3, len(original) - 1):
        flipped = bytearray(original)
        flipped[offset] ^= 0x20
        variants.append(bytes(flipped))
    for variant in variants:
        path.write_bytes(variant)
        with pytest.raises(BlobCorrupt):
            store.read_all(blob_id, key, max_size=10**6)
        with pytest.raises(BlobCorrupt), store.open(blob_id, key) as reader:
            reader.read()
    path.write_bytes(original)
    assert store.read_all(blob_id, key, max_size=10**6) == data


def test_a_link_or_folder_in_place_of_a_blob_is_rejected(store: BlobStore, tmp_path: Path) -> None:
    blob_id, key = put(store, b"data")
    path = blob_path(store, blob_id)
    outside = tmp_path / "elsewhere"
    outside.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(outside)
    with pytest.raises(BlobCorrupt, match="link"):
        store.open(blob_id, key)
    path.unlink()
    path.mkdir()
    with pytest.raises(BlobCorrupt):
        store.open(blob_id, key)


@pytest.mark.parametrize(
    "bad_id",
    [
        "../../../etc/passwd",
        "../" + "0" * 29,
        "/" + "0" * 31,
        "0" * 31,
        "0" * 33,
        "0" * 32 + "\n",
        "A" * 32,
        "g" * 32,
        "0" * 30 + "/x",
        "0" * 31 + "\x00",
        "٠" * 32,  # Arabic-Indic digits match \d but not an id
        "",
        None,
        0,
        b"0" * 32,
    ],
)
def test_malformed_ids_never_reach_a_path(store: BlobStore, bad_id: object) -> None:
    put(store, b"x")
    before = files_under(store.folder)
    for call in (
        lambda: store.open(bad_id, bytes(32)),  # type: ignore[arg-type]
        lambda: store.read_all(bad_id, bytes(32), 10),  # type: ignore[arg-type]
        lambda: store.delete(bad_id),  # type: ignore[arg-type]
    ):
        with pytest.raises(InvalidInput):
            call()
    assert files_under(store.folder) == before


# --- atomicity -------------------------------------------------------------------------------


@pytest.mark.parametrize("space", [0, 1, HEADER_SIZE, 1000, CHUNK_SIZE + 40, 3 * CHUNK_SIZE])
def test_a_full_disk_leaves_no_blob_and_no_temp_file(store: BlobStore, space: int) -> None:
    kept, key = put(store, b"committed before")
    with (
        FailingDisk(store.folder, space=space) as disk,
        pytest.raises(DiskFull),
        store.writer() as writer,
    ):
        for _ in range(8):
            writer.write(secrets.token_bytes(CHUNK_SIZE))
    assert disk.triggered
    assert list(store.ids()) == [kept]
    assert files_under(store.folder) == [blob_path(store, kept)]
    assert store.read_all(kept, key, max_size=100) == b"committed before"


def test_a_full_disk_at_the_final_chunk_leaves_nothing(store: BlobStore) -> None:
    # Everything but the final chunk fits: the failure comes inside the commit.
    space = ciphertext_size(2 * CHUNK_SIZE) - 1
    with (
        FailingDisk(store.folder, space=space) as disk,
        pytest.raises(DiskFull),
        store.writer() as writer,
    ):
        writer.write(secrets.token_bytes(2 * CHUNK_SIZE))
    assert disk.triggered
    assert files_under(store.folder) == []


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        ({"fsync_error": errno.EIO}, OSError),
        ({"fsync_error": errno.ENOSPC}, DiskFull),
        ({"replace_error": errno.EIO}, OSError),
        ({"space": 100, "error": errno.EIO}, OSError),
    ],
)
def test_a_failing_device_leaves_nothing(
    store: BlobStore, failure: dict[str, int], expected: type[Exception]
) -> None:
    with (
        FailingDisk(store.folder, **failure) as disk,
        pytest.raises(expected) as caught,
        store.writer() as writer,
    ):
        writer.write(secrets.token_bytes(CHUNK_SIZE * 2))
    assert disk.triggered
    assert expected is DiskFull or not isinstance(caught.value, DiskFull)
    assert files_under(store.folder) == []
    assert list(store.ids()) == []


def test_an_exception_mid_write_leaves_nothing(store: BlobStore) -> None:
    class Crash(Exception):
        pass

    with pytest.raises(Crash), store.writer() as writer:
        writer.write(secrets.token_bytes(5 * CHUNK_SIZE))
        raise Crash
    assert files_under(store.folder) == []
    with pytest.raises(KeyboardInterrupt), store.writer() as writer:
        writer.write(b"partial")
        raise KeyboardInterrupt
    assert files_under(store.folder) == []


def test_a_killed_process_leaves_only_a_temp_file_that_clean_temp_removes(
    store: BlobStore,
) -> None:
    kept, key = put(store, b"committed before")
    script = textwrap.dedent(
        """
        import os, sys
        from pathlib import Path
        from humdoc.core.blobs import BlobStore
        writer = BlobStore(Path(sys.argv[1])).writer()
        writer.__enter__()
        writer.write(os.urandom(300_000))
        os._exit(9)  # as if killed: no cleanup, no commit
        """
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", script, str(store.folder)], env=env, check=False, timeout=60
    )
    assert done.returncode == 9
    leftovers = [p for p in files_under(store.folder) if p != blob_path(store, kept)]
    assert len(leftovers) == 1 and leftovers[0].name.startswith(".tmp-")
    assert list(store.ids()) == [kept]
    assert store.clean_temp() == 1
    assert files_under(store.folder) == [blob_path(store, kept)]
    assert store.read_all(kept, key, max_size=100) == b"committed before"


def test_clean_temp_removes_leftovers_in_every_shard_and_nothing_else(store: BlobStore) -> None:
    assert store.clean_temp() == 0  # no folder yet
    blob_id, _ = put(store, b"keep me")
    other = store.folder / "ab"
    other.mkdir(exist_ok=True)
    for folder in (store.folder, blob_path(store, blob_id).parent, other):
        safefs.temp_name(folder).write_bytes(b"half an attachment")
    assert store.clean_temp() == 3
    assert store.clean_temp() == 0
    assert files_under(store.folder) == [blob_path(store, blob_id)]


# --- memory ----------------------------------------------------------------------------------


def test_a_50_mb_blob_streams_through_in_bounded_memory(store: BlobStore) -> None:
    block = secrets.token_bytes(1024 * 1024)
    total = 50 * len(block)
    expected = hashlib.sha256()
    tracemalloc.start()
    try:
        with store.writer() as writer:
            for i in range(50):
                # Vary the content so a chunk-level mix-up could not go unnoticed.
                piece = i.to_bytes(4, "big") + block[4:]
                expected.update(piece)
                writer.write(piece)
        write_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        got = hashlib.sha256()
        read = 0
        with store.open(writer.blob_id, writer.key) as reader:
            while part := reader.read(1024 * 1024):
                got.update(part)
                read += len(part)
        read_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert read == total == writer.size
    assert got.hexdigest() == expected.hexdigest() == writer.sha256
    assert write_peak < 8 * 1024 * 1024, write_peak
    assert read_peak < 8 * 1024 * 1024, read_peak


def test_one_huge_write_call_is_fed_through_in_slices(store: BlobStore) -> None:
    data = bytes(40 * 1024 * 1024)
    tracemalloc.start()
    try:
        with store.writer() as writer:
            writer.write(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert writer.size == len(data)
    assert peak < 8 * 1024 * 1024, peak


# --- large attachments: ciphertext written around the page cache ----------------------------

LARGE = 3 * DIRECT_MIN + 12345


def direct_writes_allowed(folder: Path) -> bool:
    """Whether the filesystem under ``folder`` takes ``O_DIRECT`` writes (asked of the system)."""
    probe = folder / "direct-probe"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_DIRECT, 0o600)
    except OSError:
        return False
    try:
        with memoryview(mmap.mmap(-1, 4096)) as page:
            return os.write(fd, page) == 4096
    except OSError:
        return False
    finally:
        os.close(fd)
        probe.unlink()


def open_for_writing_under(folder: Path) -> list[int]:
    """The open-file flags of every descriptor of this process open on a file under ``folder``."""
    flags = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            if os.readlink(f"/proc/self/fd/{fd}").startswith(str(folder)):
                info = Path(f"/proc/self/fdinfo/{fd}").read_text()
                flags.append(int(info.split("flags:")[1].split()[0], 8))
    return flags


def test_a_large_attachment_goes_around_the_page_cache_and_reads_back(store: BlobStore) -> None:
    store.folder.mkdir(parents=True)
    allowed = direct_writes_allowed(store.folder)
    data = secrets.token_bytes(LARGE)
    rng = random.Random(7)
    seen: list[list[int]] = []
    buffer = bytearray(3 * 1024 * 1024)  # one reused buffer: write_behind's contract is kept
    with store.writer() as writer:
        pos = 0
        while pos < len(data):
            n = rng.choice([1, 4095, CHUNK_SIZE, CHUNK_SIZE + 1, 300_000, len(buffer)])
            piece = data[pos : pos + n]
            if rng.random() < 0.5:
                writer.write(piece)
            else:
                buffer[: len(piece)] = piece
                hashed = writer.write_behind(memoryview(buffer)[: len(piece)])
                if hashed is not None:
                    hashed.result()
                buffer[: len(piece)] = bytes(len(piece))  # the writer no longer reads it
            pos += len(piece)
            if pos > 2 * DIRECT_MIN + 2 * 1024 * 1024 and not seen:  # past what may be queued
                seen.append(open_for_writing_under(store.folder))
    assert writer.size == len(data)
    assert writer.sha256 == hashlib.sha256(data).hexdigest()
    assert blob_path(store, writer.blob_id).stat().st_size == ciphertext_size(len(data))
    assert store.read_all(writer.blob_id, writer.key, len(data)) == data
    ((flags,),) = seen  # one file open under the store: the attachment being written
    assert bool(flags & os.O_DIRECT) == allowed


def test_a_filesystem_that_refuses_direct_writes_gets_them_through_the_page_cache(
    store: BlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = os.write
    refused: list[int] = []

    def write(fd: int, data: Any) -> int:
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_DIRECT:
            refused.append(fd)
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    data = secrets.token_bytes(LARGE)
    blob_id, key = put(store, data)
    if direct_writes_allowed(store.folder):
        assert len(refused) == 1  # asked once, then never again for this attachment
    assert store.read_all(blob_id, key, len(data)) == data


@pytest.mark.parametrize("space", [DIRECT_MIN + 5000, 2 * DIRECT_MIN + 1, LARGE])
def test_a_full_disk_during_direct_writes_leaves_nothing(store: BlobStore, space: int) -> None:
    kept, key = put(store, b"committed before")
    with (
        FailingDisk(store.folder, space=space) as disk,
        pytest.raises(DiskFull),
        store.writer() as writer,
    ):
        for _ in range(LARGE // (1024 * 1024) + 1):
            writer.write(secrets.token_bytes(1024 * 1024))
    assert disk.triggered
    assert files_under(store.folder) == [blob_path(store, kept)]
    assert store.read_all(kept, key, max_size=100) == b"committed before"


# --- the failing-device double itself --------------------------------------------------------


def test_the_failing_disk_makes_atomic_writes_fail_cleanly(tmp_path: Path) -> None:
    target = tmp_path / "doc.json"
    target.write_bytes(b"old")
    with FailingDisk(tmp_path, space=10) as disk, pytest.raises(DiskFull):
        safefs.atomic_write(target, b"new content that does not fit")
    assert disk.triggered and disk.written == 10
    assert target.read_bytes() == b"old"
    assert files_under(tmp_path) == [target]
    with FailingDisk(tmp_path, replace_error=errno.EIO), pytest.raises(OSError):
        safefs.atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert files_under(tmp_path) == [target]


def test_the_failing_disk_spares_other_folders_and_restores_everything(tmp_path: Path) -> None:
    inside, outside = tmp_path / "inside", tmp_path / "outside"
    inside.mkdir()
    outside.mkdir()
    originals = (os.open, os.write, os.fsync, os.replace, os.rename, open)
    with FailingDisk(inside, space=0, fsync_error=errno.EIO, replace_error=errno.EIO) as disk:
        (outside / "a").write_text("fine")
        with open(outside / "b", "wb") as fh:
            fh.write(b"fine")
            os.fsync(fh.fileno())
        os.replace(outside / "b", outside / "c")
        with pytest.raises(OSError) as full:
            (inside / "x").write_bytes(b"no room")
        assert full.value.errno == errno.ENOSPC
        fd = os.open(inside / "y", os.O_WRONLY | os.O_CREAT, 0o600)
        with pytest.raises(OSError):
            os.write(fd, b"no room")
        with pytest.raises(OSError):
            os.fsync(fd)
        os.close(fd)
        with pytest.raises(OSError):
            os.replace(inside / "y", inside / "z")
    assert disk.failures == 4
    assert (os.open, os.write, os.fsync, os.replace, os.rename, open) == originals
    (inside / "x").write_bytes(b"room again")
    assert (inside / "x").read_bytes() == b"room again"
    assert (outside / "c").read_bytes() == b"fine"


# --- attachments synced together (group commit) ----------------------------------------------


def test_deferred_attachments_exist_only_once_made_durable(store: BlobStore) -> None:
    writers = [store.writer(durable=False) for _ in range(20)]
    for n, writer in enumerate(writers):
        with writer:
            writer.write(f"photo {n}".encode() * 1000)
        assert not writer.durable
    assert list(store.ids()) == []  # complete, but only under temporary names
    assert len(files_under(store.folder)) == 20
    dropped = writers.pop()
    dropped.abort()
    store.make_durable(writers)
    assert all(w.durable for w in writers)
    assert sorted(store.ids()) == sorted(w.blob_id for w in writers)
    assert len(files_under(store.folder)) == 19  # the aborted one left nothing
    for n, writer in enumerate(writers):
        assert writer.sha256 == hashlib.sha256(f"photo {n}".encode() * 1000).hexdigest()
        assert store.read_all(writer.blob_id, writer.key, 10**6) == f"photo {n}".encode() * 1000


@pytest.mark.parametrize(
    ("failure", "expected"),
    [({"fsync_error": errno.ENOSPC}, DiskFull), ({"replace_error": errno.EIO}, OSError)],
)
def test_a_failing_device_while_making_durable_leaves_nothing(
    store: BlobStore, failure: dict[str, int], expected: type[Exception]
) -> None:
    with FailingDisk(store.folder, **failure) as disk:
        writers = [store.writer(durable=False) for _ in range(5)]
        for writer in writers:  # writing succeeds; syncing or renaming fails
            with writer:
                writer.write(secrets.token_bytes(CHUNK_SIZE))
        with pytest.raises(expected):
            store.make_durable(writers)
    assert disk.triggered
    assert [w for w in writers if w.durable] == []
    assert files_under(store.folder) == []


def test_folders_made_for_a_batch_are_synced_with_it_or_by_the_next_durable_writer(
    tmp_path: Path,
) -> None:
    store = BlobStore(tmp_path / "blobs")
    writers = [store.writer(durable=False) for _ in range(3)]
    for w in writers:
        with w:
            w.write(b"photo")
    made = {tmp_path / "blobs"} | {tmp_path / "blobs" / w.blob_id[:2] for w in writers}
    assert made <= blobs._unsynced_folders  # not synced one by one as they were made
    store.make_durable(writers)
    assert not made & blobs._unsynced_folders
    assert all(store.read_all(w.blob_id, w.key, 100) == b"photo" for w in writers)

    # A batch given up before its sync leaves its folders pending; a durable writer in one of
    # them syncs it before it reports itself durable.
    for _ in range(64):
        dropped = store.writer(durable=False)
        with dropped:
            dropped.write(b"x")
        dropped.abort()
    pending = {f for f in blobs._unsynced_folders if f.parent == tmp_path / "blobs"}
    assert pending
    while True:
        with store.writer() as w:
            w.write(b"y")
        folder = tmp_path / "blobs" / w.blob_id[:2]
        if folder in pending:
            break
    assert folder not in blobs._unsynced_folders
