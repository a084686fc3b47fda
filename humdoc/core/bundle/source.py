"""The received bundle file as the decryption reads it: counted, capped and hashed on the way.

``counted_source`` gives one of two readers with the same contract. ``CountingReader`` reads and
hashes in the caller's thread. ``ReadAhead`` reads, counts and hashes on a helper thread, a few
MiB ahead of the caller: the file's reads and its SHA-256 (both release the GIL) then overlap
the decryption, with one hand-over per MiB.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from types import TracebackType
from typing import Any, BinaryIO, Protocol

from humdoc.core.errors import BundleRejected

#: Bytes the helper thread reads per call, and how many such blocks it may hold ahead.
BLOCK = 1 << 20
AHEAD = 8


def _too_large() -> BundleRejected:
    return BundleRejected("too-large", "The bundle grew beyond the size cap while read.")


class CountedSource(Protocol):
    """The bundle file read once from where it stands. ``readinto(buffer)`` fills the start of
    ``buffer`` and returns how many bytes it wrote, ``read(n)`` returns at most ``n`` bytes
    (both 0 or ``b""`` only at the end), and both raise ``BundleRejected("too-large")`` once
    more than the cap was read; ``count`` is the bytes returned so far; ``sha256`` is the hash
    of all of them, final once the end was returned and ``close`` returned."""

    count: int
    sha256: Any

    def read(self, n: int = -1, /) -> bytes: ...

    def readinto(self, buffer: memoryview, /) -> int: ...

    def close(self) -> None: ...


class CountingReader:
    """A ``CountedSource`` that reads and hashes in the caller's thread."""

    def __init__(self, src: BinaryIO, cap: int) -> None:
        self._src = src
        self._cap = cap
        self.sha256 = hashlib.sha256()
        self.count = 0

    def _counted(self, n: int) -> None:
        self.count += n
        if self.count > self._cap:
            raise _too_large()

    def read(self, n: int = -1, /) -> bytes:
        data = self._src.read(n if n > 0 else BLOCK)
        self._counted(len(data))
        self.sha256.update(data)
        return data

    def readinto(self, buffer: memoryview, /) -> int:
        got = self._src.readinto(buffer) or 0  # type: ignore[attr-defined]
        self._counted(got)
        with buffer[:got] as filled:
            self.sha256.update(filled)
        return int(got)

    def close(self) -> None:
        """Nothing runs elsewhere."""


class ReadAhead:
    """A ``CountedSource`` whose reads, count and hash run on a helper thread called ``name``.

    The thread fills ``AHEAD + 1`` buffers of ``BLOCK`` bytes in turn (allocated once: a fresh
    buffer per block would cost a page fault per 4 KiB) and hands each filled one over; the
    caller copies out of it and hands it back. The thread stops at the end of the file, at the
    first error (raised by the caller's next read), or on ``close``; ``close`` always waits for
    it, so the file is never read by two threads and may be read again (after a seek) once
    ``close`` returned. Use as a context manager or call ``close``.
    """

    def __init__(self, src: BinaryIO, cap: int, name: str) -> None:
        self._src = src
        self._cap = cap
        self.sha256 = hashlib.sha256()
        self.count = 0
        self._free: queue.Queue[bytearray] = queue.Queue()
        for _ in range(AHEAD + 1):
            self._free.put(bytearray(BLOCK))
        self._full: queue.Queue[tuple[bytearray, int] | BaseException] = queue.Queue()
        self._stop = threading.Event()
        self._block: bytearray | None = None
        self._filled = 0
        self._offset = 0
        self._ended = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        readinto, update, total = self._src.readinto, self.sha256.update, 0  # type: ignore[attr-defined]
        try:
            while not self._stop.is_set():
                try:
                    block = self._free.get(timeout=0.05)
                except queue.Empty:
                    continue
                got = readinto(block) or 0
                total += got
                if total > self._cap:
                    raise _too_large()
                with memoryview(block) as whole, whole[:got] as filled:
                    update(filled)
                self._full.put((block, got))
                if not got:
                    return
        except BaseException as exc:
            self._full.put(exc)

    def _current(self) -> int:
        """Bytes left in the current block, taking the next one if it is used up (0: end)."""
        if self._offset == self._filled and not self._ended:
            if self._block is not None:
                self._free.put(self._block)
                self._block = None
            item = self._full.get()
            if isinstance(item, BaseException):
                self._ended = True
                raise item
            self._block, self._filled = item
            self._offset = 0
            self._ended = not self._filled
        return self._filled - self._offset

    def readinto(self, buffer: memoryview, /) -> int:
        take = min(len(buffer), self._current())
        if take:
            assert self._block is not None
            buffer[:take] = memoryview(self._block)[self._offset : self._offset + take]
            self._offset += take
            self.count += take
        return take

    def read(self, n: int = -1, /) -> bytes:
        take = self._current() if n < 0 else min(n, self._current())
        if not take:
            return b""
        assert self._block is not None
        data = bytes(self._block[self._offset : self._offset + take])
        self._offset += take
        self.count += take
        return data

    def close(self) -> None:
        """Stop the helper thread and wait for it; safe to call more than once."""
        self._stop.set()
        self._thread.join()

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def counted_source(src: BinaryIO, cap: int, threaded: bool, name: str) -> CountedSource:
    """A ``ReadAhead`` on a helper thread called ``name`` if ``threaded``, else a
    ``CountingReader``; the caller calls ``close`` when done."""
    return ReadAhead(src, cap, name) if threaded else CountingReader(src, cap)
