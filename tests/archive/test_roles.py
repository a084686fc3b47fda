"""The database itself enforces each duty: every test here connects with plain psycopg as one
role, without humdoc's client in between, and shows what PostgreSQL lets that role do."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from humdoc.core.archive import store
from humdoc.core.errors import VaultCorrupt
from humdoc.core.vault.kdf import KdfParams
from tests.archive.conftest import PG_PASSWORD, ArchiveFixture
from tests.archive.seed import CASE, MEDIA, MEDIA_SHA, PERSON, TESTIMONY, Seeded, seed
from tests.conftest import PASSPHRASE

Denied = psycopg.errors.InsufficientPrivilege


@pytest.fixture
def seeded(archive: ArchiveFixture) -> Seeded:
    return seed(archive)


@pytest.fixture(scope="module")
def shared(module_archive: ArchiveFixture) -> Seeded:
    """One seeded archive for the tests that are only refused: a refused statement changes
    nothing, so they need no archive of their own (and none of them pays for one)."""
    return seed(module_archive)


def _connector(archive: ArchiveFixture) -> Iterator[Any]:
    opened: list[Any] = []

    def connect(role: str) -> Any:
        conn = psycopg.connect(archive.url(role), autocommit=True)
        opened.append(conn)
        return conn

    yield connect
    for conn in opened:
        conn.close()


@pytest.fixture
def raw(archive: ArchiveFixture) -> Iterator[Any]:
    """``raw(role)``: a plain autocommit connection as ``role`` (closed after the test)."""
    yield from _connector(archive)


@pytest.fixture
def raw_shared(module_archive: ArchiveFixture) -> Iterator[Any]:
    """``raw`` on the shared archive."""
    yield from _connector(module_archive)


def log(archive: ArchiveFixture) -> list[tuple[str, str, str, str]]:
    """The access log as the table's owner sees it: (actor, action, kind, ref), oldest first."""
    with psycopg.connect(archive.dba_url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT actor, action, kind, ref FROM access_log ORDER BY id"
        ).fetchall()
    return [tuple(r) for r in rows]


def refused(conn: Any, statement: str, params: tuple[Any, ...] = ()) -> bool:
    """Whether PostgreSQL refuses ``statement`` for lack of privilege (or by row security)."""
    try:
        conn.execute(statement, params)
    except Denied:
        return True
    return False


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT body_ct FROM records",
        "SELECT * FROM records",
        "SELECT body_ct FROM record_versions",
        "SELECT file_key_ct FROM media_files",
        "SELECT person_id FROM identities",
        "SELECT sealed FROM identities",
        "SELECT * FROM access_log",
        "SELECT * FROM identity_slots",
    ],
)
def test_an_analyst_cannot_select_what_only_logged_reads_give(
    shared: Seeded, raw_shared: Any, statement: str
) -> None:
    assert refused(raw_shared(shared.analyst), statement)


def test_an_analyst_selects_summaries_but_not_bodies(seeded: Seeded, raw: Any) -> None:
    conn = raw(seeded.analyst)
    rows = conn.execute("SELECT kind, id, summary_ct FROM records ORDER BY kind").fetchall()
    assert [r[0] for r in rows] == ["cases", "media", "persons", "testimonies"]


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO records(kind, id, device, bundle_id, rank, summary_ct, body_ct) "
        "SELECT 'cases', 'forged', device, bundle_id, 9, summary_ct, summary_ct FROM records "
        "LIMIT 1",
        "UPDATE records SET rank = 99",
        "UPDATE records SET summary_ct = summary_ct",
        "DELETE FROM records",
        "INSERT INTO bundles(device, sequence, bundle_id, identity, sha256, summary_ct) "
        "SELECT device, 2, 'forged', identity, sha256, summary_ct FROM bundles",
        "UPDATE bundles SET sequence = 7",
        "DELETE FROM custody_events",
        "INSERT INTO custody_events(item_id, seq, event_ct, bundle_id) "
        "SELECT item_id, 9, event_ct, bundle_id FROM custody_events LIMIT 1",
        "UPDATE devices SET revoked_ct = NULL",
    ],
)
def test_an_analyst_cannot_write_records_bundles_or_custody(
    shared: Seeded, raw_shared: Any, statement: str
) -> None:
    assert refused(raw_shared(shared.analyst), statement)


def test_read_record_logs_a_row_naming_the_analyst(seeded: Seeded, raw: Any) -> None:
    before = len(log(seeded.archive))
    body = (
        raw(seeded.analyst)
        .execute("SELECT read_record('testimonies', %s)", (TESTIMONY,))
        .fetchone()[0]
    )
    assert body is not None
    after = log(seeded.archive)
    assert after[before:] == [(seeded.analyst, "read", "testimonies", TESTIMONY)]


def test_read_media_and_read_versions_are_logged(seeded: Seeded, raw: Any) -> None:
    conn = raw(seeded.analyst)
    assert conn.execute("SELECT * FROM read_media(%s, %s)", (MEDIA, MEDIA_SHA)).fetchall()
    assert conn.execute("SELECT * FROM read_versions('cases', %s)", (CASE,)).fetchall()
    assert log(seeded.archive)[-2:] == [
        (seeded.analyst, "read", "media", MEDIA),
        (seeded.analyst, "read-versions", "cases", CASE),
    ]


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT read_record('testimonies', 'test-0001')",
        "SELECT read_identity('person-0001')",
        "SELECT * FROM read_media('media-0001', 'x')",
        "SELECT * FROM read_versions('testimonies', 'test-0001')",
        "SELECT body_ct FROM records",
        "SELECT file_key_ct FROM media_files",
        "SELECT sealed FROM identities",
        "SELECT * FROM access_log",
    ],
)
def test_intake_cannot_read_what_it_stores(shared: Seeded, raw_shared: Any, statement: str) -> None:
    assert refused(raw_shared(shared.intake), statement)


def test_only_protection_calls_read_identity_and_each_call_is_logged(
    seeded: Seeded, raw: Any
) -> None:
    for role in (seeded.analyst, seeded.admin, seeded.intake):
        assert refused(raw(role), "SELECT read_identity(%s)", (PERSON,)), role
    before = len(log(seeded.archive))
    prot = raw(seeded.prot)
    for _ in range(2):
        assert prot.execute("SELECT read_identity(%s)", (PERSON,)).fetchone()[0] is not None
    # A look-up of an id that holds no identity is logged too: asking is what is recorded.
    assert prot.execute("SELECT read_identity('nobody-here')").fetchone()[0] is None
    assert log(seeded.archive)[before:] == [
        (seeded.prot, "read", "identity", PERSON),
        (seeded.prot, "read", "identity", PERSON),
        (seeded.prot, "read", "identity", "nobody-here"),
    ]
    # Protection, too, reads identities only through the logged function.
    assert refused(prot, "SELECT sealed FROM identities")


@pytest.mark.parametrize("who", ["admin", "analyst", "owner"])
@pytest.mark.parametrize(
    "statement",
    ["UPDATE access_log SET actor = 'someone else'", "DELETE FROM access_log",
     "TRUNCATE access_log"],
)  # fmt: skip
def test_nobody_changes_or_empties_the_access_log(
    seeded: Seeded, raw: Any, who: str, statement: str
) -> None:
    raw(seeded.analyst).execute("SELECT read_record('cases', %s)", (CASE,))
    before = log(seeded.archive)
    assert before
    if who == "owner":
        # The role that owns the tables (here the server's superuser): the trigger refuses.
        with (
            psycopg.connect(seeded.archive.dba_url, autocommit=True) as conn,
            pytest.raises(psycopg.errors.RaiseException, match="append-only"),
        ):
            conn.execute(statement)
    else:
        role = seeded.admin if who == "admin" else seeded.analyst
        assert refused(raw(role), statement)
    assert log(seeded.archive) == before


def test_no_role_writes_a_log_row_in_another_actors_name(seeded: Seeded, raw: Any) -> None:
    for role in (seeded.analyst, seeded.admin, seeded.intake, seeded.prot):
        conn = raw(role)
        assert refused(
            conn,
            "INSERT INTO access_log(actor, action, kind, ref) VALUES (%s, 'read', 'cases', 'x')",
            (seeded.prot,),
        ), role
        conn.execute("SELECT log_access('export', 'cases', %s)", (CASE,))
        assert log(seeded.archive)[-1] == (role, "export", "cases", CASE)
    # Changing role inside a connection does not change the actor either.
    conn = raw(seeded.analyst)
    conn.execute(f"SET ROLE {seeded.archive.database}_analyst")
    conn.execute("SELECT read_record('cases', %s)", (CASE,))
    assert log(seeded.archive)[-1] == (seeded.analyst, "read", "cases", CASE)
    assert refused(conn, f"SET SESSION AUTHORIZATION {seeded.prot}")


def test_a_bundle_cannot_name_another_receiver(seeded: Seeded, raw: Any) -> None:
    conn = raw(seeded.intake)
    sql = (
        "INSERT INTO bundles(device, sequence, bundle_id, identity, sha256, summary_ct, "
        "received_by) SELECT device, 2, 'b2', identity, sha256, summary_ct, %s FROM bundles"
    )
    assert refused(conn, sql, (seeded.admin,))
    conn.execute(sql, (seeded.intake,))


def test_a_removed_member_cannot_connect(seeded: Seeded) -> None:
    conn = psycopg.connect(seeded.archive.url(seeded.analyst), autocommit=True)
    conn.close()
    with seeded.archive.open(seeded.admin) as admin:
        admin.remove_member(seeded.analyst)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(seeded.archive.url(seeded.analyst), autocommit=True)
    # Nor does it keep the duty should its login be given back by mistake: without the group
    # role it may not even connect to the archive's database.
    with psycopg.connect(seeded.archive.dba_url, autocommit=True) as dba:
        dba.execute(f"ALTER ROLE {seeded.analyst} LOGIN")
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(seeded.archive.url(seeded.analyst), autocommit=True)


def test_a_role_of_the_same_server_that_is_no_member_cannot_connect(
    archive: ArchiveFixture,
) -> None:
    outsider = archive.role("outsider")
    with psycopg.connect(archive.server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {outsider} LOGIN PASSWORD '{PG_PASSWORD}'")
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(archive.url(outsider), autocommit=True)


def test_a_member_of_one_archive_cannot_connect_to_another(
    archive: ArchiveFixture, pg: Any
) -> None:
    from humdoc.core.archive.session import create_archive

    other = ArchiveFixture(pg, archive.database + "b")
    pg.create_database(other.database)
    create_archive(
        other.dba_url,
        (other.role("admin1"), PG_PASSWORD, PASSPHRASE),
        (other.role("prot1"), PG_PASSWORD, PASSPHRASE),
        params=KdfParams.floor(),
    )
    url = pg.url(archive.role("admin1"), other.database, PG_PASSWORD)
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(url, autocommit=True)


def test_keyslots_each_role_sees_only_its_own(seeded: Seeded, raw: Any) -> None:
    everyone = {seeded.admin, seeded.prot, seeded.intake, seeded.analyst}
    for role in everyone - {seeded.admin}:
        rows = raw(role).execute("SELECT role_name FROM keyslots").fetchall()
        assert rows == [(role,)], role
        assert refused(raw(role), "UPDATE keyslots SET slot = slot")
        assert refused(raw(role), "DELETE FROM keyslots")
    rows = raw(seeded.admin).execute("SELECT role_name FROM keyslots").fetchall()
    assert {r[0] for r in rows} == everyone


def test_identity_slots_each_protection_officer_sees_only_its_own(seeded: Seeded, raw: Any) -> None:
    prot2 = seeded.archive.role("prot2")
    with seeded.archive.open(seeded.admin) as admin:
        admin.add_member(prot2, "protection", PG_PASSWORD, PASSPHRASE, KdfParams.floor())
    with seeded.archive.open(seeded.prot) as prot:
        prot.grant_identity_key(prot2, PASSPHRASE, KdfParams.floor())
    for role in (seeded.prot, prot2):
        assert raw(role).execute("SELECT role_name FROM identity_slots").fetchall() == [(role,)]
    with seeded.archive.open(prot2) as second:
        assert store.read_identity(second.conn, second.keys, PERSON)["name"]


def test_the_identity_key_is_granted_to_protection_officers_only(seeded: Seeded, raw: Any) -> None:
    with seeded.archive.open(seeded.prot) as prot:
        slot = prot.conn.execute("SELECT slot FROM identity_slots").fetchone()[0]
    conn = raw(seeded.prot)
    assert refused(
        conn, "INSERT INTO identity_slots(role_name, slot) VALUES (%s, %s)", (seeded.analyst, slot)
    )
    assert refused(
        raw(seeded.admin),
        "INSERT INTO identity_slots(role_name, slot) VALUES (%s, %s)",
        (seeded.admin, slot),
    )


def test_a_sealed_field_moved_to_another_row_does_not_open(seeded: Seeded) -> None:
    with psycopg.connect(seeded.archive.dba_url, autocommit=True) as dba:
        dba.execute(
            "UPDATE records SET body_ct = (SELECT body_ct FROM records WHERE id = %s), "
            "summary_ct = (SELECT summary_ct FROM records WHERE id = %s) WHERE id = %s",
            (TESTIMONY, TESTIMONY, CASE),
        )
        dba.execute(
            "UPDATE custody_events SET event_ct = "
            "(SELECT event_ct FROM custody_events WHERE seq = 0) WHERE seq = 1"
        )
        dba.execute(
            "INSERT INTO identities(person_id, sealed, bundle_id) "
            "SELECT 'person-0002', sealed, bundle_id FROM identities"
        )
    with seeded.archive.open(seeded.analyst) as ana:
        with pytest.raises(VaultCorrupt):
            store.read_record(ana.conn, ana.keys, "cases", CASE)
        with pytest.raises(VaultCorrupt):
            store.list_records(ana.conn, ana.keys, "cases")
        with pytest.raises(VaultCorrupt):
            store.custody(ana.conn, ana.keys, TESTIMONY)
        assert store.read_record(ana.conn, ana.keys, "testimonies", TESTIMONY)["id"] == TESTIMONY
    with seeded.archive.open(seeded.prot) as prot:
        with pytest.raises(VaultCorrupt):
            store.read_identity(prot.conn, prot.keys, "person-0002")
        assert store.read_identity(prot.conn, prot.keys, PERSON)["name"]


def test_removing_a_protection_officer_removes_their_identity_slot(seeded: Seeded) -> None:
    prot2 = seeded.archive.role("prot2")
    with seeded.archive.open(seeded.admin) as admin:
        admin.add_member(prot2, "protection", PG_PASSWORD, PASSPHRASE, KdfParams.floor())
    with seeded.archive.open(seeded.prot) as prot:
        prot.grant_identity_key(prot2, PASSPHRASE, KdfParams.floor())
    with seeded.archive.open(seeded.admin) as admin:
        admin.remove_member(prot2)
    with psycopg.connect(seeded.archive.dba_url, autocommit=True) as dba:
        slots = dba.execute("SELECT role_name FROM identity_slots ORDER BY 1").fetchall()
        keyslots = dba.execute("SELECT 1 FROM keyslots WHERE role_name = %s", (prot2,)).fetchall()
    assert slots == [(seeded.prot,)]
    assert keyslots == []


def test_a_protection_officer_deletes_no_identity_slot_but_their_own(
    seeded: Seeded, raw: Any
) -> None:
    prot2 = seeded.archive.role("prot2")
    with seeded.archive.open(seeded.admin) as admin:
        admin.add_member(prot2, "protection", PG_PASSWORD, PASSPHRASE, KdfParams.floor())
    with seeded.archive.open(seeded.prot) as prot:
        prot.grant_identity_key(prot2, PASSPHRASE, KdfParams.floor())
    deleted = raw(prot2).execute("DELETE FROM identity_slots RETURNING role_name").fetchall()
    assert deleted == [(prot2,)]
    with psycopg.connect(seeded.archive.dba_url, autocommit=True) as dba:
        assert dba.execute("SELECT role_name FROM identity_slots").fetchall() == [(seeded.prot,)]


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT read_record('testimonies', 'test-0001')",
        "SELECT * FROM read_media('media-0001', 'x')",
        "SELECT read_identity('person-0001')",
        "SELECT body_ct FROM records",
        "SELECT file_key_ct FROM media_files",
    ],
)
def test_an_admin_reads_no_whole_record_media_key_or_identity(
    shared: Seeded, raw_shared: Any, statement: str
) -> None:
    assert refused(raw_shared(shared.admin), statement)


def test_an_analyst_cannot_raise_their_own_duty(seeded: Seeded, raw: Any) -> None:
    conn = raw(seeded.analyst)
    db = seeded.archive.database
    slot = conn.execute("SELECT slot FROM keyslots").fetchone()[0]
    assert refused(
        conn,
        "INSERT INTO keyslots(role_name, duty, slot) VALUES (%s, 'admin', %s)",
        (seeded.analyst + "x", slot),
    )
    assert refused(conn, "UPDATE keyslots SET duty = 'protection'")
    for group in (f"{db}_admin", f"{db}_protection"):
        assert refused(conn, f"GRANT {group} TO {seeded.analyst}")
        assert refused(conn, f"SET ROLE {group}")
    assert refused(conn, "CREATE TABLE mine (x int)")
    assert refused(conn, "CREATE FUNCTION mine() RETURNS int LANGUAGE sql AS 'SELECT 1'")


def test_an_admin_enrols_members_only_through_the_archives_functions(
    seeded: Seeded, raw: Any
) -> None:
    db = seeded.archive.database
    conn = raw(seeded.admin)
    assert conn.execute(
        "SELECT rolcreaterole FROM pg_roles WHERE rolname = session_user"
    ).fetchone() == (False,)
    # No duty of their own choosing, no other member's password, no role of their own making.
    for group in (f"{db}_protection", f"{db}_analyst"):
        assert refused(conn, f"GRANT {group} TO {seeded.admin}")
    assert refused(conn, f"ALTER ROLE {seeded.analyst} PASSWORD 'taken over'")
    assert refused(conn, f"ALTER ROLE {seeded.prot} NOLOGIN")
    assert refused(conn, "CREATE ROLE someone LOGIN")
    slot = b"{}"
    # enrol_member takes no clear password and no existing role (another archive's, the DBA's).
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="SCRAM verifier"):
        conn.execute(
            "SELECT enrol_member(%s, 'analyst', 'plain password', %s)", (f"{db}_new", slot)
        )
    with pytest.raises(psycopg.errors.DuplicateObject):
        conn.execute("SELECT enrol_member('humdoc_dba', 'admin', 'SCRAM-SHA-256$x', %s)", (slot,))
    # dismiss_member reaches members of this archive only.
    with pytest.raises(psycopg.errors.NoDataFound):
        conn.execute("SELECT dismiss_member('humdoc_dba')")
    for role in (seeded.analyst, seeded.intake, seeded.prot):
        assert refused(raw(role), "SELECT dismiss_member(%s)", (seeded.admin,))
        assert refused(
            raw(role),
            "SELECT enrol_member(%s, 'admin', 'SCRAM-SHA-256$x', %s)",
            (f"{db}_new", slot),
        )
