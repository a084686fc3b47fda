"""A plain export of what consent allows for publication, for researchers' own tools.

Only testimonies whose witness consented to ``publish-anonymised`` are written, and only these
columns (documented in docs/publication-export.md): no pseudonym, no identity, no interviewer,
no place. What was held back, and why, is returned to the exporter, never written.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from humdoc.core import safefs
from humdoc.core.domain.cases import Case, Cases, Incident
from humdoc.core.domain.taxonomy import load_taxonomy
from humdoc.core.domain.testimonies import Testimonies, Testimony
from humdoc.core.errors import InvalidInput
from humdoc.core.sources import ALL, CaseRecords

#: The columns, in order; docs/publication-export.md describes each.
COLUMNS = (
    "record",
    "case_title",
    "language",
    "interview_date",
    "incident_dates",
    "violation_codes",
    "violations",
    "statement",
)
FORMATS = ("csv", "json")


@dataclass(frozen=True)
class Withheld:
    """Something that was not written, and why (told to the exporter only)."""

    kind: str
    id: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class PublicationResult:
    path: Path
    format: str
    rows: int
    withheld: tuple[Withheld, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "format": self.format,
            "rows": self.rows,
            "held_back": [w.to_json() for w in self.withheld],
        }


def check_out(out: Path, allowed: tuple[str, ...]) -> str:
    """The format ``out``'s suffix names; ``InvalidInput`` if it is another, if ``out`` exists
    or its folder does not."""
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in allowed:
        raise InvalidInput(
            f"Name the output file with one of: {', '.join('.' + a for a in allowed)}."
        )
    if out.exists():
        raise InvalidInput(f"{out.name} already exists; choose a new file name.")
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder {out.parent} does not exist.")
    return fmt


class VaultRecords:
    """A vault's cases and testimonies as ``CaseRecords``."""

    def __init__(self, cases: Cases, testimonies: Testimonies) -> None:
        self._cases, self._testimonies = cases, testimonies

    def case(self, case_id: str) -> Case:
        return self._cases.get(case_id)

    def incidents(self, case_id: str) -> list[Incident]:
        return self._cases.incidents(case_id)

    def testimonies(self, case_id: str) -> list[Testimony]:
        return self._testimonies.list(case_id, limit=ALL)


def publication_rows(
    source: CaseRecords, case_ids: list[str]
) -> tuple[list[dict[str, str]], list[Withheld]]:
    """The rows consent allows to publish from ``case_ids`` and what was held back."""
    if not case_ids:
        raise InvalidInput("Name at least one case to export.")
    taxonomy = load_taxonomy()
    rows: list[dict[str, str]] = []
    withheld: list[Withheld] = []
    for case in [source.case(c) for c in dict.fromkeys(case_ids)]:
        incidents = {i.id: i for i in source.incidents(case.id)}
        for t in source.testimonies(case.id):
            if not t.consent.allows("publish-anonymised"):
                withheld.append(
                    Withheld(
                        "testimony",
                        t.id,
                        "the witness has not consented to anonymised publication",
                    )
                )
                continue
            dates = [(incidents[i].occurred_from or "")[:10] for i in t.incidents if i in incidents]
            rows.append(
                {
                    "record": t.id,
                    "case_title": case.title,
                    "language": t.language,
                    "interview_date": (t.interview_date or "")[:10],
                    "incident_dates": "|".join(d for d in dates if d),
                    "violation_codes": "|".join(t.violations),
                    "violations": "|".join(taxonomy.require(v).label for v in t.violations),
                    "statement": t.statement,
                }
            )
    return rows, withheld


def export_publication(
    cases: Cases, testimonies: Testimonies, case_ids: list[str], out: Path
) -> PublicationResult:
    """Write the publishable rows of a vault's ``case_ids`` to ``out`` (see
    ``write_publication``)."""
    return write_publication(VaultRecords(cases, testimonies), case_ids, out)


def write_publication(source: CaseRecords, case_ids: list[str], out: Path) -> PublicationResult:
    """Write the publishable rows of ``case_ids`` (read from ``source``: a vault's records or
    the shared archive) to ``out`` (``.csv`` or ``.json``) atomically.

    ``InvalidInput`` (nothing written) for another suffix, an existing file or a missing folder;
    ``NotFound`` for an unknown case.
    """
    fmt = check_out(out, FORMATS)
    rows, withheld = publication_rows(source, case_ids)
    if fmt == "csv":
        text = io.StringIO()
        writer = csv.DictWriter(text, COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
        data = text.getvalue().encode("utf-8")
    else:
        doc = {"format": "humdoc-publication", "version": 1, "columns": list(COLUMNS), "rows": rows}
        data = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    safefs.atomic_write(out, data, 0o600)
    return PublicationResult(out, fmt, len(rows), tuple(withheld))
