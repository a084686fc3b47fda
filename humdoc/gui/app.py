"""Starting the application window."""

from __future__ import annotations

from humdoc.core.hardening import harden_process


def run_gui(vault: str | None) -> int:
    """Start the GUI for the vault at ``vault`` (or the default); return the exit code.

    Core dumps are turned off first, whoever called this (``humdoc.cli.main`` already did).
    """
    harden_process()
    from humdoc.gui.main_window import start

    return start(vault)
