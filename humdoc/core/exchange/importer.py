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
from humdoc.core.mediaitems import store_items
from humdoc.core.mediarecords import NewMediaItem
from humdoc.core.vault.database import Database

if TYPE_CHECKING:
    from humdoc.core.exchange.receive import Checked


def _nothing() -> None:
    """The default ``settle`` of ``import_records``: the spool's files are durable already."""


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
    settle: Callable[[], None] = _nothing,
) -> Imported:
    """Import everything the bundle carries; return what was adopted and what was older.

    Identities the bundle carries go into ``compartment``, which the caller has unlocked.
    ``settle`` makes the spooled files adopted durable (``VaultSpool.settle``); it is called
    inside the transaction, after the last of them was asked for and before anything commits.

    One transaction, whatever the bundle carries: its media items and custody chains are
    looked up a statement per table (not per item) and written a statement per table
    (``executemany``), the centre's ``received`` events signed with the device key loaded once
    (``CustodyLog.batch``). What it records is what importing item by item recorded.
    """
    bag, rows, device = checked.bag, checked.rows, checked.device_fp
    versions = Versions(db)
    done = Imported()
    own = custody.device_keys.fingerprint()

    def keep(
        kind: str,
        records: list[dict[str, Any]],
        legacy: dict[tuple[str, str], int],
        blobs: dict[str, tuple[str, bytes]] | None = None,
    ) -> list[bool]:
        """Keep each record's version; whether each is now the current one."""
        carried = []
        for r in records:
            chain = checked.chains.get(r["id"], [])
            rank = len(chain) if kind in ("testimony", "media") else bag.sequence
            blob = None if blobs is None else blobs[r["id"]]
            carried.append(Carried(kind, r["id"], rank, r, chain, blob))
        current = versions.keep_many(carried, bag.bundle_id, device, bag.sequence, legacy)
        done.older += [(kind, r["id"]) for r, now in zip(records, current, strict=True) if not now]
        return current

    with db.transaction():
        legacy = _legacy_ranks(db, rows, own)
        _claim(
            db,
            [
                (kind, r["id"])
                for kind, table in (
                    ("case", "cases"),
                    ("incident", "incidents"),
                    ("testimony", "testimonies"),
                )
                for r in rows[table]
            ],
            device,
            bag.bundle_id,
        )
        for r, current in zip(rows["cases"], keep("case", rows["cases"], legacy), strict=True):
            if current:
                store_received_case(db, _case(r))
        incidents = rows["incidents"]
        for r, current in zip(incidents, keep("incident", incidents, legacy), strict=True):
            if current:
                store_received_incident(db, _incident(r))
        for r in rows["persons"]:
            store_received_person(db, _person(r), checked.device_name)
        testimonies = rows["testimonies"]
        for r, current in zip(testimonies, keep("testimony", testimonies, legacy), strict=True):
            if current:
                store_received_testimony(db, testimony_from_row(r))
        if rows.get("identities"):
            if compartment is None:  # the receiver unlocks it first; this is a safety net
                raise InvalidInput(
                    "This bundle carries witness identities; unlock the identity compartment."
                )
            identities = [{**r, "id": r["person_id"]} for r in rows["identities"]]
            _check_identity_sources(db, [r["id"] for r in identities], device)
            for r, current in zip(identities, keep("identity", identities, {}), strict=True):
                if current:
                    compartment.set(r["id"], IdentityRecord(r["name"], r["contact"], r["notes"]))
        _import_media(db, checked, actor, keep, legacy, done)
        settle()
        custody.adopt_chains(checked.chains, key_for)
        with custody.batch(list(checked.chains)) as signing:
            for item_id in checked.chains:
                signing.append(
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


def _import_media(
    db: Database,
    checked: Checked,
    actor: str,
    keep: Callable[..., list[bool]],
    legacy: dict[tuple[str, str], int],
    done: Imported,
) -> None:
    """Keep a version of each media item the bundle carries and show the current ones.

    A file the centre already holds (in a kept version, or as the item it shows) is not stored
    again; every other one is adopted from the spool."""
    media = checked.rows["media"]
    if not media:
        return
    blobs = _held_files(db, media)
    for r in media:
        if r["id"] not in blobs:  # spooled (a file held in memory is written now), adopted
            blobs[r["id"]] = cast(tuple[str, bytes], checked.bag.files[r["file"]].handle)
            done.adopted.add(r["file"])
    current = keep("media", media, legacy, blobs)
    shown = [r for r, now in zip(media, current, strict=True) if now]
    linked = _existing(db, "testimonies", [r["testimony_id"] for r in shown if r["testimony_id"]])
    store_items(db, [_media(r, blobs[r["id"]], actor, linked) for r in shown], received=True)


def _held_files(db: Database, media: list[dict[str, Any]]) -> dict[str, tuple[str, bytes]]:
    """For each media record whose file the centre holds already, that attachment: one a kept
    version of the item holds with the same content, else the one the item shows now."""
    wanted = {r["id"]: r["sha256"] for r in media}
    refs = json.dumps(list(wanted))
    held: dict[str, tuple[str, bytes]] = {}
    for ref, blob, key, record in db.all(
        "SELECT v.ref, v.blob, v.blob_key, v.record FROM json_each(?) j "
        "CROSS JOIN received_versions v ON v.kind = 'media' AND v.ref = j.value "
        "WHERE v.blob IS NOT NULL ORDER BY v.ref, v.bundle_id",
        (refs,),
    ):
        if ref not in held and json.loads(record).get("sha256") == wanted[ref]:
            held[ref] = (str(blob), bytes(key))
    for ref, blob, key, sha256 in db.all(
        "SELECT m.id, m.sealed_blob, m.sealed_key, m.sealed_sha256 FROM json_each(?) j "
        "CROSS JOIN media_items m ON m.id = j.value",
        (refs,),
    ):
        if ref not in held and sha256 == wanted[ref]:
            held[ref] = (str(blob), bytes(key))
    return held


def _existing(db: Database, table: str, ids: list[str]) -> set[str]:
    """Which of ``ids`` are rows of ``table`` (one of the record tables), in one query."""
    if not ids:
        return set()
    rows = db.all(
        f"SELECT t.id FROM json_each(?) j CROSS JOIN {table} t ON t.id = j.value",  # noqa: S608
        (json.dumps(ids),),
    )
    return {str(r[0]) for r in rows}


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
    last brought them. Read before this bundle changes anything, one query per table.
    """
    ranks: dict[tuple[str, str], int] = {}
    for kind, table in (("case", "cases"), ("incident", "incidents")):
        ids = [r["id"] for r in rows[table]]
        if ids:
            for ref, sequence in db.all(
                "SELECT o.ref, b.sequence FROM json_each(?) j CROSS JOIN origins o "
                "ON o.kind = ? AND o.ref = j.value "
                "JOIN received_bundles b ON b.bundle_id = o.bundle_id",
                (json.dumps(ids), kind),
            ):
                ranks[(kind, str(ref))] = int(sequence)
    for kind, table, source in (
        ("testimony", "testimonies", "testimonies"),
        ("media", "media_items", "media"),
    ):
        ids = [r["id"] for r in rows[source]]
        if ids:
            for ref, count in db.all(
                f"SELECT t.id, (SELECT count(*) FROM custody_events c "  # noqa: S608
                f"WHERE c.item_id = t.id AND c.device != ?) "
                f"FROM json_each(?) j CROSS JOIN {table} t ON t.id = j.value",
                (own, json.dumps(ids)),
            ):
                ranks[(kind, str(ref))] = int(count)
    return ranks


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


def _claim(db: Database, claims: list[tuple[str, str]], device: str, bundle_id: str) -> None:
    """Record where each ``(kind, id)`` came from; refuse the first (in order) that another
    device already sent, or that exists here without having been received."""
    tables = {"case": "cases", "incident": "incidents", "testimony": "testimonies"}
    if not claims:
        return
    origins = {
        (str(kind), str(ref)): str(dev)
        for kind, ref, dev in db.all(
            "SELECT o.kind, o.ref, o.device FROM json_each(?) j "
            "CROSS JOIN origins o ON o.kind = j.value ->> 0 AND o.ref = j.value ->> 1",
            (json.dumps(claims),),
        )
    }
    present = {
        kind: _existing(db, table, [ref for k, ref in claims if k == kind])
        for kind, table in tables.items()
    }
    for kind, ref in claims:
        came_from = origins.get((kind, ref))
        if came_from is not None and came_from != device:
            raise BundleRejected(
                "conflict", f"The {kind} {ref} was already received from another device."
            )
        if came_from is None and ref in present[kind]:
            raise BundleRejected("conflict", f"The {kind} {ref} already exists in this vault.")
    db.executemany(
        "INSERT OR REPLACE INTO origins(kind, ref, device, bundle_id) VALUES (?, ?, ?, ?)",
        [(kind, ref, device, bundle_id) for kind, ref in claims],
    )


def _person(r: dict[str, Any]) -> Person:
    return Person(r["id"], r["code"], r["role"], r["created"])


def _check_identity_sources(db: Database, pids: list[str], device: str) -> None:
    """Refuse the identities (of persons ``pids``) unless every testimony naming each person
    came from this same device; the first person in order that fails is named. One query.

    Otherwise a device could overwrite the identity of another device's (or the centre's own)
    witness just by naming that person's id in a testimony of its own.
    """
    foreign = {
        str(r[0])
        for r in db.all(
            "SELECT DISTINCT t.witness_id FROM testimonies t LEFT JOIN origins o "
            "ON o.kind = 'testimony' AND o.ref = t.id "
            "WHERE t.witness_id IN (SELECT value FROM json_each(?)) "
            "AND (o.device IS NULL OR o.device != ?)",
            (json.dumps(pids), device),
        )
    }
    for pid in pids:
        if pid in foreign:
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


def _media(
    r: dict[str, Any], blob: tuple[str, bytes], actor: str, testimonies: set[str]
) -> NewMediaItem:
    """This version of a media item as the centre stores it, its file in ``blob``; the
    testimony it belongs to only if the centre holds it (one of ``testimonies``)."""
    blob_id, key = blob
    metadata = dict(r["metadata"])
    metadata["_extension"] = r["file"].rsplit(".", 1)[-1]
    metadata["received_under_policy"] = r["policy"]
    metadata["removed_before_export"] = r["removed"]
    testimony = r["testimony_id"] if r["testimony_id"] in testimonies else None
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
