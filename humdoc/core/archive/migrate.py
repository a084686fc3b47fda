"""Moving a desktop centre vault's received material into a shared archive.

What moves: every enrolled device (revoked ones stay revoked, with their reason), every bundle
in the vault's ledger (with every copy it arrived as, so a copy of it sent again to the archive
is recognised as received), every version of every record the vault kept (so the archive shows
as current what the vault showed, and keeps the older versions), the persons the testimonies
name, every media file the versions hold (decrypted from the vault's blob and encrypted again
into the archive's blob store, as a stream: no plaintext on disk), and every custody chain
whole, with the centre vault's own entries (receipts, revocations), and for each bundle what
its signed receipt names (when the vault received it, each item with the SHA-256 it arrived
with), so that the archive can sign a moved bundle's receipt too (with its own centre key). The
vault's own signing key is enrolled as a device, revoked at once: its custody entries verify in
the archive, and no bundle it signs is ever accepted. Witness identities move when the vault's identity compartment
is given open (its passphrase): each is sealed to the archive's identity key, so the receiving
member cannot read it back and only protection officers can; without it they stay behind, and the
result says how many.

Devices are enrolled by an ``admin`` session; everything else is written by an ``intake``
session in one transaction, under the advisory locks receivers take, so a migration and running
receivers never import one bundle twice. Running it again moves only what is missing.
Records a vault received before it kept versions (schema < 6) have no version to move; they are
counted in the result.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from humdoc.core.archive import store
from humdoc.core.archive.centre import custody_keys
from humdoc.core.archive.devices import ArchiveDevices
from humdoc.core.archive.receive import _SINGULAR, add_copy, add_to_ledger, rank_of
from humdoc.core.archive.session import ArchiveSession, NotPermitted, refusals
from humdoc.core.blobs import BlobStore
from humdoc.core.bundle.minisign import PublicKey
from humdoc.core.crypto.stream import CHUNK_SIZE
from humdoc.core.custody import CustodyEvent, verify_chain
from humdoc.core.domain.identities import OpenCompartment
from humdoc.core.errors import InvalidInput, VaultCorrupt
from humdoc.core.exchange.receipts import ledger_entry
from humdoc.core.session import Session

_PLURAL = {v: k for k, v in _SINGULAR.items()}
#: What the vault's own key is revoked for, in the archive.
CENTRE_REASON = "a migrated centre vault's key: its custody entries verify; it sends no bundles"


@dataclass
class Migrated:
    """What ``migrate`` moved."""

    devices: int = 0
    bundles: int = 0
    versions: int = 0
    media_files: int = 0
    chains: int = 0
    #: Items whose custody chain the archive verified after the move (all of them, or an error).
    verified: list[str] = field(default_factory=list)
    #: Records the vault shows that came before it kept versions: not moved.
    unversioned: int = 0
    #: Witness identities moved (sealed to the archive's identity key).
    identities: int = 0
    #: Identities the vault holds that were not moved (no compartment given, or no bundle of
    #: the archive names the person).
    identities_left: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "devices": self.devices,
            "bundles": self.bundles,
            "versions": self.versions,
            "media_files": self.media_files,
            "custody_chains": self.chains,
            "chains_verified": len(self.verified),
            "unversioned_records": self.unversioned,
            "identities": self.identities,
            "identities_left": self.identities_left,
        }


def migrate(
    vault: Session,
    intake: ArchiveSession,
    blobs: BlobStore,
    admin: ArchiveSession | None = None,
    identities: OpenCompartment | None = None,
) -> Migrated:
    """Move ``vault`` (a centre vault) into the archive; verify every custody chain after.

    ``identities``, the vault's identity compartment opened with its passphrase, moves the
    witness identities too; without it they stay behind (counted in ``identities_left``).

    ``admin`` enrols the devices the archive lacks; without it they must be enrolled already
    (``InvalidInput`` names the first missing one). ``VaultCorrupt`` if a chain does not verify
    in the archive after the move (nothing is committed then).
    """
    vault.vault.require_role("centre", "Moving a vault into an archive")
    if intake.duty != "intake":
        raise NotPermitted(f"Moving records in is the intake duty; {intake.role} is {intake.duty}.")
    done = Migrated()
    done.devices = _devices(vault, intake, admin)
    moved: list[tuple[str, str, bytes]] = []  # blobs written, to delete if nothing commits
    try:
        with refusals(), intake.conn.transaction():
            persons = _move(vault, intake, blobs, done, moved)
            _identities(vault, intake, identities, persons, done)
            keys = custody_keys(intake)
            for item_id in sorted(_chained_items(vault)):
                events = [
                    CustodyEvent.from_json(e)
                    for e in store.custody(intake.conn, intake.keys, item_id)
                ]
                problems = verify_chain(item_id, events, keys)
                if problems:
                    raise VaultCorrupt(
                        f"The custody chain of {item_id} does not verify in the archive after the "
                        f"move ({problems[0]}); nothing was moved."
                    )
                done.verified.append(item_id)
    except BaseException:
        for blob_id, _, _ in moved:
            blobs.delete(blob_id)
        raise
    return done


def _devices(vault: Session, intake: ArchiveSession, admin: ArchiveSession | None) -> int:
    """Enrol (and revoke, where the vault did) each device the archive lacks; the vault's own
    key too, revoked. Returns how many were enrolled."""
    known = {d.fingerprint for d in ArchiveDevices(intake).list()}
    wanted: list[tuple[str, str, str | None]] = [
        (d.name, d.public_key, (d.revoke_reason or "revoked at the centre vault"))
        if d.revoked is not None
        else (d.name, d.public_key, None)
        for d in vault.devices.list()
    ]
    own = vault.device_keys.public_key()
    wanted.append((f"Centre vault {own.fingerprint()[:16]}", own.to_text(), CENTRE_REASON))
    count = 0
    for name, key, revoked in wanted:
        if PublicKey.from_text(key).fingerprint() in known:
            continue
        if admin is None:
            raise InvalidInput(
                f"The archive has not enrolled the device {name!r}: give an administrator's "
                "address (--admin) to enrol the vault's devices, or enrol it first."
            )
        devices = ArchiveDevices(admin)
        enrolled = devices.enrol(name, key)
        if revoked is not None:
            devices.revoke(enrolled.fingerprint, revoked)
        count += 1
    return count


def _chained_items(vault: Session) -> set[str]:
    rows = vault.db.all(
        "SELECT DISTINCT ref FROM received_versions WHERE kind IN ('testimony', 'media')"
    )
    return {str(r[0]) for r in rows}


def _move(
    vault: Session,
    intake: ArchiveSession,
    blobs: BlobStore,
    done: Migrated,
    moved: list[tuple[str, str, bytes]],
) -> dict[str, tuple[str, str, int]]:
    """Move everything but identities; return each witness's (device, bundle, sequence)."""
    conn, keys = intake.conn, intake.keys
    bundles = vault.db.all(
        "SELECT bundle_id, device, sequence, sha256, previous, previous_kind, "
        "tagmanifest_sha256, summary FROM received_bundles ORDER BY device, sequence"
    )
    for device in sorted({str(b[1]) for b in bundles}):
        conn.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", ("humdoc-device:" + device,)
        )
    held = {str(r[0]) for r in conn.execute("SELECT bundle_id FROM bundles").fetchall()}
    fresh: set[str] = set()
    for bundle_id, device, sequence, sha256, previous, kind, identity, summary in bundles:
        if bundle_id not in held:
            kept = ledger_entry(vault.db, bundle_id)  # what the vault's receipt names
            add_to_ledger(
                conn, keys, device, int(sequence), bundle_id, identity,
                f"{kind or 'file'}:{previous}", sha256, json.loads(summary),
                {"received": kept.received, "items": kept.items},
            )  # fmt: skip
            fresh.add(bundle_id)
            done.bundles += 1
    for sha256, bundle_id in vault.db.all("SELECT sha256, bundle_id FROM received_copies"):
        add_copy(conn, bundle_id, sha256)
    versions = vault.db.all(
        "SELECT kind, ref, bundle_id, device, sequence, rank, record, blob, blob_key "
        "FROM received_versions WHERE kind != 'identity' ORDER BY sequence, kind, ref"
    )
    persons: dict[str, tuple[str, str, int]] = {}
    for kind, ref, bundle_id, device, sequence, rank, record, blob, blob_key in versions:
        if bundle_id not in fresh:
            continue
        body = json.loads(record)
        plural = _PLURAL[kind]
        case_id = ref if plural == "cases" else body.get("case_id")
        store.put_record(
            conn, keys, plural, body, device=device, bundle_id=bundle_id,
            rank=rank_of(int(rank), int(sequence)), case_id=case_id,
        )  # fmt: skip
        done.versions += 1
        if kind == "testimony" and body.get("witness_id"):
            persons[body["witness_id"]] = (device, bundle_id, int(sequence))
        if (
            kind == "media"
            and blob is not None
            and _copy_media(
                vault, intake, blobs, body, str(blob), bytes(blob_key), bundle_id, moved
            )
        ):
            done.media_files += 1
    for pid, (device, bundle_id, sequence) in sorted(persons.items()):
        row = vault.db.one("SELECT id, code, role, created FROM persons WHERE id = ?", (pid,))
        if row is not None:
            person = {"id": row[0], "code": row[1], "role": row[2], "created": row[3]}
            store.put_record(
                conn, keys, "persons", person, device=device, bundle_id=bundle_id,
                rank=rank_of(sequence, sequence), case_id=None,
            )  # fmt: skip
    for item_id in sorted(_chained_items(vault)):
        events = vault.custody.chain(item_id)
        latest = vault.db.one(
            "SELECT bundle_id FROM received_versions WHERE ref = ? ORDER BY sequence DESC LIMIT 1",
            (item_id,),
        )
        store.put_custody(conn, keys, item_id, [e.to_json() for e in events], str(latest[0]))
        done.chains += 1
    done.unversioned = sum(
        int(vault.db.one(sql)[0])
        for sql in (
            "SELECT count(*) FROM testimonies t WHERE NOT EXISTS (SELECT 1 FROM "
            "received_versions v WHERE v.kind = 'testimony' AND v.ref = t.id)",
            "SELECT count(*) FROM media_items m WHERE NOT EXISTS (SELECT 1 FROM "
            "received_versions v WHERE v.kind = 'media' AND v.ref = m.id)",
        )
    )
    return persons


def _identities(
    vault: Session,
    intake: ArchiveSession,
    compartment: OpenCompartment | None,
    persons: dict[str, tuple[str, str, int]],
    done: Migrated,
) -> None:
    """Seal each witness identity of the vault to the archive's identity key, under the bundle
    that carried it (or that carried the witness's testimony). The intake member writes what it
    can never read back."""
    held_in_vault = vault.identities.person_ids()
    if compartment is None:
        done.identities_left = len(held_in_vault)
        return
    conn, keys = intake.conn, intake.keys
    in_archive = {str(r[0]) for r in conn.execute("SELECT person_id FROM identities").fetchall()}
    ledger = {str(r[0]) for r in conn.execute("SELECT bundle_id FROM bundles").fetchall()}
    for pid in compartment.person_ids():
        if pid in in_archive:
            continue
        record = compartment.get(pid)
        row = vault.db.one(
            "SELECT bundle_id FROM received_versions WHERE kind = 'identity' AND ref = ? "
            "ORDER BY sequence DESC LIMIT 1",
            (pid,),
        )
        bundle_id = str(row[0]) if row is not None else persons.get(pid, ("", "", 0))[1]
        if record is None or bundle_id not in ledger:
            done.identities_left += 1
            continue
        store.put_identity(conn, keys, pid, record.to_json(), bundle_id)
        done.identities += 1


def _copy_media(
    vault: Session,
    intake: ArchiveSession,
    blobs: BlobStore,
    body: dict[str, Any],
    blob: str,
    key: bytes,
    bundle_id: str,
    moved: list[tuple[str, str, bytes]],
) -> bool:
    """Re-encrypt one media file into the archive's store (streamed); False if it is there."""
    conn = intake.conn
    if conn.execute(
        "SELECT 1 FROM media_files WHERE item_id = %s AND sha256 = %s", (body["id"], body["sha256"])
    ).fetchone():
        return False
    with vault.blobs.open(blob, key) as source, blobs.writer() as out:
        while chunk := source.read(CHUNK_SIZE):
            out.write(chunk)
    if out.sha256 != body["sha256"] or out.size != body["size"]:
        blobs.delete(out.blob_id)
        raise VaultCorrupt(
            f"The vault's file of media item {body['id']} does not match its record."
        )
    moved.append((out.blob_id, body["id"], bytes(out.key)))
    store.put_media_file(
        conn, intake.keys, body["id"], body["sha256"], out.blob_id, body["size"], body["mime"],
        bytes(out.key), bundle_id,
    )  # fmt: skip
    return True
