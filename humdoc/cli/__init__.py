"""The command line: ``humdoc COMMAND …``; with no command, the GUI."""

from __future__ import annotations

from collections.abc import Sequence

from humdoc.cli.app import main as _run
from humdoc.core.hardening import harden_process


def main(argv: Sequence[str] | None = None) -> int:
    """The ``humdoc`` program: turn off core dumps first, then run the command (or the GUI).

    Every way humdoc starts (the console script, ``python -m humdoc``, the frozen launcher)
    comes through here, so no process that unlocks a vault can be dumped to disk.
    """
    harden_process()
    return _run(argv)


__all__ = ["main"]
