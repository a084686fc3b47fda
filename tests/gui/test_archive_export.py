"""The archive window's Export menu, offscreen, against a real PostgreSQL server and a case a real
receiver imported: custody report, Uwazi and publication exports of the chosen case."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from humdoc.core.archive.session import ArchiveSession
from humdoc.core.report.model import CustodyReport
from humdoc.gui import file_dialogs
from humdoc.gui.archive_window import ArchiveWindow
from tests.archive.conftest import archive, pg  # noqa: F401
from tests.archive.receiving import WITNESS_NAME, Intake, intake  # noqa: F401
from tests.archive.test_export import _seed


def _window(qtbot: QtBot, session: ArchiveSession, store: Path | None) -> ArchiveWindow:
    win = ArchiveWindow(session, "postgresql://archive", store_folder=store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.cases_model.rowCount() > 0, timeout=10_000)
    with qtbot.waitSignal(win.updated, timeout=10_000, check_params_cb=lambda t: t == "case"):
        win.cases_view.selectRow(0)
    return win


def _export(qtbot: QtBot, win: ArchiveWindow, act: object) -> None:
    with qtbot.waitSignal(win.updated, timeout=30_000, check_params_cb=lambda t: t == "export"):
        act()  # type: ignore[operator]


def _told(win: ArchiveWindow) -> str:
    boxes = [b for b in win.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "no message was shown"
    text = boxes[-1].text()
    for box in boxes:
        box.close()
    return text


def test_an_analyst_exports_the_chosen_case_from_the_menu(
    qtbot: QtBot, w: Intake, monkeypatch: pytest.MonkeyPatch
) -> None:
    t2, photo = _seed(w)
    win = _window(qtbot, w.session("ana1"), w.store)
    exports = win.exports
    assert exports.menu.menuAction().isVisible() and exports.report_action.isVisible()
    assert exports.report_action.isEnabled() and exports.case is not None
    assert exports.case[0] == w.case_id

    report = w.tmp / "report.json"
    _export(qtbot, win, lambda: exports.write_report(report))
    assert "Every custody event verified" in _told(win)
    assert CustodyReport.from_json(json.loads(report.read_text(encoding="utf-8"))).all_verified

    # Through the menu, as a person would: the save dialog answers with a PDF's name.
    pdf = w.tmp / "report.pdf"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: pdf)
    _export(qtbot, win, exports.report_action.trigger)
    assert pdf.read_bytes()[:5] == b"%PDF-" and "verified" in _told(win)

    zipped = w.tmp / "uwazi.zip"
    _export(qtbot, win, lambda: exports.write_uwazi(zipped))
    assert "Rows: 2; files: 1." in _told(win)
    with zipfile.ZipFile(zipped) as zf:
        assert f"{photo}.png" in zf.namelist()
    assert WITNESS_NAME.encode() not in zipped.read_bytes()

    published = w.tmp / "publish.csv"
    _export(qtbot, win, lambda: exports.write_publication(published))
    assert "Held back" in _told(win)
    rows = list(csv.DictReader(io.StringIO(published.read_text(encoding="utf-8"))))
    assert [r["record"] for r in rows] == [t2]
    assert not win.error.isVisible()

    with w.session("admin1") as admin:
        actions = {(e["actor"], e["action"]) for e in admin.access_log()}
    for action in ("export-report", "export-uwazi", "export-publication"):
        assert (w.archive.role("ana1"), action) in actions
    win.lock()
    assert not exports.report_action.isEnabled()


def test_intake_has_no_export_menu_and_the_database_refuses_it_in_one_line(
    qtbot: QtBot, w: Intake
) -> None:
    _seed(w)
    win = _window(qtbot, w.session("intake1"), w.store)
    assert not win.exports.menu.menuAction().isVisible()
    assert not win.exports.report_action.isVisible()
    out = w.tmp / "report.json"
    _export(qtbot, win, lambda: win.exports.write_report(out))
    assert win.error.isVisible() and "\n" not in win.error.text() and win.error.text()
    assert not out.exists()
    win.lock()


def test_uwazi_without_the_blob_store_folder_is_one_line_and_writes_nothing(
    qtbot: QtBot, w: Intake
) -> None:
    _seed(w)
    win = _window(qtbot, w.session("ana1"), None)
    out = w.tmp / "uwazi.zip"
    _export(qtbot, win, lambda: win.exports.write_uwazi(out))
    assert "blob store" in win.error.text()
    assert not out.exists()
    win.lock()
