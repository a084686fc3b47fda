"""File choosers that leave no trace of the folders the user went through.

Qt's ``QFileDialog`` saves its navigation history and the last folder visited into the
``QtProject`` settings file (``~/.config/QtProject.conf`` on Linux) when it closes. For a
documenter, those are the folders where evidence was picked up and where bundles went. Every file
dialog of humdoc goes through these helpers, which erase those two entries as soon as the dialog
is gone. (Qt's other entries there — view mode, column widths — name no folder.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_QT_SETTINGS_GROUP = "FileDialog"
_QT_HISTORY_KEYS = ("history", "lastVisited")


def forget_history() -> None:
    """Remove the file dialog's folder history and last-visited folder from Qt's settings."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup(_QT_SETTINGS_GROUP)
    for key in _QT_HISTORY_KEYS:
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def open_file_names(parent: QWidget | None, title: str, filters: str = "") -> list[Path]:
    """Ask for one or more existing files; empty if the user cancelled."""
    try:
        names, _chosen = QFileDialog.getOpenFileNames(parent, title, "", filters)
    finally:
        forget_history()
    return [Path(n) for n in names]


def open_file_name(parent: QWidget | None, title: str, filters: str = "") -> Path | None:
    """Ask for one existing file; None if the user cancelled."""
    try:
        name, _chosen = QFileDialog.getOpenFileName(parent, title, "", filters)
    finally:
        forget_history()
    return Path(name) if name else None


def save_file_name(
    parent: QWidget | None, title: str, suggested: Path, filters: str = ""
) -> Path | None:
    """Ask where to write a file, starting from ``suggested``; None if the user cancelled."""
    try:
        name, _chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    finally:
        forget_history()
    return Path(name) if name else None


def existing_directory(parent: QWidget | None, title: str, start: Path) -> Path | None:
    """Ask for an existing folder; None if the user cancelled."""
    try:
        name = QFileDialog.getExistingDirectory(parent, title, str(start))
    finally:
        forget_history()
    return Path(name) if name else None
