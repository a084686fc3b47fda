"""Encrypted attachments on disk: ``<vault>/blobs/xx/<id>``, one random key per file.

An id is 32 random lowercase hex digits, never derived from the content, and ``xx`` is its first two.
Each file is a ``humdoc.core.crypto.stream`` ciphertext bound to its id; its key lives only in the
database row that names it. Plaintext never reaches the disk: a writer encrypts as it goes into a
temporary file beside the final one, and renames it into place only once it is complete and synced,
so a crash at any instant leaves either no attachment or a whole one (plus, at worst, a temporary
file that ``clean_temp`` removes). Memory stays bounded by a few chunks whatever the file size.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import mmap
import os
import re
import secrets
import stat
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any

from humdoc.core.crypto.random_access import RandomAccessReader
from humdoc.core.crypto.stream import (
    CHUNK_SIZE,
    BytesLike,
    DecryptingReader,
    StreamEncryptor,
    new_file_key,
    plaintext_size,
    wipe,
)
from humdoc.core.errors import BlobCorrupt, InvalidInput
from humdoc.core.safefs import (
    clean_temp_files,
    create_new,
    fsync_dir,
    make_private_dir,
    open_in_place,
    put_in_place,
    raise_if_full,
    temp_name,
)

_ID_PATTERN = re.compile(r"[0-9a-f]{32}")
_SHARD_PATTERN = re.compile(r"[0-9a-f]{2}")
# Large writes are fed through in slices so a single huge ``write`` never doubles in memory.
_WRITE_SLICE = 16 * CHUNK_SIZE
#: A piece this large is hashed on another thread while this one seals and writes it: SHA-256
#: releases the GIL on large buffers, so hashing and encryption use two cores.
_PARALLEL_HASH_MIN = 256 * 1024
#: Ciphertext buffers a writer fills in turn: the write thread may be this many slices behind.
_OUT_BUFFERS = 8
#: Once this much of an attachment is sealed, its ciphertext goes to the disk around the page
#: cache (``O_DIRECT``, where the system and filesystem allow it): copying gigabytes into the
#: page cache and writing them back later costs more CPU than the encryption, and the
#: ciphertext is not read again soon. Smaller attachments (photos) are written as before.
DIRECT_MIN = 8 * 1024 * 1024
#: Offsets, lengths and memory of a direct write are multiples of this (a page: enough for every
#: common device's logical block).
_ALIGN = 4096
_O_DIRECT: int = getattr(os, "O_DIRECT", 0)
_pools: dict[str, tuple[int, ThreadPoolExecutor]] = {}
_pools_lock = threading.Lock()


def _pool(name: str, workers: int) -> ThreadPoolExecutor:
    """This process's pool called ``name`` (made again in a forked child, which has none of its
    threads)."""
    with _pools_lock:
        held = _pools.get(name)
        if held is None or held[0] != os.getpid():
            pool = ThreadPoolExecutor(workers, thread_name_prefix=f"humdoc-{name}")
            held = _pools[name] = (os.getpid(), pool)
        return held[1]


def write_pool() -> ThreadPoolExecutor:
    """The one thread that writes attachments' ciphertext while their writers seal more; jobs
    run in the order they were queued."""
    return _pool("write", 1)


def hash_pool() -> ThreadPoolExecutor:
    """Two threads for hashing large buffers beside other work. A task must not wait on another
    task of the pool."""
    return _pool("sha256", 2)


def sync_pool() -> ThreadPoolExecutor:
    """The one thread that makes batches of attachments durable (``BlobStore.make_durable``)
    while the next ones are written: an import's batches and a receipt's spooled files."""
    return _pool("sync", 1)


class InOrder:
    """Jobs run one at a time, in the order they were submitted, on ``hash_pool``'s threads.

    For a running hash fed piece by piece from another thread: ``submit`` returns at once, and
    the pool's two threads can serve two such queues (the original's hash and a copy's) at the
    same time. No job waits on another, so none can hold a pool thread hostage.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: deque[tuple[Future[None], Callable[..., object], tuple[Any, ...]]] = deque()
        self._running = False

    def submit(self, fn: Callable[..., object], *args: Any) -> Future[None]:
        """Queue ``fn(*args)``; the future is done when it has run (with its exception, if any)."""
        done: Future[None] = Future()
        with self._lock:
            self._queue.append((done, fn, args))
            if self._running:
                return done
            self._running = True
        hash_pool().submit(self._run)
        return done

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    self._running = False
                    return
                done, fn, args = self._queue.popleft()
            if done.set_running_or_notify_cancel():
                try:
                    fn(*args)
                except BaseException as exc:
                    done.set_exception(exc)
                else:
                    done.set_result(None)


#: Folders made for writers not yet durable whose own entries are not synced yet: the batch
#: that made them syncs their parents in ``make_durable`` (a durable writer does it at once).
_unsynced_folders: set[Path] = set()
_unsynced_lock = threading.Lock()

_WHAT = "an attachment"
_ERASE_SLICE = 1024 * 1024  # each slice is written and synced before the next
# Syncs in flight at once in ``make_durable``: enough for the journal to commit them together.
_SYNC_THREADS = 16


def check_blob_id(blob_id: object) -> str:
    """Return ``blob_id`` if it is 32 lowercase hex digits; raise ``InvalidInput`` otherwise.

    Nothing else can name a file, so ``..``, separators, NULs and look-alike digits never reach a path.
    """
    if not isinstance(blob_id, str) or not _ID_PATTERN.fullmatch(blob_id):
        raise InvalidInput(f"Not an attachment id: {blob_id!r}.")
    return blob_id


class BlobWriter:
    """Encrypt one new attachment into the store; use it as a context manager.

    ``write`` streams plaintext through SHA-256 and the encryptor into a temporary file. A clean
    exit from the ``with`` block flushes, fsyncs, renames the file to its final name and fsyncs the
    folder; then ``blob_id``, ``key``, ``size`` and ``sha256`` describe it. An exception in the block,
    or ``abort()``, removes the temporary file and no attachment exists. A full disk raises
    ``DiskFull`` (and likewise leaves nothing). The four properties raise ``RuntimeError`` unless
    the attachment was committed.

    The attachment is durable when the block exits; record it in the database only after that, so a
    row never names a file that a crash could lose (the reverse, a file without a row, is an orphan
    that ``BlobStore.ids`` lets a cleanup find).

    A writer made with ``durable=False`` stops short of that: a clean exit writes the last chunk
    and leaves the complete file open under its temporary name, not synced. ``BlobStore.make_durable``
    then syncs many such writers at once (the disk's journal commits their syncs together) and
    puts them in place; ``abort()`` still discards one until then. The four properties can be read
    as soon as the block has exited.
    """

    def __init__(self, root: Path, durable: bool = True) -> None:
        self._root = root
        self._durable = durable
        self._state = "new"
        self._fd: int | None = None
        self._tmp: Path | None = None
        self._id = ""
        self._key = bytearray()
        self._encryptor: StreamEncryptor | None = None
        self._hash = hashlib.sha256()
        self._hashing = InOrder()
        self._hashed: Future[None] | None = None  # the last piece queued for hashing
        self._hash_failed = False
        self._size = 0
        # Ciphertext, in buffers reused in turn from one slice to the next (see ``_seal_out``).
        self._outs: list[bytearray | mmap.mmap | None] = [None] * _OUT_BUFFERS
        self._turn = 0
        self._writing: list[Future[None] | None] = [None] * _OUT_BUFFERS
        self._sealed = 0  # plaintext given to the encryptor so far
        # Page-aligned mode (large attachments): ciphertext is written in whole pages, at page
        # offsets; what is left of a page waits in ``_carry`` for the next slice.
        self._aligned = False
        self._carry = b""
        self._offset = 0  # where the next queued write starts in the file
        # O_DIRECT: may be tried (False once the filesystem refused it); is set on the file now.
        self._can_direct = bool(_O_DIRECT)
        self._direct_on = False

    # --- the result -------------------------------------------------------------------------

    def _committed(self) -> None:
        if self._state not in ("committed", "written"):
            raise RuntimeError("the attachment has not been stored")

    @property
    def durable(self) -> bool:
        """True once the attachment is synced and in place under its id."""
        return self._state == "committed"

    @property
    def blob_id(self) -> str:
        """The new attachment's id (32 lowercase hex digits)."""
        self._committed()
        return self._id

    @property
    def key(self) -> bytes:
        """The attachment's random 32-byte file key, to be kept in its database row."""
        self._committed()
        return bytes(self._key)

    @property
    def size(self) -> int:
        """How many plaintext bytes were written."""
        self._committed()
        return self._size

    @property
    def sha256(self) -> str:
        """SHA-256 of the plaintext, as lowercase hex."""
        self._committed()
        return self._hash.hexdigest()

    # --- writing ----------------------------------------------------------------------------

    def __enter__(self) -> BlobWriter:
        if self._state != "new":
            raise RuntimeError("a BlobWriter can be entered once")
        self._state = "open"
        self._id = secrets.token_hex(16)
        folder = self._root / self._id[:2]
        try:
            self._make_folders(folder)
            self._tmp = temp_name(folder)
            self._fd = create_new(self._tmp, 0o600)
            self._key = new_file_key()
            self._encryptor = StreamEncryptor(self._key, self._id)
        except OSError as exc:
            self.abort()
            raise_if_full(exc, _WHAT)
            raise
        except BaseException:
            self.abort()
            raise
        return self

    def _make_folders(self, folder: Path) -> None:
        for path in (self._root, folder):
            if not path.is_dir():
                make_private_dir(path)
                # A new folder's own entry must be durable before a file in it can be: synced
                # now, or, for a writer that is not durable yet, with its batch in
                # ``make_durable`` (one sync of the parent for all the batch's new folders).
                if self._durable:
                    fsync_dir(path.parent)
                else:
                    with _unsynced_lock:
                        _unsynced_folders.add(path)
            elif self._durable and path in _unsynced_folders:
                # Made by a writer whose batch has not synced it yet: this one cannot wait.
                fsync_dir(path.parent)
                with _unsynced_lock:
                    _unsynced_folders.discard(path)

    def _out_buffer(self, turn: int, size: int) -> bytearray | mmap.mmap:
        """Output buffer ``turn``, at least ``size`` bytes: page-aligned memory (``mmap``) in
        page-aligned mode, which direct writes need, else a ``bytearray``."""
        buffer = self._outs[turn]
        if self._aligned:
            if not isinstance(buffer, mmap.mmap) or len(buffer) < size:
                buffer = mmap.mmap(-1, -(-(size + _ALIGN) // _ALIGN) * _ALIGN)
        elif buffer is None:
            buffer = bytearray(size)
        elif len(buffer) < size:
            assert isinstance(buffer, bytearray)
            buffer.extend(bytes(size - len(buffer)))
        self._outs[turn] = buffer
        return buffer

    def _seal_out(self, piece: memoryview) -> None:
        """Encrypt ``piece`` into one of this writer's output buffers and write what it sealed:
        a large piece on the write thread, so the disk takes it while this thread seals the next
        (a buffer is reused only once its write is done; the thread writes in order). An error
        of that write is raised by a later call (``OSError``).

        In page-aligned mode every piece is queued, and only whole pages of ciphertext are
        written; the rest of a page is carried to the front of the next buffer (and to the
        final write)."""
        assert self._encryptor is not None
        if not self._aligned and self._can_direct and self._sealed >= DIRECT_MIN:
            self._aligned = True
        self._sealed += len(piece)
        sealed = self._encryptor.sealed_size(len(piece))
        if not sealed:
            self._encryptor.update_into(piece, bytearray())  # buffered until more comes
            return
        carry = self._carry
        size = len(carry) + sealed
        turn = self._turn
        self._turn = (turn + 1) % (_OUT_BUFFERS if self._aligned else 2)
        self._wait_write(turn)
        out = self._out_buffer(turn, size)
        view = memoryview(out)
        view[: len(carry)] = carry
        self._encryptor.update_into(piece, view[len(carry) : size])
        n = size
        if self._aligned:
            n = max(0, (self._offset + size) // _ALIGN * _ALIGN - self._offset)
            self._carry = bytes(view[n:size])
        view.release()
        offset, self._offset = self._offset, self._offset + n
        if n >= _PARALLEL_HASH_MIN or (self._aligned and n):
            self._writing[turn] = write_pool().submit(self._write_buffer, out, n, offset)
        elif n:
            self._drain()  # what is queued goes first
            self._write_buffer(out, n, offset)

    def _write_buffer(self, buffer: bytearray | mmap.mmap, n: int, offset: int) -> None:
        """Write the first ``n`` bytes of ``buffer``, which go at ``offset`` in the file: around
        the page cache if all three are page-aligned and the filesystem allows it."""
        direct = isinstance(buffer, mmap.mmap) and not (offset % _ALIGN or n % _ALIGN)
        with memoryview(buffer) as out:
            self._write_out(out[:n], direct)

    def _wait_write(self, turn: int) -> None:
        pending, self._writing[turn] = self._writing[turn], None
        if pending is not None:
            pending.result()

    def _drain(self) -> None:
        """Wait for every queued write; raises the first one's error."""
        first: BaseException | None = None
        for i in range(_OUT_BUFFERS):  # from the oldest slot on
            try:
                self._wait_write((self._turn + i) % _OUT_BUFFERS)
            except BaseException as exc:
                first = first or exc
        if first is not None:
            raise first

    def _set_direct(self, on: bool) -> None:
        """Turn ``O_DIRECT`` on or off for the file; a filesystem that refuses it is not asked
        again (``_can_direct``)."""
        import fcntl  # only reached where os.O_DIRECT exists (Linux and the like)

        assert self._fd is not None
        flags = fcntl.fcntl(self._fd, fcntl.F_GETFL)
        try:
            fcntl.fcntl(self._fd, fcntl.F_SETFL, flags | _O_DIRECT if on else flags & ~_O_DIRECT)
        except OSError:
            if not on:
                raise
            self._can_direct = False
            return
        self._direct_on = on

    def _write_out(self, data: bytes | bytearray | memoryview, direct: bool = False) -> None:
        assert self._fd is not None
        if direct and self._can_direct and not self._direct_on:
            self._set_direct(True)
        elif not direct and self._direct_on:
            self._set_direct(False)
        with memoryview(data) as view:
            done = 0
            while done < len(view):
                try:
                    written = os.write(self._fd, view[done:])
                except OSError as exc:
                    # A filesystem may take the flag and still refuse a direct write (its
                    # blocks are larger than a page, say): the rest goes through the page cache.
                    if exc.errno != errno.EINVAL or not self._direct_on:
                        raise
                    self._set_direct(False)
                    self._can_direct = False
                    continue
                if written <= 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                done += written

    def _hash_piece(self, view: memoryview) -> None:
        """Hash ``view`` into the attachment's SHA-256, then let go of it."""
        try:
            self._hash.update(view)
        except BaseException:
            self._hash_failed = True
            raise
        finally:
            view.release()

    def _wait_hashes(self) -> None:
        if self._hashed is not None:
            self._hashed.result()
        if self._hash_failed:
            raise RuntimeError("an attachment's hash could not be computed")

    def write(self, data: BytesLike) -> int:
        """Add ``data`` to the attachment and return its length in bytes.

        Raises ``DiskFull`` if and only if the disk filled up (the attachment is then discarded);
        ``ValueError`` outside the ``with`` block or after ``abort()``.
        """
        hashed = self.write_behind(data)
        if hashed is not None:
            hashed.result()  # the data is the caller's again only after this
        return len(data) if not isinstance(data, memoryview) else data.nbytes

    def write_behind(self, data: BytesLike) -> Future[None] | None:
        """``write``, but ``data`` may still be being hashed on another thread when this returns
        (its ciphertext is sealed by then): the caller must not change ``data`` until the future
        returned is done; None if it was hashed already. For a caller that reads the next piece
        into another buffer meanwhile.

        Raises what ``write`` raises (then nothing reads ``data`` any more).
        """
        if self._state != "open" or self._encryptor is None:
            raise ValueError("write to an attachment that is not open")
        raw = memoryview(data)
        view = raw.cast("B")
        raw.release()
        hashed = None
        try:
            if len(view) >= _PARALLEL_HASH_MIN or (
                self._hashed is not None and not self._hashed.done()
            ):
                # A view of its own, which the hashing thread releases when it is done.
                hashed = self._hashed = self._hashing.submit(self._hash_piece, view[:])
            else:
                self._hash.update(view)
            for start in range(0, len(view), _WRITE_SLICE):
                self._seal_out(view[start : start + _WRITE_SLICE])
            self._size += len(view)
        except OSError as exc:
            if hashed is not None:
                with contextlib.suppress(BaseException):
                    hashed.result()
            self.abort()
            raise_if_full(exc, _WHAT)
            raise
        except BaseException:
            if hashed is not None:
                with contextlib.suppress(BaseException):
                    hashed.result()
            raise
        finally:
            view.release()
        return hashed

    def abort(self) -> None:
        """Discard the attachment: remove the temporary file and wipe the key. Idempotent; also
        discards a complete attachment of a ``durable=False`` writer not yet made durable."""
        if self._state == "committed":
            raise RuntimeError("the attachment is already stored; delete it instead")
        self._state = "aborted"
        self._encryptor = None
        if self._hashed is not None:  # nothing may still read the caller's data
            with contextlib.suppress(BaseException):
                self._hashed.result()
        with contextlib.suppress(Exception):  # no queued write may outlive the descriptor
            self._drain()
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self._tmp.unlink(missing_ok=True)
            self._tmp = None
        wipe(self._key)

    def _commit(self) -> None:
        assert self._encryptor is not None and self._fd is not None and self._tmp is not None
        if not self._durable:
            try:
                self._wait_hashes()
                self._drain()
                self._write_out(self._carry + self._encryptor.finish())
            except OSError as exc:
                self.abort()
                raise_if_full(exc, _WHAT)
                raise
            self._encryptor = None
            self._state = "written"
            return
        self._sync_file()
        self._put_in_place()
        fsync_dir(self._root / self._id[:2])

    def _sync_file(self) -> None:
        """Write what is left, fsync and close the temporary file (aborting on any failure)."""
        assert self._fd is not None
        try:
            self._wait_hashes()
            self._drain()
            if self._encryptor is not None:
                self._write_out(self._carry + self._encryptor.finish())
                self._encryptor = None
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None
        except OSError as exc:
            self.abort()
            raise_if_full(exc, _WHAT)
            raise
        except BaseException:
            self.abort()
            raise

    def _put_in_place(self) -> None:
        """Rename the synced temporary file to its id; the caller fsyncs the folder."""
        assert self._tmp is not None
        try:
            # 128 random bits: an existing file of the same name is not a case worth a check.
            put_in_place(self._tmp, self._tmp.parent / self._id)
        except BaseException:
            self.abort()
            raise
        self._tmp = None
        self._state = "committed"

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            if self._state != "committed":
                self.abort()
            return
        if self._state == "open":
            self._commit()


#: What ``set_decrypt_hook`` installed: called with the blob id before every decryption.
_decrypt_hook: Callable[[str], None] | None = None


def set_decrypt_hook(hook: Callable[[str], None] | None) -> Callable[[str], None] | None:
    """Have ``hook(blob_id)`` called, on the decrypting thread, before any attachment is opened
    for decryption (``BlobStore.open``, ``BlobStore.read_all``); None removes it. Returns the
    hook it replaces.

    For checks a shell makes of itself: the GUI's tests install one that fails when an
    attachment is decrypted on the GUI thread, where a 256 MiB original would freeze the window.
    """
    global _decrypt_hook
    previous, _decrypt_hook = _decrypt_hook, hook
    return previous


class BlobStore:
    """The encrypted attachments of one vault, kept in ``folder`` (the vault's ``blobs/``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, blob_id: str) -> Path:
        check_blob_id(blob_id)
        return self.folder / blob_id[:2] / blob_id

    def writer(self, durable: bool = True) -> BlobWriter:
        """A new ``BlobWriter``; nothing touches the disk until its ``with`` block is entered.

        With ``durable=False`` the attachment exists only once ``make_durable`` is given it.
        """
        return BlobWriter(self.folder, durable)

    def make_durable(self, writers: Sequence[BlobWriter]) -> None:
        """Sync the complete attachments of ``durable=False`` writers and put them in place: on
        return each is durable under its id and may be recorded in the database.

        The files are synced from several threads at once, which lets the filesystem commit
        their syncs in one journal transaction, then renamed, then each folder is synced once
        (with the store's folder too, for the folders that the writers made).
        Raises ``DiskFull`` or ``OSError`` if a sync fails; the writers not yet in place are then
        aborted and the caller deletes the others (``BlobWriter.durable`` tells which).
        """
        pending = [w for w in writers if not w.durable]
        if not pending:
            return
        try:
            with ThreadPoolExecutor(max_workers=min(_SYNC_THREADS, len(pending))) as pool:
                list(pool.map(BlobWriter._sync_file, pending))
                for w in pending:
                    w._put_in_place()
                shards = {self.folder / w.blob_id[:2] for w in pending}
                with _unsynced_lock:
                    new = {f for f in _unsynced_folders if f in shards or f == self.folder}
                    _unsynced_folders.difference_update(new)
                try:
                    list(pool.map(fsync_dir, sorted(shards | {f.parent for f in new})))
                except BaseException:
                    with _unsynced_lock:
                        _unsynced_folders.update(new)
                    raise
        except BaseException:
            for w in pending:
                if not w.durable:
                    w.abort()
            raise

    def _open_file(self, blob_id: str) -> tuple[int, int]:
        """Open the attachment's file read-only; return its descriptor and size."""
        path = self._path(blob_id)
        if _decrypt_hook is not None:
            _decrypt_hook(blob_id)
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(path, flags)
        except FileNotFoundError:
            raise BlobCorrupt(f"Attachment {blob_id} is missing from the vault.") from None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise BlobCorrupt(f"Attachment {blob_id} was replaced by a link.") from None
            raise
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            raise BlobCorrupt(f"Attachment {blob_id} is not a regular file.")
        return fd, info.st_size

    def open(self, blob_id: str, key: BytesLike) -> DecryptingReader:
        """Open an attachment for reading its plaintext as a stream (use as a context manager).

        Raises ``InvalidInput`` if ``blob_id`` is not a well-formed id, ``BlobCorrupt`` if the file
        is missing, not a regular file, or fails authentication (at once for a wrong key, id or
        header; during reading for later damage). Read to EOF before trusting completeness: see
        ``DecryptingReader``.
        """
        fd, _ = self._open_file(blob_id)
        # Unbuffered: the reader already reads whole chunks, a buffer would only copy them again.
        return DecryptingReader(os.fdopen(fd, "rb", buffering=0), key, blob_id)

    def open_random(self, blob_id: str, key: BytesLike) -> RandomAccessReader:
        """Open an attachment for reading any range of its plaintext (see ``RandomAccessReader``).

        Raises what ``open`` raises; the final chunk is authenticated at once, so the size the
        reader reports is the attachment's whole size.
        """
        fd, _ = self._open_file(blob_id)
        return RandomAccessReader(os.fdopen(fd, "rb", buffering=0), key, blob_id)

    def read_all(self, blob_id: str, key: BytesLike, max_size: int) -> bytes:
        """Return the whole plaintext of a small attachment (an image, say), fully authenticated.

        Raises ``InvalidInput`` if and only if the plaintext is larger than ``max_size`` bytes
        (checked from the file size before decrypting, and again while reading), ``BlobCorrupt``
        if the plaintext read is not exactly the length the file's size promised, and otherwise
        what ``open`` raises.
        """
        fd, size = self._open_file(blob_id)
        source = os.fdopen(fd, "rb", buffering=0)
        try:
            claimed = plaintext_size(size)
        except BlobCorrupt:
            source.close()
            raise BlobCorrupt(f"Attachment {blob_id} is damaged (impossible size).") from None
        if claimed > max_size:
            source.close()
            raise _too_large(blob_id, claimed, max_size)
        parts: list[bytes] = []
        total = 0
        with DecryptingReader(source, key, blob_id) as reader:
            while chunk := reader.read(CHUNK_SIZE):
                total += len(chunk)
                if total > max_size:
                    raise _too_large(blob_id, total, max_size)
                parts.append(chunk)
        if total != claimed:  # the file changed under us: what was read is not what was sized
            raise BlobCorrupt(
                f"Attachment {blob_id} changed size while it was read ({total} of {claimed} bytes)."
            )
        return b"".join(parts)

    def delete(self, blob_id: str) -> None:
        """Remove an attachment durably; a missing one is not an error.

        Delete the database row first and the file after, so a crash in between leaves an orphan
        file (found through ``ids``), never a row without its file.
        """
        path = self._path(blob_id)
        path.unlink(missing_ok=True)
        fsync_dir(path.parent)

    def erase(self, blob_id: str) -> None:
        """Crypto-erase an attachment: overwrite its ciphertext in place with random bytes, then
        remove it durably; a missing one is not an error.

        Its file key lives only in its database row (under ``secure_delete``): delete the row
        first, in a committed transaction, and the plaintext is unrecoverable whatever happens
        here. The overwrite also takes the ciphertext off the file's own blocks where the
        filesystem overwrites in place (see ``safefs.InPlaceFile``); a crash in between leaves
        an orphan file that the next unlock sweeps.
        """
        path = self._path(blob_id)
        try:
            with open_in_place(path) as fh:
                size = fh.size()
                for offset in range(0, size, _ERASE_SLICE):
                    fh.write_at(offset, secrets.token_bytes(min(_ERASE_SLICE, size - offset)))
        except FileNotFoundError:
            return
        self.delete(blob_id)

    def _shards(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        with os.scandir(self.folder) as entries:
            return sorted(
                Path(entry.path)
                for entry in entries
                if _SHARD_PATTERN.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False)
            )

    def ids(self) -> Iterator[str]:
        """Yield the id of every stored attachment (regular files named by a valid id), sorted.

        Meant for finding orphans: ids with no database row. Temporary files are not listed.
        """
        for shard in self._shards():
            with os.scandir(shard) as entries:
                names = sorted(
                    entry.name
                    for entry in entries
                    if _ID_PATTERN.fullmatch(entry.name)
                    and entry.name[:2] == shard.name
                    and entry.is_file(follow_symlinks=False)
                )
            yield from names

    def clean_temp(self) -> int:
        """Remove temporary files a crashed writer left behind; return how many.

        Call it when no writer of this store is active (when the vault is unlocked), since it
        cannot tell an abandoned temporary file from one being written.
        """
        count = clean_temp_files(self.folder) if self.folder.is_dir() else 0
        return count + sum(clean_temp_files(shard) for shard in self._shards())


def _too_large(blob_id: str, size: int, limit: int) -> InvalidInput:
    return InvalidInput(
        f"Attachment {blob_id} is too large to open here ({size} bytes; the limit is {limit})."
    )
