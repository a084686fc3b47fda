"""The style sheet: a disabled button looks disabled, whatever its role (Delete is not red)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot


def _reddish_pixels(button: QPushButton) -> int:
    image = button.grab().toImage()
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.red() > 120 and c.red() - c.green() > 60 and c.red() - c.blue() > 60:
                count += 1
    return count


def test_a_disabled_danger_button_is_grey_and_an_enabled_one_red(qtbot: QtBot) -> None:
    button = QPushButton("Delete…")
    button.setObjectName("danger")
    qtbot.addWidget(button)
    button.resize(120, 32)
    button.show()
    assert _reddish_pixels(button) > 10  # the style sheet of the application applies
    button.setEnabled(False)
    assert _reddish_pixels(button) == 0
