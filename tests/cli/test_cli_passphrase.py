"""The CLI refuses weak passphrases in one line, suggests strong ones, and rates a given one."""

from __future__ import annotations

from pathlib import Path

import pytest

from humdoc.core import passphrases
from tests.cli.helpers import Cli


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(tmp_path / "vault", capsys, monkeypatch)


def secret(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("weak", ["a", "1234", "password1", "field"])
def test_init_refuses_a_weak_passphrase_and_writes_nothing(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, weak: str
) -> None:
    monkeypatch.setenv("HUMDOC_PASSPHRASE", weak)
    r = cli("init")
    assert r.code == 2
    assert r.err.count("\n") == 1 and "too easy to guess" in r.err
    assert "Traceback" not in r.err
    assert not cli.vault.exists()


def test_passphrase_change_refuses_a_weak_one_and_keeps_the_old(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("init").code == 0
    before = (cli.vault / "vault.json").read_bytes()
    r = cli("passphrase", "change", "--new-passphrase-file", secret(tmp_path, "n", "qwerty123"))
    assert r.code == 2 and "too easy to guess" in r.err
    assert (cli.vault / "vault.json").read_bytes() == before
    assert cli("case", "list").code == 0  # the old passphrase still opens it


def test_identity_init_refuses_a_weak_compartment_passphrase(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").code == 0
    r = cli("identity", "init", "--new-passphrase-file", secret(tmp_path, "i", "secret"))
    assert r.code == 2 and "too easy to guess" in r.err
    r = cli(
        "--json",
        "identity",
        "init",
        "--new-passphrase-file",
        secret(tmp_path, "j", "witness identities passphrase"),
    )
    assert r.code == 0, r.err


def test_suggest_prints_words_from_the_list_that_pass_the_floor(cli: Cli, tmp_path: Path) -> None:
    doc = cli.ok("passphrase", "suggest")
    words = doc["passphrase"].split(" ")
    assert len(words) == 6 and set(words) <= set(passphrases.wordlist())
    assert doc["bits"] == pytest.approx(77.5, abs=0.1)
    again = cli.ok("passphrase", "suggest", "--words", "8")["passphrase"]
    assert len(again.split(" ")) == 8 and again != doc["passphrase"]
    assert cli("passphrase", "suggest", "--words", "2").code == 2
    # A suggested passphrase creates a vault.
    r = cli("init", "--passphrase-file", secret(tmp_path, "s", doc["passphrase"]))
    assert r.code == 0, r.err


def test_strength_rates_and_exits_2_below_the_floor(cli: Cli, tmp_path: Path) -> None:
    good = cli.ok(
        "passphrase",
        "strength",
        "--passphrase-file",
        secret(tmp_path, "g", "mango verdict stump ozone"),
    )
    assert good["acceptable"] is True and good["bits"] >= 40
    r = cli("passphrase", "strength", "--passphrase-file", secret(tmp_path, "b", "letmein"))
    assert r.code == 2 and "too easy to guess" in r.err
