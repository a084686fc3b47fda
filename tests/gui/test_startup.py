"""Start-up stays light: the unlock window shows before the heavy parts of humdoc are loaded.

A child process starts humdoc through its real entry point (``humdoc.cli.main``, the function of
the ``humdoc`` console script) on an existing vault, and reports which modules were loaded when
the window had been painted for the first time; then, without any input, that the rest was loaded
and the workspace built right after. docs/benchmarks.md ("Start-up") has the timings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from humdoc.gui.main_window import MainWindow
from tests.gui.conftest import unlock_through_ui

REPO = Path(__file__).resolve().parents[2]

#: What the unlock window must not wait for: media parsing, bundles, the vault's database and
#: key derivation, reports, the command-line commands, and every part of the workspace.
HEAVY = [
    "PIL",
    "exifread",
    "mutagen",
    "pyrage",
    "sqlcipher3",
    "cryptography",
    "zxcvbn",
    "segno",
    "bagit",
    "tarfile",
    "humdoc.core.session",
    "humdoc.core.vault.vault",
    "humdoc.core.media",
    "humdoc.core.bundle",
    "humdoc.core.exchange",
    "humdoc.core.intake",
    "humdoc.core.report",
    "humdoc.gui.workspace",
    "humdoc.gui.dialogs",
    "humdoc.gui.media_tab",
    "humdoc.gui.export_dialog",
    "humdoc.gui.centre_dialogs",
    "humdoc.gui.identity_dialogs",
    "humdoc.gui.report_dialog",
    "humdoc.cli.context",
    "humdoc.cli.cmd_media",
]

# Runs in the child. It hooks Qt's QApplication.exec (not humdoc's code) so that the first paint
# of any widget queues a report, which then runs before anything humdoc queued in that paint.
CHILD = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

report = {}
original = QApplication.exec

def window():
    return next(w for w in QApplication.topLevelWidgets() if hasattr(w, "unlock_screen"))

def loaded():
    return sorted(sys.modules)

def at_first_paint():
    win = window()
    report["first_paint"] = loaded()
    report["shown"] = type(win.stack.currentWidget()).__name__
    report["focus"] = QApplication.focusWidget() is win.unlock_screen.passphrase
    report["built_at_paint"] = win._workspace is not None
    poll.start()

def check_built():
    win = window()
    if win._workspace is not None or poll.count > 600:
        poll.stop()
        report["later"] = loaded()
        report["built_later"] = win._workspace is not None
        report["workspace_in_stack"] = win.stack.indexOf(win._workspace) >= 0
        QApplication.instance().quit()
    poll.count += 1

poll = QTimer()
poll.setInterval(50)
poll.count = 0
poll.timeout.connect(check_built)

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, at_first_paint)
        return False

def exec_with_probe(*_self):
    app = QApplication.instance()
    probe = FirstPaint(app)
    app.installEventFilter(probe)
    return original()

QApplication.exec = exec_with_probe
from humdoc.cli import main
status = main(["--vault", sys.argv[1]])
print(json.dumps(report))
sys.exit(status)
"""


def start_child(vault: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def heavy_in(modules: object) -> list[str]:
    assert isinstance(modules, list)
    return [name for name in HEAVY if name in modules]


def test_the_unlock_window_shows_before_anything_heavy_is_loaded(closed_vault: Path) -> None:
    report = start_child(closed_vault)
    assert report["shown"] == "UnlockScreen"
    assert report["focus"] is True  # the passphrase field, ready to type in
    assert report["built_at_paint"] is False
    assert heavy_in(report["first_paint"]) == []
    # And the rest comes right after, with no input: unlocking will not wait for it.
    assert report["built_later"] is True
    assert report["workspace_in_stack"] is True
    assert set(heavy_in(report["later"])) >= {
        "humdoc.core.session",
        "humdoc.core.vault.vault",
        "sqlcipher3",
        "humdoc.gui.workspace",
        "humdoc.gui.media_tab",
    }


def test_the_workspace_is_built_after_the_first_paint_without_input(
    qtbot: QtBot, closed_vault: Path
) -> None:
    win = MainWindow(closed_vault)
    qtbot.addWidget(win)
    assert win._workspace is None  # nothing of it before the window shows
    win.show()
    qtbot.waitUntil(lambda: win._workspace is not None, timeout=10_000)
    assert win.stack.currentWidget() is win.unlock_screen
    unlock_through_ui(qtbot, win)
    assert win.stack.currentWidget() is win.workspace
    assert win.workspace.cases_model.rowCount() == 1
    win.lock()


def test_an_unlock_before_the_first_paint_builds_what_it_needs(
    qtbot: QtBot, closed_vault: Path
) -> None:
    win = MainWindow(closed_vault)  # never shown: finish_start has not run
    qtbot.addWidget(win)
    unlock_through_ui(qtbot, win)
    assert win._workspace is not None and win.stack.currentWidget() is win.workspace
    assert win.new_case_action.isEnabled()
    win.lock()
    assert win.stack.currentWidget() is win.unlock_screen
