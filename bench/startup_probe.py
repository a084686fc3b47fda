"""The child side of the start-up benchmark: run a program, report when its window was painted.

``python -m bench.startup_probe humdoc ARG...`` runs ``python -m humdoc ARG...`` exactly (the same
``__main__`` module); ``python -m bench.startup_probe dialog`` runs ``bench/startup_dialog.py`` as
a script, a bare PySide6 program that shows a QDialog with a QLineEdit and a button. Either way,
just before the program enters Qt's event loop an application-wide event filter is installed; on
the first paint event of any widget it schedules one zero-delay timer, which runs once that paint
pass has finished, prints ``painted <time.monotonic()> <CPU seconds so far> <peak KiB so far>`` on
stdout and quits the event loop, so the program returns from ``exec()`` and ends as it would after
its window was closed. The peak is the
kernel's high-water mark of the process's resident memory at that moment (``VmHWM``), so it
counts what was needed to show the window and nothing the program did after it.

The hook wraps ``QApplication.exec`` (Qt's method, not humdoc's code), so both programs are
measured by the same means. It is put in place when the program itself first imports
``PySide6.QtWidgets``, not before: PySide6 inspects every module imported after it, so loading it
early would change what the program's own imports cost. ``time.monotonic`` is the system-wide
monotonic clock on Linux, so the parent compares it with its own reading taken before it started
the process.
"""

from __future__ import annotations

import atexit
import importlib.abc
import importlib.machinery
import runpy
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

MARK = "painted"
WIDGETS = "PySide6.QtWidgets"


def peak_kib() -> int:
    """This process's peak resident memory so far, in KiB (Linux: VmHWM), else 0."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def install_probe(widgets: Any) -> None:
    """Wrap ``QApplication.exec`` of the just-loaded ``widgets`` module (PySide6.QtWidgets)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    application = widgets.QApplication
    original = application.exec

    class PaintProbe(QObject):
        """Reports the end of the first paint pass once, then quits the application."""

        def __init__(self, app: Any) -> None:
            super().__init__(app)
            self.app = app
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            now = time.monotonic()
            cpu = time.process_time()
            print(f"{MARK} {now:.6f} {cpu:.6f} {peak_kib()}", flush=True)
            self.app.quit()

    def exec_with_probe(*_self: object) -> int:
        # A static method, also called on the instance.
        app = application.instance()
        app.installEventFilter(PaintProbe(app))
        return int(original())

    application.exec = exec_with_probe


class _WidgetsHook(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Loads PySide6.QtWidgets as usual, then installs the probe into it."""

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name != WIDGETS:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        self.loader = spec.loader
        spec.loader = self
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self.loader.exec_module(module)
        install_probe(module)


def main(argv: list[str]) -> int:
    # The whole process's peak, read by the process itself: the ``ru_maxrss`` a parent gets
    # from wait4 starts at the parent's own size (kept across the fork and exec).
    atexit.register(lambda: print(f"exit {peak_kib()}", flush=True))
    sys.meta_path.insert(0, _WidgetsHook())
    if argv[:1] == ["dialog"]:
        runpy.run_path(str(Path(__file__).with_name("startup_dialog.py")), run_name="__main__")
        return 0
    if argv[:1] == ["humdoc"]:
        sys.argv = argv
        runpy.run_module("humdoc", run_name="__main__", alter_sys=True)
        return 0
    print(
        "usage: python -m bench.startup_probe dialog | humdoc ARG...",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
