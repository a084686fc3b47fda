"""humdoc identity … and identities in export/receive, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import Cli


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "identity-pass.txt"
    path.write_text("identity compartment passphrase\n")
    return path


@pytest.fixture
def field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Cli:
    cli = Cli(tmp_path / "field", capsys, monkeypatch)
    cli.ok("init")
    return cli


def _one_line(err: str) -> bool:
    return err.startswith("humdoc: ") and err.count("\n") == 1 and "Traceback" not in err


def test_init_set_show_delete(field: Cli, secret: Path, tmp_path: Path) -> None:
    case = field.ok("case", "new", "Detentions")
    statement = tmp_path / "s.txt"
    statement.write_text("Held for three days.")
    field.ok("testimony", "add", case["id"], "--witness", "W-3", "--statement-file", str(statement))
    s = ("--new-passphrase-file", str(secret))

    r = field("identity", "show", "W-3", *s)
    assert r.code == 3 and "identity init" in r.err and _one_line(r.err)
    assert field.ok("identity", "init", *s)["created"] is True
    r = field("identity", "init", *s)
    assert r.code == 2 and "already" in r.err and _one_line(r.err)

    field.ok("identity", "set", "W-3", "--name", "Amal Haddad", "--contact", "+961 1", *s)
    shown = field.ok("identity", "show", "W-3", *s)
    assert (shown["name"], shown["contact"], shown["notes"]) == ("Amal Haddad", "+961 1", "")
    human = field("identity", "show", "W-3", *s)
    assert human.code == 0 and "Name: Amal Haddad" in human.out

    details = tmp_path / "details.json"
    details.write_text(json.dumps({"name": "Amal K. Haddad", "notes": "prefers evenings"}))
    field.ok("identity", "set", "W-3", "--from-file", str(details), *s)
    shown = field.ok("identity", "show", "W-3", *s)
    assert (shown["name"], shown["notes"]) == ("Amal K. Haddad", "prefers evenings")
    assert [p["code"] for p in field.ok("identity", "list")["persons"]] == ["W-3"]
    assert field.ok("search", "Haddad")["hits"] == []

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it")
    r = field("identity", "show", "W-3", "--new-passphrase-file", str(wrong))
    assert r.code == 5 and "identity-compartment" in r.err and _one_line(r.err)
    assert "Haddad" not in r.out + r.err
    r = field("identity", "set", "W-404", "--name", "X", *s)
    assert r.code == 3 and _one_line(r.err)
    r = field("identity", "set", "W-3", *s)
    assert r.code == 2 and "--name" in r.err
    r = field("identity", "set", "W-3", "--name", " ", *s)
    assert r.code == 2 and "name" in r.err

    assert field.ok("identity", "delete", "W-3", *s)["deleted"] is True
    r = field("identity", "show", "W-3", *s)
    assert r.code == 3 and "No identity" in r.err
    r = field("identity", "delete", "W-3", *s)
    assert r.code == 3


def test_compartment_passphrase_must_not_be_the_vault_passphrase(
    field: Cli, tmp_path: Path
) -> None:
    same = tmp_path / "same.txt"
    same.write_text("field passphrase")  # what the Cli helper uses for the vault
    r = field("identity", "init", "--new-passphrase-file", str(same))
    assert r.code == 2 and "differ" in r.err and _one_line(r.err)


def test_no_secret_and_no_terminal_is_a_clear_error(field: Cli) -> None:
    r = field("identity", "init")
    assert r.code == 2 and "--new-passphrase-file" in r.err and _one_line(r.err)


def test_export_and_receive_identities_by_cli(
    field: Cli,
    secret: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    centre = Cli(tmp_path / "centre", capsys, monkeypatch)
    centre.ok("init", "--role", "centre")
    field.ok("recipients", "add", "Centre", centre.ok("keys", "show")["age_recipient"])
    pub = tmp_path / "laptop.pub"
    pub.write_text(field.ok("keys", "show")["minisign_public"])
    centre.ok("devices", "enrol", "Laptop", str(pub))

    s = ("--new-passphrase-file", str(secret))
    case = field.ok("case", "new", "Detentions")["id"]
    statement = tmp_path / "s.txt"
    statement.write_text("Held for three days.")
    for code, consent in (
        ("W-1", "record,share-centre,share-identity"),
        ("W-2", "record,share-centre"),
    ):
        field.ok(
            "testimony",
            "add",
            case,
            "--witness",
            code,
            "--statement-file",
            str(statement),
            "--consent",
            consent,
        )
    field.ok("identity", "init", *s)
    field.ok("identity", "set", "W-1", "--name", "Consenting Witness", *s)
    field.ok("identity", "set", "W-2", "--name", "Refusing Witness", *s)

    plain = tmp_path / "plain.humdoc"
    result = field.ok("export", case, "--to", "Centre", "--out", str(plain))
    assert result["identities"] == 0 and result["held_back"] == []
    r = field(
        "export", case, "--to", "Centre", "--out", str(tmp_path / "x.humdoc"), "--include-identity"
    )
    assert r.code == 2 and "--new-passphrase-file" in r.err and _one_line(r.err)
    out = tmp_path / "ids.humdoc"
    result = field.ok("export", case, "--to", "Centre", "--out", str(out), "--include-identity", *s)
    assert result["identities"] == 1
    assert [h["kind"] for h in result["held_back"]] == ["identity"]
    human = field(
        "export",
        case,
        "--to",
        "Centre",
        "--out",
        str(tmp_path / "h.humdoc"),
        "--include-identity",
        *s,
    )
    assert "1 witness identities" in human.out and "Held back: identity W-2" in human.out

    assert centre.ok("verify", str(out))["identities"] == 1
    # no compartment at the centre: refused before anything is imported
    r = centre("receive", str(out))
    assert r.code == 2 and "humdoc identity init" in r.err and _one_line(r.err)
    assert centre.ok("case", "list")["cases"] == []
    centre_secret = tmp_path / "centre-pass.txt"
    centre_secret.write_text("the centre's identity passphrase")
    c = ("--new-passphrase-file", str(centre_secret))
    centre.ok("identity", "init", *c)
    # a bundle without identities never asks (no file given, no terminal: it would fail)
    assert centre.ok("receive", str(plain))["bundles"][0]["received"] is True
    r = centre("receive", str(out))
    assert r.code == 2 and "--new-passphrase-file" in r.err
    received = centre.ok("receive", str(out), *c)["bundles"][0]
    assert received["received"] is True and received["identities"] == 1
    assert centre.ok("identity", "show", "W-1", *c)["name"] == "Consenting Witness"
    r = centre("identity", "show", "W-2", *c)
    assert r.code == 3


def test_compartment_passphrase_change(field: Cli, secret: Path, tmp_path: Path) -> None:
    case = field.ok("case", "new", "c")
    statement = tmp_path / "s.txt"
    statement.write_text("x")
    field.ok("testimony", "add", case["id"], "--witness", "W-5", "--statement-file", str(statement))
    field.ok("identity", "init", "--new-passphrase-file", str(secret))
    field.ok("identity", "set", "W-5", "--name", "Rana", "--new-passphrase-file", str(secret))
    new = tmp_path / "new.txt"
    new.write_text("a new compartment passphrase\n")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n")
    r = field(
        "identity", "passphrase", "--current-file", str(wrong), "--new-passphrase-file", str(new)
    )
    assert r.code == 5 and _one_line(r.err)
    field.ok(
        "identity", "passphrase", "--current-file", str(secret), "--new-passphrase-file", str(new)
    )
    assert field("identity", "show", "W-5", "--new-passphrase-file", str(secret)).code == 5
    assert field.ok("identity", "show", "W-5", "--new-passphrase-file", str(new))["name"] == "Rana"
