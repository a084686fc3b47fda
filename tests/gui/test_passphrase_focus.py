"""Typed secrets go to the passphrase field: at start, after lock, after dialogs, from buttons.

Each test types the way a person does, one key press at a time into whatever widget has the
keyboard focus at that moment, and then asserts where every character went.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from humdoc.gui.main_window import MainWindow
from humdoc.gui.unlock import UnlockScreen
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock_through_ui

TYPED = "centre owl lantern 99"


def type_like_a_person(qtbot: QtBot, text: str) -> list[QWidget]:
    """Press each key of ``text`` into the focused widget; return the widgets that got them."""
    receivers: list[QWidget] = []
    for ch in text:
        target = QApplication.focusWidget()
        assert target is not None, "no widget has the keyboard focus"
        receivers.append(target)
        QTest.keyClick(target, ch)
        qtbot.wait(1)
    return receivers


def open_dialogs(win: QWidget) -> list[QDialog]:
    return [d for d in QApplication.topLevelWidgets() if isinstance(d, QDialog) and d.isVisible()]


def wait_for_focus(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def test_focus_is_on_the_passphrase_field_at_start(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.unlock_screen
    qtbot.waitExposed(window)
    wait_for_focus(qtbot, screen.passphrase)
    type_like_a_person(qtbot, TYPED)
    assert screen.passphrase.text() == TYPED
    assert open_dialogs(window) == []


def test_focus_on_create_form_at_start(qtbot: QtBot, vault_dir: Path) -> None:
    win = MainWindow(vault_dir)  # nothing there yet: the create form shows
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    screen = win.unlock_screen
    assert screen.is_creating()
    wait_for_focus(qtbot, screen.new_passphrase)
    type_like_a_person(qtbot, TYPED)
    assert screen.new_passphrase.text() == TYPED
    assert screen.confirm_passphrase.text() == ""
    assert open_dialogs(win) == []


def every_button(screen: UnlockScreen) -> list[QPushButton]:
    return [
        b
        for b in screen.findChildren(QPushButton)
        if b.isVisibleTo(screen) and b.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]


def test_text_typed_on_any_focused_button_goes_to_the_passphrase(
    qtbot: QtBot, window: MainWindow
) -> None:
    screen = window.unlock_screen
    qtbot.waitExposed(window)
    buttons = every_button(screen)
    assert len(buttons) >= 4  # choose vault, unlock, create, panic, restore
    for button in buttons:
        screen.passphrase.clear()
        button.setFocus()
        wait_for_focus(qtbot, button)
        receivers = type_like_a_person(qtbot, TYPED)
        assert receivers[0] is button
        assert screen.passphrase.text() == TYPED, button.text()
        assert QApplication.focusWidget() is screen.passphrase
        assert open_dialogs(window) == [], f"typing on {button.text()!r} opened a dialog"


def test_tab_then_enter_still_works_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    """Redirecting text must not make buttons unreachable: Tab to Unlock, Enter clicks it."""
    screen = window.unlock_screen
    qtbot.waitExposed(window)
    wait_for_focus(qtbot, screen.passphrase)
    type_like_a_person(qtbot, PASSPHRASE.decode())
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Tab)
    wait_for_focus(qtbot, screen.unlock_button)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        QTest.keyClick(screen.unlock_button, Qt.Key.Key_Return)
    assert window.session is not None


def test_focus_returns_to_the_passphrase_after_lock(qtbot: QtBot, window: MainWindow) -> None:
    unlock_through_ui(qtbot, window)
    window.lock()
    screen = window.unlock_screen
    wait_for_focus(qtbot, screen.passphrase)
    type_like_a_person(qtbot, TYPED)
    assert screen.passphrase.text() == TYPED


def test_focus_returns_after_a_dialog_closes(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.unlock_screen
    qtbot.waitExposed(window)
    dialog = screen.restore_backup()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.reject()
    wait_for_focus(qtbot, screen.passphrase)
    type_like_a_person(qtbot, TYPED)
    assert screen.passphrase.text() == TYPED


def test_a_wrong_passphrase_leaves_focus_in_the_field(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.unlock_screen
    qtbot.waitExposed(window)
    wait_for_focus(qtbot, screen.passphrase)
    type_like_a_person(qtbot, "not it")
    with qtbot.waitSignal(screen.busy_changed, timeout=10_000, check_params_cb=lambda b: not b):
        QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert screen.error.isVisible()
    wait_for_focus(qtbot, screen.passphrase)
    type_like_a_person(qtbot, TYPED)
    assert screen.passphrase.text() == TYPED


def test_a_focused_button_looks_different(qtbot: QtBot, window: MainWindow) -> None:
    """Focus is always visible: every button of the screen is drawn differently with focus."""
    screen = window.unlock_screen
    qtbot.waitExposed(window)
    for button in every_button(screen):
        screen.passphrase.setFocus()
        wait_for_focus(qtbot, screen.passphrase)
        plain = button.grab().toImage()
        button.setFocus()
        wait_for_focus(qtbot, button)
        focused = button.grab().toImage()
        assert plain != focused, f"{button.text()!r} shows no focus"


def test_dialogs_asking_for_a_secret_redirect_typing_on_their_buttons(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """Duress, compartment and restore dialogs: a space on OK/Cancel types, it never clicks."""
    from humdoc.gui.identity_dialogs import CompartmentDialog, PassphrasePrompt
    from humdoc.gui.panic_restore import RestoreDialog
    from humdoc.gui.safety_dialogs import DuressDialog
    from tests.gui.conftest import session_of

    session = session_of(unlocked)
    dialogs = [
        (DuressDialog(session, unlocked), "vault_passphrase"),
        (CompartmentDialog(session, unlocked), "new"),
        (PassphrasePrompt("Open", "Passphrase, please", unlocked), "passphrase"),
        (RestoreDialog(None, unlocked), "passphrase"),
    ]
    for dialog, field_name in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        field = getattr(dialog, field_name)
        for button in dialog.findChildren(QPushButton):
            if not button.isVisible():
                continue
            field.clear()
            button.setFocus()
            wait_for_focus(qtbot, button)
            type_like_a_person(qtbot, TYPED)
            assert field.text() == TYPED, (type(dialog).__name__, button.text())
            assert dialog.isVisible(), f"typing on {button.text()!r} closed the dialog"
        dialog.reject()
