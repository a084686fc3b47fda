"""Writing a verified bundle's contents into the centre's vault, in one transaction.

Every record the bundle carries is kept as a version (``humdoc.core.exchange.versions``); the
centre's tables show a record as the bundle carried it only if that version is now the newest,
so a bundle that arrives after a newer one never rolls the evidence back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from humdoc.core.bundle.minisign import PublicKey
from humdoc.core.custody import CustodyLog
from humdoc.core.domain.cases import Case, Incident, store_received_case, store_received_incident
from humdoc.core.domain.common import now_iso
from humdoc.core.domain.identities import IdentityRecord, OpenCompartment
from humdoc.core.domain.persons import Person, store_received_person
from humdoc.core.domain.testimonies import Consent, Testimony, store_received_testimony
from humdoc.core.errors import BundleRejected, InvalidInput
from humdoc.core.exchange.versions import Carried, Versions
from humdoc.core.mediaitems import store_item
from humdoc.core.mediarecords import NewMediaItem
from humdoc.core.vault.database import Database

if TYPE_CHECKING:
    from humdoc.core.exchange.receive import Checked


@dataclass
class Imported:
    """What ``import_records`` did."""

    #: Bundle paths whose spooled blobs media versions now own (the caller must not discard them).
    adopted: set[str] = field(default_factory=set)
    #: ``(kind, id)`` of records this bundle carried in a version older than one the centre
    #: already holds: kept as earlier versions, not shown as current.
    older: list[tuple[str, str]] = field(default_factory=list)


def import_records(
    db: Database,
    custody: CustodyLog,
    checked: Checked,
    key_for: Callable[[str], PublicKey | None],
    actor: str,
    compartment: OpenCompartment | None = None,
) -> Imported:
    """Import everything the bundle carries; return what was adopted and what was older.

    Identities the bundle carries go into ``compartment``, which the caller has unlocked.
    """
    bag, rows, device = checked.bag, checked.rows, checked.device_fp
    versions = Versions(db)
    done = Imported()
    own = custody.device_keys.fingerprint()

    def keep(kind: str, r: dict[str, Any], legacy: int | None, **extra: Any) -> bool:
        chain = checked.chains.get(r["id"], [])
        rank = len(chain) if kind in ("testimony", "media") else bag.sequence
        carried = Carried(kind, r["id"], rank, r, chain, **extra)
        current = versions.keep(carried, bag.bundle_id, device, bag.sequence, legacy)
        if not current:
            done.older.append((kind, r["id"]))
        return current

    with db.transaction():
        legacy = _legacy_ranks(db, rows, own)
        for kind, table in (
            ("case", "cases"),
            ("incident", "incidents"),
            ("testimony", "testimonies"),
        ):
            for r in rows[table]:
                _claim(db, kind, r["id"], device, bag.bundle_id)
        for r in rows["cases"]:
            if keep("case", r, legacy.get(("case", r["id"]))):
                store_received_case(db, _case(r))
        for r in rows["incidents"]:
            if keep("incident", r, legacy.get(("incident", r["id"]))):
                store_received_incident(db, _incident(r))
        for r in rows["persons"]:
            store_received_person(db, _person(r), checked.device_name)
        for r in rows["testimonies"]:
            if keep("testimony", r, legacy.get(("testimony", r["id"]))):
                store_received_testimony(db, testimony_from_row(r))
        if rows.get("identities"):
            if compartment is None:  # the receiver unlocks it first; this is a safety net
                raise InvalidInput(
                    "This bundle carries witness identities; unlock the identity compartment."
                )
            for r in rows["identities"]:
                _check_identity_source(db, r["person_id"], device)
                if keep("identity", {**r, "id": r["person_id"]}, None):
                    compartment.set(
                        r["person_id"], IdentityRecord(r["name"], r["contact"], r["notes"])
                    )
        for r in rows["media"]:
            handle = cast(tuple[str, bytes], bag.files[r["file"]].handle)
            held = versions.blob_of_file(r["id"], r["sha256"]) or _current_blob(db, r)
            if keep("media", r, legacy.get(("media", r["id"])), blob=held or handle):
                store_item(db, _media(db, r, held or handle, actor), received=True)
            if held is None:
                done.adopted.add(r["file"])
        for item_id, events in checked.chains.items():
            custody.adopt(item_id, events, key_for)
            custody.append(
                item_id,
                "received",
                {
                    "bundle_id": bag.bundle_id,
                    "bundle_sha256": bag.bundle_sha256,
                    "bundle_tagmanifest_sha256": bag.tagmanifest_sha256,
                    "sequence": bag.sequence,
                    "from_device": device,
                },
            )
        db.execute(
            "INSERT INTO received_bundles(bundle_id, device, sequence, sha256, previous, created, "
            "received, summary, tagmanifest_sha256, format, previous_kind) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                bag.bundle_id,
                device,
                bag.sequence,
                bag.bundle_sha256,
                bag.previous_bundle_sha256 or bag.previous_tagmanifest_sha256,
                bag.created.isoformat(),
                now_iso(),
                json.dumps(checked.summary()),
                bag.tagmanifest_sha256,
                bag.format,
                "file" if bag.previous_bundle_sha256 is not None else "tagmanifest",
            ),
        )
        record_copy(db, bag.bundle_sha256, bag.bundle_id)
    return done


def record_copy(db: Database, sha256: str, bundle_id: str) -> None:
    """Remember that bundle ``bundle_id`` arrived as the file with this SHA-256."""
    db.execute(
        "INSERT OR IGNORE INTO received_copies(sha256, bundle_id, received) VALUES (?, ?, ?)",
        (sha256, bundle_id, now_iso()),
    )


def _legacy_ranks(
    db: Database, rows: dict[str, list[dict[str, Any]]], own: str
) -> dict[tuple[str, str], int]:
    """Ranks of records the centre shows but received before it kept versions (schema < 6).

    For testimonies and media: how many entries of the item's chain the sending device signed
    (all but the centre's own); for cases and incidents: the sequence number of the bundle that
    last brought them. Read before this bundle changes anything.
    """
    ranks: dict[tuple[str, str], int] = {}
    for kind, table in (("case", "cases"), ("incident", "incidents")):
        for r in rows[table]:
            row = db.one(
                "SELECT b.sequence FROM origins o JOIN received_bundles b ON b.bundle_id = "
                "o.bundle_id WHERE o.kind = ? AND o.ref = ?",
                (kind, r["id"]),
            )
            if row is not None:
                ranks[(kind, r["id"])] = int(row[0])
    for kind, table, key in (("testimony", "testimonies", "id"), ("media", "media_items", "id")):
        source = "testimonies" if kind == "testimony" else "media"
        for r in rows[source]:
            if db.one(f"SELECT 1 FROM {table} WHERE {key} = ?", (r["id"],)):  # noqa: S608
                n = db.one(
                    "SELECT count(*) FROM custody_events WHERE item_id = ? AND device != ?",
                    (r["id"], own),
                )[0]
                ranks[(kind, r["id"])] = int(n)
    return ranks


def _current_blob(db: Database, r: dict[str, Any]) -> tuple[str, bytes] | None:
    """The attachment the centre shows for this item now, if it holds the same file."""
    row = db.one(
        "SELECT sealed_blob, sealed_key FROM media_items WHERE id = ? AND sealed_sha256 = ?",
        (r["id"], r["sha256"]),
    )
    return None if row is None else (str(row[0]), bytes(row[1]))


def _case(r: dict[str, Any]) -> Case:
    return Case(
        r["id"], r["title"], r["description"], r["status"], None, r["created"], r["updated"]
    )


def _incident(r: dict[str, Any]) -> Incident:
    return Incident(
        id=r["id"],
        case_id=r["case_id"],
        title=r["title"],
        description=r["description"],
        occurred_from=r["occurred_from"],
        occurred_to=r["occurred_to"],
        location=r["location"],
        created=r["created"],
        updated=r["updated"],
    )


def _claim(db: Database, kind: str, ref: str, device: str, bundle_id: str) -> None:
    """Record where a record came from; refuse one that another device already sent."""
    row = db.one("SELECT device FROM origins WHERE kind = ? AND ref = ?", (kind, ref))
    if row is not None and row[0] != device:
        raise BundleRejected(
            "conflict", f"The {kind} {ref} was already received from another device."
        )
    if row is None:
        table = {"case": "cases", "incident": "incidents", "testimony": "testimonies"}[kind]
        if db.one(f"SELECT 1 FROM {table} WHERE id = ?", (ref,)):  # noqa: S608 - fixed names
            raise BundleRejected("conflict", f"The {kind} {ref} already exists in this vault.")
    db.execute(
        "INSERT OR REPLACE INTO origins(kind, ref, device, bundle_id) VALUES (?, ?, ?, ?)",
        (kind, ref, device, bundle_id),
    )


def _person(r: dict[str, Any]) -> Person:
    return Person(r["id"], r["code"], r["role"], r["created"])


def _check_identity_source(db: Database, pid: str, device: str) -> None:
    """Refuse an identity unless every testimony naming the person came from this same device.

    Otherwise a device could overwrite the identity of another device's (or the centre's own)
    witness just by naming that person's id in a testimony of its own.
    """
    foreign = db.one(
        "SELECT count(*) FROM testimonies t LEFT JOIN origins o "
        "ON o.kind = 'testimony' AND o.ref = t.id "
        "WHERE t.witness_id = ? AND (o.device IS NULL OR o.device != ?)",
        (pid, device),
    )[0]
    if foreign:
        raise BundleRejected(
            "conflict", f"The person {pid} is a witness already known from another source."
        )


def testimony_from_row(r: dict[str, Any], witness_code: str = "") -> Testimony:
    """A bundle's testimony record as a ``Testimony`` (the bundle names the witness by id; the
    code, where the caller knows it, came with the persons)."""
    return Testimony(
        id=r["id"],
        case_id=r["case_id"],
        witness_id=r["witness_id"],
        witness_code=witness_code,
        statement=r["statement"],
        language=r["language"],
        interview_date=r["interview_date"],
        interviewer=r["interviewer"],
        created=r["created"],
        updated=r["updated"],
        consent=consent_from_row(r["consent"]),
        violations=tuple(r["violations"]),
        incidents=tuple(r["incidents"]),
        tags=tuple(r["tags"]),
    )


def consent_from_row(c: dict[str, Any]) -> Consent:
    """A bundle's consent record as a ``Consent`` (scopes that are not text left out)."""
    return Consent(
        tuple(s for s in c.get("scopes", []) if isinstance(s, str)),
        str(c.get("recorded_by", "")),
        str(c.get("recorded_at", "")),
        str(c.get("note", "")),
    )


def _media(db: Database, r: dict[str, Any], blob: tuple[str, bytes], actor: str) -> NewMediaItem:
    """This version of a media item as the centre stores it, its file in ``blob``."""
    blob_id, key = blob
    metadata = dict(r["metadata"])
    metadata["_extension"] = r["file"].rsplit(".", 1)[-1]
    metadata["received_under_policy"] = r["policy"]
    metadata["removed_before_export"] = r["removed"]
    testimony = r["testimony_id"]
    if testimony and not db.one("SELECT 1 FROM testimonies WHERE id = ?", (testimony,)):
        testimony = None
    return NewMediaItem(
        id=r["id"],
        case_id=r["case_id"],
        testimony_id=testimony,
        original_name=r["file"].rsplit("/", 1)[-1],
        kind=r["kind"],
        format=r["mime"].split("/")[-1],
        mime=r["mime"],
        size=r["size"],
        sha256=r["original_sha256"],
        sealed_blob=blob_id,
        sealed_key=key,
        sealed_size=r["size"],
        sealed_sha256=r["sha256"],
        location_removed=False,
        metadata=metadata,
        description="",
        imported_at=r["imported_at"],
        imported_by=actor,
    )
