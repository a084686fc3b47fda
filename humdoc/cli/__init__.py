"""The command line: ``humdoc COMMAND …``; with no command, the GUI."""

from humdoc.cli.app import main

__all__ = ["main"]
