"""Nothing readable from a stolen disk or a database dump.

An archive gets records with planted marker words (a statement, a case title, a witness's name
and contact in an identity, a device's name, a custody note, a file name) and a media file key,
through the same writers the receiver uses. Then ``pg_dump`` of the database and every file of
the server's data folder (after a checkpoint, so the tables' pages are on disk besides the
write-ahead log) and its log, which records every statement with its parameters, are searched for each marker: as UTF-8, UTF-16 (both byte orders),
and as the hex text ``pg_dump`` writes ``bytea`` in, ignoring case. None is found. Control words
written in a clear text column and unsealed into a ``bytea`` column are found in both places,
so the search itself is shown to work. (Values this small are stored uncompressed; no sealed
value is compressible anyway.)
The same records are then read back with the archive key.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest

from humdoc.core.archive import store
from humdoc.core.archive.session import create_archive
from humdoc.core.vault.kdf import KdfParams
from tests import pgserver
from tests.archive.conftest import PG_PASSWORD, ArchiveFixture
from tests.archive.seed import (
    CASE,
    DEVICE,
    FILE_KEY,
    MARKERS,
    MEDIA,
    MEDIA_SHA,
    PERSON,
    TESTIMONY,
    seed,
)
from tests.conftest import PASSPHRASE

#: Written into a column the archive keeps in the clear (a case id): found, or the search is broken.
CONTROL = "Clearcolumn-control-Wintermoss"
#: Written unsealed into a ``bytea`` column, as a sealed field's plaintext would lie there.
CONTROL_BYTES = b"Bytea-control-Pennyroyal"


@pytest.fixture(scope="module")
def own_server() -> Iterator[pgserver.PgServer]:
    """A server of this module's own, so that its data folder holds this archive alone."""
    with pgserver.running() as server:
        # A server that logs every statement with its parameters, as a curious DBA might set it.
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("ALTER SYSTEM SET log_statement = 'all'")
            conn.execute("SELECT pg_reload_conf()")
        yield server


@dataclass
class Planted(ArchiveFixture):
    """The archive, and the keys and secrets that must never be on disk in the clear."""

    secrets: dict[str, bytes] = field(default_factory=dict)


@pytest.fixture(scope="module")
def planted(own_server: pgserver.PgServer) -> Planted:
    made = Planted(own_server, "dumped")
    own_server.create_database(made.database)
    create_archive(
        made.dba_url,
        (made.role("admin1"), PG_PASSWORD, PASSPHRASE),
        (made.role("prot1"), PG_PASSWORD, PASSPHRASE),
        params=KdfParams.floor(),
    )
    seeded = seed(made)
    with made.open(seeded.intake) as s, s.conn.transaction():
        store.put_record(
            s.conn, s.keys, "cases", {"id": CONTROL, "title": "control"},
            device=DEVICE, bundle_id="bundle-0001", rank=1, case_id=CONTROL,
        )  # fmt: skip
    with psycopg.connect(made.dba_url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO archive_secrets(name, sealed) VALUES ('control', %s)", (CONTROL_BYTES,)
        )
    # What must never be on disk besides the markers: the archive key, the centre's age
    # identity, the members' PostgreSQL password and humdoc passphrase.
    with made.open(seeded.prot) as s:
        made.secrets = {
            "archive key": s.keys.archive_key,
            "age identity": s.secret("age-identity"),
            "signing key": s.secret("signing-key"),
            "identity private key": bytes(s.keys.identity_private or b""),
        }
    assert all(made.secrets.values())
    return made


def needles(text_or_bytes: str | bytes) -> list[bytes]:
    """The forms a value would take on disk or in a dump, lower-cased."""
    raw = text_or_bytes.encode() if isinstance(text_or_bytes, str) else text_or_bytes
    forms = [raw, raw.hex().encode()]
    if isinstance(text_or_bytes, str):
        forms += [text_or_bytes.encode("utf-16-le"), text_or_bytes.encode("utf-16-be")]
        forms += [f.hex().encode() for f in forms[2:]]
    return [f.lower() for f in forms]


def secret_values(made: Planted) -> dict[str, str | bytes]:
    values: dict[str, str | bytes] = dict(MARKERS)
    values["file key"] = FILE_KEY
    values["PostgreSQL password"] = PG_PASSWORD
    values["humdoc passphrase"] = PASSPHRASE.decode()
    values.update(made.secrets)
    return values


def found_in(data: bytes, value: str | bytes) -> bool:
    low = data.lower()
    return any(n in low for n in needles(value))


def pg_dump(made: ArchiveFixture) -> bytes:
    binary = pgserver._bindir() / "pg_dump"
    env = {**os.environ, "PGPASSWORD": made.server.password}
    proc = subprocess.run(
        [str(binary), "--no-password", "-d", made.server.url(database=made.database)],
        capture_output=True, check=True, env=env, timeout=120,
    )  # fmt: skip
    return proc.stdout


def disk_files(server: pgserver.PgServer) -> Iterator[tuple[Path, bytes]]:
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute("CHECKPOINT")
    for path in sorted(server.root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            yield path, path.read_bytes()


def test_a_dump_holds_none_of_the_planted_words_nor_any_key(planted: Planted) -> None:
    dump = pg_dump(planted)
    assert b"CREATE TABLE public.records" in dump
    assert found_in(dump, CONTROL), "the search found not even the clear control word"
    assert found_in(dump, CONTROL_BYTES), "the search misses plain bytes in a bytea column"
    leaked = [name for name, value in secret_values(planted).items() if found_in(dump, value)]
    assert leaked == []


def test_the_servers_files_hold_none_of_the_planted_words_nor_any_key(
    planted: Planted,
) -> None:
    files = list(disk_files(planted.server))
    assert len(files) > 100
    assert any(found_in(data, CONTROL) for _, data in files), "control word not on disk"
    assert any(found_in(data, CONTROL_BYTES) for _, data in files), "bytea control not on disk"
    leaked = [
        f"{name} in {path.relative_to(planted.server.root)}"
        for path, data in files
        for name, value in secret_values(planted).items()
        if found_in(data, value)
    ]
    assert leaked == []


def test_with_the_key_the_same_records_read_back(planted: Planted) -> None:
    with planted.open(planted.role("ana")) as ana:
        body = store.read_record(ana.conn, ana.keys, "testimonies", TESTIMONY)
        assert body["statement"] == MARKERS["statement"]
        cases = store.list_records(ana.conn, ana.keys, "cases")
        assert MARKERS["title"] in {r.summary.get("title") for r in cases}
        media = store.read_record(ana.conn, ana.keys, "media", MEDIA)
        assert media["filename"] == MARKERS["filename"]
        assert store.read_media(ana.conn, ana.keys, MEDIA, MEDIA_SHA).file_key == FILE_KEY
        assert store.custody(ana.conn, ana.keys, TESTIMONY)[0]["note"] == MARKERS["custody"]
        sealed = ana.conn.execute(
            "SELECT sealed FROM devices WHERE fingerprint = %s", (DEVICE,)
        ).fetchone()[0]
        assert ana.keys.open_json(sealed, "devices", DEVICE) == {"name": MARKERS["device"]}
        assert store.read_record(ana.conn, ana.keys, "cases", CASE)["title"] == MARKERS["title"]
    with planted.open(planted.role("prot1")) as prot:
        identity = store.read_identity(prot.conn, prot.keys, PERSON)
        assert identity == {"name": MARKERS["witness"], "contact": MARKERS["contact"]}
