"""The documentation centre's side: verify a bundle completely, then import it.

The bundle library performs the format checks in DESIGN.md's order (size cap, streaming decrypt,
tar members, signature against the pinned key, tag manifest, manifest, exact file set); this
module adds what needs the centre's database: recognising a bundle received before (by what its
device signed, so a re-encrypted copy is the same bundle), replay and fork detection
(``humdoc.core.exchange.arrivals``), the records' validity, the custody chains, and only then
the media files. Nothing of a rejected bundle stays: every spooled blob is discarded before the
error is raised. Bundles may arrive in any order: each record keeps every version received, and
the newest by its custody chain is shown (``humdoc.core.exchange.versions``). A file an
interrupted export left behind (named as a temporary file, or still marked unfinished) is refused.

A bundle may carry witnesses' real identities (``records/identities.json``). The centre checks
the consent behind each one again, and imports them only into its own identity compartment,
unlocked with a passphrase asked for only when such a bundle is received; without it, nothing
of the bundle is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humdoc.core.blobs import BlobStore
from humdoc.core.bundle import Limits, ReceivedBag, open_bundle
from humdoc.core.bundle.minisign import PublicKey
from humdoc.core.bundle.reader import Spool
from humdoc.core.bundle.writer import UNFINISHED_MAGIC
from humdoc.core.custody import CustodyEvent, CustodyLog, verify_chain
from humdoc.core.device_keys import DeviceKeyStore
from humdoc.core.domain.identities import IdentityCompartment, OpenCompartment
from humdoc.core.errors import BundleRejected, HumdocError, InvalidInput, StreamLengthMismatch
from humdoc.core.exchange import records
from humdoc.core.exchange.arrivals import arrivals, check_arrival, describe_missing
from humdoc.core.exchange.importer import import_records, record_copy
from humdoc.core.exchange.partners import Device, Devices
from humdoc.core.exchange.spool import VaultSpool
from humdoc.core.exchange.versions import ReceivedVersion, Versions
from humdoc.core.media import HEAD_BYTES, sniff
from humdoc.core.progress import Cancelled, Progress, never_cancelled, no_progress
from humdoc.core.safefs import is_temp_name, open_regular
from humdoc.core.streams import read_all, read_up_to
from humdoc.core.vault.database import Database

MAX_CUSTODY_BYTES = 64 * 1024 * 1024
#: Verified record and custody files are kept in memory up to this much, and small media until
#: adopted up to as much again, so the vault's disk sees only the media files it keeps.
HOLD_IN_MEMORY = 64 * 1024 * 1024


@dataclass
class Checked:
    """A bundle that passed every check, with its parsed contents."""

    bag: ReceivedBag
    device_name: str
    device_fp: str
    rows: dict[str, list[dict[str, Any]]]
    chains: dict[str, list[CustodyEvent]]
    duplicate: bool = False
    warnings: list[str] = field(default_factory=list)
    #: Sequence numbers of this device not (yet) arrived, as inclusive ranges.
    missing: list[tuple[int, int]] = field(default_factory=list)
    #: ``(kind, id)`` of records this bundle carried older than versions already held.
    older: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "bundle_id": self.bag.bundle_id,
            "device": self.device_name,
            "device_fingerprint": self.device_fp,
            "sequence": self.bag.sequence,
            "format": self.bag.format,
            "identity": self.bag.tagmanifest_sha256,
            "sha256": self.bag.bundle_sha256,
            "created": self.bag.created.isoformat(),
            "cases": len(self.rows.get("cases", [])),
            "testimonies": len(self.rows.get("testimonies", [])),
            "media": len(self.rows.get("media", [])),
            "identities": len(self.rows.get("identities", [])),
            "already_received": self.duplicate,
            "missing": [list(r) for r in self.missing],
            # Not a warning: bundles may arrive in any order, and nothing was lost.
            "older_versions": [{"kind": k, "id": i} for k, i in self.older],
            "warnings": self.warnings,
        }


class BundleChecker:
    """Every check a centre makes of a bundle, whatever keeps its devices and its ledger.

    A centre vault (``Receiver``) and a shared archive (``humdoc.core.archive.receive``) each
    say where the devices, the ledger, the age identity and the spool are; the checks, in
    DESIGN.md's order, are these. ``check`` returns a ``Checked`` bundle or raises
    ``BundleRejected`` with every spooled file discarded.
    """

    limits: Limits

    # --- what the centre provides ---------------------------------------------------------

    def age_identities(self) -> list[str]:
        """The centre's age identities (``AGE-SECRET-KEY-…``) a bundle may be encrypted to."""
        raise NotImplementedError

    def spool(self) -> Spool:
        """Where the bundle's files are spooled (encrypted) while it is checked."""
        raise NotImplementedError

    def _device_by_key_id(self, key_id: str) -> Device | None:
        """The enrolled device whose key has ``key_id``, revoked or not, or None."""
        raise NotImplementedError

    def _lookup_key_id(self, key_id: str) -> PublicKey | None:
        """The pinned key the signature names, or None. A revoked device's bundle is refused
        here (``revoked-device``), before its signature is checked or anything is written."""
        dev = self._device_by_key_id(key_id)
        if dev is not None and dev.revoked is not None:
            raise BundleRejected(
                "revoked-device",
                f"The bundle is signed with the key of {dev.revocation()}; "
                "its bundles are no longer accepted.",
            )
        return None if dev is None else dev.key()

    def _key_for(self, fingerprint: str) -> PublicKey | None:
        """The key custody entries of ``fingerprint`` are checked against, or None."""
        raise NotImplementedError

    def device_name(self, fingerprint: str) -> str | None:
        """The enrolled device's name, or None if no device has this key."""
        raise NotImplementedError

    def arrival(self, bag: ReceivedBag, fingerprint: str) -> tuple[bool, list[tuple[int, int]]]:
        """(received before, missing sequence ranges) of this device's bundle ``bag``;
        ``BundleRejected`` for a replay or a fork (``arrivals.check_arrival_in``)."""
        raise NotImplementedError

    # --- checks ---------------------------------------------------------------------------

    def check(self, path: Path, progress: Progress, cancelled: Cancelled) -> Checked:
        if not path.is_file():
            raise BundleRejected("missing", f"{path.name}: no such bundle file.")
        _refuse_unfinished(path)
        bag = open_bundle(
            path,
            self.age_identities(),
            self._lookup_key_id,
            self.spool(),
            self.limits,
            progress,
            cancelled,
            hold=HOLD_IN_MEMORY,
        )
        try:
            fingerprint = bag.signer.fingerprint()
            name = self.device_name(fingerprint)
            if name is None:  # the key id matched but the key did not: never trust it
                raise BundleRejected(
                    "unknown-device", "The bundle's signing key is not an enrolled device."
                )
            checked = Checked(bag, name, fingerprint, {}, {})
            checked.duplicate, checked.missing = self.arrival(bag, fingerprint)
            if checked.duplicate:
                checked.warnings.append(
                    f"Already received: bundle {bag.sequence} from {name} arrived before "
                    "(the same signed content); nothing was imported again."
                )
            gap = describe_missing(name, checked.missing)
            if gap:
                checked.warnings.append(gap)
            self._parse(bag, checked)
            return checked
        except BaseException:
            bag.discard()
            raise

    def _read(self, bag: ReceivedBag, rel: str, cap: int) -> bytes:
        """All of payload file ``rel``: exactly the bytes received, read to the end of the spool
        (one ``read`` of a spooled file is one 64 KiB chunk). ``BundleRejected("bad-records")``
        if it is missing, over ``cap``, or does not read back at the size it was received at."""
        info = bag.files.get(rel)
        if info is None:
            raise BundleRejected("bad-records", f"The bundle lacks {rel}.")
        if info.size > cap:
            raise BundleRejected(
                "bad-records", f"{rel} is too large ({info.size} bytes; at most {cap})."
            )
        with bag.open(rel) as fh:
            try:
                return read_all(fh, info.size, cap, rel)
            except StreamLengthMismatch as exc:
                raise BundleRejected(
                    "bad-records", f"{rel} did not read back whole: {exc}"
                ) from None

    def _parse(self, bag: ReceivedBag, checked: Checked) -> None:
        rows = {
            kind: records.decode(
                kind, self._read(bag, f"records/{kind}.json", records.MAX_RECORD_BYTES)
            )
            for kind in records.RECORD_FILES
        }
        for kind in records.OPTIONAL_RECORD_FILES:
            if f"records/{kind}.json" in bag.files:
                rows[kind] = records.decode(
                    kind,
                    self._read(bag, f"records/{kind}.json", records.MAX_IDENTITY_RECORD_BYTES),
                )
                if not rows[kind]:
                    raise BundleRejected("bad-records", f"{kind}.json is present but empty.")
        checked.rows = rows
        case_ids = {r["id"] for r in rows["cases"]}
        person_ids = {r["id"] for r in rows["persons"]}
        for kind, key, known in (
            ("incidents", "case_id", case_ids),
            ("testimonies", "case_id", case_ids),
            ("testimonies", "witness_id", person_ids),
            ("media", "case_id", case_ids),
        ):
            if any(r[key] not in known for r in rows[kind]):
                raise BundleRejected(
                    "bad-records", f"A record in {kind}.json points to a missing {key}."
                )
        self._check_identities(rows)
        expected = {f"records/{k}.json" for k in (*records.RECORD_FILES, *rows.keys())}
        items = [r["id"] for r in rows["testimonies"]] + [r["id"] for r in rows["media"]]
        expected |= {f"custody/{i}.jsonl" for i in items}
        expected |= {r["file"] for r in rows["media"]}
        if set(bag.files) != expected:
            extra = sorted(set(bag.files) ^ expected)
            raise BundleRejected(
                "bad-records", f"The bundle's files do not match its records ({extra[0]})."
            )
        for item_id in items:
            checked.chains[item_id] = self._chain(bag, item_id)
        for rec in rows["media"]:
            self._check_media(bag, rec, checked.chains[rec["id"]])

    def _check_identities(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        """Each identity must belong to a witness of a carried testimony who consented to it."""
        for r in rows.get("identities", []):
            if not records.identity_consented(rows["testimonies"], r["person_id"]):
                raise BundleRejected(
                    "bad-records",
                    "The bundle carries the identity of a person who is not the witness of a "
                    "carried testimony with consent to share their identity; it was refused.",
                )

    def _chain(self, bag: ReceivedBag, item_id: str) -> list[CustodyEvent]:
        data = self._read(bag, f"custody/{item_id}.jsonl", MAX_CUSTODY_BYTES)
        # Every line and entry is checked against its schema before anything reads its fields.
        events = [CustodyEvent.from_json(obj) for obj in records.decode_custody(item_id, data)]
        problems = verify_chain(item_id, events, self._key_for)
        if not events or problems:
            why = problems[0] if problems else "it is empty"
            raise BundleRejected("custody", f"The custody log of {item_id} does not verify: {why}.")
        return events

    def _check_media(
        self, bag: ReceivedBag, rec: dict[str, Any], chain: list[CustodyEvent]
    ) -> None:
        info = bag.files[rec["file"]]
        if info.sha256 != rec["sha256"] or info.size != rec["size"]:
            raise BundleRejected(
                "bad-records", f"Media file {rec['id']} does not match its record."
            )
        digests = set()
        for ev in chain:
            details = ev.fields.get("details", {})
            if (
                ev.fields.get("action") == "intake"
                and details.get("sha256") != rec["original_sha256"]
            ):
                raise BundleRejected(
                    "custody", f"The custody log of {rec['id']} names another original."
                )
            digests |= {details.get("sha256"), details.get("sealed_sha256")}
        if rec["sha256"] not in digests:
            raise BundleRejected(
                "custody", f"The custody log of {rec['id']} does not vouch for the file sent."
            )
        with bag.open(rec["file"]) as fh:  # only now is the media itself looked at
            head = read_up_to(fh, HEAD_BYTES)
        try:
            mtype = sniff(head)
        except HumdocError:
            raise BundleRejected(
                "bad-media", f"Media file {rec['id']} is not of a type humdoc accepts."
            ) from None
        if mtype.mime != rec["mime"]:
            raise BundleRejected(
                "bad-media", f"Media file {rec['id']} is not the type its record says."
            )


class Receiver(BundleChecker):
    """Verifying and importing bundles into a centre vault."""

    def __init__(
        self,
        db: Database,
        blobs: BlobStore,
        device_keys: DeviceKeyStore,
        devices: Devices,
        custody: CustodyLog,
        actor: str,
        limits: Limits | None = None,
        identities: IdentityCompartment | None = None,
    ) -> None:
        self.db = db
        self.blobs = blobs
        self.device_keys = device_keys
        self.devices = devices
        self.custody = custody
        self.actor = actor
        self.limits = limits or Limits()
        self.identities = identities or IdentityCompartment(db)
        #: Keys parsed for the receipt running (by fingerprint; None for no such device): a
        #: bundle's thousands of custody entries name a device or two. Emptied as each receipt
        #: or verification starts, so an enrolment since the last one counts.
        self._keys: dict[str, PublicKey | None] = {}

    def verify(
        self, path: Path, progress: Progress = no_progress, cancelled: Cancelled = never_cancelled
    ) -> dict[str, Any]:
        """Run every check and import nothing. Raises ``BundleRejected`` naming the reason."""
        self._keys.clear()
        checked = self._check(path, progress, cancelled)
        checked.bag.discard()
        return checked.summary()

    def receive(
        self,
        path: Path,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
        identity_passphrase: Callable[[], bytes] | None = None,
    ) -> dict[str, Any]:
        """Verify, then import; a bundle received before is recognised and changes nothing.

        ``identity_passphrase`` is called only if the bundle carries identities (and was not
        received before). If it is None or this vault has no identity compartment, raises
        ``InvalidInput``; if the passphrase is wrong, ``WrongPassphrase``: in every case before
        anything is imported, with every spooled file discarded.

        The import is one transaction: a receipt cut short at any instant (killed, say) leaves
        the bundle not received and nothing of it recorded, and the files it spooled are swept
        at the next unlock. Media files are spooled and synced in batches (``VaultSpool``),
        every one durable before the transaction that names it commits.
        """
        self._keys.clear()
        checked = self._check(path, progress, cancelled)
        compartment: OpenCompartment | None = None
        try:
            if checked.duplicate:
                with self.db.transaction() as db:  # a humdoc/1 successor may name this copy
                    record_copy(db, checked.bag.bundle_sha256, _held_id(db, checked))
            else:
                if checked.rows.get("identities"):
                    compartment = self._open_compartment(identity_passphrase)
                spool = checked.bag.spool
                assert isinstance(spool, VaultSpool)  # made by ``spool`` below
                done = import_records(
                    self.db, self.custody, checked, self._key_for, self.actor, compartment,
                    spool.settle,
                )  # fmt: skip
                for rel in done.adopted:  # these blobs now belong to media versions
                    checked.bag.files.pop(rel, None)
                checked.older = done.older
        finally:
            if compartment is not None:
                compartment.close()
            checked.bag.discard()
        return checked.summary()

    def _open_compartment(self, passphrase: Callable[[], bytes] | None) -> OpenCompartment:
        if passphrase is None or not self.identities.exists():
            raise InvalidInput(
                "This bundle carries witness identities: create the identity compartment "
                "('humdoc identity init') and give its passphrase to receive it. "
                "Nothing was imported."
            )
        return self.identities.open(passphrase())

    # --- checks ---------------------------------------------------------------------------

    def _key_for(self, fingerprint: str) -> PublicKey | None:
        if fingerprint not in self._keys:  # a fingerprint names one key: parsed once
            self._keys[fingerprint] = self._find_key(fingerprint)
        return self._keys[fingerprint]

    def _find_key(self, fingerprint: str) -> PublicKey | None:
        dev = self.devices.by_fingerprint(fingerprint)
        if dev is not None:
            return dev.key()
        own = self.device_keys.public_key()
        return own if own.fingerprint() == fingerprint else None

    def _device_by_key_id(self, key_id: str) -> Device | None:
        return self.devices.by_key_id(key_id)

    def versions(self, ref: str) -> list[ReceivedVersion]:
        """Every version received of the record ``ref``, newest (current) first."""
        return Versions(self.db).find(ref)

    def age_identities(self) -> list[str]:
        return [self.device_keys.age_identity()]

    def spool(self) -> Spool:
        return VaultSpool(self.blobs, batched=True)

    def device_name(self, fingerprint: str) -> str | None:
        device = self.devices.by_fingerprint(fingerprint)
        return None if device is None else device.name

    def arrival(self, bag: ReceivedBag, fingerprint: str) -> tuple[bool, list[tuple[int, int]]]:
        duplicate = check_arrival(self.db, bag, fingerprint)
        return duplicate, arrivals(self.db, fingerprint, bag.sequence).missing

    def _check(self, path: Path, progress: Progress, cancelled: Cancelled) -> Checked:
        return self.check(path, progress, cancelled)


def _held_id(db: Database, checked: Checked) -> str:
    """The id under which the centre holds the bundle ``checked`` is a copy of."""
    row = db.one(
        "SELECT bundle_id FROM received_bundles WHERE device = ? AND sequence = ?",
        (checked.device_fp, checked.bag.sequence),
    )
    return str(row[0])


def _refuse_unfinished(path: Path) -> None:
    """Refuse a file an interrupted export left: by its temporary name, or by its first bytes."""
    if is_temp_name(path.name):
        raise BundleRejected(
            "unfinished",
            f"{path.name} is a file an interrupted export left behind, not a bundle; export again.",
        )
    with open_regular(path) as fh:
        head = fh.read(len(UNFINISHED_MAGIC))
    if head == UNFINISHED_MAGIC:
        raise BundleRejected(
            "unfinished",
            f"{path.name} is an export that never finished, not a bundle; export again.",
        )
