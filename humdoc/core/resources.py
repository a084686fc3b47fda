"""Finding the files shipped in resources/ (taxonomy, icons, styles, translations)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The resources folder: ``HUMDOC_RESOURCES``, a PyInstaller bundle, the source tree, or
    the installed share folder, in that order."""
    candidates: list[Path] = []
    env = os.environ.get("HUMDOC_RESOURCES")
    if env:
        candidates.append(Path(env))
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    candidates.append(Path(sys.prefix) / "share" / "humdoc" / "resources")
    for path in candidates:
        if (path / "taxonomy").is_dir():
            return path
    return candidates[-1]
