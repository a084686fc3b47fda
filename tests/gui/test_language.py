"""Which language the window speaks, its direction, and text that keeps its own direction.

The Arabic interface is loaded the way ``humdoc`` loads it at start (``configure_application``
with ``LANG=ar_SA.UTF-8``), from the committed ``.qm``; each test's fixture puts English back.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from humdoc.core.session import Session
from humdoc.gui.bidi import follow_text_direction, set_directed_text, text_alignment, text_direction
from humdoc.gui.dialogs import CaseDialog
from humdoc.gui.i18n import (
    SETTINGS_LANGUAGE,
    UiLanguage,
    current_language,
    environment_languages,
    install_translations,
    locale_date,
    locale_number,
    locale_size,
    resolve_language,
    store_choice,
    stored_choice,
)
from humdoc.gui.main_window import MainWindow, configure_application
from humdoc.gui.models import CasesModel, SearchModel
from humdoc.gui.testimony_dialog import TestimonyDialog
from humdoc.gui.vault_actions import SettingsDialog
from tests.gui.conftest import session_of

ROOT = Path(__file__).resolve().parents[2]
ARABIC = "شهد الشاهد إطلاق النار في السوق."
ENGLISH = "The witness saw the shooting in the market."
RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


def arabic_for(context: str, source: str) -> str:
    """The committed Arabic translation of ``source`` (read from the .ts, not from the app)."""
    root = ET.parse(ROOT / "resources" / "translations" / "humdoc_ar.ts").getroot()  # noqa: S314 - our own committed .ts
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise AssertionError(f"{source!r} is not in humdoc_ar.ts")


@pytest.fixture
def arabic(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> QApplication:
    """The application configured as ``LANG=ar_SA.UTF-8 humdoc`` starts it."""
    monkeypatch.setenv("LANG", "ar_SA.UTF-8")
    configure_application(qapp)
    return qapp


# --- choosing the language --------------------------------------------------------------------


@pytest.mark.parametrize(
    "env,code,locale",
    [
        ({"LANG": "ar_SA.UTF-8"}, "ar", "ar_SA"),
        ({"LANG": "fr_CA.UTF-8"}, "fr", "fr_CA"),
        ({"LANG": "uk_UA.UTF-8"}, "uk", "uk_UA"),
        ({"LANG": "my_MM.UTF-8"}, "my", "my_MM"),
        ({"LANG": "es_ES.UTF-8", "LC_ALL": "ar_EG.UTF-8"}, "ar", "ar_EG"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "es_MX.UTF-8"}, "es", "es_MX"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:ar"}, "ar", "ar"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "ar"}, "en", "C"),  # gettext ignores it under C
        ({"LANG": "de_DE.UTF-8"}, "en", "C"),  # English, with ISO dates
        ({"LANG": "en_GB.UTF-8"}, "en", "en_GB"),
        ({}, "en", "C"),
        ({"LANG": "zz_ZZ"}, "en", "C"),
    ],
)
def test_the_language_comes_from_the_environment(
    env: dict[str, str], code: str, locale: str
) -> None:
    assert resolve_language(None, env) == UiLanguage(code, locale)


def test_a_choice_in_settings_wins_over_the_environment() -> None:
    assert resolve_language("ar", {"LANG": "fr_FR.UTF-8"}) == UiLanguage("ar", "ar")
    assert resolve_language("fr", {"LANG": "fr_BE.UTF-8"}) == UiLanguage("fr", "fr_BE")
    assert resolve_language("xx", {"LANG": "fr_FR.UTF-8"}).code == "fr"  # unknown: ignored


def test_environment_languages_follow_gettext() -> None:
    assert environment_languages({"LANGUAGE": "ar:fr", "LANG": "en_US.UTF-8"}) == [
        "ar",
        "fr",
        "en_US.UTF-8",
    ]
    assert environment_languages({"LANGUAGE": "ar", "LC_ALL": "C"}) == ["C"]


# --- the Arabic interface ---------------------------------------------------------------------


def test_lang_ar_shows_the_window_in_arabic_right_to_left(
    qtbot: QtBot, arabic: QApplication, closed_vault: Path
) -> None:
    assert current_language() == "ar"
    assert arabic.layoutDirection() == RTL
    win = MainWindow(closed_vault)
    qtbot.addWidget(win)
    win.show()
    assert win.layoutDirection() == RTL
    assert win.unlock_screen.layoutDirection() == RTL
    expected = arabic_for("UnlockScreen", "&Unlock")
    assert expected and expected != "&Unlock"
    assert win.unlock_screen.unlock_button.text() == expected
    menus = [a.text() for a in win.menuBar().actions()]
    assert arabic_for("MainWindow", "&Vault") in menus


def test_dialogs_open_right_to_left_in_arabic_with_qt_buttons_translated(
    qtbot: QtBot, arabic: QApplication, session: Session
) -> None:
    for dialog in (
        CaseDialog(session, None, None),
        SettingsDialog(session, None),
        TestimonyDialog(session, session.cases.create("c", "").id, None, None),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.layoutDirection() == RTL
        assert dialog.windowTitle() and not dialog.windowTitle().isascii()
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        # Qt's own qtbase_ar translates the standard buttons.
        assert cancel is not None and not cancel.text().replace("&", "").isascii()


def test_numbers_dates_and_sizes_take_the_locales_form(arabic: QApplication) -> None:
    assert locale_number(2024) == "٢٬٠٢٤"
    assert "٢٠٢٤" in locale_date("2024-03-14")
    assert "١٤" in locale_date("2024-03-14T10:00:00Z")
    assert locale_size(3_400_000).startswith("٣٫٤")
    install_translations(arabic, UiLanguage("en", "en_US"))
    assert locale_number(2024) == "2,024"
    assert locale_date("2024-03-14") == "3/14/2024"  # four-digit year, never "3/14/24"
    assert locale_size(3_400_000) == "3.4 MB"
    assert locale_size(1) == "1 byte"  # humdoc_en.qm: English plurals
    assert locale_size(999) == "999 bytes"
    install_translations(arabic, UiLanguage("en", "C"))
    assert locale_date("2024-03-14") == "2024-03-14"  # no English locale: ISO 8601
    assert locale_date(None) == "—"
    assert locale_date("not a date") == "not a date"


# --- the choice in Settings -------------------------------------------------------------------


def test_settings_store_the_language_outside_the_vault_for_the_next_start(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    dialog = SettingsDialog(session_of(unlocked), unlocked)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() is None  # the system's language
    assert dialog.language_note.text()  # says it takes effect at the next start
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ar"))
    dialog.accept()
    assert stored_choice() == "ar"
    assert QSettings().value(SETTINGS_LANGUAGE) == "ar"
    assert current_language() == "en"  # not now: at the next start
    assert resolve_language(stored_choice(), {"LANG": "C.UTF-8"}).code == "ar"
    store_choice(None)
    assert QSettings().value(SETTINGS_LANGUAGE) is None
    QSettings().setValue(SETTINGS_LANGUAGE, "xx")
    assert stored_choice() is None


# --- text that keeps its own direction --------------------------------------------------------


def test_text_direction_is_that_of_the_first_strong_letter() -> None:
    assert text_direction(ARABIC) == RTL
    assert text_direction("W-014 " + ARABIC) == LTR
    assert text_direction("2024 — " + ARABIC) == RTL
    assert text_direction(ENGLISH) == LTR
    assert text_direction("12:30 — 5") is None
    assert text_alignment(ARABIC) & Qt.AlignmentFlag.AlignRight
    assert text_alignment(ARABIC) & Qt.AlignmentFlag.AlignAbsolute


@pytest.mark.parametrize("interface", ["en", "ar"])
def test_titles_statements_and_snippets_follow_their_own_text(
    qtbot: QtBot, qapp: QApplication, session: Session, interface: str
) -> None:
    install_translations(qapp, UiLanguage(interface, interface))
    own = LTR if interface == "ar" else RTL  # the direction opposite to the interface's
    text = ENGLISH if interface == "ar" else ARABIC
    label = QLabel()
    qtbot.addWidget(label)
    set_directed_text(label, text)
    assert label.layoutDirection() == own
    set_directed_text(label, "1234")
    assert label.layoutDirection() == qapp.layoutDirection()

    dialog = TestimonyDialog(session, session.cases.create("c", "").id, None, None)
    qtbot.addWidget(dialog)
    dialog.statement_edit.setPlainText(text)
    option = dialog.statement_edit.document().defaultTextOption()
    assert option.textDirection() == own
    side = Qt.AlignmentFlag.AlignLeft if own == LTR else Qt.AlignmentFlag.AlignRight
    assert option.alignment() & side

    session.cases.create(text, text)  # the description is what a search snippet quotes
    cases = CasesModel()
    cases.set_session(session)
    row = next(r for r in range(cases.rowCount()) if cases.record(r).title == text)
    align = cases.data(cases.index(row, CasesModel.Column.TITLE), Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(align) & side
    hits = SearchModel()
    hits.set_records(session.search("market" if interface == "ar" else "السوق"))
    assert hits.rowCount() >= 1
    align = hits.data(hits.index(0, SearchModel.Column.MATCH), Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(align) & side


def test_the_statement_reader_gives_each_paragraph_its_direction(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    session = session_of(unlocked)
    case = session.cases.list()[0]
    session.testimonies.add(case.id, "W-1", f"{ARABIC}\n\n{ENGLISH}", consent=("record",))
    unlocked.workspace.select_case(case.id)
    tab = unlocked.workspace.case_view.testimonies
    tab.view.selectRow(0)
    document = tab.reader.document()
    directions = {
        block.text(): block.textDirection()
        for block in _blocks(document)
        if block.text() in {ARABIC, ENGLISH}
    }
    assert directions == {ARABIC: RTL, ENGLISH: LTR}


def _blocks(document: object) -> list:  # type: ignore[type-arg]
    block = document.begin()  # type: ignore[attr-defined]
    found = []
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def test_follow_text_direction_tracks_every_edit(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    follow_text_direction(edit)
    edit.setPlainText(ARABIC)
    assert edit.document().defaultTextOption().textDirection() == RTL
    edit.setPlainText(ENGLISH)
    assert edit.document().defaultTextOption().textDirection() == LTR


def test_the_layout_mirrors_only_in_arabic(qtbot: QtBot, arabic: QApplication) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == RTL
    install_translations(arabic, UiLanguage("fr", "fr_FR"))
    assert arabic.layoutDirection() == LTR


def test_a_mirrored_splitter_puts_the_first_pane_at_the_right_inside_the_window(
    qtbot: QtBot, arabic: QApplication
) -> None:
    from PySide6.QtWidgets import QSplitter

    from humdoc.gui.bidi import mirror_splitter

    split = QSplitter(Qt.Orientation.Horizontal)
    qtbot.addWidget(split)
    first, second = QLabel("first"), QLabel("second")
    split.addWidget(first)
    split.addWidget(second)
    split.setSizes([300, 500])
    mirror_splitter(split)
    split.resize(804, 100)
    split.show()
    qtbot.waitExposed(split)
    assert first.geometry().right() == split.rect().right()  # at the right, not 1 px beyond
    assert second.geometry().left() == 0
    assert first.layoutDirection() == RTL and second.layoutDirection() == RTL
    assert first.width() < second.width()


def test_list_cells_draw_their_text_in_its_own_direction(
    qtbot: QtBot, arabic: QApplication, session: Session
) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from humdoc.gui.case_tabs import make_table

    session.cases.create(ENGLISH, "")
    cases = CasesModel()
    cases.set_session(session)
    view = make_table(cases, CasesModel.Column.TITLE, "Cases")
    qtbot.addWidget(view)
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, cases.index(0, CasesModel.Column.TITLE))
    assert option.direction == LTR  # the English title, in the Arabic window
    option = QStyleOptionViewItem()
    option.direction = RTL
    delegate.initStyleOption(option, cases.index(0, CasesModel.Column.STATUS))
    assert option.direction == RTL  # the interface's own words keep its direction


def test_a_path_in_an_arabic_sentence_is_isolated(qtbot: QtBot, arabic: QApplication) -> None:
    from humdoc.gui.bidi import isolate

    assert isolate("/tmp/vault") == "\u2068/tmp/vault\u2069"


def test_fingerprints_stay_left_to_right_group_by_group_in_arabic(
    qtbot: QtBot, arabic: QApplication, session: Session
) -> None:
    import enum

    from PySide6.QtWidgets import QStyleOptionViewItem

    from humdoc.gui.case_tabs import make_table
    from humdoc.gui.keys_dialog import DeviceKeysDialog
    from humdoc.gui.models import RecordModel

    class Codes(RecordModel):
        class Column(enum.IntEnum):
            CODE = 0

        CODE_COLUMNS = frozenset({Column.CODE})

        def header(self, column: int) -> str:
            return "code"

        def cell(self, record: str, column: int) -> str:
            return record

        def record_id(self, record: str) -> str:
            return record

    model = Codes()
    model.set_records(["1234 5678 9012 3456"])  # digits only: no letter to set the direction
    view = make_table(model, 0, "Codes")
    qtbot.addWidget(view)
    option = QStyleOptionViewItem()
    option.direction = RTL
    view.itemDelegate().initStyleOption(option, model.index(0, 0))
    assert option.direction == LTR
    keys = DeviceKeysDialog(session, None)
    qtbot.addWidget(keys)
    assert keys.layoutDirection() == RTL
    assert keys.fingerprint.layoutDirection() == LTR


def test_rows_are_selected_in_a_right_to_left_window(
    qtbot: QtBot, arabic: QApplication, closed_vault: Path
) -> None:
    # QTableView.selectRow selects nothing right to left; humdoc's tables select all the same.
    from tests.gui.conftest import unlock_through_ui

    win = MainWindow(closed_vault)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    unlock_through_ui(qtbot, win)
    view = win.workspace.cases_view
    assert [i.row() for i in view.selectionModel().selectedRows()] == [0]
    assert win.workspace.case_view.case is not None
    win.lock()


def test_the_reader_puts_labels_at_the_right_in_arabic(qtbot: QtBot, arabic: QApplication) -> None:
    from PySide6.QtWidgets import QTextBrowser

    from humdoc.gui.bidi import facts_table

    reader = QTextBrowser()
    qtbot.addWidget(reader)
    reader.resize(600, 200)
    reader.setHtml(facts_table([("الشاهد", "W-014"), ("الانتهاكات", "01.03 Killing")]))
    reader.show()
    qtbot.waitExposed(reader)
    cursor = reader.document().find("الشاهد")
    value = reader.document().find("W-014")
    label_x = reader.cursorRect(cursor).x()
    value_x = reader.cursorRect(value).x()
    assert label_x > value_x  # the label sits to the right of its value
    install_translations(arabic, UiLanguage("en", "C"))
    assert facts_table([("Witness", "W-014")]).index("Witness") < facts_table(
        [("Witness", "W-014")]
    ).index("W-014")


_START = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from humdoc.gui.main_window import MainWindow, configure_application
app = QApplication(sys.argv[:1])
configure_application(app)  # what humdoc does at start
window = MainWindow(Path(sys.argv[1]))
window.show()
app.processEvents()
print(json.dumps({
    "direction": window.layoutDirection().name,
    "unlock": window.unlock_screen.unlock_button.text(),
}))
"""


@pytest.mark.parametrize(
    "env,expected",
    [
        ({"LANG": "ar_SA.UTF-8"}, ("RightToLeft", "&Unlock", "ar")),
        ({"LANG": "de_DE.UTF-8"}, ("LeftToRight", "&Unlock", "en")),
    ],
    ids=["LANG=ar_SA", "LANG=de_DE"],
)
def test_the_language_of_the_environment_at_start(
    closed_vault: Path, env: dict[str, str], expected: tuple[str, str, str]
) -> None:
    import json
    import os
    import subprocess
    import sys

    direction, source, lang = expected
    child_env = {
        k: v for k, v in os.environ.items() if k not in {"LANGUAGE", "LC_ALL", "LC_MESSAGES"}
    }
    child_env.update(env, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", _START, str(closed_vault)],
        env=child_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["direction"] == direction
    assert shown["unlock"] == (arabic_for("UnlockScreen", source) if lang == "ar" else source)


def test_tags_split_on_the_comma_of_each_script(
    qtbot: QtBot, arabic: QApplication, session: Session
) -> None:
    dialog = TestimonyDialog(session, session.cases.create("c", "").id, None, None)
    qtbot.addWidget(dialog)
    dialog.tags_edit.setText("حاجز، ليل, night၊ရွာ")
    assert [t.strip() for t in dialog.tags()] == ["حاجز", "ليل", "night", "ရွာ"]
