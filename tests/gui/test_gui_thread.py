"""Nothing decrypts on the GUI thread: the check every GUI test runs, tested itself, and the
background task that thumbnails and previews use instead."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from humdoc.core.errors import HumdocError, SessionClosed
from humdoc.core.session import Session
from humdoc.gui.workers import run_in_background
from tests.core.exchange_helpers import small_png
from tests.gui.conftest import gui_thread_decryption

# What a module of the GUI package would run: decrypt the item's original where it stands.
_GUI_CODE = "png = session.media.thumbnail(item_id, 64)\n"
_GUI_FILE = os.path.join(os.sep, "somewhere", "humdoc", "gui", "careless.py")


def test_the_check_sees_gui_code_decrypting_on_the_gui_thread(
    session: Session, tmp_path: Path, no_decryption_on_the_gui_thread: list[str]
) -> None:
    case = session.cases.create("Photos").id
    item_id = session.media.import_file(case, small_png(tmp_path / "a.png")).id
    session.media.thumbnail(item_id, 64)  # a test's own read is not the window's
    assert no_decryption_on_the_gui_thread == []

    scope = {"session": session, "item_id": item_id}
    exec(compile(_GUI_CODE, _GUI_FILE, "exec"), scope)  # noqa: S102 (a fixed line, above)
    assert len(no_decryption_on_the_gui_thread) == 1
    assert (
        "decrypted on the GUI thread by <module> (careless.py:1)"
        in (no_decryption_on_the_gui_thread[0])
    )
    no_decryption_on_the_gui_thread.clear()  # seen: do not fail this test for it

    elsewhere = threading.Thread(
        target=lambda: exec(compile(_GUI_CODE, _GUI_FILE, "exec"), scope)  # noqa: S102
    )
    elsewhere.start()
    elsewhere.join(timeout=30)
    assert no_decryption_on_the_gui_thread == []  # the same code on a worker is the right way
    assert gui_thread_decryption("b" * 32) is None  # called from a test, not from humdoc.gui


def test_background_task_runs_on_a_worker_and_reports_on_the_gui_thread(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    case = session.cases.create("Photos").id
    item_id = session.media.import_file(case, small_png(tmp_path / "a.png")).id
    ran_on: list[threading.Thread] = []
    got: list[tuple[threading.Thread, bytes]] = []

    def work() -> bytes:
        ran_on.append(threading.current_thread())
        return session.media.thumbnail(item_id, 64)

    run_in_background(work, lambda png: got.append((threading.current_thread(), png)))
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert got[0][0] is threading.main_thread() and got[0][1].startswith(b"\x89PNG")

    failures: list[HumdocError] = []
    session.close()  # locked meanwhile: the task fails with a named error, nothing crashes
    run_in_background(lambda: session.media.thumbnail(item_id, 64), got.append, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert isinstance(failures[0], SessionClosed)
    assert len(got) == 1
