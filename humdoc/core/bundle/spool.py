"""Where a received bundle's files go while it is being checked: a place the caller controls.

The bundle reader never writes a member's plaintext to disk itself. It hands each member's bytes to
a ``Spool`` the caller supplies (the vault spools into encrypted blobs; tests use ``MemorySpool``),
and discards every spooled item if any check fails.
"""

from __future__ import annotations

import contextlib
import io
import itertools
from collections.abc import Iterator
from contextlib import AbstractContextManager as ContextManager
from typing import BinaryIO, Protocol

from humdoc.core.errors import BundleRejected


class SpoolWriter(Protocol):
    """One item being spooled. Exactly one of ``commit`` or ``abort`` is called, once."""

    def write(self, data: bytes) -> int:
        """Append ``data``; return ``len(data)``."""
        ...

    def commit(self) -> object:
        """Finish the item and return an opaque handle for ``Spool.open``/``Spool.discard``."""
        ...

    def abort(self) -> None:
        """Drop everything written so far; the item never existed."""
        ...


class Spool(Protocol):
    """Somewhere to keep received files until the caller imports or drops them."""

    def create(self) -> SpoolWriter:
        """Start a new item."""
        ...

    def open(self, handle: object) -> ContextManager[BinaryIO]:
        """Read back a committed item."""
        ...

    def discard(self, handle: object) -> None:
        """Release a committed item; its handle is invalid afterwards."""
        ...


class _MemoryWriter:
    def __init__(self, spool: MemorySpool) -> None:
        self._spool = spool
        self._data = bytearray()
        spool._pending += 1

    def write(self, data: bytes) -> int:
        if self._spool._used + len(self._data) + len(data) > self._spool.max_bytes:
            raise BundleRejected("too-large", "The bundle is too large to hold in memory.")
        self._data += data
        return len(data)

    def commit(self) -> object:
        self._spool._pending -= 1
        return self._spool._store(bytes(self._data))

    def abort(self) -> None:
        self._spool._pending -= 1
        self._data = bytearray()


class MemorySpool:
    """A ``Spool`` in RAM, for tests and small bundles; refuses to hold more than ``max_bytes``."""

    def __init__(self, max_bytes: int = 256 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self._items: dict[int, bytes] = {}
        self._ids = itertools.count(1)
        self._used = 0
        self._pending = 0

    def _store(self, data: bytes) -> int:
        handle = next(self._ids)
        self._items[handle] = data
        self._used += len(data)
        return handle

    def create(self) -> SpoolWriter:
        """Start a new in-memory item."""
        return _MemoryWriter(self)

    @contextlib.contextmanager
    def open(self, handle: object) -> Iterator[BinaryIO]:
        """Read back a committed item; ``KeyError`` if it was discarded."""
        yield io.BytesIO(self._items[handle])  # type: ignore[index]

    def discard(self, handle: object) -> None:
        """Release an item (a no-op if it is already gone)."""
        data = self._items.pop(handle, None)  # type: ignore[call-overload]
        if data is not None:
            self._used -= len(data)

    def held(self) -> int:
        """How many items are committed or still being written."""
        return len(self._items) + self._pending
