"""GUI fixtures: a configured QApplication, QSettings under the test's home, helper actions."""

from __future__ import annotations

import os
import shutil
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from humdoc.core.blobs import set_decrypt_hook
from humdoc.core.session import Session
from humdoc.gui import dialogs
from humdoc.gui.main_window import MainWindow, configure_application
from humdoc.gui.workers import JobDialog
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def _windows_deleted_after_the_test(qapp: QApplication) -> Iterator[None]:
    """Delete every window a test left, once its jobs are done and their signals delivered.

    pytest-qt closes the widgets a test registered and asks Qt to delete them later, which no
    event loop here ever gets round to: each later test would restyle, lay out and send events
    to all of them again (configuring the application restyles every live widget).
    """
    yield
    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _qt_settings_in_home(tmp_path: Path, qapp: QApplication) -> None:
    """Qt resolves the settings folder once per process; point it at this test's home."""
    config = tmp_path / "home" / ".config"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
    configure_application(qapp)


def gui_thread_decryption(blob_id: str) -> str | None:
    """What is wrong if ``blob_id`` is being decrypted now: a description when this is the GUI
    thread and humdoc's GUI code asked for it, else None (a test's own reads are its business)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    gui = [f for f in traceback.extract_stack() if _GUI_PACKAGE in f.filename]
    if not gui:
        return None
    where = gui[-1]
    return (
        f"attachment {blob_id} decrypted on the GUI thread by {where.name} "
        f"({Path(where.filename).name}:{where.lineno})"
    )


_GUI_PACKAGE = f"{os.sep}humdoc{os.sep}gui{os.sep}"


@pytest.fixture(autouse=True)
def no_decryption_on_the_gui_thread() -> Iterator[list[str]]:
    """Fail any GUI test in which the window decrypted an attachment on the GUI thread."""
    found: list[str] = []

    def hook(blob_id: str) -> None:
        problem = gui_thread_decryption(blob_id)
        if problem is not None:
            found.append(problem)  # recorded, not raised: the GUI would only show the error

    previous = set_decrypt_hook(hook)
    try:
        yield found
    finally:
        set_decrypt_hook(previous)
    assert not found, found[0]


@pytest.fixture
def closed_vault(vault_dir: Path, new_field_vault: Path) -> Path:
    """A new field vault with one case, locked again (ready to unlock through the UI)."""
    shutil.copytree(new_field_vault, vault_dir)
    with Session.open(vault_dir, PASSPHRASE) as s:
        s.cases.create("Existing case", "made before the window opened")
    return vault_dir


@pytest.fixture
def window(qtbot: QtBot, closed_vault: Path) -> Iterator[MainWindow]:
    """The main window on ``closed_vault``, still locked."""
    win = MainWindow(closed_vault)
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    yield win
    win.lock()


def unlock_through_ui(qtbot: QtBot, win: MainWindow, passphrase: bytes = PASSPHRASE) -> None:
    """Type ``passphrase`` and press Unlock; wait until the workspace shows."""
    screen = win.unlock_screen
    screen.passphrase.setText(passphrase.decode())
    with qtbot.waitSignal(win.unlocked, timeout=10_000):
        screen.unlock_button.click()
    assert win.stack.currentWidget() is win.workspace


@pytest.fixture
def unlocked(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The main window, unlocked through the UI."""
    unlock_through_ui(qtbot, window)
    return window


@pytest.fixture
def always_confirm(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer Yes to every confirmation; the questions asked are collected."""
    asked: list[str] = []

    def yes(_parent: object, _title: str, question: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(dialogs, "confirm", yes)
    return asked


def session_of(win: MainWindow) -> Session:
    """The window's open session (fails the test if the vault is locked)."""
    assert win.session is not None
    return win.session


def wait_job(qtbot: QtBot, dialog: JobDialog | None, timeout: int = 30_000) -> None:
    """Wait until the job behind a JobDialog has finished."""
    assert dialog is not None
    if not dialog.job.done:
        with qtbot.waitSignal(dialog.job.signals.finished, timeout=timeout):
            pass
