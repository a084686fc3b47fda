"""Record text from a vault or a bundle is shown as text in the GUI, never rendered as markup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from humdoc.gui import dialogs
from humdoc.gui.case_view import CaseView
from tests.conftest import PASSPHRASE

MARKUP = "<b>Bold</b> <img src='/etc/passwd'> <a href='https://example.invalid'>link</a>"


def test_a_case_title_and_description_are_plain_text(qtbot: QtBot, tmp_path: Path) -> None:
    with Session.create(tmp_path / "v", PASSPHRASE, "field", KdfParams.floor()) as s:
        case = s.cases.create(MARKUP, MARKUP)
        view = CaseView()
        qtbot.addWidget(view)
        view.set_case(s, case)
        for label in (view.title, view.description):
            assert label.textFormat() == Qt.TextFormat.PlainText
            assert label.text() == MARKUP
        view.set_case(None, None)


def test_an_error_box_shows_a_quoted_bundle_name_as_text(qtbot: QtBot) -> None:
    box = dialogs.show_error(None, "Receive", f"Rejected: the bag holds {MARKUP!r}.")
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox)
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()
