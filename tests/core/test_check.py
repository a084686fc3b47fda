"""The whole-vault check: every attachment decrypted and hashed against its record, every custody
chain verified, missing, damaged and orphan files named by item id; progress and cancellation."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import time
from pathlib import Path

import pytest

from humdoc.core.check import CUSTODY, DAMAGED, DATABASE, MISSING, ORPHAN
from humdoc.core.errors import OperationCancelled
from humdoc.core.mediaitems import StoredCopy
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE

GPS_JPEG = "exif-samples/jpg/gps/DSCN0010.jpg"


def import_texts(session: Session, case_id: str, folder: Path, count: int) -> list[str]:
    """Import ``count`` distinct small text documents; return their item ids in order."""
    folder.mkdir(exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"note-{n}.txt"
        # Sizes on both sides of the 64 KiB chunk boundary, so some blobs have several chunks.
        path.write_text(f"note {n} {secrets.token_hex(8)}\n" * (1 + n * 450))
        paths.append(path)
    report = session.media.import_files(case_id, paths, policy="keep")
    assert not report.failed
    return [item.id for item in report.imported]


def copies_of(session: Session, item_id: str) -> dict[str, StoredCopy]:
    return {c.copy: c for c in session.media.stored_copies() if c.item_id == item_id}


def blob_file(session: Session, copy: StoredCopy) -> Path:
    return session.blobs.folder / copy.blob_id[:2] / copy.blob_id


def findings(session: Session) -> set[tuple[str, str | None, str | None]]:
    return {(f.kind, f.item, f.copy) for f in session.check()}


def test_a_healthy_vault_of_many_items_passes_with_byte_progress(
    session: Session, tmp_path: Path, corpus: Path
) -> None:
    case = session.cases.create("Healthy").id
    ids = import_texts(session, case, tmp_path / "notes", 60)
    photo = session.media.import_file(case, corpus / GPS_JPEG, policy="evidence")
    witness = tmp_path / "statement.txt"
    witness.write_text("Statement of a witness.")
    session.testimonies.add(case, "W-1", witness.read_text())
    copies = session.media.stored_copies()
    assert len(copies) == 62 and {c.copy for c in copies_of(session, photo.id).values()} == {
        "original",
        "evidence",
    }

    seen: list[tuple[int, int]] = []
    report = session.check(progress=lambda done, total: seen.append((done, total)))
    assert report == [] and report.ok
    assert report.attachments == 62 and report.chains == 62  # 61 items and one testimony
    assert report.bytes == sum(c.size for c in copies) > 60 * 64 * 1024
    done = [d for d, _ in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1] == seen[0][1]
    assert len(ids) == 60


def test_every_kind_of_damage_is_found_and_named_by_item_id(
    session: Session, tmp_path: Path, corpus: Path
) -> None:
    case = session.cases.create("Damaged").id
    ids = import_texts(session, case, tmp_path / "notes", 9)
    photo = session.media.import_file(case, corpus / GPS_JPEG, policy="evidence")
    flipped, truncated, deleted, healthy, custody_edit, custody_cut = ids[:6]
    # Two attachments of exactly the same size, so only authentication can tell them apart.
    twins = tmp_path / "twins"
    twins.mkdir()
    for name in ("a", "b"):
        (twins / f"{name}.txt").write_bytes(secrets.token_hex(50_000).encode())
    swap_a, swap_b = (
        i.id
        for i in session.media.import_files(case, sorted(twins.iterdir()), policy="keep").imported
    )
    assert session.check() == []

    original = {i: copies_of(session, i)["original"] for i in [*ids, swap_a, swap_b, photo.id]}
    path = blob_file(session, original[flipped])
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    path = blob_file(session, original[truncated])
    path.write_bytes(path.read_bytes()[:-1])
    blob_file(session, original[deleted]).unlink()
    a, b = blob_file(session, original[swap_a]), blob_file(session, original[swap_b])
    assert a.stat().st_size == b.stat().st_size
    a_bytes = a.read_bytes()
    a.write_bytes(b.read_bytes())
    b.write_bytes(a_bytes)
    swapped = a.read_bytes()
    deriv = blob_file(session, copies_of(session, photo.id)["evidence"])
    data = bytearray(deriv.read_bytes())
    data[-1] ^= 0x80  # the last chunk's tag
    deriv.write_bytes(bytes(data))
    orphan = "0" * 30 + "ff"
    (session.blobs.folder / "00").mkdir(exist_ok=True)
    (session.blobs.folder / "00" / orphan).write_bytes(b"planted")
    stray = session.blobs.folder / "readme.txt"
    stray.write_bytes(b"not humdoc's")
    # Custody: an entry edited after signing, and an entry removed from the middle of a chain.
    session.media.extract(custody_cut, tmp_path / "handover.txt")  # a second and third event
    session.media.extract(custody_cut, tmp_path / "handover2.txt")
    session.db.execute(
        "UPDATE custody_events SET entry = replace(entry, '\"intake\"', '\"edit\"') "
        "WHERE item_id = ?",
        (custody_edit,),
    )
    middle = session.db.all(
        "SELECT id FROM custody_events WHERE item_id = ? ORDER BY id", (custody_cut,)
    )[1][0]
    session.db.execute("DELETE FROM custody_events WHERE id = ?", (middle,))

    report = session.check()
    got = {(f.kind, f.item, f.copy) for f in report}
    assert got == {
        (DAMAGED, flipped, "original"),
        (DAMAGED, truncated, "original"),
        (MISSING, deleted, "original"),
        (DAMAGED, swap_a, "original"),
        (DAMAGED, swap_b, "original"),
        (DAMAGED, photo.id, "evidence"),
        (CUSTODY, custody_edit, None),
        (CUSTODY, custody_cut, None),
        (ORPHAN, None, None),
    }
    assert healthy not in {f.item for f in report}
    assert not report.ok and len(report.damaged) == 8
    by_item = {(f.item, f.kind): f for f in report}
    assert "cut short" in by_item[truncated, DAMAGED].problem
    assert "authentication" in by_item[flipped, DAMAGED].problem
    assert "authentication" in by_item[swap_a, DAMAGED].problem
    assert "missing" in by_item[deleted, MISSING].problem
    assert "hash" in by_item[custody_edit, CUSTODY].problem
    assert "does not follow" in by_item[custody_cut, CUSTODY].problem
    orphans = {f.file: f for f in report if f.kind == ORPHAN}
    assert set(orphans) == {f"blobs/00/{orphan}", "blobs/readme.txt"}
    assert orphans[f"blobs/00/{orphan}"].blob == orphan
    assert all(str(f).startswith(f"item {f.item}") for f in report if f.item)
    # The check reads only: the damaged files are as they were left.
    assert a.read_bytes() == swapped
    assert stray.exists() and (session.blobs.folder / "00" / orphan).exists()


def test_a_blob_replaced_by_a_link_or_grown_is_damage(session: Session, tmp_path: Path) -> None:
    case = session.cases.create("Links").id
    linked, grown = import_texts(session, case, tmp_path / "notes", 2)
    target = blob_file(session, copies_of(session, linked)["original"])
    kept = tmp_path / "elsewhere"
    shutil.move(target, kept)
    target.symlink_to(kept)
    with blob_file(session, copies_of(session, grown)["original"]).open("ab") as fh:
        fh.write(b"trailing")
    report = session.check()
    assert {(f.kind, f.item) for f in report} == {(DAMAGED, linked), (DAMAGED, grown)}
    problems = {f.item: f.problem for f in report}
    assert "regular file" in problems[linked] and "longer" in problems[grown]


def test_orphans_swept_at_unlock_are_reported_but_are_not_damage(
    session: Session, vault_dir: Path, tmp_path: Path
) -> None:
    case = session.cases.create("Orphans").id
    import_texts(session, case, tmp_path / "notes", 1)
    session.close()
    orphan = "ab" + secrets.token_hex(15)
    (vault_dir / "blobs" / "ab").mkdir(exist_ok=True)
    (vault_dir / "blobs" / "ab" / orphan).write_bytes(b"left by a crash")
    with Session.open(vault_dir, PASSPHRASE) as s:
        assert not (vault_dir / "blobs" / "ab" / orphan).exists()  # the unlock tidied it
        report = s.check()
        assert [(f.kind, f.blob) for f in report] == [(ORPHAN, orphan)]
        assert report.ok and "unlocked" in report[0].problem


def test_a_damaged_database_stops_the_check_and_says_so(session: Session) -> None:
    for n in range(150):
        session.cases.create(f"Case {n} " * 20)
    session.db.checkpoint()
    path = session.db.path
    with path.open("r+b") as fh:
        fh.seek(4096 * 3 + 100)
        byte = fh.read(1)
        fh.seek(4096 * 3 + 100)
        fh.write(bytes([byte[0] ^ 1]))
    report = session.check()
    assert report and all(f.kind == DATABASE for f in report) and not report.ok
    assert "not checked" in report[-1].problem


def test_quick_checks_the_database_alone_and_is_much_faster_with_large_media(
    session: Session, tmp_path: Path
) -> None:
    case = session.cases.create("Large").id
    big = tmp_path / "scan.pdf"
    with big.open("wb") as fh:
        fh.write(b"%PDF-1.4\n")
        for _ in range(64):
            fh.write(os.urandom(1024 * 1024))
    item = session.media.import_file(case, big, policy="keep")
    big.unlink()

    started = time.perf_counter()
    full = session.check()
    full_time = time.perf_counter() - started
    quick_time = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        quick = session.check(quick=True)
        quick_time = min(quick_time, time.perf_counter() - started)
    assert full == [] == quick and full.bytes == item.size and quick.bytes == 0
    assert quick_time * 5 < full_time, (quick_time, full_time)

    # --quick really skips the attachments: damage there goes unseen by it, seen by the full check.
    path = blob_file(session, copies_of(session, item.id)["original"])
    with path.open("r+b") as fh:
        fh.seek(40 * 1024 * 1024)
        byte = fh.read(1)
        fh.seek(40 * 1024 * 1024)
        fh.write(bytes([byte[0] ^ 0xFF]))
    assert session.check(quick=True) == []
    assert findings(session) == {(DAMAGED, item.id, "original")}


def test_cancelling_stops_inside_a_large_attachment(session: Session, tmp_path: Path) -> None:
    case = session.cases.create("Cancel").id
    big = tmp_path / "audio.pdf"
    big.write_bytes(b"%PDF-1.4\n" + os.urandom(16 * 1024 * 1024))
    session.media.import_file(case, big, policy="keep")
    seen: list[int] = []

    def cancelled() -> bool:
        return bool(seen) and seen[-1] > 1024 * 1024

    with pytest.raises(OperationCancelled):
        session.check(progress=lambda done, total: seen.append(done), cancelled=cancelled)
    assert 1024 * 1024 < seen[-1] < 2 * 1024 * 1024


def test_a_centre_vault_after_receiving_a_bundle_passes(
    session: Session, tmp_path: Path, corpus: Path
) -> None:
    """Received items carry the field device's chain plus the centre's entries: no false alarm."""
    centre = Session.create(tmp_path / "centre", PASSPHRASE, "centre", KdfParams.floor())
    try:
        session.recipients.add("Centre", centre.device_keys.age_recipient())
        centre.devices.enrol("Laptop", session.device_keys.public_key().to_text())
        case = session.cases.create("Shared").id
        tid = session.testimonies.add(case, "W-2", "Seen.", consent="record,share-centre").id
        session.media.import_file(case, corpus / GPS_JPEG, testimony_id=tid)
        bundle = tmp_path / "b.humdoc"
        session.exporter.export([case], ["Centre"], bundle, "evidence")
        centre.receiver().receive(bundle)
        assert session.check() == []
        report = centre.check()
        assert report == [] and report.attachments >= 1 and report.chains >= 2
    finally:
        centre.close()


def test_hostile_file_names_under_blobs_are_reported_safe_to_print(session: Session) -> None:
    folder = session.blobs.folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ab").mkdir()
    (folder / "ab" / "\x1b]0;owned\x07\x1b[2J").write_bytes(b"x")
    (folder / os.fsdecode(b"odd-\xff")).write_bytes(b"y")  # not valid UTF-8
    report = session.check()
    files = sorted(f.file or "" for f in report)
    assert [f.kind for f in report] == [ORPHAN, ORPHAN] and report.ok
    assert all(c.isprintable() for name in files for c in name)
    assert "blobs/ab/\\x1b]0;owned\\x07\\x1b[2J" in files and "blobs/odd-\\xff" in files
    json.dumps(report.to_json(), ensure_ascii=False).encode("utf-8")  # printable as --json
