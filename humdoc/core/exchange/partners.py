"""Who bundles go to (age recipients) and whose bundles a centre accepts (enrolled devices).

A device is named by its name or by its fingerprint, typed in any spacing or case. Revoking a
device (a seized laptop) keeps its row and everything it delivered: the centre refuses every
bundle it signs from then on (``revoked-device``) and appends a ``device-revoked`` custody event,
signed by the centre's own key, to the chain of every testimony and media item it delivered. A
revoked key is not enrolled again by accident: ``enrol`` refuses it unless ``reinstate`` is given,
which clears the revocation (the custody events that recorded it stay).
"""

from __future__ import annotations

import builtins
import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pyrage

from humdoc.core.bundle.format import recipient_fingerprint
from humdoc.core.bundle.minisign import PublicKey, parse_fingerprint
from humdoc.core.custody import CustodyLog
from humdoc.core.device_keys import find_public_key, find_recipient
from humdoc.core.domain.common import now_iso, require_text
from humdoc.core.errors import (
    AlreadyExists,
    FieldTooLong,
    InvalidInput,
    MalformedKey,
    RevokedDevice,
    UnknownDevice,
    UnknownRecipient,
)
from humdoc.core.exchange.arrivals import DeviceArrivals, arrivals
from humdoc.core.exchange.versions import Versions
from humdoc.core.vault.database import Database

#: The custody action appended to what a revoked device delivered.
REVOKED_ACTION = "device-revoked"
MAX_REASON = 200

_NAME = re.compile(r"^[\w][\w .@'-]{0,63}$", re.UNICODE)


def closest_names(typed: str, known: Iterable[str], limit: int = 2) -> list[str]:
    """The names in ``known`` closest to ``typed``, ignoring case: those it begins, or that look
    like it (a slip of a letter or two); at most ``limit``, the closest first."""
    folded = {k.casefold(): k for k in known}
    key = typed.strip().casefold()
    if not key:
        return []
    starts = [k for f, k in folded.items() if f.startswith(key) or key.startswith(f)]
    similar = [folded[f] for f in difflib.get_close_matches(key, list(folded), limit, 0.6)]
    return list(dict.fromkeys(similar + starts))[:limit]


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
    #: The centre's minisign public key, which checks its receipts; None for an entry added
    #: without it (its receipts cannot be checked until ``Recipients.set_signing_key``).
    signing_key: str | None = None

    def key(self) -> PublicKey | None:
        return None if self.signing_key is None else PublicKey.from_text(self.signing_key)

    def to_json(self) -> dict[str, Any]:
        key = self.key()
        return dict(self.__dict__) | {
            "signing_key_fingerprint": None if key is None else key.fingerprint()
        }


def signing_key_in(text: str) -> PublicKey | None:
    """The centre's signing key in a recipient file (as ``#`` comment lines, see
    ``identity.recipient_file_text``) or any text ``find_public_key`` reads; None if the text
    holds none. ``InvalidInput`` if it holds more than one, or a degenerate one."""
    uncommented = "\n".join(line.strip().lstrip("#").strip() for line in text.splitlines())
    if not any(line.startswith("RW") for line in uncommented.splitlines()):
        return None
    return find_public_key(uncommented)


@dataclass(frozen=True)
class Device:
    fingerprint: str
    key_id: str
    name: str
    public_key: str
    enrolled: str
    #: When the device was revoked (ISO 8601, UTC), or None while its bundles are accepted.
    revoked: str | None = None
    revoke_reason: str | None = None

    def key(self) -> PublicKey:
        return PublicKey.from_text(self.public_key)

    def revocation(self) -> str:
        """One line naming the device, its fingerprint, the revocation date and the reason."""
        why = f": {self.revoke_reason}" if self.revoke_reason else ""
        return f"{self.name} ({self.fingerprint}) was revoked on {(self.revoked or '')[:10]}{why}"

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Revocation:
    """What ``Devices.revoke`` did: the device as it is now and the items it marked."""

    device: Device
    marked: builtins.list[str]

    def to_json(self) -> dict[str, Any]:
        return {"device": self.device.to_json(), "marked_items": self.marked}


class Recipients:
    """The documentation centres this device can export to."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, name: str, recipient: str, signing_key: str | None = None) -> Recipient:
        """Add an X25519 age recipient: ``age1…`` alone, or a text holding one (the file
        ``humdoc keys export --recipient`` writes, an age recipients file, ``humdoc keys show``).

        The centre's signing key, which checks its receipts, is taken from ``signing_key`` (any
        text ``find_public_key`` reads) or else from the recipient text itself (the file a centre
        exports carries it); without one the entry works for export, and receipts from it cannot
        be checked until ``set_signing_key``.
        """
        name = check_name(name, "recipient name")
        key = signing_key_in(signing_key if signing_key is not None else recipient or "")
        if signing_key is not None and key is None:
            raise InvalidInput("No minisign public key found in the centre's signing key.")
        recipient = find_recipient(recipient or "")
        try:
            pyrage.x25519.Recipient.from_str(recipient)
        except Exception:  # pyrage raises its own RecipientError; any failure means "not age1…"
            raise MalformedKey(
                f"{recipient[:20]!r} is not an age X25519 recipient (it starts with age1…)."
            ) from None
        taken = [r.name for r in self.list() if r.name.casefold() == name.casefold()]
        if taken:
            raise AlreadyExists(f"A recipient named {taken[0]!r} exists already.")
        if self.db.one("SELECT 1 FROM recipients WHERE recipient = ?", (recipient,)):
            raise AlreadyExists("That recipient key has been added already, under another name.")
        rec = Recipient(
            name,
            recipient,
            recipient_fingerprint(recipient),
            now_iso(),
            None if key is None else key.to_text(),
        )
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO recipients(name, recipient, fingerprint, added, signing_key) "
                "VALUES (?, ?, ?, ?, ?)",
                (rec.name, rec.recipient, rec.fingerprint, rec.added, rec.signing_key),
            )
        return rec

    def set_signing_key(self, name: str, text: str) -> Recipient:
        """Give (or replace) recipient ``name``'s signing key, from any text ``find_public_key``
        reads or a recipient file carrying it. ``UnknownRecipient`` if there is no such entry,
        ``InvalidInput`` if the text holds no key."""
        rec = self.get(name)
        key = signing_key_in(text or "")
        if key is None:
            raise InvalidInput(
                "No minisign public key found: give the file the centre's 'keys export "
                "--recipient' wrote, or its signing key (.pub file, or the line starting with RW)."
            )
        with self.db.transaction() as db:
            db.execute(
                "UPDATE recipients SET signing_key = ? WHERE name = ?", (key.to_text(), rec.name)
            )
        return self.get(rec.name)

    def list(self) -> builtins.list[Recipient]:
        return [Recipient(**dict(r)) for r in self.db.all("SELECT * FROM recipients ORDER BY name")]

    def get(self, name: str) -> Recipient:
        """The recipient named ``name``: its exact name, else its name in any case (the stored
        spelling is kept). ``UnknownRecipient`` otherwise, naming the closest known names."""
        name = (name or "").strip()
        row = self.db.one("SELECT * FROM recipients WHERE name = ?", (name,))
        if row is not None:
            return Recipient(**dict(row))
        same = [r for r in self.list() if r.name.casefold() == name.casefold()]
        if len(same) == 1:
            return same[0]
        if same:  # names from before matching ignored case, differing only in case
            names = " or ".join(repr(r.name) for r in same)
            raise UnknownRecipient(
                name, f"Several recipients are named {name!r}; type {names} exactly."
            )
        raise UnknownRecipient(name, self._unknown(name))

    def _unknown(self, name: str) -> str:
        known = [r.name for r in self.list()]
        close = closest_names(name, known)
        if close:
            return f"No recipient {name!r}; did you mean {' or '.join(repr(c) for c in close)}?"
        if known:
            return (
                f"No recipient {name!r}; the known ones are {', '.join(repr(k) for k in known[:5])}"
                + (" …" if len(known) > 5 else "")
                + "."
            )
        return f"No recipient named {name!r}; add it with 'humdoc recipients add'."

    def remove(self, name: str) -> None:
        found = self.get(name)
        with self.db.transaction() as db:
            db.execute("DELETE FROM recipients WHERE name = ?", (found.name,))


class Devices:
    """Field devices a documentation centre has enrolled (their signing keys, pinned)."""

    def __init__(self, db: Database, custody: CustodyLog) -> None:
        self.db = db
        self.custody = custody

    def enrol(self, name: str, public_key_text: str, *, reinstate: bool = False) -> Device:
        """Pin a device's minisign public key under ``name``.

        ``public_key_text`` is anything ``find_public_key`` reads (a ``.pub`` file, its base64
        line, ``humdoc keys show``). Raises ``RevokedDevice`` if the key was revoked and
        ``reinstate`` is false; with ``reinstate``, the revoked device is trusted again under
        ``name`` (its history and fingerprint unchanged). ``InvalidInput`` if the name is taken,
        the key is enrolled already, or another enrolled key has the same key id.
        """
        name = check_name(name, "device name")
        pub = find_public_key(public_key_text)
        found = self.by_fingerprint(pub.fingerprint())
        taken = self.db.one("SELECT fingerprint FROM devices WHERE name = ?", (name,))
        if found is not None and found.revoked is not None:
            if not reinstate:
                raise RevokedDevice(found.revocation())
            if taken is not None and taken[0] != found.fingerprint:
                raise AlreadyExists(f"A device named {name!r} is enrolled already.")
            with self.db.transaction() as db:
                db.execute(
                    "UPDATE devices SET name = ?, revoked = NULL, revoke_reason = NULL "
                    "WHERE fingerprint = ?",
                    (name, found.fingerprint),
                )
            return self._require(found.fingerprint)
        if taken is not None:
            raise AlreadyExists(f"A device named {name!r} is enrolled already.")
        if found is not None:
            raise AlreadyExists(f"That key is enrolled already, as {found.name!r}.")
        clash = self.by_key_id(pub.key_id_hex())
        if clash is not None:  # a signature names its key by id: two keys may not share one
            raise InvalidInput(
                f"Another enrolled key ({clash.name}, {clash.fingerprint}) has the same key id; "
                "this key cannot be told apart from it and was not enrolled."
            )
        dev = Device(pub.fingerprint(), pub.key_id_hex(), name, pub.to_text(), now_iso())
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO devices(fingerprint, key_id, name, public_key, enrolled) "
                "VALUES (?, ?, ?, ?, ?)",
                (dev.fingerprint, dev.key_id, dev.name, dev.public_key, dev.enrolled),
            )
        return dev

    def revoke(self, ref: str, reason: str = "") -> Revocation:
        """Revoke the device named ``ref`` (its name or fingerprint), in one transaction.

        From then on the centre rejects every bundle the device's key signs (``revoked-device``);
        what it delivered before stays, and each testimony and media item it delivered gets a
        ``device-revoked`` custody event signed by this centre's key. ``NotFound`` if no device
        is named ``ref``; ``InvalidInput`` if it is revoked already or ``reason`` is not one line
        of at most ``MAX_REASON`` characters.
        """
        device = self.find(ref)
        reason = " ".join((reason or "").split())
        if len(reason) > MAX_REASON:
            raise FieldTooLong("reason", MAX_REASON)
        if device.revoked is not None:
            raise AlreadyExists(f"{device.revocation()}; it is revoked already.")
        when = now_iso()
        items = Versions(self.db).items_from(device.fingerprint)
        with self.db.transaction() as db:
            db.execute(
                "UPDATE devices SET revoked = ?, revoke_reason = ? WHERE fingerprint = ?",
                (when, reason or None, device.fingerprint),
            )
            for item_id in items:
                self.custody.append(
                    item_id,
                    REVOKED_ACTION,
                    {
                        "device": device.fingerprint,
                        "device_name": device.name,
                        "revoked": when,
                        "reason": reason,
                    },
                )
        return Revocation(self._require(device.fingerprint), items)

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
            raise UnknownDevice(name)
        return Device(**dict(row))

    def find(self, ref: str) -> Device:
        """The device named ``ref``: its exact name, or its fingerprint in any spacing or case.
        ``NotFound`` if there is none."""
        row = self.db.one("SELECT * FROM devices WHERE name = ?", ((ref or "").strip(),))
        if row is not None:
            return Device(**dict(row))
        fingerprint = parse_fingerprint(ref or "")
        device = self.by_fingerprint(fingerprint) if fingerprint else None
        if device is None:
            raise UnknownDevice(ref.strip(), or_fingerprint=True)
        return device

    def arrivals(self, fingerprint: str) -> DeviceArrivals:
        """How many of the device's bundles arrived, the last number, and the numbers missing."""
        return arrivals(self.db, fingerprint)

    def _require(self, fingerprint: str) -> Device:
        device = self.by_fingerprint(fingerprint)
        assert device is not None
        return device
