"""Exchange ▸ Enrolled devices ▸ Revoke…: stop accepting a seized device's bundles.

Like panic, revoking asks for the device's name typed by hand: the red button stays disabled until
the confirmation field holds exactly that name, and Enter never presses it. The dialog revokes
through ``Devices.revoke`` (the service the CLI's ``devices revoke`` calls); errors show inline.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.errors import HumdocError
from humdoc.core.exchange.partners import MAX_REASON, Device, Devices
from humdoc.gui.dialogs import monospace


class RevokeDeviceDialog(QDialog):
    """What revoking does, an optional reason, and the device's name typed to confirm."""

    #: Emitted with the ``Revocation`` once the device is revoked, after the dialog closed.
    revoked = Signal(object)

    def __init__(self, devices: Devices, device: Device, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.devices = devices
        self.device = device
        self.setWindowTitle(self.tr("Revoke device"))
        self.setModal(True)
        warning = QLabel(
            self.tr(
                "Revoke {name}? From now on this centre rejects every bundle its key signs, "
                "whenever it says it was made. What it sent before stays, and the custody of "
                "each item it delivered records the revocation. Do this when the device is "
                "lost or seized."
            ).format(name=device.name)
        )
        warning.setObjectName("warning")
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.PlainText)
        fingerprint = QLabel(device.fingerprint)
        fingerprint.setObjectName("deviceFingerprint")  # not the large enrolment style
        fingerprint.setFont(monospace())
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_edit.setPlaceholderText(self.tr("e.g. seized at the checkpoint"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setPlaceholderText(device.name)
        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.revoke_button: QPushButton = self.buttons.addButton(
            self.tr("Revoke the device"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.revoke_button.setObjectName("panic")
        self.revoke_button.setEnabled(False)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        form = QFormLayout()
        form.addRow(self.tr("Fingerprint"), fingerprint)
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow(self.tr("Type {name} to confirm").format(name=device.name), self.confirm_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.confirm_edit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)
        self.reason_edit.setFocus()

    def is_confirmed(self) -> bool:
        """True once the confirmation field holds exactly the device's name."""
        return self.confirm_edit.text().strip() == self.device.name

    def _update(self) -> None:
        self.revoke_button.setEnabled(self.is_confirmed())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter must never revoke (it would from the reason field); Escape still cancels.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        """Revoke, close and emit ``revoked``; does nothing until the name is typed."""
        if not self.is_confirmed():
            return
        try:
            done = self.devices.revoke(self.device.fingerprint, self.reason_edit.text())
        except HumdocError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
        self.revoked.emit(done)

    def done(self, result: int) -> None:
        self.confirm_edit.clear()
        super().done(result)
