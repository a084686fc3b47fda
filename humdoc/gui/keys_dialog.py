"""Vault ▸ Device keys…: this device's public keys, as text, fingerprint and QR code.

Save… writes each key as the file the other side reads (``humdoc keys export``): the signing key as
a minisign ``.pub`` file for ``devices enrol``, a centre's age recipient as an age recipients file
for ``recipients add``. Only public halves are shown. The QR codes are made in memory (segno → PNG bytes → QPixmap) and
never written anywhere.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.device_keys import DeviceKeys
from humdoc.core.errors import HumdocError
from humdoc.core.session import Session
from humdoc.gui import file_dialogs
from humdoc.gui.bidi import left_to_right
from humdoc.gui.dialogs import monospace, show_error
from humdoc.gui.fit import fit_to_screen


def qr_pixmap(text: str, scale: int = 4) -> QPixmap:
    """A QR code of ``text`` (error correction M), rendered in memory."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def _key_text(text: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text.strip())
    edit.setReadOnly(True)
    edit.setFont(monospace())
    left_to_right(edit)
    edit.setFixedHeight(56)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    return edit


def _copy_button(parent: QWidget, text: str, label: str) -> QPushButton:
    button = QPushButton(label, parent)
    button.clicked.connect(lambda _checked=False: QGuiApplication.clipboard().setText(text))
    return button


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class DeviceKeysDialog(QDialog):
    """The signing key (what a centre enrols) and, for a centre, its age recipient."""

    def __init__(self, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Device keys"))
        self.keys: DeviceKeys = session.device_keys.describe(session.role)
        keys = self.keys

        if session.role == "field":
            title = self.tr("Signing key (minisign) — the centre enrols this")
            compare = self.tr("Fingerprint — the centre must see exactly this when it enrols you:")
        else:
            title = self.tr("Signing key (minisign) — the centre's own")
            compare = self.tr("Fingerprint:")
        sign_box = QGroupBox(title)
        grid = QGridLayout(sign_box)
        caption = QLabel(compare)
        caption.setObjectName("muted")
        self.fingerprint = QLabel(keys.fingerprint)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(monospace(18))
        left_to_right(self.fingerprint)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.public_key = _key_text(keys.minisign_public)
        self.public_qr = QLabel()
        self.public_qr.setPixmap(qr_pixmap(keys.minisign_public))
        self.public_qr.setToolTip(self.tr("The public key as a QR code"))
        copy_key = _copy_button(self, keys.minisign_public, self.tr("Copy public key"))
        self.save_key = QPushButton(self.tr("Save…"), self)
        self.save_key.setToolTip(self.tr("Save as a .pub file the centre enrols"))
        self.save_key.clicked.connect(lambda _checked=False: self.save_public_key())
        grid.addWidget(caption, 0, 0)
        grid.addWidget(self.fingerprint, 1, 0)
        grid.addWidget(self.public_key, 2, 0)
        grid.addLayout(_button_row(copy_key, self.save_key), 3, 0)
        grid.addWidget(self.public_qr, 0, 1, 4, 1)
        grid.setColumnStretch(0, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(sign_box)
        self.age_recipient: QPlainTextEdit | None = None
        self.age_qr: QLabel | None = None
        self.copy_recipient: QPushButton | None = None
        self.save_recipient_button: QPushButton | None = None
        self.age_fingerprint: QLabel | None = None
        if keys.age_recipient:
            age_box = QGroupBox(self.tr("Encryption recipient (age) — field devices add this"))
            ag = QGridLayout(age_box)
            hint = QLabel(
                self.tr(
                    "Field devices encrypt their bundles to this key: "
                    "Exchange ▸ Export cases… ▸ Add recipient."
                )
            )
            hint.setObjectName("muted")
            hint.setWordWrap(True)
            self.age_recipient = _key_text(keys.age_recipient)
            self.age_qr = QLabel()
            self.age_qr.setPixmap(qr_pixmap(keys.age_recipient))
            self.copy_recipient = _copy_button(self, keys.age_recipient, self.tr("Copy"))
            self.save_recipient_button = QPushButton(self.tr("Save…"), self)
            self.save_recipient_button.setToolTip(self.tr("Save as a file field devices add"))
            self.save_recipient_button.clicked.connect(lambda _checked=False: self.save_recipient())
            # The form a field device shows when it adds this recipient, to compare out of band.
            self.age_fingerprint = QLabel(keys.age_fingerprint or "")
            self.age_fingerprint.setObjectName("recipientFingerprint")
            self.age_fingerprint.setFont(monospace(14))
            left_to_right(self.age_fingerprint)
            self.age_fingerprint.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
            )
            age_caption = QLabel(self.tr("Recipient fingerprint — field devices see exactly this:"))
            age_caption.setObjectName("muted")
            ag.addWidget(hint, 0, 0)
            ag.addWidget(age_caption, 1, 0)
            ag.addWidget(self.age_fingerprint, 2, 0)
            ag.addWidget(self.age_recipient, 3, 0)
            ag.addLayout(_button_row(self.copy_recipient, self.save_recipient_button), 4, 0)
            ag.addWidget(self.age_qr, 0, 1, 5, 1)
            ag.setColumnStretch(0, 1)
            layout.addWidget(age_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 300 if not keys.age_recipient else 560)

    def save_public_key(self, dest: Path | None = None) -> Path | None:
        """Write the signing key as a minisign ``.pub`` file to ``dest``, or where the user
        chooses; return where it went, or None if cancelled or it could not be written."""
        if dest is None:
            dest = file_dialogs.save_file_name(
                self,
                self.tr("Save public key"),
                Path.home() / "humdoc-device.pub",
                self.tr("minisign public keys (*.pub);;All files (*)"),
            )
        if dest is None:
            return None
        return self._write(lambda: self.session.device_keys.export_public_key(dest), dest)

    def save_recipient(self, dest: Path | None = None) -> Path | None:
        """Write the centre's age recipient as an age recipients file to ``dest``, or where the
        user chooses; return where it went, or None if cancelled or it could not be written."""
        if dest is None:
            dest = file_dialogs.save_file_name(
                self,
                self.tr("Save recipient"),
                Path.home() / "humdoc-centre-recipient.txt",
                self.tr("age recipients (*.txt);;All files (*)"),
            )
        if dest is None:
            return None
        return self._write(lambda: self.session.export_recipient(dest), dest)

    def _write(self, write: Callable[[], object], dest: Path) -> Path | None:
        try:
            write()
        except (HumdocError, OSError) as exc:
            why = (
                str(exc)
                if isinstance(exc, HumdocError)
                else self.tr("{name} could not be written: {why}").format(
                    name=dest.name, why=exc.strerror or exc
                )
            )
            show_error(self, self.tr("Not saved"), why)
            return None
        return dest
