"""Exchange ▸ Enrolled devices ▸ Revoke…: stop accepting a seized device's bundles.

Like panic (``TypedConfirmDialog``), revoking asks for the device's name typed by hand: the red button stays disabled until
the confirmation field holds exactly that name, and Enter never presses it. The dialog revokes
through ``Session.revoke_device`` (what the CLI's ``devices revoke`` calls); errors show inline.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.errors import HumdocError
from humdoc.core.exchange.partners import MAX_REASON, Device
from humdoc.core.session import Session
from humdoc.gui.bidi import left_to_right
from humdoc.gui.dialogs import monospace
from humdoc.gui.typed_confirm import TypedConfirmDialog


class RevokeDeviceDialog(TypedConfirmDialog):
    """What revoking does, an optional reason, and the device's name typed to confirm."""

    #: Emitted with the ``Revocation`` once the device is revoked, after the dialog closed.
    revoked = Signal(object)

    def __init__(self, session: Session, device: Device, parent: QWidget | None) -> None:
        super().__init__(
            device.name,
            QCoreApplication.translate("RevokeDeviceDialog", "Revoke the device"),
            parent,
        )
        self.session = session
        self.device = device
        self.setWindowTitle(self.tr("Revoke device"))
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
        left_to_right(fingerprint)
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_edit.setPlaceholderText(self.tr("e.g. seized at the checkpoint"))
        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.revoke_button = self.action_button
        form = QFormLayout()
        form.addRow(self.tr("Fingerprint"), fingerprint)
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow(self.tr("Type {name} to confirm").format(name=device.name), self.confirm_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.reason_edit.setFocus()

    def accept(self) -> None:
        """Revoke, close and emit ``revoked``; does nothing until the name is typed."""
        if not self.is_confirmed():
            return
        try:
            done = self.session.revoke_device(self.device.fingerprint, self.reason_edit.text())
        except HumdocError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
        self.revoked.emit(done)
