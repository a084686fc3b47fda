"""Versioned schema migrations. ``PRAGMA user_version`` holds the version a vault is at.

A migration is only ever appended: a vault made by any earlier humdoc is brought forward one step
at a time, each step in its own transaction, so a crash mid-way leaves the last complete version.
"""

from __future__ import annotations

from humdoc.core.errors import UnsupportedVersion
from humdoc.core.vault.database import Database

V1_DOMAIN = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE cases (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open', policy TEXT,
    created TEXT NOT NULL, updated TEXT NOT NULL
);
CREATE TABLE incidents (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
    occurred_from TEXT, occurred_to TEXT, location TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL, updated TEXT NOT NULL
);
CREATE TABLE persons (
    id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('witness', 'victim', 'perpetrator', 'source')),
    created TEXT NOT NULL
);
CREATE TABLE testimonies (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    witness_id TEXT NOT NULL REFERENCES persons(id),
    statement TEXT NOT NULL, language TEXT NOT NULL DEFAULT '',
    interview_date TEXT, interviewer TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL, updated TEXT NOT NULL
);
CREATE INDEX testimonies_case ON testimonies(case_id);
CREATE TABLE testimony_incidents (
    testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    PRIMARY KEY (testimony_id, incident_id)
);
CREATE TABLE testimony_violations (
    testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
    code TEXT NOT NULL, PRIMARY KEY (testimony_id, code)
);
CREATE TABLE tags (
    kind TEXT NOT NULL, ref TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (kind, ref, tag)
);
CREATE TABLE consent_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
    scopes TEXT NOT NULL, recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consent_testimony ON consent_events(testimony_id);
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, ref UNINDEXED, title, body, tags, tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1);
"""

V2_MEDIA_CUSTODY = """
CREATE TABLE device_keys (
    purpose TEXT PRIMARY KEY CHECK (purpose IN ('signing', 'age')),
    secret BLOB NOT NULL, public TEXT NOT NULL, created TEXT NOT NULL
);
CREATE TABLE media_items (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    testimony_id TEXT REFERENCES testimonies(id) ON DELETE SET NULL,
    original_name TEXT NOT NULL, kind TEXT NOT NULL, format TEXT NOT NULL, mime TEXT NOT NULL,
    size INTEGER NOT NULL, sha256 TEXT NOT NULL,
    sealed_blob TEXT NOT NULL, sealed_key BLOB NOT NULL, sealed_size INTEGER NOT NULL,
    sealed_sha256 TEXT NOT NULL, location_removed INTEGER NOT NULL DEFAULT 0,
    metadata TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL, imported_by TEXT NOT NULL
);
CREATE INDEX media_case ON media_items(case_id);
CREATE TABLE derivatives (
    item_id TEXT NOT NULL REFERENCES media_items(id) ON DELETE CASCADE,
    policy TEXT NOT NULL CHECK (policy IN ('evidence', 'strip')),
    format TEXT NOT NULL, mime TEXT NOT NULL, extension TEXT NOT NULL,
    blob TEXT NOT NULL, blob_key BLOB NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,
    converted INTEGER NOT NULL, removed TEXT NOT NULL, created TEXT NOT NULL,
    PRIMARY KEY (item_id, policy)
);
CREATE TABLE custody_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id TEXT NOT NULL, entry TEXT NOT NULL, hash TEXT NOT NULL UNIQUE,
    signature TEXT NOT NULL, device TEXT NOT NULL, device_seq INTEGER NOT NULL,
    UNIQUE (device, device_seq)
);
CREATE INDEX custody_item ON custody_events(item_id, id);
"""

V3_EXCHANGE = """
CREATE TABLE recipients (
    name TEXT PRIMARY KEY, recipient TEXT NOT NULL UNIQUE, fingerprint TEXT NOT NULL,
    added TEXT NOT NULL
);
CREATE TABLE exports (
    sequence INTEGER PRIMARY KEY, bundle_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('writing', 'done')),
    out_path TEXT NOT NULL, sha256 TEXT, previous TEXT NOT NULL, created TEXT NOT NULL,
    summary TEXT NOT NULL
);
CREATE TABLE devices (
    fingerprint TEXT PRIMARY KEY, key_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE,
    public_key TEXT NOT NULL, enrolled TEXT NOT NULL
);
CREATE TABLE received_bundles (
    bundle_id TEXT PRIMARY KEY, device TEXT NOT NULL REFERENCES devices(fingerprint),
    sequence INTEGER NOT NULL, sha256 TEXT NOT NULL, previous TEXT NOT NULL,
    created TEXT NOT NULL, received TEXT NOT NULL, summary TEXT NOT NULL,
    UNIQUE (device, sequence)
);
CREATE TABLE origins (
    kind TEXT NOT NULL, ref TEXT NOT NULL, device TEXT NOT NULL, bundle_id TEXT NOT NULL,
    PRIMARY KEY (kind, ref)
);
"""

# The identity compartment: a keyslot wrapping the identity key, and one sealed record per person
# (ChaCha20-Poly1305 under that key, the person's id bound in). Never indexed for search.
V4_IDENTITY_COMPARTMENT = """
CREATE TABLE identity_compartment (id INTEGER PRIMARY KEY CHECK (id = 1), slot TEXT NOT NULL);
CREATE TABLE identities (
    person_id TEXT PRIMARY KEY REFERENCES persons(id) ON DELETE CASCADE,
    nonce BLOB NOT NULL, ciphertext BLOB NOT NULL, updated TEXT NOT NULL
);
"""

# Search at scale: each indexed record gets a stable integer id (the FTS rowid), so updates and
# deletes touch one row instead of scanning the index; prefix indexes for 2 to 6 characters, and
# a vocabulary table to estimate how many records a query will match before choosing an order.
V5_SEARCH_DOCS = """
CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL, UNIQUE (kind, ref)
);
CREATE VIRTUAL TABLE search_index_v5 USING fts5(
    kind UNINDEXED, ref UNINDEXED, title, body, tags,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6'
);
INSERT INTO search_index_v5(search_index_v5, rank) VALUES ('secure-delete', 1);
INSERT INTO search_docs(id, kind, ref) SELECT rowid, kind, ref FROM search_index;
INSERT INTO search_index_v5(rowid, kind, ref, title, body, tags)
    SELECT rowid, kind, ref, title, body, tags FROM search_index;
DROP TABLE search_index;
ALTER TABLE search_index_v5 RENAME TO search_index;
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_index, 'row');
"""

# Bundle format 2 and evidence that arrival order cannot roll back.
# - exports: a sequence number once handed out is never handed out again ('abandoned' when its
#   export never finished); each bundle's identity (its signed tag manifest's SHA-256) is kept.
# - received_bundles: each bundle's identity, its format and what its link names ('file': the
#   previous .humdoc file's SHA-256, as humdoc/1 links; 'tagmanifest': its identity).
# - received_copies: every file (by SHA-256) a bundle arrived as; a re-encrypted copy is the same
#   bundle, and humdoc/1 links may name any of them.
# - received_versions: every version of a record the centre received, with the custody chain it
#   came with; the current one is the newest by that chain, not the last to arrive. Deleting the
#   record deletes its versions.
V6_BUNDLE_IDENTITY_AND_VERSIONS = """
CREATE TABLE exports_v6 (
    sequence INTEGER PRIMARY KEY, bundle_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('writing', 'done', 'abandoned')),
    out_path TEXT NOT NULL, sha256 TEXT, tagmanifest_sha256 TEXT,
    format TEXT NOT NULL DEFAULT 'humdoc/1', previous TEXT NOT NULL, created TEXT NOT NULL,
    summary TEXT NOT NULL
);
INSERT INTO exports_v6(sequence, bundle_id, status, out_path, sha256, previous, created, summary)
    SELECT sequence, bundle_id, status, out_path, sha256, previous, created, summary FROM exports;
DROP TABLE exports;
ALTER TABLE exports_v6 RENAME TO exports;
ALTER TABLE received_bundles ADD COLUMN tagmanifest_sha256 TEXT;
ALTER TABLE received_bundles ADD COLUMN format TEXT NOT NULL DEFAULT 'humdoc/1';
ALTER TABLE received_bundles ADD COLUMN previous_kind TEXT NOT NULL DEFAULT 'file';
CREATE UNIQUE INDEX received_bundles_identity ON received_bundles(tagmanifest_sha256);
CREATE TABLE received_copies (
    sha256 TEXT PRIMARY KEY, bundle_id TEXT NOT NULL REFERENCES received_bundles(bundle_id),
    received TEXT NOT NULL
);
INSERT INTO received_copies SELECT sha256, bundle_id, received FROM received_bundles;
CREATE TABLE received_versions (
    kind TEXT NOT NULL CHECK (kind IN ('case', 'incident', 'testimony', 'media', 'identity')),
    ref TEXT NOT NULL, bundle_id TEXT NOT NULL, device TEXT NOT NULL, sequence INTEGER NOT NULL,
    rank INTEGER NOT NULL, record TEXT NOT NULL, custody TEXT NOT NULL,
    blob TEXT, blob_key BLOB, received TEXT NOT NULL,
    PRIMARY KEY (kind, ref, bundle_id)
);
CREATE TRIGGER received_versions_case AFTER DELETE ON cases
    BEGIN DELETE FROM received_versions WHERE kind = 'case' AND ref = old.id; END;
CREATE TRIGGER received_versions_incident AFTER DELETE ON incidents
    BEGIN DELETE FROM received_versions WHERE kind = 'incident' AND ref = old.id; END;
CREATE TRIGGER received_versions_testimony AFTER DELETE ON testimonies
    BEGIN DELETE FROM received_versions WHERE kind = 'testimony' AND ref = old.id; END;
CREATE TRIGGER received_versions_media AFTER DELETE ON media_items
    BEGIN DELETE FROM received_versions WHERE kind = 'media' AND ref = old.id; END;
CREATE TRIGGER received_versions_identity AFTER DELETE ON persons
    BEGIN DELETE FROM received_versions WHERE kind = 'identity' AND ref = old.id; END;
"""

# Revoking a device (a seized laptop): when, and why. A revoked device keeps its row, so what it
# delivered still names it; the centre refuses every bundle its key signs from then on.
V7_DEVICE_REVOCATION = """
ALTER TABLE devices ADD COLUMN revoked TEXT;
ALTER TABLE devices ADD COLUMN revoke_reason TEXT;
"""

# Testimonies recorded in the app: each chunk of sound is sealed in its own attachment as it is
# recorded, so that a crash loses only the last few seconds; ``item_id`` is chosen before the
# finished recording is imported, so that completing it after a crash never imports it twice.
V8_RECORDINGS = """
CREATE TABLE recordings (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
    sample_rate INTEGER NOT NULL, channels INTEGER NOT NULL, started TEXT NOT NULL, item_id TEXT
);
CREATE TABLE recording_chunks (
    recording_id TEXT NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, blob TEXT NOT NULL, blob_key BLOB NOT NULL, frames INTEGER NOT NULL,
    PRIMARY KEY (recording_id, seq)
);
"""

# Receipts back to the field: the centre's signing key beside its age recipient (NULL for an entry
# added before, whose receipts cannot be checked until the key is added), each receipt applied
# (one per bundle: a second is a replay), the items it declared safe at the centre, and a
# tombstone (id, hashes, the receipt) for each item removed from this device because of one.
V9_RECEIPTS = """
ALTER TABLE recipients ADD COLUMN signing_key TEXT;
CREATE TABLE receipts (
    sha256 TEXT PRIMARY KEY, bundle_id TEXT NOT NULL UNIQUE, recipient TEXT NOT NULL,
    centre TEXT NOT NULL, document TEXT NOT NULL, signature TEXT NOT NULL, applied TEXT NOT NULL
);
CREATE TABLE safe_at_centre (
    item_id TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('testimony', 'media')),
    sha256 TEXT NOT NULL, receipt TEXT NOT NULL REFERENCES receipts(sha256),
    PRIMARY KEY (item_id, receipt)
);
CREATE TABLE tombstones (
    item_id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('testimony', 'media')),
    case_id TEXT NOT NULL, sha256 TEXT NOT NULL, details TEXT NOT NULL,
    receipt TEXT NOT NULL REFERENCES receipts(sha256), removed TEXT NOT NULL
);
"""

# A video's cleaned copy kept as a recipe over its sealed original (``humdoc.core.recipes``): the
# attachment ``blob`` then holds the recipe, while ``size`` and ``sha256`` stay the copy's own.
V10_DERIVATIVE_RECIPES = """
ALTER TABLE derivatives ADD COLUMN form TEXT NOT NULL DEFAULT 'copy'
    CHECK (form IN ('copy', 'recipe'));
"""

MIGRATIONS: list[str] = [
    V1_DOMAIN,
    V2_MEDIA_CUSTODY,
    V3_EXCHANGE,
    V4_IDENTITY_COMPARTMENT,
    V5_SEARCH_DOCS,
    V6_BUNDLE_IDENTITY_AND_VERSIONS,
    V7_DEVICE_REVOCATION,
    V8_RECORDINGS,
    V9_RECEIPTS,
    V10_DERIVATIVE_RECIPES,
]


def current_version(db: Database) -> int:
    """The schema version the open database is at (0 for a new, empty one)."""
    return int(db.one("PRAGMA user_version")[0])


def migrate(db: Database, target: int | None = None) -> int:
    """Bring the database to ``target`` (default: the newest). Returns the version reached.

    Raises ``UnsupportedVersion`` if the database is newer than this humdoc knows.
    """
    goal = len(MIGRATIONS) if target is None else target
    version = current_version(db)
    if version > len(MIGRATIONS):
        raise UnsupportedVersion("This vault was made by a newer humdoc; update humdoc to open it.")
    while version < goal:
        with db.transaction():
            for statement in _statements(MIGRATIONS[version]):
                db.execute(statement)
            version += 1
            db.execute(f"PRAGMA user_version = {version:d}")
    return version


def _statements(script: str) -> list[str]:
    """Split a migration script on ``;`` at line ends (no migration has ';' inside a literal)."""
    return [s.strip() for s in script.split(";\n") if s.strip()]
