"""Video intake: the original sealed and its policy copy made in one pass over the file (metadata
and the copy's layout read first, and proven unchanged by the pass), with progress, a cancel and
a file that changes under it all leaving nothing behind."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest

from humdoc.core.blobs import set_decrypt_hook
from humdoc.core.errors import OperationCancelled
from humdoc.core.media import Policy, sniff
from humdoc.core.media.bmff import BytesSource
from humdoc.core.media.policy import clean_stream
from humdoc.core.session import Session
from humdoc.core.video_intake import BLOCK
from tests.core.media import videokit as vk


@pytest.fixture
def case_id(session: Session) -> str:
    return session.cases.create("Video intake").id


def raw_video(path: Path, planted: bool = True) -> Path:
    """About 10 MB of uncompressed video: more than two copy blocks of the cleaner (its index at
    the end as ffmpeg writes it; at the start once planted with identifying data)."""
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25",
         "-t", "3.6", "-c:v", "rawvideo", "-pix_fmt", "yuv420p", str(path)],
        check=True, capture_output=True,
    )  # fmt: skip
    return vk.plant(path) if planted else path


def test_intake_reads_metadata_and_makes_the_policy_copy(
    session: Session, case_id: str, tmp_path: Path
) -> None:
    video = raw_video(tmp_path / "raw.mov")
    seen: list[tuple[int, int]] = []
    report = session.media.import_files(
        case_id, [video], "strip", progress=lambda d, t: seen.append((d, t))
    )
    (item,) = report.imported
    assert report.warnings == []
    size = video.stat().st_size
    assert seen[-1] == (size, size)  # one pass: the copy is made as the file is sealed
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert item.metadata["gps"]["lat"] == 48.8584
    assert [t["codec"] for t in item.metadata["tracks"]] == ["raw ", "gpmd"]
    (deriv,) = item.derivatives
    assert deriv.policy == "strip" and deriv.mime == "video/quicktime"
    out = tmp_path / "out.mov"
    session.media.extract(item.id, out, "strip")
    assert vk.stream_hashes(out) == vk.stream_hashes(video)
    chain = [e.fields["action"] for e in session.custody.chain(item.id)]
    assert chain == ["intake", "derivative", "extracted"]


def test_cancel_while_the_clean_copy_is_made_leaves_nothing(
    session: Session, case_id: str, tmp_path: Path, vault_dir: Path
) -> None:
    video = raw_video(tmp_path / "raw.mov")
    size = video.stat().st_size
    seen: list[tuple[int, int]] = []

    def cancelled() -> bool:
        return bool(seen) and BLOCK < seen[-1][0] < size  # both copies are being written

    with pytest.raises(OperationCancelled):
        session.media.import_files(
            case_id, [video], "evidence", progress=lambda d, t: seen.append((d, t)),
            cancelled=cancelled,
        )  # fmt: skip
    assert session.media.list(case_id) == []
    assert session.sweep() == 0
    assert [p for p in (vault_dir / "blobs").rglob("*") if p.is_file()] == []


def test_a_video_that_cannot_be_cleaned_imports_with_a_warning(
    session: Session, case_id: str, tmp_path: Path
) -> None:
    src = vk.make_video(tmp_path / "a.mp4", seconds=0.5)
    frag = tmp_path / "frag.mp4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(src), "-c", "copy", "-movflags",
         "frag_keyframe+empty_moov", str(frag)],
        check=True,
    )  # fmt: skip
    report = session.media.import_files(case_id, [frag], "evidence")
    (item,) = report.imported
    assert item.derivatives == ()
    # said at intake, among the files that cannot leave under their policy
    ((name, why),) = report.cannot_leave
    assert name == "frag.mp4" and "fragmented" in why and "only under the keep policy" in why


def test_the_pass_decrypts_nothing_and_makes_the_same_copy_as_the_cleaner(
    session: Session, case_id: str, tmp_path: Path
) -> None:
    video = raw_video(tmp_path / "raw.mov")
    decrypted: list[str] = []
    previous = set_decrypt_hook(decrypted.append)
    try:
        (item,) = session.media.import_files(case_id, [video], "evidence").imported
    finally:
        set_decrypt_hook(previous)
    assert decrypted == []  # nothing sealed was read back to make the copy
    data = video.read_bytes()
    expected = bytearray()
    removed = clean_stream(BytesSource(data), sniff(data[:64]), Policy.EVIDENCE, expected.extend)
    (deriv,) = item.derivatives
    assert deriv.removed == removed
    with session.media.open_derivative(item.id, "evidence") as reader:
        assert reader.read() == bytes(expected)
    assert session.media.read_original(item.id) == data


@pytest.mark.parametrize("change", ["index rewritten", "file cut short"])
def test_a_file_that_changes_while_it_is_imported_is_not_imported(
    session: Session, case_id: str, tmp_path: Path, vault_dir: Path, change: str
) -> None:
    video = raw_video(tmp_path / "raw.mov", planted=False)
    size = video.stat().st_size
    data = video.read_bytes()
    moov = data.rindex(b"moov") - 4
    assert moov > 2 * BLOCK

    changed: list[int] = []

    def progress(done: int, total: int) -> None:
        if done >= BLOCK and not changed:  # planned, and the pass has not reached the index yet
            changed.append(done)
            with video.open("r+b") as fh:
                if change == "index rewritten":
                    fh.seek(moov + 200)
                    fh.write(bytes(8))
                else:
                    fh.truncate(size - 5000)

    report = session.media.import_files(case_id, [video], "evidence", progress=progress)
    assert changed and changed[0] < moov
    assert report.imported == []
    ((name, why),) = report.failed
    assert (
        name == "raw.mov"
        and why == "The file changed while it was being imported; import it again."
    )
    assert session.media.list(case_id) == []
    assert [p for p in (vault_dir / "blobs").rglob("*") if p.is_file()] == []


def test_strip_at_intake_seals_the_video_without_its_location(
    session: Session, case_id: str, tmp_path: Path, vault_dir: Path
) -> None:
    session.update_settings(strip_at_intake=True)
    video = raw_video(tmp_path / "raw.mov")
    data = video.read_bytes()
    assert b"48.8584" in data and b"+48.85" in data
    report = session.media.import_files(case_id, [video], "strip")
    (item,) = report.imported
    assert report.failed == [] and report.cannot_leave == []
    assert item.location_removed
    assert item.sha256 == hashlib.sha256(data).hexdigest()  # the file's own, hashed as read
    assert item.sealed_sha256 != item.sha256 and item.sealed_size < item.size
    assert item.metadata["location_removed_at_intake"]
    assert "gps" not in item.metadata and "gps_tags" not in item.metadata
    assert item.metadata["make"] == "MarkerMake"  # read from the file: kept, as under evidence
    sealed = tmp_path / "sealed.mov"
    session.media.extract(item.id, sealed)
    kept = sealed.read_bytes()
    assert kept == cleaned_copy(data, Policy.EVIDENCE)
    for marker in vk.MARKERS:
        assert marker not in kept, marker
    dump = vk.exiftool_dump(sealed)
    assert "48.8584" not in dump and "GPS" not in dump
    assert vk.stream_hashes(sealed) == vk.stream_hashes(video)
    (deriv,) = item.derivatives  # the policy copy, made from what was sealed
    assert deriv.policy == "strip"
    with session.media.open_derivative(item.id, "strip") as reader:
        assert reader.read() == cleaned_copy(kept, Policy.STRIP)
    # nothing in the database holds the coordinates
    for (text,) in session.db.all("SELECT metadata FROM media_items"):
        assert "48.85" not in text and "+002.29" not in text, text
    chain = [e.fields for e in session.custody.chain(item.id)]
    intake = chain[0]["details"]
    assert intake["location_removed"] is True and intake["sha256"] == item.sha256


def cleaned_copy(data: bytes, policy: Policy) -> bytes:
    out = bytearray()
    clean_stream(BytesSource(data), sniff(data[:64]), policy, out.extend)
    return bytes(out)
