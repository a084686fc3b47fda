"""How a file or folder path is shown on screen (a module of its own: the unlock screen needs it
before anything else of the GUI is loaded)."""

from __future__ import annotations

from pathlib import Path


def display_path(path: Path) -> str:
    """``path`` as shown on screen: under the home folder as ``~/…`` (shorter, and it keeps the
    user's account name out of screenshots)."""
    try:
        rel = path.relative_to(Path.home())
    except ValueError:
        return str(path)
    return "~" if rel == Path() else str(Path("~") / rel)
