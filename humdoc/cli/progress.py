"""Progress of a long command on standard error, drawn only when standard error is a terminal."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO

from humdoc.core.sizes import human_size

# Redrawing more often than this only costs time; a person reads a few updates a second.
_INTERVAL = 0.2


class TerminalProgress:
    """A ``progress(done, total)`` callable for core jobs that redraws one line on ``stream``.

    Draws nothing unless ``stream`` is a terminal, so pipes, files and ``--json`` output stay
    clean. Use it as a context manager: on leaving, the line is erased.
    """

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty()
        self._last = 0.0
        self._width = 0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < _INTERVAL and not (total and done >= total):
            return
        self._last = now
        if total > 0:
            text = (
                f"{self.label}: {done * 100 // total}% ({human_size(done)} of {human_size(total)})"
            )
        else:
            text = f"{self.label}: {human_size(done)}"
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = max(self._width, len(text))

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
