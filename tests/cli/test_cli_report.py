"""`humdoc report`, `export-uwazi` and `export-publication` on the command line, field and centre."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from humdoc.core.report.model import CustodyReport
from tests.cli.helpers import Cli
from tests.conftest import PASSPHRASE
from tests.core.exchange_helpers import make_pair


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    c = Cli(tmp_path / "v", capsys, monkeypatch)
    monkeypatch.setenv("HUMDOC_PASSPHRASE", PASSPHRASE.decode())
    assert c("init").code == 0
    return c


def _case(cli: Cli, tmp_path: Path) -> dict[str, str]:
    case = cli.ok("case", "new", "Market square")["id"]
    statement = tmp_path / "s.txt"
    statement.write_text("They came at dawn.", encoding="utf-8")
    base = ["testimony", "add", case, "--statement-file", str(statement)]
    court = cli.ok(*base, "--witness", "W-1", "--consent", "record,share-accountability")["id"]
    anon = cli.ok(*base, "--witness", "W-2", "--consent", "record,publish-anonymised")["id"]
    held = cli.ok(*base, "--witness", "W-3", "--consent", "record")["id"]
    return {"case": case, "court": court, "anon": anon, "held": held}


def test_json_report_written_and_valid(cli: Cli, tmp_path: Path) -> None:
    ids = _case(cli, tmp_path)
    out = tmp_path / "r.json"
    doc = cli.ok("report", ids["case"], "--out", str(out))
    assert doc["all_verified"] is True and doc["items"] == 3 and doc["events"] == 3
    report = CustodyReport.from_json(json.loads(out.read_text(encoding="utf-8")))
    assert report.case_id == ids["case"]
    assert {(w["id"]) for w in doc["held_back"]} >= {ids["anon"], ids["held"]}
    r = cli("report", ids["case"], "--out", str(out))
    assert r.code == 2 and r.err.count("\n") == 1 and "already exists" in r.err
    printed = CustodyReport.from_json(cli.ok("report", ids["case"]))
    assert printed.items == report.items and printed.events == report.events
    r = cli("report", ids["case"])
    assert r.code == 2 and "--json" in r.err
    r = cli("report", "c-0000000000", "--out", str(tmp_path / "x.json"))
    assert r.code == 3 and "No case" in r.err and r.err.count("\n") == 1


def test_uwazi_and_publication_from_the_command_line(cli: Cli, tmp_path: Path) -> None:
    ids = _case(cli, tmp_path)
    out = tmp_path / "u.zip"
    doc = cli.ok("export-uwazi", ids["case"], "--out", str(out))
    assert doc["rows"] == 3 and doc["held_back"] == [
        {
            "kind": "testimony",
            "id": ids["held"],
            "reason": "the witness has consented neither to sharing with accountability bodies "
            "nor to anonymised publication",
        }
    ]
    assert (tmp_path / "u.template.json").is_file()
    with zipfile.ZipFile(out) as zf:
        assert zf.namelist() == ["import.csv"]
    r = cli("export-uwazi", ids["case"], "--out", str(tmp_path / "u.tar"))
    assert r.code == 2 and ".zip" in r.err
    text = cli("export-publication", ids["case"], "--out", str(tmp_path / "p.csv"))
    assert (
        text.code == 0 and "Wrote" in text.out and f"Held back testimony {ids['held']}" in text.out
    )
    csv_text = (tmp_path / "p.csv").read_text(encoding="utf-8")
    assert ids["anon"] in csv_text and ids["court"] not in csv_text and "W-2" not in csv_text


def test_report_at_the_centre_verifies_field_and_centre_events(tmp_path: Path) -> None:
    """At the centre the chains hold the field device's events and the centre's own: every one
    verifies against the enrolled key or the centre's, and both keys are listed."""
    from humdoc.core.report.build import build_report

    pair = make_pair(tmp_path)
    try:
        bundle = pair.export("one.humdoc")
        pair.centre.receiver().receive(bundle)
        report = build_report(pair.centre, pair.case_id)
        actions = {e.action for e in report.events}
        assert {"intake", "derivative", "received"} <= actions
        devices = {e.device for e in report.events}
        assert devices == {
            pair.field.device_keys.fingerprint(),
            pair.centre.device_keys.fingerprint(),
        }
        assert report.all_verified
        roles = {k.role for k in report.keys}
        assert {"this device", "centre encryption key", "enrolled device"} <= roles
        media = next(i for i in report.items if i.id == pair.media_id)
        assert media.copies[0].role == "evidentiary"
    finally:
        pair.close()
