"""The command-line contract: --json, --vault anywhere, passphrase sources, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from humdoc import __version__
from tests.cli.helpers import Cli, run_subprocess


@pytest.fixture
def cli(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cli_field_vault: Path,
) -> Cli:
    """A new field vault, as ``init`` makes it (``test_init_makes_a_field_vault`` runs it)."""
    return Cli(tmp_path / "vault", capsys, monkeypatch).init_from(cli_field_vault)


def test_init_makes_a_field_vault(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    c = Cli(tmp_path / "vault", capsys, monkeypatch)
    assert c.ok("init")["role"] == "field"
    assert c.ok("case", "list")["cases"] == []


def test_version() -> None:
    r = run_subprocess("--version")
    assert r.code == 0 and r.out.strip() == f"humdoc {__version__}"


def test_case_and_testimony_flow(cli: Cli, tmp_path: Path) -> None:
    case = cli.ok("case", "new", "Market attack", "--description", "Shelling of the market")
    statement = tmp_path / "s.txt"
    statement.write_text("The shell fell at noon near the fountain.", encoding="utf-8")
    t = cli.ok(
        "testimony",
        "add",
        case["id"],
        "--witness",
        "W-017",
        "--statement-file",
        str(statement),
        "--language",
        "en",
        "--consent",
        "record,share-centre",
        "--violation",
        "11.01",
        "--tag",
        "noon",
    )
    assert t["consent"]["scopes"] == ["record", "share-centre"]
    listed = cli.ok("case", "list")
    assert [c["id"] for c in listed["cases"]] == [case["id"]]
    assert listed["cases"][0]["testimonies"] == 1
    shown = cli.ok("case", "show", case["id"])
    assert shown["testimonies"][0]["statement"].startswith("The shell fell")
    hits = cli.ok("search", "fountain")["hits"]
    assert [h["ref"] for h in hits] == [t["id"]]
    human = cli("testimony", "show", t["id"])
    assert human.code == 0 and "W-017" in human.out and "fountain" in human.out
    # the witness's pseudonym finds the testimony, in any case (the code is not indexed)
    assert [h["ref"] for h in cli.ok("search", "w-017")["hits"]] == [t["id"]]
    by_code = cli("search", "W-017")
    assert by_code.code == 0 and t["id"] in by_code.out and "[W-017]" in by_code.out


def test_global_options_accepted_before_and_after_the_command(cli: Cli) -> None:
    cli.ok("case", "new", "A")
    before = cli("--json", "case", "list")
    after = cli("case", "list", "--json")
    assert before.code == after.code == 0
    assert before.json() == after.json()


def test_passphrase_file_and_wrong_passphrase(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HUMDOC_PASSPHRASE")
    good = tmp_path / "pass"
    good.write_text("field lantern passphrase\n")
    assert cli("case", "list", "--passphrase-file", str(good)).code == 0
    bad = tmp_path / "bad"
    bad.write_text("nope\n")
    r = cli("case", "list", "--passphrase-file", str(bad))
    assert r.code == 5
    assert r.err == "humdoc: Wrong passphrase.\n"


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["case", "show", "c-doesnotexist"], 3, "No case"),
        (
            [
                "testimony",
                "add",
                "c-x",
                "--witness",
                "W-1",
                "--statement-file",
                "/nonexistent/file",
            ],
            2,
            "no such file",
        ),
        (["case", "new", "   "], 2, "must not be empty"),
        (["search", "***"], 2, "at least one word"),
        (["case", "frobnicate"], 2, "invalid choice"),
    ],
)
def test_user_errors_are_one_line_and_nonzero(
    cli: Cli, args: list[str], code: int, needle: str
) -> None:
    r = cli(*args)
    assert r.code == code
    assert needle in r.err
    assert r.err.count("\n") == 1 and "Traceback" not in r.err


def test_statement_that_is_not_utf8(cli: Cli, tmp_path: Path) -> None:
    case = cli.ok("case", "new", "A")
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Témoignage".encode("latin-1"))
    r = cli("testimony", "add", case["id"], "--witness", "W-1", "--statement-file", str(bad))
    assert r.code == 2 and "not UTF-8" in r.err
    assert cli.ok("case", "show", case["id"])["testimonies"] == []


def test_statement_from_stdin_in_a_subprocess(tmp_path: Path) -> None:
    env = {"HUMDOC_PASSPHRASE": "subprocess lantern passphrase", "HUMDOC_KDF": "floor"}
    vault = str(tmp_path / "v")
    assert run_subprocess("init", "--vault", vault, env=env).code == 0
    case = run_subprocess("--json", "case", "new", "Stdin case", "--vault", vault, env=env)
    case_id = case.json()["id"]
    r = run_subprocess(
        "testimony",
        "add",
        case_id,
        "--witness",
        "W-5",
        "--statement-file",
        "-",
        "--vault",
        vault,
        "--json",
        stdin="Statement über stdin".encode(),
        env=env,
    )
    assert r.code == 0, r.err
    assert r.json()["statement"] == "Statement über stdin"


def test_no_passphrase_and_no_terminal_is_a_clear_error(tmp_path: Path) -> None:
    r = run_subprocess(
        "case", "list", "--vault", str(tmp_path / "v"), env={"HUMDOC_PASSPHRASE": ""}
    )
    assert r.code != 0 and r.err.count("\n") == 1


def test_missing_vault(tmp_path: Path) -> None:
    r = run_subprocess(
        "case", "list", "--vault", str(tmp_path / "none"), env={"HUMDOC_PASSPHRASE": "x"}
    )
    assert r.code == 4 and "humdoc init" in r.err


def test_vault_from_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from humdoc.cli.app import main  # in-process: see tests/cli/helpers.py

    monkeypatch.setenv("HUMDOC_VAULT", str(tmp_path / "envvault"))
    monkeypatch.setenv("HUMDOC_PASSPHRASE", "envvault lantern passphrase")
    assert main(["init"]) == 0
    assert (tmp_path / "envvault" / "vault.json").exists()


def test_passphrase_change_via_cli(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = tmp_path / "new"
    new.write_text("a much better passphrase\n")
    r = cli("passphrase", "change", "--new-passphrase-file", str(new))
    assert r.code == 0, r.err
    assert cli("case", "list").code == 5
    monkeypatch.setenv("HUMDOC_PASSPHRASE", "a much better passphrase")
    assert cli("case", "list").code == 0


def test_check_and_taxonomy(cli: Cli) -> None:
    assert cli.ok("check")["ok"] is True
    items = cli.ok("taxonomy")["items"]
    assert any(i["code"] == "03.01" for i in items)


def test_consent_and_delete_commands(cli: Cli, tmp_path: Path) -> None:
    case = cli.ok("case", "new", "A")
    s = tmp_path / "s.txt"
    s.write_text("x")
    t = cli.ok(
        "testimony",
        "add",
        case["id"],
        "--witness",
        "W-1",
        "--statement-file",
        str(s),
        "--consent",
        "record",
    )
    c = cli.ok("testimony", "consent", t["id"], "record,share-centre", "--recorded-by", "Doc 1")
    assert c["scopes"] == ["record", "share-centre"]
    cli.ok("testimony", "delete", t["id"])
    assert cli("testimony", "show", t["id"]).code == 3
    cli.ok("case", "delete", case["id"])
    assert cli.ok("case", "list")["cases"] == []
