"""Signed receipts: the centre says what it holds, in a form anyone can check.

A receipt is a canonical JSON document (sorted keys, no spaces, ASCII) and a minisign signature
of it by the centre's signing key, so that ``minisign -Vm FILE -p centre.pub`` checks it with
nothing else (docs/receipts.md). It names one bundle (its id, its identity: the SHA-256 of its
signed tag manifest, the sending device's fingerprint and sequence number), the moment the centre
received it, the centre's key fingerprint, and every testimony and media item with the SHA-256 it
arrived with: a media item's file as carried, a testimony's record as carried (``record_digest``).
A centre makes the same receipt, byte for byte, whenever it makes it again from its ledger.

This module makes, writes and reads receipts (as files, as one text, as QR code payloads): a
receipt is signed from a ``ReceiptEntry`` (``sign_receipt``), which a centre vault reads from its
ledger (``make_receipt``) and a shared archive from its own (``humdoc.core.archive.centre``); the
field device checks and applies them in ``humdoc.core.exchange.receipt_book``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from humdoc.core.bundle.minisign import SigningKey, sign
from humdoc.core.custody import canonical
from humdoc.core.device_keys import DeviceKeyStore
from humdoc.core.errors import (
    BundleRejected,
    InvalidInput,
    NotFound,
    ReceiptRefused,
)
from humdoc.core.exchange import schema
from humdoc.core.safefs import atomic_write, open_regular
from humdoc.core.vault.database import Database

FORMAT = "humdoc-receipt/1"
#: The first line of a receipt's text form (document and signature in one, for QR codes).
ENVELOPE = "humdoc-receipt-text/1"
#: Each QR code of a receipt shown as several: ``HR1 <n>/<count> <digest> <part>``.
QR_PREFIX = "HR1"
QR_PART_CHARS = 900  # a QR code of version 20 or so: a phone reads it off a laptop screen
MAX_RECEIPT_BYTES = 16 * 1024 * 1024
MAX_ITEMS = 1_000_000
SUFFIX = ".receipt"
SIGNATURE_SUFFIX = ".minisig"

_QR_LINE = re.compile(r"HR1 ([0-9]{1,4})/([0-9]{1,4}) ([0-9A-Fa-f]{16}) ([A-Za-z2-7]*)")
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


def refused(reason: str, message: str) -> ReceiptRefused:
    """The one refusal every receipt check raises: ``Receipt refused: <message>``."""
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
            raise refused("malformed", "it is not a humdoc receipt (not ASCII JSON).") from None
        try:
            _DOCUMENT(doc, "the receipt")
        except BundleRejected as exc:
            raise refused("malformed", f"it is not a humdoc receipt ({exc}).") from None
        if _canonical(doc) != self.document:
            raise refused("malformed", "its document is not in canonical form.")
        ids = [i["id"] for i in doc["items"]]
        if len(set(ids)) != len(ids):
            raise refused("malformed", "it names an item twice.")
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
        # Compressed (the JSON repeats its field names), then base32 without padding: only
        # characters of QR's alphanumeric mode (5.5 bits each, where the byte mode takes 8),
        # and no line ends for a scanner app to lose.
        plain = self.text().encode("ascii")
        text = base64.b32encode(zlib.compress(plain, 9)).decode("ascii").rstrip("=")
        digest = hashlib.sha256(plain).hexdigest()[:16].upper()
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


@dataclass(frozen=True)
class ReceiptEntry:
    """What a centre's ledger says of one received bundle: all a receipt names but the key.

    ``identity`` is the SHA-256 of the bundle's signed tag manifest (None for a bundle received
    before the centre kept it); ``items`` are ``{"id", "kind", "sha256"}`` ordered by id."""

    bundle_id: str
    identity: str | None
    device: str
    sequence: int
    received: str
    items: list[dict[str, str]]


def ledger_entry(db: Database, bundle_id: str) -> ReceiptEntry:
    """What a centre vault's ledger says of received bundle ``bundle_id``. ``NotFound`` if no
    such bundle was received."""
    row = db.one(
        "SELECT bundle_id, device, sequence, tagmanifest_sha256, received FROM received_bundles "
        "WHERE bundle_id = ?",
        ((bundle_id or "").strip(),),
    )
    if row is None:
        raise NotFound(f"No bundle {bundle_id.strip()!r} was received here.")
    items = []
    for kind, ref, record in db.all(
        "SELECT kind, ref, record FROM received_versions WHERE bundle_id = ? "
        "AND kind IN ('testimony', 'media') ORDER BY ref",
        (row[0],),
    ):
        rec = json.loads(record)
        digest = rec["sha256"] if kind == "media" else record_digest(rec)
        items.append({"id": ref, "kind": kind, "sha256": digest})
    return ReceiptEntry(row[0], row[3], row[1], int(row[2]), row[4], items)


def sign_receipt(entry: ReceiptEntry, key: SigningKey) -> Receipt:
    """The receipt of ``entry`` signed by the centre's ``key`` (which the caller wipes).
    ``InvalidInput`` if the entry has no identity (received before the centre kept what each
    bundle carried): no receipt can be made for it."""
    _receiptable(entry)
    doc = {
        "format": FORMAT,
        "bundle_id": entry.bundle_id,
        "bundle_identity": entry.identity,
        "device": entry.device,
        "sequence": entry.sequence,
        "centre": key.public().fingerprint(),
        "received": entry.received,
        "items": entry.items,
    }
    document = _canonical(doc)
    digest = hashlib.sha256(document).hexdigest()
    signature = sign(key, document, trusted_comment(entry.bundle_id, entry.sequence, digest))
    return Receipt(document, signature)


def _receiptable(entry: ReceiptEntry) -> None:
    if entry.identity is None:
        raise InvalidInput(
            f"Bundle {entry.bundle_id} was received before this humdoc kept what each bundle "
            "carried; no receipt can be made for it."
        )


def make_receipt(db: Database, identity: DeviceKeyStore, bundle_id: str) -> Receipt:
    """The receipt for received bundle ``bundle_id``, from the centre's ledger, signed by this
    centre's key. The same bytes every time it is made. ``NotFound`` if no such bundle was
    received; ``InvalidInput`` if it was received before this humdoc kept what each bundle
    carried (a vault from before schema 6)."""
    entry = ledger_entry(db, bundle_id)
    _receiptable(entry)
    key = identity.signing_key()
    try:
        return sign_receipt(entry, key)
    finally:
        key.wipe()


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
        raise refused(
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
        raise refused("malformed", "it is not a humdoc receipt.")
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
            raise refused("malformed", "a line is not one of a receipt's QR codes.")
        n, count = int(match[1]), int(match[2])
        if not 1 <= n <= count:
            raise refused("malformed", "a QR code's number is out of range.")
        parts[n] = match[4]
        counts.add(count)
        digests.add(match[3].lower())
    if len(counts) != 1 or len(digests) != 1:
        raise refused("malformed", "the QR codes belong to more than one receipt.")
    count = counts.pop()
    missing = [str(n) for n in range(1, count + 1) if n not in parts]
    if missing:
        raise refused("malformed", f"QR code(s) {', '.join(missing)} of {count} are missing.")
    joined = "".join(parts[n] for n in range(1, count + 1)).upper()
    try:
        packed = base64.b32decode(joined + "=" * (-len(joined) % 8))
        unpack = zlib.decompressobj()
        plain = unpack.decompress(packed, MAX_RECEIPT_BYTES)  # bounded: no decompression bomb
        if unpack.unconsumed_tail or not unpack.eof or unpack.unused_data:
            raise ValueError("not one whole compressed receipt")
        text = plain.decode("ascii")
    except (ValueError, zlib.error):
        raise refused("malformed", "a QR code was read wrongly.") from None
    if hashlib.sha256(text.encode("ascii")).hexdigest()[:16] != digests.pop():
        raise refused("malformed", "the QR codes do not add up to the receipt they name.")
    return text


def _read_file(path: Path) -> bytes:
    with open_regular(path) as fh:
        data = fh.read(MAX_RECEIPT_BYTES + 1)
    if len(data) > MAX_RECEIPT_BYTES:
        raise InvalidInput(f"{path.name} is far larger than a receipt.")
    return data
