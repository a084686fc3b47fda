"""The custody report, the Uwazi export and the publication export made from the shared archive:
a case received by the real receiver, read by an analyst through the logging functions, under the
same consent gates as a desktop vault's exports."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile

import psycopg
import pytest

from humdoc.core.archive import export, store
from humdoc.core.archive.receive import open_store
from humdoc.core.archive.session import NotPermitted
from humdoc.core.report.build import build_report
from humdoc.core.report.model import CustodyReport
from tests.archive.receiving import WITNESS_NAME, Intake, intake  # noqa: F401
from tests.core.exchange_helpers import small_png

STATEMENT_2 = "The convoy passed the mill at noon; two trucks stopped at the school."


def _seed(w: Intake, policy: str = "strip") -> tuple[str, str]:
    """A second testimony whose witness consented to accountability and to anonymised
    publication (with a photo of its own), then the case received into the archive. Returns
    the second testimony's and photo's ids."""
    t2 = w.field.testimonies.add(
        w.case_id, "W-002", STATEMENT_2, language="en",
        consent=("record", "share-centre", "share-accountability", "publish-anonymised"),
    )  # fmt: skip
    photo = w.field.media.import_file(
        w.case_id, small_png(w.tmp / "school.png", (30, 30, 200)), testimony_id=t2.id
    )
    w.n += 1
    bundle = w.tmp / f"b{w.n}.humdoc"
    w.field.exporter.export([w.case_id], ["Archive"], bundle, policy)
    s, receiver = w.receiver()
    with s:
        receiver.receive(bundle)
    return t2.id, photo.id


def _log(w: Intake) -> list[tuple[str, str, str, str]]:
    with psycopg.connect(w.archive.dba_url) as conn:
        rows = conn.execute("SELECT actor, action, kind, ref FROM access_log ORDER BY id")
        return [tuple(r) for r in rows.fetchall()]


def test_the_report_of_a_received_case_verifies_and_every_read_is_logged(w: Intake) -> None:
    t2, photo = _seed(w)
    with w.session("ana1") as ana:
        report = export.report(ana, w.case_id)
    assert report.all_verified
    assert report.role == "centre" and report.case_title == "Checkpoint"
    assert {i.id for i in report.items} == {w.testimony_id, t2, w.media_id, photo}
    assert report.events and all(e.signature == "verified" for e in report.events)
    # The archive holds the field device's chains as they were sent: each the start of the
    # chain the field device's own report shows (which goes on with the export's own events),
    # then the archive's own signed "received" entry, naming the bundle and the device.
    field = build_report(w.field, w.case_id)
    for item in report.items:
        events = [e for e in report.events if e.item == item.id]
        sent = [e.id for e in events if e.action != "received"]
        assert sent and sent == [e.id for e in field.events if e.item == item.id][: len(sent)]
        assert events[-1].action == "received" and '"from_device"' in events[-1].details
    assert "Laptop 1" in {k.name for k in report.keys if k.role == "enrolled device"}
    # Consent decides what a court sees, as in a vault's report.
    shown = {i.id: i for i in report.items}
    assert shown[t2].pseudonym == "W-002" and shown[t2].excerpt.startswith("The convoy")
    assert shown[w.testimony_id].pseudonym == "" and shown[w.testimony_id].excerpt == ""
    assert CustodyReport.from_json(json.loads(json.dumps(report.to_json()))) == report
    assert WITNESS_NAME not in json.dumps(report.to_json())
    ana_role = w.archive.role("ana1")
    log = _log(w)
    for entry in [
        ("read", "cases", w.case_id),
        ("read", "testimonies", w.testimony_id),
        ("read", "testimonies", t2),
        ("read-versions", "testimonies", t2),
        ("read", "media", photo),
        ("export-report", "cases", w.case_id),
    ]:
        assert (ana_role, *entry) in log, entry


def _custody_row(w: Intake, item_id: str) -> tuple[int, bytes]:
    with psycopg.connect(w.archive.dba_url) as conn:
        row = conn.execute(
            "SELECT seq, event_ct FROM custody_events WHERE item_id = %s ORDER BY seq DESC",
            (item_id,),
        ).fetchone()
    return int(row[0]), bytes(row[1])


def _set_custody_row(w: Intake, item_id: str, seq: int, sealed: bytes) -> None:
    with psycopg.connect(w.archive.dba_url) as conn:
        conn.execute(
            "UPDATE custody_events SET event_ct = %s WHERE item_id = %s AND seq = %s",
            (sealed, item_id, seq),
        )


def test_a_custody_event_altered_in_the_database_fails_verification(w: Intake) -> None:
    _seed(w)
    seq, sealed = _custody_row(w, w.testimony_id)
    # An insider holding the archive key rewrites what an event says, sealed anew.
    with w.session("ana1") as ana:
        event = ana.keys.open_json(sealed, "custody_events", w.testimony_id, str(seq))
        event["entry"] = event["entry"].replace('"action":"', '"action":"x', 1)
        forged = ana.keys.seal_json(event, "custody_events", w.testimony_id, str(seq))
    _set_custody_row(w, w.testimony_id, seq, forged)
    with w.session("ana1") as ana:
        report = export.report(ana, w.case_id)
    assert not report.all_verified
    bad = [e for e in report.events if e.item == w.testimony_id and e.position == seq + 1]
    assert bad and bad[0].signature == "failed" and bad[0].problems
    assert all(e.signature == "verified" for e in report.events if e.item == w.media_id)
    # A database administrator without the key can only break the seal: it fails too.
    _set_custody_row(w, w.media_id, *_flipped(_custody_row(w, w.media_id)))
    with w.session("ana1") as ana:
        report = export.report(ana, w.case_id)
    broken = next(i for i in report.items if i.id == w.media_id)
    assert not broken.chain_verified and broken.chain_problems


def _flipped(row: tuple[int, bytes]) -> tuple[int, bytes]:
    seq, sealed = row
    data = bytearray(sealed)
    data[-1] ^= 0x01
    return seq, bytes(data)


def test_intake_and_admin_may_not_export_and_nothing_is_logged_as_exported(w: Intake) -> None:
    _seed(w)
    for member in ("intake1", "admin1"):
        with w.session(member) as s:
            with pytest.raises(NotPermitted) as refused:
                export.report(s, w.case_id)
            assert "\n" not in str(refused.value)
            with pytest.raises(NotPermitted):
                export.publication(s, [w.case_id], w.tmp / f"{member}.csv")
            with pytest.raises(NotPermitted):
                export.uwazi(s, open_store(s, w.store), [w.case_id], w.tmp / f"{member}.zip")
    assert not [p for p in w.tmp.iterdir() if p.suffix in (".csv", ".zip")]
    assert not [e for e in _log(w) if e[1].startswith("export")]


def test_publication_export_holds_back_what_consent_does_not_allow(w: Intake) -> None:
    t2, _ = _seed(w)
    out = w.tmp / "publish.csv"
    with w.session("ana1") as ana:
        result = export.publication(ana, [w.case_id], out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["record"] for r in rows] == [t2] and rows[0]["statement"] == STATEMENT_2
    assert [(h.kind, h.id) for h in result.withheld] == [("testimony", w.testimony_id)]
    data = out.read_bytes()
    for secret in (WITNESS_NAME.encode(), b"W-001", b"W-002", b"Three men"):
        assert secret not in data
    assert (w.archive.role("ana1"), "export-publication", "cases", w.case_id) in _log(w)


def test_uwazi_export_carries_consented_rows_and_media_from_the_blob_store(w: Intake) -> None:
    t2, photo = _seed(w)
    out = w.tmp / "uwazi.zip"
    with w.session("ana1") as ana:
        sent_sha = str(store.read_record(ana.conn, ana.keys, "media", photo)["sha256"])
        result = export.uwazi(ana, open_store(ana, w.store), [w.case_id], out)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        rows = list(csv.DictReader(io.StringIO(zf.read("import.csv").decode("utf-8"))))
        attached = zf.read(f"{photo}.png")
    assert hashlib.sha256(attached).hexdigest() == sent_sha  # the strip copy, as it was sent
    assert names == {"import.csv", f"{photo}.png"}
    assert [r["humdoc_id"] for r in rows] == [w.case_id, t2]
    assert rows[1]["witness"] == "W-002" and rows[1]["media_sha256"] == sent_sha
    held = {(h.kind, h.id) for h in result.withheld}
    assert held == {("testimony", w.testimony_id), ("media", w.media_id)}
    assert WITNESS_NAME.encode() not in out.read_bytes()
    assert out.with_name("uwazi.template.json").is_file()
    log = _log(w)
    assert (w.archive.role("ana1"), "export-uwazi", "cases", w.case_id) in log
    assert (w.archive.role("ana1"), "read", "media", photo) in log


def test_a_copy_sent_under_keep_is_cleaned_in_memory_for_an_evidence_export(w: Intake) -> None:
    _, photo = _seed(w, policy="keep")
    out = w.tmp / "uwazi.zip"
    with w.session("ana1") as ana:
        sent_sha = str(store.read_record(ana.conn, ana.keys, "media", photo)["sha256"])
        export.uwazi(ana, open_store(ana, w.store), [w.case_id], out, "evidence")
        kept = w.tmp / "kept.zip"
        export.uwazi(ana, open_store(ana, w.store), [w.case_id], kept, "keep")
    with zipfile.ZipFile(out) as zf:
        cleaned = zf.read(f"{photo}.png")
        rows = list(csv.DictReader(io.StringIO(zf.read("import.csv").decode("utf-8"))))
    with zipfile.ZipFile(kept) as zf:
        original = zf.read(f"{photo}.png")
    assert hashlib.sha256(original).hexdigest() == sent_sha
    assert b"Field documenter" in original and b"Field documenter" not in cleaned
    assert rows[1]["media_sha256"] == hashlib.sha256(cleaned).hexdigest()
    # Cleaned in memory: no file but the test's own input holds the photo's bytes.
    on_disk = [p for p in w.tmp.rglob("*") if p.is_file() and p.read_bytes() == original]
    assert on_disk == [w.tmp / "school.png"]


def test_an_unknown_case_and_a_taken_file_name_are_one_line_and_write_nothing(
    w: Intake,
) -> None:
    from humdoc.core.errors import InvalidInput, NotFound

    _seed(w)
    taken = w.tmp / "taken.csv"
    taken.write_text("x")
    with w.session("ana1") as ana:
        with pytest.raises(NotFound):
            export.report(ana, "c-0000000000")
        with pytest.raises(InvalidInput):
            export.publication(ana, [w.case_id], taken)
        with pytest.raises(InvalidInput):
            export.uwazi(ana, open_store(ana, w.store), [], w.tmp / "none.zip")
    assert taken.read_text() == "x" and not (w.tmp / "none.zip").exists()
