"""The job runner: work happens off the GUI thread, progress arrives, Cancel stops it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from humdoc.core.errors import HumdocError, NotFound
from humdoc.core.progress import Cancelled, Progress, check_cancelled
from humdoc.gui.workers import run_job, start_job


def test_job_runs_off_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    gui_thread = qapp.thread()

    def work(progress: Progress, cancelled: Cancelled) -> bool:
        return QThread.currentThread() is not gui_thread

    job = start_job(work)
    with qtbot.waitSignal(job.signals.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [True]
    assert QThread.currentThread() is gui_thread


def test_progress_reaches_the_dialog_and_success_callback_runs(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[object] = []

    def work(progress: Progress, cancelled: Cancelled) -> str:
        for i in range(1, 11):
            progress(i, 10)
        return "done"

    job, dialog = run_job(
        work, parent=parent, title="T", message="working", on_success=results.append
    )
    seen: list[tuple[int, int]] = []
    job.signals.progress.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(job.signals.finished, timeout=5000):
        pass
    assert results == ["done"]
    assert seen[-1] == (10, 10)  # the final report always comes through the throttle
    assert dialog.bar.value() == dialog.bar.maximum() == 1000
    assert not dialog.isVisible()


def test_cancel_button_stops_the_job(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    gate = threading.Event()  # never set: the job runs until it is cancelled
    succeeded: list[object] = []
    cancelled_calls: list[bool] = []

    def work(progress: Progress, cancelled: Cancelled) -> None:
        started.set()
        while True:
            check_cancelled(cancelled)
            gate.wait(0.005)

    job, dialog = run_job(
        work,
        parent=parent,
        title="Long job",
        message="working",
        on_success=succeeded.append,
        on_cancelled=lambda: cancelled_calls.append(True),
    )
    assert dialog.isVisible()
    qtbot.waitUntil(started.is_set, timeout=5000)
    with qtbot.waitSignal(job.signals.cancelled, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert cancelled_calls == [True]
    assert succeeded == []
    assert job.is_cancelled()


def test_failures_arrive_as_humdoc_errors(qtbot: QtBot) -> None:
    def fails(progress: Progress, cancelled: Cancelled) -> None:
        raise NotFound("No case with id 'c-x'.")

    def crashes(progress: Progress, cancelled: Cancelled) -> None:
        raise KeyError("secret statement text")

    job = start_job(fails)
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], NotFound)
    assert str(blocker.args[0]) == "No case with id 'c-x'."

    job = start_job(crashes)
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as blocker:
        pass
    err = blocker.args[0]
    assert type(err) is HumdocError
    assert "KeyError" in str(err)
    assert "secret" not in str(err)  # a bug's details never reach the screen


@pytest.mark.parametrize("cancellable", [True, False])
def test_failure_without_handler_shows_a_message(qtbot: QtBot, cancellable: bool) -> None:
    from PySide6.QtWidgets import QMessageBox

    parent = QWidget()
    qtbot.addWidget(parent)

    def fails(progress: Progress, cancelled: Cancelled) -> None:
        raise NotFound("Nothing here.")

    job, dialog = run_job(
        fails, parent=parent, title="Job", message="working", cancellable=cancellable
    )
    assert dialog.cancel_button.isVisible() is cancellable
    with qtbot.waitSignal(job.signals.finished, timeout=5000):
        pass
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    assert [b.text() for b in boxes] == ["Nothing here."]
    for box in boxes:
        box.close()


def test_jobs_active_counts_until_the_function_returns(qtbot: QtBot) -> None:
    from humdoc.gui.workers import jobs_active

    gate = threading.Event()
    seen_in_callback: list[int] = []

    def work(progress: Progress, cancelled: Cancelled) -> None:
        gate.wait(5)

    before = jobs_active()
    job = start_job(work)
    assert jobs_active() == before + 1  # counted from the start, before the pool runs it
    job.signals.succeeded.connect(lambda _r: seen_in_callback.append(jobs_active()))
    with qtbot.waitSignal(job.signals.finished, timeout=5000):
        gate.set()
    assert seen_in_callback == [before]  # released before the GUI heard of the result
    assert jobs_active() == before
