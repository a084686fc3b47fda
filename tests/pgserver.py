"""A real PostgreSQL server of the tests' own, in a temporary folder.

Debian's ``postgresql`` package provides ``initdb`` and ``pg_ctl``. PostgreSQL refuses to run as
root, so under root (as CI runs) the server's folder is given to the unprivileged user ``nobody``
and the server runs as that user. It listens only on a Unix socket in its own folder, and every
role authenticates with a password (SCRAM-SHA-256), as on a real centre's server.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "humdoc_dba"


def _bindir() -> Path:
    """The folder of ``pg_ctl``: on PATH, or Debian's versioned folder."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not versions:
        raise RuntimeError("PostgreSQL is not installed (Debian package: postgresql).")
    return versions[-1].parent


@dataclass
class PgServer:
    """A running server: its socket folder, port and superuser password."""

    root: Path
    port: int
    password: str
    user: int | None

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    def url(
        self, role: str = SUPERUSER, database: str = "postgres", password: str | None = None
    ) -> str:
        """A ``postgresql://`` address for ``role`` (its password in the address)."""
        pw = self.password if password is None and role == SUPERUSER else password
        auth = quote(role) + (":" + quote(pw, safe="") if pw else "")
        return (
            f"postgresql://{auth}@/{database}?host={quote(str(self.socket_dir))}&port={self.port}"
        )

    def create_database(self, name: str) -> str:
        """Create an empty database; return the superuser's address for it."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(database=name)

    def stop(self) -> None:
        _run(self, ["pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(self.root, ignore_errors=True)

    def halt(self) -> None:
        """Stop the server as an outage does (every connection cut), keeping its data."""
        _run(self, ["pg_ctl", "-D", str(self.root / "data"), "-m", "fast", "-w", "stop"])

    def resume(self) -> None:
        """Start a halted server again, on the same socket and port."""
        _start(self.user, self.root, self.port)


def _run(server_or_user: PgServer | int | None, argv: list[str]) -> None:
    user = server_or_user.user if isinstance(server_or_user, PgServer) else server_or_user
    cmd = [str(_bindir() / argv[0]), *argv[1:]]
    subprocess.run(
        cmd,
        check=True,
        capture_output=True,
        user=user,
        env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"},
        timeout=120,
    )


def start(port: int | None = None) -> PgServer:
    """Initialise and start a server in a new temporary folder (under ``/tmp``: the socket's
    path must stay short)."""
    root = Path(tempfile.mkdtemp(prefix="humdoc-pg-", dir="/tmp"))
    user: int | None = None
    if os.geteuid() == 0:
        user = pwd.getpwnam("nobody").pw_uid
    password = secrets.token_urlsafe(16)
    (root / "socket").mkdir()
    pwfile = root / "pw"
    pwfile.write_text(password + "\n")
    if user is not None:
        for path in (root, root / "socket", pwfile):
            os.chown(path, user, -1)
    port = port or 20000 + secrets.randbelow(20000)
    _run(
        user,
        [
            "initdb", "-D", str(root / "data"), "-U", SUPERUSER, f"--pwfile={pwfile}",
            "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        ],
    )  # fmt: skip
    pwfile.unlink()
    _start(user, root, port)
    return PgServer(root, port, password, user)


def _start(user: int | None, root: Path, port: int) -> None:
    options = (
        f"-c listen_addresses='' -c port={port} -c unix_socket_directories='{root / 'socket'}' "
        "-c fsync=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=128MB"
    )
    _run(user, ["pg_ctl", "-D", str(root / "data"), "-o", options, "-l", str(root / "log"),
                "-w", "start"])  # fmt: skip


@contextlib.contextmanager
def running() -> Iterator[PgServer]:
    server = start()
    try:
        yield server
    finally:
        server.stop()
