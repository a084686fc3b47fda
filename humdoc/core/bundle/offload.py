"""A helper thread for work that releases the GIL (hashing, writing), run beside the caller.

hashlib releases the GIL while it hashes more than 2 KiB and a file write releases it during the
system call, so a thread doing those overlaps a caller that encrypts, decrypts or parses. The
calls run one at a time, in the order submitted; the queue is bounded so memory stays bounded
(``depth`` pending calls, each holding the buffer it was given). A caller hands over only
buffers it will not change again (``bytes``, never a view of a buffer it reuses).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

DEPTH = 16


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

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def submit(self, fn: Callable[..., object], *args: Any) -> None:
        """Queue ``fn(*args)``; blocks while ``depth`` calls are pending. Raises the exception
        an earlier call raised, if one did."""
        self._raise()
        self._queue.put((fn, args))

    def wait(self) -> None:
        """Block until every submitted call has run; raise the first exception one raised."""
        self._queue.join()
        self._raise()

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
