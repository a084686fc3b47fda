"""A bundle spool inside the vault: received files go straight into encrypted blobs.

By default each spooled file is durable (synced, in place under its id) as soon as it is
committed. A batched spool (``VaultSpool(store, batched=True)``, a centre's receipt) leaves
them complete but not yet synced, under temporary names, and syncs them a batch at a time on
the attachments' sync thread (``blobs.sync_pool``) while the next files are spooled: one sync barrier per batch, not two
syncs per file. ``settle`` makes every file committed so far durable; a receipt calls it before
the transaction that names them commits, so a row never names a file a crash could lose.
"""

from __future__ import annotations

import contextlib
import threading
from concurrent.futures import Future
from contextlib import AbstractContextManager
from typing import BinaryIO, cast

from humdoc.core.blobs import BlobStore, BlobWriter, sync_pool
from humdoc.core.errors import HumdocError

#: A batched spool syncs its files this many at a time, or this many bytes of them, whichever
#: comes first (at most two batches' files are open at once: one being filled, one syncing).
SYNC_FILES = 64
SYNC_BYTES = 64 * 1024 * 1024


class _BlobSpoolWriter:
    def __init__(self, spool: VaultSpool) -> None:
        self._spool = spool
        self._writer: BlobWriter = spool.store.writer(durable=not spool.batched)
        self._writer.__enter__()

    def write(self, data: bytes) -> int:
        return self._writer.write(data)

    def commit(self) -> object:
        self._writer.__exit__(None, None, None)
        handle = (self._writer.blob_id, bytes(self._writer.key))
        if not self._writer.durable:
            self._spool._written(self._writer)
        return handle

    def abort(self) -> None:
        self._spool._drop(self._writer)


class VaultSpool:
    """Spools each received file into a new encrypted blob (plaintext never touches the disk).

    Blobs that end up adopted by an imported media item stay; the rest are discarded. A crash
    leaves only unreferenced blobs (or, from a batched spool, temporary files), which the next
    unlock sweeps away.

    With ``batched``, a committed file is durable only once ``settle`` returns (or its batch
    was synced on the spool's thread); ``open`` settles first if the file is not yet, and
    ``discard`` of a file not yet synced drops it without syncing it. A failed sync raises its
    ``DiskFull`` or ``OSError`` from the ``commit``, ``settle`` or ``open`` that waits for it;
    the files of that batch are then gone.
    """

    def __init__(self, store: BlobStore, batched: bool = False) -> None:
        self.store = store
        self.batched = batched
        self._lock = threading.RLock()
        self._pending: list[BlobWriter] = []  # written, not yet handed to the sync thread
        self._pending_bytes = 0
        self._syncing: tuple[dict[str, BlobWriter], Future[None]] | None = None
        self._unsettled: dict[str, BlobWriter] = {}  # blob id -> its writer, until synced

    def create(self) -> _BlobSpoolWriter:
        return _BlobSpoolWriter(self)

    def open(self, handle: object) -> AbstractContextManager[BinaryIO]:
        blob_id, key = cast(tuple[str, bytes], handle)
        with self._lock:
            if blob_id in self._unsettled:
                self.settle()
        return cast(AbstractContextManager[BinaryIO], self.store.open(blob_id, key))

    def discard(self, handle: object) -> None:
        blob_id, _key = cast(tuple[str, bytes], handle)
        with self._lock:
            writer = self._unsettled.get(blob_id)
            if writer is not None and writer in self._pending:
                self._drop(writer)  # never synced: its temporary file goes
                return
            if writer is not None:  # in the batch being synced: wait for it, then delete
                with contextlib.suppress(OSError, HumdocError):
                    self._finish_sync()
        with contextlib.suppress(OSError, HumdocError):  # else an orphan the next unlock sweeps
            self.store.delete(blob_id)

    def settle(self) -> None:
        """Make every file committed so far durable under its id (a no-op unless batched).

        Raises ``DiskFull`` or ``OSError`` if a sync failed; the files of the failed batch are
        then gone (their handles name nothing; discarding them is harmless)."""
        with self._lock:
            self._start_sync()
            self._finish_sync()

    def _written(self, writer: BlobWriter) -> None:
        """A batched writer's file is complete: sync it with its batch. If the batch before
        failed to sync, its error is raised and this file is dropped too."""
        with self._lock:
            self._unsettled[writer.blob_id] = writer
            self._pending.append(writer)
            self._pending_bytes += writer.size
            if len(self._pending) >= SYNC_FILES or self._pending_bytes >= SYNC_BYTES:
                try:
                    self._start_sync()
                except BaseException:
                    self._drop(writer)
                    raise

    def _drop(self, writer: BlobWriter) -> None:
        """Discard a writer's file that was never synced (or is still being written)."""
        with self._lock:
            if writer in self._pending:
                self._pending.remove(writer)
                self._pending_bytes -= writer.size
                self._unsettled.pop(writer.blob_id, None)
        writer.abort()

    def _start_sync(self) -> None:
        """Hand the pending files to the sync thread, once the batch before is synced."""
        self._finish_sync()
        batch, self._pending, self._pending_bytes = self._pending, [], 0
        if batch:
            synced = sync_pool().submit(self.store.make_durable, batch)
            self._syncing = ({w.blob_id: w for w in batch}, synced)

    def _finish_sync(self) -> None:
        """Wait for the batch being synced; on failure, delete what of it was put in place."""
        syncing, self._syncing = self._syncing, None
        if syncing is None:
            return
        batch, synced = syncing
        try:
            synced.result()
        except BaseException:
            for blob_id, writer in batch.items():  # make_durable aborted those not in place
                if writer.durable:
                    with contextlib.suppress(OSError, HumdocError):
                        self.store.delete(blob_id)
            raise
        finally:
            for blob_id in batch:
                self._unsettled.pop(blob_id, None)
