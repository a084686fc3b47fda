"""Every window and dialog fits a 1366×768 and a 1280×720 laptop screen, less a 48-pixel panel,
in English, in a translation 40 % longer, in Arabic (right to left) and in the longest real
translation shipped, with nothing clipped.

The offscreen platform reads its screen size once, at start, from a JSON file named in
``QT_QPA_PLATFORM=offscreen:configfile=…``; so each screen size runs ``tests.gui.fit_probe`` in a
child process, which opens every QDialog and QMainWindow subclass of ``humdoc.gui`` (found by
walking the package, so that a new dialog is opened too or the test fails) and reports what
does not fit. The checker itself is tested here on windows made not to fit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout
from pytestqt.qtbot import QtBot

from tests.gui.fit_probe import PseudoTranslator, problems, real_languages

ROOT = Path(__file__).resolve().parents[2]
#: A typical desktop panel or taskbar (GNOME's top bar is 32 px, Windows' taskbar 40–48 px).
PANEL = 48


@pytest.mark.parametrize("width,height", [(1366, 768), (1280, 720)], ids=["1366x768", "1280x720"])
def test_every_window_and_dialog_fits_the_screen(tmp_path: Path, width: int, height: int) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height - PANEL}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96}]}), encoding="utf-8")
    out = tmp_path / "fit.json"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.fit_probe", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    outcome = json.loads(out.read_text(encoding="utf-8"))
    # The child really ran on the screen asked for (not the plugin's default 800×800).
    assert outcome["screen"] == [width, height - PANEL]
    # Every dialog and window class of the GUI was opened, and nothing else was missed.
    assert outcome["found"], "no dialog classes found in humdoc.gui"
    assert set(outcome["found"]) == set(outcome["opened"])
    # The real translations too: Arabic (mirrored) and the longest of those shipped.
    assert outcome["languages"][:3] == ["en", "pseudo", "ar"]
    assert outcome["languages"][3:] == real_languages()[1:]
    assert outcome["problems"] == {}


def test_the_checker_finds_a_dialog_taller_than_the_screen(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    label = QLabel("tall")
    label.setMinimumHeight(dialog.screen().availableGeometry().height() + 100)
    layout.addWidget(label)
    dialog.show()
    found = problems(dialog)
    assert any(p.startswith("frame") for p in found)
    assert any(p.startswith("minimum size") for p in found)


def test_the_checker_finds_a_clipped_label(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = QLabel("A sentence far too long for the fixed width of its small dialog window")
    QVBoxLayout(dialog).addWidget(label)
    dialog.setFixedWidth(120)  # the mistake a fixed size makes once text grows
    dialog.show()
    assert any("QLabel" in p and "needs" in p for p in problems(dialog))
    label.setWordWrap(True)
    dialog.setFixedHeight(40)  # wrapped, but with no room for the lines
    qtbot.wait(10)
    assert any("QLabel" in p and "needs" in p for p in problems(dialog))


def test_the_checker_accepts_a_dialog_that_fits(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = QLabel("Short and wrapped")
    label.setWordWrap(True)
    QVBoxLayout(dialog).addWidget(label)
    dialog.show()
    assert problems(dialog) == []


def test_pseudo_translation_lengthens_every_string_and_keeps_the_source() -> None:
    pseudo = PseudoTranslator()
    for source in ("OK", "&Unlock", "Vault: {path}", "%n file(s) imported and sealed."):
        text = pseudo.translate("context", source)
        assert text.startswith(source)
        assert len(text) >= 1.4 * len(source)
