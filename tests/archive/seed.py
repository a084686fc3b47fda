"""An archive with members of every duty and one received bundle, for the tests of duties,
dumps and the command line. The records carry marker words that must never be readable
without the archive key."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from humdoc.core.archive import store
from humdoc.core.vault.kdf import KdfParams
from tests.archive.conftest import PG_PASSWORD, ArchiveFixture
from tests.conftest import PASSPHRASE

#: Words planted in sealed fields: a statement, a case title, a witness's name and contact (in
#: the identity), a device's name, a custody note, a media file name and its key.
MARKERS = {
    "statement": "Zephyrine-quartzlight-statement",
    "title": "Marrowgate-orchard-case-title",
    "witness": "Oleandra Vexhollow-Quint",
    "contact": "vexhollow.quint.contact",
    "device": "Thistlewick-field-laptop",
    "custody": "Brackenmoor-custody-note",
    "filename": "Cindervale-photo-name.jpg",
}
FILE_KEY = b"K" * 7 + b"file-key-marker-Glimmerhaven-" + b"K" * 3
DEVICE = "f" * 64
BUNDLE = "bundle-0001"
CASE = "case-0001"
TESTIMONY = "test-0001"
PERSON = "person-0001"
MEDIA = "media-0001"
MEDIA_SHA = hashlib.sha256(b"the photo").hexdigest()


@dataclass
class Seeded:
    archive: ArchiveFixture
    admin: str
    prot: str
    intake: str
    analyst: str


def add_members(archive: ArchiveFixture) -> Seeded:
    """Add an intake role and an analyst to the fixture's archive."""
    seeded = Seeded(
        archive,
        archive.role("admin1"),
        archive.role("prot1"),
        archive.role("intake1"),
        archive.role("ana"),
    )
    with archive.open(seeded.admin) as admin:
        for role, duty in ((seeded.intake, "intake"), (seeded.analyst, "analyst")):
            admin.add_member(role, duty, PG_PASSWORD, PASSPHRASE, KdfParams.floor())
    return seeded


def seed(archive: ArchiveFixture) -> Seeded:
    """Members of every duty, an enrolled device, and one bundle's records from it."""
    seeded = add_members(archive)
    with archive.open(seeded.admin) as admin:
        admin.conn.execute(
            "INSERT INTO devices(fingerprint, key_id, sealed) VALUES (%s, %s, %s)",
            (DEVICE, "0123456789ABCDEF",
             admin.keys.seal_json({"name": MARKERS["device"]}, "devices", DEVICE)),
        )  # fmt: skip
    with archive.open(seeded.intake) as s, s.conn.transaction():
        keys, conn = s.keys, s.conn
        conn.execute(
            "INSERT INTO bundles(device, sequence, bundle_id, identity, sha256, summary_ct) "
            "VALUES (%s, 1, %s, %s, %s, %s)",
            (DEVICE, BUNDLE, "e" * 64, "d" * 64, keys.seal_json({"items": 4}, "bundles", BUNDLE)),
        )
        common = {"device": DEVICE, "bundle_id": BUNDLE, "rank": 1}
        store.put_record(
            conn, keys, "cases",
            {"id": CASE, "title": MARKERS["title"], "status": "open", "created": "2026-11-01"},
            case_id=CASE, **common,
        )  # fmt: skip
        store.put_record(
            conn,
            keys,
            "persons",
            {"id": PERSON, "code": "W-17", "role": "witness"},
            case_id=CASE,
            **common,
        )
        store.put_record(
            conn, keys, "testimonies",
            {"id": TESTIMONY, "interview_date": "2026-10-30", "language": "en",
             "witness_id": PERSON, "case_id": CASE, "statement": MARKERS["statement"]},
            case_id=CASE, **common,
        )  # fmt: skip
        store.put_record(
            conn, keys, "media",
            {"id": MEDIA, "filename": MARKERS["filename"], "mime": "image/jpeg",
             "case_id": CASE, "kind": "image", "size": 9, "policy": "strip"},
            case_id=CASE, **common,
        )  # fmt: skip
        store.put_identity(
            conn, keys, PERSON,
            {"name": MARKERS["witness"], "contact": MARKERS["contact"]}, BUNDLE,
        )  # fmt: skip
        store.put_custody(
            conn, keys, TESTIMONY,
            [{"event": "recorded", "note": MARKERS["custody"]}, {"event": "exported"}], BUNDLE,
        )  # fmt: skip
        store.put_media_file(
            conn, keys, MEDIA, MEDIA_SHA, "blob-0001", 9, "image/jpeg", FILE_KEY, BUNDLE
        )
    return seeded
