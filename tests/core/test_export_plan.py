"""Planning an export only reads; preparing its cleaned copies is a cancellable step of its own."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from humdoc.core.errors import OperationCancelled
from humdoc.core.session import Session
from tests.core.exchange_helpers import small_png

GPS_JPEG = "exif-samples/jpg/gps/DSCN0010.jpg"


def vault_state(session: Session) -> tuple[dict[str, str], dict[str, int]]:
    """Every file of the vault by SHA-256 (SQLite's shared-memory index aside) and every
    table's row count."""
    files = {
        str(p.relative_to(session.root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(session.root.rglob("*"))
        if p.is_file() and not p.name.endswith("-shm")
    }
    tables = [
        r[0]
        for r in session.db.all("SELECT name FROM sqlite_master WHERE type = 'table'")
        if "fts" not in r[0]
    ]
    # table names come from sqlite_master, not from input
    rows = {t: int(session.db.one(f'SELECT count(*) FROM "{t}"')[0]) for t in tables}  # noqa: S608
    return files, rows


@pytest.fixture
def case_id(session: Session, corpus: Path, tmp_path: Path) -> str:
    """A case with two photos (cleaned at intake under evidence only) and a text file."""
    case = session.cases.create("Plan case").id
    notes = tmp_path / "notes.txt"
    notes.write_text("Interview notes, to stay on this device.\n")
    session.media.import_file(case, corpus / GPS_JPEG)
    session.media.import_file(case, small_png(tmp_path / "b.png"))
    session.media.import_file(case, notes)
    session.db.checkpoint()
    return case


def test_plan_reads_only(session: Session, case_id: str) -> None:
    before = vault_state(session)
    chain_sizes = session.custody.chained_items()
    plan = session.exporter.plan([case_id], "strip")
    assert vault_state(session) == before
    assert session.custody.chained_items() == chain_sizes
    assert not plan.ready and len(plan.to_prepare) == 2 and plan.media == []
    held = [h for h in plan.held_back if h.kind == "media"]
    assert len(held) == 1
    assert "notes.txt" in held[0].reason and "only under the keep policy" in held[0].reason
    assert plan.summary()["media"] == 2
    # a plan under a policy whose copies exist, or under keep, is ready and still writes nothing
    for policy in ("evidence", "keep"):
        ready = session.exporter.plan([case_id], policy)
        assert ready.ready and len(ready.media) == (2 if policy == "evidence" else 3)
    assert vault_state(session) == before


def test_prepare_makes_the_copies_and_can_be_cancelled(session: Session, case_id: str) -> None:
    plan = session.exporter.plan([case_id], "strip")
    order = list(plan.media_order)
    seen: list[tuple[int, int]] = []
    with pytest.raises(OperationCancelled):
        session.exporter.prepare(plan, lambda d, t: seen.append((d, t)), lambda: len(seen) > 1)
    assert seen == [(0, 2), (1, 2)]
    assert len(plan.media) == 1 and len(plan.to_prepare) == 1  # stopped between items
    strip_copies = [
        i.id for i in session.media.list(case_id) if any(d.policy == "strip" for d in i.derivatives)
    ]
    assert strip_copies == [plan.media[0][0]["id"]]
    events = session.custody_report(strip_copies[0]).events
    assert [e.fields["action"] for e in events][-1] == "derivative"

    session.exporter.prepare(plan)
    assert plan.ready and len(plan.media) == 2
    assert [rec["id"] for rec, _ in plan.media] == [i for i in order if i in plan.item_ids]
    assert all(rec["policy"] == "strip" for rec, _ in plan.media)
    before = vault_state(session)
    again = session.exporter.plan([case_id], "strip")  # the copies are there now: ready
    assert again.ready and [r["sha256"] for r, _ in again.media] == [
        r["sha256"] for r, _ in plan.media
    ]
    assert vault_state(session) == before
