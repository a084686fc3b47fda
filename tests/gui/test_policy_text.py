"""Policy names carry their explanation in every chooser, from core's one source, translated."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from humdoc.core.media import POLICY_EXPLANATIONS, POLICY_NAMES, explain_policy
from humdoc.core.session import Session
from humdoc.gui import policy_text
from humdoc.gui.dialogs import CaseDialog
from humdoc.gui.export_dialog import ExportDialog
from humdoc.gui.main_window import MainWindow
from humdoc.gui.media_dialogs import ExportCopyDialog
from humdoc.gui.vault_actions import SettingsDialog
from tests.core.exchange_helpers import small_png
from tests.gui.conftest import session_of


def test_the_sentences_for_translators_are_cores() -> None:
    assert sorted(policy_text.LUPDATE_SOURCES) == sorted(POLICY_EXPLANATIONS.values())


def _labels(combo: QComboBox) -> dict[str, str]:
    return {
        str(combo.itemData(i)): combo.itemText(i)
        for i in range(combo.count())
        if combo.itemData(i) is not None
    }


def _explained(combo: QComboBox, names: tuple[str, ...] = POLICY_NAMES) -> None:
    labels = _labels(combo)
    assert set(labels) == set(names)
    for name, text in labels.items():
        assert text == f"{name} — {explain_policy(name)}"


def test_every_policy_chooser_explains_each_policy(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    session: Session = session_of(unlocked)
    new_case = CaseDialog(session, None, unlocked)
    qtbot.addWidget(new_case)
    _explained(new_case.policy_combo)
    assert (
        new_case.policy_combo.itemText(0)
        == f"Vault default: evidence — {explain_policy('evidence')}"
    )
    case = session.cases.create("Explained", policy="strip")
    edit_case = CaseDialog(session, case, unlocked)
    qtbot.addWidget(edit_case)
    _explained(edit_case.policy_combo)
    assert edit_case.policy_combo.currentData() == "strip"
    settings = SettingsDialog(session, unlocked)
    qtbot.addWidget(settings)
    _explained(settings.policy_combo)
    export = ExportDialog(session, [case.id], unlocked)
    qtbot.addWidget(export)
    _explained(export.policy_combo)
    item = session.media.import_file(case.id, small_png(tmp_path / "a.png"))
    copy = ExportCopyDialog(item, "strip", lambda _p, _o: None, unlocked)
    qtbot.addWidget(copy)
    _explained(copy.copy_combo, ("evidence", "strip"))
    assert copy.policy() == "strip"


class _Shouting(QTranslator):
    """A translation of the policy explanations alone: the English in capitals."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context == "policy" and source in POLICY_EXPLANATIONS.values():
            return source.upper()
        return None  # not translated: Qt keeps the source text

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def shouting() -> object:
    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_explanations_are_translated_from_the_same_sentences(shouting: object) -> None:
    for name in POLICY_NAMES:
        assert policy_text.policy_explanation(name) == explain_policy(name).upper()
    assert policy_text.policy_label("strip") == f"strip — {explain_policy('strip').upper()}"
