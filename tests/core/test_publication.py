"""The publication export: anonymised-publication consent only, the documented columns only."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from humdoc.core.errors import InvalidInput, NotFound
from humdoc.core.exchange.publication import COLUMNS, export_publication
from humdoc.core.session import Session

DOCS = Path(__file__).resolve().parents[2] / "docs" / "publication-export.md"


def _case(session: Session) -> dict[str, str]:
    case = session.cases.create("قضية", "Disappearances")
    inc = session.cases.add_incident(case.id, "Raid", occurred_from="2026-01-09", location="Home")
    pub = session.testimonies.add(
        case.id,
        "W-041",
        "نقلوه بعيدا.",
        language="ar",
        interview_date="2026-01-12",
        consent=["record", "publish-anonymised"],
        violations=["02.01"],
        incidents=[inc.id],
    )
    court = session.testimonies.add(
        case.id,
        "W-042",
        "For the court only.",
        consent=["record", "share-centre", "share-accountability"],
    )
    return {"case": case.id, "pub": pub.id, "court": court.id}


def test_csv_holds_only_what_consent_lets_be_published(session: Session, tmp_path: Path) -> None:
    ids = _case(session)
    out = tmp_path / "pub.csv"
    result = export_publication(session.cases, session.testimonies, [ids["case"]], out)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == COLUMNS
    assert [r["record"] for r in rows] == [ids["pub"]]
    row = rows[0]
    assert row["statement"] == "نقلوه بعيدا."
    assert row["interview_date"] == "2026-01-12" and row["incident_dates"] == "2026-01-09"
    assert row["violation_codes"] == "02.01" and row["violations"] == "Enforced disappearance"
    text = out.read_text(encoding="utf-8")
    for secret in ("W-041", "W-042", "For the court only", "Home"):
        assert secret not in text
    assert [(w.id, w.kind) for w in result.withheld] == [(ids["court"], "testimony")]


def test_json_has_the_same_rows(session: Session, tmp_path: Path) -> None:
    ids = _case(session)
    out = tmp_path / "pub.json"
    export_publication(session.cases, session.testimonies, [ids["case"]], out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["columns"] == list(COLUMNS)
    assert [r["record"] for r in doc["rows"]] == [ids["pub"]]
    assert all(tuple(r) == COLUMNS for r in doc["rows"])


def test_every_column_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for column in COLUMNS:
        assert f"`{column}`" in text


def test_bad_requests_write_nothing(session: Session, tmp_path: Path) -> None:
    ids = _case(session)
    with pytest.raises(InvalidInput, match=r"\.csv"):
        export_publication(session.cases, session.testimonies, [ids["case"]], tmp_path / "x.txt")
    with pytest.raises(NotFound):
        export_publication(session.cases, session.testimonies, ["c-0000000000"], tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
