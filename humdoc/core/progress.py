"""The two callables every long operation in core accepts, and the helpers that call them."""

from __future__ import annotations

from collections.abc import Callable

from humdoc.core.errors import OperationCancelled

#: ``progress(done, total)``; ``total`` is 0 when unknown. Called from the working thread.
Progress = Callable[[int, int], None]
#: ``cancelled()`` returns True once the user asked to stop.
Cancelled = Callable[[], bool]


def no_progress(done: int, total: int) -> None:
    """A progress callback that ignores its arguments."""


def never_cancelled() -> bool:
    """A cancellation check that never asks to stop."""
    return False


def check_cancelled(cancelled: Cancelled) -> None:
    """Raise ``OperationCancelled`` if and only if ``cancelled()`` is true."""
    if cancelled():
        raise OperationCancelled("Cancelled; nothing was kept.")
