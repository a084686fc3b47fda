"""Key exchange and revocation in the GUI: Save… writes what the other side opens, every label
shows the one fingerprint form, and revoking asks for the device's name typed by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from humdoc.core.bundle.format import recipient_fingerprint
from humdoc.core.errors import BundleRejected
from humdoc.gui import file_dialogs
from humdoc.gui.centre_dialogs import DevicesDialog
from humdoc.gui.device_revoke import RevokeDeviceDialog
from humdoc.gui.exchange_models import DevicesModel
from humdoc.gui.keys_dialog import DeviceKeysDialog
from tests.core.exchange_helpers import Pair, make_pair


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    p = make_pair(tmp_path)
    # make_pair enrolled the field device already; this centre starts without it
    p.centre.db.execute("DELETE FROM devices")
    yield p
    p.close()


def test_saved_keys_are_what_the_other_side_opens(
    qtbot: QtBot, pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    field, centre = pair.field, pair.centre
    chosen: list[Path] = []
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: chosen.pop())

    keys = DeviceKeysDialog(field, None)
    qtbot.addWidget(keys)
    fp = field.device_keys.fingerprint()
    assert keys.fingerprint.text() == fp == field.device_keys.describe("field").fingerprint
    assert keys.save_recipient_button is None and keys.age_fingerprint is None  # a field device
    chosen.append(tmp_path / "laptop.pub")
    qtbot.mouseClick(keys.save_key, Qt.MouseButton.LeftButton)
    assert (tmp_path / "laptop.pub").read_text() == field.device_keys.public_key().to_text()

    devices = DevicesDialog(centre, None)
    qtbot.addWidget(devices)
    assert devices.open_key_file(tmp_path / "laptop.pub")
    assert devices.fingerprint.text() == fp
    devices.name_edit.setText("Laptop 1")
    assert not devices.enrol_button.isEnabled()
    devices.confirm_box.setChecked(True)
    with qtbot.waitSignal(devices.enrolled, timeout=5000):
        assert devices.enrol()
    assert devices.model.index(0, DevicesModel.Column.FINGERPRINT).data() == fp
    assert devices.model.index(0, DevicesModel.Column.STATUS).data() == "accepted"

    ckeys = DeviceKeysDialog(centre, None)
    qtbot.addWidget(ckeys)
    assert ckeys.age_fingerprint is not None and ckeys.save_recipient_button is not None
    age_fp = recipient_fingerprint(centre.device_keys.age_recipient())
    assert ckeys.age_fingerprint.text() == age_fp
    chosen.append(tmp_path / "centre.txt")
    qtbot.mouseClick(ckeys.save_recipient_button, Qt.MouseButton.LeftButton)
    field.recipients.remove("Centre")
    added = field.recipients.add("Centre", (tmp_path / "centre.txt").read_text())
    assert added.fingerprint == age_fp  # what the field device shows when it adds it

    # a folder that is not there: an error box, no file, no crash
    assert ckeys.save_public_key(tmp_path / "missing" / "centre.pub") is None
    boxes = [b for b in ckeys.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "centre.pub" in boxes[0].text()
    assert not (tmp_path / "missing").exists()


def test_revoking_in_the_devices_dialog(qtbot: QtBot, pair: Pair) -> None:
    field, centre = pair.field, pair.centre
    fp = field.device_keys.fingerprint()
    shown = f"Device signing key (minisign), fingerprint {fp}:\n{field.device_keys.public_key().to_text()}"
    centre.devices.enrol("Laptop 1", shown)
    centre.receiver().receive(pair.export("1.humdoc"))
    later = pair.export("2.humdoc")

    devices = DevicesDialog(centre, None)
    qtbot.addWidget(devices)
    devices.show()
    assert not devices.revoke_button.isEnabled()  # nothing selected
    devices.view.selectRow(0)
    assert devices.revoke_button.isEnabled()
    dialog = devices.revoke_selected()
    assert isinstance(dialog, RevokeDeviceDialog)
    assert not dialog.revoke_button.isEnabled()
    dialog.reason_edit.setText("seized at the checkpoint")
    qtbot.keyClicks(dialog.confirm_edit, "Laptop")
    assert not dialog.revoke_button.isEnabled()
    dialog.accept()  # refused until the whole name is typed
    assert centre.devices.get("Laptop 1").revoked is None
    qtbot.keyClicks(dialog.confirm_edit, " 1")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)  # Enter never revokes
    assert centre.devices.get("Laptop 1").revoked is None
    assert dialog.revoke_button.isEnabled()
    with qtbot.waitSignal(devices.revoked, timeout=5000):
        qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)

    device = centre.devices.get("Laptop 1")
    assert device.revoked is not None
    status = devices.model.index(0, DevicesModel.Column.STATUS).data()
    assert status == f"revoked {device.revoked[:10]}"
    devices.view.selectRow(0)
    assert not devices.revoke_button.isEnabled()  # revoked already
    with pytest.raises(BundleRejected) as err:
        centre.receiver().receive(later)
    assert err.value.reason == "revoked-device" and fp in str(err.value)

    # The same key pasted again: enrol only with "trust it again" ticked.
    devices.key_edit.setPlainText(shown)
    assert devices.fingerprint.text() == fp
    devices.name_edit.setText("Laptop 1")
    devices.confirm_box.setChecked(True)
    assert devices.reinstate_box.isVisibleTo(devices)
    assert not devices.enrol_button.isEnabled()
    devices.reinstate_box.setChecked(True)
    with qtbot.waitSignal(devices.enrolled, timeout=5000):
        assert devices.enrol()
    assert devices.model.index(0, DevicesModel.Column.STATUS).data() == "accepted"
    assert centre.receiver().receive(later)["device"] == "Laptop 1"
