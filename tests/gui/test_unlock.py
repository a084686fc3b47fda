"""The locked state: unlock through the UI, wrong passphrase inline, create a vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from humdoc.core.errors import WrongPassphrase
from humdoc.gui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock_through_ui


def test_unlock_with_the_right_passphrase_shows_the_workspace(
    qtbot: QtBot, window: MainWindow, closed_vault: Path
) -> None:
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen
    assert str(closed_vault) in screen.path_label.text()
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert not window.lock_action.isEnabled()

    unlock_through_ui(qtbot, window)

    assert window.session is not None
    assert screen.passphrase.text() == ""  # cleared as soon as it was read
    titles = [window.workspace.cases_model.record(r).title for r in range(1)]
    assert titles == ["Existing case"]
    assert window.workspace.case_view.title.text() == "Existing case"
    assert window.role_label.text() == "Field device"
    assert window.path_label.text() == str(closed_vault)
    assert window.lock_action.isEnabled()


def test_wrong_passphrase_is_one_inline_line(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.unlock_screen
    screen.passphrase.setText("not the passphrase")
    with qtbot.waitSignal(screen.busy_changed, timeout=10_000, check_params_cb=lambda b: not b):
        screen.unlock_button.click()
    assert screen.error.isVisible()
    assert screen.error.text() == str(WrongPassphrase()) == "Wrong passphrase."
    assert window.session is None
    assert window.stack.currentWidget() is screen
    assert screen.passphrase.text() == ""
    assert screen.pages.isEnabled()

    # And the right one still works afterwards.
    unlock_through_ui(qtbot, window)
    assert not screen.error.isVisible()


def test_empty_passphrase_is_refused_without_a_job(window: MainWindow) -> None:
    screen = window.unlock_screen
    screen.unlock_button.click()
    assert not screen.busy
    assert screen.error.text() == "Type the vault's passphrase."


def test_create_a_vault_through_the_create_flow(qtbot: QtBot, tmp_path: Path) -> None:
    root = tmp_path / "new-vault"
    win = MainWindow(root)
    qtbot.addWidget(win)
    win.show()
    screen = win.unlock_screen
    assert screen.is_creating()  # nothing there yet: the create form comes first
    screen.role.setCurrentIndex(screen.role.findData("centre"))
    for field in (screen.new_passphrase, screen.confirm_passphrase):
        assert field.echoMode() == QLineEdit.EchoMode.Password
        field.setText("a new lantern passphrase")
    with qtbot.waitSignal(win.unlocked, timeout=10_000) as blocker:
        screen.create_button.click()
    session = blocker.args[0]
    assert session is win.session
    assert session.role == "centre"
    assert (root / "vault.json").is_file()
    assert screen.new_passphrase.text() == screen.confirm_passphrase.text() == ""
    assert win.role_label.text() == "Centre"

    win.lock()
    assert not screen.is_creating()  # a vault is there now: unlock it
    unlock_through_ui(qtbot, win, b"a new lantern passphrase")
    win.lock()


def test_create_refuses_differing_passphrases(tmp_path: Path, qtbot: QtBot) -> None:
    root = tmp_path / "new-vault"
    win = MainWindow(root)
    qtbot.addWidget(win)
    screen = win.unlock_screen
    screen.new_passphrase.setText("one")
    screen.confirm_passphrase.setText("two")
    screen.create_button.click()
    assert screen.error.text() == "The two passphrases differ; type them again."
    assert not screen.busy
    assert not root.exists()


def test_unlock_screen_offers_create_for_an_existing_vault_too(window: MainWindow) -> None:
    screen = window.unlock_screen
    assert not screen.is_creating()
    screen.show_create()
    assert screen.is_creating()
    screen.show_unlock()
    assert not screen.is_creating()
    assert PASSPHRASE  # the fixture vault is unlocked elsewhere with this passphrase
