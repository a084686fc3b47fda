"""Case view → Report…: the real save dialog, the job, and the PDF it leaves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from humdoc.core.session import Session
from humdoc.gui.case_view import CaseView
from tests.gui.conftest import wait_job
from tests.gui.test_report_pdf import pdf_text


def _save_as(path: Path, seen: list[str]) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    seen.append(dialog.windowTitle())
    dialog.selectFile(str(path))
    dialog.accept()


def test_report_button_saves_the_custody_report(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    case = session.cases.create("تقرير القضية", "")
    t = session.testimonies.add(case.id, "W-1", "statement", consent=["record"])
    view = CaseView()
    qtbot.addWidget(view)
    view.set_case(session, case)
    assert view.report_button.isEnabled() and view.report_button.text() == "Report…"
    out = tmp_path / "report.pdf"
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _save_as(out, seen))
    started = view.save_report()
    assert seen == ["Save custody report"] and started is not None
    wait_job(qtbot, started[1])
    text = pdf_text(out)
    assert "تقرير القضية" in text
    assert session.custody.chain(t.id)[0].hash in text
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
    assert "Every custody event verified." in box.text()
    box.close()


def test_a_bad_suffix_is_refused_before_anything_runs(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    case = session.cases.create("Case", "")
    view = CaseView()
    qtbot.addWidget(view)
    view.set_case(session, case)
    QTimer.singleShot(0, lambda: _save_as(tmp_path / "report.txt", []))
    assert view.save_report() is None
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
    assert "FILE.pdf or FILE.json" in box.text()
    box.close()
    assert not (tmp_path / "report.txt").exists()
