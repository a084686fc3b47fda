"""Checking a custody entry with the minisign tool itself, as a centre's auditor would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from humdoc.core.custody import CustodyEvent


def assert_minisign_verifies(event: CustodyEvent, public_key: Path, folder: Path) -> None:
    """``minisign -V`` accepts ``event``'s entry and signature under the key in ``public_key``
    (written into ``folder``) and names the entry's hash in its trusted comment."""
    assert shutil.which("minisign"), "minisign must be installed (CI installs it)"
    (folder / "entry.json").write_text(event.entry, encoding="utf-8")
    (folder / "entry.json.minisig").write_text(event.signature, encoding="utf-8")
    done = subprocess.run(
        ["minisign", "-V", "-p", str(public_key), "-m", str(folder / "entry.json")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert event.hash in done.stdout
