"""Every version of a record a centre received, and which one is current.

Bundles arrive in any order: a stick with bundle 5 can come before the one with bundle 4. The
centre keeps each version a bundle carried (the record as carried and the custody chain that
came with it) and shows as current the newest: the one with the longest custody chain from its
device (a device's chain of an item only ever grows, and every export adds an entry to it), or,
for records without a chain of their own (cases, incidents), the one from the bundle with the
highest sequence number. Which bundle arrived last never matters.

This module owns the ``received_versions`` table. Identity versions keep no record at all (a
witness's identity lives only in the identity compartment): only which bundle set it.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from humdoc.core.custody import CustodyEvent
from humdoc.core.domain.common import now_iso
from humdoc.core.errors import NotFound
from humdoc.core.vault.database import Database

KINDS = ("case", "incident", "testimony", "media", "identity")


@dataclass(frozen=True)
class ReceivedVersion:
    """One version of a record, as one bundle carried it."""

    kind: str
    ref: str
    bundle_id: str
    device: str
    sequence: int
    rank: int
    record: dict[str, Any]
    custody: list[CustodyEvent]
    received: str
    current: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "ref": self.ref,
            "bundle_id": self.bundle_id,
            "device": self.device,
            "sequence": self.sequence,
            "rank": self.rank,
            "received": self.received,
            "current": self.current,
            "record": self.record,
            "custody": [e.to_json() for e in self.custody],
        }


@dataclass(frozen=True)
class Carried:
    """What one bundle carried of one record."""

    kind: str
    ref: str
    rank: int
    record: dict[str, Any]
    custody: list[CustodyEvent]
    blob: tuple[str, bytes] | None = None


class Versions:
    """The versions a centre holds of each received record."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def keep_many(
        self,
        carried: Sequence[Carried],
        bundle_id: str,
        device: str,
        sequence: int,
        legacy: Mapping[tuple[str, str], int],
    ) -> builtins.list[bool]:
        """Keep each of ``carried`` as the version bundle ``bundle_id`` brought (joins the
        caller's transaction, one query and one statement for them all); for each, in order,
        True if and only if it is now the current version. Each is ranked against the versions
        held and those before it in ``carried``.

        ``legacy`` maps ``(kind, ref)`` to the rank of what the centre shows now if that came
        before versions were kept (a vault from before schema 6), so that no older bundle
        displaces it.
        """
        if not carried:
            return []
        best: dict[tuple[str, str], tuple[int, int]] = {}
        for kind, ref, rank, seq in self.db.all(
            "SELECT v.kind, v.ref, v.rank, v.sequence FROM json_each(?) j "
            "CROSS JOIN received_versions v ON v.kind = j.value ->> 0 AND v.ref = j.value ->> 1",
            (json.dumps([[c.kind, c.ref] for c in carried]),),
        ):
            key, found = (str(kind), str(ref)), (int(rank), int(seq))
            best[key] = max(best.get(key, found), found)
        current = []
        rows = []
        received = now_iso()
        for c in carried:
            key = (c.kind, c.ref)
            top = best.get(key)
            if top is None and key in legacy:
                top = (legacy[key], -1)
            current.append(top is None or (c.rank, sequence) > top)
            best[key] = max(top or (c.rank, sequence), (c.rank, sequence))
            blob_id, blob_key = c.blob if c.blob is not None else (None, None)
            rows.append(
                (
                    c.kind,
                    c.ref,
                    bundle_id,
                    device,
                    sequence,
                    c.rank,
                    json.dumps(c.record, sort_keys=True) if c.kind != "identity" else "{}",
                    "".join(json.dumps(e.to_json(), sort_keys=True) + "\n" for e in c.custody),
                    blob_id,
                    blob_key,
                    received,
                )
            )
        self.db.executemany(
            "INSERT INTO received_versions(kind, ref, bundle_id, device, sequence, rank, record, "
            "custody, blob, blob_key, received) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        return current

    def list(self, kind: str, ref: str) -> list[ReceivedVersion]:
        """Every version kept of one record, newest first; ``NotFound`` if there is none."""
        rows = self.db.all(
            "SELECT kind, ref, bundle_id, device, sequence, rank, record, custody, received "
            "FROM received_versions WHERE kind = ? AND ref = ? ORDER BY rank DESC, sequence DESC",
            (kind, ref),
        )
        if not rows:
            raise NotFound(f"No received versions of {kind} {ref!r}.")
        return [
            ReceivedVersion(
                r[0],
                r[1],
                r[2],
                r[3],
                int(r[4]),
                int(r[5]),
                json.loads(r[6]),
                [CustodyEvent.from_json(json.loads(line)) for line in r[7].splitlines() if line],
                r[8],
                n == 0,
            )
            for n, r in enumerate(rows)
        ]

    def find(self, ref: str) -> builtins.list[ReceivedVersion]:
        """The versions of whatever record has id ``ref`` (ids are unique across kinds)."""
        row = self.db.one(
            "SELECT kind FROM received_versions WHERE ref = ? AND kind != 'identity' LIMIT 1",
            (ref,),
        )
        if row is None:
            raise NotFound(f"The centre has received no versions of {ref!r}.")
        return self.list(row[0], ref)

    def items_from(self, device: str) -> builtins.list[str]:
        """Ids of the testimonies and media items (the records with a custody chain) that any
        bundle of ``device`` carried, each once, in id order."""
        rows = self.db.all(
            "SELECT DISTINCT ref FROM received_versions "
            "WHERE device = ? AND kind IN ('testimony', 'media') ORDER BY ref",
            (device,),
        )
        return [str(r[0]) for r in rows]

    def count(self, kind: str, ref: str) -> int:
        return int(
            self.db.one(
                "SELECT count(*) FROM received_versions WHERE kind = ? AND ref = ?", (kind, ref)
            )[0]
        )


def version_blobs(db: Database, item_id: str | None = None) -> set[str]:
    """Attachments that kept media versions hold (of one item, or of all)."""
    sql = "SELECT blob FROM received_versions WHERE kind = 'media' AND blob IS NOT NULL"
    rows = db.all(sql + " AND ref = ?", (item_id,)) if item_id else db.all(sql)
    return {str(r[0]) for r in rows}
