"""Export: the consent- and policy-gated selection, written as a signed, encrypted bundle.

What leaves: the chosen cases and their incidents; testimonies whose witness consented to sharing
with the documentation centre (``share-centre``), with their witnesses' pseudonyms and roles;
media under the export policy (the sealed original only under ``keep``, otherwise the lossless
derivative; a file that cannot comply is held back, naming the reason); the custody log of every
item that leaves. What was held back, and why, is reported to the exporter and never written into
the bundle.

Every bundle gets a sequence number that is burnt (committed to the vault) before a byte of it is
written and never handed out again, even if the process is killed mid-way: the centre then sees a
gap, never two bundles with one number. Only an export that failed or was cancelled while still
running, whose file was never a valid bundle, gives its number back. Before writing, the exporter
removes from the destination folder the unfinished files that killed exports left there, and
says which.

Real identities leave only when the exporter asks for them (``include_identity``) and gives the
identity-compartment passphrase, and only for witnesses whose every carried testimony has
``share-identity`` consent; other witnesses' identities are held back and reported. Without the
flag nothing about identities is read or written.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from humdoc.core import safefs
from humdoc.core.bundle import FIRST_BUNDLE, FORMAT, PayloadFile, WrittenBundle, write_bundle
from humdoc.core.bundle.format import FORMAT_V1
from humdoc.core.bundle.limits import Limits
from humdoc.core.custody import CustodyLog
from humdoc.core.device_keys import DeviceKeyStore
from humdoc.core.domain.cases import Cases
from humdoc.core.domain.identities import IdentityCompartment
from humdoc.core.domain.testimonies import Testimonies
from humdoc.core.errors import (
    BundleRejected,
    FileExists,
    HumdocError,
    InvalidInput,
    NoIdentityCompartment,
)
from humdoc.core.exchange import records
from humdoc.core.exchange.partners import Recipients
from humdoc.core.exchange.receipts import record_digest
from humdoc.core.media import MediaType, Policy, applicable_policy, can_leave
from humdoc.core.mediaitems import MediaItem, MediaLibrary
from humdoc.core.progress import (
    Cancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)
from humdoc.core.settings import Settings
from humdoc.core.vault.database import Database


@dataclass(frozen=True)
class HeldBack:
    """Something that did not leave, and why (shown to the exporter only)."""

    kind: str
    id: str
    reason: str


@dataclass
class ExportPlan:
    """What an export would carry; built by reading alone (``Exporter.plan``).

    Media whose cleaned copy under the export policy does not exist yet are listed in
    ``to_prepare``; ``Exporter.prepare`` makes those copies and moves each entry into ``media``
    (or, if no compliant copy can be made, into ``held_back``). A plan is ``ready`` to be
    written once nothing is left to prepare.
    """

    case_ids: list[str]
    rows: dict[str, list[dict[str, Any]]]
    media: list[tuple[dict[str, Any], Callable[[], Any]]]  # (record, opener)
    held_back: list[HeldBack] = field(default_factory=list)
    #: Person ids whose identities would leave (only ever non-empty with ``include_identity``).
    identities: list[str] = field(default_factory=list)
    #: ``(item id, policy)`` of media that can leave once their cleaned copy is made.
    to_prepare: list[tuple[str, str]] = field(default_factory=list)
    #: Every media item considered for the bundle, in the order the bundle lists them.
    media_order: list[str] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        """True once every cleaned copy the plan needs exists (nothing left to prepare)."""
        return not self.to_prepare

    @property
    def item_ids(self) -> list[str]:
        return [r["id"] for r in self.rows["testimonies"]] + [r["id"] for r, _ in self.media]

    def summary(self) -> dict[str, Any]:
        return {
            "cases": self.case_ids,
            "testimonies": len(self.rows["testimonies"]),
            "media": len(self.media) + len(self.to_prepare),
            "identities": len(self.identities),
            "held_back": [h.__dict__ for h in self.held_back],
        }


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    sequence: int
    sha256: str
    size: int
    plan: ExportPlan
    #: The bundle's identity: SHA-256 of its signed tag manifest (what the centre recognises).
    identity: str = ""
    format: str = FORMAT
    #: Unfinished files of interrupted exports removed from the destination folder first.
    removed_leftovers: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "bundle_id": self.bundle_id,
            "sequence": self.sequence,
            "format": self.format,
            "identity": self.identity,
            "sha256": self.sha256,
            "size": self.size,
            "removed_leftovers": self.removed_leftovers,
            **self.plan.summary(),
        }


class Exporter:
    """Builds export plans and writes bundles for one vault."""

    def __init__(
        self,
        db: Database,
        cases: Cases,
        testimonies: Testimonies,
        media: MediaLibrary,
        custody: CustodyLog,
        device_keys: DeviceKeyStore,
        recipients: Recipients,
        settings: Callable[[], Settings],
        identities: IdentityCompartment | None = None,
    ) -> None:
        self.db = db
        self.cases = cases
        self.testimonies = testimonies
        self.media = media
        self.custody = custody
        self.device_keys = device_keys
        self.recipients = recipients
        self.settings = settings
        self.identities = identities or IdentityCompartment(db)

    def plan(
        self, case_ids: list[str], policy: str | None = None, include_identity: bool = False
    ) -> ExportPlan:
        """Select what may leave from ``case_ids`` under ``policy`` (default: case, then vault).

        Reads only: nothing is written to the vault, its database or its custody logs, and no
        attachment is decrypted. Media of a type that cannot comply with the policy are held
        back with the reason (``can_leave``); media whose cleaned copy is still to be made are
        listed in ``to_prepare`` (see ``prepare``).

        With ``include_identity`` the plan also names the witnesses whose identities may leave
        (``identities``) and holds back, with the reason, those whose consent does not allow it.
        Planning needs no compartment passphrase: it reads only which persons have an identity.
        """
        if not case_ids:
            raise InvalidInput("Name at least one case to export.")
        cases = [self.cases.get(c) for c in dict.fromkeys(case_ids)]
        plan = ExportPlan([c.id for c in cases], {k: [] for k in records.RECORD_FILES}, [])
        withheld: set[str] = set()
        witnesses: set[str] = set()
        for case in cases:
            row = case.to_json()
            row.pop("policy")
            plan.rows["cases"].append(row)
            plan.rows["incidents"] += [i.to_json() for i in self.cases.incidents(case.id)]
            for t in self.testimonies.list(case.id, limit=1_000_000):
                if not t.consent.allows("share-centre"):
                    withheld.add(t.id)
                    plan.held_back.append(
                        HeldBack(
                            "testimony",
                            t.id,
                            "the witness has not consented to sharing with the centre",
                        )
                    )
                    continue
                row = t.to_json()
                row.pop("witness_code")
                plan.rows["testimonies"].append(row)
                witnesses.add(t.witness_id)
            case_policy, _origin = applicable_policy(
                policy, case.policy, self.settings().default_policy
            )
            for item in self.media.list(case.id, limit=1_000_000):
                if item.testimony_id in withheld:
                    plan.held_back.append(
                        HeldBack(
                            "media",
                            item.id,
                            "linked to a testimony whose consent does not allow sharing",
                        )
                    )
                    continue
                plan.media_order.append(item.id)
                refusal = can_leave(_media_type(item), case_policy)
                if refusal is not None:
                    plan.held_back.append(
                        HeldBack("media", item.id, _refused(item, case_policy, refusal))
                    )
                elif case_policy is Policy.KEEP or any(
                    d.policy == case_policy.value for d in item.derivatives
                ):
                    plan.media.append(self._media_entry(item, case_policy.value))
                else:
                    plan.to_prepare.append((item.id, case_policy.value))
        for pid in sorted(witnesses):
            row = self.db.one("SELECT id, code, role, created FROM persons WHERE id = ?", (pid,))
            plan.rows["persons"].append(dict(row))
        if include_identity:
            recorded = set(self.identities.person_ids())
            for pid in sorted(witnesses & recorded):
                if records.identity_consented(plan.rows["testimonies"], pid):
                    plan.identities.append(pid)
                else:
                    plan.held_back.append(
                        HeldBack(
                            "identity",
                            pid,
                            "the witness has not consented to sharing their identity",
                        )
                    )
        return plan

    def _read_identities(self, plan: ExportPlan, passphrase: bytes | None) -> None:
        """Decrypt the identities the plan names into ``plan.rows["identities"]``.

        Raises ``InvalidInput`` without a passphrase, ``NotFound`` without a compartment and
        ``WrongPassphrase`` if the passphrase does not open it — all before anything is written.
        """
        if not passphrase:
            raise InvalidInput("Including identities needs the identity-compartment passphrase.")
        if not self.identities.exists():
            raise NoIdentityCompartment(
                "This vault has no identity compartment, so there are no identities to include."
            )
        rows: list[dict[str, Any]] = []
        with self.identities.open(passphrase) as comp:
            for pid in plan.identities:
                record = comp.get(pid)
                if record is not None:  # deleted since planning: nothing to carry
                    rows.append({"person_id": pid, **record.to_json()})
        plan.identities = [r["person_id"] for r in rows]
        if rows:
            plan.rows["identities"] = rows

    def prepare(
        self,
        plan: ExportPlan,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> ExportPlan:
        """Make the cleaned copies ``plan`` still needs, one item at a time, and return it ready.

        Each copy is committed with its custody event as it is made (a copy is kept once made:
        a later export under the same policy uses it). An item whose copy cannot be made is
        moved to ``held_back`` with the reason. ``progress(done, total)`` counts items;
        ``OperationCancelled`` between items if ``cancelled()`` turns true, with ``plan``
        unchanged for the items not reached.
        """
        total = len(plan.to_prepare)
        progress(0, total)
        while plan.to_prepare:
            check_cancelled(cancelled)
            item_id, policy = plan.to_prepare[0]
            try:
                self.media.derivative(item_id, policy)
                plan.media.append(self._media_entry(self.media.get(item_id), policy))
            except HumdocError as exc:
                plan.held_back.append(HeldBack("media", item_id, str(exc)))
            plan.to_prepare.pop(0)
            progress(total - len(plan.to_prepare), total)
        rank = {item_id: n for n, item_id in enumerate(plan.media_order)}
        plan.media.sort(key=lambda entry: rank.get(entry[0]["id"], len(rank)))
        return plan

    def _media_entry(
        self, item: MediaItem, policy: str
    ) -> tuple[dict[str, Any], Callable[[], Any]]:
        item_id = item.id
        if policy == "keep":
            ext, mime, digest, size = (
                item.extension,
                item.mime,
                item.sealed_sha256,
                item.sealed_size,
            )
            converted, removed = False, []
            opener: Callable[[], Any] = lambda: self.media.open_sealed(item_id)  # noqa: E731
        else:
            d = next(x for x in item.derivatives if x.policy == policy)
            ext, mime, digest, size = d.extension, d.mime, d.sha256, d.size
            converted, removed = d.converted, list(d.removed)
            opener = lambda: self.media.open_derivative(item_id, policy)  # noqa: E731
        record = {
            "id": item.id,
            "case_id": item.case_id,
            "testimony_id": item.testimony_id,
            "file": f"media/{item.id}.{ext}",
            "kind": item.kind,
            "mime": mime,
            "policy": policy,
            "original_sha256": item.sha256,
            "sha256": digest,
            "size": size,
            "converted": converted,
            "removed": removed,
            "metadata": records.media_metadata(item.metadata, policy),
            "imported_at": item.imported_at,
        }
        return record, opener

    def export(
        self,
        case_ids: list[str],
        recipient_names: list[str],
        out: Path,
        policy: str | None = None,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
        include_identity: bool = False,
        identity_passphrase: bytes | None = None,
    ) -> ExportResult:
        """Write the bundle to ``out``; it appears there only when complete.

        ``include_identity`` (with ``identity_passphrase``) carries the identities of witnesses
        who consented to it; see ``plan``. A missing or wrong passphrase fails before anything
        is written or numbered. Unfinished files that killed exports left in ``out``'s folder
        are removed first and named in ``ExportResult.removed_leftovers``.
        """
        if not recipient_names:
            raise InvalidInput("Name at least one recipient (--to).")
        recipients = [self.recipients.get(n).recipient for n in dict.fromkeys(recipient_names)]
        if out.exists():
            raise FileExists(out.name)
        if not out.parent.is_dir():
            raise InvalidInput(f"The folder {out.parent} does not exist.")
        if safefs.is_temp_name(out.name):
            raise InvalidInput(f"{out.name} is how humdoc names unfinished files; choose another.")
        plan = self.plan(case_ids, policy, include_identity)
        if include_identity:
            self._read_identities(plan, identity_passphrase)
        # Cleaned copies are made before a number is reserved: cancelling here burns nothing.
        self.prepare(plan, cancelled=cancelled)
        payload = self._payload(plan)
        _check_fits(payload)
        removed = safefs.remove_temp_leftovers(out.parent)
        bundle_id = "b-" + secrets.token_hex(12)
        sequence, link = self._reserve(out, bundle_id)
        published: list[WrittenBundle] = []

        def record(written: WrittenBundle) -> None:
            # Durable before the file can be a valid bundle: a kill from here on leaves a number
            # whose bundle may exist, so the next bundle names it as its predecessor.
            with self.db.transaction() as db:
                db.execute(
                    "UPDATE exports SET sha256 = ?, tagmanifest_sha256 = ? WHERE sequence = ?",
                    (written.sha256, written.tagmanifest_sha256, sequence),
                )
            published.append(written)

        key = self.device_keys.signing_key()
        try:
            written = write_bundle(
                out,
                payload,
                [("External-Description", "humdoc export")],
                key,
                recipients,
                bundle_id,
                sequence,
                datetime.now(UTC).replace(microsecond=0),
                progress,
                cancelled,
                previous_bundle_sha256=link[1] if link[0] == "file" else None,
                previous_tagmanifest_sha256=link[1] if link[0] == "tagmanifest" else None,
                bundle_format=FORMAT,
                before_publish=record,
            )
        except BaseException:
            self._settle_failed(sequence, bool(published))
            raise
        finally:
            key.wipe()
        with self.db.transaction() as db:
            db.execute(
                "UPDATE exports SET status = 'done', sha256 = ?, tagmanifest_sha256 = ?, "
                "summary = ? WHERE sequence = ?",
                (
                    written.sha256,
                    written.tagmanifest_sha256,
                    json.dumps(plan.summary()),
                    sequence,
                ),
            )
            for rec, _ in plan.media:
                self.custody.append(
                    rec["id"],
                    "exported",
                    {
                        "bundle_id": bundle_id,
                        "sequence": sequence,
                        "sha256": rec["sha256"],
                        "policy": rec["policy"],
                    },
                )
            carried_identities = set(plan.identities)
            for t in plan.rows["testimonies"]:
                details: dict[str, Any] = {
                    "bundle_id": bundle_id,
                    "sequence": sequence,
                    # what a centre's receipt must name for this testimony (receipts.py)
                    "record_sha256": record_digest(t),
                }
                if t["witness_id"] in carried_identities:
                    # Who let a witness's identity leave, and when, belongs in the record.
                    details["witness_identity"] = True
                self.custody.append(t["id"], "exported", details)
        return ExportResult(
            out,
            bundle_id,
            sequence,
            written.sha256,
            written.size,
            plan,
            written.tagmanifest_sha256,
            written.format,
            removed,
        )

    def _settle_failed(self, sequence: int, published: bool) -> None:
        """After a failure or cancellation while this process still runs.

        Before publication the file was never a valid bundle and ``write_bundle`` removed it: no
        bundle with this number exists anywhere, and the number is given back (a cancelled export
        leaves no gap at the centre). From publication on the number stays burnt.
        """
        with contextlib.suppress(HumdocError):
            if published:
                self.db.execute(
                    "UPDATE exports SET status = 'abandoned' WHERE sequence = ? "
                    "AND status = 'writing'",
                    (sequence,),
                )
            else:
                self.db.execute(
                    "DELETE FROM exports WHERE sequence = ? AND status = 'writing'", (sequence,)
                )

    def _payload(self, plan: ExportPlan) -> list[PayloadFile]:
        files: list[PayloadFile] = []
        for kind in records.RECORD_FILES:
            rows = plan.rows[kind] if kind != "media" else [r for r, _ in plan.media]
            files.append(_bytes_file(f"records/{kind}.json", _encode_checked(kind, rows)))
        for kind in records.OPTIONAL_RECORD_FILES:
            if plan.rows.get(kind):
                files.append(
                    _bytes_file(f"records/{kind}.json", _encode_checked(kind, plan.rows[kind]))
                )
        for rec, opener in plan.media:
            files.append(PayloadFile(rec["file"], rec["size"], opener, rec["sha256"]))
        for item_id in plan.item_ids:
            lines = "".join(
                json.dumps(e.to_json(), sort_keys=True) + "\n" for e in self.custody.chain(item_id)
            )
            files.append(_bytes_file(f"custody/{item_id}.jsonl", lines.encode()))
        return files

    def _reserve(self, out: Path, bundle_id: str) -> tuple[int, tuple[str, str]]:
        """Burn the next sequence number for ``bundle_id`` and return it with the link to the
        predecessor: ``("tagmanifest", identity)``, or ``("file", sha256)`` after a bundle
        written before identities were recorded.

        Exports a killed process left unfinished are settled first: one whose file is in place
        with the recorded content is done; any other is abandoned, its number never reused.
        """
        with self.db.transaction() as db:
            for stale in db.all(
                "SELECT sequence, out_path, sha256, format FROM exports WHERE status = 'writing'"
            ):
                path = Path(stale[1])
                # An older humdoc recorded nothing before renaming; this one records the file's
                # digest before it can become a bundle, so only that file counts as done.
                legacy = stale[3] == FORMAT_V1
                there = path.is_file() and not path.is_symlink()
                done = there and (legacy or _sha256_file(path) == stale[2])
                if done and legacy:
                    db.execute(
                        "UPDATE exports SET sha256 = ? WHERE sequence = ?",
                        (_sha256_file(path), stale[0]),
                    )
                db.execute(
                    "UPDATE exports SET status = ? WHERE sequence = ?",
                    ("done" if done else "abandoned", stale[0]),
                )
            last = db.one("SELECT max(sequence) FROM exports")[0]
            sequence = int(last or 0) + 1
            named = db.one(
                "SELECT tagmanifest_sha256, sha256 FROM exports WHERE tagmanifest_sha256 IS NOT "
                "NULL OR (status = 'done' AND sha256 IS NOT NULL) ORDER BY sequence DESC LIMIT 1"
            )
            if named is None:
                link = ("tagmanifest", FIRST_BUNDLE)
            elif named[0] is not None:
                link = ("tagmanifest", str(named[0]))
            else:
                link = ("file", str(named[1]))
            db.execute(
                "INSERT INTO exports(sequence, bundle_id, status, out_path, format, previous, "
                "created, summary) VALUES (?, ?, 'writing', ?, ?, ?, ?, '{}')",
                (
                    sequence,
                    bundle_id,
                    str(out.resolve()),
                    FORMAT,
                    link[1],
                    datetime.now(UTC).isoformat(),
                ),
            )
        return sequence, link

    def history(self) -> list[dict[str, Any]]:
        rows = self.db.all("SELECT * FROM exports WHERE status = 'done' ORDER BY sequence")
        return [{**dict(r), "summary": json.loads(r["summary"])} for r in rows]


def _media_type(item: MediaItem) -> MediaType:
    return MediaType(item.kind, item.format, item.mime, item.extension)


def _refused(item: MediaItem, policy: Policy, reason: str) -> str:
    # the words MediaLibrary.derivative uses when making the copy fails
    return f"{item.original_name} ({item.id}) cannot leave under {policy}: {reason}"


def _encode_checked(kind: str, rows: list[dict[str, Any]]) -> bytes:
    """One record file, checked by the schema the centre applies: a record the centre would
    refuse (a control character from an older version, a field too long) stops the export here,
    with its reason, instead of making a bundle that travels to be refused."""
    data = records.encode(kind, rows)
    try:
        records.decode(kind, data)
    except BundleRejected as exc:
        raise InvalidInput(
            f"Export stopped, the centre would refuse it: {exc} Correct the record and export again."
        ) from None
    return data


def _check_fits(payload: list[PayloadFile]) -> None:
    """Refuse, before anything is written, a bundle a centre would refuse for its size."""
    limits = Limits()
    tag_files = 8  # bagit.txt, bag-info.txt, the manifests, labels and the signature
    if len(payload) + tag_files > limits.max_members:
        raise InvalidInput(
            f"This export would hold {len(payload):,} files; a centre accepts at most "
            f"{limits.max_members - tag_files:,} in one bundle. Export the case in parts "
            "(by incident or by date)."
        )
    total = sum(f.size for f in payload)
    if total > limits.max_total:
        raise InvalidInput(
            f"This export would hold {total / 1024**3:.1f} GiB; a centre accepts at most "
            f"{limits.max_total / 1024**3:.0f} GiB in one bundle. Export the case in parts "
            "(by incident or by date)."
        )


def _bytes_file(path: str, data: bytes) -> PayloadFile:
    @contextlib.contextmanager
    def opener() -> Iterator[BinaryIO]:
        yield io.BytesIO(data)

    return PayloadFile(path, len(data), opener, hashlib.sha256(data).hexdigest())


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with safefs.open_regular(path) as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()
