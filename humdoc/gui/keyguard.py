"""Keep typed secrets where they belong: in the passphrase field, never in a button or a dialog.

A person under stress types their passphrase the moment the window appears, without looking
where the keyboard focus is. If the focus sits on a button, the first space "clicks" it (on the
unlock screen that opened a folder chooser and the rest of the passphrase went into its
Directory box, in plain text). ``PassphraseGuard`` is an event filter for every focusable
widget of a screen that asks for a secret, other than the secret fields themselves:

- a key press that would type text (letters, digits, space, punctuation; no Ctrl/Alt/Meta) is
  redirected into the screen's passphrase field, which then takes the focus;
- Return or Enter on a focused button clicks it, so every button stays reachable by keyboard
  (Tab to it, then Enter, or its Alt+letter mnemonic).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def types_text(event: QKeyEvent) -> bool:
    """True if and only if ``event`` would insert text into a line edit."""
    if event.modifiers() & _COMMAND_MODIFIERS:
        return False
    text = event.text()
    return bool(text) and all(ch.isprintable() for ch in text)


def _takes_text(widget: QWidget) -> bool:
    if isinstance(widget, (QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
        return True
    return isinstance(widget, QComboBox) and widget.isEditable()


def guard_secret_fields(root: QWidget, *fields: QLineEdit) -> PassphraseGuard:
    """Make text typed on any button or list of ``root`` go to ``fields`` (see the module)."""
    guard = PassphraseGuard(lambda: list(fields), root)
    guard.guard(root)
    return guard


class PassphraseGuard(QObject):
    """Redirects text typed into guarded widgets to a secret field.

    ``fields()`` returns the secret fields of the page shown, first one first; text goes to the
    one of them that last had the focus (so Tab from "confirm" to a button and on typing comes
    back to "confirm"), or to the first.
    """

    def __init__(
        self, fields: Callable[[], list[QLineEdit]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fields = fields
        self._last: QLineEdit | None = None

    def guard(self, root: QWidget) -> None:
        """Watch every focusable widget under ``root`` that does not itself take typed text.

        Line edits are watched only to know which secret field had the focus last; other text
        inputs (a notes box, a spin box, an editable list) are left alone.
        """
        for widget in root.findChildren(QWidget):
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or _takes_text(widget):
                continue
            widget.installEventFilter(self)

    def target(self) -> QLineEdit | None:
        """The secret field typed text belongs in now (None if the page shows none)."""
        fields = [f for f in self._fields() if f.isVisibleTo(f.window())]
        if not fields:
            return None
        return self._last if self._last in fields else fields[0]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLineEdit):
            if event.type() == QEvent.Type.FocusIn and watched in self._fields():
                self._last = watched
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if isinstance(watched, QAbstractButton) and event.key() in _ENTER_KEYS:
            if watched.isEnabled():
                watched.click()
            return True
        if not types_text(event):
            return False
        field = self.target()
        if field is None or not field.isEnabled() or not field.isVisible():
            return True  # busy: swallow the key rather than let it act on a button
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        copy = QKeyEvent(
            QEvent.Type.KeyPress,
            event.key(),
            event.modifiers(),
            event.text(),
            event.isAutoRepeat(),
            event.count(),
        )
        QApplication.sendEvent(field, copy)
        return True
