"""The JSON records inside a bundle's ``data/records/`` and their strict validation on receipt.

Only what the consent and the policy allow is ever written: pseudonym codes and roles,
testimonies whose witness consented to sharing with the documentation centre, and for media only
the metadata fields the export policy keeps. Real identities travel only in the optional
``identities.json``, written only when the exporter asked for it and the witness consented
(``share-identity``); the receiving centre checks that consent again.
"""

from __future__ import annotations

import json
import re
from typing import Any

from humdoc.core.domain.identities import MAX_CONTACT, MAX_NAME, MAX_NOTES
from humdoc.core.errors import BundleRejected

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

_ID = re.compile(r"^[a-z]-[0-9a-z]{10}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


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


def decode(kind: str, data: bytes) -> list[dict[str, Any]]:
    """Parse and check one record file; ``BundleRejected`` on anything unexpected."""
    if len(data) > MAX_RECORD_BYTES:
        raise _bad(f"{kind}.json is too large")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _bad(f"{kind}.json is not UTF-8 JSON") from None
    if (
        not isinstance(doc, dict)
        or doc.get("kind") != kind
        or doc.get("version") != RECORDS_VERSION
    ):
        raise _bad(f"{kind}.json has the wrong kind or version")
    rows = doc.get("records")
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise _bad(f"{kind}.json holds no list of records")
    for row in rows:
        _check_row(kind, row)
    ids = [r["person_id" if kind == "identities" else "id"] for r in rows]
    if len(set(ids)) != len(ids):
        raise _bad(f"{kind}.json names an id twice")
    return rows


_SCHEMA: dict[str, dict[str, type | tuple[type, ...]]] = {
    "cases": {
        "id": str,
        "title": str,
        "description": str,
        "status": str,
        "created": str,
        "updated": str,
    },
    "incidents": {
        "id": str,
        "case_id": str,
        "title": str,
        "description": str,
        "location": str,
        "occurred_from": (str, type(None)),
        "occurred_to": (str, type(None)),
        "created": str,
        "updated": str,
    },
    "persons": {"id": str, "code": str, "role": str, "created": str},
    "testimonies": {
        "id": str,
        "case_id": str,
        "witness_id": str,
        "statement": str,
        "language": str,
        "interview_date": (str, type(None)),
        "interviewer": str,
        "created": str,
        "updated": str,
        "consent": dict,
        "violations": list,
        "incidents": list,
        "tags": list,
    },
    "media": {
        "id": str,
        "case_id": str,
        "testimony_id": (str, type(None)),
        "file": str,
        "kind": str,
        "mime": str,
        "policy": str,
        "original_sha256": str,
        "sha256": str,
        "size": int,
        "converted": bool,
        "removed": list,
        "metadata": dict,
        "imported_at": str,
    },
    "identities": {"person_id": str, "name": str, "contact": str, "notes": str},
}


def _check_row(kind: str, row: dict[str, Any]) -> None:
    schema = _SCHEMA[kind]
    for key, typ in schema.items():
        if key not in row or not isinstance(row[key], typ):
            raise _bad(f"a record in {kind}.json lacks a valid {key!r}")
    if set(row) - set(schema) and kind == "identities":
        raise _bad("identities.json holds an unexpected field")
    for key in ("id", "case_id", "witness_id", "person_id"):
        if key in row and not _ID.match(row[key]):
            raise _bad(f"{kind}.json has a malformed {key}")
    if kind == "media":
        if not (_SHA.match(row["sha256"]) and _SHA.match(row["original_sha256"])):
            raise _bad("media.json has a malformed digest")
        if row["policy"] not in ("keep", "evidence", "strip"):
            raise _bad("media.json names an unknown policy")
    if kind == "persons" and row["role"] not in ("witness", "victim", "perpetrator", "source"):
        raise _bad("persons.json names an unknown role")
    if kind == "testimonies":
        scopes = row["consent"].get("scopes")
        if not isinstance(scopes, list) or "share-centre" not in scopes:
            raise _bad("a testimony arrived without consent to share it with the centre")
        if not all(isinstance(x, str) for x in row["violations"] + row["incidents"] + row["tags"]):
            raise _bad("testimonies.json has a malformed list")
    if kind == "identities":
        if not row["name"].strip():
            raise _bad("identities.json holds an identity without a name")
        if (
            len(row["name"]) > MAX_NAME
            or len(row["contact"]) > MAX_CONTACT
            or len(row["notes"]) > MAX_NOTES
        ):
            raise _bad("identities.json holds an over-long field")


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
