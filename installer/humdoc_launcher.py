"""The frozen program's entry point: the same ``humdoc.cli:main`` as the ``humdoc`` console script.

PyInstaller needs a script rather than an entry point name. This file must stay equal in meaning to
``[project.scripts] humdoc`` in pyproject.toml; ``humdoc.spec`` refuses to build if they differ
and ``tests/test_installer.py`` checks it too.
"""

import sys

from humdoc.cli import main

if __name__ == "__main__":
    sys.exit(main())
