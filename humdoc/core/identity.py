"""The device's own keys: an Ed25519 signing key (every vault) and an age identity (centres).

Both are made on first use and kept in the encrypted database; only their public halves are ever
shown. The signing key's fingerprint is what a documentation centre compares out of band when it
enrols a field device.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyrage

from humdoc.core.bundle.minisign import PublicKey, SigningKey
from humdoc.core.domain.common import now_iso
from humdoc.core.vault.database import Database


@dataclass(frozen=True)
class DeviceKeys:
    """What ``humdoc keys show`` prints."""

    minisign_public: str
    fingerprint: str
    key_id: str
    age_recipient: str | None


class Identity:
    """Access to this vault's device keys."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def signing_key(self) -> SigningKey:
        """The device signing key, created on first use. The caller wipes it after use."""
        row = self.db.one("SELECT secret FROM device_keys WHERE purpose = 'signing'")
        if row is None:
            key = SigningKey.generate()
            secret = key.to_bytes()
            with self.db.transaction() as db:
                db.execute(
                    "INSERT INTO device_keys VALUES ('signing', ?, ?, ?)",
                    (bytes(secret), key.public().to_text(), now_iso()),
                )
            secret[:] = bytes(len(secret))
            return key
        raw = bytearray(row[0])
        try:
            return SigningKey.from_bytes(raw[:32], bytes(raw[32:]))
        finally:
            raw[:] = bytes(len(raw))

    def public_key(self) -> PublicKey:
        """The device's minisign public key."""
        row = self.db.one("SELECT public FROM device_keys WHERE purpose = 'signing'")
        if row is None:
            key = self.signing_key()
            pub = key.public()
            key.wipe()
            return pub
        return PublicKey.from_text(row[0])

    def fingerprint(self) -> str:
        return self.public_key().fingerprint()

    def age_identity(self) -> str:
        """The centre's age secret key (``AGE-SECRET-KEY-1…``), created on first use."""
        row = self.db.one("SELECT secret FROM device_keys WHERE purpose = 'age'")
        if row is None:
            ident = pyrage.x25519.Identity.generate()
            with self.db.transaction() as db:
                db.execute(
                    "INSERT INTO device_keys VALUES ('age', ?, ?, ?)",
                    (str(ident).encode(), str(ident.to_public()), now_iso()),
                )
            return str(ident)
        return bytes(row[0]).decode()

    def age_recipient(self) -> str:
        """The centre's ``age1…`` recipient, which field devices add with ``recipients add``."""
        row = self.db.one("SELECT public FROM device_keys WHERE purpose = 'age'")
        if row is None:
            self.age_identity()
            row = self.db.one("SELECT public FROM device_keys WHERE purpose = 'age'")
        return str(row[0])

    def describe(self, role: str) -> DeviceKeys:
        pub = self.public_key()
        return DeviceKeys(
            minisign_public=pub.to_text(),
            fingerprint=pub.fingerprint(),
            key_id=pub.key_id_hex(),
            age_recipient=self.age_recipient() if role == "centre" else None,
        )
