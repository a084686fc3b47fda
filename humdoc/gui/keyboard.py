"""Keyboard and screen-reader access, one way everywhere.

Every control can be reached by Tab and named to a screen reader; what a mouse does on a list
(double-click, right-click) the keyboard does too: Enter for the double-click, and the Menu key
or Shift+F10 for the context menu. Shortcuts are shown where people look for them: in menus
(Qt shows an action's shortcut there) and in tooltips.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
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


def first_tab_stop(within: QWidget) -> QWidget | None:
    """The first widget inside ``within`` that Tab stops at (visible, enabled, taking focus by
    Tab), in the focus chain of its window; None if there is none."""
    window = within.window()
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if (
            within.isAncestorOf(widget)
            and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
            and widget.isVisibleTo(window)
            and widget.isEnabled()
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


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


def on_enter(view: QWidget, slot: Callable[[], object]) -> None:
    """Enter or Return on ``view`` calls ``slot``: on a list, what a double-click does; in a
    line edit of an inline form, what the form's own button does (the key goes no further, so
    it never also presses the dialog's default button)."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: slot())


def switch_tabs_by_keys(tabs: QTabWidget, area: QWidget) -> None:
    """Ctrl+PageDown and Ctrl+PageUp show the next and the previous tab of ``tabs`` wherever
    the focus is in ``area``: Qt does it only while the focus is on the tab bar itself, and a
    table inside a tab takes those keys."""

    def step(delta: int) -> None:
        count = tabs.count()
        index = tabs.currentIndex()
        for _ in range(count):
            index = (index + delta) % count
            if tabs.isTabVisible(index) and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                return

    for keys, delta in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
        shortcut = QShortcut(QKeySequence(keys), area)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda delta=delta: step(delta))


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


def enter_clicks_focused_button(window: QWidget, event: QKeyEvent) -> bool:
    """In a main window, Enter or Return on a focused button clicks it, as in a dialog: outside
    dialogs Qt's buttons answer Space only and pass Enter on to the window. True if it did."""
    button = QApplication.focusWidget()
    if (
        event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and isinstance(button, QPushButton)
        and button.window() is window
        and button.isEnabled()
        and button.isVisible()
    ):
        button.click()
        return True
    return False
