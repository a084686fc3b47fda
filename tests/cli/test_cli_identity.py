"""humdoc identity … and identities in export/receive, from the command line."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tests.cli.helpers import Cli, run_subprocess


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "identity-pass.txt"
    path.write_text("identity compartment passphrase\n")
    return path


@pytest.fixture
def field(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cli_field_vault: Path,
) -> Cli:
    cli = Cli(tmp_path / "field", capsys, monkeypatch).init_from(cli_field_vault)
    return cli


def _one_line(err: str) -> bool:
    return err.startswith("humdoc: ") and err.count("\n") == 1 and "Traceback" not in err


def details_file(folder: Path, name: str, contact: str = "", notes: str = "") -> str:
    """A JSON identity file, the way a documenter hands details over without a command line."""
    path = folder / f"identity-{len(list(folder.glob('identity-*')))}.json"
    path.write_text(json.dumps({"name": name, "contact": contact, "notes": notes}))
    return str(path)


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

    field.ok(
        "identity", "set", "W-3", "--from-file", details_file(tmp_path, "Amal Haddad", "+961 1"), *s
    )
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
    r = field("identity", "set", "W-404", "--from-file", details_file(tmp_path, "X"), *s)
    assert r.code == 3 and _one_line(r.err)
    r = field("identity", "set", "W-3", *s)  # no details, and no terminal to ask them at
    assert r.code == 2 and "--from-file" in r.err and _one_line(r.err)
    r = field("identity", "set", "W-3", "--from-file", details_file(tmp_path, " "), *s)
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
    same.write_text("field lantern passphrase")  # what the Cli helper uses for the vault
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
    cli_centre_vault: Path,
) -> None:
    centre = Cli(tmp_path / "centre", capsys, monkeypatch).init_from(cli_centre_vault)
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
    field.ok("identity", "set", "W-1", "--from-file", details_file(tmp_path, "Consenting W"), *s)
    field.ok("identity", "set", "W-2", "--from-file", details_file(tmp_path, "Refusing W"), *s)

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
    assert "1 witness identity." in human.out and "Held back: identity W-2" in human.out

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
    assert centre.ok("identity", "show", "W-1", *c)["name"] == "Consenting W"
    r = centre("identity", "show", "W-2", *c)
    assert r.code == 3


def test_compartment_passphrase_change(field: Cli, secret: Path, tmp_path: Path) -> None:
    case = field.ok("case", "new", "c")
    statement = tmp_path / "s.txt"
    statement.write_text("x")
    field.ok("testimony", "add", case["id"], "--witness", "W-5", "--statement-file", str(statement))
    field.ok("identity", "init", "--new-passphrase-file", str(secret))
    field.ok(
        "identity",
        "set",
        "W-5",
        "--from-file",
        details_file(tmp_path, "Rana"),
        "--new-passphrase-file",
        str(secret),
    )
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


# --- no identity on a command line -------------------------------------------------------------


@pytest.fixture
def witness(field: Cli, secret: Path, tmp_path: Path) -> tuple[str, str]:
    """A vault with witness W-9 and an identity compartment; returns (code, compartment file)."""
    case = field.ok("case", "new", "Hearing")["id"]
    statement = tmp_path / "w9.txt"
    statement.write_text("Seen at the gate.")
    field.ok("testimony", "add", case, "--witness", "W-9", "--statement-file", str(statement))
    field.ok("identity", "init", "--new-passphrase-file", str(secret))
    return "W-9", str(secret)


def test_identity_options_on_the_command_line_are_refused(field: Cli, tmp_path: Path) -> None:
    for given in (
        ("--name", "Nour Saleh"),
        ("--name=Nour Saleh",),
        ("--contact", "Nour Saleh"),
        ("--notes", "Nour Saleh"),
        ("--nam", "Nour Saleh"),  # an abbreviation argparse would expand
        ("--name",),
        ("--from-file", details_file(tmp_path, "X"), "--name", "Nour Saleh"),
    ):
        r = field("identity", "set", "W-9", *given)
        assert r.code == 2 and _one_line(r.err), given
        assert "--from-file" in r.err and "standard input" in r.err
        assert "Nour" not in r.err + r.out  # the refusal never repeats what it refuses


# 19,000 four-byte characters: within the notes limit, and more than one 64 KiB read of a pipe.
NOTES = "\N{PHOENICIAN LETTER ALF}" * 19_000


def test_identity_set_reads_standard_input(
    field: Cli, witness: tuple[str, str], tmp_path: Path
) -> None:
    code, secret = witness
    payload = json.dumps(
        {"name": "Nour Saleh", "contact": "+963 11", "notes": NOTES}, ensure_ascii=False
    )
    r = run_subprocess(
        "--vault",
        str(field.vault),
        "--json",
        "identity",
        "set",
        code,
        "--from-file",
        "-",
        "--new-passphrase-file",
        secret,
        stdin=payload.encode(),
    )
    assert r.code == 0, r.err
    shown = field.ok("identity", "show", code, "--new-passphrase-file", secret)
    assert (shown["name"], shown["contact"]) == ("Nour Saleh", "+963 11")
    assert shown["notes"] == NOTES

    # Standard input used for the details cannot also give the compartment passphrase.
    r = run_subprocess(
        "--vault",
        str(field.vault),
        "identity",
        "set",
        code,
        "--from-file",
        "-",
        stdin=b'{"name": "X"}',
    )
    assert r.code == 2 and "--new-passphrase-file" in r.err and _one_line(r.err)


def _read_until(fd: int, marker: bytes, seen: bytearray, deadline: float) -> None:
    while marker not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"no {marker!r} in {bytes(seen)!r}"
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the other end closed
                chunk = b""
            assert chunk, f"the terminal closed before {marker!r}: {bytes(seen)!r}"
            seen += chunk


def _controlling_terminal() -> None:
    # Runs in the child after setsid: make its standard input (the pty) its controlling terminal,
    # so getpass talks to it through /dev/tty as it would in a real terminal.
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def test_identity_set_asks_at_a_terminal_without_echoing(
    field: Cli, witness: tuple[str, str]
) -> None:
    code, secret = witness
    controller, terminal = pty.openpty()
    command = ["identity", "set", code, "--new-passphrase-file", secret]
    proc = subprocess.Popen(
        [sys.executable, "-m", "humdoc", "--vault", str(field.vault), *command],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        start_new_session=True,
        preexec_fn=_controlling_terminal,
    )
    os.close(terminal)
    seen = bytearray()
    deadline = time.monotonic() + 60
    try:
        for prompt, answer in (
            (b"Name", b"Nour Saleh\n"),
            (b"Contact", b"+963 11 555\n"),
            (b"Notes", b"\n"),
        ):
            _read_until(controller, prompt, seen, deadline)
            os.write(controller, answer)
        _read_until(controller, b"Recorded the identity", seen, deadline)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(controller)
    assert b"Nour" not in seen and b"555" not in seen  # nothing typed was shown
    shown = field.ok("identity", "show", code, "--new-passphrase-file", secret)
    assert (shown["name"], shown["contact"], shown["notes"]) == ("Nour Saleh", "+963 11 555", "")
