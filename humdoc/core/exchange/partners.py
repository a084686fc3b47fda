"""Who bundles go to (age recipients) and whose bundles a centre accepts (enrolled devices)."""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass
from typing import Any

import pyrage

from humdoc.core.bundle.format import recipient_fingerprint
from humdoc.core.bundle.minisign import PublicKey
from humdoc.core.domain.common import now_iso, require_text
from humdoc.core.errors import InvalidInput, NotFound, UnknownRecipient
from humdoc.core.exchange.arrivals import DeviceArrivals, arrivals
from humdoc.core.vault.database import Database

_NAME = re.compile(r"^[\w][\w .@'-]{0,63}$", re.UNICODE)


def check_name(name: str, what: str) -> str:
    name = require_text(name, what, 64)
    if not _NAME.match(name) or "," in name:
        raise InvalidInput(
            f"The {what} {name!r} may hold letters, digits, spaces and . @ ' - only."
        )
    return name


@dataclass(frozen=True)
class Recipient:
    name: str
    recipient: str
    fingerprint: str
    added: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Device:
    fingerprint: str
    key_id: str
    name: str
    public_key: str
    enrolled: str

    def key(self) -> PublicKey:
        return PublicKey.from_text(self.public_key)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Recipients:
    """The documentation centres this device can export to."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, name: str, recipient: str) -> Recipient:
        """Add an X25519 age recipient (``age1…``, as ``age-keygen`` or ``humdoc keys show`` print)."""
        name = check_name(name, "recipient name")
        recipient = (recipient or "").strip()
        try:
            pyrage.x25519.Recipient.from_str(recipient)
        except Exception:  # pyrage raises its own RecipientError; any failure means "not age1…"
            raise InvalidInput(
                f"{recipient[:20]!r} is not an age X25519 recipient (it starts with age1…)."
            ) from None
        if self.db.one("SELECT 1 FROM recipients WHERE name = ?", (name,)):
            raise InvalidInput(f"A recipient named {name!r} exists already.")
        if self.db.one("SELECT 1 FROM recipients WHERE recipient = ?", (recipient,)):
            raise InvalidInput("That recipient key has been added already, under another name.")
        rec = Recipient(name, recipient, recipient_fingerprint(recipient), now_iso())
        with self.db.transaction() as db:
            db.execute("INSERT INTO recipients VALUES (?, ?, ?, ?)", tuple(rec.__dict__.values()))
        return rec

    def list(self) -> builtins.list[Recipient]:
        return [Recipient(**dict(r)) for r in self.db.all("SELECT * FROM recipients ORDER BY name")]

    def get(self, name: str) -> Recipient:
        row = self.db.one("SELECT * FROM recipients WHERE name = ?", (name.strip(),))
        if row is None:
            raise UnknownRecipient(
                f"No recipient named {name.strip()!r}; add it with 'humdoc recipients add'."
            )
        return Recipient(**dict(row))

    def remove(self, name: str) -> None:
        self.get(name)
        with self.db.transaction() as db:
            db.execute("DELETE FROM recipients WHERE name = ?", (name.strip(),))


class Devices:
    """Field devices a documentation centre has enrolled (their signing keys, pinned)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def enrol(self, name: str, public_key_text: str) -> Device:
        """Pin a device's minisign public key under ``name``."""
        name = check_name(name, "device name")
        pub = PublicKey.from_text(public_key_text)
        if self.db.one("SELECT 1 FROM devices WHERE name = ?", (name,)):
            raise InvalidInput(f"A device named {name!r} is enrolled already.")
        found = self.by_fingerprint(pub.fingerprint())
        if found is not None:
            raise InvalidInput(f"That key is enrolled already, as {found.name!r}.")
        dev = Device(pub.fingerprint(), pub.key_id_hex(), name, pub.to_text(), now_iso())
        with self.db.transaction() as db:
            db.execute("INSERT INTO devices VALUES (?, ?, ?, ?, ?)", tuple(dev.__dict__.values()))
        return dev

    def list(self) -> builtins.list[Device]:
        return [Device(**dict(r)) for r in self.db.all("SELECT * FROM devices ORDER BY name")]

    def by_fingerprint(self, fingerprint: str) -> Device | None:
        row = self.db.one("SELECT * FROM devices WHERE fingerprint = ?", (fingerprint,))
        return None if row is None else Device(**dict(row))

    def by_key_id(self, key_id: str) -> Device | None:
        row = self.db.one("SELECT * FROM devices WHERE key_id = ?", (key_id,))
        return None if row is None else Device(**dict(row))

    def get(self, name: str) -> Device:
        row = self.db.one("SELECT * FROM devices WHERE name = ?", (name,))
        if row is None:
            raise NotFound(f"No enrolled device named {name!r}.")
        return Device(**dict(row))

    def arrivals(self, fingerprint: str) -> DeviceArrivals:
        """How many of the device's bundles arrived, the last number, and the numbers missing."""
        return arrivals(self.db, fingerprint)
