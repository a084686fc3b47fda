"""The desktop application as a client of the shared archive, against a real PostgreSQL server.

A case is imported a moment before (``tests.archive.demo``). Members then open the archive through
the connect dialog (keys typed with QTest) and read what their duty allows.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from humdoc.core.archive import connections
from humdoc.core.archive.session import ArchiveSession
from humdoc.gui.archive_connect import (
    ArchiveConnectDialog,
    shown_address,
    with_password,
)
from humdoc.gui.archive_window import ArchiveWindow, search_function
from humdoc.gui.i18n import UiLanguage, install_translations
from humdoc.gui.main_window import MainWindow
from tests.archive.conftest import PG_PASSWORD, ArchiveFixture, archive, pg  # noqa: F401
from tests.archive.demo import (
    BUNDLE,
    MEDIA,
    NAME,
    PHOTO,
    STATEMENT,
    TESTIMONY,
    WITNESS,
    import_case,
    store_photo,
)
from tests.conftest import PASSPHRASE


@pytest.fixture
def imported(archive: ArchiveFixture) -> ArchiveFixture:  # noqa: F811 - the fixture
    import_case(archive)
    return archive


def _open_through_dialog(
    qtbot: QtBot, dialog: ArchiveConnectDialog, url: str, passphrase: bytes = PASSPHRASE
) -> list[object]:
    """Type the address and passphrase as a person would, press Enter; the sessions opened."""
    opened: list[object] = []
    dialog.opened.connect(opened.append)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.address.setFocus()
    QTest.keyClicks(dialog.address, url)
    QTest.keyClick(dialog.address, Qt.Key.Key_Return)
    assert dialog.passphrase.hasFocus() or QApplication.focusWidget() is dialog.passphrase
    assert not dialog.busy  # Enter in the address never opens
    QTest.keyClicks(dialog.passphrase, passphrase.decode())
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    return opened


def _window(qtbot: QtBot, session: ArchiveSession) -> ArchiveWindow:
    win = ArchiveWindow(session, "postgresql://archive")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: win.cases_model.rowCount() > 0, timeout=10_000)
    return win


def _choose(qtbot: QtBot, win: ArchiveWindow, tag: str, act: object) -> None:
    with qtbot.waitSignal(win.updated, timeout=10_000, check_params_cb=lambda t: t == tag):
        act()  # type: ignore[operator]


def _open_testimony_row(qtbot: QtBot, win: ArchiveWindow) -> None:
    _choose(qtbot, win, "case", lambda: win.cases_view.selectRow(0))
    assert win.testimonies_model.rowCount() == 1
    _choose(qtbot, win, "summary", lambda: win.testimonies_view.selectRow(0))


def _all_texts() -> list[str]:
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        for w in [top, *top.findChildren(QWidget)]:
            if isinstance(w, QLineEdit) and w.echoMode() != QLineEdit.EchoMode.Password:
                texts.append(w.text())
            elif isinstance(w, QComboBox):
                texts.extend(w.itemText(i) for i in range(w.count()))
            elif isinstance(w, QLabel):
                texts.append(w.text())
            elif isinstance(w, QTextBrowser):
                texts.append(w.toPlainText())
            if hasattr(w, "windowTitle"):
                texts.append(w.windowTitle())
    return texts


@pytest.fixture
def main_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(tmp_path / "no-vault-here")
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(win.archive_windows):
        w.close()


def test_an_analyst_opens_the_archive_through_the_dialog_and_reads_a_testimony(
    qtbot: QtBot, imported: ArchiveFixture, main_window: MainWindow
) -> None:
    analyst = imported.role("analyst1")
    main_window.unlock_screen.archive_link.click()
    dialog = main_window.findChild(ArchiveConnectDialog)
    assert dialog is not None and dialog.isVisible()
    opened = _open_through_dialog(qtbot, dialog, imported.url(analyst))
    assert len(opened) == 1  # and the dialog closed itself
    assert len(main_window.archive_windows) == 1
    win = main_window.archive_windows[0]
    assert analyst in win.windowTitle() and "analyst" in win.windowTitle()
    assert PG_PASSWORD not in win.address  # the address kept for a lock has no password
    qtbot.waitUntil(lambda: win.cases_model.rowCount() == 1, timeout=10_000)
    assert win.cases_model.row(0).summary["title"] == "Market raid, Old Town"

    _open_testimony_row(qtbot, win)
    assert win.incidents_model.rowCount() == 1 and win.media_model.rowCount() == 1
    assert win.read_button.isVisibleTo(win)
    assert win.logged_note.isVisibleTo(win) and "access log" in win.logged_note.text()
    assert not win.identity_button.isVisibleTo(win)  # an analyst has no identity action
    assert not win.log_action.isVisible()
    # The search box is there exactly when this humdoc has the archive's search.
    assert win.search_edit.isVisibleTo(win) == (search_function() is not None)
    assert STATEMENT not in win.detail.toPlainText()  # the summary does not hold the text
    _choose(qtbot, win, "testimony", win.read_button.click)
    assert STATEMENT in win.detail.toPlainText()

    with imported.open(imported.role("admin1")) as admin:
        log = admin.access_log()
    assert {"actor": analyst, "action": "read", "kind": "testimonies", "ref": TESTIMONY} in [
        {k: e[k] for k in ("actor", "action", "kind", "ref")} for e in log
    ]
    # Nothing of the passphrase anywhere on screen.
    assert not any(PASSPHRASE.decode() in t for t in _all_texts())

    # Locked (as when the screen locks): the dialog comes back on the same address, saying so.
    main_window.lock_archives()
    again = [d for d in main_window.findChildren(ArchiveConnectDialog) if d.isVisible()]
    assert len(again) == 1 and again[0].notice.text() == "The archive was locked."
    assert again[0].address.text() == shown_address(imported.url(analyst))
    assert not main_window.archive_windows or not main_window.archive_windows[0].isVisible()
    again[0].reject()


def test_a_protection_officer_alone_sees_the_witness_identity(
    qtbot: QtBot, imported: ArchiveFixture
) -> None:
    win = _window(qtbot, imported.open(imported.role("prot1")))
    assert "protection" in win.windowTitle()
    _open_testimony_row(qtbot, win)
    assert win.identity_button.isVisibleTo(win)
    assert NAME not in win.detail.toPlainText()
    _choose(qtbot, win, "identity", win.identity_button.click)
    assert NAME in win.detail.toPlainText()
    with imported.open(imported.role("admin1")) as admin:
        reads = [(e["actor"], e["kind"], e["ref"]) for e in admin.access_log()]
    assert (imported.role("prot1"), "identity", WITNESS) in reads
    win.lock()


def test_custody_versions_media_details_and_the_admins_access_log(
    qtbot: QtBot, imported: ArchiveFixture
) -> None:
    win = _window(qtbot, imported.open(imported.role("analyst1")))
    _open_testimony_row(qtbot, win)
    _choose(qtbot, win, "custody", win.custody_button.click)
    assert "recorded" in win.detail.toPlainText() and "documenter" in win.detail.toPlainText()
    # the demo's entry is written by hand, signed by no key the archive holds: never "verified"
    assert "Chain broken" in win.detail.toPlainText()
    _choose(qtbot, win, "versions", win.versions_button.click)
    assert BUNDLE in win.detail.toPlainText()
    win.tabs.setCurrentIndex(2)
    _choose(qtbot, win, "summary", lambda: win.media_view.selectRow(0))
    assert win.details_button.isVisibleTo(win) and not win.read_button.isVisibleTo(win)
    _choose(qtbot, win, "media", win.details_button.click)
    assert "ab" * 32 in win.detail.toPlainText() and "evidence" in win.detail.toPlainText()
    assert not win.log_action.isVisible()
    win.lock()

    # The admin reads no testimony (the database grants it no reading function), but the log.
    win = _window(qtbot, imported.open(imported.role("admin1")))
    _open_testimony_row(qtbot, win)
    assert not win.read_button.isVisibleTo(win) and not win.versions_button.isVisibleTo(win)
    assert win.custody_button.isVisibleTo(win)
    assert win.log_action.isVisible()
    with qtbot.waitSignal(win.updated, timeout=10_000, check_params_cb=lambda t: t == "log"):
        dialog = win.show_access_log()
    assert dialog is not None
    model = dialog.log_model  # type: ignore[attr-defined]
    refs = {model.row(i)["ref"] for i in range(model.rowCount())}
    assert {TESTIMONY, MEDIA} <= refs
    win.lock()


def test_a_wrong_passphrase_is_one_line_and_the_dialog_stays(
    qtbot: QtBot, imported: ArchiveFixture
) -> None:
    dialog = ArchiveConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    opened = _open_through_dialog(
        qtbot, dialog, imported.url(imported.role("analyst1")), b"wrong horse battery staple"
    )
    assert opened == []
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "Wrong passphrase for this archive."
    assert dialog.passphrase.text() == ""
    assert dialog.passphrase.hasFocus() or QApplication.focusWidget() is dialog.passphrase


def test_an_unreachable_server_and_a_refused_role_are_one_line(
    qtbot: QtBot, imported: ArchiveFixture, tmp_path: Path
) -> None:
    dialog = ArchiveConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _open_through_dialog(qtbot, dialog, f"postgresql://nobody@/x?host={tmp_path}&port=1")
    assert dialog.error.isVisible() and "\n" not in dialog.error.text()
    assert dialog.error.text().startswith("The archive cannot be reached")
    dialog.address.clear()
    bad = imported.server.url(imported.role("analyst1"), imported.database, "not-the-password")
    _open_through_dialog(qtbot, dialog, bad)
    assert dialog.error.text().startswith("The archive cannot be reached")
    assert "not-the-password" not in dialog.error.text()
    # A member the admin removed: refused by the server, in one line.
    with imported.open(imported.role("admin1")) as admin:
        admin.remove_member(imported.role("analyst1"))
    dialog.address.clear()
    _open_through_dialog(qtbot, dialog, imported.url(imported.role("analyst1")))
    assert dialog.error.isVisible() and "\n" not in dialog.error.text()
    assert "not permitted to log in" in dialog.error.text()


def test_the_passphrase_typed_anywhere_lands_only_in_its_masked_field(
    qtbot: QtBot, imported: ArchiveFixture
) -> None:
    dialog = ArchiveConnectDialog(imported.url(imported.role("analyst1")))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passphrase)
    secret = PASSPHRASE.decode()
    for target in (dialog.open_button, dialog.cancel_button, dialog.saved):
        dialog.passphrase.clear()
        target.setFocus()
        QTest.keyClicks(target, secret)
        assert dialog.passphrase.text() == secret
        assert dialog.isVisible()  # the space of "correct horse" clicked no button
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.db_password.echoMode() == QLineEdit.EchoMode.Password
    assert secret not in dialog.address.text()
    assert not any(secret in t for t in _all_texts())
    dialog.reject()
    assert dialog.passphrase.text() == ""


def test_one_saved_connection_is_picked_and_the_passphrase_has_the_keyboard(
    qtbot: QtBot, imported: ArchiveFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As `humdoc archive connections add` saves it: no password in the address; libpq finds it.
    url = imported.server.url(imported.role("analyst1"), imported.database)
    assert "pg-password" not in url
    connections.add("centre", url)
    monkeypatch.setenv("PGPASSWORD", PG_PASSWORD)
    dialog = ArchiveConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.saved.isVisibleTo(dialog) and dialog.saved.currentText() == "centre"
    assert dialog.address.text() == url
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passphrase)
    opened: list[object] = []
    dialog.opened.connect(opened.append)
    QTest.keyClicks(QApplication.focusWidget(), PASSPHRASE.decode())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    session = opened[0]
    assert isinstance(session, ArchiveSession) and session.duty == "analyst"
    session.close()
    connections.remove("centre")
    bare = ArchiveConnectDialog()
    qtbot.addWidget(bare)
    assert not bare.saved.isVisibleTo(bare)  # nothing saved: no list


def test_a_connection_saved_with_its_blob_store_fills_the_folder(
    qtbot: QtBot, imported: ArchiveFixture, tmp_path: Path
) -> None:
    url = imported.server.url(imported.role("analyst1"), imported.database)
    (tmp_path / "store").mkdir()
    connections.add("centre", url, str(tmp_path / "store"))
    connections.add("branch", url)
    dialog = ArchiveConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.saved.setCurrentIndex(dialog.saved.findText("centre"))
    assert dialog.address.text() == url
    assert dialog.store_folder() == (tmp_path / "store").resolve()
    dialog.store.clear()
    dialog.saved.setCurrentIndex(dialog.saved.findText("branch"))  # saved without one
    assert dialog.store_folder() is None
    dialog.reject()


def test_enter_on_a_focused_button_of_the_window_clicks_it(
    qtbot: QtBot, imported: ArchiveFixture
) -> None:
    win = _window(qtbot, imported.open(imported.role("analyst1")))
    _open_testimony_row(qtbot, win)
    win.activateWindow()
    win.custody_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.custody_button)
    _choose(qtbot, win, "custody", lambda: QTest.keyClick(win.custody_button, Qt.Key.Key_Return))
    assert "recorded" in win.detail.toPlainText()
    win.lock()


def test_lock_closes_the_session_wipes_the_key_and_empties_the_lists(
    qtbot: QtBot, imported: ArchiveFixture
) -> None:
    session = imported.open(imported.role("analyst1"))
    win = _window(qtbot, session)
    _open_testimony_row(qtbot, win)
    with qtbot.waitSignal(win.locked, timeout=5_000):
        QTest.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.session is None and session.conn.closed
    assert bytes(session.keys._key) == bytes(len(session.keys._key))  # wiped to zeros
    assert win.cases_model.rowCount() == 0 and win.testimonies_model.rowCount() == 0
    assert win.detail.toPlainText() == "" and not win.isVisible()


def test_a_lock_during_a_read_wipes_the_key_at_once_and_closes_once_the_read_ends(
    qtbot: QtBot, imported: ArchiveFixture
) -> None:
    session = imported.open(imported.role("analyst1"))
    win = _window(qtbot, session)
    win.refresh()  # on its way to a worker
    win.lock()
    assert bytes(session.keys._key) == bytes(len(session.keys._key))
    qtbot.waitUntil(lambda: session.conn.closed, timeout=10_000)
    assert win.cases_model.rowCount() == 0  # what the read brought is not shown


def test_the_idle_lock(qtbot: QtBot, imported: ArchiveFixture) -> None:
    session = imported.open(imported.role("analyst1"))
    win = ArchiveWindow(session, "postgresql://archive", auto_lock_ms=300)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.locked, timeout=5_000):
        pass
    assert win.session is None and session.conn.closed


def test_addresses_keep_their_password_in_memory_only() -> None:
    url = with_password("postgresql://r@/db?host=/run/pg&port=5", "s3cr&t")
    assert "password=s3cr%26t" in url
    assert shown_address(url) == "postgresql://r@/db?host=%2Frun%2Fpg&port=5"
    assert shown_address("postgresql://r:pw@h/db") == "postgresql://r@h/db"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_window_renders_at_1366x768(
    qtbot: QtBot, imported: ArchiveFixture, tmp_path: Path, language: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, UiLanguage(language, language))
    try:
        win = _window(qtbot, imported.open(imported.role("prot1")))
        _open_testimony_row(qtbot, win)
        _choose(qtbot, win, "testimony", win.read_button.click)
        if language == "ar":
            assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
            assert win.read_button.text() != "&Read the testimony"
        assert win.width() <= 1366 and win.height() <= 768
        for button in (win.read_button, win.custody_button, win.identity_button):
            assert button.width() >= button.sizeHint().width()  # no label cut off
        shot = tmp_path / f"archive-{language}.png"
        assert win.grab().save(str(shot))
        assert shot.stat().st_size > 10_000
        win.lock()
        dialog = ArchiveConnectDialog(imported.url(imported.role("prot1")))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.show_error("Wrong passphrase for this archive.")
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and not label.wordWrap():
                assert label.width() >= label.sizeHint().width(), label.text()
        assert dialog.grab().save(str(tmp_path / f"connect-{language}.png"))
    finally:
        install_translations(app, UiLanguage("en", "C"))


def _media_row(qtbot: QtBot, win: ArchiveWindow, item_id: str) -> None:
    _choose(qtbot, win, "case", lambda: win.cases_view.selectRow(0))
    win.tabs.setCurrentIndex(2)
    rows = [win.media_model.row(i) for i in range(win.media_model.rowCount())]
    index = next(i for i, r in enumerate(rows) if r is not None and r.id == item_id)
    _choose(qtbot, win, "summary", lambda: win.media_view.selectRow(index))


def _files_holding(needle: bytes, *roots: Path) -> list[Path]:
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and not path.is_symlink():
                try:
                    if needle in path.read_bytes():
                        found.append(path)
                except OSError:
                    continue
    return found


def test_with_the_blob_store_set_a_photo_is_previewed_from_memory_and_the_read_logged(
    qtbot: QtBot, imported: ArchiveFixture, tmp_path: Path
) -> None:
    folder = tmp_path / "store"
    png = store_photo(imported, folder)
    analyst = imported.role("analyst1")
    win = ArchiveWindow(imported.open(analyst), "postgresql://archive", store_folder=folder)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: win.cases_model.rowCount() > 0, timeout=10_000)
    _media_row(qtbot, win, PHOTO)
    assert win.logged_note.isVisibleTo(win) and "preview" in win.logged_note.text()
    assert not win.preview.isVisibleTo(win)
    _choose(qtbot, win, "media", win.details_button.click)
    pixmap = win.preview.pixmap()
    assert win.preview.isVisibleTo(win) and not pixmap.isNull()
    assert (pixmap.width(), pixmap.height()) == (48, 32)  # within 320 px: its own size
    assert "square.png" in win.detail.toPlainText()
    with imported.open(imported.role("admin1")) as admin:
        reads = [(e["actor"], e["kind"], e["ref"]) for e in admin.access_log()]
    # One row for the record's details (read_record), one for the file's key (read_media).
    assert reads.count((analyst, "media", PHOTO)) == 2, reads
    # Nothing of the photo is on disk in the clear: not in the store, the home, the tests' room.
    middle = len(png) // 2
    assert _files_holding(png[middle : middle + 64], tmp_path, Path.home()) == []
    win.lock()
    assert win.preview.pixmap().isNull()


def test_a_wrong_blob_store_folder_is_one_line_and_reads_nothing(
    qtbot: QtBot, imported: ArchiveFixture, tmp_path: Path
) -> None:
    store_photo(imported, tmp_path / "store")
    wrong = tmp_path / "not-the-store"
    wrong.mkdir()
    analyst = imported.role("analyst1")
    win = ArchiveWindow(imported.open(analyst), "postgresql://archive", store_folder=wrong)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.cases_model.rowCount() > 0, timeout=10_000)
    _media_row(qtbot, win, PHOTO)
    _choose(qtbot, win, "media", win.details_button.click)
    assert not win.preview.isVisibleTo(win) and win.preview.pixmap().isNull()
    line = next(ln for ln in win.detail.toPlainText().splitlines() if "blob store" in ln)
    assert "is not this archive's blob store" in line
    assert "square.png" in win.detail.toPlainText()  # the details are there all the same
    with imported.open(imported.role("admin1")) as admin:
        reads = [(e["actor"], e["kind"], e["ref"]) for e in admin.access_log()]
    # The record's details alone: the store was refused before the file's key was read.
    assert reads.count((analyst, "media", PHOTO)) == 1, reads
    win.lock()


def test_the_blob_store_folder_field_never_takes_the_passphrase(
    qtbot: QtBot, imported: ArchiveFixture, main_window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "store"
    store_photo(imported, folder)
    dialog = main_window.open_archive(imported.url(imported.role("analyst1")))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passphrase)
    secret = PASSPHRASE.decode()
    button = dialog.choose_store_button
    assert not button.isDefault() and not button.autoDefault()
    button.setFocus()
    QTest.keyClicks(button, secret)  # the spaces click nothing: the text goes to its field
    assert dialog.passphrase.text() == secret
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Return)  # Enter on the button opens no chooser
    assert dialog.folder_dialog is None and not dialog.busy
    dialog.store.setFocus()
    QTest.keyClicks(dialog.store, str(folder))
    QTest.keyClick(dialog.store, Qt.Key.Key_Return)  # on to the passphrase, never opening
    assert QApplication.focusWidget() is dialog.passphrase and not dialog.busy
    assert secret not in dialog.store.text()
    assert not any(secret in t for t in _all_texts())
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(main_window.archive_windows), timeout=20_000)
    win = main_window.archive_windows[0]
    assert win.store_folder == folder
    assert main_window.archive_stores[win.address] == folder
    picker = ArchiveConnectDialog()
    qtbot.addWidget(picker)
    picker.show()
    chooser = picker.choose_store()  # by the mouse (or Alt+H): a folder chooser
    assert chooser.fileMode() == chooser.FileMode.Directory and chooser.isVisible()
    chooser.fileSelected.emit(str(folder))
    assert picker.store_folder() == folder
    chooser.close()
