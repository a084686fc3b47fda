"""Every window and dialog can be used by keyboard and by screen reader.

The main window (locked, and unlocked with a case and a photo, on a field device and at a
centre) and every dialog of ``humdoc.gui`` (the inventory of ``tests.gui.fit_probe``, which
fails if a dialog class is left out) are opened; in each:

- every visible interactive widget (button, edit, combo box, check box, spin box, view, slider)
  has a non-empty accessible name, as a screen reader reads it through ``QAccessible``;
- every action in a menu or a context menu has text;
- every such widget that is enabled takes focus by Tab (no mouse-only control), and pressing Tab
  from the first one reaches every one of them, in a chain that comes back round.

The checkers are tested on dialogs made to fail them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from humdoc.gui import keyboard
from humdoc.gui.main_window import MainWindow
from humdoc.gui.media_dialogs import CustodyDialog
from humdoc.gui.passphrase_meter import StrengthMeter
from humdoc.gui.testimony_dialog import TestimonyDialog
from tests.gui.conftest import session_of
from tests.gui.fit_probe import Probe, _describe, _internal, build_vaults, dialog_classes, windows

NO_MOD = Qt.KeyboardModifier.NoModifier

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)


def interactive(window: QWidget) -> list[QWidget]:
    """The controls of ``window`` a person uses: shown, not part of a compound control."""
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not isinstance(w, QScrollBar)
        and w.window() is window
        and w.isVisibleTo(window)
        and not _internal(w, window)
    ]


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says ``widget`` is called."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def unnamed(window: QWidget) -> list[str]:
    """The interactive widgets of ``window`` without an accessible name."""
    return [_describe(w) for w in interactive(window) if not accessible_name(w)]


def textless_actions(window: QWidget) -> list[str]:
    """Actions in ``window``'s menus (menu bar and context menus) that have no text."""
    found = []
    for menu in window.findChildren(QMenu):
        for action in menu.actions():
            if not action.isSeparator() and not action.text().strip():
                found.append(f"an action in menu {menu.title() or menu.objectName()!r}")
    return found


def tab_problems(window: QWidget) -> list[str]:
    """Enabled controls Tab cannot reach, pressing Tab from the first control onwards."""
    controls = [w for w in interactive(window) if w.isEnabled()]
    found = [
        f"{_describe(w)} does not take focus by Tab"
        for w in controls
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    reachable = [w for w in controls if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    if not reachable:
        return found
    window.activateWindow()
    first = reachable[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    seen: list[QWidget] = []
    current = window.focusWidget()
    for _ in range(4 * len(reachable) + 10):
        if current is None:
            break
        seen.append(current)
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
        current = window.focusWidget()
        if current is first:
            break
    else:
        found.append(f"Tab does not come back to {_describe(first)}")
    missed = [w for w in reachable if not any(s is w or w.isAncestorOf(s) for s in seen)]
    found += [f"{_describe(w)} is not reached by Tab" for w in missed]
    found += [
        f"Tab stops on {_describe(s)}, which does nothing"
        for s in seen
        if not isinstance(s, (*INTERACTIVE, QTabBar))
        and not any(w.isAncestorOf(s) or w.focusProxy() is s for w in controls)
    ]
    return found


class AccessibilityProbe(Probe):
    """Opens the windows ``fit_probe`` opens, checking each for names, actions and Tab order."""

    def check(self, name: str, window: QWidget) -> None:
        window.show()
        for _ in range(5):
            QApplication.processEvents()
        for cls in type(window).__mro__:
            if cls.__module__.startswith("humdoc.gui.") and cls.__name__ != "FormDialog":
                self.opened.add(cls.__name__)
        found = [f"no accessible name: {w}" for w in unnamed(window)]
        found += [f"no text: {a}" for a in textless_actions(window)]
        found += tab_problems(window)
        if found:
            self.report[name] = found


def test_every_window_and_dialog_is_named_and_reachable_by_tab(tmp_path: Path) -> None:
    probe = AccessibilityProbe(tmp_path, None)
    before = set(QApplication.topLevelWidgets())
    field, centre, ids = build_vaults(tmp_path)
    try:
        for _ in windows(probe, field, centre, ids):
            QApplication.processEvents()
    finally:
        field.close()
        centre.close()
        for widget in set(QApplication.topLevelWidgets()) - before:
            widget.close()
            widget.deleteLater()
        QApplication.processEvents()
    assert probe.opened >= dialog_classes()
    assert probe.report == {}, "\n".join(
        f"{name}: {problem}" for name, found in probe.report.items() for problem in found
    )


# --- the checkers themselves ----------------------------------------------------------------


@pytest.fixture
def form(qtbot: QtBot) -> QDialog:
    """A dialog with a labelled edit, an icon-only button and a list, all named."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    row = QHBoxLayout(dialog)
    label = QLabel("&Witness")
    edit = QLineEdit()
    label.setBuddy(edit)
    tool = QToolButton()
    tool.setAccessibleName("Clear")
    view = QPlainTextEdit()
    view.setAccessibleName("Statement")
    view.setTabChangesFocus(True)
    for widget in (label, edit, tool, view, QPushButton("OK")):
        row.addWidget(widget)
    dialog.show()
    return dialog


def test_the_checkers_pass_a_good_form(form: QDialog) -> None:
    assert unnamed(form) == []
    assert tab_problems(form) == []


def test_the_name_checker_finds_a_control_without_a_name(form: QDialog) -> None:
    tool = form.findChild(QToolButton)
    assert tool is not None
    tool.setAccessibleName("")
    assert unnamed(form) == ["QToolButton"]
    form.findChild(QLabel).setBuddy(form.findChild(QPushButton))  # type: ignore[union-attr]
    assert "QLineEdit" in unnamed(form)


def test_the_tab_checker_finds_a_tab_stop_that_does_nothing(form: QDialog) -> None:
    area = QScrollArea()
    area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    layout = form.layout()
    assert layout is not None
    layout.addWidget(area)
    area.show()
    assert tab_problems(form) == ["Tab stops on QScrollArea, which does nothing"]


def test_the_tab_checker_finds_a_mouse_only_control_and_a_trap(form: QDialog) -> None:
    tool = form.findChild(QToolButton)
    assert tool is not None
    tool.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    assert tab_problems(form) == ["QToolButton does not take focus by Tab"]
    tool.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    view = form.findChild(QPlainTextEdit)
    assert view is not None
    view.setTabChangesFocus(False)  # Tab now types a tab character: the rest is out of reach
    assert any("is not reached by Tab" in p for p in tab_problems(form))


# --- the keyboard: shortcuts, Delete, context menus, Enter --------------------------------


def _press(qtbot: QtBot, widget: QWidget, key: Qt.Key, mods: Qt.KeyboardModifier = NO_MOD) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=3000)
    QTest.keyClick(widget, key, mods)
    QApplication.processEvents()


def test_common_actions_have_standard_shortcuts_shown_in_menus_and_tooltips(
    unlocked: MainWindow,
) -> None:
    win = unlocked
    expected = {
        win.new_case_action: QKeySequence(QKeySequence.StandardKey.New),
        win.new_testimony_action: QKeySequence("Ctrl+Shift+N"),
        win.import_action: QKeySequence("Ctrl+I"),
        win.export_action: QKeySequence("Ctrl+E"),
        win.receive_action: QKeySequence("Ctrl+R"),
        win.lock_action: QKeySequence("Ctrl+L"),
        win.find_action: QKeySequence(QKeySequence.StandardKey.Find),
        win.settings_action: keyboard.preferences_keys(),
        win.quit_action: keyboard.standard_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        win.delete_action: QKeySequence(QKeySequence.StandardKey.Delete),
    }
    in_menus = {a for menu in win.menuBar().findChildren(QMenu) for a in menu.actions()}
    for action, keys in expected.items():
        assert not keys.isEmpty() and action.shortcut() == keys, action.text()
        assert action in in_menus, action.text()  # Qt writes the shortcut beside it there
    native = QKeySequence.SequenceFormat.NativeText
    ws = win.workspace
    assert ws.new_case_button.toolTip().endswith(
        f"({win.new_case_action.shortcut().toString(native)})"
    )
    assert "Ctrl+Shift+N" in ws.case_view.testimonies.new_button.toolTip()
    assert "Ctrl+I" in ws.media.import_button.toolTip()
    assert win.delete_action.shortcut().toString(native) in ws.media.delete_button.toolTip()


def test_delete_is_offered_only_with_a_selection_and_the_delete_key_deletes_it(
    qtbot: QtBot, unlocked: MainWindow, always_confirm: list[str]
) -> None:
    session = session_of(unlocked)
    case = session.cases.list()[0]
    kept = session.testimonies.add(case.id, "W-1", "The first statement")
    gone = session.testimonies.add(case.id, "W-2", "The second statement")
    ws = unlocked.workspace
    ws.refresh()
    assert ws.select_case(case.id)
    tab = ws.case_view.testimonies
    ws.case_view.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 2 and tab.current() is None
    menu_actions = {a.text(): a for a in tab.context_menu.actions()}
    # nothing selected: no Delete anywhere (button, menu, context menu, key)
    assert not tab.delete_button.isEnabled()
    assert not unlocked.delete_action.isEnabled()
    assert not menu_actions["Delete…"].isEnabled() and not menu_actions["Edit…"].isEnabled()
    _press(qtbot, tab.view, Qt.Key.Key_Delete)
    assert always_confirm == [] and len(session.testimonies.list(case.id)) == 2

    assert tab.select(gone.id)
    assert tab.delete_button.isEnabled() and unlocked.delete_action.isEnabled()
    assert menu_actions["Delete…"].isEnabled() and menu_actions["Edit…"].isEnabled()
    _press(qtbot, tab.view, Qt.Key.Key_Delete)
    assert len(always_confirm) == 1 and "W-2" in always_confirm[0]
    assert [t.id for t in session.testimonies.list(case.id)] == [kept.id]
    # the deleted row took the selection with it: Delete is off again
    assert tab.current() is None
    assert not tab.delete_button.isEnabled() and not unlocked.delete_action.isEnabled()
    assert not menu_actions["Delete…"].isEnabled()
    # typing Delete in the search box edits the box, never deletes a record
    assert tab.select(kept.id)
    ws.search_edit.setText("abc")
    ws.search_edit.setCursorPosition(0)
    _press(qtbot, ws.search_edit, Qt.Key.Key_Delete)
    assert ws.search_edit.text() == "bc" and len(always_confirm) == 1


@pytest.mark.parametrize(
    "keys", [(Qt.Key.Key_Menu, NO_MOD), (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)]
)
def test_context_menus_open_by_keyboard_at_the_selected_row(
    qtbot: QtBot, unlocked: MainWindow, keys: tuple[Qt.Key, Qt.KeyboardModifier]
) -> None:
    session = session_of(unlocked)
    case = session.cases.list()[0]
    testimony = session.testimonies.add(case.id, "W-1", "A statement")
    ws = unlocked.workspace
    ws.refresh()
    assert ws.select_case(case.id)
    tab = ws.case_view.testimonies
    ws.case_view.tabs.setCurrentWidget(tab)
    assert tab.select(testimony.id)
    _press(qtbot, tab.view, *keys)
    qtbot.waitUntil(tab.context_menu.isVisible, timeout=3000)
    assert [a.text() for a in tab.context_menu.actions()] == ["Edit…", "Delete…", "Identity…"]
    tab.context_menu.close()
    _press(qtbot, ws.cases_view, *keys)
    qtbot.waitUntil(ws.cases_menu.isVisible, timeout=3000)
    assert [a.text() for a in ws.cases_menu.actions()] == [
        "Export…",
        "Edit case…",
        "Delete case…",
    ]
    ws.cases_menu.close()


def test_enter_does_what_a_double_click_does(
    qtbot: QtBot, unlocked: MainWindow, corpus: Path
) -> None:
    session = session_of(unlocked)
    case = session.cases.list()[0]
    testimony = session.testimonies.add(case.id, "W-1", "A statement")
    item = session.media.import_file(case.id, corpus / "exif-samples/jpg/Canon_40D.jpg")
    ws = unlocked.workspace
    ws.refresh()
    assert ws.select_case(case.id)
    tab = ws.case_view.testimonies
    ws.case_view.tabs.setCurrentWidget(tab)
    assert tab.select(testimony.id)
    _press(qtbot, tab.view, Qt.Key.Key_Return)
    (editing,) = [d for d in tab.findChildren(TestimonyDialog) if d.isVisible()]
    assert editing.witness_edit.text() == "W-1"
    editing.reject()
    ws.case_view.tabs.setCurrentWidget(ws.media)
    assert ws.media.select(item.id)
    _press(qtbot, ws.media.view, Qt.Key.Key_Enter)
    (custody,) = [d for d in ws.media.findChildren(CustodyDialog) if d.isVisible()]
    custody.close()


def test_the_strength_meter_speaks_its_rating(qtbot: QtBot) -> None:
    field = QLineEdit()
    meter = StrengthMeter(field)
    qtbot.addWidget(meter)
    iface = QAccessible.queryAccessibleInterface(meter.bar)
    assert iface is not None
    assert iface.text(QAccessible.Text.Name) == "Passphrase strength"
    field.setText("1234")
    spoken = iface.text(QAccessible.Text.Description)
    assert spoken.startswith("Poor") and "refuse" in spoken
    field.setText("correct horse battery staple lantern owl")
    assert iface.text(QAccessible.Text.Description).startswith(("Good", "Excellent"))
