"""The PostgreSQL recipe of installer/archive/setup-postgresql.sh, on a real server: its
``postgresql.conf`` and ``pg_hba.conf`` lines (as ``--print-conf`` / ``--print-hba`` give them)
let the archive's members in over verified TLS 1.3 only, and nobody else."""

from __future__ import annotations

import datetime
import ipaddress
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

import psycopg
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from humdoc.core.archive.session import ArchiveSession, create_archive, require_tls
from humdoc.core.errors import InvalidInput
from humdoc.core.vault.kdf import KdfParams
from tests import pgserver
from tests.archive.conftest import PG_PASSWORD
from tests.conftest import PASSPHRASE

SCRIPT = Path(__file__).resolve().parents[2] / "installer" / "archive" / "setup-postgresql.sh"
DB = "centre"


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _ca(cn: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn))
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    return key, cert


def _server_cert(ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate) -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(_name("localhost")).issuer_name(ca.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))
        ]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


def _recipe(*args: str) -> str:
    return subprocess.run(
        ["bash", str(SCRIPT), *args], capture_output=True, text=True, check=True, timeout=30
    ).stdout


@dataclass
class TlsServer:
    root: Path
    port: int
    password: str
    ca: Path
    other_ca: Path

    def socket_url(self, role: str, password: str) -> str:
        sock = quote(str(self.root / "socket"))
        return f"postgresql://{role}:{quote(password)}@/{DB}?host={sock}&port={self.port}"

    def tcp_url(self, role: str, sslmode: str, ca: Path | None = None) -> str:
        url = (
            f"postgresql://{role}:{quote(PG_PASSWORD)}@localhost:{self.port}/{DB}"
            f"?hostaddr=127.0.0.1&sslmode={sslmode}"
        )
        return url + (f"&sslrootcert={quote(str(ca))}" if ca else "")


@pytest.fixture(scope="module")
def tls_server() -> Iterator[TlsServer]:
    root = Path(tempfile.mkdtemp(prefix="humdoc-pgtls-", dir="/tmp"))
    data = root / "data"
    user = pwd.getpwnam("nobody").pw_uid if os.geteuid() == 0 else None
    password = secrets.token_urlsafe(16)
    port = 20000 + secrets.randbelow(20000)
    ca_key, ca = _ca("humdoc test centre CA")
    _, other = _ca("someone else's CA")
    cert_pem, key_pem = _server_cert(ca_key, ca)
    (root / "socket").mkdir()
    files = {
        "server.crt": cert_pem,
        "server.key": key_pem,
        "ca.pem": ca.public_bytes(serialization.Encoding.PEM),
        "other-ca.pem": other.public_bytes(serialization.Encoding.PEM),
        "pw": password.encode() + b"\n",
    }
    for name, content in files.items():
        (root / name).write_bytes(content)
        (root / name).chmod(0o600 if name in {"server.key", "pw"} else 0o644)
    if user is not None:
        for path in [root, root / "socket", *(root / n for n in files)]:
            os.chown(path, user, -1)
    try:
        pgserver._run(user, [
            "initdb", "-D", str(data), "-U", pgserver.SUPERUSER, f"--pwfile={root / 'pw'}",
            "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        ])  # fmt: skip
        common = ["--database", DB, "--owner", pgserver.SUPERUSER, "--network", "127.0.0.1/32"]
        conf = _recipe(*common, "--listen", "127.0.0.1", "--cert", str(root / "server.crt"),
                       "--key", str(root / "server.key"), "--print-conf")  # fmt: skip
        hba = _recipe(*common, "--print-hba")
        with (data / "postgresql.conf").open("a") as fh:
            fh.write(conf)
            fh.write(f"port = {port}\nunix_socket_directories = '{root / 'socket'}'\n")
            fh.write("fsync = off\n")
        original = (data / "pg_hba.conf").read_text()
        (data / "pg_hba.conf").write_text(hba + original)
        pgserver._run(user, ["pg_ctl", "-D", str(data), "-l", str(root / "log"), "-w", "start"])
        server = TlsServer(root, port, password, root / "ca.pem", root / "other-ca.pem")
        admin_url = server.socket_url(pgserver.SUPERUSER, password).replace(f"/{DB}?", "/postgres?")
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {DB}")
            conn.execute(f"CREATE ROLE outsider LOGIN PASSWORD '{PG_PASSWORD}'")
        create_archive(
            server.socket_url(pgserver.SUPERUSER, password),
            (f"{DB}_admin1", PG_PASSWORD, PASSPHRASE),
            (f"{DB}_prot1", PG_PASSWORD, PASSPHRASE),
            params=KdfParams.floor(),
        )
        yield server
    finally:
        subprocess.run(
            [str(pgserver._bindir() / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True, check=False, user=user, timeout=60,
        )  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


def test_the_recipes_lines_are_what_a_centre_needs() -> None:
    hba = _recipe("--database", "centre", "--owner", "centre_owner", "--network", "10.0.0.0/24",
                  "--print-hba")  # fmt: skip
    lines = [line.split() for line in hba.splitlines() if line and not line.startswith("#")]
    assert [ln for ln in lines if ln[0] == "hostssl"] == [
        ["hostssl", "centre", f"+centre_{duty}", "10.0.0.0/24", "scram-sha-256"]
        for duty in ("intake", "analyst", "protection", "admin")
    ]
    assert not any(ln[0] in {"host", "hostnossl"} and ln[-1] != "reject" for ln in lines)
    conf = _recipe("--database", "centre", "--owner", "o", "--network", "10.0.0.0/24",
                   "--cert", "/c.pem", "--key", "/k.pem", "--print-conf")  # fmt: skip
    assert "ssl = on" in conf and "password_encryption = scram-sha-256" in conf


def test_a_member_connects_over_verified_tls_13(tls_server: TlsServer) -> None:
    url = tls_server.tcp_url(f"{DB}_admin1", "verify-full", tls_server.ca)
    require_tls(url.replace("localhost", "db.centre.example"))
    with ArchiveSession.open(url, PASSPHRASE) as s:
        version = s.conn.execute(
            "SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).fetchone()
        assert version == ("TLSv1.3",)
        assert s.duty == "admin"


def test_a_member_without_tls_is_refused(tls_server: TlsServer) -> None:
    with pytest.raises(psycopg.OperationalError, match="pg_hba.conf rejects|no pg_hba.conf"):
        psycopg.connect(tls_server.tcp_url(f"{DB}_admin1", "disable"))


def test_a_server_certificate_from_another_authority_is_refused(tls_server: TlsServer) -> None:
    with pytest.raises(psycopg.OperationalError, match="certificate verify failed"):
        psycopg.connect(tls_server.tcp_url(f"{DB}_admin1", "verify-full", tls_server.other_ca))


def test_a_role_of_no_duty_is_refused_even_over_tls(tls_server: TlsServer) -> None:
    with pytest.raises(psycopg.OperationalError, match="pg_hba.conf rejects|no pg_hba.conf"):
        psycopg.connect(tls_server.tcp_url("outsider", "verify-full", tls_server.ca))


def test_members_do_not_come_in_through_the_local_socket(tls_server: TlsServer) -> None:
    with pytest.raises(psycopg.OperationalError, match="pg_hba.conf rejects"):
        psycopg.connect(tls_server.socket_url(f"{DB}_admin1", PG_PASSWORD))


def test_an_address_to_another_machine_without_verified_tls_is_refused() -> None:
    for mode in ("", "?sslmode=require", "?sslmode=prefer"):
        with pytest.raises(InvalidInput, match="verify-full"):
            require_tls(f"postgresql://a@db.centre.example/centre{mode}")
