"""A dialog for an act that cannot be undone, confirmed by typing a word by hand.

Panic and device revocation share it: the red button stays disabled until the confirmation field
holds exactly ``expected``, Enter never presses it (no button is a default, and Return is
swallowed), Escape still cancels, and the typed word is cleared when the dialog closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QWidget


class TypedConfirmDialog(QDialog):
    """Subclasses call ``super().__init__(expected, action_text, parent)`` and lay out
    ``confirm_edit`` and ``buttons``; ``action_button`` is the red button."""

    def __init__(self, expected: str, action_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.expected = expected
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setPlaceholderText(expected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.action_button: QPushButton = self.buttons.addButton(
            action_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.action_button.setObjectName("panic")
        self.action_button.setEnabled(False)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.confirm_edit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def is_confirmed(self) -> bool:
        """True once the confirmation field holds exactly the expected word."""
        return self.confirm_edit.text().strip() == self.expected

    def _update(self) -> None:
        self.action_button.setEnabled(self.is_confirmed())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QDialogButtonBox makes its accept button the default when shown; Enter must not
        # press it. Escape still cancels.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self.confirm_edit.clear()
        super().done(result)
