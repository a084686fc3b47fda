"""File choosers leave no folder of evidence behind in Qt's own settings file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from humdoc.gui import file_dialogs


def _qt_settings_text(tmp_path: Path) -> str:
    conf = tmp_path / "home" / ".config" / "QtProject.conf"
    return conf.read_text(encoding="utf-8", errors="replace") if conf.is_file() else ""


def test_open_file_names_forgets_the_folder(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "evidence-from-witness-ZQ17"
    folder.mkdir()
    photo = folder / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff")
    picked: list[bool] = []

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(photo))
        picked.append(True)
        dialog.accept()

    QTimer.singleShot(0, pick)
    paths = file_dialogs.open_file_names(None, "Import")
    assert picked and paths == [photo]
    assert "ZQ17" not in _qt_settings_text(tmp_path)


def test_forget_history_erases_what_qt_saved(qtbot: QtBot, tmp_path: Path) -> None:
    import shiboken6

    folder = tmp_path / "bundles-for-centre-QX44"
    folder.mkdir()
    dialog = QFileDialog(None, "Save", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setHistory([str(folder)])
    shiboken6.delete(dialog)  # Qt saves its history as the dialog goes
    assert "QX44" in _qt_settings_text(tmp_path)
    file_dialogs.forget_history()
    assert "QX44" not in _qt_settings_text(tmp_path)
