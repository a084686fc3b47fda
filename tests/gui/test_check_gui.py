"""Vault ▸ Check integrity: every attachment checked on a worker, findings by item id, Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from humdoc.gui.main_window import MainWindow
from humdoc.gui.workers import JobDialog
from tests.gui.conftest import session_of


def _import_notes(win: MainWindow, tmp_path: Path) -> list[str]:
    session = session_of(win)
    case = session.cases.create("Check").id
    paths = []
    for n in range(3):
        path = tmp_path / f"note-{n}.txt"
        path.write_text(f"note {n}\n" * 20_000)
        paths.append(path)
    return [i.id for i in session.media.import_files(case, paths, policy="keep").imported]


def _boxes(win: MainWindow) -> list[QMessageBox]:
    return [b for b in win.findChildren(QMessageBox) if b.isVisible()]


def test_damage_is_shown_by_item_id(qtbot: QtBot, unlocked: MainWindow, tmp_path: Path) -> None:
    ids = _import_notes(unlocked, tmp_path)
    copy = next(c for c in session_of(unlocked).media.stored_copies() if c.item_id == ids[1])
    path = session_of(unlocked).blobs.folder / copy.blob_id[:2] / copy.blob_id
    data = bytearray(path.read_bytes())
    data[100_000] ^= 0x04
    path.write_bytes(bytes(data))

    unlocked.check_integrity()
    [dialog] = [d for d in unlocked.findChildren(JobDialog) if d.isVisible()]
    assert dialog.cancel_button.isVisible()  # the full check can be long: it can be cancelled
    qtbot.waitUntil(lambda: bool(_boxes(unlocked)), timeout=10_000)
    [box] = _boxes(unlocked)
    assert box.text().startswith("Damage found in 1 place.") and ids[1] in box.text()
    assert ids[1] in box.detailedText() and ids[0] not in box.detailedText()


def test_cancel_stops_the_check_without_a_verdict(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    _import_notes(unlocked, tmp_path)
    unlocked.check_integrity()
    [dialog] = [d for d in unlocked.findChildren(JobDialog) if d.isVisible()]
    with qtbot.waitSignal(dialog.job.signals.cancelled, timeout=10_000):
        dialog.cancel_button.click()  # before the worker starts: it stops at its first check
    qtbot.waitUntil(lambda: dialog.job.done, timeout=10_000)
    assert _boxes(unlocked) == []
