"""After a full GUI session, no planted marker is anywhere on disk: not in the vault, not in
QSettings, caches or config under the (redirected) home."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from humdoc.gui.main_window import SETTINGS_GEOMETRY, SETTINGS_VAULT, MainWindow
from tests.gui.conftest import unlock_through_ui

MARKER = "ZQXJ-planted-marker-7731"


def _files(root: Path) -> list[Path]:
    return [Path(d) / f for d, _dirs, names in os.walk(root) for f in names]


def test_no_plaintext_anywhere_after_a_gui_session(
    qtbot: QtBot, qapp: QApplication, closed_vault: Path, tmp_path: Path
) -> None:
    win = MainWindow(closed_vault)
    qtbot.addWidget(win)
    win.show()
    unlock_through_ui(qtbot, win)
    workspace = win.workspace

    case_dialog = workspace.new_case()
    assert case_dialog is not None
    case_dialog.title_edit.setText(f"Case {MARKER}")
    case_dialog.accept()
    incident_dialog = workspace.case_view.incidents.new_incident()
    assert incident_dialog is not None
    incident_dialog.title_edit.setText(f"Incident {MARKER}")
    incident_dialog.location_edit.setText(f"Village {MARKER}")
    incident_dialog.accept()
    dialog = workspace.case_view.testimonies.new_testimony()
    assert dialog is not None
    dialog.witness_edit.setText("W-001")
    dialog.statement_edit.setPlainText(f"The statement {MARKER} in full.")
    dialog.interviewer_edit.setText(f"Interviewer {MARKER}")
    dialog.tags_edit.setText(MARKER.lower())
    dialog.consent.set_scopes(["record"])
    dialog.accept()
    assert workspace.search(MARKER)  # the search box's text is a secret too
    win.workspace.case_view.testimonies.reader.selectAll()
    win.workspace.case_view.testimonies.reader.copy()  # clipboard: cleared on lock

    win.close()  # saves the geometry, locks
    assert win.session is None
    QSettings().sync()
    qapp.processEvents()

    home = tmp_path / "home"
    settings_files = [p for p in _files(home) if p.suffix == ".conf"]
    assert settings_files, "QSettings should have written its file under the test's home"
    settings = QSettings()
    assert set(settings.allKeys()) <= {SETTINGS_GEOMETRY, SETTINGS_VAULT}
    assert settings.value(SETTINGS_VAULT) == str(closed_vault)

    needles = [MARKER.encode(e) for e in ("utf-8", "utf-16-le")] + [MARKER.lower().encode()]
    files = _files(tmp_path)
    assert any(p.name == "vault.db" for p in files)
    leaks = [str(p) for p in files for n in needles if n in p.read_bytes()]
    assert leaks == []
    clipboard = QApplication.clipboard()
    assert MARKER not in clipboard.text()


def test_no_photo_or_thumbnail_bytes_on_disk_after_media_import(
    qtbot: QtBot, qapp: QApplication, closed_vault: Path, tmp_path: Path, corpus: Path
) -> None:
    win = MainWindow(closed_vault)
    qtbot.addWidget(win)
    win.show()
    unlock_through_ui(qtbot, win)
    assert win.session is not None
    tab = win.workspace.media
    win.workspace.case_view.tabs.setCurrentWidget(tab)
    photo = corpus / "exif-samples/jpg/gps/DSCN0010.jpg"
    dialog = tab.import_files([photo])
    assert dialog is not None
    with qtbot.waitSignal(dialog.job.signals.finished, timeout=20_000):
        pass
    item = tab.current()
    assert item is not None
    qtbot.waitUntil(lambda: not tab.preview.pixmap().isNull(), timeout=10_000)  # made on a worker
    thumbnail = win.session.media.thumbnail(item.id, 64)
    preview = win.session.media.thumbnail(item.id, 320)
    custody = tab.show_custody()
    assert custody is not None
    custody.close()

    win.close()
    QSettings().sync()
    qapp.processEvents()

    original = photo.read_bytes()
    # Slices from the photo's middle and from the thumbnails' pixel data (past the PNG header).
    needles = [original[len(original) // 2 : len(original) // 2 + 64]]
    needles += [png[len(png) // 2 : len(png) // 2 + 48] for png in (thumbnail, preview)]
    files = _files(tmp_path)
    assert any(p.parent.name != "vault" and "blobs" in p.parts for p in files)
    leaks = [str(p) for p in files for n in needles if n in p.read_bytes()]
    assert leaks == []
    assert not [p for p in files if p.suffix.lower() in {".png", ".jpg", ".jpeg"}]
    settings = QSettings()
    assert set(settings.allKeys()) <= {SETTINGS_GEOMETRY, SETTINGS_VAULT}
