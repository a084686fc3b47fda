"""One imported case in a shared archive, as a receiver would leave it: for the tests of the
desktop client and for the probes that open every window (``tests.gui.fit_probe``).

A receiver's import is played by an intake member's keys writing a case, a testimony, an
incident, a media item, custody events and a witness identity with
``humdoc.core.archive.store``; the bundle ledger row they name is put in by the database's owner.
"""

from __future__ import annotations

import atexit
import itertools
import os
from pathlib import Path

from humdoc.core.archive import store
from humdoc.core.archive.session import create_archive
from humdoc.core.vault.kdf import KdfParams
from tests import pgserver
from tests.archive.conftest import PG_PASSWORD, ArchiveFixture
from tests.conftest import PASSPHRASE

BUNDLE = "b-0001"
CASE = "c-archive-1"
TESTIMONY = "t-archive-1"
WITNESS = "p-witness-1"
MEDIA = "m-archive-1"
STATEMENT = "Soldiers came to the market at dawn and took the baker away."
NAME = "Amira Haddad"


def bundle_ledger(made: ArchiveFixture) -> None:
    """The ledger row of the bundle the records name, put in by the database's owner."""
    import psycopg

    with psycopg.connect(made.dba_url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO devices(fingerprint, key_id, sealed) VALUES ('fp1', 'k1', '\\x00')"
        )
        conn.execute(
            "INSERT INTO bundles(device, sequence, bundle_id, identity, sha256, summary_ct) "
            "VALUES ('fp1', 1, %s, 'age1x', 'aa', '\\x00')",
            (BUNDLE,),
        )


def import_case(made: ArchiveFixture) -> None:
    """What a receiver does with one bundle: one case and what it holds, in one transaction."""
    bundle_ledger(made)
    with made.open(made.role("admin1")) as admin:
        admin.add_member(made.role("intake1"), "intake", PG_PASSWORD, PASSPHRASE, KdfParams.floor())
        admin.add_member(
            made.role("analyst1"), "analyst", PG_PASSWORD, PASSPHRASE, KdfParams.floor()
        )
    import psycopg

    # The records are written over the owner's connection with the intake member's keys:
    # put_record's ON CONFLICT DO UPDATE reads EXCLUDED.body_ct, which needs SELECT on
    # records.body_ct, a column the intake duty is (rightly) not granted.
    with (
        made.open(made.role("intake1")) as intake,
        psycopg.connect(made.dba_url, autocommit=True) as c,
        c.transaction(),
    ):
        k = intake.keys
        put = {"device": "fp1", "bundle_id": BUNDLE, "rank": 1}
        store.put_record(
            c, k, "cases",
            {"id": CASE, "title": "Market raid, Old Town", "status": "open",
             "created": "2026-11-02T08:00:00"},
            case_id=CASE, **put,
        )  # fmt: skip
        store.put_record(
            c, k, "testimonies",
            {"id": TESTIMONY, "case_id": CASE, "interview_date": "2026-11-03",
             "language": "en", "witness_id": WITNESS, "statement": STATEMENT,
             "interviewer": "documenter",
             "consent": {"scopes": ["record", "share-centre"], "recorded_by": "documenter",
                         "recorded_at": "2026-11-03T10:00:00Z", "note": ""}},
            case_id=CASE, **put,
        )  # fmt: skip
        store.put_record(
            c, k, "persons", {"id": WITNESS, "code": "W-001", "role": "witness"},
            case_id=None, **put,
        )  # fmt: skip
        store.put_record(
            c, k, "incidents",
            {"id": "i-archive-1", "case_id": CASE, "title": "Arrest at the market",
             "occurred_from": "2026-11-01"},
            case_id=CASE, **put,
        )  # fmt: skip
        store.put_record(
            c, k, "media",
            {"id": MEDIA, "case_id": CASE, "kind": "image", "mime": "image/jpeg",
             "size": 2048, "policy": "evidence",
             "metadata": {"capture_time": "2026-11-01T06:10:00"}},
            case_id=CASE, **put,
        )  # fmt: skip
        store.put_media_file(
            c, k, MEDIA, "ab" * 32, "blob-1", 2048, "image/jpeg", b"k" * 32, BUNDLE
        )
        store.put_custody(
            c, k, TESTIMONY,
            [{"entry": '{"action": "recorded", "at": "2026-11-03T10:00:00", '
                       '"actor": "documenter", "device": "fp1"}', "hash": "h", "signature": "s"}],
            BUNDLE,
        )  # fmt: skip
        store.put_identity(c, k, WITNESS, {"name": NAME, "contact": "", "notes": ""}, BUNDLE)


_server: pgserver.PgServer | None = None
_numbers = itertools.count()


def demo_archive(name: str = "") -> ArchiveFixture:
    """A new archive (in database ``name``, else a fresh name) holding the imported case, on a
    server of this process (started on first use, stopped when the process ends); members
    ``admin1``, ``prot1``, ``intake1``, ``analyst1``."""
    global _server
    if _server is None:
        _server = pgserver.start()
        atexit.register(_server.stop)
    name = name or f"demo{os.getpid()}_{next(_numbers)}"
    _server.create_database(name)
    made = ArchiveFixture(_server, name)
    create_archive(
        made.dba_url,
        (made.role("admin1"), PG_PASSWORD, PASSPHRASE),
        (made.role("prot1"), PG_PASSWORD, PASSPHRASE),
        params=KdfParams.floor(),
    )
    import_case(made)
    return made


PHOTO = "m-archive-photo"


def store_photo(made: ArchiveFixture, folder: Path, size: tuple[int, int] = (48, 32)) -> bytes:
    """A real blob store in ``folder`` (set by the admin) holding one PNG photo of the imported
    case, encrypted as a receiver keeps it and recorded by the intake member's keys; the PNG's
    bytes (never written anywhere but, encrypted, into the store)."""
    import hashlib
    import io

    import psycopg
    from PIL import Image

    from humdoc.core.archive.receive import init_store
    from humdoc.core.blobs import BlobStore

    image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    out = io.BytesIO()
    image.save(out, format="PNG")
    png = out.getvalue()
    with made.open(made.role("admin1")) as admin:
        init_store(admin, folder)
    with BlobStore(folder).writer() as writer:
        writer.write(png)
    sha256 = hashlib.sha256(png).hexdigest()
    with (
        made.open(made.role("intake1")) as intake,
        psycopg.connect(made.dba_url, autocommit=True) as c,
        c.transaction(),
    ):
        store.put_record(
            c, intake.keys, "media",
            {"id": PHOTO, "case_id": CASE, "filename": "square.png", "mime": "image/png",
             "taken": "2026-11-01T06:20:00", "kind": "photo"},
            case_id=CASE, device="fp1", bundle_id=BUNDLE, rank=1,
        )  # fmt: skip
        store.put_media_file(
            c, intake.keys, PHOTO, sha256, writer.blob_id, len(png), "image/png", writer.key,
            BUNDLE,
        )  # fmt: skip
    return png
