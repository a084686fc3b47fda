"""The archive as a documentation centre: its own signing key, its custody entries, its receipts.

An archive holds one centre signing key (minisign Ed25519, made by ``create_archive`` and sealed
under the archive key as the secret ``signing-key``), as a centre vault holds its device key.
With it the archive does what a centre vault does on receipt of a bundle:

- appends to each received item's custody chain a signed ``received`` event naming the bundle
  (id, SHA-256 of the file, SHA-256 of its signed tag manifest, sequence number, sending device),
  in the same transaction as the import (``received_event``); its ``device_seq`` comes from one
  PostgreSQL sequence, so receivers on many machines never give two entries one number;
- signs receipts (``make_receipt``): byte for byte the format a field device's
  ``humdoc receipts apply`` checks (``humdoc.core.exchange.receipts``), made from what the
  ledger row of the bundle keeps sealed (when it arrived, each item with the SHA-256 it arrived
  with), the same bytes each time.

The chains the archive holds are checked against the enrolled devices' keys and this key
(``custody_keys``). Every member can read the centre key's public half (``centre_public_key``);
``humdoc centre keys`` shows it, with the age recipient bundles are encrypted to, for the field
devices to add the archive as a recipient whose receipts they can check.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyrage

from humdoc.core.archive.devices import ArchiveDevices
from humdoc.core.archive.session import ArchiveSession, NotPermitted, refusals
from humdoc.core.bundle.minisign import PublicKey, SigningKey
from humdoc.core.custody import GENESIS, CustodyEvent, signed_event, verify_chain
from humdoc.core.errors import HumdocError, InvalidInput, NotFound
from humdoc.core.exchange.receipts import Receipt, ReceiptEntry, record_digest, sign_receipt

#: Members who make receipts: who received the bundles, and who administers the archive.
RECEIPT_DUTIES = ("intake", "admin")


def centre_signing_key(session: ArchiveSession) -> SigningKey:
    """The archive's centre signing key (the caller wipes it)."""
    raw = bytearray(session.secret("signing-key"))
    try:
        return SigningKey.from_bytes(raw[:32], bytes(raw[32:]))
    finally:
        raw[:] = bytes(len(raw))


def centre_public_key(session: ArchiveSession) -> PublicKey:
    """The public half of the archive's centre signing key (checks its entries and receipts)."""
    key = centre_signing_key(session)
    try:
        return key.public()
    finally:
        key.wipe()


def age_recipient(session: ArchiveSession) -> str:
    """The age recipient (``age1…``) field devices encrypt bundles for this archive to."""
    secret = session.secret("age-identity").decode().strip()
    return str(pyrage.x25519.Identity.from_str(secret).to_public())


def custody_keys(session: ArchiveSession) -> Callable[[str], PublicKey | None]:
    """The key each custody entry in the archive is checked against, by device fingerprint:
    every enrolled device's (revoked ones too: what they signed before stays valid) and the
    archive's own centre key."""
    found: dict[str, PublicKey] = {d.fingerprint: d.key() for d in ArchiveDevices(session).list()}
    own = centre_public_key(session)
    found[own.fingerprint()] = own
    return found.get


def received_event(
    conn: Any,
    key: SigningKey,
    actor: str,
    item_id: str,
    chain: list[dict[str, Any]],
    details: dict[str, Any],
) -> CustodyEvent:
    """The archive's signed ``received`` entry following ``chain`` (the item's chain as held,
    inside the importing transaction); ``details`` as a centre vault writes them."""
    seq = int(conn.execute("SELECT nextval('centre_custody_seq')").fetchone()[0])
    prev = str(chain[-1]["hash"]) if chain else GENESIS
    return signed_event(key, item_id, "received", actor, seq, prev, details)


def receipt_contents(received: str, rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """What a bundle's receipt will name of it, to seal into its ledger row: the moment it was
    received and each testimony and media item it carried, with the SHA-256 it arrived with
    (a media item's file; a testimony's record in canonical form), by id."""
    items = [
        {"id": r["id"], "kind": "testimony", "sha256": record_digest(r)}
        for r in rows.get("testimonies", [])
    ] + [{"id": r["id"], "kind": "media", "sha256": r["sha256"]} for r in rows.get("media", [])]
    return {"received": received, "items": sorted(items, key=lambda i: i["id"])}


def make_receipt(session: ArchiveSession, bundle_id: str) -> Receipt:
    """The signed receipt of bundle ``bundle_id`` the archive received, signed by its centre
    key, the same bytes every time (``humdoc.core.exchange.receipts``).

    ``NotPermitted`` unless the member is ``intake`` or ``admin``; ``NotFound`` if the archive
    holds no such bundle; ``InvalidInput`` if it was received before the archive (or the
    centre vault it was moved from) kept what each bundle carried."""
    if session.duty not in RECEIPT_DUTIES:
        raise NotPermitted(
            f"Receipts are made by intake members and administrators; {session.role} is "
            f"{session.duty}."
        )
    wanted = (bundle_id or "").strip()
    with refusals():
        row = session.conn.execute(
            "SELECT bundle_id, device, sequence, identity, receipt_ct FROM bundles "
            "WHERE bundle_id = %s",
            (wanted,),
        ).fetchone()
    if row is None:
        raise NotFound(f"The archive holds no bundle {wanted!r}.")
    if not row[3] or row[4] is None:
        raise InvalidInput(
            f"Bundle {row[0]} was received before the archive kept what each bundle carried; "
            "no receipt can be made for it."
        )
    kept = session.keys.open_json(row[4], "bundles", row[0], "receipt")
    entry = ReceiptEntry(row[0], row[3], row[1], int(row[2]), kept["received"], kept["items"])
    key = centre_signing_key(session)
    try:
        return sign_receipt(entry, key)
    finally:
        key.wipe()


def checked_custody(
    session: ArchiveSession, item_id: str
) -> tuple[list[dict[str, Any]], list[str]]:
    """An item's custody entries as the archive holds them, in order, and every problem with
    them as a chain (``verify_chain`` against ``custody_keys``: the devices' signatures and the
    archive's own); no problems means the chain verifies."""
    from humdoc.core.archive import store

    held = store.custody(session.conn, session.keys, item_id)
    try:
        events = [CustodyEvent.from_json(e) for e in held]
    except HumdocError:
        return held, ["an entry is not a signed custody entry"]
    try:
        keys = custody_keys(session)
    except HumdocError as exc:  # a device row altered in the database: no chain can be checked
        return held, [str(exc)]
    return held, verify_chain(item_id, events, keys)
