"""humdoc check [--quick] from the command line: findings, exit status, progress on a terminal."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import Cli


@pytest.fixture
def cli(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cli_field_vault: Path,
) -> Cli:
    cli = Cli(tmp_path / "vault", capsys, monkeypatch)
    cli.init_from(cli_field_vault)
    return cli


def import_two(cli: Cli, tmp_path: Path) -> tuple[str, str]:
    case = cli.ok("case", "new", "Check")["id"]
    paths = []
    for name, size in (("a.txt", 200_000), ("b.txt", 100)):
        path = tmp_path / name
        path.write_text("x" * size)
        paths.append(str(path))
    items = cli.ok("media", "import", case, *paths, "--policy", "keep")["imported"]
    return items[0]["id"], items[1]["id"]


def test_healthy_vault_passes_and_json_lists_no_findings(cli: Cli, tmp_path: Path) -> None:
    import_two(cli, tmp_path)
    doc = cli.ok("check")
    assert doc["ok"] is True and doc["findings"] == [] and doc["attachments"] == 2
    r = cli("check")
    assert r.code == 0 and "intact" in r.out and "2 attachment(s)" in r.out and r.err == ""


def test_damage_exits_non_zero_naming_the_item_and_quick_skips_attachments(
    cli: Cli, tmp_path: Path
) -> None:
    first, second = import_two(cli, tmp_path)
    assert cli.ok("check")["ok"] is True
    by_blob = {
        p.name: p for p in (cli.vault / "blobs").rglob("*") if p.is_file() and len(p.name) == 32
    }
    assert len(by_blob) == 2
    # Damage whichever file is the larger attachment (several chunks): flip one byte inside it.
    target = max(by_blob.values(), key=lambda p: p.stat().st_size)
    data = bytearray(target.read_bytes())
    data[70_000] ^= 0x10
    target.write_bytes(bytes(data))

    r = cli("--json", "check")
    assert r.code == 6
    doc = r.json()
    assert doc["ok"] is False
    [finding] = doc["findings"]
    assert finding["item"] == first and finding["kind"] == "damaged"
    assert finding["blob"] == target.name and finding["file"].endswith(target.name)
    assert r.err.startswith("humdoc: ") and r.err.count("\n") == 1 and first in r.err
    human = cli("check")
    assert human.code == 6 and f"item {first}, original" in human.out and second not in human.out

    quick = cli("check", "--quick")
    assert quick.code == 0 and "not checked" in quick.out
    assert cli.ok("check", "--quick")["findings"] == []

    target.unlink()
    r = cli("--json", "check")
    assert r.code == 6 and [(f["kind"], f["item"]) for f in r.json()["findings"]] == [
        ("missing", first)
    ]


def test_an_orphan_left_while_locked_is_reported_after_the_unlock_removes_it(
    cli: Cli, tmp_path: Path
) -> None:
    import_two(cli, tmp_path)
    orphan = cli.vault / "blobs" / "ee" / ("ee" + "1" * 30)
    orphan.parent.mkdir(exist_ok=True)
    orphan.write_bytes(b"planted")
    r = cli("check")
    assert r.code == 0 and "ORPHAN" in r.out and orphan.name in r.out and "intact" in r.out
    assert not orphan.exists()


def _run_check(vault: Path, stderr: int) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "HUMDOC_PASSPHRASE": "field lantern passphrase", "HUMDOC_KDF": "floor"}
    return subprocess.run(
        [sys.executable, "-m", "humdoc", "--vault", str(vault), "check"],
        stdout=subprocess.PIPE,
        stderr=stderr,
        stdin=subprocess.DEVNULL,
        env=env,
        timeout=120,
        check=False,
    )


def test_progress_is_drawn_on_a_terminal_and_never_into_a_pipe(cli: Cli, tmp_path: Path) -> None:
    import_two(cli, tmp_path)
    piped = _run_check(cli.vault, subprocess.PIPE)
    assert piped.returncode == 0 and piped.stderr == b""
    controller, terminal = pty.openpty()
    try:
        shown = _run_check(cli.vault, terminal)
        os.close(terminal)
        terminal = -1
        drawn = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # EIO: the terminal's other end is closed and drained
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        os.close(controller)
        if terminal >= 0:
            os.close(terminal)
    assert shown.returncode == 0 and b"intact" in shown.stdout
    assert b"Checking: 100%" in drawn and b"\r" in drawn
    assert b"Checking" not in shown.stdout
