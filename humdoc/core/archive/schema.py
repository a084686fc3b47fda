"""The shared archive's schema in PostgreSQL: tables, group roles, grants, row-level security.

Versioned: ``MIGRATIONS[n]`` takes a database from schema ``n`` to ``n + 1``; ``migrate`` applies
what is missing, each step in its own transaction, and records the version in ``archive_meta``.
Every statement is written for one archive per database: its four group roles are named after the
database (``<db>_intake``, ``<db>_analyst``, ``<db>_protection``, ``<db>_admin``; ``{p}`` below),
so two archives on one server never share a role.

What the database enforces, whatever client connects (docs/archive.md has the whole table):

- ``intake`` (receivers) add bundles, records, media, custody and identities; they read what the
  checks need (devices, the ledger, current records) but no statement, identity or media key;
- ``analyst`` reads records' summaries and searches; a testimony's or a record's full text and a
  media item's key only through ``read_record`` / ``read_media``, which log the read;
- ``protection`` alone reads witness identities, only through ``read_identity``, which logs it;
- ``admin`` enrols and revokes devices and analysts and reads the access log;
- the access log is append-only: no role may update, delete or truncate it (a trigger refuses
  even the owner's statements), and each row's actor is the PostgreSQL role that connected.

Text columns ending in ``_ct`` hold ciphertext sealed under the archive key (``keys.seal``): the
database never sees statements, titles, names or keys in the clear.
"""

from __future__ import annotations

import re
from typing import Any

from humdoc.core.errors import UnsupportedVersion

DUTIES = ("intake", "analyst", "protection", "admin")

_V1 = """
CREATE TABLE archive_meta (
    key text PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE archive_secrets (
    -- Sealed under the archive key: the centre's age identity, the identity public key, ...
    name text PRIMARY KEY,
    sealed bytea NOT NULL
);
CREATE TABLE keyslots (
    role_name text PRIMARY KEY,
    duty text NOT NULL CHECK (duty IN ('intake', 'analyst', 'protection', 'admin')),
    slot bytea NOT NULL,
    created timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE identity_slots (
    -- The identity private key, wrapped for each protection officer (by another one).
    role_name text PRIMARY KEY REFERENCES keyslots(role_name) ON DELETE CASCADE,
    slot bytea NOT NULL,
    created timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE devices (
    fingerprint text PRIMARY KEY,
    key_id text NOT NULL UNIQUE,
    sealed bytea NOT NULL,
    enrolled timestamptz NOT NULL DEFAULT now(),
    revoked_ct bytea
);
CREATE TABLE bundles (
    device text NOT NULL REFERENCES devices(fingerprint),
    sequence bigint NOT NULL,
    bundle_id text NOT NULL UNIQUE,
    identity text NOT NULL,
    previous text,
    sha256 text NOT NULL,
    received timestamptz NOT NULL DEFAULT now(),
    received_by text NOT NULL DEFAULT session_user,
    summary_ct bytea NOT NULL,
    PRIMARY KEY (device, sequence)
);
CREATE TABLE bundle_copies (
    sha256 text PRIMARY KEY,
    bundle_id text NOT NULL REFERENCES bundles(bundle_id)
);
CREATE TABLE records (
    kind text NOT NULL CHECK (kind IN ('cases', 'incidents', 'persons', 'testimonies', 'media')),
    id text NOT NULL,
    case_id text,
    device text NOT NULL REFERENCES devices(fingerprint),
    bundle_id text NOT NULL REFERENCES bundles(bundle_id),
    rank bigint NOT NULL,
    updated timestamptz NOT NULL DEFAULT now(),
    summary_ct bytea NOT NULL,
    body_ct bytea NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX records_case ON records (case_id, kind);
CREATE TABLE record_versions (
    kind text NOT NULL,
    id text NOT NULL,
    device text NOT NULL,
    bundle_id text NOT NULL REFERENCES bundles(bundle_id),
    rank bigint NOT NULL,
    body_ct bytea NOT NULL,
    received timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, id, bundle_id)
);
CREATE TABLE media_files (
    item_id text NOT NULL,
    sha256 text NOT NULL,
    blob_id text NOT NULL,
    size bigint NOT NULL,
    mime text NOT NULL,
    file_key_ct bytea NOT NULL,
    bundle_id text NOT NULL REFERENCES bundles(bundle_id),
    PRIMARY KEY (item_id, sha256)
);
CREATE TABLE custody_events (
    item_id text NOT NULL,
    seq integer NOT NULL,
    event_ct bytea NOT NULL,
    bundle_id text NOT NULL REFERENCES bundles(bundle_id),
    PRIMARY KEY (item_id, seq)
);
CREATE TABLE identities (
    person_id text PRIMARY KEY,
    sealed bytea NOT NULL,
    bundle_id text NOT NULL REFERENCES bundles(bundle_id),
    received timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE access_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor text NOT NULL DEFAULT session_user,
    action text NOT NULL,
    kind text NOT NULL,
    ref text NOT NULL
);

CREATE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the access log is append-only';
END $$;
CREATE TRIGGER access_log_no_change BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_append_only();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();

CREATE FUNCTION keyslot_duty(p_role text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT duty FROM keyslots WHERE role_name = p_role;
$$;
CREATE FUNCTION log_access(p_action text, p_kind text, p_ref text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    INSERT INTO access_log(actor, action, kind, ref) VALUES (session_user, p_action, p_kind, p_ref);
$$;
CREATE FUNCTION read_record(p_kind text, p_id text) RETURNS bytea
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE body bytea;
BEGIN
    SELECT body_ct INTO body FROM records WHERE kind = p_kind AND id = p_id;
    IF body IS NOT NULL THEN
        INSERT INTO access_log(actor, action, kind, ref) VALUES (session_user, 'read', p_kind, p_id);
    END IF;
    RETURN body;
END $$;
CREATE FUNCTION read_versions(p_kind text, p_id text)
RETURNS TABLE(bundle_id text, device text, rank bigint, body_ct bytea, received timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO access_log(actor, action, kind, ref) VALUES (session_user, 'read-versions', p_kind, p_id);
    RETURN QUERY SELECT v.bundle_id, v.device, v.rank, v.body_ct, v.received
        FROM record_versions v WHERE v.kind = p_kind AND v.id = p_id ORDER BY v.rank DESC;
END $$;
CREATE FUNCTION read_media(p_item text, p_sha256 text)
RETURNS TABLE(blob_id text, size bigint, mime text, file_key_ct bytea)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO access_log(actor, action, kind, ref) VALUES (session_user, 'read', 'media', p_item);
    RETURN QUERY SELECT m.blob_id, m.size, m.mime, m.file_key_ct
        FROM media_files m WHERE m.item_id = p_item AND m.sha256 = p_sha256;
END $$;
CREATE FUNCTION read_identity(p_person text) RETURNS bytea
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE sealed_identity bytea;
BEGIN
    INSERT INTO access_log(actor, action, kind, ref) VALUES (session_user, 'read', 'identity', p_person);
    SELECT i.sealed INTO sealed_identity FROM identities i WHERE i.person_id = p_person;
    RETURN sealed_identity;
END $$;

DO $$
DECLARE duty text;
BEGIN
    FOREACH duty IN ARRAY ARRAY['intake', 'analyst', 'protection', 'admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{p}_' || duty) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', '{p}_' || duty);
        END IF;
    END LOOP;
END $$;

REVOKE ALL ON DATABASE {db} FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {p}_intake, {p}_analyst, {p}_protection, {p}_admin;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO {p}_intake, {p}_analyst, {p}_protection, {p}_admin;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;

GRANT SELECT ON archive_meta, archive_secrets TO {p}_intake, {p}_analyst, {p}_protection, {p}_admin;
-- The admin names the archive's blob store (``blob-store``) once; nothing is updated.
GRANT INSERT ON archive_secrets TO {p}_admin;
GRANT SELECT ON keyslots TO {p}_intake, {p}_analyst, {p}_protection, {p}_admin;
GRANT INSERT, UPDATE, DELETE ON keyslots TO {p}_admin;
GRANT SELECT, INSERT, DELETE ON identity_slots TO {p}_protection;
GRANT DELETE ON identity_slots TO {p}_admin;
GRANT SELECT ON devices TO {p}_intake, {p}_analyst, {p}_protection, {p}_admin;
GRANT INSERT, UPDATE ON devices TO {p}_admin;
GRANT SELECT ON bundles, bundle_copies TO {p}_intake, {p}_analyst, {p}_protection, {p}_admin;
GRANT INSERT ON bundles, bundle_copies TO {p}_intake;
GRANT SELECT (kind, id, case_id, device, bundle_id, rank, updated, summary_ct) ON records
    TO {p}_intake, {p}_analyst, {p}_protection, {p}_admin;
GRANT INSERT, UPDATE ON records TO {p}_intake;
GRANT SELECT (kind, id, bundle_id, rank) ON record_versions TO {p}_intake;
GRANT INSERT ON record_versions TO {p}_intake;
GRANT SELECT (item_id, sha256, blob_id, size, mime, bundle_id) ON media_files
    TO {p}_intake, {p}_analyst, {p}_protection, {p}_admin;
GRANT INSERT ON media_files TO {p}_intake;
GRANT SELECT ON custody_events TO {p}_intake, {p}_analyst, {p}_protection, {p}_admin;
GRANT INSERT ON custody_events TO {p}_intake;
GRANT SELECT (person_id, bundle_id, received) ON identities TO {p}_intake;
GRANT INSERT ON identities TO {p}_intake;
GRANT SELECT ON access_log TO {p}_admin;
GRANT USAGE ON SEQUENCE access_log_id_seq TO {p}_analyst;
GRANT EXECUTE ON FUNCTION log_access(text, text, text)
    TO {p}_intake, {p}_analyst, {p}_protection, {p}_admin;
GRANT EXECUTE ON FUNCTION read_record(text, text), read_versions(text, text),
    read_media(text, text) TO {p}_analyst, {p}_protection;
GRANT EXECUTE ON FUNCTION read_identity(text) TO {p}_protection;
GRANT EXECUTE ON FUNCTION keyslot_duty(text) TO {p}_protection, {p}_admin;

-- Each role reads its own keyslot only; admin reads and manages them all.
ALTER TABLE keyslots ENABLE ROW LEVEL SECURITY;
CREATE POLICY keyslot_own ON keyslots FOR SELECT USING (role_name = session_user);
CREATE POLICY keyslot_admin ON keyslots FOR ALL TO {p}_admin USING (true) WITH CHECK (true);
ALTER TABLE identity_slots ENABLE ROW LEVEL SECURITY;
CREATE POLICY identity_slot_own ON identity_slots FOR SELECT USING (role_name = session_user);
CREATE POLICY identity_slot_add ON identity_slots FOR INSERT TO {p}_protection
    WITH CHECK (keyslot_duty(role_name) = 'protection');
CREATE POLICY identity_slot_remove ON identity_slots FOR DELETE TO {p}_admin, {p}_protection
    USING (true);
-- Identities: no role reads a row but through read_identity (protection only).
ALTER TABLE identities ENABLE ROW LEVEL SECURITY;
CREATE POLICY identity_intake_adds ON identities FOR INSERT TO {p}_intake WITH CHECK (true);
CREATE POLICY identity_intake_sees ON identities FOR SELECT TO {p}_intake USING (true);
-- The access log: rows are added by the logging functions only, read by admin only.
ALTER TABLE access_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY access_log_admin_reads ON access_log FOR SELECT TO {p}_admin USING (true);
-- A bundle in the ledger names the role that received it; nobody writes another role's name.
ALTER TABLE bundles ENABLE ROW LEVEL SECURITY;
CREATE POLICY bundles_read ON bundles FOR SELECT USING (true);
CREATE POLICY bundles_add ON bundles FOR INSERT TO {p}_intake WITH CHECK (received_by = session_user);
"""

# Step 2: members are enrolled and removed through two functions that run as the archive's owner,
# and admins lose CREATEROLE. With it (PostgreSQL 15), an admin could grant themselves any duty,
# or set another member's password and connect as them, so that the access log named that member.
_V2 = r"""
CREATE FUNCTION enrol_member(p_role text, p_duty text, p_verifier text, p_slot bytea)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF p_role !~ '^[a-z][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'a member''s role name is lower-case letters, digits and underscores';
    END IF;
    IF p_duty NOT IN ('intake', 'analyst', 'protection', 'admin') THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = 'unknown duty';
    END IF;
    IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'a member''s password is given as a SCRAM verifier only';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_role) THEN
        RAISE EXCEPTION USING ERRCODE = 'duplicate_object',
            MESSAGE = format('a database role named %s exists already', p_role);
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I',
                   p_role, p_verifier, '{p}_' || p_duty);
    INSERT INTO keyslots(role_name, duty, slot) VALUES (p_role, p_duty, p_slot);
END $$;
CREATE FUNCTION dismiss_member(p_role text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE d text;
BEGIN
    IF p_role = session_user THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'a member cannot remove themselves';
    END IF;
    DELETE FROM keyslots WHERE role_name = p_role RETURNING duty INTO d;
    IF d IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found',
            MESSAGE = format('no member named %s', p_role);
    END IF;
    EXECUTE format('REVOKE %I FROM %I', '{p}_' || d, p_role);
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_role);
    RETURN d;
END $$;
REVOKE ALL ON FUNCTION enrol_member(text, text, text, bytea), dismiss_member(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enrol_member(text, text, text, bytea), dismiss_member(text)
    TO {p}_admin;
DO $$
DECLARE r text;
BEGIN
    FOR r IN SELECT role_name FROM keyslots WHERE duty = 'admin' LOOP
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r AND rolcreaterole) THEN
            EXECUTE format('ALTER ROLE %I NOCREATEROLE', r);
        END IF;
    END LOOP;
END $$;
"""

# Step 3: the search index.
_V3 = """
-- Full-text search over keyed tokens (humdoc/core/archive/search.py): one row per current
-- record of a searched kind; the tokens are HMACs of words' stems, never the words.
CREATE TABLE search_docs (
    kind text NOT NULL CHECK (kind IN ('cases', 'incidents', 'testimonies')),
    id text NOT NULL,
    case_id text,
    n bigserial NOT NULL,
    tokens tsvector NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX search_docs_tokens ON search_docs USING gin (tokens);
CREATE INDEX search_docs_newest ON search_docs (n);
CREATE INDEX search_docs_case ON search_docs (case_id, kind);
REVOKE ALL ON search_docs FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON search_docs TO {p}_intake;
GRANT USAGE ON SEQUENCE search_docs_n_seq TO {p}_intake;
GRANT SELECT ON search_docs TO {p}_analyst, {p}_protection, {p}_admin;
"""

# Step 4: the archive signs as a centre. Its "received" custody events carry the centre key's own
# event counter (``device_seq``, as a centre vault's do): one sequence, so receivers on several
# machines never give two events one number. Each bundle's ledger row keeps, sealed, what its
# signed receipt names (when it was received, each testimony and media item with the SHA-256 it
# arrived with): a receipt is made from the ledger alone, the same bytes every time.
_V4 = """
CREATE SEQUENCE centre_custody_seq;
REVOKE ALL ON SEQUENCE centre_custody_seq FROM PUBLIC;
GRANT USAGE ON SEQUENCE centre_custody_seq TO {p}_intake;
ALTER TABLE bundles ADD COLUMN receipt_ct bytea;
"""

#: A witness's identity sent again in a later bundle (a new contact, say) replaces the one
#: held, as in a centre vault; one from an earlier bundle arriving late does not. ``rank`` is the
#: sending bundle's sequence number (0 for identities moved from a centre vault).
_V5 = """
ALTER TABLE identities ADD COLUMN rank bigint NOT NULL DEFAULT 0;
GRANT SELECT (rank) ON identities TO {p}_intake;
GRANT UPDATE (sealed, bundle_id, rank, received) ON identities TO {p}_intake;
CREATE POLICY identity_intake_replaces ON identities FOR UPDATE TO {p}_intake
    USING (true) WITH CHECK (true);
"""

MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5]
CURRENT = len(MIGRATIONS)

_NAME = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


def role_prefix(database: str) -> str:
    """The group roles' prefix: the database's name, which must be a plain lower-case name."""
    if not _NAME.fullmatch(database):
        from humdoc.core.errors import InvalidInput

        raise InvalidInput(
            "An archive's database name must be lower-case letters, digits and underscores "
            "(at most 41 characters, starting with a letter)."
        )
    return database


def group_role(database: str, duty: str) -> str:
    """The name of the group role of ``duty`` in the archive on ``database``."""
    if duty not in DUTIES:
        from humdoc.core.errors import InvalidInput

        raise InvalidInput(f"Unknown duty {duty!r}: one of {', '.join(DUTIES)}.")
    return f"{role_prefix(database)}_{duty}"


def version(conn: Any) -> int:
    """The schema version of the archive ``conn`` is connected to; 0 if it has none."""
    exists = conn.execute("SELECT to_regclass('public.archive_meta') IS NOT NULL").fetchone()[0]
    if not exists:
        return 0
    row = conn.execute("SELECT value FROM archive_meta WHERE key = 'schema_version'").fetchone()
    return 0 if row is None else int(row[0])


def migrate(conn: Any, database: str, upto: int = CURRENT) -> int:
    """Apply every missing step up to ``upto``, each in its own transaction. Returns the version.

    ``conn`` is an autocommit connection of the role that owns the archive's tables."""
    have = version(conn)
    if have > CURRENT:
        raise UnsupportedVersion(
            f"This archive has schema {have}; this humdoc knows up to {CURRENT}. Update humdoc."
        )
    prefix = role_prefix(database)
    for step in range(have, upto):
        with conn.transaction():
            conn.execute(MIGRATIONS[step].replace("{p}", prefix).replace("{db}", database))
            conn.execute(
                "INSERT INTO archive_meta(key, value) VALUES ('schema_version', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (str(step + 1),),
            )
    return max(have, upto)
