"""The Uwazi export, checked row by row against Uwazi's documented CSV import rules.

Each rule of ``check_uwazi_zip`` cites where Uwazi states it: the wiki page "Import CSV"
(github.com/huridocs/uwazi/wiki/Import-CSV, "Guidelines and Conventions", numbered as there) and
the import code it describes (app/api/csv/ in huridocs/uwazi).
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from humdoc.core.errors import InvalidInput
from humdoc.core.exchange.uwazi import export_uwazi, language_code
from humdoc.core.session import Session

STATEMENT_AR = "رأيت الجنود يقتادون الرجال إلى الحافلة."
_NAME = re.compile(r"^[a-z0-9_]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MULTI = ("multiselect", "multidate", "multidaterange", "relationship")


def _thesaurus_values(thesaurus: dict[str, Any]) -> set[str]:
    values: set[str] = set()
    for v in thesaurus["values"]:
        if "values" in v:
            values |= {f"{v['label']}::{c['label']}" for c in v["values"]}
        else:
            values.add(v["label"])
    return values


def check_uwazi_zip(zip_path: Path, template: dict[str, Any]) -> list[dict[str, str]]:
    """Every documented rule, applied to the zip and each of its rows; returns the rows."""
    with zipfile.ZipFile(zip_path) as zf:
        names = set(zf.namelist())
        # importFile.ts: a .zip is read by extractFromZip(zipPath, "import.csv"), which looks for
        # an entry named exactly "import.csv" — at the root of the archive.
        assert "import.csv" in names, "import.csv must be at the zip's root"
        raw = zf.read("import.csv")
    # Wiki rule 1: the file is CSV (comma separated); it must parse with one header row and the
    # same number of cells in every row.
    text = raw.decode("utf-8")
    table = list(csv.reader(io.StringIO(text)))
    header, body = table[0], table[1:]
    assert all(len(r) == len(header) for r in body), "every row has as many cells as the header"
    props = {p["name"]: p for p in template["properties"]}
    thesauri = {t["name"]: _thesaurus_values(t) for t in template["thesauri"]}
    languages = set(template["languages"])
    # Wiki rule 4 / importEntity.ts titleByTemplate: "title" is required.
    assert "title" in header
    # Wiki rule 3: order is free, but a column may appear once only.
    assert len(set(header)) == len(header)
    for column in header:
        # csvDefinitions.ts languageHeaderSeparator "__" / entityRow.ts: "<property>__<language>"
        # holds that language's version of the property.
        base, _, lang = column.partition("__")
        if lang:
            assert lang in languages, f"{column}: language {lang} is not in the template"
            assert re.match(r"^[a-z]{2}$", lang)
        # Wiki rules 2 and 6 / entityRow.ts toSafeName: a column is a template property's name
        # (no spaces; the safe, lower-case form), or one of the import's own columns.
        assert _NAME.match(base), f"{column}: property names have no spaces or capitals"
        assert base in props or base in ("title", "attachments"), f"{column} is no property"
    rows = [dict(zip(header, r, strict=True)) for r in body]
    for row in rows:
        assert row["title"].strip(), "wiki rule 4: every row has a title"
        for name, value in row.items():
            base, _, _lang = name.partition("__")
            if not value or base not in props:
                continue
            kind = props[base]["type"]
            # Wiki rule 7 / csvDefinitions.ts multiValueSeparator "|": several values, one cell.
            pieces = value.split("|") if kind in MULTI else [value]
            assert all(pieces), f"{name}: empty value between separators"
            if kind in ("date", "multidate"):
                # typeParsers.ts date(): parsed with the formats it allows, "YYYY-MM-DD" among
                # them; we write that one form only.
                for p in pieces:
                    assert _DATE.match(p), f"{name}: {p} is not YYYY-MM-DD"
                    datetime.date.fromisoformat(p)
            if kind == "geolocation":
                # Wiki rule 8 / typeParsers/geolocation.ts: "lat|lon", latitude first.
                lat, lon = (float(x) for x in value.split("|"))
                assert -90 <= lat <= 90 and -180 <= lon <= 180
            if kind in ("select", "multiselect"):
                # csvDefinitions.ts dictionaryParentChildSeparator "::" / multiselect.ts: a value
                # is a thesaurus label, or "Group::Label" for a label inside a group.
                known = thesauri[props[base]["thesaurus"]]
                for p in pieces:
                    assert p in known, f"{name}: {p!r} is not in the thesaurus"
        # importEntity.ts: "attachments" is split on "|" and each name extracted from the zip.
        for attachment in filter(None, row.get("attachments", "").split("|")):
            assert "/" not in attachment and attachment in names, f"{attachment} is not in the zip"
    return rows


def _case(session: Session, corpus: Path) -> dict[str, str]:
    case = session.cases.create("Checkpoint detentions", "Arrests at the north checkpoint")
    inc = session.cases.add_incident(
        case.id, "Arrest", occurred_from="2026-03-02", location="North checkpoint"
    )
    ar = session.testimonies.add(
        case.id,
        "W-031",
        STATEMENT_AR,
        language="ar",
        interview_date="2026-03-05",
        consent=["record", "share-centre", "share-accountability"],
        violations=["02.02", "03.01"],
        incidents=[inc.id],
        tags=["bus", "night"],
    )
    anon = session.testimonies.add(
        case.id,
        "W-032",
        "They took my brother at night.",
        language="en",
        consent=["record", "publish-anonymised"],
    )
    held = session.testimonies.add(case.id, "W-033", "Say nothing of this.", consent=["record"])
    jpg = corpus / "exif-samples" / "jpg"
    photo = session.media.import_file(case.id, jpg / "gps" / "DSCN0010.jpg", testimony_id=ar.id)
    hidden = session.media.import_file(case.id, jpg / "Canon_40D.jpg", testimony_id=held.id)
    loose = session.media.import_file(case.id, jpg / "Nikon_D70.jpg")
    return {
        "case": case.id,
        "ar": ar.id,
        "anon": anon.id,
        "held": held.id,
        "photo": photo.id,
        "hidden": hidden.id,
        "loose": loose.id,
    }


def _export(session: Session, tmp_path: Path, case_id: str, policy: str | None = None) -> Any:
    out = tmp_path / f"uwazi-{policy or 'default'}.zip"
    result = export_uwazi(session, [case_id], out, policy)
    template = json.loads(result.template_path.read_text(encoding="utf-8"))
    return result, template, check_uwazi_zip(out, template)


def test_zip_passes_every_documented_rule_row_by_row(
    session: Session, corpus: Path, tmp_path: Path
) -> None:
    ids = _case(session, corpus)
    result, template, rows = _export(session, tmp_path, ids["case"])
    assert result.template_path == tmp_path / "uwazi-default.template.json"
    by_id = {r["humdoc_id"]: r for r in rows}
    assert set(by_id) == {ids["case"], ids["ar"], ids["anon"]}
    ar = by_id[ids["ar"]]
    assert ar["statement"] == STATEMENT_AR and ar["statement__ar"] == STATEMENT_AR
    assert ar["title__ar"] == ar["title"]
    assert ar["witness"] == "W-031"
    assert ar["violations"] == "Enforced disappearance::Incommunicado detention|" + (
        "Torture and ill-treatment::Torture"
    )
    assert ar["interview_date"] == "2026-03-05" and ar["incident_dates"] == "2026-03-02"
    assert ar["tags"] == "bus|night"
    # publish-anonymised alone: the statement, and no one's name or pseudonym
    anon = by_id[ids["anon"]]
    assert anon["statement"] == "They took my brother at night." and anon["witness"] == ""
    assert "W-032" not in json.dumps(rows, ensure_ascii=False)
    assert "Say nothing" not in json.dumps(rows, ensure_ascii=False)
    held = {(w.kind, w.id) for w in result.withheld}
    assert held == {("testimony", ids["held"]), ("media", ids["hidden"])}
    assert result.languages == ["ar", "en"]
    # the default policy (evidence): no position, no place
    assert all(r["geolocation"] == "" and r["incident_location"] == "" for r in rows)
    # the template describes exactly the columns used
    names = {p["name"] for p in template["properties"]}
    assert {c.partition("__")[0] for c in rows[0]} - {"title", "attachments"} <= names


def test_media_are_the_cleaned_copies(session: Session, corpus: Path, tmp_path: Path) -> None:
    ids = _case(session, corpus)
    result, _template, rows = _export(session, tmp_path, ids["case"])
    ar = next(r for r in rows if r["humdoc_id"] == ids["ar"])
    photo = session.media.get(ids["photo"])
    evidence = next(d for d in photo.derivatives if d.policy == "evidence")
    assert ar["attachments"] == f"{photo.id}.{evidence.extension}"
    with zipfile.ZipFile(result.path) as zf:
        data = zf.read(ar["attachments"])
        assert f"{ids['hidden']}.jpg" not in zf.namelist()
    digest = hashlib.sha256(data).hexdigest()
    assert digest == evidence.sha256 == ar["media_sha256"]
    assert digest != photo.sealed_sha256
    tags = json.loads(
        subprocess.run(["exiftool", "-j", "-G", "-"], input=data, capture_output=True).stdout
    )[0]
    assert not [k for k in tags if "GPS" in k], "exiftool finds no position in the copy"


def test_keep_policy_carries_the_original_and_its_position(
    session: Session, corpus: Path, tmp_path: Path
) -> None:
    ids = _case(session, corpus)
    _result, _template, rows = _export(session, tmp_path, ids["case"], "keep")
    ar = next(r for r in rows if r["humdoc_id"] == ids["ar"])
    photo = session.media.get(ids["photo"])
    assert ar["media_sha256"] == photo.sealed_sha256
    gps = photo.metadata["gps"]
    assert ar["geolocation"] == f"{gps['lat']}|{gps['lon']}"
    assert ar["incident_location"] == "North checkpoint"
    case_row = next(r for r in rows if r["humdoc_id"] == ids["case"])
    assert case_row["attachments"] == f"{ids['loose']}.jpg"


def test_checker_catches_what_uwazi_would_refuse(tmp_path: Path) -> None:
    """The checker is real: a zip breaking a rule fails it."""
    template = {"properties": [], "thesauri": [], "languages": []}
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("data/import.csv", "title\nx\n")
    with pytest.raises(AssertionError, match="root"):
        check_uwazi_zip(bad, template)
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("import.csv", "title,attachments\nx,missing.jpg\n")
    with pytest.raises(AssertionError, match="not in the zip"):
        check_uwazi_zip(bad, template)


def test_bad_output_names_are_refused(session: Session, tmp_path: Path) -> None:
    case = session.cases.create("Case")
    with pytest.raises(InvalidInput, match=r"\.zip"):
        export_uwazi(session, [case.id], tmp_path / "out.csv")
    there = tmp_path / "there.zip"
    there.write_bytes(b"keep")
    with pytest.raises(InvalidInput, match="already exists"):
        export_uwazi(session, [case.id], there)
    assert there.read_bytes() == b"keep"


def test_language_codes() -> None:
    assert language_code("ar") == "ar"
    assert language_code("AR-sy") == "ar"
    assert language_code("Arabic") == ""
    assert language_code("") == ""
