"""The identity compartment: witnesses' real identities, under a key of their own.

A random 32-byte identity key is wrapped in a keyslot (the vault's own Argon2id +
ChaCha20-Poly1305 construction, kind ``SLOT_IDENTITY``) under a passphrase separate from the
vault's, and stored in the ``identity_compartment`` row. Each identity (name, contact, notes) is
sealed with ChaCha20-Poly1305 under that key, with the person's id in the associated data so a
record cannot be moved to another person. All of it sits inside the SQLCipher database, so on disk
it is encrypted twice; with only the vault passphrase one learns which persons have an identity
recorded, never what it is. Identities are never indexed for search.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from humdoc.core.domain.common import now_iso
from humdoc.core.errors import (
    AlreadyExists,
    EmptyField,
    EmptyPassphrase,
    FieldTooLong,
    HumdocError,
    InvalidInput,
    NoIdentityCompartment,
    SamePassphrase,
    UnknownPerson,
    VaultCorrupt,
    VaultLocked,
    WrongPassphrase,
)
from humdoc.core.passphrases import require_strong
from humdoc.core.vault import keyslots, slotfile
from humdoc.core.vault.database import Database
from humdoc.core.vault.kdf import refuse_unaffordable

#: What a keyslot's plaintext says it unlocks (see keyslots.SLOT_MASTER, SLOT_DURESS).
SLOT_IDENTITY = 0x03
RECORD_AD = b"humdoc identity v1\0"
NONCE_LEN = 12

MAX_NAME = 500
MAX_CONTACT = 2_000
MAX_NOTES = 20_000

#: Tells whether a passphrase also unlocks the vault (such a compartment would protect nothing).
OpensVault = Callable[[bytes], bool]


@dataclass(frozen=True)
class IdentityRecord:
    """A person's real identity. ``name`` is required; ``contact`` and ``notes`` may be empty."""

    name: str
    contact: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        for value, what, cap in (
            (self.name, "name", MAX_NAME),
            (self.contact, "contact", MAX_CONTACT),
            (self.notes, "notes", MAX_NOTES),
        ):
            if not isinstance(value, str):
                raise InvalidInput(f"The identity's {what} must be text.")
            if len(value) > cap:
                raise FieldTooLong(f"identity's {what}", cap)
        if not self.name.strip():
            raise EmptyField("identity's name")

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "contact": self.contact, "notes": self.notes}

    @classmethod
    def from_json(cls, obj: Any) -> IdentityRecord:
        """Build from ``{"name", "contact", "notes"}``; ``InvalidInput`` if malformed."""
        if not isinstance(obj, dict) or set(obj) - {"name", "contact", "notes"}:
            raise InvalidInput("An identity has exactly the fields name, contact and notes.")
        return cls(obj.get("name", ""), obj.get("contact", ""), obj.get("notes", ""))


def vault_passphrase_check(keyfile: Path) -> OpensVault:
    """A check that a candidate compartment passphrase does not also open the vault's keyslots.

    It costs one Argon2id run per keyslot, paid only when a compartment passphrase is set.
    """

    def opens(passphrase: bytes) -> bool:
        try:
            _index, _kind, key = slotfile.load(keyfile).keyfile.unlock(passphrase)
        except WrongPassphrase:
            return False
        except (OSError, HumdocError):
            return False  # an unreadable vault.json is not this check's business
        keyslots.wipe(key)
        return True

    return opens


def _aad(person_id: str) -> bytes:
    return RECORD_AD + person_id.encode("utf-8")


class OpenCompartment:
    """The unlocked compartment. A context manager: the key is overwritten on exit or ``close``."""

    def __init__(self, db: Database, key: bytearray) -> None:
        self.db = db
        self._key = key

    def _aead(self) -> ChaCha20Poly1305:
        if not any(self._key):
            raise VaultLocked("The identity compartment is locked.")
        return ChaCha20Poly1305(bytes(self._key))

    def set(self, person_id: str, record: IdentityRecord) -> None:
        """Store (or replace) the identity of ``person_id``. ``NotFound`` if no such person."""
        if self.db.one("SELECT 1 FROM persons WHERE id = ?", (person_id,)) is None:
            raise UnknownPerson(person_id)
        nonce = secrets.token_bytes(NONCE_LEN)
        plain = json.dumps(record.to_json(), ensure_ascii=False, sort_keys=True).encode()
        sealed = self._aead().encrypt(nonce, plain, _aad(person_id))
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO identities(person_id, nonce, ciphertext, updated) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(person_id) DO UPDATE SET nonce = excluded.nonce, "
                "ciphertext = excluded.ciphertext, updated = excluded.updated",
                (person_id, nonce, sealed, now_iso()),
            )

    def get(self, person_id: str) -> IdentityRecord | None:
        """The identity of ``person_id``, or None. ``VaultCorrupt`` if the record was altered."""
        row = self.db.one(
            "SELECT nonce, ciphertext FROM identities WHERE person_id = ?", (person_id,)
        )
        if row is None:
            return None
        try:
            plain = self._aead().decrypt(bytes(row[0]), bytes(row[1]), _aad(person_id))
            return IdentityRecord.from_json(json.loads(plain.decode("utf-8")))
        except (InvalidTag, ValueError, InvalidInput):
            raise VaultCorrupt(
                "An identity record is damaged or was moved from another person; it cannot be read."
            ) from None

    def delete(self, person_id: str) -> bool:
        """Remove the identity of ``person_id``; True if there was one."""
        self._aead()  # only an unlocked compartment deletes
        with self.db.transaction() as db:
            cur = db.execute("DELETE FROM identities WHERE person_id = ?", (person_id,))
        return bool(cur.rowcount)

    def person_ids(self) -> list[str]:
        return identity_person_ids(self.db)

    def close(self) -> None:
        keyslots.wipe(self._key)

    def __enter__(self) -> OpenCompartment:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def identity_person_ids(db: Database) -> list[str]:
    """Which persons have an identity recorded (readable without the compartment passphrase)."""
    return [str(r[0]) for r in db.all("SELECT person_id FROM identities ORDER BY person_id")]


class IdentityCompartment:
    """Creating, unlocking and re-keying the compartment of one vault."""

    def __init__(self, db: Database, opens_vault: OpensVault | None = None) -> None:
        self.db = db
        self._opens_vault = opens_vault

    def exists(self) -> bool:
        return self.db.one("SELECT 1 FROM identity_compartment WHERE id = 1") is not None

    def person_ids(self) -> list[str]:
        """Persons with an identity recorded; no passphrase needed (the identities stay sealed)."""
        return identity_person_ids(self.db)

    def _check_new(self, passphrase: bytes) -> None:
        if not passphrase:
            raise EmptyPassphrase("identity-compartment passphrase")
        require_strong(passphrase, ("identity", "compartment"))
        if self._opens_vault is not None and self._opens_vault(passphrase):
            raise SamePassphrase(
                "The identity-compartment passphrase must differ from the vault passphrase."
            )

    def create(self, passphrase: bytes, params: keyslots.KdfParams | None = None) -> None:
        """Create the compartment with a new random key under ``passphrase``.

        ``InvalidInput`` if it exists already, or the passphrase is empty or opens the vault.
        """
        if self.exists():
            raise AlreadyExists("This vault already has an identity compartment.")
        self._check_new(passphrase)
        key = bytearray(secrets.token_bytes(keyslots.KEY_LEN))
        try:
            slot = keyslots.seal_slot(
                SLOT_IDENTITY, key, passphrase, params or keyslots.calibrate()
            )
        finally:
            keyslots.wipe(key)
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO identity_compartment(id, slot) VALUES (1, ?)",
                (json.dumps(slot.to_json()),),
            )

    def _slot(self) -> keyslots.Slot:
        row = self.db.one("SELECT slot FROM identity_compartment WHERE id = 1")
        if row is None:
            raise NoIdentityCompartment(
                "This vault has no identity compartment; create one with 'humdoc identity init'."
            )
        try:
            return keyslots.Slot.from_json(json.loads(row[0]))
        except ValueError:
            raise VaultCorrupt("The identity compartment's keyslot is damaged.") from None

    def _unwrap(self, passphrase: bytes) -> bytearray:
        if not passphrase:
            raise EmptyPassphrase("identity-compartment passphrase")
        slot = self._slot()
        refuse_unaffordable(slot.params)
        opened = keyslots.try_slot(slot, passphrase)
        if opened is None:
            raise WrongPassphrase("Wrong identity-compartment passphrase.")
        kind, key = opened
        if kind != SLOT_IDENTITY or len(key) != keyslots.KEY_LEN:
            keyslots.wipe(key)
            raise VaultCorrupt("The identity compartment's keyslot holds the wrong kind of key.")
        return key

    def open(self, passphrase: bytes) -> OpenCompartment:
        """Unlock; ``WrongPassphrase`` if ``passphrase`` does not open it, ``NotFound`` if absent."""
        return OpenCompartment(self.db, self._unwrap(passphrase))

    def change_passphrase(
        self, old: bytes, new: bytes, params: keyslots.KdfParams | None = None
    ) -> None:
        """Rewrap the identity key under ``new``; no identity record is rewritten."""
        key = self._unwrap(old)
        try:
            self._check_new(new)
            slot = keyslots.seal_slot(SLOT_IDENTITY, key, new, params or keyslots.calibrate())
        finally:
            keyslots.wipe(key)
        with self.db.transaction() as db:
            db.execute(
                "UPDATE identity_compartment SET slot = ? WHERE id = 1",
                (json.dumps(slot.to_json()),),
            )
