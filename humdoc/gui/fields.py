"""Input fields shared by every form that asks for a secret."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit


def password_field(placeholder: str) -> QLineEdit:
    """A passphrase field: never echoed, no undo, no drag-out, no context menu to copy.

    ``placeholder`` says what it is for, and is also its name for screen readers."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(placeholder)  # what the field is for, also when it holds text
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    edit.setDragEnabled(False)
    return edit
