"""Receipts in the window: the centre saves or shows them, the field device applies them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from humdoc.core.errors import NotFound
from humdoc.core.exchange.receipts import make_receipt, read_receipt, read_receipt_text
from humdoc.core.session import Session
from humdoc.gui.main_window import MainWindow
from humdoc.gui.receipt_dialogs import ReceiptQrDialog
from humdoc.gui.vault_actions import SettingsDialog
from tests.conftest import PASSPHRASE, copy_vault
from tests.core.exchange_helpers import small_png
from tests.gui.conftest import session_of, unlock_through_ui, wait_job


@pytest.fixture
def centre_path(tmp_path: Path, new_centre_vault: Path) -> Path:
    return copy_vault(new_centre_vault, tmp_path / "centre")


@pytest.fixture
def centre_window(qtbot: QtBot, centre_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(centre_path)
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    unlock_through_ui(qtbot, win)
    yield win
    win.lock()


def _send(field: Session, centre: Session, tmp: Path) -> tuple[str, list[str], Path]:
    """Field → centre: a case with a testimony and a photo under ``keep``; the bundle's id,
    the items it carried and its path."""
    keyfile = tmp / "centre.txt"
    centre.device_keys.export_recipient(keyfile)
    field.recipients.add("Centre", keyfile.read_text())
    centre.devices.enrol("Laptop 1", field.device_keys.public_key().to_text())
    case = field.cases.create("Checkpoint")
    t = field.testimonies.add(case.id, "W-001", "Three were taken.", consent="record,share-centre")
    m = field.media.import_file(case.id, small_png(tmp / "p.png"), policy="keep")
    out = tmp / "usb" / "1.humdoc"
    out.parent.mkdir(exist_ok=True)
    sent = field.exporter.export([case.id], ["Centre"], out, "keep")
    return sent.bundle_id, sorted([t.id, m.id]), out


def test_centre_offers_the_receipt_to_save_or_show_as_qr_codes(
    qtbot: QtBot, centre_window: MainWindow, tmp_path: Path, new_field_vault: Path
) -> None:
    win = centre_window
    assert not win.apply_receipt_action.isVisible()
    field = Session.open(copy_vault(new_field_vault, tmp_path / "field"), PASSPHRASE)
    try:
        bundle_id, _items, bundle = _send(field, session_of(win), tmp_path)
    finally:
        field.close()
    wait_job(qtbot, win.receive_bundles([bundle]))
    offer = win.receipts_dialog
    assert offer is not None and offer.isVisible()
    assert offer.bundles.currentData() == bundle_id
    dest = tmp_path / "saved.receipt"
    with qtbot.waitSignal(offer.saved, timeout=5000):
        assert offer.save_receipt(dest) == dest
    made = make_receipt(session_of(win).db, session_of(win).device_keys, bundle_id)
    saved = read_receipt(dest)
    assert (saved.document, saved.signature) == (made.document, made.signature)

    shown = offer.show_qr()
    count = len(shown.parts)
    assert isinstance(shown, ReceiptQrDialog) and 1 <= count <= 2  # two items: a code or two
    assert shown.caption.text() == f"Code 1 of {count}" and shown.next.isEnabled() == (count > 1)
    shown.close()
    qr = ReceiptQrDialog(made, offer, chars=120)  # a longer receipt: a sequence of codes
    qtbot.addWidget(qr)
    assert len(qr.parts) >= 2
    assert not qr.previous.isEnabled() and qr.caption.text() == f"Code 1 of {len(qr.parts)}"
    assert qr.code.pixmap() is not None and not qr.code.pixmap().isNull()
    qr.next.click()
    assert qr.caption.text() == f"Code 2 of {len(qr.parts)}" and qr.previous.isEnabled()
    assert read_receipt_text("\n".join(qr.parts)).document == made.document
    qr.close()
    offer.close()


def test_field_applies_a_receipt_and_removes_what_the_centre_holds(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, new_centre_vault: Path
) -> None:
    win = unlocked
    field = session_of(win)
    assert win.apply_receipt_action.isVisible()
    with Session.open(copy_vault(new_centre_vault, tmp_path / "c"), PASSPHRASE) as centre:
        bundle_id, items, bundle = _send(field, centre, tmp_path)
        centre.receiver().receive(bundle)
        receipt = make_receipt(centre.db, centre.device_keys, bundle_id)
    path, _sig = receipt.write(tmp_path / "usb" / "1.humdoc.receipt")

    wait_job(qtbot, win.apply_receipt(path))
    applied = win.receipt_applied
    assert applied is not None and applied.isVisible()
    assert sorted(applied.applied.marked) == items
    assert "2 item(s) marked safe at the centre" in applied.summary.text()
    assert applied.remove_button.isEnabled()
    applied.testimonies_box.setChecked(True)
    with qtbot.waitSignal(applied.removed, timeout=30_000) as blocker:
        wait_job(qtbot, applied.remove())
    assert sorted(blocker.args[0].removed) == items
    for item in items:
        with pytest.raises(NotFound):
            (field.media.get if item.startswith("m-") else field.testimonies.get)(item)
    assert field.check().ok

    # the same receipt again: refused in one line, shown in a message box
    wait_job(qtbot, win.apply_receipt(path))
    boxes = [b for b in win.findChildren(QMessageBox) if b.isVisible()]
    assert any(b.text().startswith("Receipt refused: a receipt for bundle") for b in boxes)
    for b in boxes:
        b.close()


def test_field_settings_offer_removal_once_receipted(qtbot: QtBot, unlocked: MainWindow) -> None:
    dialog = SettingsDialog(session_of(unlocked), unlocked)
    qtbot.addWidget(dialog)
    assert not dialog.receipted_box.isChecked()
    dialog.receipted_box.setChecked(True)
    dialog.save()
    assert session_of(unlocked).settings.remove_when_receipted is True


def test_field_adds_a_centres_signing_key_after_comparing_it(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, new_centre_vault: Path
) -> None:
    field = session_of(unlocked)
    with Session.open(copy_vault(new_centre_vault, tmp_path / "c"), PASSPHRASE) as centre:
        field.recipients.add("Centre", centre.device_keys.age_recipient())
        keyfile = tmp_path / "centre.txt"
        centre.device_keys.export_recipient(keyfile)
        fingerprint = centre.device_keys.fingerprint()
    dialog = unlocked.centre_keys()
    assert dialog is not None and unlocked.centre_keys_action.isVisible()
    assert "cannot be checked" in dialog.current.text()
    assert dialog.open_key_file(keyfile)
    assert dialog.fingerprint.text() == fingerprint
    assert not dialog.save_button.isEnabled()  # not until the comparison is confirmed
    dialog.confirm_box.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    key = field.recipients.get("Centre").key()
    assert key is not None and key.fingerprint() == fingerprint
    assert fingerprint in dialog.current.text()
    dialog.key_edit.setPlainText("age1 and nothing else")
    assert dialog.fingerprint.text() == "—" and not dialog.save_button.isEnabled()
    dialog.close()
