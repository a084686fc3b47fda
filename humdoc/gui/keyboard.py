"""Keyboard and screen-reader access, one way everywhere.

Every control can be reached by Tab and named to a screen reader; what a mouse does on a list
(double-click, right-click) the keyboard does too: Enter for the double-click, and the Menu key
or Shift+F10 for the context menu. Shortcuts are shown where people look for them: in menus
(Qt shows an action's shortcut there) and in tooltips.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def name(widget: QWidget, text: str, description: str = "") -> None:
    """Give ``widget`` the name (and description) a screen reader speaks."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)


def text_area(edit: QPlainTextEdit | QTextEdit, text: str = "") -> None:
    """Tab leaves a multi-line field instead of typing a tab character into it (which would
    trap the keyboard there); ``text`` names it, if its label is not its buddy."""
    edit.setTabChangesFocus(True)
    if text:
        edit.setAccessibleName(text)


def shortcut_text(sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
    """``sequence`` as this platform writes it in menus (``"Ctrl+Shift+N"``)."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def standard_keys(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's shortcut for ``key``, or ``fallback`` where the platform defines none
    (some have no Quit or Preferences key: the command must still have one)."""
    keys = QKeySequence(key)
    return keys if not keys.isEmpty() else QKeySequence(fallback)


def preferences_keys() -> QKeySequence:
    """The platform's Preferences shortcut, or Ctrl+, (as GNOME and KDE applications use)."""
    return standard_keys(QKeySequence.StandardKey.Preferences, "Ctrl+,")


def tip_with_shortcut(widget: QWidget, tip: str, action: QAction) -> None:
    """Set ``tip`` on ``widget`` followed by ``action``'s shortcut, as menus show it."""
    keys = action.shortcut()
    if keys.isEmpty():
        widget.setToolTip(tip)
    else:
        widget.setToolTip(
            QCoreApplication.translate("keyboard", "%1 (%2)")
            .replace("%1", tip)
            .replace("%2", keys.toString(QKeySequence.SequenceFormat.NativeText))
        )


def on_enter(view: QAbstractItemView, slot: Callable[[], object]) -> None:
    """Enter or Return on ``view`` does what a double-click on it does: call ``slot``."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: slot())


def context_menu(view: QAbstractItemView, actions: Sequence[QAction]) -> QMenu:
    """A context menu of ``actions`` on ``view``, by right-click, the Menu key or Shift+F10.

    By keyboard it opens at the current row. Returns the menu (its actions stay ``actions``,
    so enabling an action enables its menu entry).
    """
    menu = QMenu(view)
    menu.addActions(list(actions))

    def popup_at(pos: QPoint) -> None:
        if any(a.isEnabled() and a.isVisible() for a in menu.actions()):
            menu.popup(view.viewport().mapToGlobal(pos))

    def popup_by_keyboard() -> None:
        rect = view.visualRect(view.currentIndex())
        popup_at(rect.bottomLeft() if rect.isValid() else QPoint(0, 0))

    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(popup_at)
    for keys in (QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")):
        shortcut = QShortcut(keys, view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(popup_by_keyboard)
    return menu


class _EnabledFollower(QObject):
    """Calls ``changed`` whenever the watched widget is enabled or disabled."""

    def __init__(self, watched: QWidget, changed: Callable[[], object]) -> None:
        super().__init__(watched)
        self._changed = changed
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange:
            self._changed()
        return False


def when_enabled_changes(widget: QWidget, changed: Callable[[], object]) -> None:
    """Call ``changed`` each time ``widget`` is enabled or disabled (for actions that follow it)."""
    _EnabledFollower(widget, changed)


def button_action(button: QAbstractButton, parent: QObject) -> QAction:
    """An action doing what ``button`` does (clicking it), enabled exactly when it is: the same
    command in a context menu is never offered where the button is not (nothing selected)."""
    action = QAction(button.text(), parent)
    action.setEnabled(button.isEnabled())
    action.triggered.connect(lambda _checked=False: button.click())
    when_enabled_changes(button, lambda: action.setEnabled(button.isEnabled()))
    return action
