"""The Media tab: import in a job, thumbnails, the report, metadata, copies, custody, delete, lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPixmap
from pytestqt.qtbot import QtBot

from humdoc.core.media import explain_policy
from humdoc.core.session import Session
from humdoc.gui.main_window import MainWindow
from humdoc.gui.media_dialogs import ImportReportDialog
from humdoc.gui.media_model import CustodyModel, MediaModel
from humdoc.gui.media_tab import MediaTab
from humdoc.gui.workers import JobDialog
from tests.gui.conftest import session_of, wait_job

GPS_PHOTO = "exif-samples/jpg/gps/DSCN0010.jpg"
PLAIN_PHOTO = "exif-samples/jpg/Canon_40D.jpg"


def _media_tab(win: MainWindow) -> MediaTab:
    """The Media tab of the window's first case, shown."""
    workspace = win.workspace
    case = session_of(win).cases.list()[0]
    assert workspace.select_case(case.id)
    view = workspace.case_view
    view.tabs.setCurrentWidget(workspace.media)
    return workspace.media


@pytest.fixture
def refused_file(tmp_path: Path) -> Path:
    """A Windows program dressed up as a photo."""
    path = tmp_path / "holiday.jpg"
    path.write_bytes(b"MZ" + bytes(4094))
    return path


def test_import_shows_item_with_thumbnail_and_reports_refused_file(
    qtbot: QtBot, unlocked: MainWindow, corpus: Path, refused_file: Path
) -> None:
    tab = _media_tab(unlocked)
    wait_job(qtbot, tab.import_files([corpus / GPS_PHOTO, refused_file]))

    model = tab.model
    assert model.rowCount() == 1
    index = model.index(0, MediaModel.Column.NAME)
    assert index.data() == "DSCN0010.jpg"
    decoration = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(decoration, QPixmap) and not decoration.isNull()
    assert max(decoration.width(), decoration.height()) <= 64
    assert model.index(0, MediaModel.Column.LOCATION).data() == "yes"
    assert model.index(0, MediaModel.Column.CAPTURED).data() == "2008-10-22 16:28"

    report = tab.report_dialog
    assert isinstance(report, ImportReportDialog) and report.isVisible()
    text = report.plain_text()
    assert "1 file imported" in text
    assert "holiday.jpg" in text and "program" in text
    report.close()


def test_metadata_pane_shows_gps_camera_hash_and_derivative(
    qtbot: QtBot, unlocked: MainWindow, corpus: Path
) -> None:
    tab = _media_tab(unlocked)
    wait_job(qtbot, tab.import_files([corpus / GPS_PHOTO]))
    item = tab.current()
    assert item is not None  # the imported item is selected
    text = tab.details.toPlainText()
    assert "43.467448, 11.885127" in text
    assert "NIKON COOLPIX P6000" in text
    assert "Nikon Transfer 1.1 W" in text
    assert "640 × 480" in text
    assert item.sha256 in text
    assert "evidence" in text and "Removed:" in text  # the vault default's copy, and what went
    # the preview decrypts the original: it is made on a worker and arrives by signal
    qtbot.waitUntil(lambda: not tab.preview.pixmap().isNull(), timeout=10_000)
    assert tab.preview.pixmap().width() > 64


def test_metadata_pane_rounds_the_altitude(
    qtbot: QtBot, unlocked: MainWindow, corpus: Path
) -> None:
    tab = _media_tab(unlocked)
    wait_job(qtbot, tab.import_files([corpus / "exif-samples/jpg/hdr/iphone_hdr_NO.jpg"]))
    text = tab.details.toPlainText()
    assert "altitude 639.6 m" in text
    assert "639.58" not in text


def test_import_policy_choice_is_used(qtbot: QtBot, unlocked: MainWindow, corpus: Path) -> None:
    tab = _media_tab(unlocked)
    assert tab.policy_combo.itemText(0) == "Default: evidence (vault)"
    tab.policy_combo.setCurrentIndex(tab.policy_combo.findData("strip"))
    wait_job(qtbot, tab.import_files([corpus / PLAIN_PHOTO]))
    item = tab.current()
    assert item is not None
    assert [d.policy for d in item.derivatives] == ["strip"]


def test_lazy_thumbnails_for_items_already_in_the_vault(
    qtbot: QtBot, session: Session, corpus: Path, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    case = session.cases.create("Photos", "")
    for name in (GPS_PHOTO, PLAIN_PHOTO):
        session.media.import_file(case.id, corpus / name)
    checked = MediaModel()
    checked.set_case(session, case.id)
    qtmodeltester.check(checked)
    model = MediaModel(page_size=1)
    model.set_case(session, case.id)
    assert model.rowCount() == 1 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2
    first = model.record(0)
    assert model.thumbnail(first.id) is None
    placeholder = model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert not isinstance(placeholder, QPixmap)  # the file icon, until the thumbnail is made
    qtbot.waitUntil(lambda: model.thumbnail(first.id) is not None, timeout=5000)
    assert isinstance(model.index(0, 0).data(Qt.ItemDataRole.DecorationRole), QPixmap)
    assert model.thumbnail(model.record(1).id) is None  # never painted: never made
    model.set_case(None, None)
    assert model.rowCount() == 0 and model.thumbnail(first.id) is None


def test_export_copy_custody_and_delete(
    qtbot: QtBot, unlocked: MainWindow, corpus: Path, tmp_path: Path, always_confirm: list[str]
) -> None:
    tab = _media_tab(unlocked)
    wait_job(qtbot, tab.import_files([corpus / GPS_PHOTO]))
    item = tab.current()
    assert item is not None

    form = tab.export_copy()
    assert form is not None
    form.copy_combo.setCurrentIndex(form.copy_combo.findData(None))
    assert form.warning.isVisible()  # the original carries its GPS location
    form.copy_combo.setCurrentIndex(form.copy_combo.findData("strip"))
    assert not form.warning.isVisible()
    assert form.suggested_name() == f"{item.id}-strip.jpg"
    out = tmp_path / "handover.jpg"
    form.path_edit.setText(str(out))
    form.accept()
    jobs = [d for d in tab.findChildren(JobDialog) if d.isVisible()]
    assert len(jobs) == 1
    wait_job(qtbot, jobs[0])
    assert out.is_file()
    strip = next(
        d for d in session_of(unlocked).media.get(item.id).derivatives if d.policy == "strip"
    )
    import hashlib

    assert hashlib.sha256(out.read_bytes()).hexdigest() == strip.sha256

    custody = tab.show_custody()
    assert custody is not None
    assert custody.verified()
    assert custody.status.text().startswith("Chain verified")
    actions = [
        custody.model.index(r, CustodyModel.Column.ACTION).data()
        for r in range(custody.model.rowCount())
    ]
    assert actions[0] == "intake" and "extracted" in actions
    device = custody.model.index(0, CustodyModel.Column.DEVICE).data()
    assert device.startswith("this device (")
    custody.close()

    tab.delete_item()
    assert always_confirm and "DSCN0010.jpg" in always_confirm[0]
    assert tab.model.rowCount() == 0
    assert session_of(unlocked).media.count() == 0


def test_custody_dialog_reports_a_broken_chain(
    qtbot: QtBot, session: Session, corpus: Path, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    from humdoc.gui.media_dialogs import CustodyDialog

    case = session.cases.create("Photos", "")
    item = session.media.import_file(case.id, corpus / GPS_PHOTO)
    session.db.execute(
        "UPDATE custody_events SET entry = replace(entry, 'intake', 'intakE') WHERE item_id = ?",
        (item.id,),
    )
    dialog = CustodyDialog(session, item, None)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert not dialog.verified()
    assert dialog.status.text().startswith("Chain broken: entry 1")


def test_lock_empties_the_media_model(qtbot: QtBot, unlocked: MainWindow, corpus: Path) -> None:
    tab = _media_tab(unlocked)
    wait_job(qtbot, tab.import_files([corpus / GPS_PHOTO]))
    item = tab.current()
    assert item is not None and tab.model.thumbnail(item.id) is not None
    unlocked.lock()
    assert tab.model.rowCount() == 0
    assert tab.model.thumbnail(item.id) is None
    assert tab.details.toPlainText() == ""
    assert tab.preview.pixmap().isNull()
    assert not tab.import_button.isEnabled()


def test_import_warns_without_a_modal_dialog_about_files_that_cannot_leave(
    qtbot: QtBot, unlocked: MainWindow, corpus: Path, tmp_path: Path
) -> None:
    tab = _media_tab(unlocked)
    assert tab.policy_explanation.text() == explain_policy("evidence")  # the vault default
    tab.policy_combo.setCurrentIndex(tab.policy_combo.findData("strip"))
    assert tab.policy_explanation.text() == explain_policy("strip")
    notes = tmp_path / "notes.txt"
    notes.write_text("Interview notes.\n")
    wait_job(qtbot, tab.import_files([notes, corpus / PLAIN_PHOTO]))
    assert tab.model.rowCount() == 2  # both sealed
    assert tab.report_dialog is None  # no modal window: the warning sits in the tab
    assert tab.leave_warning.isVisible()
    text = tab.leave_warning.text()
    assert "1 imported file cannot leave this device under its policy" in text
    assert (
        "notes.txt: it cannot leave under the strip policy. Text files cannot be cleaned of "
        "metadata; export them only under the keep policy."
    ) in text
    assert "Canon_40D.jpg" not in text
    tab.import_button.setFocus()  # work goes on: the tab is usable
    assert tab.import_button.isEnabled()
    wait_job(qtbot, tab.import_files([corpus / PLAIN_PHOTO]))
    assert not tab.leave_warning.isVisible()  # the next import that had none clears it
