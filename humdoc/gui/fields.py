"""Input fields shared by every form that asks for a secret."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit


def password_field(placeholder: str) -> QLineEdit:
    """A passphrase field: never echoed, no undo, no drag-out, no context menu to copy."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    edit.setDragEnabled(False)
    return edit
