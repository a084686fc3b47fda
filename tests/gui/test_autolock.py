"""Auto-lock: inactivity, screen lock and sleep over a real D-Bus, the notice, the clipboard.

The D-Bus tests start private ``dbus-daemon``s (one standing in for the system bus, one for the
session bus), point the window's ``LockWatch`` at them, and emit the very signals login1 and
the screensavers emit, with ``dbus-send``. Nothing of D-Bus or the watcher is mocked.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from humdoc.core.session import Session
from humdoc.gui import lock_watch as lock_watch_module
from humdoc.gui.lock_watch import SCREENSAVERS, LockReason, LockWatch
from humdoc.gui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.conftest import session_of, unlock_through_ui

MARKER = "Autolock-Marker-7Q2Z"
OUR_SESSION = "/org/freedesktop/login1/session/_7"
OTHER_SESSION = "/org/freedesktop/login1/session/_8"

SLEEP_NOTICE = "Locked because the computer went to sleep."
SCREEN_NOTICE = "Locked because the screen locked."


@pytest.fixture(scope="module")
def buses() -> Iterator[tuple[str, str]]:
    """Two private D-Bus daemons: (stand-in system bus address, stand-in session bus address)."""
    assert shutil.which("dbus-daemon") and shutil.which("dbus-send"), "apt-get install dbus"
    daemons = [
        subprocess.Popen(
            ["dbus-daemon", "--session", "--print-address", "--nofork", "--nopidfile"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        addresses = []
        for daemon in daemons:
            assert daemon.stdout is not None
            addresses.append(daemon.stdout.readline().strip())
        assert all(a.startswith("unix:") for a in addresses), addresses
        yield addresses[0], addresses[1]
    finally:
        for daemon in daemons:
            daemon.terminate()
            daemon.wait(timeout=10)


def emit(bus: str, path: str, signal: str, *args: str) -> None:
    """Emit a D-Bus signal as login1 or a screensaver would (``dbus-send``, another process)."""
    subprocess.run(
        ["dbus-send", f"--bus={bus}", "--type=signal", path, signal, *args],
        check=True,
        timeout=10,
    )


@pytest.fixture
def watch(buses: tuple[str, str]) -> Iterator[LockWatch]:
    system, session = buses
    w = LockWatch(system_bus=system, session_bus=session, login_session=OUR_SESSION)
    yield w
    w.close()


@pytest.fixture
def marked_vault(vault_dir: Path, new_field_vault: Path) -> tuple[Path, str, str]:
    """A field vault holding one case with one testimony whose statement holds ``MARKER``."""
    shutil.copytree(new_field_vault, vault_dir)
    with Session.open(vault_dir, PASSPHRASE) as s:
        case = s.cases.create("Case of the autolock test")
        testimony = s.testimonies.add(case.id, "W-001", f"The statement {MARKER}.")
    return vault_dir, case.id, testimony.id


@pytest.fixture
def win(
    qtbot: QtBot, marked_vault: tuple[Path, str, str], watch: LockWatch
) -> Iterator[MainWindow]:
    window = MainWindow(marked_vault[0], lock_watch=watch)
    qtbot.addWidget(window)
    window.show()
    unlock_through_ui(qtbot, window)
    yield window
    window.lock()


def assert_locked_with(win: MainWindow, notice: str) -> None:
    assert win.session is None
    assert win.stack.currentWidget() is win.unlock_screen
    assert win.unlock_screen.notice.isVisible()
    assert win.unlock_screen.notice.text() == notice


def test_watch_listens_to_login1_and_every_screensaver(watch: LockWatch) -> None:
    assert sorted(watch.listening) == sorted(
        [
            "org.freedesktop.login1.Manager.PrepareForSleep",
            "org.freedesktop.login1.Session.Lock",
        ]
        + [f"{interface}.ActiveChanged" for interface in SCREENSAVERS]
    )


def test_prepare_for_sleep_locks_with_its_notice(
    qtbot: QtBot, win: MainWindow, buses: tuple[str, str]
) -> None:
    session = session_of(win)
    # Signals of one bus arrive in order: had the Lock of another session locked the window,
    # the notice would name the screen.
    emit(buses[0], OTHER_SESSION, "org.freedesktop.login1.Session.Lock")
    with qtbot.waitSignal(win.locked, timeout=10_000):
        emit(
            buses[0],
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager.PrepareForSleep",
            "boolean:true",
        )
    assert_locked_with(win, SLEEP_NOTICE)
    assert session.vault.is_locked


def test_session_lock_locks_and_waking_up_does_not(
    qtbot: QtBot, win: MainWindow, buses: tuple[str, str]
) -> None:
    # PrepareForSleep(false) is the computer waking up: no lock (else the notice would say sleep).
    emit(
        buses[0],
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager.PrepareForSleep",
        "boolean:false",
    )
    with qtbot.waitSignal(win.locked, timeout=10_000):
        emit(buses[0], OUR_SESSION, "org.freedesktop.login1.Session.Lock")
    assert_locked_with(win, SCREEN_NOTICE)


def test_every_screensaver_locks_and_its_deactivation_does_not(
    qtbot: QtBot, win: MainWindow, watch: LockWatch, buses: tuple[str, str]
) -> None:
    requests: list[object] = []
    watch.lock_requested.connect(requests.append)
    for interface in SCREENSAVERS:
        if win.session is None:
            unlock_through_ui(qtbot, win)
        requests.clear()
        path = "/" + interface.replace(".", "/")
        emit(buses[1], path, f"{interface}.ActiveChanged", "boolean:false")
        with qtbot.waitSignal(win.locked, timeout=10_000):
            emit(buses[1], path, f"{interface}.ActiveChanged", "boolean:true")
        assert requests == [LockReason.SCREEN], interface  # the "false" before it locked nothing
        assert_locked_with(win, SCREEN_NOTICE)


def test_a_lock_the_user_asked_for_shows_no_notice(
    qtbot: QtBot, win: MainWindow, buses: tuple[str, str]
) -> None:
    with qtbot.waitSignal(win.locked, timeout=10_000):
        emit(buses[0], OUR_SESSION, "org.freedesktop.login1.Session.Lock")
    assert win.unlock_screen.notice.isVisible()
    unlock_through_ui(qtbot, win)
    with qtbot.waitSignal(win.locked, timeout=5_000):
        win.lock_action.trigger()
    assert not win.unlock_screen.notice.isVisible() and win.unlock_screen.notice.text() == ""


def test_a_missing_bus_is_skipped_quietly_and_logged_once(
    qtbot: QtBot,
    marked_vault: tuple[Path, str, str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(lock_watch_module, "_reported", set())
    nowhere = f"unix:path={tmp_path / 'no-bus-here'}"
    with caplog.at_level(logging.WARNING, logger=lock_watch_module.__name__):
        watches = [LockWatch(system_bus=nowhere, session_bus=nowhere) for _ in range(3)]
    assert all(w.listening == [] for w in watches)
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2, messages  # one per bus, not one per watcher
    assert any("system bus" in m for m in messages) and any("session bus" in m for m in messages)
    # The inactivity timeout still locks.
    window = MainWindow(marked_vault[0], auto_lock_ms=300, lock_watch=watches[0])
    qtbot.addWidget(window)
    window.show()
    unlock_through_ui(qtbot, window)
    with qtbot.waitSignal(window.locked, timeout=10_000):
        pass
    assert window.session is None
    for w in watches:
        w.close()


def test_inactivity_locks_only_after_the_timeout_without_input(
    qtbot: QtBot, marked_vault: tuple[Path, str, str], watch: LockWatch
) -> None:
    timeout_ms = 2000
    window = MainWindow(marked_vault[0], auto_lock_ms=timeout_ms, lock_watch=watch)
    qtbot.addWidget(window)
    window.show()
    unlock_through_ui(qtbot, window)
    handle = window.windowHandle()
    assert handle is not None
    # Real key presses, through the window system, for one and a half timeouts: no lock.
    start = time.monotonic()
    while time.monotonic() - start < 1.5 * timeout_ms / 1000:
        QTest.keyClick(handle, Qt.Key.Key_Shift)
        last_input = time.monotonic()
        qtbot.wait(100)
        assert window.session is not None, "locked although keys were being pressed"
    with qtbot.waitSignal(window.locked, timeout=10_000):
        pass
    idle = time.monotonic() - last_input
    assert idle >= 0.95 * timeout_ms / 1000, idle  # QTimer's coarse timers may run 5% early
    assert_locked_with(window, "Locked after 2 seconds without use.")


def test_the_timeout_comes_from_the_vault_settings(
    qtbot: QtBot, marked_vault: tuple[Path, str, str], watch: LockWatch
) -> None:
    window = MainWindow(marked_vault[0], lock_watch=watch)
    qtbot.addWidget(window)
    window.show()
    unlock_through_ui(qtbot, window)
    assert window.auto_lock.isActive() and window.auto_lock.interval() == 10 * 60_000
    dialog = window.vault_settings()
    assert dialog is not None
    assert dialog.auto_lock_spin.value() == 10
    assert dialog.auto_lock_spin.minimum() == 1
    dialog.auto_lock_spin.setValue(3)
    dialog.accept()
    assert window.auto_lock.isActive() and window.auto_lock.interval() == 3 * 60_000
    window.lock()
    assert not window.auto_lock.isActive()
    with Session.open(marked_vault[0], PASSPHRASE) as s:  # kept in the vault
        assert s.settings.auto_lock_minutes == 3
    unlock_through_ui(qtbot, window)
    assert window.auto_lock.interval() == 3 * 60_000
    window.lock()


def test_what_humdoc_copied_is_gone_from_the_clipboard_after_an_automatic_lock(
    qtbot: QtBot, win: MainWindow, marked_vault: tuple[Path, str, str], buses: tuple[str, str]
) -> None:
    _root, case_id, testimony_id = marked_vault
    clipboard = QApplication.clipboard()
    clipboard.setText("copied before unlocking")
    workspace = win.workspace
    assert workspace.select_case(case_id)
    assert workspace.case_view.testimonies.select(testimony_id)
    reader = workspace.case_view.testimonies.reader
    assert MARKER in reader.toPlainText()
    reader.setFocus()
    QTest.keyClick(reader, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(reader, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert MARKER in clipboard.text()  # the copy happened: the test is not blind
    with qtbot.waitSignal(win.locked, timeout=10_000):
        emit(
            buses[0],
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager.PrepareForSleep",
            "boolean:true",
        )
    assert MARKER not in clipboard.text()
    assert clipboard.text() == ""
    for mode in (QClipboard.Mode.Selection, QClipboard.Mode.FindBuffer):
        assert MARKER not in clipboard.text(mode)


def test_a_copy_button_and_a_search_box_copy_are_cleared_too(
    qtbot: QtBot, win: MainWindow, buses: tuple[str, str]
) -> None:
    clipboard = QApplication.clipboard()
    dialog = win.device_keys()
    assert dialog is not None
    copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Copy public key")
    copy.click()
    key = session_of(win).device_keys.public_key().to_text().strip()
    assert clipboard.text().strip() == key
    with qtbot.waitSignal(win.locked, timeout=10_000):
        emit(
            buses[1],
            "/org/gnome/ScreenSaver",
            "org.gnome.ScreenSaver.ActiveChanged",
            "boolean:true",
        )
    assert clipboard.text() == ""

    unlock_through_ui(qtbot, win)
    search = win.workspace.search_edit
    search.setFocus()
    QTest.keyClicks(search, MARKER)
    QTest.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == MARKER
    with qtbot.waitSignal(win.locked, timeout=10_000):
        emit(buses[0], OUR_SESSION, "org.freedesktop.login1.Session.Lock")
    assert clipboard.text() == ""


# Runs in a child process on a real X server, where the selection (PRIMARY) exists: text selected
# with the keyboard or mouse is offered to every X client until another selection replaces it.
# xsel, another X client, is the oracle; it reads while the child is alive and serving (an X
# selection dies with its owner, which would make the test blind).
_X11_CHILD = r"""
import json, subprocess, sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from humdoc.core.session import Session
from humdoc.gui.lock_watch import LockReason
from humdoc.gui.main_window import MainWindow, configure_application

root, case_id, testimony_id, marker, passphrase = sys.argv[1:6]
app = QApplication([])
configure_application(app)
assert app.platformName() == "xcb", app.platformName()


def xsel(*args: str) -> str:
    # Not subprocess.run: this process must keep answering the X server while xsel asks it.
    child = subprocess.Popen(["xsel", *args], stdout=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 10
    while child.poll() is None and time.monotonic() < deadline:
        app.processEvents()
    assert child.poll() is not None, "xsel hung"
    return child.stdout.read()


def unlock(win: MainWindow) -> None:
    win.adopt_session(Session.open(Path(root), passphrase.encode()))
    win.activateWindow()
    QTest.qWaitForWindowExposed(win)


win = MainWindow(Path(root))
win.resize(1200, 760)
win.show()
unlock(win)
win.workspace.select_case(case_id)
win.workspace.case_view.testimonies.select(testimony_id)
reader = win.workspace.case_view.testimonies.reader
reader.setFocus()
QTest.keyClick(reader, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # selects: PRIMARY
app.processEvents()
seen = {"primary_before": xsel("-p", "-o")}
# Another program copies now: CLIPBOARD is no longer humdoc's, and must survive the lock.
other = subprocess.Popen(["xsel", "-b", "-i", "--nodetach"], stdin=subprocess.PIPE, text=True)
other.stdin.write("copied by another program")
other.stdin.close()
deadline = time.monotonic() + 10
while app.clipboard().text() != "copied by another program" and time.monotonic() < deadline:
    app.processEvents()
win.lock_by_itself(LockReason.SCREEN)
app.processEvents()
seen["primary_after"] = xsel("-p", "-o")
seen["clipboard_other_after"] = xsel("-b", "-o")

unlock(win)
search = win.workspace.search_edit
search.setFocus()
QTest.keyClicks(search, marker)
QTest.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
QTest.keyClick(search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
app.processEvents()
seen["clipboard_before"] = xsel("-b", "-o")
win.lock_by_itself(LockReason.SLEEP)
app.processEvents()
seen["clipboard_after"] = xsel("-b", "-o")
seen["primary_end"] = xsel("-p", "-o")
other.kill()
other.wait()
print(json.dumps(seen))
"""


@pytest.fixture
def x_display() -> Iterator[str]:
    """A private X server (Xvfb) on a free display number."""
    assert shutil.which("Xvfb") and shutil.which("xsel"), "apt-get install xvfb xsel"
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_x11_selection_and_clipboard_are_cleared_at_lock_and_another_programs_copy_is_not(
    marked_vault: tuple[Path, str, str], x_display: str, buses: tuple[str, str], tmp_path: Path
) -> None:
    root, case_id, testimony_id = marked_vault
    env = dict(
        os.environ,
        DISPLAY=x_display,
        QT_QPA_PLATFORM="xcb",
        DBUS_SESSION_BUS_ADDRESS=buses[1],  # never a session bus of the machine's own
        HOME=str(tmp_path / "home"),
    )
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            _X11_CHILD,
            str(root),
            case_id,
            testimony_id,
            MARKER,
            PASSPHRASE.decode(),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    seen = json.loads(child.stdout.strip().splitlines()[-1])
    assert MARKER in seen["primary_before"]  # selecting put the statement in PRIMARY
    assert seen["primary_after"] == ""  # gone at lock
    assert seen["clipboard_other_after"] == "copied by another program"  # left alone
    assert seen["clipboard_before"] == MARKER
    assert seen["clipboard_after"] == "" and MARKER not in seen["primary_end"]


def test_a_lock_during_a_job_waits_for_the_job_then_happens(
    qtbot: QtBot, win: MainWindow, watch: LockWatch, buses: tuple[str, str]
) -> None:
    release = threading.Event()
    session = session_of(win)

    def job(progress: object, cancelled: object) -> int:
        # Uses the session the whole time: a lock now would close it under this job.
        assert release.wait(20)
        return len(session.cases.list())

    results: list[int] = []
    dialog = win.run_session_job(job, "Test job", "Working…", results.append, cancellable=False)
    with qtbot.waitSignal(watch.lock_requested, timeout=10_000):
        emit(
            buses[0],
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager.PrepareForSleep",
            "boolean:true",
        )
    qtbot.wait(600)  # more than one look for the job's end
    assert win.session is session and not session.vault.is_locked
    with qtbot.waitSignal(win.locked, timeout=10_000):
        release.set()
    assert results == [1]  # the job finished with its session open
    assert_locked_with(win, SLEEP_NOTICE)
    assert not dialog.isVisible()


def test_without_login1_to_name_the_session_any_sessions_lock_locks(
    qtbot: QtBot, buses: tuple[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger=lock_watch_module.__name__):
        w = LockWatch(system_bus=buses[0], session_bus=buses[1])
        # The private bus has no login1: its GetSession call fails (asynchronously).
        qtbot.waitUntil(lambda: any("did not name" in r.getMessage() for r in caplog.records))
    try:
        assert w.login_session is None
        with qtbot.waitSignal(w.lock_requested, timeout=10_000) as blocker:
            emit(buses[0], OTHER_SESSION, "org.freedesktop.login1.Session.Lock")
        assert blocker.args == [LockReason.SCREEN]
    finally:
        w.close()
