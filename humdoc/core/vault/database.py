"""The SQLCipher connection: raw key, hardening pragmas, transactions, integrity check.

The database key is derived from the master key with HKDF under its own label and handed to
SQLCipher as a raw key (``PRAGMA key = "x'…'"``); a bytes key to ``set_key`` would be run
through PBKDF2 again, which only costs time.

Threads: one connection per unlocked vault, shared by every thread, and one re-entrant lock
(``Database.lock``) that serialises it. Each statement (with the fetching of its rows) holds the
lock, and a transaction holds it from ``BEGIN`` to ``COMMIT`` or ``ROLLBACK``, so another thread's
statements can neither slip into a transaction nor see it half done; they wait for it instead.
Nothing else is needed from callers: any thread may use the ``Session``.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from humdoc.core.errors import DiskFull, SessionClosed, VaultCorrupt

DB_KEY_LABEL = b"humdoc vault.db key v1"
#: Prepared statements the connection keeps. Once sqlcipher3's cache is full (its default of 100
#: fills with the schema migrations and a session's first statements), a statement new to it takes
#: the last place and the next new one evicts it: statements run in turn after that are compiled
#: again on every run, and with ``cipher_memory_security`` each of the compiler's allocations is
#: an ``mlock`` and each release a ``munlock`` (a receipt of 1,000 photos made 700,000 of each).
#: Room for every statement humdoc has (a few hundred), with margin.
STATEMENT_CACHE = 1024
Row = sqlite3.Row


def derive_subkey(master: bytes | bytearray, label: bytes) -> bytearray:
    """HKDF-SHA256(master, info=label) → 32 bytes, in a bytearray the caller wipes."""
    return bytearray(HKDF(hashes.SHA256(), 32, salt=None, info=label).derive(bytes(master)))


def _translate(exc: Exception) -> Exception:
    text = str(exc).lower()
    if "full" in text:
        return DiskFull("The disk is full; the last change was not saved.")
    if "not a database" in text or "malformed" in text or "corrupt" in text or "hmac" in text:
        return VaultCorrupt("The vault database is damaged or was altered; it cannot be trusted.")
    return exc


class Database:
    """One open, keyed SQLCipher connection, safe to share between threads (see the module
    docstring: every statement and every whole transaction hold ``lock``)."""

    def __init__(self, path: Path, key: bytes | bytearray) -> None:
        self.path = path
        #: Held by each statement and by each transaction from start to end (re-entrant, so a
        #: transaction's own statements and nested transactions take it again).
        self.lock = threading.RLock()
        try:
            self.conn = sqlcipher3.connect(
                str(path),
                isolation_level=None,
                check_same_thread=False,
                cached_statements=STATEMENT_CACHE,
            )
        except sqlcipher3.Error as exc:
            raise _translate(exc) from exc
        self.conn.row_factory = sqlcipher3.Row
        with contextlib.suppress(OSError):
            path.chmod(0o600)
        # cipher_memory_security and cipher_log_level go before the key; both are process-wide.
        self.conn.execute("PRAGMA cipher_memory_security = ON")
        self.conn.execute("PRAGMA cipher_log_level = NONE")
        self.conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        try:
            self.conn.execute("PRAGMA cipher_compatibility = 4")
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = FULL")
            self.conn.execute("PRAGMA secure_delete = ON")
            self.conn.execute("PRAGMA temp_store = MEMORY")
            self.conn.execute("PRAGMA foreign_keys = ON")
        except sqlcipher3.Error as exc:
            self.conn.close()
            raise VaultCorrupt(
                "The vault database cannot be opened: it is damaged or does not belong to this vault."
            ) from exc
        self._depth = 0

    conn: Any

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        """Run one statement; SQLCipher failures become ``VaultCorrupt`` or ``DiskFull``,
        use after ``close`` ``SessionClosed``. Read rows through ``one`` or ``all``, which
        fetch them under the lock."""
        with self.lock:
            if self.conn is None:
                raise SessionClosed("The vault was locked; unlock it and try again.")
            try:
                return self.conn.execute(sql, params)
            except sqlcipher3.DatabaseError as exc:
                raise _translate(exc) from exc

    def executemany(
        self, sql: str, rows: Sequence[Sequence[Any]] | Sequence[dict[str, Any]]
    ) -> None:
        """Run one statement once per row of parameters (nothing if there are none), with the
        failures ``execute`` translates."""
        if not rows:
            return
        with self.lock:
            if self.conn is None:
                raise SessionClosed("The vault was locked; unlock it and try again.")
            try:
                self.conn.executemany(sql, rows)
            except sqlcipher3.DatabaseError as exc:
                raise _translate(exc) from exc

    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        """The first row of a query, or None."""
        with self.lock:
            return self.execute(sql, params).fetchone()

    def all(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        """Every row of a query."""
        with self.lock:
            return list(self.execute(sql, params).fetchall())

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """A write transaction (nestable: inner blocks join the outer one). Rolls back on error.

        The calling thread holds ``lock`` throughout: other threads wait until it ends.
        """
        with self.lock, self._transaction() as db:
            yield db

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Database]:
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            with contextlib.suppress(sqlcipher3.Error):
                self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except sqlcipher3.Error as exc:
            with contextlib.suppress(sqlcipher3.Error):
                self.conn.execute("ROLLBACK")
            raise _translate(exc) from exc

    def checkpoint(self) -> None:
        """Move the WAL into the main file and truncate it to zero bytes."""
        self.all("PRAGMA wal_checkpoint(TRUNCATE)")

    def integrity_problems(self) -> list[str]:
        """Checkpoint, then run SQLCipher's page HMAC check and SQLite's integrity check.

        Returns a list of problems; empty if and only if every page authenticates and the
        b-trees are sound.
        """
        problems: list[str] = []
        with self.lock:
            return self._integrity_problems(problems)

    def _integrity_problems(self, problems: list[str]) -> list[str]:
        try:
            self.checkpoint()
            problems += [str(r[0]) for r in self.conn.execute("PRAGMA cipher_integrity_check")]
            rows = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check")]
            problems += [r for r in rows if r != "ok"]
        except sqlcipher3.DatabaseError as exc:
            problems.append(str(exc))
        return problems

    def close(self) -> None:
        """Checkpoint and truncate the WAL, then close. Safe to call twice, from any thread:
        it waits for the statement or transaction running; later use raises ``SessionClosed``."""
        with self.lock:
            if self.conn is None:
                return
            with contextlib.suppress(sqlcipher3.Error):
                self.checkpoint()
            self.conn.close()
            self.conn = None
