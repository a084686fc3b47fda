"""Schema migrations: an archive made at any earlier version and migrated has exactly the
catalog of a new archive (tables, columns, constraints, indexes, grants, row-level security,
policies, functions, triggers); migrating twice changes nothing; an archive newer than this
humdoc is refused with one line."""

from __future__ import annotations

import itertools
import os

import psycopg
import pytest

from humdoc.cli.app import main
from humdoc.core.archive import schema
from humdoc.core.archive.session import ArchiveSession
from humdoc.core.errors import UnsupportedVersion
from tests import pgserver
from tests.archive.conftest import ArchiveFixture
from tests.conftest import PASSPHRASE

_numbers = itertools.count()

#: Each query gives rows that describe one part of the catalog of schema ``public``.
CATALOG = {
    "columns": """
        SELECT table_name, column_name, ordinal_position, data_type, is_nullable,
               coalesce(column_default, '')
        FROM information_schema.columns WHERE table_schema = 'public'""",
    "constraints": """
        SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
        FROM pg_constraint c WHERE c.connamespace = 'public'::regnamespace""",
    "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
    "relations": """
        SELECT relname, relkind::text, relrowsecurity, relforcerowsecurity
        FROM pg_class WHERE relnamespace = 'public'::regnamespace""",
    "table grants": """
        SELECT c.relname, coalesce(r.rolname, 'PUBLIC'), a.privilege_type, a.is_grantable
        FROM pg_class c, aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee
        WHERE c.relnamespace = 'public'::regnamespace""",
    "column grants": """
        SELECT c.relname, t.attname, coalesce(r.rolname, 'PUBLIC'), a.privilege_type
        FROM pg_class c JOIN pg_attribute t ON t.attrelid = c.oid,
             aclexplode(t.attacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee
        WHERE c.relnamespace = 'public'::regnamespace""",
    "functions": """
        SELECT p.proname, pg_get_function_identity_arguments(p.oid), p.prosecdef,
               pg_get_functiondef(p.oid)
        FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace""",
    "function grants": """
        SELECT p.proname, coalesce(r.rolname, 'PUBLIC'), a.privilege_type
        FROM pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
        LEFT JOIN pg_roles r ON r.oid = a.grantee
        WHERE p.pronamespace = 'public'::regnamespace""",
    "policies": """
        SELECT tablename, policyname, permissive, roles::text, cmd, coalesce(qual, ''),
               coalesce(with_check, '')
        FROM pg_policies WHERE schemaname = 'public'""",
    "triggers": """
        SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid)
        FROM pg_trigger WHERE NOT tgisinternal""",
    "schema grants": """
        SELECT coalesce(r.rolname, 'PUBLIC'), a.privilege_type
        FROM pg_namespace n, aclexplode(n.nspacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee
        WHERE n.nspname = 'public'""",
    "database grants": """
        SELECT coalesce(r.rolname, 'PUBLIC'), a.privilege_type
        FROM pg_database d, aclexplode(d.datacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee
        WHERE d.datname = current_database()""",
    "version": "SELECT key, value FROM archive_meta WHERE key = 'schema_version'",
}


def catalog(url: str, database: str) -> dict[str, list[tuple[str, ...]]]:
    """The archive's catalog, its database's name written ``{db}`` (it names the roles)."""
    with psycopg.connect(url, autocommit=True) as conn:
        return {
            part: sorted(
                tuple(str(v).replace(database, "{db}") for v in row)
                for row in conn.execute(query).fetchall()
            )
            for part, query in CATALOG.items()
        }


def new_database(pg: pgserver.PgServer) -> tuple[str, str]:
    name = f"mig{os.getpid()}_{next(_numbers)}"
    return pg.create_database(name), name


def test_the_catalog_query_sees_the_parts_it_compares(archive: ArchiveFixture) -> None:
    got = catalog(archive.dba_url, archive.database)
    assert all(got.values()), [part for part, rows in got.items() if not rows]
    assert ("access_log", "{db}_admin", "SELECT", "False") in got["table grants"]
    assert ("read_identity", "{db}_protection", "EXECUTE") in got["function grants"]
    assert not any(r[0] == "read_identity" and r[1] == "PUBLIC" for r in got["function grants"])


@pytest.mark.parametrize("start", range(schema.CURRENT))
def test_an_archive_at_any_earlier_version_migrates_to_the_catalog_of_a_new_one(
    pg: pgserver.PgServer, archive: ArchiveFixture, start: int
) -> None:
    url, name = new_database(pg)
    with psycopg.connect(url, autocommit=True) as conn:
        assert schema.migrate(conn, name, upto=start) == start
        assert schema.version(conn) == start
        if start:
            conn.execute("INSERT INTO archive_meta(key, value) VALUES ('kept', 'from before')")
        assert schema.migrate(conn, name) == schema.CURRENT
        if start:
            kept = conn.execute("SELECT value FROM archive_meta WHERE key = 'kept'").fetchone()
            assert kept == ("from before",)
            conn.execute("DELETE FROM archive_meta WHERE key = 'kept'")
    assert catalog(url, name) == catalog(archive.dba_url, archive.database)


def test_migrating_twice_changes_nothing(archive: ArchiveFixture) -> None:
    before = catalog(archive.dba_url, archive.database)
    with psycopg.connect(archive.dba_url, autocommit=True) as conn:
        assert schema.migrate(conn, archive.database) == schema.CURRENT
        assert schema.migrate(conn, archive.database) == schema.CURRENT
    assert catalog(archive.dba_url, archive.database) == before
    # The members' keys still open: nothing of theirs was touched.
    with archive.open(archive.role("prot1")) as s:
        assert s.keys.identity_private is not None


def _say_newer(archive: ArchiveFixture) -> None:
    with psycopg.connect(archive.dba_url, autocommit=True) as conn:
        conn.execute(
            "UPDATE archive_meta SET value = %s WHERE key = 'schema_version'",
            (str(schema.CURRENT + 1),),
        )


def test_an_archive_newer_than_this_humdoc_is_refused(
    archive: ArchiveFixture, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _say_newer(archive)
    before = catalog(archive.dba_url, archive.database)
    with (
        psycopg.connect(archive.dba_url, autocommit=True) as conn,
        pytest.raises(UnsupportedVersion, match="Update humdoc"),
    ):
        schema.migrate(conn, archive.database)
    with pytest.raises(UnsupportedVersion):
        ArchiveSession.open(archive.url(archive.role("admin1")), PASSPHRASE)
    assert catalog(archive.dba_url, archive.database) == before

    monkeypatch.setenv("HUMDOC_PASSPHRASE", PASSPHRASE.decode())
    for args in (
        ["archive", "migrate", "--archive", archive.dba_url],
        ["archive", "members", "--archive", archive.url(archive.role("admin1"))],
    ):
        capsys.readouterr()
        code = main(args)
        err = capsys.readouterr().err
        assert code == 4
        assert len(err.strip().splitlines()) == 1, err
        assert f"schema {schema.CURRENT + 1}" in err


def test_an_older_archive_is_not_opened_before_it_is_migrated(archive: ArchiveFixture) -> None:
    with psycopg.connect(archive.dba_url, autocommit=True) as conn:
        conn.execute(
            "UPDATE archive_meta SET value = %s WHERE key = 'schema_version'",
            (str(schema.CURRENT - 1),),
        )
    with pytest.raises(UnsupportedVersion, match="migrate"):
        ArchiveSession.open(archive.url(archive.role("admin1")), PASSPHRASE)


def test_migrate_refuses_a_database_name_that_is_no_plain_name(pg: pgserver.PgServer) -> None:
    from humdoc.core.errors import InvalidInput

    with psycopg.connect(pg.url(), autocommit=True) as conn, pytest.raises(InvalidInput):
        schema.migrate(conn, 'x"; DROP TABLE y; --')


def test_admins_of_an_archive_made_at_schema_1_lose_createrole(pg: pgserver.PgServer) -> None:
    url, name = new_database(pg)
    admin = f"{name}_admin1"
    with psycopg.connect(url, autocommit=True) as conn:
        schema.migrate(conn, name, upto=1)
        # As schema 1's create_archive made its admins.
        conn.execute(f"CREATE ROLE {admin} LOGIN CREATEROLE IN ROLE {name}_admin")
        conn.execute(
            "INSERT INTO keyslots(role_name, duty, slot) VALUES (%s, 'admin', %s)", (admin, b"{}")
        )
        schema.migrate(conn, name)
        row = conn.execute("SELECT rolcreaterole FROM pg_roles WHERE rolname = %s", (admin,))
        assert row.fetchone() == (False,)
