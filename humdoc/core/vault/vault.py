"""Creating, unlocking and locking a vault folder.

```
<vault>/vault.json   keyslots (see keyslots.py); nothing else in the clear
<vault>/vault.db     SQLCipher 4 database
<vault>/blobs/xx/id  encrypted attachments
```
"""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from humdoc.core import safefs
from humdoc.core.errors import (
    InvalidInput,
    RoleMismatch,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
)
from humdoc.core.vault import keyslots
from humdoc.core.vault.database import DB_KEY_LABEL, Database, derive_subkey
from humdoc.core.vault.schema import migrate

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows has no fcntl; one process per vault by convention
    fcntl = None  # type: ignore[assignment]

ROLES = ("field", "centre")


def default_vault_path() -> Path:
    """The platform's per-user data folder for humdoc's vault."""
    return platformdirs.user_data_path("humdoc", appauthor=False) / "vault"


def resolve_vault_path(explicit: str | os.PathLike[str] | None) -> Path:
    """``--vault PATH``, else ``HUMDOC_VAULT``, else the platform default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("HUMDOC_VAULT")
    if env:
        return Path(env).expanduser()
    return default_vault_path()


@dataclass(frozen=True)
class VaultPaths:
    """Where each part of a vault lives."""

    root: Path

    @property
    def keyfile(self) -> Path:
        return self.root / "vault.json"

    @property
    def db(self) -> Path:
        return self.root / "vault.db"

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"


class Vault:
    """An unlocked vault: the master key in memory and an open database.

    ``lock()`` checkpoints and truncates the WAL, closes the database and overwrites the key.
    """

    def __init__(self, paths: VaultPaths, master: bytearray, lock_fd: int | None) -> None:
        self.paths = paths
        self._master = master
        self._lock_fd = lock_fd
        db_key = derive_subkey(master, DB_KEY_LABEL)
        try:
            self.db = Database(paths.db, db_key)
        except BaseException:
            self._release()
            raise
        finally:
            keyslots.wipe(db_key)

    # --- life cycle ----------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        root: Path,
        passphrase: bytes,
        role: str = "field",
        params: keyslots.KdfParams | None = None,
    ) -> Vault:
        """Create a new vault at ``root`` (which must be absent or an empty folder)."""
        if role not in ROLES:
            raise InvalidInput(f"Unknown role {role!r}; choose field or centre.")
        if not passphrase:
            raise InvalidInput("The passphrase must not be empty.")
        paths = VaultPaths(root)
        if paths.keyfile.exists():
            raise VaultExists(f"A vault already exists at {root}.")
        if root.exists() and (not root.is_dir() or any(root.iterdir())):
            raise VaultExists(f"{root} is not an empty folder; choose another place for the vault.")
        safefs.make_private_dir(root)
        safefs.make_private_dir(paths.blobs)
        params = params or keyslots.calibrate()
        master = bytearray(secrets.token_bytes(keyslots.KEY_LEN))
        keyfile = keyslots.new_keyfile(master, passphrase, params)
        vault = cls(paths, master, None)
        try:
            migrate(vault.db)
            with vault.db.transaction() as db:
                db.execute("INSERT INTO meta(key, value) VALUES ('role', ?)", (role,))
                db.execute(
                    "INSERT INTO meta(key, value) VALUES ('vault_id', ?)", (secrets.token_hex(16),)
                )
            vault.db.checkpoint()
            # vault.json last: until it exists there is no vault, so a crash leaves nothing to open.
            safefs.atomic_write(paths.keyfile, keyfile.to_bytes())
            vault._lock_fd = _acquire_lock(paths.keyfile)
        except BaseException:
            vault.lock()
            raise
        return vault

    @classmethod
    def unlock(cls, root: Path, passphrase: bytes) -> Vault:
        """Open the vault at ``root``. ``WrongPassphrase`` if no keyslot opens."""
        paths = VaultPaths(root)
        keyfile = _read_keyfile(paths)
        if not paths.db.is_file():
            raise VaultCorrupt(f"The vault at {root} has no database (vault.db is missing).")
        lock_fd = _acquire_lock(paths.keyfile)
        try:
            _index, _kind, master = keyfile.unlock(passphrase)
        except BaseException:
            _release_lock(lock_fd)
            raise
        vault = cls(paths, master, lock_fd)
        try:
            migrate(vault.db)
            safefs.clean_temp_files(paths.root)
        except BaseException:
            vault.lock()
            raise
        return vault

    def lock(self) -> None:
        """Checkpoint, close the database, wipe the master key. Safe to call twice."""
        db = getattr(self, "db", None)
        if db is not None:
            db.close()
        self._release()

    def _release(self) -> None:
        keyslots.wipe(self._master)
        if self._lock_fd is not None:
            _release_lock(self._lock_fd)
            self._lock_fd = None

    @property
    def is_locked(self) -> bool:
        return self.db.conn is None

    # --- keys ----------------------------------------------------------------------------

    def subkey(self, label: bytes) -> bytearray:
        """A key derived from the master key for one purpose; the caller wipes it."""
        if self.is_locked:
            raise VaultLocked("The vault is locked.")
        return derive_subkey(self._master, label)

    def change_passphrase(
        self, old: bytes, new: bytes, params: keyslots.KdfParams | None = None
    ) -> None:
        """Rewrap the master key under ``new``; nothing else is rewritten."""
        if not new:
            raise InvalidInput("The new passphrase must not be empty.")
        keyfile = _read_keyfile(self.paths)
        index, kind, key = keyfile.unlock(old)
        try:
            if kind != keyslots.SLOT_MASTER or key != self._master:
                raise VaultCorrupt("That passphrase does not open this vault's master key.")
            keyfile.slots[index] = keyslots.seal_slot(
                keyslots.SLOT_MASTER, key, new, params or keyslots.calibrate()
            )
        finally:
            keyslots.wipe(key)
        safefs.atomic_write(self.paths.keyfile, keyfile.to_bytes())

    # --- meta ----------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.db.one("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def role(self) -> str:
        return self.meta("role") or "field"

    def require_role(self, role: str, action: str) -> None:
        """Raise ``RoleMismatch`` unless this vault has ``role``."""
        if self.role != role:
            where = "a documentation centre" if role == "centre" else "a field device"
            raise RoleMismatch(
                f"{action} is done on {where}'s vault; this vault is a {self.role} vault."
            )


def _read_keyfile(paths: VaultPaths) -> keyslots.KeyFile:
    if not paths.keyfile.exists():
        if paths.root.exists() and paths.db.exists():
            raise VaultCorrupt(
                f"The vault at {paths.root} is missing vault.json; it cannot be opened."
            )
        raise VaultNotFound(f"No vault at {paths.root}; create one with 'humdoc init'.")
    try:
        data = paths.keyfile.read_bytes()
    except OSError as exc:
        raise VaultCorrupt(f"vault.json cannot be read ({exc.strerror}).") from exc
    return keyslots.KeyFile.from_bytes(data)


def _acquire_lock(keyfile: Path) -> int | None:
    if fcntl is None:
        return None
    fd = os.open(keyfile, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise VaultLocked(
            "The vault is open in another humdoc window or command; close it first."
        ) from None
    return fd


def _release_lock(fd: int | None) -> None:
    if fd is None:
        return
    with contextlib.suppress(OSError):
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
