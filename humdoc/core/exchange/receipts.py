"""Signed receipts: the centre says what it holds; the field device may then let it go.

A receipt is a canonical JSON document (sorted keys, no spaces, ASCII) and a minisign signature
of it by the centre's signing key, so that ``minisign -Vm FILE -p centre.pub`` checks it with
nothing else (docs/receipts.md). It names one bundle (its id, its identity: the SHA-256 of its
signed tag manifest, the sending device's fingerprint and sequence number), the moment the centre
received it, the centre's key fingerprint, and every testimony and media item with the SHA-256 it
arrived with: a media item's file as carried, a testimony's record as carried (``record_digest``).
A centre makes the same receipt, byte for byte, whenever it makes it again from its ledger.

The field device applies a receipt only if every check passes (``ReceiptBook.apply``): the
signature by the signing key of a centre it added (``Recipients``), a bundle this device sent
with that number and identity, every item one it sent in that bundle with exactly that SHA-256,
and no receipt for that bundle applied before. It then marks each item "safe at the centre" with
a signed custody event naming the receipt's SHA-256. Removing an item (``ReceiptBook.remove``)
crypto-erases its attachments and deletes its record, leaving a tombstone (id, hashes, receipt)
and a signed ``removed`` event, so that its chain of custody still verifies. An item is removed
only if the centre holds exactly what this device holds: a media item whose sealed original
reached the centre (exported under ``keep``), a testimony unchanged since it was sent.
Testimonies are removed only when asked for by name or with ``testimonies=True``; media also
automatically if the vault's ``remove_when_receipted`` setting is on.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humdoc.core.blobs import BlobStore
from humdoc.core.bundle.minisign import PublicKey, sign, signature_key_id, verify
from humdoc.core.custody import CustodyLog, canonical
from humdoc.core.domain.common import now_iso
from humdoc.core.domain.testimonies import Testimonies
from humdoc.core.errors import (
    BundleRejected,
    HumdocError,
    InvalidInput,
    NotFound,
    ReceiptRefused,
)
from humdoc.core.exchange import schema
from humdoc.core.exchange.partners import Recipient, Recipients
from humdoc.core.identity import Identity
from humdoc.core.mediaitems import MediaLibrary
from humdoc.core.safefs import atomic_write, open_regular
from humdoc.core.vault.database import Database

FORMAT = "humdoc-receipt/1"
#: The first line of a receipt's text form (document and signature in one, for QR codes).
ENVELOPE = "humdoc-receipt-text/1"
#: Each QR code of a receipt shown as several: ``HR1 <n>/<count> <digest> <part>``.
QR_PREFIX = "HR1"
QR_PART_CHARS = 900  # a QR code of version 25 or so: a phone reads it off a laptop screen
MAX_RECEIPT_BYTES = 16 * 1024 * 1024
MAX_ITEMS = 1_000_000
SUFFIX = ".receipt"
SIGNATURE_SUFFIX = ".minisig"

_QR_LINE = re.compile(r"HR1 ([0-9]{1,4})/([0-9]{1,4}) ([0-9A-Fa-f]{16}) ([0-9A-Fa-f]*)")
_KINDS = ("testimony", "media")


def record_digest(record: dict[str, Any]) -> str:
    """SHA-256 of a testimony record in its canonical form (sorted keys, no spaces, UTF-8): the
    same on the device that sent it and at the centre that parsed it back from the bundle."""
    return hashlib.sha256(canonical(record)).hexdigest()


def _item(value: Any, where: str) -> None:
    schema.fields(
        {
            "id": schema.any_record_id("t", "m"),
            "kind": schema.one_of(*_KINDS),
            "sha256": schema.sha256,
        }
    )(value, where)


_DOCUMENT = schema.fields(
    {
        "format": schema.one_of(FORMAT),
        "bundle_id": schema.pattern(re.compile(r"b-[0-9a-f]{24}"), 26),
        "bundle_identity": schema.sha256,
        "device": schema.fingerprint,
        "sequence": schema.integer(1, 2**62),
        "centre": schema.fingerprint,
        "received": schema.timestamp,
        "items": schema.list_of(_item, MAX_ITEMS),
    }
)


def _refused(reason: str, message: str) -> ReceiptRefused:
    return ReceiptRefused(reason, f"Receipt refused: {message}")


@dataclass(frozen=True)
class ReceiptItem:
    id: str
    kind: str
    sha256: str


@dataclass(frozen=True)
class Receipt:
    """A receipt as made or read: its document (the signed bytes) and its ``.minisig`` text."""

    document: bytes
    signature: str

    @property
    def sha256(self) -> str:
        """The receipt's SHA-256 (of its document), which custody events and tombstones name."""
        return hashlib.sha256(self.document).hexdigest()

    @property
    def fields(self) -> dict[str, Any]:
        """The document, parsed and checked. ``ReceiptRefused("malformed")`` unless it is
        canonical JSON of exactly the receipt's form."""
        try:
            doc = json.loads(self.document.decode("ascii"))
        except (UnicodeDecodeError, ValueError):
            raise _refused("malformed", "it is not a humdoc receipt (not ASCII JSON).") from None
        try:
            _DOCUMENT(doc, "the receipt")
        except BundleRejected as exc:
            raise _refused("malformed", f"it is not a humdoc receipt ({exc}).") from None
        if _canonical(doc) != self.document:
            raise _refused("malformed", "its document is not in canonical form.")
        ids = [i["id"] for i in doc["items"]]
        if len(set(ids)) != len(ids):
            raise _refused("malformed", "it names an item twice.")
        return dict(doc)

    @property
    def items(self) -> list[ReceiptItem]:
        return [ReceiptItem(i["id"], i["kind"], i["sha256"]) for i in self.fields["items"]]

    def trusted_comment(self) -> str:
        doc = self.fields
        return trusted_comment(doc["bundle_id"], doc["sequence"], self.sha256)

    def text(self) -> str:
        """The receipt as one text: a header line, the document, the signature."""
        return f"{ENVELOPE}\n{self.document.decode('ascii')}\n{self.signature}"

    def qr_parts(self, chars: int = QR_PART_CHARS) -> list[str]:
        """The receipt's text cut into QR code payloads, each ``HR1 n/count digest part``.

        ``read_receipt_text`` takes them back in any order; ``digest`` (16 hex digits of the
        text's SHA-256) keeps the parts of two receipts from being mixed.
        """
        # Upper-case hex: nothing but QR's alphanumeric mode (5.5 bits a character, where the
        # byte mode takes 8), and no line ends for a scanner app to lose.
        text = self.text().encode("ascii").hex().upper()
        digest = hashlib.sha256(self.text().encode("ascii")).hexdigest()[:16].upper()
        pieces = [text[n : n + chars] for n in range(0, len(text), chars)]
        return [f"{QR_PREFIX} {n}/{len(pieces)} {digest} {p}" for n, p in enumerate(pieces, 1)]

    def write(self, path: Path) -> tuple[Path, Path]:
        """Write the document to ``path`` and the signature to ``path`` + ``.minisig`` (each
        replaced atomically); return both paths. ``minisign -Vm path -p centre.pub`` checks it."""
        sig = path.with_name(path.name + SIGNATURE_SUFFIX)
        atomic_write(path, self.document, 0o644)
        atomic_write(sig, self.signature.encode("ascii"), 0o644)
        return path, sig


def trusted_comment(bundle_id: str, sequence: int, digest: str) -> str:
    return f"humdoc receipt for bundle {bundle_id} sequence {sequence} sha256 {digest}"


def _canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def receipt_path(bundle: Path) -> Path:
    """Where ``humdoc receive`` writes the receipt of ``bundle``: beside it, ``<name>.receipt``."""
    return bundle.with_name(bundle.name + SUFFIX)


# --- the centre ------------------------------------------------------------------------------


def make_receipt(db: Database, identity: Identity, bundle_id: str) -> Receipt:
    """The receipt for received bundle ``bundle_id``, from the centre's ledger, signed by this
    centre's key. The same bytes every time it is made. ``NotFound`` if no such bundle was
    received; ``InvalidInput`` if it was received before this humdoc kept what each bundle
    carried (a vault from before schema 6)."""
    row = db.one(
        "SELECT bundle_id, device, sequence, tagmanifest_sha256, received FROM received_bundles "
        "WHERE bundle_id = ?",
        ((bundle_id or "").strip(),),
    )
    if row is None:
        raise NotFound(f"No bundle {bundle_id.strip()!r} was received here.")
    if row[3] is None:
        raise InvalidInput(
            f"Bundle {row[0]} was received before this humdoc kept what each bundle carried; "
            "no receipt can be made for it."
        )
    items = []
    for kind, ref, record in db.all(
        "SELECT kind, ref, record FROM received_versions WHERE bundle_id = ? "
        "AND kind IN ('testimony', 'media') ORDER BY ref",
        (row[0],),
    ):
        rec = json.loads(record)
        digest = rec["sha256"] if kind == "media" else record_digest(rec)
        items.append({"id": ref, "kind": kind, "sha256": digest})
    key = identity.signing_key()
    try:
        centre = key.public().fingerprint()
        doc = {
            "format": FORMAT,
            "bundle_id": row[0],
            "bundle_identity": row[3],
            "device": row[1],
            "sequence": int(row[2]),
            "centre": centre,
            "received": row[4],
            "items": items,
        }
        document = _canonical(doc)
        digest = hashlib.sha256(document).hexdigest()
        signature = sign(key, document, trusted_comment(row[0], int(row[2]), digest))
    finally:
        key.wipe()
    return Receipt(document, signature)


# --- reading ---------------------------------------------------------------------------------


def read_receipt(path: Path) -> Receipt:
    """A receipt from ``path``: the document (its signature read from ``path.minisig``), or its
    text form (``Receipt.text``), or the payloads of its QR codes one per line, in any order.

    ``InvalidInput`` if the file cannot be read or is too large; ``ReceiptRefused("malformed")``
    if it holds none of these or parts are missing. Nothing is checked against any key here.
    """
    data = _read_file(path)
    text = data.decode("ascii", errors="replace")
    if text.startswith(ENVELOPE) or text.lstrip().startswith(QR_PREFIX + " "):
        return read_receipt_text(text)
    sig_path = path.with_name(path.name + SIGNATURE_SUFFIX)
    if not sig_path.exists():
        raise _refused(
            "malformed",
            f"its signature {sig_path.name} is not beside it (copy both files from the centre).",
        )
    signature = _read_file(sig_path).decode("ascii", errors="replace")
    return Receipt(data, signature)


def read_receipt_text(text: str) -> Receipt:
    """A receipt from its text form or its QR payloads (see ``read_receipt``)."""
    if len(text) > 2 * MAX_RECEIPT_BYTES:
        raise InvalidInput("That is far larger than a receipt.")
    stripped = text.strip()
    if stripped.startswith(QR_PREFIX + " "):
        stripped = _join_qr(stripped.splitlines()).strip()
    lines = stripped.replace("\r\n", "\n").split("\n")
    if len(lines) != 6 or lines[0].strip() != ENVELOPE:
        raise _refused("malformed", "it is not a humdoc receipt.")
    return Receipt(lines[1].strip().encode("ascii", errors="replace"), "\n".join(lines[2:]) + "\n")


def _join_qr(lines: list[str]) -> str:
    parts: dict[int, str] = {}
    counts: set[int] = set()
    digests: set[str] = set()
    for line in (line.strip() for line in lines):
        if not line:
            continue
        match = _QR_LINE.fullmatch(line)
        if match is None:
            raise _refused("malformed", "a line is not one of a receipt's QR codes.")
        n, count = int(match[1]), int(match[2])
        if not 1 <= n <= count:
            raise _refused("malformed", "a QR code's number is out of range.")
        parts[n] = match[4]
        counts.add(count)
        digests.add(match[3].lower())
    if len(counts) != 1 or len(digests) != 1:
        raise _refused("malformed", "the QR codes belong to more than one receipt.")
    count = counts.pop()
    missing = [str(n) for n in range(1, count + 1) if n not in parts]
    if missing:
        raise _refused("malformed", f"QR code(s) {', '.join(missing)} of {count} are missing.")
    try:
        text = bytes.fromhex("".join(parts[n] for n in range(1, count + 1))).decode("ascii")
    except ValueError:
        raise _refused("malformed", "a QR code was read wrongly.") from None
    if hashlib.sha256(text.encode("ascii")).hexdigest()[:16] != digests.pop():
        raise _refused("malformed", "the QR codes do not add up to the receipt they name.")
    return text


def _read_file(path: Path) -> bytes:
    with open_regular(path) as fh:
        data = fh.read(MAX_RECEIPT_BYTES + 1)
    if len(data) > MAX_RECEIPT_BYTES:
        raise InvalidInput(f"{path.name} is far larger than a receipt.")
    return data


# --- the field device ------------------------------------------------------------------------


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
        identity: Identity,
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
            raise _refused(
                "bad-signature", "it names another centre key than the one that signed it."
            )
        if doc["device"] != self.identity.fingerprint():
            raise _refused(
                "other-device",
                f"it is for another device ({doc['device']}), not this one.",
            )
        sent = self.db.one(
            "SELECT sequence, tagmanifest_sha256 FROM exports WHERE bundle_id = ? "
            "AND status != 'writing'",
            (doc["bundle_id"],),
        )
        if sent is None:
            raise _refused("not-sent", f"this device never sent bundle {doc['bundle_id']}.")
        if int(sent[0]) != doc["sequence"] or (
            sent[1] is not None and sent[1] != doc["bundle_identity"]
        ):
            raise _refused(
                "not-sent",
                f"this device sent bundle {doc['bundle_id']} as number {sent[0]} with other "
                "content than the receipt names.",
            )
        before = self.db.one(
            "SELECT applied FROM receipts WHERE bundle_id = ? OR sha256 = ?",
            (doc["bundle_id"], receipt.sha256),
        )
        if before is not None:
            raise _refused(
                "replay",
                f"a receipt for bundle {doc['bundle_id']} was applied already on "
                f"{str(before[0])[:10]}.",
            )
        carried = self._sent(doc["bundle_id"])
        unhashed = []
        for item in receipt.items:
            if item.id not in carried:
                raise _refused(
                    "not-sent",
                    f"it names {item.kind} {item.id}, which this device did not send in bundle "
                    f"{doc['bundle_id']}.",
                )
            kind, digest = carried[item.id]
            if kind != item.kind:
                raise _refused("not-sent", f"it names {item.id} as a {item.kind}; it is not.")
            if digest is None:
                unhashed.append(item.id)
            elif digest != item.sha256:
                raise _refused(
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
            raise _refused("malformed", "its signature file is malformed.") from None
        centres = self.recipients.list()
        for centre in centres:
            key = centre.key()
            if key is not None and key.key_id == key_id:
                return self._verified(centre, key, receipt), key
        keyless = [c.name for c in centres if c.signing_key is None]
        if keyless:
            raise _refused(
                "no-key",
                f"it is not signed by a centre key this device holds; receipts from "
                f"{', '.join(keyless)} cannot be checked until its signing key is added "
                "(Exchange ▸ Centres' signing keys…, or 'humdoc recipients key NAME FILE').",
            )
        raise _refused(
            "unknown-key", "it is signed by a key that belongs to no centre this device added."
        )

    def _verified(self, centre: Recipient, key: PublicKey, receipt: Receipt) -> Recipient:
        try:
            comment = verify(key, receipt.document, receipt.signature)
        except BundleRejected:
            raise _refused(
                "bad-signature",
                f"its signature does not verify against {centre.name}'s signing key: it was "
                "altered or forged.",
            ) from None
        if comment != receipt.trusted_comment():
            raise _refused("bad-signature", "its signed comment does not match its document.")
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
        blobs = [row["sealed_blob"], *(d["blob"] for d in derivatives)]
        with self.db.transaction() as db:
            self._tombstone(item_id, "media", row["case_id"], row["sha256"], details, receipt)
            db.execute("DELETE FROM media_items WHERE id = ?", (item_id,))
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
