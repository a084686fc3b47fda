"""The custody report model: what it holds, what it never holds, and that its JSON validates."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from humdoc.core.domain.identities import IdentityRecord
from humdoc.core.errors import InvalidInput
from humdoc.core.report.build import build_report, dumps
from humdoc.core.report.model import CustodyReport
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE

TITLE_AR = "قضية الاحتجاز في حلب"
STATEMENT_AR = "شهدت الاعتقال في الساعة الثالثة صباحا أمام المسجد."
WITNESS_NAME = "Amina Haddad-Qasr"


def make_case(session: Session, corpus: Path) -> dict[str, str]:
    """A case with an Arabic title, three testimonies of different consent and two photos."""
    case = session.cases.create(TITLE_AR, "Detentions at the checkpoint")
    session.cases.add_incident(case.id, "Arrest", occurred_from="2026-03-02", location="Aleppo")
    open_t = session.testimonies.add(
        case.id,
        "W-017",
        STATEMENT_AR,
        language="ar",
        consent=["record", "share-centre", "share-accountability"],
    )
    closed_t = session.testimonies.add(
        case.id, "W-018", "Private words never to leave.", consent=["record"]
    )
    session.identities.create(b"a different passphrase for identities", KdfParams.floor())
    with session.identities.open(b"a different passphrase for identities") as comp:
        comp.set(closed_t.witness_id, IdentityRecord(WITNESS_NAME, "+963 555 0100"))
    jpg = corpus / "exif-samples" / "jpg"
    photo = session.media.import_file(case.id, jpg / "gps" / "DSCN0010.jpg", "evidence")
    session.media.derivative(photo.id, "strip")
    other = session.media.import_file(case.id, jpg / "Canon_40D.jpg", testimony_id=closed_t.id)
    return {
        "case": case.id,
        "open": open_t.id,
        "closed": closed_t.id,
        "photo": photo.id,
        "other": other.id,
    }


def test_report_lists_every_item_copy_key_and_event(session: Session, corpus: Path) -> None:
    ids = make_case(session, corpus)
    report = build_report(session, ids["case"])
    assert report.case_title == TITLE_AR
    assert {i.id for i in report.items} == {ids["open"], ids["closed"], ids["photo"], ids["other"]}
    photo = next(i for i in report.items if i.id == ids["photo"])
    item = session.media.get(ids["photo"])
    evidentiary = [c for c in photo.copies if c.role == "evidentiary"]
    working = {c.policy: c for c in photo.copies if c.role == "working"}
    assert [c.sha256 for c in evidentiary] == [item.sealed_sha256]
    assert set(working) == {"evidence", "strip"}
    for d in item.derivatives:
        assert working[d.policy].sha256 == d.sha256
        assert working[d.policy].derived_from_sha256 == item.sealed_sha256
    # every event of every chain, in chain order, each verified
    expected = [e.hash for i in report.items for e in session.custody.chain(i.id)]
    assert sorted(e.id for e in report.events) == sorted(expected)
    assert all(e.signature == "verified" and not e.problems for e in report.events)
    assert report.all_verified
    assert report.keys[0].fingerprint == session.device_keys.fingerprint()
    for it in report.items:
        positions = [e.position for e in report.events if e.item == it.id]
        assert positions == list(range(1, len(positions) + 1))


def test_pseudonym_and_excerpt_only_where_consent_allows(session: Session, corpus: Path) -> None:
    ids = make_case(session, corpus)
    report = build_report(session, ids["case"])
    by_id = {i.id: i for i in report.items}
    assert by_id[ids["open"]].pseudonym == "W-017"
    assert STATEMENT_AR[:20] in by_id[ids["open"]].excerpt
    assert by_id[ids["closed"]].pseudonym == "" and by_id[ids["closed"]].excerpt == ""
    text = dumps(report)
    assert "W-018" not in text
    assert "Private words" not in text
    assert WITNESS_NAME not in text and "555 0100" not in text
    reasons = {(w.id, w.reason) for w in report.withheld}
    assert any(i == ids["closed"] and "accountability" in r for i, r in reasons)
    assert any(i == ids["other"] and "testimony" in r for i, r in reasons)
    consent = by_id[ids["open"]].consent
    assert consent[-1].scopes == ("record", "share-centre", "share-accountability")


def test_json_validates_against_the_model(session: Session, corpus: Path) -> None:
    ids = make_case(session, corpus)
    report = build_report(session, ids["case"])
    doc = json.loads(dumps(report))
    assert CustodyReport.from_json(doc) == report
    for broken, why in (
        ({**doc, "extra": 1}, "unknown field"),
        ({k: v for k, v in doc.items() if k != "events"}, "missing"),
        ({**doc, "version": "1"}, "whole number"),
        ({**doc, "all_verified": not doc["all_verified"]}, "all_verified"),
        ({**doc, "format": "something else"}, "known version"),
        ({**doc, "items": [{**doc["items"][0], "copies": "x"}]}, "must be a list"),
    ):
        with pytest.raises(InvalidInput, match=why):
            CustodyReport.from_json(broken)
    events = [{**doc["events"][0], "signature": "fine"}, *doc["events"][1:]]
    with pytest.raises(InvalidInput, match="signature result"):
        CustodyReport.from_json({**doc, "events": events})


def test_a_tampered_custody_event_shows_as_failed(session: Session, corpus: Path) -> None:
    ids = make_case(session, corpus)
    first = session.custody.chain(ids["photo"])[0]
    forged = first.entry.replace('"actor":"', '"actor":"x', 1)
    session.db.execute("UPDATE custody_events SET entry = ? WHERE hash = ?", (forged, first.hash))
    report = build_report(session, ids["case"])
    bad = next(e for e in report.events if e.id == first.hash)
    assert bad.signature == "failed"
    assert any("hash" in p for p in bad.problems)
    others = [e for e in report.events if e.item != ids["photo"]]
    assert all(e.signature == "verified" for e in others)
    assert not report.all_verified
    photo = next(i for i in report.items if i.id == ids["photo"])
    assert not photo.chain_verified


def test_unknown_case_is_refused(session: Session) -> None:
    from humdoc.core.errors import NotFound

    with pytest.raises(NotFound):
        build_report(session, "c-0000000000")


def test_the_verification_commands_pass_with_standard_tools(
    session: Session, corpus: Path, tmp_path: Path
) -> None:
    """Every command the report gives an outside expert runs and agrees with the report."""
    ids = make_case(session, corpus)
    report = build_report(session, ids["case"])
    work = tmp_path / "expert"
    work.mkdir()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "humdoc"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m humdoc "$@"\n')
    wrapper.chmod(0o755)
    for key in report.keys:
        name = "key-" + key.fingerprint.replace(" ", "")[:16] + ".pub"
        (work / name).write_text(key.key)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "HUMDOC_VAULT": str(session.root),
        "HUMDOC_PASSPHRASE": PASSPHRASE.decode(),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    session.close()  # the expert's commands open the vault themselves
    for tool in ("jq", "minisign", "sha256sum", "base64"):
        assert shutil.which(tool), f"{tool} is needed to check the report's commands"
    for step in report.verification:
        for command in step.commands:
            if command.startswith("#"):
                continue
            run = subprocess.run(
                ["sh", "-c", command.split("  # ")[0]],
                cwd=work,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert run.returncode == 0, (command, run.stderr)
            if "  # must be " in command:
                assert command.split("  # must be ")[1] in run.stdout, command
            if command.startswith("sed -n 2p"):
                fingerprints = {k.fingerprint.replace(" ", "") for k in report.keys}
                assert run.stdout.strip() in fingerprints
            if "minisign" in command:
                assert "Signature and comment signature verified" in run.stdout + run.stderr
