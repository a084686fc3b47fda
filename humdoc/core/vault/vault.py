"""Creating, unlocking and locking a vault folder.

```
<vault>/vault.json   keyslots (see keyslots.py), overwritten in place (see slotfile.py)
<vault>/vault.db     SQLCipher 4 database
<vault>/blobs/xx/id  encrypted attachments
```
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from humdoc.core import safefs
from humdoc.core.errors import (
    DiskFull,
    EmptyPassphrase,
    HumdocError,
    InvalidInput,
    RoleMismatch,
    SamePassphrase,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from humdoc.core.vault import duress, keyslots, slotfile
from humdoc.core.vault.database import DB_KEY_LABEL, Database, derive_subkey
from humdoc.core.vault.paths import VaultPaths
from humdoc.core.vault.schema import migrate

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows has no fcntl; one process per vault by convention
    fcntl = None  # type: ignore[assignment]

ROLES = ("field", "centre")


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
            raise EmptyPassphrase()
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
            slotfile.create(paths.keyfile, keyfile)
            vault._lock_fd = _acquire_lock(paths.keyfile)
        except BaseException:
            vault.lock()
            raise
        return vault

    @classmethod
    def unlock(cls, root: Path, passphrase: bytes) -> Vault:
        """Open the vault at ``root``. ``WrongPassphrase`` if no keyslot opens.

        A duress passphrase destroys every keyslot (``duress.destroy_keyslots``) and then raises
        the same ``WrongPassphrase``, after as many Argon2id runs as a wrong passphrase costs.
        A version-1 vault.json is migrated to version 2, in place, once the database opens.
        """
        paths = VaultPaths(root)
        loaded = _read_keyfile(paths)
        if not paths.db.is_file():
            raise VaultCorrupt(f"The vault at {root} has no database (vault.db is missing).")
        lock_fd = _acquire_lock(paths.keyfile)
        try:
            index, kind, master = loaded.keyfile.unlock(passphrase)
            if kind != keyslots.SLOT_MASTER:
                keyslots.wipe(master)
                _refuse_slot(paths, kind)
        except BaseException:
            _release_lock(lock_fd)
            raise
        vault = cls(paths, master, lock_fd)
        try:
            migrate(vault.db)
            if loaded.is_legacy:
                vault._migrate_keyfile(loaded.keyfile, index, passphrase)
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
        self,
        old: bytes,
        new: bytes,
        params: keyslots.KdfParams | None = None,
        check_new: Callable[[bytes], None] | None = None,
    ) -> None:
        """Rewrap the master key under ``new``; nothing but vault.json is rewritten.

        Every slot is sealed or filled anew and shuffled (the duress slot, if any, re-sealed
        under its passphrase from the note), so two copies of vault.json tell nothing but that
        it was rewritten. Raises ``InvalidInput`` if ``new`` is empty or is the duress
        passphrase: two slots opening with one passphrase would let slot order decide whether
        the vault opens or is destroyed. ``check_new`` (the strength floor) runs only once
        ``old`` has opened the master slot, so a duress passphrase given as ``old`` destroys the
        keys whatever ``new`` is.
        """
        if not new:
            raise EmptyPassphrase("new passphrase")
        loaded = _read_keyfile(self.paths)
        index, key = self._open_master(loaded.keyfile, old)
        try:
            if check_new is not None:
                check_new(new)
            note = self._note(loaded)
            kept = []
            if note.state == keyslots.NOTE_LEGACY:
                kept = [s for i, s in enumerate(loaded.keyfile.slots) if i != index]
            clash = note.state == keyslots.NOTE_DURESS and secrets.compare_digest(new, note.duress)
            for slot in kept:
                opened = keyslots.try_slot(slot, new)
                if opened is not None:
                    keyslots.wipe(opened[1])
                    clash = True
            if clash:
                raise SamePassphrase(
                    "The new passphrase must differ from the duress passphrase; nothing was changed."
                )
            # Keep the slot's own parameters unless told otherwise: every slot then shares one
            # set, so no slot stands out in vault.json.
            chosen = params or loaded.keyfile.slots[index].params
            updated = keyslots.layout(key, new, chosen, note, kept)
        finally:
            keyslots.wipe(key)
        slotfile.rewrite(self.paths.keyfile, updated)

    def set_duress(self, passphrase: bytes, duress_passphrase: bytes) -> None:
        """Add a duress passphrase (replacing any earlier one), proven by the vault ``passphrase``.

        Every slot is sealed or filled anew with the master slot's Argon2id parameters and
        shuffled: the master slot is re-wrapped under a fresh salt and nonce, the duress slot
        takes a random position. Raises ``InvalidInput`` if the duress passphrase is empty,
        longer than ``keyslots.MAX_DURESS_LEN`` bytes or equals the vault passphrase,
        ``WrongPassphrase`` if ``passphrase`` does not open this vault.
        """
        if not duress_passphrase:
            raise EmptyPassphrase("duress passphrase")
        if len(duress_passphrase) > keyslots.MAX_DURESS_LEN:
            raise InvalidInput(
                f"The duress passphrase is too long (at most {keyslots.MAX_DURESS_LEN} bytes)."
            )
        if secrets.compare_digest(duress_passphrase, passphrase):
            raise SamePassphrase(
                "The duress passphrase must differ from the vault passphrase; nothing was changed."
            )
        self._relayout(passphrase, keyslots.Note(keyslots.NOTE_DURESS, duress_passphrase))

    def clear_duress(self, passphrase: bytes) -> None:
        """Remove any duress passphrase: the master slot re-wrapped among fresh filler."""
        self._relayout(passphrase, keyslots.Note(keyslots.NOTE_NONE))

    def _relayout(self, passphrase: bytes, note: keyslots.Note) -> None:
        loaded = _read_keyfile(self.paths)
        index, key = self._open_master(loaded.keyfile, passphrase)
        try:
            params = loaded.keyfile.slots[index].params
            updated = keyslots.layout(key, passphrase, params, note)
        finally:
            keyslots.wipe(key)
        slotfile.rewrite(self.paths.keyfile, updated)

    def _note(self, loaded: slotfile.Loaded) -> keyslots.Note:
        if loaded.is_legacy:
            return keyslots.Note(keyslots.NOTE_LEGACY)
        return keyslots.open_note(loaded.keyfile.note, self._master)

    def _migrate_keyfile(self, keyfile: keyslots.KeyFile, index: int, passphrase: bytes) -> None:
        """Rewrite a version-1 vault.json as version 2, in place; other slots kept as they are.

        A disk that refuses the write (read-only, full) leaves the vault openable as it was;
        the migration is tried again at the next unlock.
        """
        kept = [s for i, s in enumerate(keyfile.slots) if i != index]
        params = keyfile.slots[index].params
        note = keyslots.Note(keyslots.NOTE_LEGACY)
        updated = keyslots.layout(self._master, passphrase, params, note, kept)
        with contextlib.suppress(OSError, DiskFull):
            slotfile.rewrite(self.paths.keyfile, updated)

    def _open_master(self, keyfile: keyslots.KeyFile, passphrase: bytes) -> tuple[int, bytearray]:
        """Return (index, key) of the master slot ``passphrase`` opens; the caller wipes the key.

        A duress passphrase destroys the keys here too, and raises ``WrongPassphrase``.
        """
        index, kind, key = keyfile.unlock(passphrase)
        if kind != keyslots.SLOT_MASTER:
            keyslots.wipe(key)
            _refuse_slot(self.paths, kind)
        if key != self._master:
            keyslots.wipe(key)
            raise VaultCorrupt("That passphrase does not open this vault's master key.")
        return index, key

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


def _refuse_slot(paths: VaultPaths, kind: int) -> None:
    """A non-master slot opened: a duress slot destroys the keys; always ``WrongPassphrase``.

    Even a failed destruction says nothing different: whoever typed the passphrase may be
    watched by the person who forced them to.
    """
    if kind == keyslots.SLOT_DURESS:
        with contextlib.suppress(OSError, HumdocError):
            duress.destroy_keyslots(paths.keyfile)
    raise WrongPassphrase()


def _read_keyfile(paths: VaultPaths) -> slotfile.Loaded:
    if not paths.keyfile.exists():
        if paths.root.exists() and paths.db.exists():
            raise VaultCorrupt(
                f"The vault at {paths.root} is missing vault.json; it cannot be opened."
            )
        raise VaultNotFound(f"No vault at {paths.root}; create one with 'humdoc init'.")
    return slotfile.load(paths.keyfile)


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
