"""``humdoc archive`` against a real PostgreSQL server: each member runs the command line as
their own role; what the database refuses comes back as one line and a non-zero exit."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import psycopg
import pytest

from humdoc.cli.app import main
from humdoc.core.archive import schema
from humdoc.core.archive.session import ArchiveSession
from tests.archive.conftest import PG_PASSWORD, ArchiveFixture, archive, pg  # noqa: F401
from tests.archive.seed import CASE, MARKERS, MEDIA, PERSON, TESTIMONY, Seeded, seed
from tests.cli.helpers import Result
from tests.conftest import PASSPHRASE


class ArchiveCli:
    """Runs ``humdoc`` in-process with the members' humdoc passphrase in the environment."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
        self.capsys = capsys
        monkeypatch.setenv("HUMDOC_PASSPHRASE", PASSPHRASE.decode())

    def __call__(self, *args: str) -> Result:
        self.capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def ok(self, *args: str) -> Any:
        r = self("--json", *args)
        assert r.code == 0, r.err
        assert r.err == ""
        return r.json()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> ArchiveCli:
    return ArchiveCli(capsys, monkeypatch)


@pytest.fixture
def seeded(archive: ArchiveFixture) -> Seeded:  # noqa: F811
    return seed(archive)


def one_line(r: Result) -> str:
    assert r.code != 0
    assert r.out == ""
    lines = r.err.strip().splitlines()
    assert len(lines) == 1, r.err
    assert "Traceback" not in r.err
    return lines[0]


def secret_files(tmp_path: Path, **secrets: str) -> list[str]:
    """``--NAME-file PATH`` options for each secret, written to files."""
    args: list[str] = []
    for name, value in secrets.items():
        path = tmp_path / name
        path.write_text(value + "\n")
        args += [f"--{name.replace('_', '-')}-file", str(path)]
    return args


def fresh_database(server: Any, name: str) -> str:
    server.create_database(name)
    return server.url(database=name)


ADMIN_PW, PROT_PW = "dusk harbour kettle violin", "amber lantern quarry swift"


def test_init_makes_an_archive_both_first_members_open(
    cli: ArchiveCli,
    pg: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    db = f"cli{os.getpid()}_init"
    url = fresh_database(pg, db)
    made = cli.ok(
        "archive", "init", "--archive", url, "--admin", f"{db}_boss", "--protection", f"{db}_pro",
        *secret_files(tmp_path, admin_password=ADMIN_PW, admin_passphrase=PASSPHRASE.decode(),
                      protection_password=PROT_PW, protection_passphrase=PASSPHRASE.decode()),
    )  # fmt: skip
    assert made == {
        "database": db, "schema": schema.CURRENT, "admin": f"{db}_boss", "protection": f"{db}_pro"
    }  # fmt: skip
    with ArchiveSession.open(pg.url(f"{db}_boss", db, ADMIN_PW), PASSPHRASE) as s:
        assert s.duty == "admin"
    with ArchiveSession.open(pg.url(f"{db}_pro", db, PROT_PW), PASSPHRASE) as s:
        assert s.duty == "protection" and s.keys.identity_private is not None
    # A second init on the same database is refused; nothing is changed.
    again = cli(
        "archive", "init", "--archive", url, "--admin", f"{db}_b2", "--protection", f"{db}_p2",
        *secret_files(tmp_path, admin_password=ADMIN_PW, admin_passphrase=PASSPHRASE.decode(),
                      protection_password=PROT_PW, protection_passphrase=PASSPHRASE.decode()),
    )  # fmt: skip
    assert "holds an archive already" in one_line(again)


@pytest.mark.parametrize(
    ("admin_password", "admin_passphrase", "said"),
    [
        ("password1", PASSPHRASE.decode(), "PostgreSQL password"),
        (ADMIN_PW, "letmein", None),
        (PASSPHRASE.decode(), PASSPHRASE.decode(), "must differ"),
    ],
)
def test_init_refuses_weak_or_shared_secrets_and_makes_nothing(
    cli: ArchiveCli,
    pg: Any,  # noqa: F811
    tmp_path: Path,
    admin_password: str,
    admin_passphrase: str,
    said: str | None,
) -> None:
    import secrets

    db = f"cli{os.getpid()}_{secrets.token_hex(3)}"
    url = fresh_database(pg, db)
    r = cli(
        "archive", "init", "--archive", url, "--admin", f"{db}_boss", "--protection", f"{db}_pro",
        *secret_files(tmp_path, admin_password=admin_password, admin_passphrase=admin_passphrase,
                      protection_password=PROT_PW, protection_passphrase=PASSPHRASE.decode()),
    )  # fmt: skip
    line = one_line(r)
    assert r.code == 2
    if said:
        assert said in line
    with psycopg.connect(url, autocommit=True) as conn:
        assert schema.version(conn) == 0
        assert (
            conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (f"{db}_boss",)).fetchone()
            is None
        )


def test_a_member_added_on_the_command_line_reads_and_is_logged(
    cli: ArchiveCli, seeded: Seeded, tmp_path: Path
) -> None:
    a = seeded.archive
    ana2 = a.role("ana2")
    added = cli.ok(
        "archive", "member", "add", ana2, "--duty", "analyst", "--archive", a.url(seeded.admin),
        *secret_files(tmp_path, member_password=PG_PASSWORD, member_passphrase=PASSPHRASE.decode()),
    )  # fmt: skip
    assert added == {"role": ana2, "duty": "analyst"}
    members = cli.ok("archive", "members", "--archive", a.url(seeded.admin))["members"]
    assert {(m["role"], m["duty"]) for m in members} >= {
        (ana2, "analyst"),
        (seeded.prot, "protection"),
    }
    # Each analyst sees only their own keyslot: the members list shows themselves alone.
    mine = cli.ok("archive", "members", "--archive", a.url(ana2))["members"]
    assert [m["role"] for m in mine] == [ana2]

    cases = cli.ok("archive", "cases", "--archive", a.url(ana2))["cases"]
    assert [(c["id"], c["title"]) for c in cases] == [(CASE, MARKERS["title"])]
    text = cli("archive", "cases", "--archive", a.url(ana2))
    assert text.code == 0 and MARKERS["title"] in text.out

    shown = cli.ok("archive", "show", "testimonies", TESTIMONY, "--archive", a.url(ana2))
    assert shown["record"]["statement"] == MARKERS["statement"]
    # The seed's custody entries are not signed entries: the chain is shown, and refused.
    custody = cli("--json", "archive", "custody", TESTIMONY, "--archive", a.url(ana2))
    assert custody.code != 0 and "does not verify" in custody.err
    assert custody.json()["events"][0]["note"] == MARKERS["custody"]
    assert custody.json()["verified"] is False

    entries = cli.ok("archive", "access-log", "--limit", "5", "--archive", a.url(seeded.admin))
    assert entries["entries"][0] | {"at": ""} == {
        "at": "", "actor": ana2, "action": "read", "kind": "testimonies", "ref": TESTIMONY
    }  # fmt: skip
    table = cli("archive", "access-log", "--archive", a.url(seeded.admin))
    assert table.code == 0 and ana2 in table.out


def test_database_refusals_are_one_line_and_non_zero(cli: ArchiveCli, seeded: Seeded) -> None:
    a = seeded.archive
    line = one_line(cli("archive", "access-log", "--archive", a.url(seeded.analyst)))
    assert line.startswith("humdoc: The archive refused")
    line = one_line(
        cli("archive", "show", "testimonies", TESTIMONY, "--archive", a.url(seeded.intake))
    )
    assert "refused" in line and "read_record" in line
    line = one_line(cli("archive", "identity", "show", PERSON, "--archive", a.url(seeded.analyst)))
    assert "protection officer" in line
    r = cli("archive", "member", "remove", seeded.prot, "--archive", a.url(seeded.analyst))
    assert "refused" in one_line(r)
    r = cli(
        "archive",
        "member",
        "add",
        a.role("x"),
        "--duty",
        "admin",
        "--archive",
        a.url(seeded.analyst),
    )
    assert "Only an admin" in one_line(r)
    r = cli("archive", "show", "cases", "no-such-case", "--archive", a.url(seeded.analyst))
    assert r.code == 3 and "no-such-case" in one_line(r)


def test_protection_reads_identities_and_grants_the_key(
    cli: ArchiveCli, seeded: Seeded, tmp_path: Path
) -> None:
    a = seeded.archive
    shown = cli.ok("archive", "identity", "show", PERSON, "--archive", a.url(seeded.prot))
    assert shown["identity"]["name"] == MARKERS["witness"]
    prot2 = a.role("prot2")
    files = secret_files(
        tmp_path, member_password=PG_PASSWORD, member_passphrase=PASSPHRASE.decode()
    )
    cli.ok(
        "archive",
        "member",
        "add",
        prot2,
        "--duty",
        "protection",
        "--archive",
        a.url(seeded.admin),
        *files,
    )
    # Before the grant the new officer holds no identity key.
    assert "protection officer" in one_line(
        cli("archive", "identity", "show", PERSON, "--archive", a.url(prot2))
    )
    assert cli.ok(
        "archive", "identity", "grant", prot2, "--archive", a.url(seeded.prot), *files[2:]
    ) == {"granted": prot2}
    shown = cli.ok("archive", "identity", "show", PERSON, "--archive", a.url(prot2))
    assert shown["identity"]["name"] == MARKERS["witness"]
    log = cli.ok("archive", "access-log", "--archive", a.url(seeded.admin))["entries"]
    assert [(e["actor"], e["kind"], e["ref"]) for e in log[:2]] == [
        (prot2, "identity", PERSON), (seeded.prot, "identity", PERSON)
    ]  # fmt: skip
    # An analyst cannot be given the identity key.
    r = cli(
        "archive", "identity", "grant", seeded.analyst, "--archive", a.url(seeded.prot), *files[2:]
    )
    assert "refused" in one_line(r)


def test_a_removed_member_is_shut_out(cli: ArchiveCli, seeded: Seeded) -> None:
    a = seeded.archive
    assert cli.ok(
        "archive", "member", "remove", seeded.analyst, "--archive", a.url(seeded.admin)
    ) == {"removed": seeded.analyst}
    r = cli("archive", "cases", "--archive", a.url(seeded.analyst))
    assert r.code == 4 and "cannot be reached" in one_line(r)


def test_a_wrong_passphrase_is_refused(
    cli: ArchiveCli, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HUMDOC_PASSPHRASE", "not the passphrase of this member")
    r = cli("archive", "cases", "--archive", seeded.archive.url(seeded.analyst))
    assert r.code == 5 and "Wrong passphrase" in one_line(r)


def test_saved_connections_hold_no_password(
    cli: ArchiveCli, seeded: Seeded, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    a = seeded.archive
    with_password = a.url(seeded.analyst)
    r = cli("archive", "connections", "add", "centre", with_password)
    assert r.code == 2 and "holds a password" in one_line(r)
    config = tmp_path / "home" / ".config" / "humdoc" / "archives.json"
    assert not config.exists()

    bare = a.server.url(seeded.analyst, a.database, None)
    assert cli.ok("archive", "connections", "add", "centre", bare) == {
        "name": "centre",
        "url": bare,
        "store": None,
    }
    assert config.stat().st_mode & 0o077 == 0
    assert PG_PASSWORD not in config.read_text()
    assert cli.ok("archive", "connections", "list") == {
        "connections": {"centre": bare},
        "stores": {},
    }
    assert "already" in one_line(cli("archive", "connections", "add", "centre", bare))

    monkeypatch.setenv("PGPASSWORD", PG_PASSWORD)
    cases = cli.ok("archive", "cases", "--archive", "centre")["cases"]
    assert [c["id"] for c in cases] == [CASE]

    assert cli.ok("archive", "connections", "remove", "centre") == {"removed": "centre"}
    assert json.loads(config.read_text()) == {}
    r = cli("archive", "cases", "--archive", "centre")
    assert r.code == 3 and "No saved connection named 'centre'" in one_line(r)


def test_an_archive_must_be_named(cli: ArchiveCli) -> None:
    r = cli("archive", "cases")
    assert r.code == 2 and "--archive" in one_line(r)


def test_migrate_on_a_current_archive_has_nothing_to_do(
    cli: ArchiveCli,
    archive: ArchiveFixture,  # noqa: F811
) -> None:
    done = cli.ok("archive", "migrate", "--archive", archive.dba_url)
    assert done == {"from": schema.CURRENT, "to": schema.CURRENT}


def test_a_new_members_secrets_are_never_guessed_without_a_terminal(
    cli: ArchiveCli, seeded: Seeded
) -> None:
    a = seeded.archive
    r = cli("archive", "member", "add", a.role("ana3"), "--duty", "analyst",
            "--archive", a.url(seeded.admin))  # fmt: skip
    assert r.code == 2 and "--member-password-file" in one_line(r)
    with psycopg.connect(a.dba_url, autocommit=True) as conn:
        assert (
            conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (a.role("ana3"),)).fetchone()
            is None
        )


# --- at a terminal ----------------------------------------------------------------------------


class Terminal:
    """``humdoc`` in a child process whose controlling terminal is a pseudo-terminal."""

    def __init__(self, *args: str, env: dict[str, str] | None = None) -> None:
        import fcntl
        import subprocess
        import sys
        import termios

        self.master, slave = os.openpty()

        def controlling_terminal() -> None:
            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        full_env = {k: v for k, v in os.environ.items() if k != "HUMDOC_PASSPHRASE"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "humdoc", *args],
            stdin=slave, stdout=slave, stderr=slave, env={**full_env, **(env or {})},
            preexec_fn=controlling_terminal,
        )  # fmt: skip
        os.close(slave)
        self.seen = ""

    def expect(self, text: str, timeout: float = 60) -> None:
        import select
        import time

        end = time.monotonic() + timeout
        while text not in self.seen:
            left = end - time.monotonic()
            assert left > 0, f"waited for {text!r}; the terminal shows {self.seen!r}"
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:
                    chunk = b""
                assert chunk, f"the command ended before {text!r}: {self.seen!r}"
                self.seen += chunk.decode(errors="replace")
        self.seen = self.seen[self.seen.index(text) + len(text) :]

    def type(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\n")

    def finish(self) -> tuple[int, str]:
        import select

        rest = ""
        while True:
            ready, _, _ = select.select([self.master], [], [], 60)
            try:
                chunk = os.read(self.master, 4096) if ready else b""
            except OSError:
                chunk = b""
            if not chunk:
                break
            rest += chunk.decode(errors="replace")
        code = self.proc.wait(timeout=60)
        os.close(self.master)
        return code, self.seen + rest


def test_init_asks_every_secret_twice_at_the_terminal(
    pg: Any,  # noqa: F811
) -> None:
    db = f"cli{os.getpid()}_tty"
    url = fresh_database(pg, db)
    term = Terminal("archive", "init", "--archive", url, "--admin", f"{db}_boss",
                    "--protection", f"{db}_pro")  # fmt: skip
    for role, password in ((f"{db}_boss", ADMIN_PW), (f"{db}_pro", PROT_PW)):
        for label, secret in (("PostgreSQL password", password),
                              ("humdoc passphrase", PASSPHRASE.decode())):  # fmt: skip
            term.expect(f"{label} for {role}: ")
            term.type(secret)
            term.expect(f"{label} for {role} again: ")
            term.type(secret)
    code, shown = term.finish()
    assert code == 0, shown
    assert f"Made the archive in {db}" in shown
    assert ADMIN_PW not in shown and PASSPHRASE.decode() not in shown  # nothing echoed
    with ArchiveSession.open(pg.url(f"{db}_pro", db, PROT_PW), PASSPHRASE) as s:
        assert s.keys.identity_private is not None


def test_two_different_typings_change_nothing(pg: Any) -> None:  # noqa: F811
    db = f"cli{os.getpid()}_typo"
    url = fresh_database(pg, db)
    term = Terminal("archive", "init", "--archive", url, "--admin", f"{db}_boss",
                    "--protection", f"{db}_pro")  # fmt: skip
    term.expect(f"PostgreSQL password for {db}_boss: ")
    term.type(ADMIN_PW)
    term.expect("again: ")
    term.type(ADMIN_PW + "x")
    code, shown = term.finish()
    assert code == 2 and "differ; nothing was changed" in shown
    with psycopg.connect(url, autocommit=True) as conn:
        assert schema.version(conn) == 0


def test_a_saved_connection_asks_the_database_password_and_the_passphrase(
    seeded: Seeded, cli: ArchiveCli
) -> None:
    a = seeded.archive
    cli.ok("archive", "connections", "add", "centre",
           a.server.url(seeded.analyst, a.database, None))  # fmt: skip
    term = Terminal("archive", "cases", "--archive", "centre")
    term.expect(f"Database password for {seeded.analyst}: ")
    term.type(PG_PASSWORD)
    term.expect("Passphrase: ")
    term.type(PASSPHRASE.decode())
    code, shown = term.finish()
    assert code == 0, shown
    assert MARKERS["title"] in shown and PG_PASSWORD not in shown


def test_an_identity_key_granted_under_a_mistyped_passphrase_is_granted_again(
    cli: ArchiveCli, seeded: Seeded, tmp_path: Path
) -> None:
    a = seeded.archive
    prot2 = a.role("prot2")
    files = secret_files(
        tmp_path, member_password=PG_PASSWORD, member_passphrase=PASSPHRASE.decode()
    )
    cli.ok(
        "archive",
        "member",
        "add",
        prot2,
        "--duty",
        "protection",
        "--archive",
        a.url(seeded.admin),
        *files,
    )
    typo = tmp_path / "typo"
    typo.write_text(PASSPHRASE.decode() + "s\n")
    cli.ok("archive", "identity", "grant", prot2, "--archive", a.url(seeded.prot),
           "--member-passphrase-file", str(typo))  # fmt: skip
    # The new officer still opens the archive, and is told what is wrong with the identity key.
    assert cli.ok("archive", "cases", "--archive", a.url(prot2))["cases"]
    line = one_line(cli("archive", "identity", "show", PERSON, "--archive", a.url(prot2)))
    assert "identity forget" in line
    again = cli("archive", "identity", "grant", prot2, "--archive", a.url(seeded.prot), *files[2:])
    assert again.code == 2 and "identity forget" in one_line(again)
    # An officer whose slot opens keeps it; the one whose slot does not open removes it.
    kept = cli("archive", "identity", "forget", "--archive", a.url(seeded.prot))
    assert "opens" in one_line(kept)
    assert cli.ok("archive", "identity", "forget", "--archive", a.url(prot2)) == {"forgotten": True}
    cli.ok("archive", "identity", "grant", prot2, "--archive", a.url(seeded.prot), *files[2:])
    shown = cli.ok("archive", "identity", "show", PERSON, "--archive", a.url(prot2))
    assert shown["identity"]["name"] == MARKERS["witness"]


def test_a_case_lists_its_records_summaries_without_a_log_entry(
    cli: ArchiveCli, seeded: Seeded
) -> None:
    a = seeded.archive
    before = len(cli.ok("archive", "access-log", "--archive", a.url(seeded.admin))["entries"])
    case = cli.ok("archive", "case", CASE, "--archive", a.url(seeded.analyst))
    assert case["case"]["title"] == MARKERS["title"]
    assert [t["id"] for t in case["testimonies"]] == [TESTIMONY]
    assert "statement" not in case["testimonies"][0]  # a summary: the statement is not in it
    # a media item's summary: its kind, type and size; what else its record holds is not in it
    assert [(m["id"], m["kind"], m["size"]) for m in case["media"]] == [(MEDIA, "image", 9)]
    assert MARKERS["filename"] not in str(case["media"])
    assert [p["code"] for p in case["persons"]] == ["W-17"]
    # each testimony names its witness by code, as the window's list does
    assert [t["witness_code"] for t in case["testimonies"]] == ["W-17"]
    text = cli("archive", "case", CASE, "--archive", a.url(seeded.analyst))
    assert text.code == 0 and "TESTIMONIES (1)" in text.out and MARKERS["title"] in text.out
    after = cli.ok("archive", "access-log", "--archive", a.url(seeded.admin))["entries"]
    assert len(after) == before
    missing = cli("archive", "case", "no-such-case", "--archive", a.url(seeded.analyst))
    assert missing.code == 3
