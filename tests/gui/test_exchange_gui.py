"""Exchange in the GUI: the export preview and bundle, the centre's verify/receive and enrolment,
device keys, vault settings, and menus by role."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from humdoc.core.exchange.destinations import is_removable, removable_devices
from humdoc.core.session import Session
from humdoc.core.sizes import human_size
from humdoc.gui.centre_dialogs import BundleResultsDialog
from humdoc.gui.drives import mounted
from humdoc.gui.exchange_models import (
    BundleOutcome,
    Choice,
    ChoiceModel,
    DevicesModel,
    OutcomeModel,
    PlanModel,
    PlanRow,
)
from humdoc.gui.export_dialog import ExportDialog, ExportResultDialog
from humdoc.gui.main_window import MainWindow
from tests.conftest import PASSPHRASE, copy_vault
from tests.gui.conftest import session_of, unlock_through_ui, wait_job

GPS_PHOTO = "exif-samples/jpg/gps/DSCN0010.jpg"


def _fill_field(field: Session, corpus: Path) -> str:
    """A case with a shared and a private testimony and a photo; returns the case id."""
    case = field.cases.create("Market shelling", "Shelling of the central market")
    shared = field.testimonies.add(
        case.id, "W-017", "I saw the shell hit the bakery.", consent=("record", "share-centre")
    )
    field.testimonies.add(case.id, "W-018", "Please keep this to yourselves.", consent=("record",))
    field.media.import_file(case.id, corpus / GPS_PHOTO, testimony_id=shared.id)
    return case.id


@dataclass
class Centre:
    path: Path
    age_recipient: str
    fingerprint: str
    public_key: str


@pytest.fixture
def centre_vault(tmp_path: Path, new_centre_vault: Path) -> Centre:
    """A new centre vault, locked; its public keys noted."""
    path = copy_vault(new_centre_vault, tmp_path / "centre")
    with Session.open(path, PASSPHRASE) as s:
        keys = s.device_keys.describe("centre")
    assert keys.age_recipient is not None
    return Centre(path, keys.age_recipient, keys.fingerprint, keys.minisign_public)


@pytest.fixture
def centre_window(qtbot: QtBot, centre_vault: Centre) -> Iterator[MainWindow]:
    win = MainWindow(centre_vault.path)
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    unlock_through_ui(qtbot, win)
    yield win
    win.lock()


# --- export (field) ------------------------------------------------------------------------


def _preview(qtbot: QtBot, dialog: ExportDialog) -> None:
    wait_job(qtbot, dialog.preview())


def test_export_preview_shows_held_back_testimony_and_bundle_is_received(
    qtbot: QtBot, unlocked: MainWindow, corpus: Path, tmp_path: Path, centre_vault: Centre
) -> None:
    field = session_of(unlocked)
    case_id = _fill_field(field, corpus)
    field.recipients.add("Centre", centre_vault.age_recipient)
    unlocked.workspace.refresh()

    dialog = unlocked.export_cases(case_id)
    assert isinstance(dialog, ExportDialog)
    assert dialog.cases_model.checked_ids() == [case_id]
    assert dialog.recipients_model.checked_ids() == ["Centre"]  # the only one: ticked
    assert dialog.out_edit.text().endswith("-1.humdoc")
    assert not dialog.export_button.isEnabled()  # no preview yet
    _preview(qtbot, dialog)

    held = dialog.plan_model.held_back()
    assert [(r.kind, r.what) for r in held] == [("testimony", "W-018")]
    assert "not consented" in held[0].detail
    row = next(
        r for r in range(dialog.plan_model.rowCount()) if not dialog.plan_model.record(r).carried
    )
    assert dialog.plan_model.index(row, PlanModel.Column.STATUS).data() == "held back"
    carried = {(r.kind, r.what) for r in dialog.plan_model._rows if r.carried}
    assert ("testimony", "W-017") in carried and ("media", "DSCN0010.jpg") in carried
    assert "Held back: 1 item<" in dialog.preview_label.text()

    # A changed choice makes the preview stale: no export until it is shown again.
    dialog.policy_combo.setCurrentIndex(dialog.policy_combo.findData("strip"))
    assert dialog.plan_model.rowCount() == 0 and not dialog.export_button.isEnabled()
    _preview(qtbot, dialog)
    assert dialog.export_button.isEnabled()

    out = tmp_path / "usb" / "bundle.humdoc"
    out.parent.mkdir()
    dialog.out_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.export()
    result = blocker.args[0]
    assert out.is_file() and result.sequence == 1
    receivable = out.read_bytes()
    assert not dialog.isVisible()
    shown = [d for d in unlocked.findChildren(ExportResultDialog) if d.isVisible()]
    assert len(shown) == 1
    text = shown[0].plain_text()
    assert result.bundle_id in text and result.sha256 in text
    shown[0].close()

    # No removable drive on this machine: the next bundle is offered where the last one went
    # (the vault's record says where), and in the home folder once that folder is gone.
    assert [m.root for m in mounted() if is_removable(m, removable_devices())] == []
    again = unlocked.export_cases(case_id)
    assert isinstance(again, ExportDialog)
    assert Path(again.out_edit.text()).expanduser().parent == out.parent.resolve()
    assert again.out_edit.text().endswith("-2.humdoc")
    again.close()
    out.unlink()
    out.parent.rmdir()
    later = unlocked.export_cases(case_id)
    assert isinstance(later, ExportDialog)
    assert Path(later.out_edit.text()).expanduser().parent == Path.home()
    later.close()

    with Session.open(centre_vault.path, PASSPHRASE) as centre:
        centre.devices.enrol("Laptop 1", field.device_keys.public_key().to_text())
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(receivable)
        summary = centre.receiver().receive(out)
        assert (summary["testimonies"], summary["media"]) == (1, 1)
        assert [t.witness_code for t in centre.testimonies.list(case_id)] == ["W-017"]


def test_export_preview_plans_without_writing_and_its_preparation_can_be_cancelled(
    qtbot: QtBot, unlocked: MainWindow, corpus: Path, centre_vault: Centre
) -> None:
    field = session_of(unlocked)
    case_id = _fill_field(field, corpus)
    field.recipients.add("Centre", centre_vault.age_recipient)
    unlocked.workspace.refresh()
    dialog = unlocked.export_cases(case_id)
    assert isinstance(dialog, ExportDialog)
    dialog.policy_combo.setCurrentIndex(dialog.policy_combo.findData("strip"))
    (item,) = field.media.list(case_id)

    def strip_copies() -> int:
        return sum(d.policy == "strip" for d in field.media.get(item.id).derivatives)

    job_dialog = dialog.preview()
    assert job_dialog is not None and job_dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(job_dialog.job.signals.cancelled, timeout=30_000):
        job_dialog.cancel_button.click()  # before the worker reaches the first copy
    assert strip_copies() == 0  # the plan itself wrote nothing
    assert dialog.plan_model.rowCount() == 0 and not dialog.export_button.isEnabled()
    assert dialog.preview_label.text() == "Preview cancelled."

    _preview(qtbot, dialog)  # not cancelled: the copy is made and the plan shown
    assert strip_copies() == 1
    carried = {(r.kind, r.what, r.detail.split(";")[0]) for r in dialog.plan_model._rows}
    assert ("media", "DSCN0010.jpg", "strip copy") in carried
    assert dialog.export_button.isEnabled()


def test_add_recipient_inline(qtbot: QtBot, unlocked: MainWindow, centre_vault: Centre) -> None:
    dialog = unlocked.export_cases()
    assert dialog is not None
    assert dialog.add_recipient_box.isVisible()  # no recipient yet: the form is open
    dialog.recipient_name.setText("Centre")
    dialog.recipient_key.setText("age1notakey")
    assert not dialog.add_recipient()
    assert "age X25519 recipient" in dialog.recipient_error.text()
    dialog.recipient_key.setText(centre_vault.age_recipient)
    assert dialog.add_recipient()
    assert dialog.recipients_model.checked_ids() == ["Centre"]
    assert [r.name for r in session_of(unlocked).recipients.list()] == ["Centre"]
    dialog.show_add_recipient()
    dialog.recipient_name.setText("centre")  # the same name in another case
    dialog.recipient_key.setText(centre_vault.age_recipient)
    assert not dialog.add_recipient()
    assert dialog.recipient_error.text() == "A recipient named 'Centre' exists already."
    dialog.close()


# --- the centre ------------------------------------------------------------------------------


def test_centre_enrols_then_receives_good_bundle_and_rejects_tampered_one(
    qtbot: QtBot,
    centre_window: MainWindow,
    centre_vault: Centre,
    corpus: Path,
    tmp_path: Path,
    new_field_vault: Path,
) -> None:
    win = centre_window
    field = Session.open(copy_vault(new_field_vault, tmp_path / "field"), PASSPHRASE)
    try:
        case_id = _fill_field(field, corpus)
        field.recipients.add("Centre", centre_vault.age_recipient)
        good = tmp_path / "good.humdoc"
        field.exporter.export([case_id], ["Centre"], good, "strip")
        field_key = field.device_keys.public_key().to_text()
        field_fp = field.device_keys.fingerprint()
    finally:
        field.close()
    tampered = tmp_path / "tampered.humdoc"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))

    devices = win.enrolled_devices()
    assert devices is not None
    devices.name_edit.setText("Laptop 1")
    devices.key_edit.setPlainText(field_key)
    assert devices.fingerprint.text() == field_fp
    assert not devices.enrol_button.isEnabled()  # not until the user confirms the comparison
    devices.confirm_box.setChecked(True)
    with qtbot.waitSignal(devices.enrolled, timeout=5000):
        assert devices.enrol()
    assert devices.model.rowCount() == 1
    assert devices.model.index(0, DevicesModel.Column.FINGERPRINT).data() == field_fp
    devices.close()

    wait_job(qtbot, win.verify_bundle(good))
    results = [d for d in win.findChildren(BundleResultsDialog) if d.isVisible()]
    assert [o.status for o in results[0].model._rows] == ["verified"]
    results[0].close()
    assert win.workspace.cases_model.rowCount() == 0  # verify imports nothing

    wait_job(qtbot, win.receive_bundles([tampered, good]))
    results = [d for d in win.findChildren(BundleResultsDialog) if d.isVisible()]
    assert len(results) == 1
    outcomes: list[BundleOutcome] = results[0].model._rows
    assert [(o.file, o.status) for o in outcomes] == [
        ("tampered.humdoc", "rejected"),
        ("good.humdoc", "received"),
    ]
    assert outcomes[0].detail  # the reason, in words
    assert "1 received" in results[0].headline.text()
    assert "1 rejected" in results[0].headline.text()
    model = results[0].model
    assert model.index(0, OutcomeModel.Column.RESULT).data() == "rejected"
    assert model.index(0, OutcomeModel.Column.DETAIL).data() == outcomes[0].detail
    results[0].close()
    titles = [
        win.workspace.cases_model.record(r).title
        for r in range(win.workspace.cases_model.rowCount())
    ]
    assert titles == ["Market shelling"]  # the cases list refreshed after receive

    # the same bundle again is said to be already received, not received (as the CLI says)
    wait_job(qtbot, win.receive_bundles([good]))
    (again,) = [d for d in win.findChildren(BundleResultsDialog) if d.isVisible()]
    assert [o.status for o in again.model._rows] == ["already-received"]
    assert again.headline.text() == "1 already received (nothing new)."
    assert again.model.index(0, OutcomeModel.Column.RESULT).data() == "already received"
    assert win.statusBar().currentMessage() == "0 bundles received. 1 already received before."
    again.close()

    # the Media tab pairs each hash with its own copy's size and name
    photo = (corpus / GPS_PHOTO).read_bytes()
    assert win.workspace.select_case(case_id)
    win.workspace.case_view.tabs.setCurrentWidget(win.workspace.media)
    win.workspace.media.view.selectRow(0)
    item = win.workspace.media.current()
    assert item is not None
    details = win.workspace.media.details.toPlainText()
    original = details.split("Original", 1)[1].split("Strip copy", 1)[0]
    assert "size not known here" in original and hashlib.sha256(photo).hexdigest() in original
    stripped = details.split("Strip copy", 1)[1]
    assert human_size(item.sealed_size) in stripped and item.sealed_sha256 in stripped
    assert human_size(len(photo)) not in details
    form = win.workspace.media.export_copy()
    assert form is not None
    assert form.copy_combo.itemData(0) is None
    assert form.copy_combo.itemText(0).startswith("The stripped copy this vault received")
    form.close()


def test_centre_enrol_rejects_a_malformed_key(centre_window: MainWindow) -> None:
    devices = centre_window.enrolled_devices()
    assert devices is not None
    devices.key_edit.setPlainText("not a key")
    assert devices.fingerprint.text() == "—"
    assert not devices.confirm_box.isEnabled() and not devices.enrol_button.isEnabled()
    devices.close()


# --- keys, settings, menus -------------------------------------------------------------------


def test_device_keys_dialog_field(unlocked: MainWindow) -> None:
    dialog = unlocked.device_keys()
    assert dialog is not None
    session = session_of(unlocked)
    assert dialog.fingerprint.text() == session.device_keys.fingerprint()
    assert dialog.public_key.toPlainText() == session.device_keys.public_key().to_text().strip()
    qr = dialog.public_qr.pixmap()
    assert not qr.isNull() and qr.width() > 100
    assert dialog.age_qr is None  # a field device has no age recipient
    dialog.close()


def test_device_keys_dialog_centre_copies_age_recipient(
    centre_window: MainWindow, centre_vault: Centre
) -> None:
    dialog = centre_window.device_keys()
    assert dialog is not None
    assert dialog.fingerprint.text() == centre_vault.fingerprint
    assert dialog.age_recipient is not None and dialog.age_qr is not None
    assert dialog.age_recipient.toPlainText() == centre_vault.age_recipient
    assert not dialog.age_qr.pixmap().isNull()
    assert dialog.copy_recipient is not None
    dialog.copy_recipient.click()
    assert QApplication.clipboard().text() == centre_vault.age_recipient
    dialog.close()


def test_vault_settings_dialog(unlocked: MainWindow) -> None:
    dialog = unlocked.vault_settings()
    assert dialog is not None
    assert dialog.policy_combo.currentData() == "evidence"
    dialog.policy_combo.setCurrentIndex(dialog.policy_combo.findData("strip"))
    dialog.strip_box.setChecked(True)
    dialog.actor_edit.setText("Field team C")
    dialog.accept()
    settings = session_of(unlocked).settings
    assert (str(settings.default_policy), settings.strip_at_intake, settings.actor) == (
        "strip",
        True,
        "Field team C",
    )
    assert unlocked.workspace.media.policy_combo.itemText(0) == "Default: strip (vault)"

    dialog = unlocked.vault_settings()
    assert dialog is not None
    dialog.actor_edit.setText("  ")
    dialog.accept()
    assert dialog.isVisible() and "actor name" in dialog.error.text()
    dialog.reject()


def test_menus_follow_the_role(qtbot: QtBot, window: MainWindow, centre_window: MainWindow) -> None:
    field = window
    centre_only = ("verify_action", "receive_action", "devices_action")
    for name in centre_only:
        assert not getattr(field, name).isVisible()
    assert not field.export_action.isEnabled() and not field.keys_action.isEnabled()
    unlock_through_ui(qtbot, field)
    for name in centre_only:
        assert not getattr(field, name).isVisible() and not getattr(field, name).isEnabled()
    assert field.verify_bundle(Path("x.humdoc")) is None  # not even by a slot
    assert field.export_action.isEnabled() and field.keys_action.isEnabled()
    assert field.settings_action.isEnabled()

    for name in centre_only:
        action = getattr(centre_window, name)
        assert action.isVisible() and action.isEnabled()
    centre_window.lock()
    for name in centre_only:
        assert not getattr(centre_window, name).isVisible()


def test_exchange_models_contract(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    choices = ChoiceModel(("Case", "Status"))
    choices.set_choices([Choice("c-1", "One", "open"), Choice("c-2", "Two", "closed")], ["c-2"])
    qtmodeltester.check(choices)
    index = choices.index(0, ChoiceModel.Column.NAME)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert choices.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert choices.checked_ids() == ["c-1", "c-2"]
    choices.set_checked("c-2", False)
    assert choices.checked_ids() == ["c-1"]

    plan = PlanModel()
    plan.set_records(
        [
            PlanRow(False, "testimony", "W-1", "no consent", "t-1"),
            PlanRow(True, "media", "a.jpg", "strip copy", "m-1"),
        ]
    )
    qtmodeltester.check(plan)
    outcomes = OutcomeModel()
    outcomes.set_records([BundleOutcome("a.humdoc", "rejected", "bad signature")])
    qtmodeltester.check(outcomes)
    qtmodeltester.check(DevicesModel())


def test_case_view_export_button_opens_the_dialog_with_the_case_ticked(
    unlocked: MainWindow,
) -> None:
    view = unlocked.workspace.case_view
    assert view.case is not None
    view.export_button.click()
    dialogs = [d for d in unlocked.findChildren(ExportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].cases_model.checked_ids() == [view.case.id]
    unlocked.lock()  # closes the dialog and drops its lists
    assert dialogs[0].cases_model.rowCount() == 0
