"""The SQLCipher connection: raw key, hardening pragmas, transactions, integrity check.

The database key is derived from the master key with HKDF under its own label and handed to
SQLCipher as a raw key (``PRAGMA key = "x'…'"``); a bytes key to ``set_key`` would be run
through PBKDF2 again, which only costs time.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from humdoc.core.errors import DiskFull, VaultCorrupt

DB_KEY_LABEL = b"humdoc vault.db key v1"
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
    """One open, keyed SQLCipher connection. Not thread-safe: one per thread."""

    def __init__(self, path: Path, key: bytes | bytearray) -> None:
        self.path = path
        try:
            self.conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
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
        """Run one statement; SQLCipher failures become ``VaultCorrupt`` or ``DiskFull``."""
        try:
            return self.conn.execute(sql, params)
        except sqlcipher3.DatabaseError as exc:
            raise _translate(exc) from exc

    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        """The first row of a query, or None."""
        return self.execute(sql, params).fetchone()

    def all(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        """Every row of a query."""
        return list(self.execute(sql, params).fetchall())

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """A write transaction (nestable: inner blocks join the outer one). Rolls back on error."""
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
        self.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def integrity_problems(self) -> list[str]:
        """Checkpoint, then run SQLCipher's page HMAC check and SQLite's integrity check.

        Returns a list of problems; empty if and only if every page authenticates and the
        b-trees are sound.
        """
        problems: list[str] = []
        try:
            self.checkpoint()
            problems += [str(r[0]) for r in self.conn.execute("PRAGMA cipher_integrity_check")]
            rows = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check")]
            problems += [r for r in rows if r != "ok"]
        except sqlcipher3.DatabaseError as exc:
            problems.append(str(exc))
        return problems

    def close(self) -> None:
        """Checkpoint and truncate the WAL, then close. Safe to call twice."""
        if self.conn is None:
            return
        with contextlib.suppress(sqlcipher3.Error):
            self.checkpoint()
        self.conn.close()
        self.conn = None
