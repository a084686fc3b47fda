"""``python -m humdoc`` runs the command line (and, with no command, the GUI)."""

from humdoc.cli import main

raise SystemExit(main())
