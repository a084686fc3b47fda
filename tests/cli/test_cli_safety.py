"""The command line for bad days: duress set, panic, backup, restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import Cli, run_subprocess

DURESS = "the river is calm tonight"


@pytest.fixture
def cli(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cli_field_vault: Path,
) -> Cli:
    c = Cli(tmp_path / "vault", capsys, monkeypatch)
    c.init_from(cli_field_vault)
    c.ok("case", "new", "Night raids")
    return c


def secret_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / f"secret-{abs(hash(text))}"
    path.write_text(text + "\n")
    return str(path)


def test_duress_unlock_prints_exactly_what_a_wrong_passphrase_prints(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli.ok("duress", "set", "--new-passphrase-file", secret_file(tmp_path, DURESS)) == {
        "duress": True
    }
    monkeypatch.setenv("HUMDOC_PASSPHRASE", "a mistyped passphrase")
    wrong = cli("case", "list")
    monkeypatch.setenv("HUMDOC_PASSPHRASE", DURESS)
    duress = cli("case", "list")
    monkeypatch.setenv("HUMDOC_PASSPHRASE", "field lantern passphrase")
    real_after = cli("case", "list")
    assert wrong.err == "humdoc: Wrong passphrase.\n" and wrong.out == ""
    assert (duress.code, duress.out, duress.err) == (wrong.code, wrong.out, wrong.err)
    assert (real_after.code, real_after.out, real_after.err) == (wrong.code, wrong.out, wrong.err)
    assert wrong.code == 5


def test_duress_equal_to_the_vault_passphrase_is_refused(cli: Cli, tmp_path: Path) -> None:
    r = cli(
        "duress", "set", "--new-passphrase-file", secret_file(tmp_path, "field lantern passphrase")
    )
    assert r.code == 2 and r.err.startswith("humdoc: The duress passphrase must differ")
    assert len(cli.ok("case", "list")["cases"]) == 1


def test_duress_clear(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli.ok("duress", "set", "--new-passphrase-file", secret_file(tmp_path, DURESS))
    assert cli.ok("duress", "clear") == {"duress": False}
    monkeypatch.setenv("HUMDOC_PASSPHRASE", DURESS)
    assert cli("case", "list").code == 5
    monkeypatch.setenv("HUMDOC_PASSPHRASE", "field lantern passphrase")
    assert len(cli.ok("case", "list")["cases"]) == 1


def test_panic_needs_confirmation_but_no_passphrase(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    r = cli("--json", "panic")
    assert r.code == 2 and "--yes" in r.err
    r = cli("panic")  # stdin is not a terminal under pytest
    assert r.code == 2 and "--yes" in r.err
    assert len(cli.ok("case", "list")["cases"]) == 1
    monkeypatch.delenv("HUMDOC_PASSPHRASE")
    assert cli.ok("panic", "--yes") == {"keys_destroyed": True, "wiped": False}
    monkeypatch.setenv("HUMDOC_PASSPHRASE", "field lantern passphrase")
    r = cli("case", "list")
    assert (r.code, r.err) == (5, "humdoc: Wrong passphrase.\n")


def test_panic_interactive_prompt(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "panic")
    r = cli("panic")
    assert r.code == 2 and "Not confirmed" in r.err
    monkeypatch.setattr("builtins.input", lambda prompt: "PANIC")
    assert cli("panic", "--wipe").code == 0
    assert not cli.vault.exists()


def test_panic_wipe_in_a_subprocess(cli: Cli) -> None:
    r = run_subprocess("--vault", str(cli.vault), "panic", "--wipe", "--yes", "--json")
    assert r.code == 0, r.err
    assert not cli.vault.exists()


def test_backup_and_restore(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "backup.tar"
    made = cli.ok("backup", "--out", str(out))
    assert made["backup"] == str(out) and made["files"] >= 2
    again = cli("backup", "--out", str(out))
    assert again.code == 2 and "already exists" in again.err
    refused = cli("restore", str(out))
    assert refused.code == 4 and "empty folder" in refused.err
    restored = tmp_path / "restored"
    done = cli.ok("--vault", str(restored), "restore", str(out))
    assert done["vault"] == str(restored)
    assert [c["title"] for c in cli.ok("--vault", str(restored), "case", "list")["cases"]] == [
        "Night raids"
    ]


def test_restore_of_a_damaged_backup(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.tar"
    bad.write_bytes(b"\0" * 10240)
    r = cli("--vault", str(tmp_path / "restored"), "restore", str(bad))
    assert r.code == 2 and r.err.startswith("humdoc: This is not an intact humdoc backup")
    assert "\n" not in r.err.rstrip("\n")
    assert not (tmp_path / "restored").exists()
