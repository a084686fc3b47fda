"""Starting the application window."""

from __future__ import annotations


def run_gui(vault: str | None) -> int:
    """Start the GUI for the vault at ``vault`` (or the default); return the exit code."""
    from humdoc.gui.main_window import start

    return start(vault)
