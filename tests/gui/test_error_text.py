"""Error labels show what they are given as text: markup from a bundle or a file name never renders."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from humdoc.gui.identity_dialogs import inline_error
from humdoc.gui.main_window import MainWindow

MARKUP = '<a href="https://example.org">click</a><img src="x"><b>bold</b> &amp;'


def inline_errors(root: QWidget) -> list[QLabel]:
    return [w for w in root.findChildren(QLabel) if w.objectName() == "inlineError"]


def test_every_inline_error_of_the_unlock_screen_is_plain_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    labels = inline_errors(window)
    assert labels, "the unlock screen has an inline error label"
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText
    window.unlock_screen.show_error(MARKUP)
    assert window.unlock_screen.error.text() == MARKUP


def test_inline_error_helper_is_plain_text() -> None:
    label = inline_error()
    assert label.textFormat() == Qt.TextFormat.PlainText
