"""The identity compartment in the GUI: create it and change its passphrase, a witness's identity
behind its own passphrase, identities in an export, and a centre receiving them (or not)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from humdoc.core.domain.identities import IdentityRecord
from humdoc.core.domain.testimonies import Testimony as Statement
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from humdoc.gui.case_tabs import TestimoniesTab
from humdoc.gui.centre_dialogs import BundleResultsDialog
from humdoc.gui.exchange_models import BundleOutcome
from humdoc.gui.export_dialog import ExportDialog, ExportResultDialog
from humdoc.gui.identity_dialogs import CompartmentDialog, IdentityDialog, PassphrasePrompt
from humdoc.gui.main_window import MainWindow
from humdoc.gui.workers import JobDialog
from tests.conftest import PASSPHRASE, copy_vault
from tests.gui.conftest import session_of, unlock_through_ui, wait_job

COMPARTMENT = "moth lantern quarry eleven"
CENTRE_COMPARTMENT = "granite heron tuesday"
NAME = "Amina QZXV-planted Haddad"
CONTACT = "+000 5550 QZXV 17"
PRIVATE_NAME = "Yusuf QZXV-private Karimi"


def _visible_job(win: QWidget) -> JobDialog:
    jobs = [d for d in win.findChildren(JobDialog) if d.isVisible()]
    assert len(jobs) == 1
    return jobs[0]


def _with_compartment(session: Session, passphrase: str = COMPARTMENT) -> None:
    session.identities.create(passphrase.encode(), KdfParams.floor())


def _witnesses(session: Session) -> tuple[str, Statement, Statement]:
    """A case with a witness who consented to sharing their identity and one who did not."""
    case = session.cases.create("Checkpoint detentions", "")
    shared = session.testimonies.add(
        case.id,
        "W-017",
        "They held us at the checkpoint for two days.",
        consent=("record", "share-centre", "share-identity"),
    )
    private = session.testimonies.add(
        case.id, "W-018", "I was there too.", consent=("record", "share-centre")
    )
    return case.id, shared, private


def _testimonies_tab(win: MainWindow, case_id: str, testimony_id: str) -> TestimoniesTab:
    win.workspace.refresh()
    assert win.workspace.select_case(case_id)
    tab = win.workspace.case_view.testimonies
    assert tab.select(testimony_id)
    return tab


def _unlock_identity(qtbot: QtBot, dialog: IdentityDialog, passphrase: str) -> None:
    dialog.passphrase.setText(passphrase)
    wait_job(qtbot, dialog.unlock())
    assert dialog.passphrase.text() == ""  # cleared as soon as it was read


def _texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip()]
    if isinstance(widget, QLineEdit):
        texts.append(widget.text())
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        texts.append(widget.toPlainText())
    elif isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    return texts


def _files(root: Path) -> list[Path]:
    return [Path(d) / f for d, _dirs, names in os.walk(root) for f in names]


# --- the compartment ---------------------------------------------------------------------------


def test_create_compartment_refuses_the_vault_passphrase_then_changes_its_own(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    assert unlocked.identity_action.isEnabled()
    dialog = unlocked.identity_compartment()
    assert isinstance(dialog, CompartmentDialog) and dialog.creating
    assert "lost" in dialog.explanation.text()
    assert not dialog.old.isVisible()  # nothing to give yet

    dialog.new.setText(COMPARTMENT)
    dialog.again.setText("something else")
    dialog.accept()
    assert dialog.isVisible() and "differ" in dialog.error.text()
    assert dialog.new.text() == dialog.again.text() == ""

    dialog.new.setText(PASSPHRASE.decode())
    dialog.again.setText(PASSPHRASE.decode())
    dialog.accept()
    wait_job(qtbot, dialog.job_dialog)
    assert dialog.isVisible()
    assert "must differ from the vault passphrase" in dialog.error.text()
    assert not session_of(unlocked).identities.exists()

    dialog.new.setText(COMPARTMENT)
    dialog.again.setText(COMPARTMENT)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):  # closes (and goes) once created
        dialog.accept()
    assert session_of(unlocked).identities.exists()

    change = unlocked.identity_compartment()
    assert isinstance(change, CompartmentDialog) and not change.creating
    change.old.setText("not the passphrase")
    change.new.setText("a newer compartment passphrase")
    change.again.setText("a newer compartment passphrase")
    change.accept()
    wait_job(qtbot, change.job_dialog)
    assert change.isVisible() and change.error.text() == "Wrong passphrase."

    change.old.setText(COMPARTMENT)
    change.new.setText("a newer compartment passphrase")
    change.again.setText("a newer compartment passphrase")
    with qtbot.waitSignal(change.accepted, timeout=30_000):
        change.accept()
    session_of(unlocked).identities.open(b"a newer compartment passphrase").close()


# --- a witness's identity ----------------------------------------------------------------------


def test_identity_dialog_sets_reads_back_and_deletes(
    qtbot: QtBot, unlocked: MainWindow, always_confirm: list[str]
) -> None:
    session = session_of(unlocked)
    case_id, shared, _private = _witnesses(session)
    tab = _testimonies_tab(unlocked, case_id, shared.id)
    assert tab.open_identity() is None  # no compartment yet: says so, opens nothing
    _with_compartment(session)
    assert tab.identity_button.isEnabled()

    dialog = tab.open_identity()
    assert isinstance(dialog, IdentityDialog)
    assert "No identity is recorded yet" in dialog.unlock_message.text()
    _unlock_identity(qtbot, dialog, "wrong compartment passphrase")
    assert dialog.unlock_error.text() == "Wrong passphrase."
    assert dialog.compartment is None and dialog.pages.currentIndex() == 0

    _unlock_identity(qtbot, dialog, COMPARTMENT)
    assert dialog.compartment is not None and dialog.pages.currentIndex() == 1
    assert dialog.name_edit.text() == "" and not dialog.delete_button.isEnabled()
    dialog.contact_edit.setText(CONTACT)
    assert not dialog.save()  # a name is required
    assert "name must not be empty" in dialog.error.text()
    dialog.name_edit.setText(NAME)
    dialog.notes_edit.setPlainText("Lives with her brother; call only in the evening.")
    compartment = dialog.compartment
    with qtbot.waitSignal(dialog.changed) as blocker:
        assert dialog.save()
    assert blocker.args == [shared.witness_id]
    assert not dialog.isVisible() and dialog.compartment is None
    with pytest.raises(Exception, match="locked"):
        compartment.get(shared.witness_id)  # the key was wiped with the dialog
    with session.identities.open(COMPARTMENT.encode()) as comp:
        assert comp.get(shared.witness_id) == IdentityRecord(
            NAME, CONTACT, "Lives with her brother; call only in the evening."
        )

    again = tab.open_identity()
    assert again is not None
    assert "An identity is recorded" in again.unlock_message.text()
    _unlock_identity(qtbot, again, COMPARTMENT)
    assert (again.name_edit.text(), again.contact_edit.text()) == (NAME, CONTACT)
    assert again.delete_button.isEnabled()
    assert again.delete_identity()
    assert "W-017" in always_confirm[-1]
    assert not again.isVisible()
    assert session.identities.person_ids() == []


def test_locking_closes_an_open_identity_dialog_and_wipes_its_key(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    session = session_of(unlocked)
    case_id, shared, _private = _witnesses(session)
    _with_compartment(session)
    dialog = _testimonies_tab(unlocked, case_id, shared.id).open_identity()
    assert dialog is not None
    _unlock_identity(qtbot, dialog, COMPARTMENT)
    compartment = dialog.compartment
    assert compartment is not None
    unlocked.lock()
    assert not dialog.isVisible() and dialog.compartment is None
    assert not any(compartment._key)  # overwritten before the session closed


def test_no_identity_left_on_disk_or_in_widgets_after_the_dialog_closed(
    qtbot: QtBot, qapp: QApplication, unlocked: MainWindow, tmp_path: Path
) -> None:
    session = session_of(unlocked)
    case_id, shared, _private = _witnesses(session)
    dialog = unlocked.identity_compartment()
    assert dialog is not None
    dialog.new.setText(COMPARTMENT)
    dialog.again.setText(COMPARTMENT)
    dialog.accept()
    wait_job(qtbot, dialog.job_dialog)

    tab = _testimonies_tab(unlocked, case_id, shared.id)
    identity = tab.open_identity()
    assert identity is not None
    _unlock_identity(qtbot, identity, COMPARTMENT)
    identity.name_edit.setText(NAME)
    identity.contact_edit.setText(CONTACT)
    assert identity.save()
    identity = tab.open_identity()
    assert identity is not None
    _unlock_identity(qtbot, identity, COMPARTMENT)
    assert identity.name_edit.text() == NAME  # shown while the dialog is open
    identity.close()
    qapp.processEvents()

    marker = "QZXV"
    shown = [
        type(w).__name__
        for w in QApplication.allWidgets()
        for text in _texts(w)
        if marker in text or COMPARTMENT in text
    ]
    assert shown == []
    assert marker not in unlocked.statusBar().currentMessage()
    assert marker not in tab.reader.toPlainText() and marker not in QApplication.clipboard().text()

    unlocked.close()
    QSettings().sync()
    qapp.processEvents()
    needles = [s.encode(e) for s in (NAME, CONTACT, "QZXV") for e in ("utf-8", "utf-16-le")]
    files = _files(tmp_path)
    assert any(p.name == "vault.db" for p in files) and any(p.suffix == ".conf" for p in files)
    assert [str(p) for p in files for n in needles if n in p.read_bytes()] == []


# --- export and receive ------------------------------------------------------------------------


@dataclass
class Centre:
    path: Path
    age_recipient: str


@pytest.fixture
def centre_vault(tmp_path: Path, new_centre_vault: Path) -> Centre:
    """A new centre vault, locked."""
    path = copy_vault(new_centre_vault, tmp_path / "centre")
    with Session.open(path, PASSPHRASE) as s:
        keys = s.device_keys.describe("centre")
    assert keys.age_recipient is not None
    return Centre(path, keys.age_recipient)


def _set_identities(session: Session, shared: Statement, private: Statement) -> None:
    with session.identities.open(COMPARTMENT.encode()) as comp:
        comp.set(shared.witness_id, IdentityRecord(NAME, CONTACT))
        comp.set(private.witness_id, IdentityRecord(PRIVATE_NAME))


def test_export_with_identities_carries_only_the_consenting_witness(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, centre_vault: Centre
) -> None:
    field = session_of(unlocked)
    case_id, shared, private = _witnesses(field)
    field.recipients.add("Centre", centre_vault.age_recipient)
    _with_compartment(field)
    _set_identities(field, shared, private)
    unlocked.workspace.refresh()

    dialog = unlocked.export_cases(case_id)
    assert isinstance(dialog, ExportDialog)
    assert dialog.identity_box.isEnabled() and not dialog.identity_box.isChecked()
    assert not dialog.identity_warning.isVisible()
    wait_job(qtbot, dialog.preview())
    assert not [r for r in dialog.plan_model._rows if r.kind == "identity"]
    assert dialog.export_button.isEnabled()

    dialog.identity_box.setChecked(True)
    assert dialog.identity_warning.isVisible()
    assert "documentation centre only" in dialog.identity_warning.text()
    assert not dialog.export_button.isEnabled()  # the preview must be shown again
    wait_job(qtbot, dialog.preview())
    rows = {(r.carried, r.kind, r.what) for r in dialog.plan_model._rows}
    assert (True, "identity", "W-017") in rows
    assert (False, "identity", "W-018") in rows
    [held] = [r for r in dialog.plan_model.held_back() if r.kind == "identity"]
    assert "not consented to sharing their identity" in held.detail
    assert "Witness identities: 1" in dialog.preview_label.text()
    assert not [r for r in dialog.plan_model._rows if "QZXV" in r.what + r.detail]

    out = tmp_path / "usb" / "bundle.humdoc"
    out.parent.mkdir()
    dialog.out_edit.setText(str(out))
    prompt = dialog.export()
    assert isinstance(prompt, PassphrasePrompt) and prompt.isVisible()
    prompt.passphrase.setText("not the compartment passphrase")
    prompt.accept()
    wait_job(qtbot, _visible_job(dialog))
    assert dialog.isVisible() and "Wrong identity-compartment passphrase" in dialog.error.text()
    assert not out.exists()

    prompt = dialog.export()
    assert isinstance(prompt, PassphrasePrompt)
    prompt.passphrase.setText(COMPARTMENT)
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        prompt.accept()
        assert prompt.passphrase.text() == ""  # cleared before the prompt went away
    assert blocker.args[0].plan.identities == [shared.witness_id]
    results = [d for d in unlocked.findChildren(ExportResultDialog) if d.isVisible()]
    assert "Witness identities1" in results[0].plain_text().replace("\n", "").replace("\t", "")
    results[0].close()

    with Session.open(centre_vault.path, PASSPHRASE) as centre:
        centre.identities.create(CENTRE_COMPARTMENT.encode(), KdfParams.floor())
        centre.devices.enrol("Laptop 1", field.device_keys.public_key().to_text())
        summary = centre.receiver().receive(
            out, identity_passphrase=lambda: CENTRE_COMPARTMENT.encode()
        )
        assert summary["identities"] == 1
        w17, w18 = centre.persons.find("W-017"), centre.persons.find("W-018")
        assert w17 is not None and w18 is not None
        with centre.identities.open(CENTRE_COMPARTMENT.encode()) as comp:
            assert comp.get(w17.id) == IdentityRecord(NAME, CONTACT)
            assert comp.get(w18.id) is None


@pytest.fixture
def centre_window(qtbot: QtBot, centre_vault: Centre) -> Iterator[MainWindow]:
    win = MainWindow(centre_vault.path)
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    unlock_through_ui(qtbot, win)
    yield win
    win.lock()


def _results(win: MainWindow) -> list[BundleOutcome]:
    [results] = [d for d in win.findChildren(BundleResultsDialog) if d.isVisible()]
    outcomes: list[BundleOutcome] = list(results.model._rows)
    results.close()
    return outcomes


def test_centre_receives_identities_only_with_the_compartment_passphrase(
    qtbot: QtBot,
    centre_window: MainWindow,
    centre_vault: Centre,
    tmp_path: Path,
    new_field_vault: Path,
) -> None:
    win = centre_window
    centre = session_of(win)
    with Session.open(copy_vault(new_field_vault, tmp_path / "field"), PASSPHRASE) as field:
        case_id, shared, private = _witnesses(field)
        _with_compartment(field)
        _set_identities(field, shared, private)
        field.recipients.add("Centre", centre_vault.age_recipient)
        bundle = tmp_path / "identities.humdoc"
        field.exporter.export(
            [case_id],
            ["Centre"],
            bundle,
            include_identity=True,
            identity_passphrase=COMPARTMENT.encode(),
        )
        centre.devices.enrol("Laptop 1", field.device_keys.public_key().to_text())

    # No compartment at the centre: nothing to ask, and the bundle is not received.
    dialog = win.receive_bundles([bundle])
    assert isinstance(dialog, JobDialog)
    wait_job(qtbot, dialog)
    [outcome] = _results(win)
    assert outcome.status == "not-received"
    assert "carries witness identities" in outcome.detail
    assert centre.cases.count() == 0

    _with_compartment(centre, CENTRE_COMPARTMENT)
    prompt = win.receive_bundles([bundle])
    assert isinstance(prompt, PassphrasePrompt) and prompt.skip_button is not None
    prompt.skip_button.click()
    wait_job(qtbot, _visible_job(win))
    [outcome] = _results(win)
    assert outcome.status == "not-received" and "Nothing was imported" in outcome.detail
    assert centre.cases.count() == 0

    prompt = win.receive_bundles([bundle])
    assert isinstance(prompt, PassphrasePrompt)
    prompt.passphrase.setText("not it")
    prompt.accept()
    wait_job(qtbot, _visible_job(win))
    [outcome] = _results(win)
    assert outcome.status == "not-received" and "Wrong" in outcome.detail
    assert centre.cases.count() == 0

    prompt = win.receive_bundles([bundle])
    assert isinstance(prompt, PassphrasePrompt)
    prompt.passphrase.setText(CENTRE_COMPARTMENT)
    prompt.accept()
    assert prompt.passphrase.text() == ""
    wait_job(qtbot, _visible_job(win))
    [outcome] = _results(win)
    assert outcome.status == "received"
    assert outcome.summary is not None and outcome.summary["identities"] == 1
    assert centre.cases.count() == 1
    w17 = centre.persons.find("W-017")
    assert w17 is not None
    with centre.identities.open(CENTRE_COMPARTMENT.encode()) as comp:
        assert comp.get(w17.id) == IdentityRecord(NAME, CONTACT)
    assert "QZXV" not in win.statusBar().currentMessage()
