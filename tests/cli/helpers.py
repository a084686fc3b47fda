"""Running the CLI in tests: in-process for speed, as a subprocess where stdin or exit matters."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# The command line without the process hardening of ``humdoc.cli.main``: turning off core dumps
# of the test runner itself would leave no later child able to dump (tests/core/test_hardening.py).
from humdoc.cli.app import main

#: The passphrase every ``Cli`` gives (in ``HUMDOC_PASSPHRASE``).
CLI_PASSPHRASE = "field lantern passphrase"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Cli:
    """Calls ``humdoc`` against one vault with the passphrase in the environment."""

    def __init__(
        self, vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ):
        self.vault = vault
        self.capsys = capsys
        self.monkeypatch = monkeypatch
        monkeypatch.setenv("HUMDOC_PASSPHRASE", CLI_PASSPHRASE)

    def init_from(self, template: Path) -> Cli:
        """Give this ``Cli`` a copy of ``template``, a vault as ``init`` makes it (the fixtures
        ``cli_field_vault`` and ``cli_centre_vault``), without paying again for its keys."""
        shutil.copytree(template, self.vault)
        return self

    def __call__(self, *args: str) -> Result:
        self.capsys.readouterr()
        try:
            code = main(["--vault", str(self.vault), *args])
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def ok(self, *args: str) -> Any:
        """Run with --json, assert success, return the parsed document."""
        r = self("--json", *args)
        assert r.code == 0, r.err
        assert r.err == ""
        return r.json()


def run_subprocess(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> Result:
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "humdoc", *args],
        input=stdin,
        capture_output=True,
        env=full_env,
        timeout=120,
    )
    return Result(proc.returncode, proc.stdout.decode(), proc.stderr.decode())
