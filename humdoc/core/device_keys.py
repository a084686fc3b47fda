"""The device's own keys: an Ed25519 signing key (every vault) and an age identity (centres).

Both are made on first use and kept in the encrypted database; only their public halves are ever
shown. The signing key's fingerprint is what a documentation centre compares out of band when it
enrols a field device.

Key files (``humdoc keys export``): the signing key is written as a standard minisign ``.pub`` file
(``untrusted comment: minisign public key <KEY ID>`` and the base64 line), which ``minisign -V -p``
reads and ``humdoc devices enrol`` accepts; a centre's age recipient as an age recipients file
(a ``#`` comment line naming its fingerprint, the centre's signing key in ``#`` comment lines,
then the ``age1…`` line), which ``age -R`` reads and ``humdoc recipients add`` accepts. Both commands also accept what ``humdoc keys show`` prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyrage

from humdoc.core.bundle.format import recipient_fingerprint
from humdoc.core.bundle.minisign import PublicKey, SigningKey
from humdoc.core.domain.common import now_iso
from humdoc.core.errors import InvalidInput, MalformedKey
from humdoc.core.safefs import atomic_write
from humdoc.core.vault.database import Database

#: Longer than any key file or ``keys show`` output (QR codes included); more is not a key file.
MAX_KEY_TEXT = 64 * 1024
_AGE_RECIPIENT = re.compile(r"^age1[0-9a-z]{58}$", re.IGNORECASE)


@dataclass(frozen=True)
class DeviceKeys:
    """What ``humdoc keys show`` prints."""

    minisign_public: str
    fingerprint: str
    key_id: str
    age_recipient: str | None
    #: The age recipient's fingerprint, in the form a field device shows when it adds it.
    age_fingerprint: str | None = None


def find_public_key(text: str) -> PublicKey:
    """The one minisign public key in ``text``: a ``.pub`` file, its base64 line alone, or the
    whole output of ``humdoc keys show`` (other lines — captions, the age recipient, QR codes —
    are passed over).

    Raises ``InvalidInput`` if and only if ``text`` is longer than ``MAX_KEY_TEXT`` or holds no
    line, or more than one different line, that decodes to a minisign Ed25519 public key.
    """
    found, refusal = _keys_in(_bounded(text))
    keys = {pub.blob(): pub for pub in found}
    if not keys and refusal is not None:
        raise refusal
    if not keys:
        raise MalformedKey(
            "No minisign public key found: give the file 'humdoc keys export' writes "
            "(or the device's .pub file, or the base64 line starting with RW)."
        )
    if len(keys) > 1:
        raise InvalidInput(f"The text holds {len(keys)} different public keys; give only one.")
    return next(iter(keys.values()))


def find_recipient(text: str) -> str:
    """The one age X25519 recipient (``age1…``) in ``text``: the recipient alone, the file
    ``humdoc keys export --recipient`` writes, an age recipients file, or ``humdoc keys show``.

    Raises ``InvalidInput`` if and only if the text is too long or holds no, or more than one
    different, ``age1…`` line.
    """
    found = {
        line.strip().lower()
        for line in _bounded(text).splitlines()
        if _AGE_RECIPIENT.match(line.strip())
    }
    if len(found) != 1:
        start = text.strip()[:20]
        raise MalformedKey(
            f"{start!r} is not an age X25519 recipient (it starts with age1…)."
            if not found
            else f"The text holds {len(found)} different age recipients; give only one."
        )
    return found.pop()


def recipient_file_text(recipient: str, signing_key: PublicKey | None = None) -> str:
    """An age recipients file naming ``recipient``, with its fingerprint in a comment line, and
    the centre's signing key (which checks its receipts) as ``#`` comment lines age passes over."""
    text = (
        f"# humdoc documentation centre recipient, fingerprint {recipient_fingerprint(recipient)}\n"
    )
    if signing_key is not None:
        text += (
            "# humdoc documentation centre signing key (minisign; it checks the centre's "
            f"receipts), fingerprint {signing_key.fingerprint()}:\n"
            + "".join(f"# {line}\n" for line in signing_key.to_text().splitlines())
        )
    return text + f"{recipient}\n"


def _bounded(text: str) -> str:
    if len(text) > MAX_KEY_TEXT:
        raise InvalidInput("That is far longer than a key file; give the key file itself.")
    return text


def _keys_in(text: str) -> tuple[list[PublicKey], InvalidInput | None]:
    """The keys on lines of their own, and the refusal of the first line that has a key's shape
    but was refused (a degenerate key), to be said when no good key is found."""
    keys = []
    refusal = None
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("RW") or len(line) != 56:  # base64 of b"Ed" + 40 bytes
            continue
        try:
            keys.append(PublicKey.from_text(line))
        except InvalidInput as exc:
            refusal = refusal or exc
    return keys, refusal


class DeviceKeyStore:
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
                    "INSERT INTO device_keys(purpose, secret, public, created) "
                    "VALUES ('signing', ?, ?, ?)",
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
                    "INSERT INTO device_keys(purpose, secret, public, created) "
                    "VALUES ('age', ?, ?, ?)",
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
        """This device's public keys; the age recipient and its fingerprint only for a centre."""
        pub = self.public_key()
        recipient = self.age_recipient() if role == "centre" else None
        return DeviceKeys(
            minisign_public=pub.to_text(),
            fingerprint=pub.fingerprint(),
            key_id=pub.key_id_hex(),
            age_recipient=recipient,
            age_fingerprint=recipient_fingerprint(recipient) if recipient else None,
        )

    def export_public_key(self, dest: Path) -> DeviceKeys:
        """Write the signing key to ``dest`` as a minisign ``.pub`` file (replacing it atomically);
        return what was written. ``minisign -V -p dest`` and ``humdoc devices enrol`` read it."""
        keys = self.describe("field")
        atomic_write(dest, keys.minisign_public.encode("ascii"), 0o644)
        return keys

    def export_recipient(self, dest: Path) -> DeviceKeys:
        """Write the centre's age recipient to ``dest`` as an age recipients file (replacing it
        atomically); return what was written. ``age -R dest`` and ``humdoc recipients add`` read
        it. Only a centre has a recipient: the caller checks the role first."""
        keys = self.describe("centre")
        assert keys.age_recipient is not None
        text = recipient_file_text(keys.age_recipient, self.public_key())
        atomic_write(dest, text.encode("ascii"), 0o644)
        return keys
