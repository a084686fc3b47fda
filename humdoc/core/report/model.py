"""The custody report of one case, as a structured model; its JSON is this model serialised.

The sections follow the Berkeley Protocol on Digital Open Source Investigations (chain of
custody; evidentiary copies kept unaltered, working copies made from them and linked to them)
and the 2022 Eurojust / ICC Office of the Prosecutor guidelines for civil society organisations
(record who handled what, when and how; keep originals and their hash values; record consent
and what may be shared). ``CustodyReport.from_json`` checks a document field by field and
rebuilds the very same model, so any reader can validate a report against it.

Nothing here names a witness: a testimony carries its witness's pseudonym and a statement
excerpt only where the recorded consent allows sharing with accountability bodies.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, TypeVar

from humdoc.core.errors import InvalidInput

FORMAT = "humdoc-custody-report"
VERSION = 1
#: Signature results an event can have.
SIGNATURE_RESULTS = ("verified", "failed", "unknown-key")


@dataclass(frozen=True)
class Copy:
    """One stored copy of an item: the sealed evidentiary copy or a working copy made from it."""

    role: str  # "evidentiary" or "working"
    policy: str  # "original" for the evidentiary copy, else the metadata policy it was made under
    sha256: str
    size: int
    mime: str
    derived_from_sha256: str  # empty for the evidentiary copy
    converted: bool
    removed: tuple[str, ...]


@dataclass(frozen=True)
class ConsentRecord:
    scopes: tuple[str, ...]
    recorded_by: str
    recorded_at: str


@dataclass(frozen=True)
class Item:
    """A testimony or a media item of the case."""

    kind: str  # "testimony" or "media"
    id: str
    sha256: str  # the statement's SHA-256 (UTF-8) or the sealed original's
    description: str
    copies: tuple[Copy, ...]
    consent: tuple[ConsentRecord, ...]  # the history, oldest first; empty for media
    pseudonym: str  # empty unless consent allows share-accountability
    language: str
    excerpt: str  # empty unless consent allows share-accountability
    chain_verified: bool
    chain_problems: tuple[str, ...]


@dataclass(frozen=True)
class Key:
    """A key this report's signatures or bundles depend on."""

    role: str  # "this device", "enrolled device", "centre encryption key", "recipient"
    name: str
    fingerprint: str
    key: str  # the public key text (minisign .pub or age1…)
    status: str  # "active" or "revoked on …"


@dataclass(frozen=True)
class Event:
    """One custody event, with the result of checking it."""

    item: str
    position: int  # 1-based place in the item's chain
    id: str  # SHA-256 of the signed entry: the event's identity
    at: str
    action: str
    actor: str
    device: str
    device_seq: int
    prev: str
    details: str  # the details as canonical JSON
    signature: str  # one of SIGNATURE_RESULTS
    problems: tuple[str, ...]


@dataclass(frozen=True)
class Withheld:
    kind: str
    id: str
    reason: str


@dataclass(frozen=True)
class Step:
    """One re-verification step an outside expert runs with standard tools."""

    title: str
    commands: tuple[str, ...]


@dataclass(frozen=True)
class Incident:
    id: str
    title: str
    occurred_from: str
    occurred_to: str
    location: str


@dataclass(frozen=True)
class CustodyReport:
    format: str
    version: int
    generated_at: str
    generated_by: str  # the fingerprint of the device that made the report
    role: str  # "field" or "centre"
    case_id: str
    case_title: str
    case_description: str
    case_status: str
    case_created: str
    incidents: tuple[Incident, ...]
    items: tuple[Item, ...]
    keys: tuple[Key, ...]
    events: tuple[Event, ...]
    withheld: tuple[Withheld, ...]
    verification: tuple[Step, ...]

    @property
    def all_verified(self) -> bool:
        """True if and only if every event's signature verified and every chain is intact."""
        return all(e.signature == "verified" and not e.problems for e in self.events) and all(
            i.chain_verified for i in self.items
        )

    def to_json(self) -> dict[str, Any]:
        return {**_dump(self), "all_verified": self.all_verified}

    @classmethod
    def from_json(cls, obj: Any) -> CustodyReport:
        """The report ``obj`` describes; ``InvalidInput`` naming the first field that does not
        fit the model (a missing or extra field, a wrong type, an unknown format)."""
        if not isinstance(obj, dict):
            raise InvalidInput("A custody report must be a JSON object.")
        body = dict(obj)
        claimed = body.pop("all_verified", None)
        report = _load(cls, body, "report")
        if report.format != FORMAT or report.version != VERSION:
            raise InvalidInput("This is not a humdoc custody report of a known version.")
        for e in report.events:
            if e.signature not in SIGNATURE_RESULTS:
                raise InvalidInput(f"Event {e.id} has an unknown signature result.")
        if claimed is not report.all_verified:
            raise InvalidInput("The report's all_verified does not match its events.")
        return report


_T = TypeVar("_T")
_NESTED: dict[str, type] = {
    "copies": Copy,
    "consent": ConsentRecord,
    "incidents": Incident,
    "items": Item,
    "keys": Key,
    "events": Event,
    "withheld": Withheld,
    "verification": Step,
}


def _dump(obj: Any) -> Any:
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: _dump(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, tuple):
        return [_dump(x) for x in obj]
    return obj


def _load(cls: type[_T], obj: Any, where: str) -> _T:
    if not isinstance(obj, dict):
        raise InvalidInput(f"The custody report's {where} must be an object.")
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    if set(obj) != set(names):
        odd = sorted(set(obj) ^ set(names))[0]
        raise InvalidInput(f"The custody report's {where} has a missing or unknown field {odd!r}.")
    values: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        value = obj[f.name]
        kind = str(f.type)
        here = f"{where}.{f.name}"
        if f.name in _NESTED:
            if not isinstance(value, list):
                raise InvalidInput(f"The custody report's {here} must be a list.")
            value = tuple(_load(_NESTED[f.name], v, here) for v in value)
        elif kind.startswith("tuple"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InvalidInput(f"The custody report's {here} must be a list of texts.")
            value = tuple(value)
        elif kind == "bool":
            if not isinstance(value, bool):
                raise InvalidInput(f"The custody report's {here} must be true or false.")
        elif kind == "int":
            if not isinstance(value, int) or isinstance(value, bool):
                raise InvalidInput(f"The custody report's {here} must be a whole number.")
        elif not isinstance(value, str):
            raise InvalidInput(f"The custody report's {here} must be text.")
        values[f.name] = value
    return cls(**values)
