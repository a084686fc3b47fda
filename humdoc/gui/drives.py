"""The mounted file systems, as ``QStorageInfo`` lists them, for ``core.exchange.destinations``."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStorageInfo

from humdoc.core.exchange.destinations import Mount, default_export_folder, removable_devices


def mounted() -> list[Mount]:
    """Every mounted file system, described for ``destinations``; one this user may not write
    to (a drive mounted for another user) counts as read-only."""
    return [
        Mount(
            Path(volume.rootPath()),
            bytes(volume.device().data()).decode("utf-8", "replace"),
            bytes(volume.fileSystemType().data()).decode("utf-8", "replace"),
            volume.isReadOnly() or not os.access(volume.rootPath(), os.W_OK),
            volume.isReady(),
        )
        for volume in QStorageInfo.mountedVolumes()
    ]


def export_folder(last_export: Path | None) -> Path:
    """Where to offer a new bundle: a removable drive, else the folder of ``last_export`` (a
    bundle path) if it still exists, else the home folder."""
    last = last_export.parent if last_export is not None else None
    if last is not None and not last.is_dir():
        last = None
    return default_export_folder(mounted(), removable_devices(), last, Path.home())
