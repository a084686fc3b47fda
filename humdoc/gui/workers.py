"""Running slow work off the GUI thread: Argon2 unlocks, integrity checks, imports, exports.

Every long operation in core has the shape ``fn(progress, cancelled) -> result``. ``run_job`` runs
such a function on a ``QThreadPool`` worker; the worker never touches a widget, it only emits the
signals of its ``JobSignals``, which Qt delivers to the GUI thread as queued calls. ``JobDialog``
is the standard face of a job: a message, a progress bar and a Cancel button.
"""

from __future__ import annotations

import os
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.errors import HumdocError, OperationCancelled
from humdoc.core.progress import Cancelled, Progress

#: What a job runs: ``fn(progress, cancelled)``; its return value is passed to ``succeeded``.
JobFunction = Callable[[Progress, Cancelled], Any]

# Progress callbacks may come thousands of times a second; the GUI needs about thirty.
_PROGRESS_INTERVAL = 1 / 30


class JobSignals(QObject):
    """What a running job reports. All are emitted from the worker thread, received queued."""

    #: ``(done, total)`` from the job's progress callback; ``total`` is 0 when unknown.
    progress = Signal(int, int)
    #: The job returned normally; carries its return value.
    succeeded = Signal(object)
    #: The job raised; carries a ``HumdocError`` (anything else is wrapped in one).
    failed = Signal(object)
    #: The job stopped because the user cancelled it (it raised ``OperationCancelled``).
    cancelled = Signal()
    #: Emitted last, exactly once, after whichever of the three signals above applied.
    finished = Signal()


def _internal_error(exc: Exception) -> HumdocError:
    """A bug in a worker, as the window reports it. Like the CLI: no traceback (it may quote
    secrets) unless debugging."""
    if os.environ.get("HUMDOC_DEBUG"):
        traceback.print_exc()
    return HumdocError(f"Internal error ({type(exc).__name__}); please report it.")


class Job(QRunnable):
    """One run of a ``JobFunction`` on a worker thread. ``cancel()`` may be called from any thread."""

    def __init__(self, fn: JobFunction) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the reference (see _RUNNING) until it finishes
        self.signals = JobSignals()
        self._fn = fn
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self.done = False

    def cancel(self) -> None:
        """Ask the job to stop at its next ``cancelled()`` check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once ``cancel()`` was called."""
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last_progress >= _PROGRESS_INTERVAL or (total and done >= total):
            self._last_progress = now
            self.signals.progress.emit(int(done), int(total))

    def run(self) -> None:
        """Runs on the worker thread; reports only through ``self.signals``."""
        try:
            try:
                result = self._fn(self._progress, self._cancel.is_set)
            finally:
                # Before any signal: the GUI thread may use the session again once it hears.
                _release_active()
        except OperationCancelled:
            self.signals.cancelled.emit()
        except HumdocError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:
            self.signals.failed.emit(_internal_error(exc))
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.done = True
            self.signals.finished.emit()


# Jobs still running; holding them here keeps the QRunnable and its signals object alive.
_RUNNING: set[Job] = set()

# Jobs started whose function has not returned yet (see ``jobs_active``).
_active = 0
_active_lock = threading.Lock()


def _release_active() -> None:
    global _active
    with _active_lock:
        _active -= 1


def jobs_active() -> int:
    """How many jobs were started and have not yet returned from their function.

    Counted from ``start_job`` (on the GUI thread) until the function returns (on the worker),
    before any of the job's signals. Not a guard of the session (its database is shared under
    one lock, see ``humdoc.core.vault.database``): the window holds an automatic lock back while
    a job runs, and paging waits rather than queue behind a job's long transaction.
    """
    with _active_lock:
        return _active


def start_job(fn: JobFunction, pool: QThreadPool | None = None) -> Job:
    """Schedule ``fn`` on ``pool`` (the global pool by default) and return its ``Job``.

    The job is handed to the pool on the next turn of the event loop, so every connection the
    caller makes to ``job.signals`` before returning to the loop sees every signal.
    """
    global _active
    job = Job(fn)
    with _active_lock:
        _active += 1
    _RUNNING.add(job)
    job.signals.finished.connect(lambda: _RUNNING.discard(job))
    target = pool or QThreadPool.globalInstance()
    QTimer.singleShot(0, lambda: target.start(job))
    return job


class TaskSignals(QObject):
    """What a background task reports; emitted from the worker thread, received queued."""

    #: The task's function returned; carries its return value.
    done = Signal(object)
    #: The task raised; carries a ``HumdocError`` (anything else is wrapped in one).
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the reference (see _TASKS) until it reports
        self.signals = TaskSignals()
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except HumdocError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:
            self.signals.failed.emit(_internal_error(exc))
        else:
            self.signals.done.emit(result)


# Background tasks not yet reported; holding them here keeps them and their signals alive.
_TASKS: set[_Task] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[HumdocError], None] | None = None,
    pool: QThreadPool | None = None,
) -> TaskSignals:
    """Run ``fn()`` on a worker thread, with no dialog, and hand its result to ``on_done`` (or
    its ``HumdocError`` to ``on_failed``) on the GUI thread.

    For short reads the window needs without waiting, above all anything that decrypts an
    attachment (thumbnails, previews): those never run on the GUI thread. ``fn`` may use the
    session (its database is shared under one lock, see ``humdoc.core.vault.database``); if the
    vault is locked meanwhile it fails with ``SessionClosed``. Not counted by ``jobs_active``:
    such a task never holds the session long and does not hold back an automatic lock. Callers
    whose view may have moved on check, when the result arrives, that it still applies.
    """
    task = _Task(fn)
    _TASKS.add(task)

    def done(result: Any) -> None:
        _TASKS.discard(task)
        on_done(result)

    def failed(err: HumdocError) -> None:
        _TASKS.discard(task)
        if on_failed is not None:
            on_failed(err)

    task.signals.done.connect(done)
    task.signals.failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(task)
    return task.signals


class JobDialog(QDialog):
    """A modal window showing one job's progress, with Cancel. Closes itself when the job ends."""

    def __init__(
        self, job: Job, title: str, message: str, cancellable: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.job = job
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(380)
        # Closing the window must not leave a job running unseen: Escape and × mean Cancel.
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, cancellable)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first progress report says how much there is
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.setVisible(cancellable)
        self.buttons.rejected.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self._cancellable = cancellable
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)

    def _on_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)
            return
        # QProgressBar takes an int; scale big byte counts down to per-mille.
        self.bar.setRange(0, 1000)
        self.bar.setValue(min(1000, done * 1000 // total))

    def _cancel(self) -> None:
        if not self._cancellable:
            return
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        """Escape or the close button: cancel the job; the dialog closes when the job ends."""
        self._cancel()

    def _on_finished(self) -> None:
        self.done(QDialog.DialogCode.Accepted)


def run_job(
    fn: JobFunction,
    *,
    parent: QWidget | None,
    title: str,
    message: str,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[HumdocError], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    cancellable: bool = True,
    pool: QThreadPool | None = None,
) -> tuple[Job, JobDialog]:
    """Run ``fn(progress, cancelled)`` off the GUI thread behind a modal ``JobDialog``.

    The callbacks run on the GUI thread; the dialog closes right after them. Without
    ``on_failure`` a failure is shown with ``show_error``. Returns the job and its (already
    open) dialog.
    """
    from humdoc.gui.dialogs import show_error

    job = start_job(fn, pool)
    dialog = JobDialog(job, title, message, cancellable, parent)

    def failed(err: HumdocError) -> None:
        if on_failure is not None:
            on_failure(err)
        else:
            show_error(parent, title, str(err))

    if on_success is not None:
        job.signals.succeeded.connect(on_success)
    job.signals.failed.connect(failed)
    if on_cancelled is not None:
        job.signals.cancelled.connect(on_cancelled)
    dialog.open()
    return job, dialog
