"""The GUI rates new passphrases as they are typed, refuses weak ones, and suggests strong ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from humdoc.core import passphrases
from humdoc.gui.main_window import MainWindow
from humdoc.gui.passphrase_meter import SuggestDialog
from tests.conftest import PASSPHRASE


def test_create_form_rates_as_you_type_and_refuses_a_weak_passphrase(
    qtbot: QtBot, vault_dir: Path
) -> None:
    win = MainWindow(vault_dir)
    qtbot.addWidget(win)
    win.show()
    screen = win.unlock_screen
    assert screen.is_creating()
    meter = screen.new_row.meter
    assert meter.rating == -1
    QTest.keyClicks(screen.new_passphrase, "1234")
    assert meter.rating == 0 and not meter.acceptable
    assert "refuse" in meter.label.text()
    assert meter.bar.property("strength") == "poor"
    screen.confirm_passphrase.setText("1234")
    with qtbot.waitSignal(screen.busy_changed, timeout=10_000, check_params_cb=lambda b: not b):
        screen.create_button.click()
    assert "too easy to guess" in screen.error.text()
    assert win.session is None
    assert not (vault_dir / "vault.json").exists()  # nothing was written

    screen.new_passphrase.clear()
    QTest.keyClicks(screen.new_passphrase, PASSPHRASE.decode())
    assert meter.acceptable and meter.rating >= 1
    assert meter.bar.property("strength") in {"weak", "good", "excellent"}


def test_suggest_fills_both_fields_with_six_words_and_creates(
    qtbot: QtBot, vault_dir: Path
) -> None:
    win = MainWindow(vault_dir)
    qtbot.addWidget(win)
    win.show()
    screen = win.unlock_screen
    dialog = screen.new_row.suggest()
    qtbot.waitExposed(dialog)
    first = dialog.passphrase
    assert dialog.words.text() == first
    dialog.another_button.click()
    assert dialog.passphrase != first
    words = dialog.passphrase
    assert len(words.split()) == 6 and set(words.split()) <= set(passphrases.wordlist())
    dialog.use_button.click()
    assert screen.new_passphrase.text() == screen.confirm_passphrase.text() == words
    assert screen.new_row.meter.rating >= 2
    with qtbot.waitSignal(win.unlocked, timeout=20_000):
        screen.create_button.click()
    assert win.session is not None
    win.lock()


def test_a_cancelled_suggestion_changes_nothing(qtbot: QtBot, vault_dir: Path) -> None:
    win = MainWindow(vault_dir)
    qtbot.addWidget(win)
    win.show()
    screen = win.unlock_screen
    screen.new_passphrase.setText("typed by hand")
    dialog = screen.new_row.suggest()
    assert isinstance(dialog, SuggestDialog)
    dialog.reject()
    assert screen.new_passphrase.text() == "typed by hand"
    assert screen.confirm_passphrase.text() == ""


def test_change_passphrase_refuses_a_weak_one_before_any_work(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    dialog = unlocked.change_passphrase()
    assert dialog is not None
    dialog.old.setText(PASSPHRASE.decode())
    dialog.new.setText("qwerty")
    dialog.again.setText("qwerty")
    assert not dialog.new_row.meter.acceptable
    dialog.accept()
    assert dialog.isVisible()
    assert "too easy to guess" in dialog.error.text()
    dialog.reject()
    # The vault still opens with the old passphrase.
    unlocked.lock()
    from tests.gui.conftest import unlock_through_ui

    unlock_through_ui(qtbot, unlocked)
    assert not any(
        isinstance(w, QMessageBox) for w in QApplication.topLevelWidgets() if w.isVisible()
    )
