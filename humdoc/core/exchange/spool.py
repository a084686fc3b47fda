"""A bundle spool inside the vault: received files go straight into encrypted blobs."""

from __future__ import annotations

import contextlib
from contextlib import AbstractContextManager
from typing import BinaryIO, cast

from humdoc.core.blobs import BlobStore, BlobWriter
from humdoc.core.errors import HumdocError


class _BlobSpoolWriter:
    def __init__(self, store: BlobStore) -> None:
        self._writer: BlobWriter = store.writer()
        self._writer.__enter__()

    def write(self, data: bytes) -> int:
        return self._writer.write(data)

    def commit(self) -> object:
        self._writer.__exit__(None, None, None)
        return (self._writer.blob_id, bytes(self._writer.key))

    def abort(self) -> None:
        self._writer.abort()


class VaultSpool:
    """Spools each received file into a new encrypted blob (plaintext never touches the disk).

    Blobs that end up adopted by an imported media item stay; the rest are discarded. A crash
    leaves only unreferenced blobs, which the next unlock sweeps away.
    """

    def __init__(self, store: BlobStore) -> None:
        self.store = store

    def create(self) -> _BlobSpoolWriter:
        return _BlobSpoolWriter(self.store)

    def open(self, handle: object) -> AbstractContextManager[BinaryIO]:
        blob_id, key = cast(tuple[str, bytes], handle)
        return cast(AbstractContextManager[BinaryIO], self.store.open(blob_id, key))

    def discard(self, handle: object) -> None:
        blob_id, _key = cast(tuple[str, bytes], handle)
        with contextlib.suppress(OSError, HumdocError):  # else an orphan the next unlock sweeps
            self.store.delete(blob_id)
