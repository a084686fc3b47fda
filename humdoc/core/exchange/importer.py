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
from humdoc.core.domain import search
from humdoc.core.domain.common import now_iso
from humdoc.core.domain.identities import IdentityRecord, OpenCompartment
from humdoc.core.errors import BundleRejected, InvalidInput
from humdoc.core.exchange.versions import Carried, Versions
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
                _import_case(db, r)
        for r in rows["incidents"]:
            if keep("incident", r, legacy.get(("incident", r["id"]))):
                _import_incident(db, r)
        for r in rows["persons"]:
            _import_person(db, r, checked.device_name)
        for r in rows["testimonies"]:
            if keep("testimony", r, legacy.get(("testimony", r["id"]))):
                _import_testimony(db, r)
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
                _import_media(db, r, held or handle, actor)
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
        "INSERT OR IGNORE INTO received_copies VALUES (?, ?, ?)", (sha256, bundle_id, now_iso())
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


def _import_case(db: Database, r: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO cases(id, title, description, status, policy, created, updated) "
        "VALUES (?, ?, ?, ?, NULL, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
        "description = excluded.description, status = excluded.status, updated = excluded.updated",
        (r["id"], r["title"], r["description"], r["status"], r["created"], r["updated"]),
    )
    search.index(db, "case", r["id"], r["title"], r["description"])


def _import_incident(db: Database, r: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO incidents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "title = excluded.title, description = excluded.description, "
        "occurred_from = excluded.occurred_from, occurred_to = excluded.occurred_to, "
        "location = excluded.location, updated = excluded.updated",
        (
            r["id"],
            r["case_id"],
            r["title"],
            r["description"],
            r["occurred_from"],
            r["occurred_to"],
            r["location"],
            r["created"],
            r["updated"],
        ),
    )
    search.index(db, "incident", r["id"], r["title"], f"{r['description']}\n{r['location']}")


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
    db.execute("INSERT OR REPLACE INTO origins VALUES (?, ?, ?, ?)", (kind, ref, device, bundle_id))


def _import_person(db: Database, r: dict[str, Any], device_name: str) -> None:
    if db.one("SELECT 1 FROM persons WHERE id = ?", (r["id"],)):
        return
    code = r["code"]
    if db.one("SELECT 1 FROM persons WHERE code = ?", (code,)):
        # Two devices may each have a W-001; keep both apart by naming the device.
        code = f"{code}@{device_name}"[:64]
    db.execute("INSERT INTO persons VALUES (?, ?, ?, ?)", (r["id"], code, r["role"], r["created"]))


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


def _import_testimony(db: Database, r: dict[str, Any]) -> None:
    tid = r["id"]
    db.execute(
        "INSERT INTO testimonies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "statement = excluded.statement, language = excluded.language, "
        "interview_date = excluded.interview_date, interviewer = excluded.interviewer, "
        "updated = excluded.updated",
        (
            tid,
            r["case_id"],
            r["witness_id"],
            r["statement"],
            r["language"],
            r["interview_date"],
            r["interviewer"],
            r["created"],
            r["updated"],
        ),
    )
    for table in ("testimony_violations", "testimony_incidents"):
        db.execute(f"DELETE FROM {table} WHERE testimony_id = ?", (tid,))  # noqa: S608 - fixed names
    db.execute("DELETE FROM tags WHERE kind = 'testimony' AND ref = ?", (tid,))
    for code in sorted(set(r["violations"])):
        db.execute("INSERT INTO testimony_violations VALUES (?, ?)", (tid, code))
    for inc in sorted(set(r["incidents"])):
        if db.one("SELECT 1 FROM incidents WHERE id = ?", (inc,)):
            db.execute("INSERT INTO testimony_incidents VALUES (?, ?)", (tid, inc))
    for tag in sorted(set(r["tags"])):
        db.execute("INSERT INTO tags VALUES ('testimony', ?, ?)", (tid, tag))
    consent = r["consent"]
    scopes = ",".join(s for s in consent.get("scopes", []) if isinstance(s, str))
    last = db.one(
        "SELECT scopes FROM consent_events WHERE testimony_id = ? ORDER BY id DESC LIMIT 1", (tid,)
    )
    if last is None or last[0] != scopes:
        db.execute(
            "INSERT INTO consent_events(testimony_id, scopes, recorded_by, recorded_at, note) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                tid,
                scopes,
                str(consent.get("recorded_by", "")),
                str(consent.get("recorded_at", "")),
                str(consent.get("note", "")),
            ),
        )
    search.index(
        db,
        "testimony",
        tid,
        f"Testimony of {r['interview_date'] or r['created'][:10]}",
        r["statement"],
        " ".join(r["tags"]),
    )


def _import_media(db: Database, r: dict[str, Any], blob: tuple[str, bytes], actor: str) -> None:
    """Show this version of a media item as current, its file in ``blob``."""
    blob_id, key = blob
    metadata = dict(r["metadata"])
    metadata["_extension"] = r["file"].rsplit(".", 1)[-1]
    metadata["received_under_policy"] = r["policy"]
    metadata["removed_before_export"] = r["removed"]
    testimony = r["testimony_id"]
    if testimony and not db.one("SELECT 1 FROM testimonies WHERE id = ?", (testimony,)):
        testimony = None
    values = (
        r["id"],
        r["case_id"],
        testimony,
        r["file"].rsplit("/", 1)[-1],
        r["kind"],
        r["mime"].split("/")[-1],
        r["mime"],
        r["size"],
        r["original_sha256"],
        blob_id,
        key,
        r["size"],
        r["sha256"],
        0,
        json.dumps(metadata),
        "",
        r["imported_at"],
        actor,
    )
    db.execute(
        "INSERT INTO media_items VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO "
        "UPDATE SET testimony_id = excluded.testimony_id, original_name = excluded.original_name, "
        "kind = excluded.kind, format = excluded.format, mime = excluded.mime, "
        "size = excluded.size, sha256 = excluded.sha256, sealed_blob = excluded.sealed_blob, "
        "sealed_key = excluded.sealed_key, sealed_size = excluded.sealed_size, "
        "sealed_sha256 = excluded.sealed_sha256, metadata = excluded.metadata",
        values,
    )
