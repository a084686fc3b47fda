"""Writing a verified bundle's contents into the centre's vault, in one transaction."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from humdoc.core.bundle.minisign import PublicKey
from humdoc.core.custody import CustodyLog
from humdoc.core.domain import search
from humdoc.core.domain.common import now_iso
from humdoc.core.domain.identities import IdentityRecord, OpenCompartment
from humdoc.core.errors import BundleRejected, InvalidInput
from humdoc.core.vault.database import Database

if TYPE_CHECKING:
    from humdoc.core.exchange.receive import Checked


def import_records(
    db: Database,
    custody: CustodyLog,
    checked: Checked,
    key_for: Callable[[str], PublicKey | None],
    actor: str,
    compartment: OpenCompartment | None = None,
) -> set[str]:
    """Import everything; return the bundle paths whose spooled blobs media items now own.

    Identities the bundle carries go into ``compartment``, which the caller has unlocked.
    """
    bag, rows, device = checked.bag, checked.rows, checked.device_fp
    adopted: set[str] = set()
    with db.transaction():
        for kind, table in (
            ("case", "cases"),
            ("incident", "incidents"),
            ("testimony", "testimonies"),
        ):
            for r in rows[table]:
                _claim(db, kind, r["id"], device, bag.bundle_id)
        for r in rows["cases"]:
            db.execute(
                "INSERT INTO cases(id, title, description, status, policy, created, updated) "
                "VALUES (?, ?, ?, ?, NULL, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
                "description = excluded.description, status = excluded.status, updated = excluded.updated",
                (r["id"], r["title"], r["description"], r["status"], r["created"], r["updated"]),
            )
            search.index(db, "case", r["id"], r["title"], r["description"])
        for r in rows["incidents"]:
            db.execute(
                "INSERT OR REPLACE INTO incidents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            search.index(
                db, "incident", r["id"], r["title"], f"{r['description']}\n{r['location']}"
            )
        for r in rows["persons"]:
            _import_person(db, r, checked.device_name)
        for r in rows["testimonies"]:
            _import_testimony(db, r)
        if rows.get("identities"):
            if compartment is None:  # the receiver unlocks it first; this is a safety net
                raise InvalidInput(
                    "This bundle carries witness identities; unlock the identity compartment."
                )
            for r in rows["identities"]:
                _import_identity(db, r, device, compartment)
        for r in rows["media"]:
            if _import_media(db, r, bag.files[r["file"]].handle, actor):
                adopted.add(r["file"])
        for item_id, events in checked.chains.items():
            custody.adopt(item_id, events, key_for)
            custody.append(
                item_id,
                "received",
                {
                    "bundle_id": bag.bundle_id,
                    "bundle_sha256": bag.bundle_sha256,
                    "from_device": device,
                },
            )
        db.execute(
            "INSERT INTO received_bundles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                bag.bundle_id,
                device,
                bag.sequence,
                bag.bundle_sha256,
                bag.previous_bundle_sha256,
                bag.created.isoformat(),
                now_iso(),
                json.dumps(checked.summary()),
            ),
        )
    return adopted


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


def _import_identity(
    db: Database, r: dict[str, Any], device: str, compartment: OpenCompartment
) -> None:
    """Store an identity, if every testimony naming the person came from this same device.

    Otherwise a device could overwrite the identity of another device's (or the centre's own)
    witness just by naming that person's id in a testimony of its own.
    """
    pid = r["person_id"]
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
    compartment.set(pid, IdentityRecord(r["name"], r["contact"], r["notes"]))


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


def _import_media(db: Database, r: dict[str, Any], handle: object, actor: str) -> bool:
    """Insert a media item owning the spooled blob; False if the centre holds it already."""
    if db.one("SELECT 1 FROM media_items WHERE id = ?", (r["id"],)):
        return False
    blob_id, key = cast(tuple[str, bytes], handle)
    metadata = dict(r["metadata"])
    metadata["_extension"] = r["file"].rsplit(".", 1)[-1]
    metadata["received_under_policy"] = r["policy"]
    metadata["removed_before_export"] = r["removed"]
    testimony = r["testimony_id"]
    if testimony and not db.one("SELECT 1 FROM testimonies WHERE id = ?", (testimony,)):
        testimony = None
    db.execute(
        "INSERT INTO media_items VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
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
        ),
    )
    return True
