"""Field devices an archive accepts bundles from: enrolled, listed and revoked by ``admin``.

A device is pinned by its minisign public key, as a centre vault pins it
(``humdoc.core.exchange.partners.Devices``). In the ``devices`` table only the key's fingerprint
and key id are in the clear (the ledger refers to the fingerprint, a signature names its key by
id); the device's name and the key itself are sealed under the archive key with the row's
fingerprint as associated data. A database administrator without the archive key can therefore
neither plant a device (a row whose seal does not open is refused by every receiver) nor move
one device's key onto another's row. A revocation is sealed too (when, and the reason).

What such an administrator can still do is delete a revocation (``revoked_ct``) or a whole row;
docs/threat-model.md says so.
"""

from __future__ import annotations

from typing import Any

from humdoc.core.archive.session import ArchiveSession, refusals
from humdoc.core.device_keys import find_public_key
from humdoc.core.domain.common import now_iso
from humdoc.core.errors import (
    AlreadyExists,
    FieldTooLong,
    InvalidInput,
    UnknownDevice,
    VaultCorrupt,
)
from humdoc.core.exchange.partners import MAX_REASON, Device, check_name, parse_fingerprint

#: An enrolled device of the archive, its seal opened: the same record a centre vault keeps.
ArchiveDevice = Device


_COLUMNS = "fingerprint, key_id, sealed, enrolled, revoked_ct"


class ArchiveDevices:
    """The archive's enrolled devices, as one member's session sees them."""

    def __init__(self, session: ArchiveSession) -> None:
        self.session = session

    def _device(self, row: Any) -> ArchiveDevice:
        """The row's device; ``VaultCorrupt`` if its seal does not open or does not match."""
        fingerprint, key_id, sealed, enrolled, revoked_ct = row
        keys = self.session.keys
        try:
            body = keys.open_json(sealed, "devices", "sealed", fingerprint)
            pub = find_public_key(str(body["public_key"]))
            name = str(body["name"])
        except (VaultCorrupt, InvalidInput, KeyError, TypeError):
            raise VaultCorrupt(
                f"The archive's entry for device {fingerprint} was not made with the archive key "
                "(altered or planted); it is not trusted."
            ) from None
        if pub.fingerprint() != fingerprint or pub.key_id_hex() != key_id:
            raise VaultCorrupt(
                f"The archive's entry for device {fingerprint} names another key; it is not trusted."
            )
        revoked = reason = None
        if revoked_ct is not None:
            info = keys.open_json(revoked_ct, "devices", "revoked", fingerprint)
            revoked, reason = str(info["at"]), info.get("reason") or None
        return ArchiveDevice(
            fingerprint, key_id, name, pub.to_text(), enrolled.isoformat(), revoked, reason
        )

    # --- reading (every duty) ---------------------------------------------------------------

    def list(self) -> list[ArchiveDevice]:
        """Every enrolled device, by name. ``VaultCorrupt`` if any row's seal does not open."""
        with refusals():
            rows = self.session.conn.execute(
                f"SELECT {_COLUMNS} FROM devices ORDER BY fingerprint"  # noqa: S608 - constant
            ).fetchall()
        return sorted((self._device(r) for r in rows), key=lambda d: d.name)

    def by_fingerprint(self, fingerprint: str) -> ArchiveDevice | None:
        with refusals():
            row = self.session.conn.execute(
                f"SELECT {_COLUMNS} FROM devices WHERE fingerprint = %s",  # noqa: S608
                (fingerprint,),
            ).fetchone()
        return None if row is None else self._device(row)

    def by_key_id(self, key_id: str) -> ArchiveDevice | None:
        with refusals():
            row = self.session.conn.execute(
                f"SELECT {_COLUMNS} FROM devices WHERE key_id = %s",  # noqa: S608
                (key_id,),
            ).fetchone()
        return None if row is None else self._device(row)

    def find(self, ref: str) -> ArchiveDevice:
        """The device named ``ref`` (its name, or its fingerprint in any spacing or case)."""
        ref = (ref or "").strip()
        for device in self.list():
            if device.name == ref:
                return device
        fingerprint = parse_fingerprint(ref)
        found = self.by_fingerprint(fingerprint) if fingerprint else None
        if found is None:
            raise UnknownDevice(ref, or_fingerprint=True)
        return found

    # --- admin ------------------------------------------------------------------------------

    def enrol(self, name: str, public_key_text: str) -> ArchiveDevice:
        """(admin) Pin a device's minisign public key under ``name``.

        ``public_key_text`` is anything ``find_public_key`` reads. ``AlreadyExists`` if the name
        or the key is enrolled already; ``InvalidInput`` if another key has the same key id;
        ``NotPermitted`` if the member is not an admin.
        """
        name = check_name(name, "device name")
        pub = find_public_key(public_key_text)
        known = self.list()
        for device in known:
            if device.fingerprint == pub.fingerprint():
                state = " (revoked)" if device.revoked else ""
                raise AlreadyExists(f"That key is enrolled already, as {device.name!r}{state}.")
            if device.name == name:
                raise AlreadyExists(f"A device named {name!r} is enrolled already.")
            if device.key_id == pub.key_id_hex():
                raise InvalidInput(
                    f"Another enrolled key ({device.name}, {device.fingerprint}) has the same key "
                    "id; this key cannot be told apart from it and was not enrolled."
                )
        sealed = self.session.keys.seal_json(
            {"name": name, "public_key": pub.to_text()}, "devices", "sealed", pub.fingerprint()
        )
        with refusals():
            self.session.conn.execute(
                "INSERT INTO devices(fingerprint, key_id, sealed) VALUES (%s, %s, %s)",
                (pub.fingerprint(), pub.key_id_hex(), sealed),
            )
        found = self.by_fingerprint(pub.fingerprint())
        assert found is not None
        return found

    def revoke(self, ref: str, reason: str = "") -> ArchiveDevice:
        """(admin) Revoke the device ``ref``: from then on every receiver refuses its bundles
        (``revoked-device``); what it delivered before stays. ``AlreadyExists`` if it is revoked
        already; ``FieldTooLong`` if ``reason`` is longer than ``MAX_REASON``."""
        device = self.find(ref)
        reason = " ".join((reason or "").split())
        if len(reason) > MAX_REASON:
            raise FieldTooLong("reason", MAX_REASON)
        if device.revoked is not None:
            raise AlreadyExists(f"{device.revocation()}; it is revoked already.")
        sealed = self.session.keys.seal_json(
            {"at": now_iso(), "reason": reason}, "devices", "revoked", device.fingerprint
        )
        with refusals():
            self.session.conn.execute(
                "UPDATE devices SET revoked_ct = %s WHERE fingerprint = %s AND revoked_ct IS NULL",
                (sealed, device.fingerprint),
            )
        revoked = self.by_fingerprint(device.fingerprint)
        assert revoked is not None
        return revoked
