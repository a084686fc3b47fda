"""Reading and writing the archive's records, custody events, media files and identities.

Every value that could identify anyone or tell what happened is sealed (``ArchiveKeys.seal``)
with associated data naming its table, column and row, so a database administrator can neither
read it nor move it to another row unnoticed. What stays in the clear is what the database needs
to keep the archive whole: ids, kinds, case ids, device fingerprints, bundle ids, version ranks,
SHA-256 digests of media, sizes, MIME types, times, and who read what (docs/archive.md).

Writers (``put_*``) run inside the caller's transaction (a receiver's import of one bundle is one
transaction: killed half-way, nothing of it stays). Readers that show a testimony's text, a
media item's key or an identity go through the database's logging functions (``read_record``,
``read_media``, ``read_identity``): the access log gets its row in the same statement.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from humdoc.core.archive.keys import ArchiveKeys, open_sealed, seal_to
from humdoc.core.errors import NotFound

KINDS = ("cases", "incidents", "persons", "testimonies", "media")

#: What a listing shows of each kind, by the field names of a bundle's records
#: (``humdoc.core.exchange.records``); the rest of a record, a testimony's statement first, is
#: in its body, read with a log entry. A person is listed by the pseudonymous code the field
#: gave the witness, never by a name (names are in the identity compartment).
SUMMARY_FIELDS: dict[str, tuple[str, ...]] = {
    "cases": ("title", "created", "status"),
    "incidents": ("title", "occurred_from", "occurred_to", "case_id"),
    "persons": ("code", "role"),
    "testimonies": ("interview_date", "language", "interviewer", "witness_id", "case_id"),
    "media": ("kind", "mime", "size", "policy", "imported_at", "testimony_id", "case_id"),
}


@dataclass(frozen=True)
class RecordRow:
    """A record's current version as a listing shows it."""

    kind: str
    id: str
    case_id: str | None
    device: str
    bundle_id: str
    rank: int
    updated: str
    summary: dict[str, Any]


def summary_of(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    """What a listing shows of ``body``: its ``SUMMARY_FIELDS``, and a media item's capture time
    from the metadata its policy let leave the field (none under ``strip``)."""
    summary = {k: body[k] for k in SUMMARY_FIELDS[kind] if k in body}
    metadata = body.get("metadata") if kind == "media" else None
    if isinstance(metadata, dict) and metadata.get("capture_time"):
        summary["capture_time"] = metadata["capture_time"]
    return summary


def put_record(
    conn: Any,
    keys: ArchiveKeys,
    kind: str,
    body: dict[str, Any],
    *,
    device: str,
    bundle_id: str,
    rank: int,
    case_id: str | None,
) -> bool:
    """Keep this version of a record; make it current if ``rank`` is above the current one's.

    Returns True if it became the current version."""
    rid = str(body["id"])
    conn.execute(
        "INSERT INTO record_versions(kind, id, device, bundle_id, rank, body_ct) "
        "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
        (kind, rid, device, bundle_id, rank,
         keys.seal_json(body, "record_versions", kind, rid, bundle_id)),
    )  # fmt: skip
    summary = keys.seal_json(summary_of(kind, body), "records", kind, rid, "summary")
    sealed = keys.seal_json(body, "records", kind, rid, "body")
    # Insert, else update a lower-ranked version. Not one INSERT ... ON CONFLICT DO UPDATE:
    # that reads EXCLUDED.body_ct, and receivers may write statements but not select them.
    row = conn.execute(
        "INSERT INTO records(kind, id, case_id, device, bundle_id, rank, summary_ct, body_ct) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (kind, id) DO NOTHING RETURNING 1",
        (kind, rid, case_id, device, bundle_id, rank, summary, sealed),
    ).fetchone()
    if row is None:
        row = conn.execute(
            "UPDATE records SET case_id = %s, device = %s, bundle_id = %s, rank = %s, "
            "summary_ct = %s, body_ct = %s, updated = now() "
            "WHERE kind = %s AND id = %s AND rank < %s RETURNING 1",
            (case_id, device, bundle_id, rank, summary, sealed, kind, rid, rank),
        ).fetchone()
    if row is not None:
        from humdoc.core.archive.search_index import index_record

        index_record(conn, keys, kind, rid, body, case_id)
    return row is not None


def put_custody(conn: Any, keys: ArchiveKeys, item_id: str, events: list[dict[str, Any]],
                bundle_id: str) -> list[dict[str, Any]]:  # fmt: skip
    """Add the custody events of ``item_id`` the archive does not hold yet, in their order,
    after the ones it holds; return the item's whole chain as now held.

    A received chain is the sending device's: the archive's own entries (its receipts of
    earlier bundles) are not in it, so an event is known by its content, never by its place.
    Takes a transaction-scoped lock on the item, so two imports never append to one chain at
    once (callers taking several take them in the order of the item ids)."""
    conn.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", ("humdoc-item:" + item_id,)
    )
    held = custody(conn, keys, item_id)
    known = {_event_key(ev) for ev in held}
    fresh = [ev for ev in events if _event_key(ev) not in known]
    for ev in fresh:
        append_custody(conn, keys, item_id, len(held), ev, bundle_id)
        held.append(ev)
    return held


def append_custody(conn: Any, keys: ArchiveKeys, item_id: str, seq: int, event: dict[str, Any],
                   bundle_id: str) -> None:  # fmt: skip
    """Store ``event`` as entry ``seq`` (counted from 0) of ``item_id``'s chain."""
    conn.execute(
        "INSERT INTO custody_events(item_id, seq, event_ct, bundle_id) VALUES (%s, %s, %s, %s)",
        (item_id, seq, keys.seal_json(event, "custody_events", item_id, str(seq)), bundle_id),
    )


def _event_key(event: dict[str, Any]) -> str:
    import json

    return json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def put_media_file(
    conn: Any,
    keys: ArchiveKeys,
    item_id: str,
    sha256: str,
    blob_id: str,
    size: int,
    mime: str,
    file_key: bytes,
    bundle_id: str,
) -> None:
    """Record a media file kept in the blob store under ``blob_id`` (its key sealed)."""
    conn.execute(
        "INSERT INTO media_files(item_id, sha256, blob_id, size, mime, file_key_ct, bundle_id) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
        (item_id, sha256, blob_id, size, mime,
         keys.seal(file_key, "media_files", item_id, sha256, blob_id), bundle_id),
    )  # fmt: skip


def identity_public(conn: Any, keys: ArchiveKeys) -> bytes:
    row = conn.execute(
        "SELECT sealed FROM archive_secrets WHERE name = 'identity-public'"
    ).fetchone()
    if row is None:
        raise NotFound("The archive has no identity key.")
    return keys.open_secret("identity-public", row[0])


def put_identity(conn: Any, keys: ArchiveKeys, person_id: str, identity: dict[str, Any],
                 bundle_id: str, rank: int = 0) -> bool:  # fmt: skip
    """Seal a witness's identity to the identity key (receivers cannot read it back); it
    replaces the one held only if ``rank`` (the sending bundle's sequence number) is higher.
    True if it is now the one held."""
    import json

    sealed = seal_to(
        identity_public(conn, keys),
        json.dumps(identity, ensure_ascii=False, sort_keys=True).encode(),
        "identities", person_id,
    )  # fmt: skip
    added = conn.execute(
        "INSERT INTO identities(person_id, sealed, bundle_id, rank) VALUES (%s, %s, %s, %s) "
        "ON CONFLICT (person_id) DO NOTHING",
        (person_id, sealed, bundle_id, rank),
    ).rowcount
    if added:
        return True
    # Not ON CONFLICT DO UPDATE: that reads the held row's sealed column, which receivers are
    # (rightly) not granted; this update reads only the id and the rank.
    replaced = conn.execute(
        "UPDATE identities SET sealed = %s, bundle_id = %s, rank = %s, received = now() "
        "WHERE person_id = %s AND rank < %s",
        (sealed, bundle_id, rank, person_id, rank),
    ).rowcount
    return bool(replaced)


# --- reading -----------------------------------------------------------------------------------


def _row(keys: ArchiveKeys, r: Any) -> RecordRow:
    return RecordRow(
        r[0], r[1], r[2], r[3], r[4], int(r[5]), r[6].isoformat(),
        keys.open_json(r[7], "records", r[0], r[1], "summary"),
    )  # fmt: skip


_COLUMNS = "kind, id, case_id, device, bundle_id, rank, updated, summary_ct"


def list_records(conn: Any, keys: ArchiveKeys, kind: str, case_id: str | None = None,
                 limit: int = 10_000) -> list[RecordRow]:  # fmt: skip
    """Current records of ``kind`` (in ``case_id`` if given), newest first."""
    if case_id is None:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM records WHERE kind = %s ORDER BY updated DESC LIMIT %s",  # noqa: S608 - constant columns
            (kind, limit),
        ).fetchall()
    else:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM records WHERE case_id = %s AND kind = %s "  # noqa: S608
            "ORDER BY updated DESC LIMIT %s",
            (case_id, kind, limit),
        ).fetchall()
    return [_row(keys, r) for r in rows]


def with_witness_codes(conn: Any, keys: ArchiveKeys, rows: list[RecordRow]) -> list[RecordRow]:
    """``rows``, each testimony's summary given its witness's code (``witness_code``: the
    pseudonymous code of the person it names), read in one query; not logged, as listings."""
    ids = sorted(
        {str(w) for r in rows if r.kind == "testimonies" and (w := r.summary.get("witness_id"))}
    )
    codes = {p.id: p.summary.get("code") for p in summaries(conn, keys, "persons", ids)}
    return [
        replace(r, summary={**r.summary, "witness_code": codes[w]})
        if r.kind == "testimonies" and (w := r.summary.get("witness_id")) in codes and codes[w]
        else r
        for r in rows
    ]


def summaries(conn: Any, keys: ArchiveKeys, kind: str, ids: list[str]) -> list[RecordRow]:
    """The current records of ``kind`` among ``ids``, as listings show them, in one query (a
    case's witnesses: persons are not filed under a case, their testimonies are)."""
    if not ids:
        return []
    found = conn.execute(
        f"SELECT {_COLUMNS} FROM records WHERE kind = %s AND id = ANY(%s) ORDER BY id",  # noqa: S608
        (kind, ids),
    ).fetchall()
    return [_row(keys, r) for r in found]


def record_summary(conn: Any, keys: ArchiveKeys, kind: str, rid: str) -> RecordRow:
    r = conn.execute(
        f"SELECT {_COLUMNS} FROM records WHERE kind = %s AND id = %s",  # noqa: S608
        (kind, rid),
    ).fetchone()
    if r is None:
        raise NotFound(f"No {kind[:-1] if kind != 'media' else 'media item'} {rid} in the archive.")
    return _row(keys, r)


def read_record(conn: Any, keys: ArchiveKeys, kind: str, rid: str) -> dict[str, Any]:
    """A record's whole current version (a testimony's statement, ...). Logged."""
    row = conn.execute("SELECT read_record(%s, %s)", (kind, rid)).fetchone()
    if row is None or row[0] is None:
        raise NotFound(f"No {kind} record {rid} in the archive.")
    body: dict[str, Any] = keys.open_json(row[0], "records", kind, rid, "body")
    return body


def read_versions(conn: Any, keys: ArchiveKeys, kind: str, rid: str) -> list[dict[str, Any]]:
    """Every version received of a record, newest first. Logged."""
    rows = conn.execute(
        "SELECT bundle_id, device, rank, body_ct, received FROM read_versions(%s, %s)",
        (kind, rid),
    ).fetchall()
    return [
        {
            "bundle_id": r[0],
            "device": r[1],
            "rank": int(r[2]),
            "received": r[4].isoformat(),
            "body": keys.open_json(r[3], "record_versions", kind, rid, r[0]),
        }
        for r in rows
    ]


def custody(conn: Any, keys: ArchiveKeys, item_id: str) -> list[dict[str, Any]]:
    """The custody events of a testimony or media item, in order."""
    rows = conn.execute(
        "SELECT seq, event_ct FROM custody_events WHERE item_id = %s ORDER BY seq", (item_id,)
    ).fetchall()
    return [keys.open_json(r[1], "custody_events", item_id, str(r[0])) for r in rows]


@dataclass(frozen=True)
class MediaFile:
    item_id: str
    sha256: str
    blob_id: str
    size: int
    mime: str
    file_key: bytes


def media_files(conn: Any, item_id: str) -> list[tuple[str, int, str]]:
    """``(sha256, size, mime)`` of each file the archive keeps of media item ``item_id``
    (original and derivatives; what the database holds in the clear, so not logged)."""
    rows = conn.execute(
        "SELECT sha256, size, mime FROM media_files WHERE item_id = %s ORDER BY sha256",
        (item_id,),
    ).fetchall()
    return [(r[0], int(r[1]), r[2]) for r in rows]


def read_media(conn: Any, keys: ArchiveKeys, item_id: str, sha256: str) -> MediaFile:
    """Where a media file is kept and its key. Logged."""
    r = conn.execute(
        "SELECT blob_id, size, mime, file_key_ct FROM read_media(%s, %s)", (item_id, sha256)
    ).fetchone()
    if r is None:
        raise NotFound(f"No file {sha256[:12]}… of media item {item_id} in the archive.")
    key = keys.open(r[3], "media_files", item_id, sha256, r[0])
    return MediaFile(item_id, sha256, r[0], int(r[1]), r[2], key)


def read_identity(conn: Any, keys: ArchiveKeys, person_id: str) -> dict[str, Any]:
    """(protection) A witness's identity. Logged; refused by the database for other duties."""
    import json

    from humdoc.core.archive.session import NotPermitted

    if keys.identity_private is None:
        raise NotPermitted("Only a protection officer holding the identity key reads identities.")
    row = conn.execute("SELECT read_identity(%s)", (person_id,)).fetchone()
    if row is None or row[0] is None:
        raise NotFound(f"The archive holds no identity for {person_id}.")
    data: dict[str, Any] = json.loads(
        open_sealed(keys.identity_private, row[0], "identities", person_id)
    )
    return data
