"""The JSON records inside a bundle's ``data/records/`` and their strict validation on receipt.

Only what the consent and the policy allow is ever written: pseudonym codes and roles,
testimonies whose witness consented to sharing with the documentation centre, and for media only
the metadata fields the export policy keeps. Real identities travel only in the optional
``identities.json``, written only when the exporter asked for it and the witness consented
(``share-identity``); the receiving centre checks that consent again.
"""

from __future__ import annotations

import json
from typing import Any

from humdoc.core.custody import ACTIONS
from humdoc.core.domain.cases import STATUSES
from humdoc.core.domain.identities import MAX_CONTACT, MAX_NAME, MAX_NOTES
from humdoc.core.domain.persons import ROLES
from humdoc.core.domain.testimonies import MAX_STATEMENT, SCOPES
from humdoc.core.errors import BundleRejected
from humdoc.core.exchange import schema

RECORD_FILES = ("cases", "incidents", "persons", "testimonies", "media")
#: Record files a bundle holds only when it carries such records.
OPTIONAL_RECORD_FILES = ("identities",)
IDENTITY_SCOPE = "share-identity"
MAX_IDENTITY_RECORD_BYTES = 64 * 1024 * 1024
RECORDS_VERSION = 1
MAX_RECORD_BYTES = 256 * 1024 * 1024

#: Metadata a media record may carry under each policy (keep: all of it).
EVIDENCE_METADATA = ("capture_time", "make", "model", "orientation", "width", "height")
STRIP_METADATA = ("width", "height")


def encode(kind: str, rows: list[dict[str, Any]]) -> bytes:
    """One record file: ``{"version": 1, "kind": …, "records": […]}`` as UTF-8 JSON."""
    doc = {"version": RECORDS_VERSION, "kind": kind, "records": rows}
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def media_metadata(metadata: dict[str, Any], policy: str) -> dict[str, Any]:
    """The part of an item's extracted metadata that may travel under ``policy``."""
    if policy == "keep":
        return {k: v for k, v in metadata.items() if not k.startswith("_")}
    allowed = EVIDENCE_METADATA if policy == "evidence" else STRIP_METADATA
    return {k: metadata[k] for k in allowed if metadata.get(k) is not None}


def _bad(message: str) -> BundleRejected:
    return BundleRejected("bad-records", f"The bundle's records are malformed: {message}.")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):  # two parsers could each keep a different one
        raise ValueError("an object names a field twice")
    return obj


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_json(data: bytes | str) -> Any:
    """Strict JSON: UTF-8, no repeated field, no NaN or Infinity, not nested absurdly deep.

    Raises ``ValueError`` (a ``UnicodeDecodeError`` included) if and only if ``data`` is not that.
    """
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except RecursionError:
        raise ValueError("nested too deep") from None


def decode(kind: str, data: bytes) -> list[dict[str, Any]]:
    """Parse and check one record file; its rows, each valid by ``RECORD_SCHEMAS[kind]``.

    Raises ``BundleRejected("bad-records")`` if and only if ``data`` is not strict UTF-8 JSON of
    the form ``encode`` writes, or a row breaks its schema, or two rows share an id.
    """
    if len(data) > MAX_RECORD_BYTES:
        raise _bad(f"{kind}.json is too large")
    try:
        doc = parse_json(data)
    except ValueError:
        raise _bad(f"{kind}.json is not UTF-8 JSON") from None
    if (
        type(doc) is not dict
        or set(doc) != {"version", "kind", "records"}
        or doc["kind"] != kind
        or type(doc["version"]) is not int
        or doc["version"] != RECORDS_VERSION
    ):
        raise _bad(f"{kind}.json has the wrong kind or version")
    rows = doc["records"]
    if type(rows) is not list:
        raise _bad(f"{kind}.json holds no list of records")
    check = RECORD_SCHEMAS[kind]
    for n, row in enumerate(rows, 1):
        where = f"{kind}.json record {n}"
        check(row, where)
        _check_row(kind, row, where)
    ids = [r["person_id" if kind == "identities" else "id"] for r in rows]
    if len(set(ids)) != len(ids):
        raise _bad(f"{kind}.json names an id twice")
    return rows


def _check_row(kind: str, row: dict[str, Any], where: str) -> None:
    """What a row's schema cannot say field by field."""
    if kind == "testimonies" and "share-centre" not in row["consent"]["scopes"]:
        raise _bad("a testimony arrived without consent to share it with the centre")
    if kind == "media":
        mtype = schema.MEDIA_TYPES[row["mime"]]
        if row["kind"] != mtype.kind:
            raise schema.bad(f"{where}.kind", "does not match its MIME type")
        if row["file"] != f"media/{row['id']}.{mtype.extension}":
            raise schema.bad(f"{where}.file", "is not the media item's own file name")
        schema.fields(_METADATA[row["policy"]], frozenset(_METADATA[row["policy"]]))(
            row["metadata"], f"{where}.metadata"
        )


def decode_custody(item_id: str, data: bytes) -> list[dict[str, Any]]:
    """Parse and check one carried custody log: one ``{"entry", "hash", "signature"}`` per line,
    each entry itself strict JSON valid by ``CUSTODY_ENTRY`` and about ``item_id``.

    Returns the lines' objects (entries still as text, as signed). Raises
    ``BundleRejected("custody")`` if and only if anything is malformed; whether the chain links
    and verifies is ``humdoc.core.custody.verify_chain``'s to say.
    """
    lines: list[dict[str, Any]] = []
    try:
        text = data.decode("utf-8")
        for n, raw in enumerate(text.split("\n"), 1):
            if not raw and n > text.count("\n"):
                break  # after the final line feed
            where = f"custody/{item_id}.jsonl line {n}"
            obj = parse_json(raw)
            CUSTODY_LINE(obj, where)
            entry = parse_json(obj["entry"])
            CUSTODY_ENTRY(entry, f"{where}: entry")
            if entry["item"] != item_id:
                raise schema.bad(f"{where}: entry", "is about another item")
            lines.append(obj)
    except ValueError:
        raise BundleRejected("custody", f"The custody log of {item_id} is malformed.") from None
    except BundleRejected as exc:
        raise BundleRejected("custody", str(exc)) from None
    return lines


# --- the schemas -------------------------------------------------------------------------

_TITLE = schema.line(500, required=True)
_CONSENT = schema.fields(
    {
        "scopes": schema.list_of(schema.one_of(*SCOPES), len(SCOPES), unique=True),
        "recorded_by": schema.line(500),
        "recorded_at": schema.timestamp,
        "note": schema.text(MAX_NOTES),
    }
)

RECORD_SCHEMAS: dict[str, schema.Check] = {
    "cases": schema.fields(
        {
            "id": schema.record_id("c"),
            "title": _TITLE,
            "description": schema.text(schema.MAX_TEXT),
            "status": schema.one_of(*STATUSES),
            "created": schema.timestamp,
            "updated": schema.timestamp,
        }
    ),
    "incidents": schema.fields(
        {
            "id": schema.record_id("i"),
            "case_id": schema.record_id("c"),
            "title": _TITLE,
            "description": schema.text(schema.MAX_TEXT),
            "location": schema.text(10_000),
            "occurred_from": schema.optional(schema.day_or_moment),
            "occurred_to": schema.optional(schema.day_or_moment),
            "created": schema.timestamp,
            "updated": schema.timestamp,
        }
    ),
    "persons": schema.fields(
        {
            "id": schema.record_id("p"),
            "code": schema.person_code,
            "role": schema.one_of(*ROLES),
            "created": schema.timestamp,
        }
    ),
    "testimonies": schema.fields(
        {
            "id": schema.record_id("t"),
            "case_id": schema.record_id("c"),
            "witness_id": schema.record_id("p"),
            "statement": schema.text(MAX_STATEMENT, required=True),
            "language": schema.line(200),
            "interview_date": schema.optional(schema.day_or_moment),
            "interviewer": schema.line(500),
            "created": schema.timestamp,
            "updated": schema.timestamp,
            "consent": _CONSENT,
            "violations": schema.list_of(schema.violation_code, 1_000, unique=True),
            "incidents": schema.list_of(schema.record_id("i"), 1_000, unique=True),
            "tags": schema.list_of(schema.line(64, required=True), 1_000, unique=True),
        }
    ),
    "media": schema.fields(
        {
            "id": schema.record_id("m"),
            "case_id": schema.record_id("c"),
            "testimony_id": schema.optional(schema.record_id("t")),
            "file": schema.line(100),
            "kind": schema.one_of(*sorted({t.kind for t in schema.MEDIA_TYPES.values()})),
            "mime": schema.one_of(*schema.MEDIA_TYPES),
            "policy": schema.one_of("keep", "evidence", "strip"),
            "original_sha256": schema.sha256,
            "sha256": schema.sha256,
            "size": schema.integer(0, 2**63 - 1),
            "converted": schema.boolean,
            "removed": schema.list_of(schema.line(1_000), 1_000),
            "metadata": lambda value, where: None,  # checked by policy in _check_row
            "imported_at": schema.timestamp,
        }
    ),
    "identities": schema.fields(
        {
            "person_id": schema.record_id("p"),
            "name": schema.line(MAX_NAME, required=True),
            "contact": schema.text(MAX_CONTACT),
            "notes": schema.text(MAX_NOTES),
        }
    ),
}

_CAMERA = schema.optional(schema.camera_text)
_METADATA_KEEP: dict[str, schema.Check] = {
    "capture_time": schema.optional(schema.capture_time),
    **dict.fromkeys(
        ("make", "model", "artist", "owner", "copyright", "software", "description", "comment"),
        _CAMERA,
    ),
    "serial": schema.optional(schema.fields({"body": _CAMERA, "lens": _CAMERA})),
    "orientation": schema.optional(schema.integer(1, 8)),
    "width": schema.optional(schema.integer(0, 2**31)),
    "height": schema.optional(schema.integer(0, 2**31)),
    "gps": schema.optional(
        schema.fields(
            {
                "lat": schema.number(-90, 90),
                "lon": schema.number(-180, 180),
                "alt": schema.optional(schema.number(-1e15, 1e15)),
            }
        )
    ),
    "gps_tags": schema.mapping(schema.metadata_key, schema.camera_text),
    "tags": schema.mapping(schema.metadata_key, schema.camera_text),
    "has_thumbnail": schema.boolean,
    "xmp": schema.boolean,
    "iptc": schema.boolean,
    "errors": schema.list_of(schema.camera_text, 100),
    "location_removed_at_intake": schema.list_of(schema.line(1_000), 100),
    # What a centre notes on an item it received, should it send the item on.
    "received_under_policy": schema.one_of("keep", "evidence", "strip"),
    "removed_before_export": schema.list_of(schema.line(1_000), 1_000),
}
#: The metadata fields a media record may carry under each policy, and how each is checked.
_METADATA: dict[str, dict[str, schema.Check]] = {
    "keep": _METADATA_KEEP,
    "evidence": {k: _METADATA_KEEP[k] for k in EVIDENCE_METADATA},
    "strip": {k: _METADATA_KEEP[k] for k in STRIP_METADATA},
}

CUSTODY_LINE = schema.fields(
    {
        "entry": schema.line(64 * 1024),
        "hash": schema.sha256,
        "signature": schema.pattern(schema.MINISIG, 2_000),
    }
)
CUSTODY_ENTRY = schema.fields(
    {
        "v": schema.integer(1, 1),
        "item": schema.any_record_id("m", "t"),
        "action": schema.one_of(*ACTIONS),
        "at": schema.timestamp,
        "actor": schema.line(500),
        "device": schema.fingerprint,
        "device_seq": schema.integer(1, 2**63 - 1),
        "prev": schema.sha256,
        "details": schema.custody_details,
    }
)


def identity_consented(testimonies: list[dict[str, Any]], person_id: str) -> bool:
    """True if and only if ``person_id`` is the witness of at least one of ``testimonies`` and
    every one of them they witnessed carries ``share-identity`` consent.

    Consent is recorded per testimony; a witness who withheld it for any carried testimony has
    not clearly agreed, so the identity stays (fail closed). Used by the exporter and, on the
    bundle's own rows, by the centre.
    """
    scopes = [
        t["consent"].get("scopes") if isinstance(t.get("consent"), dict) else None
        for t in testimonies
        if t.get("witness_id") == person_id
    ]
    return bool(scopes) and all(isinstance(s, list) and IDENTITY_SCOPE in s for s in scopes)
