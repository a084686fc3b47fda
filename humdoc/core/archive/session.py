"""Opening a shared archive: connect as one's own PostgreSQL role, unlock one's keyslot.

``create_archive`` is run once, by the database administrator's role (which owns the tables):
it applies the schema, makes the archive key and the identity key pair, the centre's age
identity (bundles are encrypted to it), and enrols the first ``admin`` and the first
``protection`` officer, each as a PostgreSQL login role with a humdoc keyslot.

``ArchiveSession.open`` connects with a ``postgresql://`` address (libpq's own ways to give a
password apply: in the address, ``PGPASSWORD``, ``~/.pgpass``, client certificates; addresses
to another host must use TLS, ``sslmode=verify-full``), finds which duty the role has by its
group-role membership, and unlocks its keyslot with the member's humdoc passphrase.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from humdoc.core.archive import keys as K
from humdoc.core.archive import schema
from humdoc.core.errors import (
    AlreadyExists,
    HumdocError,
    InvalidInput,
    NotFound,
    UnsupportedVersion,
    VaultError,
    WrongPassphrase,
)
from humdoc.core.vault.kdf import KdfParams

_ROLE = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


class ArchiveUnavailable(VaultError):
    """The archive's server cannot be reached, or refused the connection."""


class NotPermitted(HumdocError):
    """The database refused: this role's duty does not allow it."""


def _pg() -> Any:
    import psycopg

    return psycopg


def check_role(name: str) -> str:
    if not _ROLE.fullmatch(name):
        raise InvalidInput(
            "A member's role name must be lower-case letters, digits and underscores, "
            "starting with a letter."
        )
    return name


def database_of(url: str) -> str:
    """The database name an address names (the archive's, which names its roles)."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/") or parse_qs(parts.query).get("dbname", [""])[0]
    return schema.role_prefix(name)


def require_tls(url: str) -> None:
    """Refuse an address to another host without verified TLS (``sslmode=verify-full``)."""
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    host = (query.get("host", [""])[0] or parts.hostname or "").strip()
    local = host == "" or host.startswith("/") or host in {"localhost", "127.0.0.1", "::1"}
    if not local and query.get("sslmode", [""])[0] not in {"verify-full", "verify-ca"}:
        raise InvalidInput(
            "An archive on another machine must be reached over verified TLS: add "
            "'sslmode=verify-full' (and 'sslrootcert=...') to its address."
        )


def connect(url: str, autocommit: bool = True) -> Any:
    """A psycopg connection; ``ArchiveUnavailable`` (one line) if the server refuses."""
    require_tls(url)
    pg = _pg()
    try:
        return pg.connect(url, autocommit=autocommit, application_name="humdoc")
    except pg.OperationalError as exc:
        first = str(exc).strip().splitlines()[-1] if str(exc).strip() else "no answer"
        raise ArchiveUnavailable(f"The archive cannot be reached: {first}") from None


def translate(exc: Exception) -> Exception:
    """A database refusal as a humdoc error."""
    pg = _pg()
    if isinstance(exc, pg.errors.InsufficientPrivilege):
        return NotPermitted(
            "The archive refused: your role's duty does not allow this "
            f"({str(exc).splitlines()[0]})."
        )
    if isinstance(exc, pg.OperationalError):
        return ArchiveUnavailable(f"The archive connection failed: {str(exc).splitlines()[0]}")
    return exc


@contextlib.contextmanager
def refusals() -> Any:
    """Turn database refusals raised inside the block into humdoc errors."""
    pg = _pg()
    try:
        yield
    except pg.Error as exc:
        raise translate(exc) from None


def scram_verifier(conn: Any, role: str, pg_password: str) -> str:
    """The SCRAM verifier of ``pg_password``, made here: the server gets it, never the password
    (a statement's text may be logged, or seen in ``pg_stat_activity``, by whoever runs it)."""
    verifier: bytes = conn.pgconn.encrypt_password(
        pg_password.encode("utf-8"), role.encode(), b"scram-sha-256"
    )
    return verifier.decode()


def _create_login(conn: Any, database: str, role: str, duty: str, pg_password: str) -> None:
    """(the owner, at ``create_archive``) A login role of ``duty``. No role gets CREATEROLE:
    members are enrolled through ``enrol_member``, which runs as the owner."""
    from psycopg import sql

    group = schema.group_role(database, duty)
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
    if exists:
        raise AlreadyExists(f"A database role named {role!r} exists already.")
    conn.execute(
        sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(role),
            sql.Literal(scram_verifier(conn, role, pg_password)),
            sql.Identifier(group),
        )
    )


@dataclass
class Member:
    role: str
    duty: str
    created: str


def create_archive(
    dba_url: str,
    admin: tuple[str, str, bytes],
    protection: tuple[str, str, bytes],
    params: KdfParams | None = None,
) -> None:
    """Make the archive in the empty database ``dba_url`` names.

    ``admin`` and ``protection`` are each ``(role, PostgreSQL password, humdoc passphrase)``.
    """
    import pyrage

    from humdoc.core.bundle.minisign import SigningKey

    database = database_of(dba_url)
    for role, _, _ in (admin, protection):
        check_role(role)
    conn = connect(dba_url)
    try:
        if schema.version(conn):
            raise AlreadyExists("This database holds an archive already.")
        schema.migrate(conn, database)
        archive = K.ArchiveKeys.new()
        private, public = K.new_identity_pair()
        age_identity = str(pyrage.x25519.Identity.generate()).encode()
        signing = SigningKey.generate()
        signing_secret = bytes(signing.to_bytes())
        signing.wipe()
        with conn.transaction():
            _create_login(conn, database, admin[0], "admin", admin[1])
            _create_login(conn, database, protection[0], "protection", protection[1])
            for name, value in (
                ("identity-public", public),
                ("age-identity", age_identity),
                ("signing-key", signing_secret),
            ):
                conn.execute(
                    "INSERT INTO archive_secrets(name, sealed) VALUES (%s, %s)",
                    (name, archive.seal_secret(name, value)),
                )
            for role, _, passphrase in (admin, protection):
                duty = "admin" if role == admin[0] else "protection"
                conn.execute(
                    "INSERT INTO keyslots(role_name, duty, slot) VALUES (%s, %s, %s)",
                    (
                        role,
                        duty,
                        K.wrap(archive.archive_key, passphrase, role, duty, params=params),
                    ),
                )
            conn.execute(
                "INSERT INTO identity_slots(role_name, slot) VALUES (%s, %s)",
                (
                    protection[0],
                    K.wrap(private, protection[2], protection[0], "protection", "identity-key",
                           params=params),
                ),
            )  # fmt: skip
        archive.close()
    finally:
        conn.close()


class ArchiveSession:
    """An unlocked connection to the archive, as one member."""

    def __init__(self, conn: Any, database: str, role: str, duty: str, keys: K.ArchiveKeys,
                 identity_slot_unopened: bool = False, url: str = ""):  # fmt: skip
        self.conn = conn
        #: The address the session was opened with (``reconnect`` connects to it again).
        self.url = url
        self.database = database
        self.role = role
        self.duty = duty
        self.keys = keys
        #: A protection officer's identity slot is there but was wrapped under another
        #: passphrase than the one that opened their keyslot (mistyped at the grant): they open
        #: the archive, without the identity key, until it is granted again.
        self.identity_slot_unopened = identity_slot_unopened

    @classmethod
    def open(cls, url: str, passphrase: bytes) -> ArchiveSession:
        database = database_of(url)
        conn = connect(url)
        try:
            if schema.version(conn) != schema.CURRENT:
                raise UnsupportedVersion(
                    f"This archive has schema {schema.version(conn)}; this humdoc reads "
                    f"{schema.CURRENT}. Ask the administrator to migrate it."
                )
            role = conn.execute("SELECT session_user").fetchone()[0]
            row = conn.execute(
                "SELECT duty, slot FROM keyslots WHERE role_name = %s", (role,)
            ).fetchone()
            if row is None:
                raise NotFound(f"The role {role!r} has no keyslot in this archive.")
            duty, slot = row
            if not conn.execute(
                "SELECT pg_has_role(session_user, %s, 'member')",
                (schema.group_role(database, duty),),
            ).fetchone()[0]:
                raise NotPermitted(f"The role {role!r} is no longer a member of this archive.")
            archive_key = K.unwrap(slot, passphrase, role, duty)
            identity_private = None
            unopened = False
            if duty == "protection":
                ident = conn.execute(
                    "SELECT slot FROM identity_slots WHERE role_name = %s", (role,)
                ).fetchone()
                if ident is not None:
                    try:
                        identity_private = K.unwrap(
                            ident[0], passphrase, role, duty, "identity-key"
                        )
                    except WrongPassphrase:
                        unopened = True
            keys = K.ArchiveKeys(archive_key, identity_private)
            return cls(conn, database, role, duty, keys, unopened, url)
        except BaseException:
            conn.close()
            raise

    def reconnect(self) -> None:
        """Connect again, as the same member with the keys already unlocked, after the
        connection broke (the server restarted, the network failed); the broken connection is
        dropped. Nothing is done if the new connection is not to the same archive and member:
        ``ArchiveUnavailable`` if the server still cannot be reached, ``UnsupportedVersion`` if
        its schema changed, ``NotPermitted`` if the member was removed or given another duty
        meanwhile, ``VaultCorrupt`` if the archive key does not open its secrets (another
        archive at that address)."""
        conn = connect(self.url)
        try:
            with refusals():
                if schema.version(conn) != schema.CURRENT:
                    raise UnsupportedVersion(
                        f"The archive now has schema {schema.version(conn)}; this humdoc reads "
                        f"{schema.CURRENT}."
                    )
                row = conn.execute(
                    "SELECT k.duty, pg_has_role(session_user, %s, 'member') FROM keyslots k "
                    "WHERE k.role_name = session_user",
                    (schema.group_role(self.database, self.duty),),
                ).fetchone()
                if row is None or row[0] != self.duty or not row[1]:
                    raise NotPermitted(
                        f"The role {self.role!r} is no longer a member of this archive "
                        f"({self.duty})."
                    )
                sealed = conn.execute(
                    "SELECT sealed FROM archive_secrets WHERE name = 'age-identity'"
                ).fetchone()
            self.keys.open_secret("age-identity", sealed[0] if sealed else b"")
        except BaseException:
            conn.close()
            raise
        broken, self.conn = self.conn, conn
        with contextlib.suppress(Exception):
            broken.close()

    def close(self) -> None:
        self.keys.close()
        with contextlib.suppress(Exception):
            self.conn.close()

    def __enter__(self) -> ArchiveSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def secret(self, name: str) -> bytes:
        row = self.conn.execute(
            "SELECT sealed FROM archive_secrets WHERE name = %s", (name,)
        ).fetchone()
        if row is None:
            raise NotFound(f"The archive has no {name}.")
        return self.keys.open_secret(name, row[0])

    # --- members (admin) --------------------------------------------------------------------

    def add_member(
        self,
        role: str,
        duty: str,
        pg_password: str,
        passphrase: bytes,
        params: KdfParams | None = None,
    ) -> None:
        """Create ``role`` as a login role of ``duty`` with a keyslot under ``passphrase``.

        A ``protection`` member added here can read identities only once an existing
        protection officer runs ``grant_identity_key`` for them."""
        check_role(role)
        schema.group_role(self.database, duty)
        slot = K.wrap(self.keys.archive_key, passphrase, role, duty, params=params)
        pg = _pg()
        try:
            with refusals():
                self.conn.execute(
                    "SELECT enrol_member(%s, %s, %s, %s)",
                    (role, duty, scram_verifier(self.conn, role, pg_password), slot),
                )
        except pg.errors.DuplicateObject:
            raise AlreadyExists(f"A database role named {role!r} exists already.") from None

    def grant_identity_key(
        self, role: str, passphrase: bytes, params: KdfParams | None = None
    ) -> None:
        """(protection) Wrap the identity key for another protection officer ``role``."""
        if self.keys.identity_private is None:
            raise NotPermitted("Only a protection officer holding the identity key can grant it.")
        slot = K.wrap(self.keys.identity_private, passphrase, role, "protection", "identity-key",
                      params=params)  # fmt: skip
        pg = _pg()
        try:
            with refusals():
                self.conn.execute(
                    "INSERT INTO identity_slots(role_name, slot) VALUES (%s, %s)", (role, slot)
                )
        except pg.errors.UniqueViolation:
            raise AlreadyExists(
                f"{role} holds an identity slot already; if it does not open, they remove it "
                "with 'humdoc archive identity forget' first."
            ) from None
        except pg.errors.ForeignKeyViolation:
            raise NotFound(f"No member named {role!r}.") from None

    def forget_identity_slot(self) -> bool:
        """(protection) Delete one's own identity slot, so that it can be granted again (one
        wrapped under a mistyped passphrase). Row-level security lets nobody delete another's
        this way. Returns whether there was one."""
        with refusals():
            row = self.conn.execute(
                "DELETE FROM identity_slots WHERE role_name = session_user RETURNING 1"
            ).fetchone()
        self.identity_slot_unopened = False
        return row is not None

    def remove_member(self, role: str) -> None:
        """(admin) Delete ``role``'s keyslot (and identity slot) and take away its duty and its
        login, through ``dismiss_member``."""
        check_role(role)
        if role == self.role:
            raise InvalidInput("You cannot remove yourself; another admin must.")
        pg = _pg()
        try:
            with refusals():
                self.conn.execute("SELECT dismiss_member(%s)", (role,))
        except pg.errors.NoDataFound:
            raise NotFound(f"No member named {role!r}.") from None

    def members(self) -> list[Member]:
        with refusals():
            rows = self.conn.execute(
                "SELECT role_name, duty, created FROM keyslots ORDER BY role_name"
            ).fetchall()
        return [Member(r[0], r[1], r[2].isoformat()) for r in rows]

    def access_log(self, limit: int = 1000) -> list[dict[str, Any]]:
        """(admin) The newest entries of the access log."""
        with refusals():
            rows = self.conn.execute(
                "SELECT at, actor, action, kind, ref FROM access_log ORDER BY id DESC LIMIT %s",
                (limit,),
            ).fetchall()
        return [
            {"at": r[0].isoformat(), "actor": r[1], "action": r[2], "kind": r[3], "ref": r[4]}
            for r in rows
        ]
