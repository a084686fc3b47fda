"""Export for HURIDOCS Uwazi: a zip its CSV import takes as it is, and the template it needs.

The zip holds ``import.csv`` at its root and, beside it, every file the CSV names in its
``attachments`` column. Uwazi's documented import rules (docs/uwazi-export.md cites each):
``title`` required; column names are template property names; several values in one cell are
separated by ``|``; dates ``YYYY-MM-DD``; a geolocation is ``lat|lon``; a thesaurus value under
a group is ``Group::Value``; a translation of a property goes in ``property__<language>``.

One row per case and one per testimony consent lets out: ``share-accountability`` (with the
witness's pseudonym) or ``publish-anonymised`` (no pseudonym, no identity). Media are the
cleaned working copies under the export policy (the sealed original only under ``keep``), and a
position leaves only where the policy allows location (``keep``, nothing removed at intake).
Every file written into the zip is hashed as it is written, and the hash is in the row. What
was held back, and why, is returned to the exporter, never written.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humdoc.core import safefs
from humdoc.core.domain.taxonomy import load_taxonomy
from humdoc.core.domain.testimonies import Testimony
from humdoc.core.errors import BlobCorrupt, HumdocError, InvalidInput, OperationCancelled
from humdoc.core.exchange.publication import Withheld, check_out
from humdoc.core.mediaitems import MediaItem
from humdoc.core.progress import Cancelled, Progress, never_cancelled, no_progress
from humdoc.core.session import Session
from humdoc.core.sources import CaseSource, source_of

TEMPLATE_NAME = "humdoc record"
VIOLATIONS_THESAURUS = "humdoc violations"
#: (property name, Uwazi property type, thesaurus or ""), in column order after ``title``.
PROPERTIES: tuple[tuple[str, str, str], ...] = (
    ("record_type", "select", "humdoc record types"),
    ("humdoc_id", "text", ""),
    ("case_id", "text", ""),
    ("description", "markdown", ""),
    ("statement", "markdown", ""),
    ("witness", "text", ""),
    ("consent", "multiselect", "humdoc consent scopes"),
    ("interview_date", "date", ""),
    ("incident_dates", "multidate", ""),
    ("incident_location", "text", ""),
    ("violations", "multiselect", VIOLATIONS_THESAURUS),
    ("tags", "multiselect", "humdoc tags"),
    ("geolocation", "geolocation", ""),
    ("media_sha256", "text", ""),
)
#: Properties that get a ``__<language>`` column for a testimony in that language.
TRANSLATED = ("statement",)
RECORD_TYPES = ("Case", "Testimony")
SCOPE_LABELS = (
    "record",
    "share-centre",
    "share-accountability",
    "publish-anonymised",
    "share-identity",
)
CHUNK = 1024 * 1024
_LANG = re.compile(r"^[a-z]{2}$")


@dataclass
class UwaziResult:
    path: Path
    template_path: Path
    rows: int
    files: int
    languages: list[str]
    withheld: list[Withheld] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "template": str(self.template_path),
            "rows": self.rows,
            "files": self.files,
            "languages": self.languages,
            "held_back": [w.to_json() for w in self.withheld],
        }


def language_code(language: str) -> str:
    """The ISO 639-1 code a testimony's language field names (``"ar-SY"`` → ``"ar"``), or ``""``."""
    code = re.split(r"[-_ ]", language.strip().lower(), maxsplit=1)[0]
    return code if _LANG.match(code) else ""


def _value(text: str) -> str:
    """One value of a multi-value or thesaurus cell: no ``|`` or ``::`` that would split it."""
    return text.replace("|", "/").replace("::", ":").strip()


def _violation(code: str) -> str:
    tax = load_taxonomy()
    v = tax.require(code)
    if v.parent is None:
        return _value(v.label)
    return f"{_value(tax.require(v.parent).label)}::{_value(v.label)}"


def template_description(languages: list[str], tags: list[str]) -> dict[str, Any]:
    """The Uwazi template (property names and types) and thesauri the CSV expects."""
    tax = load_taxonomy()
    groups = [
        {
            "label": _value(top.label),
            "values": [{"label": _value(c.label)} for c in tax.children(top.code)],
        }
        for top in tax.children(None)
    ]
    return {
        "name": TEMPLATE_NAME,
        "commonProperties": [{"name": "title", "label": "Title", "type": "text"}],
        "properties": [
            {"name": n, "label": n.replace("_", " ").capitalize(), "type": t}
            | ({"thesaurus": th} if th else {})
            for n, t, th in PROPERTIES
        ],
        "thesauri": [
            {"name": "humdoc record types", "values": [{"label": r} for r in RECORD_TYPES]},
            {"name": "humdoc consent scopes", "values": [{"label": s} for s in SCOPE_LABELS]},
            {"name": "humdoc tags", "values": [{"label": t} for t in tags]},
            {"name": VIOLATIONS_THESAURUS, "values": groups},
        ],
        "languages": languages,
        "csv": {
            "file": "import.csv",
            "multiValueSeparator": "|",
            "dateFormat": "YYYY-MM-DD",
            "thesaurusGroupSeparator": "::",
            "languageColumnSeparator": "__",
        },
    }


class _Plan:
    """The rows and files of one export, gathered before anything is written."""

    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []
        #: (name in zip, item, policy, SHA-256 of the copy)
        self.files: list[tuple[str, MediaItem, str, str]] = []
        self.withheld: list[Withheld] = []
        self.languages: set[str] = set()
        self.tags: set[str] = set()


def export_uwazi(
    holder: Session | CaseSource,
    case_ids: list[str],
    out: Path,
    policy: str | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> UwaziResult:
    """Write the Uwazi zip of ``case_ids`` (read from a vault's session or any ``CaseSource``)
    to ``out`` and its template beside it.

    The template goes to ``<out without .zip>.template.json``. ``InvalidInput`` (nothing
    written) if ``out`` is not a new ``.zip`` in an existing folder or the template file exists;
    ``NotFound`` for an unknown case; ``OperationCancelled`` if ``cancelled()`` turns true (the
    zip is then not put in place).
    """
    check_out(out, ("zip",))
    if not case_ids:
        raise InvalidInput("Name at least one case to export.")
    template_path = out.with_name(out.stem + ".template.json")
    if template_path.exists():
        raise InvalidInput(f"{template_path.name} already exists; choose a new file name.")
    source = source_of(holder)
    plan = _plan(source, case_ids, policy)
    languages = sorted(plan.languages)
    columns = ["title", *(p[0] for p in PROPERTIES), "attachments"]
    columns += [f"{name}__{lang}" for lang in languages for name in ("title", *TRANSLATED)]
    text = io.StringIO()
    writer = csv.DictWriter(text, columns, restval="", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(plan.rows)
    template = template_description(languages, sorted(plan.tags))
    with safefs.atomic_writer(out) as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("import.csv", text.getvalue().encode("utf-8"))
        for n, (name, item, pol, digest) in enumerate(plan.files):
            progress(n, len(plan.files))
            _copy_into(source, zf, name, item, pol, digest, cancelled)
        progress(len(plan.files), len(plan.files))
    safefs.atomic_write(
        template_path,
        (json.dumps(template, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        0o600,
    )
    return UwaziResult(
        out, template_path, len(plan.rows), len(plan.files), languages, plan.withheld
    )


def _plan(source: CaseSource, case_ids: list[str], policy: str | None) -> _Plan:
    plan = _Plan()
    for case in [source.case(c) for c in dict.fromkeys(case_ids)]:
        case_policy = policy or case.policy or source.default_policy()
        incidents = {i.id: i for i in source.incidents(case.id)}
        shared: dict[str, Testimony] = {}
        for t in source.testimonies(case.id):
            if t.consent.allows("share-accountability") or t.consent.allows("publish-anonymised"):
                shared[t.id] = t
            else:
                plan.withheld.append(
                    Withheld(
                        "testimony",
                        t.id,
                        "the witness has consented neither to sharing with accountability "
                        "bodies nor to anonymised publication",
                    )
                )
        attached: dict[str, list[tuple[str, str, str]]] = {}  # owner → (name, sha256, geo)
        for item in source.media(case.id):
            owner = item.testimony_id or case.id
            if item.testimony_id and item.testimony_id not in shared:
                plan.withheld.append(
                    Withheld("media", item.id, "linked to a testimony that is held back")
                )
                continue
            try:
                extension, digest = source.media_copy(item, case_policy)
            except HumdocError as exc:
                plan.withheld.append(Withheld("media", item.id, str(exc)))
                continue
            name = f"{item.id}.{extension}"
            plan.files.append((name, item, case_policy, digest))
            attached.setdefault(owner, []).append((name, digest, _geo(item, case_policy)))
        own = attached.get(case.id, [])
        plan.rows.append(
            {
                "title": case.title,
                "record_type": "Case",
                "humdoc_id": case.id,
                "case_id": case.id,
                "description": case.description,
                **_files_cells(own),
            }
        )
        for t in shared.values():
            plan.rows.append(_testimony_row(t, incidents, case_policy, attached.get(t.id, [])))
            plan.tags.update(_value(x) for x in t.tags)
            lang = language_code(t.language)
            if lang:
                plan.languages.add(lang)
                plan.rows[-1][f"title__{lang}"] = plan.rows[-1]["title"]
                for prop in TRANSLATED:
                    plan.rows[-1][f"{prop}__{lang}"] = plan.rows[-1][prop]
    return plan


def _testimony_row(
    t: Testimony, incidents: dict[str, Any], policy: str, files: list[tuple[str, str, str]]
) -> dict[str, str]:
    linked = [incidents[i] for i in t.incidents if i in incidents]
    dates = [(i.occurred_from or "")[:10] for i in linked]
    places = [i.location for i in linked if i.location] if policy == "keep" else []
    return {
        "title": f"Testimony {t.id}",
        "record_type": "Testimony",
        "humdoc_id": t.id,
        "case_id": t.case_id,
        "statement": t.statement,
        # share-accountability names the pseudonym; anonymised publication names no one.
        "witness": t.witness_code if t.consent.allows("share-accountability") else "",
        "consent": "|".join(t.consent.scopes),
        "interview_date": (t.interview_date or "")[:10],
        "incident_dates": "|".join(d for d in dates if d),
        "incident_location": "; ".join(places),
        "violations": "|".join(_violation(v) for v in t.violations),
        "tags": "|".join(_value(x) for x in t.tags),
        **_files_cells(files),
    }


def _files_cells(files: list[tuple[str, str, str]]) -> dict[str, str]:
    geo = next((g for _, _, g in files if g), "")
    return {
        "attachments": "|".join(name for name, _, _ in files),
        "media_sha256": "|".join(digest for _, digest, _ in files),
        "geolocation": geo,
    }


def _geo(item: MediaItem, policy: str) -> str:
    """``lat|lon`` of the item, only where the policy lets location leave."""
    gps = item.metadata.get("gps")
    if policy != "keep" or item.location_removed or not isinstance(gps, dict):
        return ""
    lat, lon = gps.get("lat"), gps.get("lon")
    if not isinstance(lat, int | float) or not isinstance(lon, int | float):
        return ""
    return f"{lat}|{lon}"


def _copy_into(
    source: CaseSource,
    zf: zipfile.ZipFile,
    name: str,
    item: MediaItem,
    policy: str,
    expected: str,
    cancelled: Cancelled,
) -> None:
    digest = hashlib.sha256()
    entry = zipfile.ZipInfo(name, time.gmtime()[:6])
    entry.compress_type = zipfile.ZIP_DEFLATED
    with (
        source.open_media_copy(item, policy) as reader,
        zf.open(entry, "w", force_zip64=True) as dest,
    ):
        while chunk := reader.read(CHUNK):
            if cancelled():
                raise OperationCancelled("The Uwazi export was cancelled; nothing was written.")
            digest.update(chunk)
            dest.write(chunk)
    if digest.hexdigest() != expected:
        raise BlobCorrupt(f"The stored copy of {item.id} does not match its recorded SHA-256.")
