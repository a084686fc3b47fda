"""The unlocked workspace: cases, incidents, testimonies, consent, search, lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from humdoc.gui.main_window import MainWindow
from humdoc.gui.testimony_dialog import TestimonyDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import session_of, unlock_through_ui


def _new_case(win: MainWindow, title: str = "Checkpoint arrests") -> str:
    dialog = win.workspace.new_case()
    assert dialog is not None
    dialog.title_edit.setText(title)
    dialog.description_edit.setPlainText("Arrests at the northern checkpoint")
    dialog.accept()
    assert dialog.saved is not None
    return dialog.saved.id


def _new_testimony(win: MainWindow, statement: str, scopes: tuple[str, ...]) -> TestimonyDialog:
    dialog = win.workspace.case_view.testimonies.new_testimony()
    assert dialog is not None
    dialog.witness_edit.setText("W-017")
    dialog.statement_edit.setPlainText(statement)
    dialog.language_edit.setText("en")
    dialog.interviewer_edit.setText("Team A")
    dialog.consent.set_scopes(scopes)
    dialog.violations.set_codes(["03.01"])
    dialog.tags_edit.setText("night, checkpoint")
    dialog.accept()
    return dialog


def test_create_a_case_through_the_dialog(unlocked: MainWindow) -> None:
    case_id = _new_case(unlocked)
    case = session_of(unlocked).cases.get(case_id)
    assert case.title == "Checkpoint arrests"
    assert case.description == "Arrests at the northern checkpoint"
    workspace = unlocked.workspace
    assert workspace.cases_model.rowCount() == 2
    assert workspace.case_view.case is not None and workspace.case_view.case.id == case_id
    assert workspace.case_view.title.text() == "Checkpoint arrests"


def test_invalid_case_stays_open_with_inline_error(unlocked: MainWindow) -> None:
    dialog = unlocked.workspace.new_case()
    assert dialog is not None
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text() == "The case title must not be empty."
    assert session_of(unlocked).cases.count() == 1
    dialog.reject()


def test_edit_and_delete_a_case(unlocked: MainWindow, always_confirm: list[str]) -> None:
    case_id = _new_case(unlocked)
    view = unlocked.workspace.case_view
    dialog = view.edit_case()
    assert dialog is not None
    dialog.title_edit.setText("Renamed")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("closed"))
    dialog.policy_combo.setCurrentIndex(dialog.policy_combo.findData("strip"))
    dialog.accept()
    case = session_of(unlocked).cases.get(case_id)
    assert (case.title, case.status, case.policy) == ("Renamed", "closed", "strip")
    assert view.title.text() == "Renamed"
    assert view.status.text() == "Closed"

    view.delete_case()
    assert always_confirm and "Renamed" in always_confirm[0]
    assert [c.id for c in session_of(unlocked).cases.list()] != [case_id]
    assert case_id not in {c.id for c in session_of(unlocked).cases.list()}
    assert unlocked.workspace.cases_model.row_of(case_id) == -1


def test_create_a_testimony_with_an_incident_through_the_dialogs(unlocked: MainWindow) -> None:
    case_id = _new_case(unlocked)
    incidents = unlocked.workspace.case_view.incidents
    inc_dialog = incidents.new_incident()
    assert inc_dialog is not None
    inc_dialog.title_edit.setText("Night raid")
    inc_dialog.location_edit.setText("District 4")
    inc_dialog.accept()
    assert inc_dialog.saved is not None
    assert incidents.model.rowCount() == 1

    dialog = unlocked.workspace.case_view.testimonies.new_testimony()
    assert dialog is not None
    assert dialog.incidents.count() == 1
    dialog.incidents.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.witness_edit.setText("W-017")
    dialog.statement_edit.setPlainText("They came at night.")
    dialog.consent.set_scopes(["record", "share-centre"])
    dialog.violations.set_codes(["03.01", "02.01"])
    dialog.tags_edit.setText("night, Checkpoint")
    dialog.accept()
    assert dialog.saved is not None

    [stored] = session_of(unlocked).testimonies.list(case_id)
    assert stored.statement == "They came at night."
    assert stored.witness_code == "W-017"
    assert stored.consent.scopes == ("record", "share-centre")
    assert stored.violations == ("02.01", "03.01")
    assert stored.incidents == (inc_dialog.saved.id,)
    assert stored.tags == ("checkpoint", "night")
    tab = unlocked.workspace.case_view.testimonies
    assert tab.current() is not None and tab.current().id == stored.id  # type: ignore[union-attr]
    assert "They came at night." in tab.reader.toPlainText()


def test_consent_checkboxes_round_trip(unlocked: MainWindow) -> None:
    _new_case(unlocked)
    created = _new_testimony(unlocked, "Statement", ("record", "publish-anonymised"))
    assert created.saved is not None
    tid = created.saved.id

    tab = unlocked.workspace.case_view.testimonies
    assert tab.select(tid)
    edit = tab.edit_testimony()
    assert edit is not None
    boxes = edit.consent.boxes
    assert {s for s, b in boxes.items() if b.isChecked()} == {"record", "publish-anonymised"}
    assert edit.witness_edit.isReadOnly()
    assert edit.violations.codes() == ["03.01"]
    boxes["publish-anonymised"].setChecked(False)
    boxes["share-identity"].setChecked(True)
    edit.accept()

    session = session_of(unlocked)
    assert session.testimonies.consent(tid).scopes == ("record", "share-identity")
    assert len(session.testimonies.consent_history(tid)) == 2

    # Saving again without touching consent records no new consent event.
    again = tab.edit_testimony()
    assert again is not None
    again.statement_edit.setPlainText("Statement, corrected")
    again.accept()
    assert len(session.testimonies.consent_history(tid)) == 2
    assert session.testimonies.get(tid).statement == "Statement, corrected"


def test_delete_a_testimony(unlocked: MainWindow, always_confirm: list[str]) -> None:
    case_id = _new_case(unlocked)
    _new_testimony(unlocked, "To be deleted", ("record",))
    tab = unlocked.workspace.case_view.testimonies
    tab.delete_testimony()
    assert "W-017" in always_confirm[0]
    assert session_of(unlocked).testimonies.list(case_id) == []
    assert tab.model.rowCount() == 0
    assert tab.reader.toPlainText() == ""


def test_search_shows_a_hit_and_activating_it_opens_the_testimony(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    case_id = _new_case(unlocked, "Other case")
    created = _new_testimony(unlocked, "The soldiers burned the granary", ("record",))
    assert created.saved is not None
    workspace = unlocked.workspace
    workspace.select_case(session_of(unlocked).cases.list()[-1].id)  # move away from the case

    unlocked.find_action.trigger()  # Ctrl+F
    assert workspace.search_edit.hasFocus() or workspace.search_edit.isVisible()
    qtbot.keyClicks(workspace.search_edit, "granary")
    qtbot.keyClick(workspace.search_edit, Qt.Key.Key_Return)
    assert workspace.left.currentIndex() == 1
    assert workspace.search_model.rowCount() == 1
    assert workspace.search_model.index(0, 0).data() == "Testimony"
    assert "granary" in workspace.search_model.index(0, 2).data()

    workspace.search_view.activated.emit(workspace.search_model.index(0, 0))
    view = workspace.case_view
    assert view.case is not None and view.case.id == case_id
    assert view.tabs.currentWidget() is view.testimonies
    assert view.testimonies.current() is not None
    assert view.testimonies.current().id == created.saved.id  # type: ignore[union-attr]

    # the witness's pseudonym finds it too
    workspace.search_edit.clear()
    qtbot.keyClicks(workspace.search_edit, "W-017")
    qtbot.keyClick(workspace.search_edit, Qt.Key.Key_Return)
    assert workspace.search_model.rowCount() == 1
    assert "[W-017]" in workspace.search_model.index(0, 2).data()


def test_search_error_goes_to_the_status_bar(unlocked: MainWindow) -> None:
    assert unlocked.workspace.search("  ") == []
    assert unlocked.statusBar().currentMessage() == "Type at least one word to search for."


def test_lock_closes_the_session_and_drops_every_model(qtbot: QtBot, unlocked: MainWindow) -> None:
    _new_case(unlocked)
    _new_testimony(unlocked, "Something to forget", ("record",))
    session = session_of(unlocked)
    workspace = unlocked.workspace
    workspace.search("forget")
    open_dialog = workspace.case_view.testimonies.edit_testimony()
    assert open_dialog is not None and open_dialog.isVisible()

    assert unlocked.lock_action.shortcut() == QKeySequence("Ctrl+L")
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        unlocked.lock_action.trigger()

    assert unlocked.session is None
    assert session.vault.is_locked
    assert unlocked.stack.currentWidget() is unlocked.unlock_screen
    for model in (
        workspace.cases_model,
        workspace.search_model,
        workspace.case_view.testimonies.model,
        workspace.case_view.incidents.model,
    ):
        assert model.rowCount() == 0
    assert workspace.case_view.testimonies.reader.toPlainText() == ""
    assert workspace.search_edit.text() == ""
    assert not open_dialog.isVisible()
    assert not unlocked.lock_action.isEnabled()
    assert unlocked.role_label.text() == "Locked"

    unlock_through_ui(qtbot, unlocked)  # and it opens again
    assert unlocked.workspace.cases_model.rowCount() == 2


def test_auto_lock_after_inactivity(qtbot: QtBot, closed_vault: object) -> None:
    from pathlib import Path

    win = MainWindow(Path(str(closed_vault)), auto_lock_ms=200)
    qtbot.addWidget(win)
    win.show()
    unlock_through_ui(qtbot, win)
    with qtbot.waitSignal(win.locked, timeout=5000):
        pass
    assert win.session is None


def test_check_integrity_runs_as_a_job(qtbot: QtBot, unlocked: MainWindow) -> None:
    unlocked.check_integrity()
    qtbot.waitUntil(
        lambda: any(
            b.isVisible() and b.text().startswith("The vault is intact")
            for b in unlocked.findChildren(QMessageBox)
        ),
        timeout=10_000,
    )


def test_change_passphrase(qtbot: QtBot, unlocked: MainWindow) -> None:
    dialog = unlocked.change_passphrase()
    assert dialog is not None
    dialog.old.setText(PASSPHRASE.decode())
    dialog.new.setText("a brand new passphrase")
    dialog.again.setText("a brand new passphrase")
    dialog.accept()
    assert dialog.old.text() == dialog.new.text() == dialog.again.text() == ""
    qtbot.waitUntil(
        lambda: any(
            b.isVisible() and "passphrase is changed" in b.text()
            for b in unlocked.findChildren(QMessageBox)
        ),
        timeout=10_000,
    )
    unlocked.lock()
    unlock_through_ui(qtbot, unlocked, b"a brand new passphrase")


def test_change_passphrase_refuses_differing_new_ones(unlocked: MainWindow) -> None:
    dialog = unlocked.change_passphrase()
    assert dialog is not None
    dialog.old.setText(PASSPHRASE.decode())
    dialog.new.setText("one")
    dialog.again.setText("two")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text() == "The two new passphrases differ; type them again."
    dialog.reject()
