"""The child side of the start-up benchmark: run a program, report when its window was painted.

``python -m bench.startup_probe humdoc ARG...`` runs ``python -m humdoc ARG...`` exactly (the same
``__main__`` module); ``python -m bench.startup_probe dialog`` runs a bare PySide6 program that
shows a QDialog with a QLineEdit and a button. Either way, just before the program enters Qt's
event loop an application-wide event filter is installed; on the first paint event of any widget
it schedules one zero-delay timer, which runs once that paint pass has finished, prints
``painted <time.monotonic()>`` on stdout and quits the event loop, so the program returns from
``exec()`` and ends as it would after its window was closed.

The hook wraps ``QApplication.exec`` (Qt's method, not humdoc's code), so both programs are
measured by the same means; ``time.monotonic`` is the system-wide monotonic clock on Linux, so
the parent compares it with its own reading taken before it started the process.
"""

from __future__ import annotations

import runpy
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

MARK = "painted"


class PaintProbe(QObject):
    """Reports the end of the first paint pass once, then quits the application."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"{MARK} {time.monotonic():.6f}", flush=True)
        self.app.quit()


_exec = QApplication.exec


def _exec_with_probe(*_self: object) -> int:
    """``QApplication.exec`` (a static method, also called on the instance), probe installed."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.installEventFilter(PaintProbe(app))
    return _exec()


def bare_dialog() -> int:
    """The peer: the least a PySide6 program does to ask for a passphrase."""
    from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout

    app = QApplication(sys.argv)
    dialog = QDialog()
    dialog.setWindowTitle("Unlock")
    layout = QVBoxLayout(dialog)
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    layout.addWidget(field)
    layout.addWidget(QPushButton("Unlock"))
    dialog.show()
    return app.exec()


def main(argv: list[str]) -> int:
    QApplication.exec = _exec_with_probe  # type: ignore[method-assign]
    if argv[:1] == ["dialog"]:
        return bare_dialog()
    if argv[:1] == ["humdoc"]:
        sys.argv = argv
        runpy.run_module("humdoc", run_name="__main__", alter_sys=True)
        return 0
    print("usage: python -m bench.startup_probe dialog | humdoc ARG...", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
