"""The archive's keys: the archive key, per-role keyslots, sealed fields, the identity key pair.

- **Archive key** (32 random bytes): made once by ``humdoc archive init``. Every unlocked client
  holds it. Subkeys by HKDF: ``fields`` seals every ``*_ct`` column, ``search`` makes the search
  index's keyed tokens, ``secrets`` seals the archive's own secrets (the centre's age identity).
- **Keyslots**: one per PostgreSQL login role, in the ``keyslots`` table. Argon2id(the member's
  humdoc passphrase) → KEK → ChaCha20-Poly1305 over the archive key, with the role's name and
  duty as associated data, so a slot copied onto another role's row does not open. Each role
  reads only its own row (row-level security).
- **Identity key pair** (X25519): witness identities are sealed to its public key, so receivers
  add identities they cannot read. Only ``protection`` slots wrap its private key. The public key
  is kept sealed under the archive key, so a database administrator cannot swap in their own.
- **Sealed fields**: ``nonce ‖ ChaCha20-Poly1305(fields key, value, ad)``, where ``ad`` names the
  table, the column and the row: a ciphertext moved to another row or column does not open.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from humdoc.core.crypto.stream import wipe
from humdoc.core.errors import VaultCorrupt, WrongPassphrase
from humdoc.core.vault.database import derive_subkey
from humdoc.core.vault.kdf import SALT_LEN, KdfParams, calibrate

KEY_LEN = 32
NONCE_LEN = 12
SLOT_FORMAT = "humdoc-archive-slot/1"
AD_PREFIX = b"humdoc-archive/1\x00"


class ArchiveKeys:
    """The unlocked archive key and its subkeys (and, for ``protection``, the identity key)."""

    def __init__(self, archive_key: bytes | bytearray, identity_private: bytes | None = None):
        self._key = bytearray(archive_key)
        self._fields = ChaCha20Poly1305(
            bytes(derive_subkey(self._key, b"humdoc archive fields v1"))
        )
        self.search_key = bytes(derive_subkey(self._key, b"humdoc archive search v1"))
        self._secrets = ChaCha20Poly1305(
            bytes(derive_subkey(self._key, b"humdoc archive secrets v1"))
        )
        self.identity_private = identity_private

    @classmethod
    def new(cls) -> ArchiveKeys:
        return cls(secrets.token_bytes(KEY_LEN))

    @property
    def archive_key(self) -> bytes:
        return bytes(self._key)

    def close(self) -> None:
        wipe(self._key)
        self.identity_private = None

    # --- fields --------------------------------------------------------------------------

    def seal(self, value: bytes, *ad: str) -> bytes:
        """Seal ``value`` for the place named by ``ad`` (table, column, row id ...)."""
        nonce = secrets.token_bytes(NONCE_LEN)
        return nonce + self._fields.encrypt(nonce, value, _ad(ad))

    def open(self, sealed: bytes, *ad: str) -> bytes:
        """Open a sealed field; ``VaultCorrupt`` if it was altered or belongs elsewhere."""
        data = bytes(sealed)
        try:
            return self._fields.decrypt(data[:NONCE_LEN], data[NONCE_LEN:], _ad(ad))
        except (InvalidTag, ValueError):
            raise VaultCorrupt(
                f"An archive field ({'/'.join(ad[:2])}) was altered or moved; it cannot be trusted."
            ) from None

    def seal_json(self, value: Any, *ad: str) -> bytes:
        return self.seal(json.dumps(value, ensure_ascii=False, sort_keys=True).encode(), *ad)

    def open_json(self, sealed: bytes, *ad: str) -> Any:
        return json.loads(self.open(sealed, *ad))

    def seal_secret(self, name: str, value: bytes) -> bytes:
        nonce = secrets.token_bytes(NONCE_LEN)
        return nonce + self._secrets.encrypt(nonce, value, _ad(("secret", name)))

    def open_secret(self, name: str, sealed: bytes) -> bytes:
        data = bytes(sealed)
        try:
            return self._secrets.decrypt(data[:NONCE_LEN], data[NONCE_LEN:], _ad(("secret", name)))
        except (InvalidTag, ValueError):
            raise VaultCorrupt(f"The archive's {name} was altered; it cannot be trusted.") from None


def _ad(parts: tuple[str, ...]) -> bytes:
    return AD_PREFIX + b"\x00".join(p.encode() for p in parts)


# --- keyslots --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoleSlot:
    """What one role's ``keyslots`` row holds, decoded."""

    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def to_bytes(self) -> bytes:
        p = self.params
        return json.dumps(
            {
                "format": SLOT_FORMAT,
                "kdf": [p.memory_kib, p.iterations, p.lanes],
                "salt": self.salt.hex(),
                "nonce": self.nonce.hex(),
                "wrapped": self.wrapped.hex(),
            }
        ).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> RoleSlot:
        try:
            obj = json.loads(bytes(data))
            if obj["format"] != SLOT_FORMAT:
                raise ValueError
            m, t, lanes = (int(x) for x in obj["kdf"])
            slot = cls(
                KdfParams(m, t, lanes),
                bytes.fromhex(obj["salt"]),
                bytes.fromhex(obj["nonce"]),
                bytes.fromhex(obj["wrapped"]),
            )
        except (ValueError, KeyError, TypeError):
            raise VaultCorrupt("This role's keyslot in the archive is damaged.") from None
        slot.params.check()
        return slot


def _slot_ad(role: str, duty: str, what: str, slot: RoleSlot) -> bytes:
    p = slot.params
    head = f"{SLOT_FORMAT}|{what}|{role}|{duty}|{p.memory_kib}|{p.iterations}|{p.lanes}|"
    return head.encode() + slot.salt + slot.nonce


def wrap(
    secret: bytes,
    passphrase: bytes,
    role: str,
    duty: str,
    what: str = "archive-key",
    params: KdfParams | None = None,
) -> bytes:
    """A keyslot holding ``secret`` under ``passphrase``, bound to ``role`` and ``duty``."""
    params = params or calibrate()
    salt = secrets.token_bytes(SALT_LEN)
    nonce = secrets.token_bytes(NONCE_LEN)
    stub = RoleSlot(params, salt, nonce, b"")
    kek = params.derive(passphrase, salt)
    try:
        wrapped = ChaCha20Poly1305(bytes(kek)).encrypt(
            nonce, secret, _slot_ad(role, duty, what, stub)
        )
    finally:
        wipe(kek)
    return RoleSlot(params, salt, nonce, wrapped).to_bytes()


def unwrap(
    data: bytes, passphrase: bytes, role: str, duty: str, what: str = "archive-key"
) -> bytes:
    """The secret in a keyslot; ``WrongPassphrase`` if the passphrase does not open it."""
    slot = RoleSlot.from_bytes(data)
    kek = slot.params.derive(passphrase, slot.salt)
    try:
        return ChaCha20Poly1305(bytes(kek)).decrypt(
            slot.nonce, slot.wrapped, _slot_ad(role, duty, what, slot)
        )
    except InvalidTag:
        raise WrongPassphrase("Wrong passphrase for this archive.") from None
    finally:
        wipe(kek)


# --- the identity key pair -------------------------------------------------------------------


def new_identity_pair() -> tuple[bytes, bytes]:
    """(private, public) raw X25519 keys for the identity compartment."""
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return raw, public


def seal_to(public: bytes, value: bytes, *ad: str) -> bytes:
    """Anonymous sealing to an X25519 public key: ``ephemeral ‖ nonce ‖ ciphertext``."""
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    shared = eph.exchange(X25519PublicKey.from_public_bytes(public))
    key = derive_subkey(shared + eph_pub + public, b"humdoc archive identity v1")
    nonce = secrets.token_bytes(NONCE_LEN)
    try:
        return eph_pub + nonce + ChaCha20Poly1305(bytes(key)).encrypt(nonce, value, _ad(ad))
    finally:
        wipe(key)


def open_sealed(private: bytes, sealed: bytes, *ad: str) -> bytes:
    """Open what ``seal_to`` sealed; ``VaultCorrupt`` if it was altered or moved."""
    data = bytes(sealed)
    eph_pub, nonce, body = data[:32], data[32:44], data[44:]
    priv = X25519PrivateKey.from_private_bytes(private)
    public = priv.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    try:
        shared = priv.exchange(X25519PublicKey.from_public_bytes(eph_pub))
        key = derive_subkey(shared + eph_pub + public, b"humdoc archive identity v1")
        try:
            return ChaCha20Poly1305(bytes(key)).decrypt(nonce, body, _ad(ad))
        finally:
            wipe(key)
    except (InvalidTag, ValueError):
        raise VaultCorrupt(
            "A sealed identity was altered or moved; it cannot be trusted."
        ) from None
