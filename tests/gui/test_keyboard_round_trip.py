"""The field → centre round trip by keyboard alone, in the places where it tripped.

Each test presses the keys a person presses (into whatever widget has the focus at that moment)
and asserts where the focus and the text went: passphrase then Tab then its confirmation, a new
form's first field, Return in the recipient's key, the enrolment form, the case's tabs; and what
the receive shows (whole reasons, the receipt offered beside the bundle, the custody devices).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from humdoc.core.session import Session
from humdoc.gui.centre_dialogs import BundleResultsDialog
from humdoc.gui.dialogs import CaseDialog, IncidentDialog
from humdoc.gui.exchange_models import BundleOutcome
from humdoc.gui.main_window import MainWindow
from humdoc.gui.media_dialogs import CustodyDialog
from humdoc.gui.media_model import CustodyModel
from humdoc.gui.testimony_dialog import TestimonyDialog
from humdoc.gui.vault_actions import ChangePassphraseDialog
from tests.conftest import PASSPHRASE, copy_vault
from tests.gui.conftest import session_of, unlock_through_ui, wait_job

PHOTO = "exif-samples/jpg/gps/DSCN0010.jpg"


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def wait_for_focus(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: focused() is widget, timeout=3000)


def type_like_a_person(qtbot: QtBot, text: str) -> None:
    """Press each key of ``text`` into whichever widget has the focus at that moment."""
    for ch in text:
        target = focused()
        assert target is not None, "no widget has the keyboard focus"
        QTest.keyClick(target, ch)
        qtbot.wait(1)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = focused()
    assert target is not None, "no widget has the keyboard focus"
    QTest.keyClick(target, key, modifier)
    qtbot.wait(1)


# --- passphrase, Tab, the same passphrase again ------------------------------------------------


def test_create_form_tab_goes_from_the_passphrase_to_its_confirmation(
    qtbot: QtBot, vault_dir: Path
) -> None:
    win = MainWindow(vault_dir)  # nothing there yet: the create form shows
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    screen = win.unlock_screen
    wait_for_focus(qtbot, screen.new_passphrase)
    typed = PASSPHRASE.decode()
    type_like_a_person(qtbot, typed)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.confirm_passphrase
    type_like_a_person(qtbot, typed)
    assert screen.new_passphrase.text() == typed
    assert screen.confirm_passphrase.text() == typed
    press(qtbot, Qt.Key.Key_Tab)  # Suggest… is still on the way, after the confirmation
    assert focused() is screen.new_row.suggest_button


def test_change_passphrase_tab_goes_from_the_new_one_to_its_confirmation(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    jobs: list[object] = []
    dialog = ChangePassphraseDialog(session_of(unlocked), lambda *a: jobs.append(a), unlocked)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.new.setFocus()
    wait_for_focus(qtbot, dialog.new)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.again
    dialog.close()


# --- a new form opens with the focus in its first field ---------------------------------------


def test_new_case_testimony_and_incident_forms_take_typing_in_their_first_field(
    qtbot: QtBot, session: Session
) -> None:
    case = session.cases.create("Existing case")
    forms = [
        (CaseDialog(session, None, None), "title_edit"),
        (TestimonyDialog(session, case.id, None, None), "witness_edit"),
        (IncidentDialog(session, case.id, None), "title_edit"),
    ]
    for dialog, field_name in forms:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        field = getattr(dialog, field_name)
        wait_for_focus(qtbot, field)
        # a space on OK would have pressed it: the form must stay open, the text in the field
        type_like_a_person(qtbot, "W-014 night raid")
        assert field.text() == "W-014 night raid", type(dialog).__name__
        assert dialog.isVisible(), type(dialog).__name__
        dialog.reject()


# --- the field exports ------------------------------------------------------------------------


def test_return_in_the_recipient_key_adds_the_recipient_and_exports_nothing(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, new_centre_vault: Path
) -> None:
    centre_path = copy_vault(new_centre_vault, tmp_path / "centre")
    with Session.open(centre_path, PASSPHRASE) as centre:
        recipient = centre.device_keys.describe("centre").age_recipient
    assert recipient is not None
    dialog = unlocked.export_cases()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    wait_for_focus(qtbot, dialog.recipient_name)
    type_like_a_person(qtbot, "Centre")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.recipient_key
    type_like_a_person(qtbot, recipient)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.recipients_model.checked_ids() == ["Centre"]
    assert not dialog.add_recipient_box.isVisible()
    assert dialog.isVisible() and dialog.result_dialog is None  # Return did not export
    dialog.close()


# --- the centre enrols, receives, looks --------------------------------------------------------


def test_centre_round_trip_by_keyboard(
    qtbot: QtBot, tmp_path: Path, corpus: Path, new_field_vault: Path, new_centre_vault: Path
) -> None:
    centre_path = copy_vault(new_centre_vault, tmp_path / "centre")
    with Session.open(centre_path, PASSPHRASE) as centre:
        recipient = centre.device_keys.describe("centre").age_recipient
    assert recipient is not None
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = stick / "field-1.humdoc"
    with Session.open(copy_vault(new_field_vault, tmp_path / "field"), PASSPHRASE) as field:
        case = field.cases.create("اختفاء قسري")
        field.testimonies.add(case.id, "W-014", "اعتقلوا أخي", consent=("record", "share-centre"))
        field.media.import_file(case.id, corpus / PHOTO)
        field.recipients.add("Centre", recipient)
        field.exporter.export([case.id], ["Centre"], bundle, None)
        field_key = field.device_keys.public_key().to_text()
        field_fp = field.device_keys.fingerprint()

    win = MainWindow(centre_path)
    qtbot.addWidget(win)
    win.resize(1200, 728)
    win.show()
    unlock_through_ui(qtbot, win)
    try:
        # nothing enrolled yet: the name field has the focus, not the empty list
        devices = win.enrolled_devices()
        assert devices is not None
        qtbot.waitExposed(devices)
        wait_for_focus(qtbot, devices.name_edit)
        type_like_a_person(qtbot, "Laptop B")
        assert devices.name_edit.text() == "Laptop B"
        devices.name_edit.setText("حاسوب الفريق")  # (QTest types Latin-1 only)
        devices.key_edit.setPlainText(field_key)
        devices.confirm_box.setChecked(True)
        assert devices.enrol()
        devices.close()

        wait_job(qtbot, win.receive_bundles([bundle]))
        # the receipt is offered beside the bundle, on the stick it goes back on
        receipts = win.receipts_dialog
        assert receipts is not None
        assert receipts.suggested_path() == stick / "field-1.humdoc.receipt"
        receipts.close()
        (results,) = [d for d in win.findChildren(BundleResultsDialog) if d.isVisible()]
        results.close()

        # Ctrl+PageDown / Ctrl+PageUp change the case's tab from inside a table
        assert win.workspace.select_case(case.id)
        view = win.workspace.case_view
        win.activateWindow()
        view.testimonies.view.setFocus()
        wait_for_focus(qtbot, view.testimonies.view)
        press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        assert view.tabs.currentWidget() is view.incidents
        press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
        assert view.tabs.currentWidget() is view.testimonies
        press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
        assert view.tabs.currentWidget() is win.workspace.media  # round to the last tab

        # custody names the field device, its fingerprint isolated from the Arabic name
        item = session_of(win).media.list(case.id)[0]
        custody = CustodyDialog(session_of(win), item, win)
        qtbot.addWidget(custody)
        cells = [
            custody.model.index(r, CustodyModel.Column.DEVICE).data()
            for r in range(custody.model.rowCount())
        ]
        assert f"حاسوب الفريق (\u2068{field_fp}\u2069)" in cells
        custody.close()
    finally:
        win.lock()


def test_receive_results_show_a_long_reason_whole(qtbot: QtBot) -> None:
    reason = " ".join(["the bundle's signature does not match its contents"] * 6)
    dialog = BundleResultsDialog(
        "Receive bundles", [BundleOutcome("field-1.humdoc", "rejected", reason)], None
    )
    qtbot.addWidget(dialog)
    dialog.resize(820, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    line = QFontMetrics(dialog.view.font()).height()
    assert dialog.view.rowHeight(0) >= dialog.view.sizeHintForRow(0)
    assert dialog.view.rowHeight(0) > 2 * line  # wrapped over several lines, not cut to one
    dialog.close()


def test_down_in_a_list_with_nothing_selected_selects_the_first_row(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    session = session_of(unlocked)
    session.cases.create("Second case")
    workspace = unlocked.workspace
    workspace.refresh()
    view = workspace.cases_view
    assert workspace.cases_model.rowCount() == 2
    view.clearSelection()
    view.setCurrentIndex(view.model().index(0, 0))  # what Tab into the list leaves: current,
    view.clearSelection()  # but not selected
    unlocked.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    wait_for_focus(qtbot, view)
    press(qtbot, Qt.Key.Key_Down)
    assert [i.row() for i in view.selectionModel().selectedRows()] == [0]
    first = workspace.cases_model.record(0)
    assert workspace.case_view.case is not None and workspace.case_view.case.id == first.id
    press(qtbot, Qt.Key.Key_Down)  # and on from there as usual
    assert [i.row() for i in view.selectionModel().selectedRows()] == [1]


def test_enter_on_a_focused_button_of_the_main_window_clicks_it(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    button = unlocked.workspace.new_case_button
    unlocked.activateWindow()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    wait_for_focus(qtbot, button)
    press(qtbot, Qt.Key.Key_Return)
    dialogs = [
        d for d in QApplication.topLevelWidgets() if isinstance(d, CaseDialog) and d.isVisible()
    ]
    assert len(dialogs) == 1  # one press, one form
    wait_for_focus(qtbot, dialogs[0].title_edit)
    dialogs[0].reject()
