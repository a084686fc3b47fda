"""A helper thread for work that releases the GIL (hashing, writing), run beside the caller.

hashlib releases the GIL while it hashes more than 2 KiB and a file write releases it during the
system call, so a thread doing those overlaps a caller that encrypts, decrypts or parses. The
calls run one at a time, in the order submitted; the queue is bounded so memory stays bounded
(``depth`` pending calls, each holding the buffer it was given). A caller hands over only
buffers it will not change again (``bytes``, never a view of a buffer it reuses).
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any, Protocol

DEPTH = 16


def helpers_wanted(setting: bool | None) -> bool:
    """Whether to run work on helper threads: ``setting`` if it is True or False; for None,
    while the load average stays below twice the number of usable cores (a measure of a core
    being free now and then), never on one core and never where there is no load average.

    The one rule for the export's write thread and the receipt's helper threads: on the
    2-core machine of docs/benchmarks.md a helper thread made each faster while a core was
    free, and slower while other jobs kept both cores busy (each hand-over then waits for the
    scheduler).
    """
    if setting is not None:
        return setting
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    try:
        return cores > 1 and os.getloadavg()[0] < 2 * cores
    except (AttributeError, OSError):  # no load average (Windows): stay in one thread
        return False


class Offload:
    """Run submitted calls in order on one helper thread; use as a context manager.

    The first exception a call raises is kept; later calls are dropped, and ``submit`` and
    ``wait`` raise it in the caller's thread. Leaving the ``with`` block always stops the thread.
    """

    def __init__(self, name: str, depth: int = DEPTH) -> None:
        self._queue: queue.Queue[tuple[Callable[..., object], tuple[Any, ...]] | None] = (
            queue.Queue(depth)
        )
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                if self._error is None:
                    fn, args = item
                    fn(*args)
            except BaseException as exc:
                self._error = exc
            finally:
                self._queue.task_done()

    def check(self) -> None:
        """Raise the exception a submitted call raised, if one did."""
        if self._error is not None:
            raise self._error

    def submit(self, fn: Callable[..., object], *args: Any) -> None:
        """Queue ``fn(*args)``; blocks while ``depth`` calls are pending. Raises the exception
        an earlier call raised, if one did."""
        self.check()
        self._queue.put((fn, args))

    def wait(self) -> None:
        """Block until every submitted call has run; raise the first exception one raised."""
        self._queue.join()
        self.check()

    def close(self) -> None:
        """Let the pending calls finish and stop the thread (exceptions are not raised here)."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def __enter__(self) -> Offload:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class Immediate:
    """The ``Offload`` interface without a thread: each call runs at once, in the caller's."""

    def submit(self, fn: Callable[..., object], *args: Any) -> None:
        """Run ``fn(*args)`` now."""
        fn(*args)

    def check(self) -> None:
        """Nothing ran elsewhere: nothing to raise."""

    def wait(self) -> None:
        """Nothing is pending."""

    def close(self) -> None:
        """Nothing to stop."""

    def __enter__(self) -> Immediate:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


#: Bytes a ``Batch`` gathers before handing them over: large, so the helper thread takes the
#: GIL back rarely (each time can cost a switch interval while the caller computes).
BATCH = 4 << 20


class Batch:
    """Gather many small pieces into one of two large buffers, and hand each full buffer to the
    ``Offload`` thread while the caller fills the other.

    ``add(data, consume)`` copies ``data``; the buffer is handed over when it is full or on
    ``flush``, and the thread then calls each piece's ``consume`` on its bytes, in order
    (consecutive pieces with the same ``consume`` in one call; each file's digest is its own, and
    many small files share a buffer and a hand-over). ``consume`` gets a read-only view that is
    valid only during the call.
    """

    def __init__(self, offload: Offload | Immediate, size: int = BATCH) -> None:
        self._offload = offload
        self._size = size
        self._buffers = [bytearray(), bytearray()]  # allocated on first use
        self._free = [threading.Event(), threading.Event()]
        for event in self._free:
            event.set()
        self._current = 0
        self._fill = 0
        # (start, end, consume) of each run of the current buffer, in order
        self._runs: list[tuple[int, int, Callable[[memoryview], object]]] = []

    def add(self, data: bytes | memoryview, consume: Callable[[memoryview], object]) -> None:
        """Copy ``data`` in, to be passed to ``consume`` in order with everything added."""
        with memoryview(data) as view:
            start = 0
            while start < len(view):
                buffer = self._buffers[self._current]
                if not buffer:
                    buffer = self._buffers[self._current] = bytearray(self._size)
                n = min(len(view) - start, len(buffer) - self._fill)
                buffer[self._fill : self._fill + n] = view[start : start + n]
                if self._runs and self._runs[-1][2] is consume:
                    self._runs[-1] = (self._runs[-1][0], self._fill + n, consume)
                else:
                    self._runs.append((self._fill, self._fill + n, consume))
                self._fill += n
                start += n
                if self._fill == len(buffer):
                    self.flush()

    def flush(self) -> None:
        """Hand over what was gathered, then wait until the other buffer is free again."""
        if not self._fill:
            return
        index, runs = self._current, self._runs
        done = self._free[index]
        done.clear()

        def run() -> None:
            try:
                with memoryview(self._buffers[index]) as whole, whole.toreadonly() as readonly:
                    for start, end, consume in runs:
                        with readonly[start:end] as view:
                            consume(view)
            finally:
                done.set()

        self._offload.submit(run)
        self._current, self._fill, self._runs = index ^ 1, 0, []
        self._wait(self._free[self._current])

    def then(self, fn: Callable[..., object], *args: Any) -> None:
        """Flush, and run ``fn(*args)`` on the helper thread after everything added so far."""
        self.flush()
        self._offload.submit(fn, *args)

    def _wait(self, event: threading.Event) -> None:
        while not event.wait(0.05):
            self._offload.check()  # a failed helper drops calls: do not wait for them

    def wait(self) -> None:
        """Flush, and wait until every buffer was consumed; raise what a call raised."""
        self.flush()
        for event in self._free:
            self._wait(event)
        self._offload.wait()


class Feed(Protocol):
    """Where bytes to hash (or write) go: a ``Batch`` for a helper thread, or ``Inline``."""

    def add(self, data: bytes | memoryview, consume: Callable[[memoryview], object]) -> None:
        """Pass ``data`` to ``consume``, in order with everything added before."""
        ...

    def then(self, fn: Callable[..., object], *args: Any) -> None:
        """Run ``fn(*args)`` after everything added so far."""
        ...

    def wait(self) -> None:
        """Return once everything added has been consumed; raise what a call raised."""
        ...


class Inline:
    """A ``Feed`` without a helper thread: each call runs at once in the caller's thread, and
    nothing is copied. Where no core is free for a helper, this is the faster of the two."""

    def add(self, data: bytes | memoryview, consume: Callable[[memoryview], object]) -> None:
        """Run ``consume(data)`` now."""
        consume(memoryview(data))

    def then(self, fn: Callable[..., object], *args: Any) -> None:
        """Run ``fn(*args)`` now."""
        fn(*args)

    def wait(self) -> None:
        """Nothing is pending."""


@contextlib.contextmanager
def feed(name: str, threaded: bool) -> Iterator[Feed]:
    """A ``Batch`` on a helper thread called ``name`` if ``threaded``, else ``Inline``."""
    if not threaded:
        yield Inline()
        return
    with Offload(name) as thread:
        yield Batch(thread)
