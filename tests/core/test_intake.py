"""Media intake into the vault: sealed originals, derivatives, policies, crashes, the corpus."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from humdoc.core import intake
from humdoc.core.custody import verify_chain
from humdoc.core.errors import (
    BlobCorrupt,
    DiskFull,
    InvalidInput,
    NotFound,
    OperationCancelled,
    PolicyRefused,
)
from humdoc.core.mediarecords import MediaItem
from humdoc.core.session import Session
from tests.conftest import PASSPHRASE
from tests.failing_io import FailingDisk
from tests.minisign_tool import assert_minisign_verifies

GPS_JPEG = "exif-samples/jpg/gps/DSCN0010.jpg"


def exiftool_json(path: Path) -> dict[str, object]:
    out = subprocess.run(
        ["exiftool", "-j", "-a", "-G1", "-n", str(path)], capture_output=True, check=True, text=True
    )
    return dict(json.loads(out.stdout)[0])


@pytest.fixture
def case_id(session: Session) -> str:
    return session.cases.create("Intake case").id


def test_original_is_sealed_byte_identical_with_recorded_hash(
    session: Session, case_id: str, corpus: Path, tmp_path: Path
) -> None:
    src = corpus / GPS_JPEG
    item = session.media.import_file(case_id, src)
    assert item.sha256 == hashlib.sha256(src.read_bytes()).hexdigest()
    assert item.sealed_sha256 == item.sha256 and not item.location_removed
    out = tmp_path / "handover.jpg"
    session.media.extract(item.id, out)
    assert out.read_bytes() == src.read_bytes()
    assert item.metadata["gps"] is not None  # the sealed metadata keeps the location


def test_type_is_sniffed_from_content_not_name(
    session: Session, case_id: str, tmp_path: Path
) -> None:
    fake = tmp_path / "photo.jpg"
    Image.new("RGB", (8, 8), "red").save(fake, format="PNG")
    item = session.media.import_file(case_id, fake)
    assert (item.format, item.mime) == ("png", "image/png")


def test_evidence_derivative_has_no_location_and_same_pixels(
    session: Session, case_id: str, corpus: Path, tmp_path: Path
) -> None:
    item = session.media.import_file(case_id, corpus / GPS_JPEG, policy="evidence")
    assert [d.policy for d in item.derivatives] == ["evidence"]
    out = tmp_path / "evidence.jpg"
    session.media.extract(item.id, out, "evidence")
    tags = exiftool_json(out)
    assert not [k for k in tags if k.startswith("GPS")]
    assert tags.get("IFD0:Make") and tags.get("ExifIFD:DateTimeOriginal")
    with Image.open(corpus / GPS_JPEG) as a, Image.open(out) as b:
        assert a.tobytes() == b.tobytes()


def test_policy_precedence_import_over_case_over_vault(session: Session, corpus: Path) -> None:
    src = corpus / GPS_JPEG
    session.update_settings(default_policy="strip")
    plain = session.cases.create("Vault default")
    override = session.cases.create("Case override", policy="evidence")
    assert [d.policy for d in session.media.import_file(plain.id, src).derivatives] == ["strip"]
    assert [d.policy for d in session.media.import_file(override.id, src).derivatives] == [
        "evidence"
    ]
    assert session.media.import_file(override.id, src, policy="keep").derivatives == ()


def test_strip_at_intake_never_stores_location(
    session: Session, case_id: str, corpus: Path, tmp_path: Path, vault_dir: Path
) -> None:
    session.update_settings(strip_at_intake=True)
    src = corpus / GPS_JPEG
    item = session.media.import_file(case_id, src, policy="keep")
    assert item.location_removed
    assert item.sha256 == hashlib.sha256(src.read_bytes()).hexdigest()  # hashed before removal
    assert item.sealed_sha256 != item.sha256
    assert "gps" not in item.metadata and "gps_tags" not in item.metadata
    out = tmp_path / "sealed.jpg"
    session.media.extract(item.id, out)
    assert not [k for k in exiftool_json(out) if k.startswith("GPS:") and k != "GPS:GPSVersionID"]
    with Image.open(src) as a, Image.open(out) as b:
        assert a.tobytes() == b.tobytes()
    # and nothing in the database mentions the coordinates
    rows = session.db.all("SELECT metadata FROM media_items")
    assert all("GPSLatitude" not in r[0] for r in rows)


def test_strip_at_intake_refuses_what_it_cannot_clean(
    session: Session, case_id: str, tmp_path: Path
) -> None:
    session.update_settings(strip_at_intake=True)
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 100)
    report = session.media.import_files(case_id, [video])
    assert report.imported == [] and "strip-at-intake" in report.failed[0][1]


def test_every_corpus_file_imports_or_is_refused_clearly(
    session: Session, case_id: str, corpus: Path
) -> None:
    files = sorted(p for p in corpus.rglob("*") if p.is_file())  # photos and the age vectors
    assert len(files) > 200
    report = session.media.import_files(case_id, files, policy="strip")
    assert len(report.imported) + len(report.failed) == len(files)
    for name, message in report.failed:
        assert message and "\n" not in message, name
    # every file that imported either has its strip derivative or is named, at intake, as one
    # that cannot leave under strip, with the reason
    noted = {n for n, _ in report.cannot_leave}
    for item in report.imported:
        assert item.derivatives or item.original_name in noted, item.original_name
    # text files (the corpus's README and SOURCE.md) are documents: sealed, never cleaned
    texts = [i for i in report.imported if i.format == "text"]
    assert texts and all(not i.derivatives and i.original_name in noted for i in texts)


def test_bad_file_does_not_stop_the_rest(
    session: Session, case_id: str, corpus: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"MZ\x90\x00" + os.urandom(200))
    good = corpus / GPS_JPEG
    progress: list[tuple[int, int]] = []
    report = session.media.import_files(
        case_id, [junk, good], progress=lambda d, t: progress.append((d, t))
    )
    assert [i.original_name for i in report.imported] == ["DSCN0010.jpg"]
    assert report.failed[0][0] == "junk.jpg"
    total = junk.stat().st_size + good.stat().st_size
    assert progress[-1] == (total, total)  # progress counts bytes
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)


def test_cancel_in_the_middle_of_a_large_file_keeps_what_was_committed(
    session: Session, case_id: str, corpus: Path, tmp_path: Path, vault_dir: Path
) -> None:
    big = tmp_path / "interview.mp4"
    with big.open("wb") as fh:
        fh.write(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom")
        fh.write(os.urandom(8 * 1024 * 1024))
    seen: list[int] = []

    def cancelled() -> bool:
        return bool(seen) and seen[-1] > (corpus / GPS_JPEG).stat().st_size + 3 * 1024 * 1024

    with pytest.raises(OperationCancelled):
        session.media.import_files(
            case_id,
            [corpus / GPS_JPEG, big],
            progress=lambda d, t: seen.append(d),
            cancelled=cancelled,
        )
    assert [i.original_name for i in session.media.list(case_id)] == ["DSCN0010.jpg"]
    assert session.sweep() == 0
    assert not [p for p in (vault_dir / "blobs").rglob(".tmp-*")]


def test_unknown_case_is_not_found(session: Session, corpus: Path) -> None:
    with pytest.raises(NotFound):
        session.media.import_files("c-none", [corpus / GPS_JPEG])


def test_tampered_blob_is_detected_on_extract(
    session: Session, case_id: str, corpus: Path, tmp_path: Path, vault_dir: Path
) -> None:
    item = session.media.import_file(case_id, corpus / GPS_JPEG, policy="keep")
    (blob,) = [p for p in (vault_dir / "blobs").rglob("*") if p.is_file()]
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0x40
    blob.write_bytes(bytes(data))
    with pytest.raises(BlobCorrupt):
        session.media.extract(item.id, tmp_path / "out.jpg")
    assert not (tmp_path / "out.jpg").exists()


def test_swapped_blobs_are_detected(
    session: Session, case_id: str, corpus: Path, vault_dir: Path
) -> None:
    a = session.media.import_file(case_id, corpus / GPS_JPEG, policy="keep")
    session.media.import_file(case_id, corpus / "exif-samples/jpg/Canon_40D.jpg", policy="keep")
    blobs = sorted(p for p in (vault_dir / "blobs").rglob("*") if p.is_file())
    x, y = blobs[0].read_bytes(), blobs[1].read_bytes()
    blobs[0].write_bytes(y)
    blobs[1].write_bytes(x)
    with pytest.raises(BlobCorrupt):
        session.media.read_original(a.id)


def test_no_plaintext_run_of_an_imported_photo_on_disk(
    session: Session, case_id: str, corpus: Path, vault_dir: Path
) -> None:
    src = (corpus / GPS_JPEG).read_bytes()
    session.media.import_file(case_id, corpus / GPS_JPEG, policy="strip")
    session.media.thumbnail(session.media.list(case_id)[0].id)
    session.close()
    # Windows of one repeated byte (EXIF pads text with spaces) prove nothing: vault.json is
    # padded with spaces too.
    windows = {src[i : i + 64] for i in range(0, len(src) - 64, 61)}
    windows = {w for w in windows if len(set(w)) > 4}
    for path in vault_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(w in data for w in windows), path


def test_disk_full_during_import_loses_nothing(
    session: Session, case_id: str, corpus: Path, vault_dir: Path
) -> None:
    first = session.media.import_file(case_id, corpus / GPS_JPEG)
    size = (corpus / "exif-samples/jpg/Canon_40D.jpg").stat().st_size
    for space in (0, 100, size // 2, size + 100):  # the last one fails on the derivative
        with FailingDisk(vault_dir / "blobs", space=space) as disk, pytest.raises(DiskFull):
            session.media.import_file(case_id, corpus / "exif-samples/jpg/Canon_40D.jpg")
        assert disk.triggered
    assert [i.id for i in session.media.list(case_id)] == [first.id]
    assert session.sweep() == 0  # no orphan left to sweep: the writer removed its own files
    assert session.media.read_original(first.id) == (corpus / GPS_JPEG).read_bytes()


def test_crash_between_blob_and_row_leaves_an_orphan_the_next_unlock_removes(
    session: Session, case_id: str, corpus: Path, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*_a: object, **_k: object) -> None:
        raise KeyboardInterrupt  # as if the process were killed at this point

    monkeypatch.setattr(session.media, "add_items", crash)
    with pytest.raises(KeyboardInterrupt):
        session.media.import_file(case_id, corpus / GPS_JPEG, policy="strip")
    monkeypatch.undo()
    session.close()
    with Session.open(vault_dir, PASSPHRASE) as s:
        assert s.media.list(case_id) == []
        assert list(s.blobs.ids()) == []


def test_orphan_blob_from_a_killed_process_is_swept(
    session: Session, case_id: str, corpus: Path, vault_dir: Path
) -> None:
    keep = session.media.import_file(case_id, corpus / GPS_JPEG, policy="keep")
    with session.blobs.writer() as w:  # a blob whose row was never committed
        w.write(b"orphaned evidence")
    session.close()
    with Session.open(vault_dir, PASSPHRASE) as s:
        assert w.blob_id not in set(s.blobs.ids())
        assert s.media.read_original(keep.id) == (corpus / GPS_JPEG).read_bytes()


def test_custody_chain_of_an_item_verifies_and_detects_tampering(
    session: Session, case_id: str, corpus: Path, tmp_path: Path
) -> None:
    item = session.media.import_file(case_id, corpus / GPS_JPEG, policy="evidence")
    session.media.extract(item.id, tmp_path / "x.jpg")
    chain = session.custody.chain(item.id)
    assert [e.fields["action"] for e in chain] == ["intake", "derivative", "extracted"]
    assert chain[0].fields["details"]["sha256"] == item.sha256
    assert chain[1].fields["details"]["source_sha256"] == item.sealed_sha256
    assert verify_chain(item.id, chain, session.known_key) == []
    forged = chain[0].entry.replace(item.sha256, "0" * 64)
    session.db.execute(
        "UPDATE custody_events SET entry = ? WHERE hash = ?", (forged, chain[0].hash)
    )
    assert verify_chain(item.id, session.custody.chain(item.id), session.known_key)


def test_custody_entries_verify_with_the_minisign_tool(
    session: Session, case_id: str, corpus: Path, tmp_path: Path
) -> None:
    item = session.media.import_file(case_id, corpus / GPS_JPEG, policy="keep")
    ev = session.custody.chain(item.id)[0]
    (tmp_path / "device.pub").write_text(session.device_keys.public_key().to_text())
    assert_minisign_verifies(ev, tmp_path / "device.pub", tmp_path)


def test_testimony_intake_and_edits_are_in_custody(session: Session, case_id: str) -> None:
    t = session.testimonies.add(case_id, "W-1", "first version")
    session.testimonies.update(t.id, statement="second version")
    chain = session.custody.chain(t.id)
    assert [e.fields["action"] for e in chain] == ["intake", "edit"]
    assert (
        chain[1].fields["details"]["statement_sha256"]
        == hashlib.sha256(b"second version").hexdigest()
    )


def test_derivative_refused_for_non_images_names_the_file(
    session: Session, case_id: str, tmp_path: Path
) -> None:
    doc = tmp_path / "report.pdf"
    doc.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    item = session.media.import_file(case_id, doc, policy="keep")
    with pytest.raises(PolicyRefused, match="report.pdf"):
        session.media.derivative(item.id, "strip")


def test_extract_refuses_to_overwrite(
    session: Session, case_id: str, corpus: Path, tmp_path: Path
) -> None:
    item = session.media.import_file(case_id, corpus / GPS_JPEG)
    (tmp_path / "exists.jpg").write_bytes(b"mine")
    with pytest.raises(InvalidInput):
        session.media.extract(item.id, tmp_path / "exists.jpg")
    assert (tmp_path / "exists.jpg").read_bytes() == b"mine"


def test_thumbnail_is_png_in_memory(
    session: Session, case_id: str, corpus: Path, vault_dir: Path
) -> None:
    item = session.media.import_file(case_id, corpus / GPS_JPEG)
    before = sorted(p for p in vault_dir.rglob("*"))
    png = session.media.thumbnail(item.id, 128)
    assert png.startswith(b"\x89PNG")
    assert sorted(p for p in vault_dir.rglob("*")) == before


def test_streamed_video_is_hashed_and_sealed_byte_for_byte(
    session: Session, case_id: str, tmp_path: Path
) -> None:
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + os.urandom(3_000_001))
    item = session.media.import_file(case_id, video, policy="strip")
    assert item.kind == "video" and item.derivatives == ()
    assert item.sha256 == item.sealed_sha256 == hashlib.sha256(video.read_bytes()).hexdigest()
    out = tmp_path / "out.mp4"
    session.media.extract(item.id, out)
    assert out.read_bytes() == video.read_bytes()


def test_intake_names_files_that_cannot_leave_under_their_policy(
    session: Session, case_id: str, corpus: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Interview notes.\n")
    report = session.media.import_files(case_id, [notes, corpus / GPS_JPEG])
    assert [i.original_name for i in report.imported] == ["notes.txt", "DSCN0010.jpg"]
    assert report.cannot_leave == [
        (
            "notes.txt",
            "it cannot leave under the evidence policy. Text files cannot be cleaned of "
            "metadata; export them only under the keep policy.",
        )
    ]
    assert report.warnings == [] and report.failed == []
    # under keep everything can leave as it is: nothing to warn about
    kept = session.media.import_files(case_id, [notes], policy="keep")
    assert kept.imported and kept.cannot_leave == []
    # a case whose own policy is keep: its files are not named either
    keep_case = session.cases.create("Keep", policy="keep").id
    assert session.media.import_files(keep_case, [notes]).cannot_leave == []


def test_files_are_reported_imported_only_once_their_batch_is_committed(
    session: Session,
    case_id: str,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(intake, "BATCH_FILES", 3)
    files = sorted((corpus / "exif-samples" / "jpg").glob("*.jpg"))[:7]
    committed_when_reported: list[int] = []

    def imported(item: MediaItem) -> None:
        assert not session.db.conn.in_transaction  # its batch's COMMIT has returned
        rows = session.db.one("SELECT count(*) FROM media_items")[0]
        committed_when_reported.append(int(rows))

    report = session.media.import_files(case_id, files, "evidence", imported=imported)
    assert [i.original_name for i in report.imported] == [f.name for f in files]
    # Three batches (3 + 3 + 1): each item was reported after its whole batch was committed.
    assert committed_when_reported == [3, 3, 3, 6, 6, 6, 7]
    for item, path in zip(report.imported, files, strict=True):
        assert session.media.read_original(item.id) == path.read_bytes()
        assert item.sha256 == item.sealed_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
