"""The field device's side of receipts: check, apply, and free the device of what is safe.

A receipt (``humdoc.core.exchange.receipts``) is applied only if every check passes
(``ReceiptBook.apply``): the signature by the signing key of a centre this device added
(``Recipients``), a bundle this device sent with that number and identity, every item one it sent
in that bundle with exactly that SHA-256, and no receipt for that bundle applied before. It then
marks each item "safe at the centre" with a signed custody event naming the receipt's SHA-256.
Removing an item (``ReceiptBook.remove``) crypto-erases its attachments and deletes its record,
leaving a tombstone (id, hashes, receipt) and a signed ``removed`` event, so that its chain of
custody still verifies. An item is removed only if the centre holds exactly what this device
holds: a media item whose sealed original reached the centre (exported under ``keep``), a
testimony unchanged since it was sent. Testimonies are removed only when asked for by name or
with ``testimonies=True``; media also automatically if the vault's ``remove_when_receipted``
setting is on.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from humdoc.core.blobs import BlobStore
from humdoc.core.bundle.minisign import PublicKey, signature_key_id, verify
from humdoc.core.custody import CustodyLog
from humdoc.core.device_keys import DeviceKeyStore
from humdoc.core.domain.common import now_iso
from humdoc.core.domain.testimonies import Testimonies
from humdoc.core.errors import BundleRejected, HumdocError, NotFound
from humdoc.core.exchange.partners import Recipient, Recipients
from humdoc.core.exchange.receipts import Receipt, record_digest, refused
from humdoc.core.mediaitems import MediaLibrary
from humdoc.core.vault.database import Database


@dataclass(frozen=True)
class Kept:
    """An item a removal left on this device, and why."""

    id: str
    kind: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return dict(self.__dict__)


@dataclass
class Removal:
    """What ``ReceiptBook.remove`` did."""

    removed: list[str] = field(default_factory=list)
    kept: list[Kept] = field(default_factory=list)
    #: Attachments overwritten and removed now; any other of a removed item (the disk refused)
    #: is unreadable already (its key is gone) and swept at the next unlock.
    erased_blobs: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "removed": self.removed,
            "kept": [k.to_json() for k in self.kept],
            "erased_blobs": self.erased_blobs,
        }


@dataclass
class Applied:
    """What ``ReceiptBook.apply`` did."""

    receipt_sha256: str
    bundle_id: str
    sequence: int
    centre: str
    recipient: str
    marked: list[str]
    #: Items the receipt names that this device sent before it recorded what it sent.
    unmarked: list[str]
    removal: Removal | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "receipt_sha256": self.receipt_sha256,
            "bundle_id": self.bundle_id,
            "sequence": self.sequence,
            "centre": self.centre,
            "recipient": self.recipient,
            "marked": self.marked,
            "unmarked": self.unmarked,
            "removal": None if self.removal is None else self.removal.to_json(),
        }


@dataclass(frozen=True)
class SafeItem:
    """An item a receipt declared safe at a centre, and whether it is still on this device."""

    id: str
    kind: str
    sha256: str
    bundle_id: str
    receipt_sha256: str
    removed: bool

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


class ReceiptBook:
    """Applying centres' receipts on a field device, and removing what they declare safe."""

    def __init__(
        self,
        db: Database,
        identity: DeviceKeyStore,
        recipients: Recipients,
        custody: CustodyLog,
        media: MediaLibrary,
        testimonies: Testimonies,
        blobs: BlobStore,
        remove_when_receipted: Callable[[], bool],
    ) -> None:
        self.db = db
        self.identity = identity
        self.recipients = recipients
        self.custody = custody
        self.media = media
        self.testimonies = testimonies
        self.blobs = blobs
        self.remove_when_receipted = remove_when_receipted

    def check(self, receipt: Receipt) -> tuple[Recipient, dict[str, Any], list[str]]:
        """Every check ``apply`` makes, changing nothing: the centre that signed it, the
        document, and the items sent before hashes were recorded. ``ReceiptRefused`` naming the
        first check that failed (its ``reason``: ``malformed``, ``unknown-key``, ``no-key``,
        ``bad-signature``, ``other-device``, ``not-sent``, ``replay``, ``hash-mismatch``)."""
        centre, key = self._signer(receipt)
        doc = receipt.fields
        if doc["centre"] != key.fingerprint():
            raise refused(
                "bad-signature", "it names another centre key than the one that signed it."
            )
        if doc["device"] != self.identity.fingerprint():
            raise refused(
                "other-device",
                f"it is for another device ({doc['device']}), not this one.",
            )
        sent = self.db.one(
            "SELECT sequence, tagmanifest_sha256 FROM exports WHERE bundle_id = ? "
            "AND status != 'writing'",
            (doc["bundle_id"],),
        )
        if sent is None:
            raise refused("not-sent", f"this device never sent bundle {doc['bundle_id']}.")
        if int(sent[0]) != doc["sequence"] or (
            sent[1] is not None and sent[1] != doc["bundle_identity"]
        ):
            raise refused(
                "not-sent",
                f"this device sent bundle {doc['bundle_id']} as number {sent[0]} with other "
                "content than the receipt names.",
            )
        before = self.db.one(
            "SELECT applied FROM receipts WHERE bundle_id = ? OR sha256 = ?",
            (doc["bundle_id"], receipt.sha256),
        )
        if before is not None:
            raise refused(
                "replay",
                f"a receipt for bundle {doc['bundle_id']} was applied already on "
                f"{str(before[0])[:10]}.",
            )
        carried = self._sent(doc["bundle_id"])
        unhashed = []
        for item in receipt.items:
            if item.id not in carried:
                raise refused(
                    "not-sent",
                    f"it names {item.kind} {item.id}, which this device did not send in bundle "
                    f"{doc['bundle_id']}.",
                )
            kind, digest = carried[item.id]
            if kind != item.kind:
                raise refused("not-sent", f"it names {item.id} as a {item.kind}; it is not.")
            if digest is None:
                unhashed.append(item.id)
            elif digest != item.sha256:
                raise refused(
                    "hash-mismatch",
                    f"{item.kind} {item.id} arrived with SHA-256 {item.sha256[:16]}…, not the "
                    f"{digest[:16]}… this device sent.",
                )
        return centre, doc, unhashed

    def apply(self, receipt: Receipt, remove: bool = False, testimonies: bool = False) -> Applied:
        """Check ``receipt`` (see ``check``), then, in one transaction, record it and append a
        ``safe-at-centre`` custody event to each item it names. Then remove what may be removed
        (see ``remove``) of its items: media if ``remove`` or the vault's setting says so,
        testimonies too if ``testimonies``. Nothing changes if a check fails."""
        centre, doc, unhashed = self.check(receipt)
        marked = [i for i in receipt.items if i.id not in unhashed]
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO receipts(sha256, bundle_id, recipient, centre, document, signature, "
                "applied) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    receipt.sha256,
                    doc["bundle_id"],
                    centre.name,
                    doc["centre"],
                    receipt.document.decode("ascii"),
                    receipt.signature,
                    now_iso(),
                ),
            )
            for item in marked:
                db.execute(
                    "INSERT INTO safe_at_centre(item_id, kind, sha256, receipt) VALUES (?, ?, ?, ?)",
                    (item.id, item.kind, item.sha256, receipt.sha256),
                )
                self.custody.append(
                    item.id,
                    "safe-at-centre",
                    {
                        "receipt_sha256": receipt.sha256,
                        "bundle_id": doc["bundle_id"],
                        "centre": doc["centre"],
                        "sha256": item.sha256,
                    },
                )
        applied = Applied(
            receipt.sha256,
            doc["bundle_id"],
            doc["sequence"],
            doc["centre"],
            centre.name,
            [i.id for i in marked],
            unhashed,
        )
        wanted = [
            i.id
            for i in marked
            if (i.kind == "media" and (remove or self.remove_when_receipted()))
            or (i.kind == "testimony" and testimonies)
        ]
        if wanted:
            applied.removal = self.remove(wanted, testimonies=testimonies)
        return applied

    def safe_items(self) -> list[SafeItem]:
        """Every item a receipt declared safe at a centre, oldest receipt first."""
        rows = self.db.all(
            "SELECT s.item_id, s.kind, s.sha256, r.bundle_id, r.sha256, "
            "EXISTS (SELECT 1 FROM tombstones t WHERE t.item_id = s.item_id) "
            "FROM safe_at_centre s JOIN receipts r ON r.sha256 = s.receipt "
            "ORDER BY r.applied, s.item_id"
        )
        return [SafeItem(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]

    def receipts(self) -> list[dict[str, Any]]:
        """Every receipt applied here, oldest first (with its document's fields)."""
        rows = self.db.all(
            "SELECT sha256, bundle_id, recipient, centre, applied, document FROM receipts "
            "ORDER BY applied"
        )
        return [
            {
                "sha256": r[0],
                "bundle_id": r[1],
                "recipient": r[2],
                "centre": r[3],
                "applied": r[4],
                "items": len(json.loads(r[5])["items"]),
            }
            for r in rows
        ]

    def tombstones(self) -> list[dict[str, Any]]:
        """What is left of each removed item: id, kind, case, SHA-256, details, the receipt."""
        rows = self.db.all(
            "SELECT item_id, kind, case_id, sha256, details, receipt, removed FROM tombstones "
            "ORDER BY removed, item_id"
        )
        return [
            {
                "item_id": r[0],
                "kind": r[1],
                "case_id": r[2],
                "sha256": r[3],
                "details": json.loads(r[4]),
                "receipt_sha256": r[5],
                "removed": r[6],
            }
            for r in rows
        ]

    def remove(self, item_ids: list[str] | None = None, testimonies: bool = False) -> Removal:
        """Remove from this device items a receipt declared safe at a centre: ``item_ids``, or
        every such item still here if None (testimonies only with ``testimonies``).

        A media item goes only if the centre holds its sealed original (the SHA-256 receipted is
        the original's); a testimony only if its record is still exactly the one receipted.
        Others are kept, each with its reason. Per item, in one transaction: a tombstone, a
        signed ``removed`` custody event, and the record deleted (with the keys of its
        attachments); then its attachments are crypto-erased (``BlobStore.erase``).
        ``NotFound`` if an id given was never declared safe at a centre.
        """
        safe: dict[str, tuple[str, str, str]] = {}
        for r in self.db.all(
            "SELECT s.item_id, s.kind, s.sha256, s.receipt FROM safe_at_centre s "
            "JOIN receipts r ON r.sha256 = s.receipt ORDER BY r.applied"
        ):
            safe[r[0]] = (r[1], r[2], r[3])  # the latest receipt for an item counts
        gone = {r[0] for r in self.db.all("SELECT item_id FROM tombstones")}
        if item_ids is None:
            wanted = [
                i
                for i, (k, _, _) in safe.items()
                if i not in gone and (testimonies or k == "media")
            ]
        else:
            wanted = list(dict.fromkeys(item_ids))
            unknown = [i for i in wanted if i not in safe]
            if unknown:
                raise NotFound(f"No receipt declared {unknown[0]!r} safe at a centre.")
        done = Removal()
        for item_id in wanted:
            kind, digest, receipt = safe[item_id]
            if item_id in gone:
                done.kept.append(Kept(item_id, kind, "removed already"))
                continue
            try:
                if kind == "media":
                    done.erased_blobs += self._remove_media(item_id, digest, receipt)
                else:
                    self._remove_testimony(item_id, digest, receipt)
            except _Keep as why:
                done.kept.append(Kept(item_id, kind, str(why)))
                continue
            done.removed.append(item_id)
        return done

    # --- internals ----------------------------------------------------------------------------

    def _signer(self, receipt: Receipt) -> tuple[Recipient, PublicKey]:
        try:
            key_id = signature_key_id(receipt.signature)
        except BundleRejected:
            raise refused("malformed", "its signature file is malformed.") from None
        centres = self.recipients.list()
        for centre in centres:
            key = centre.key()
            if key is not None and key.key_id == key_id:
                return self._verified(centre, key, receipt), key
        keyless = [c.name for c in centres if c.signing_key is None]
        if keyless:
            raise refused(
                "no-key",
                f"it is not signed by a centre key this device holds; receipts from "
                f"{', '.join(keyless)} cannot be checked until its signing key is added "
                "(Exchange ▸ Centres' signing keys…, or 'humdoc recipients key NAME FILE').",
            )
        raise refused(
            "unknown-key", "it is signed by a key that belongs to no centre this device added."
        )

    def _verified(self, centre: Recipient, key: PublicKey, receipt: Receipt) -> Recipient:
        try:
            comment = verify(key, receipt.document, receipt.signature)
        except BundleRejected:
            raise refused(
                "bad-signature",
                f"its signature does not verify against {centre.name}'s signing key: it was "
                "altered or forged.",
            ) from None
        if comment != receipt.trusted_comment():
            raise refused("bad-signature", "its signed comment does not match its document.")
        return centre

    def _sent(self, bundle_id: str) -> dict[str, tuple[str, str | None]]:
        """Item id → (kind, SHA-256 sent) for what this device sent in ``bundle_id``, from the
        ``exported`` events of its own custody chains (None: sent before it recorded that)."""
        own = self.identity.fingerprint()
        found: dict[str, tuple[str, str | None]] = {}
        for item_id, entry in self.db.all(
            "SELECT item_id, entry FROM custody_events WHERE device = ? "
            "AND json_extract(entry, '$.action') = 'exported' "
            "AND json_extract(entry, '$.details.bundle_id') = ?",
            (own, bundle_id),
        ):
            details = json.loads(entry)["details"]
            if item_id.startswith("m-"):
                found[item_id] = ("media", details.get("sha256"))
            else:
                found[item_id] = ("testimony", details.get("record_sha256"))
        return found

    def _remove_media(self, item_id: str, digest: str, receipt: str) -> int:
        row = self.db.one(
            "SELECT case_id, testimony_id, kind, mime, size, sha256, sealed_blob, sealed_size, "
            "sealed_sha256 FROM media_items WHERE id = ?",
            (item_id,),
        )
        if row is None:
            raise _Keep("no longer on this device (deleted)")
        if digest != row["sealed_sha256"]:
            raise _Keep(
                "the centre holds only a cleaned copy; the sealed original stays (export it "
                "with --policy keep to let it go)"
            )
        derivatives = self.db.all(
            "SELECT policy, blob, sha256, size FROM derivatives WHERE item_id = ? ORDER BY policy",
            (item_id,),
        )
        details = {
            "kind": row["kind"],
            "mime": row["mime"],
            "testimony_id": row["testimony_id"],
            "original_sha256": row["sha256"],
            "sealed_sha256": row["sealed_sha256"],
            "size": row["size"],
            "derivatives": [
                {"policy": d["policy"], "sha256": d["sha256"], "size": d["size"]}
                for d in derivatives
            ],
        }
        with self.db.transaction():
            self._tombstone(item_id, "media", row["case_id"], row["sha256"], details, receipt)
            blobs = self.media.drop_record(item_id)
        erased = 0
        for blob_id in blobs:
            # The record and its file keys are gone for good: a file the disk will not let us
            # overwrite or remove now is unreadable, and the next unlock sweeps it as an orphan.
            with contextlib.suppress(OSError):
                self.blobs.erase(blob_id)
                erased += 1
        return erased

    def _remove_testimony(self, item_id: str, digest: str, receipt: str) -> None:
        try:
            testimony = self.testimonies.get(item_id)
        except NotFound:
            raise _Keep("no longer on this device (deleted)") from None
        record = testimony.to_json()
        record.pop("witness_code")
        if record_digest(record) != digest:
            raise _Keep("changed since it was sent; export it again first")
        details = {
            "witness_id": testimony.witness_id,
            "statement_sha256": hashlib.sha256(testimony.statement.encode("utf-8")).hexdigest(),
            "record_sha256": digest,
            "consent": list(testimony.consent.scopes),
        }
        with self.db.transaction():
            self._tombstone(item_id, "testimony", testimony.case_id, digest, details, receipt)
            self.testimonies.delete(item_id)

    def _tombstone(
        self,
        item_id: str,
        kind: str,
        case_id: str,
        digest: str,
        details: dict[str, Any],
        receipt: str,
    ) -> None:
        self.db.execute(
            "INSERT INTO tombstones(item_id, kind, case_id, sha256, details, receipt, removed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                item_id,
                kind,
                case_id,
                digest,
                json.dumps(details, sort_keys=True),
                receipt,
                now_iso(),
            ),
        )
        self.custody.append(
            item_id, "removed", {"receipt_sha256": receipt, "sha256": digest, "kind": kind}
        )


class _Keep(HumdocError):
    """Why one item stays on the device (collected, never raised to the user)."""
