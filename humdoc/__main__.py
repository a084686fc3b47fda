"""``python -m humdoc`` runs the command line (and, with no command, the GUI)."""

from humdoc.core.hardening import harden_process

# Before anything else is imported or read: ``main`` does it again, at no cost.
harden_process()

from humdoc.cli import main  # noqa: E402

raise SystemExit(main())
