"""Actions on a selection (Delete, Edit, Custody, Export copy, Identity, Revoke) are offered only
while something is selected: on the buttons, in the context menus and on the Delete key, in
every list of the window, also after the selected row was deleted or the list was reloaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from humdoc.gui.main_window import MainWindow
from tests.gui.conftest import session_of


def _offered(win: MainWindow) -> list[str]:
    """The selection actions the window offers now: enabled buttons and context-menu entries."""
    ws = win.workspace
    tabs = ws.case_view
    buttons: list[QPushButton] = [
        tabs.testimonies.edit_button,
        tabs.testimonies.delete_button,
        tabs.testimonies.identity_button,
        tabs.incidents.delete_button,
        ws.media.export_button,
        ws.media.custody_button,
        ws.media.delete_button,
    ]
    actions: list[QAction] = [
        *tabs.testimonies.context_menu.actions(),
        *tabs.incidents.context_menu.actions(),
        *ws.media.context_menu.actions(),
    ]
    offered = [b.text() for b in buttons if b.isEnabled()]
    offered += [f"menu {a.text()}" for a in actions if a.isEnabled()]
    if win.delete_action.isEnabled():
        offered.append("Delete key")
    return offered


def test_nothing_selected_offers_nothing_to_act_on(
    qtbot: QtBot, unlocked: MainWindow, corpus: Path, always_confirm: list[str]
) -> None:
    session = session_of(unlocked)
    case = session.cases.list()[0]
    testimony = session.testimonies.add(case.id, "W-1", "A statement")
    incident = session.cases.add_incident(case.id, "Arrests at the gate")
    item = session.media.import_file(case.id, corpus / "exif-samples/jpg/Canon_40D.jpg")
    ws = unlocked.workspace
    view = ws.case_view
    ws.refresh()
    assert ws.select_case(case.id)
    for tab in (view.testimonies, view.incidents, ws.media):
        view.tabs.setCurrentWidget(tab)
        assert _offered(unlocked) == [], type(tab).__name__  # a case shown, no row selected

    view.tabs.setCurrentWidget(view.testimonies)
    assert view.testimonies.select(testimony.id)
    assert "Delete key" in _offered(unlocked) and "menu Delete…" in _offered(unlocked)
    view.testimonies.model.refresh()  # a reload drops the selection: nothing stays offered
    assert _offered(unlocked) == []

    view.tabs.setCurrentWidget(view.incidents)
    view.incidents.view.selectRow(0)
    assert view.incidents.model.record(0).id == incident.id
    assert _offered(unlocked) == ["Delete…", "menu Delete…", "Delete key"]
    view.incidents.delete_button.click()
    assert session.cases.incidents(case.id) == []
    assert _offered(unlocked) == []

    view.tabs.setCurrentWidget(ws.media)
    assert ws.media.select(item.id)
    assert _offered(unlocked) == [
        "Export copy…",
        "Custody…",
        "Delete…",
        "menu Export copy…",
        "menu Custody…",
        "menu Delete…",
        "Delete key",
    ]
    ws.media.delete_button.click()
    assert session.media.count(case.id) == 0
    assert _offered(unlocked) == []

    # no case shown: the case's own actions are not offered either
    ws.case_view.set_case(session, None)
    assert [a.text() for a in ws.cases_menu.actions() if a.isEnabled()] == []
    assert not unlocked.new_testimony_action.isEnabled()
    assert not unlocked.import_action.isEnabled()
    unlocked.lock()
    assert not unlocked.delete_action.isEnabled()
