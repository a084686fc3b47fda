"""Video intake: metadata read from the sealed copy, a cleaned copy made under the policy, streamed,
with progress across both passes and a cancel that leaves nothing behind."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from humdoc.core.errors import OperationCancelled
from humdoc.core.session import Session
from tests.core.media import videokit as vk


@pytest.fixture
def case_id(session: Session) -> str:
    return session.cases.create("Video intake").id


def raw_video(path: Path) -> Path:
    """About 10 MB of uncompressed video: more than two copy blocks of the cleaner."""
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25",
         "-t", "3.6", "-c:v", "rawvideo", "-pix_fmt", "yuv420p", str(path)],
        check=True, capture_output=True,
    )  # fmt: skip
    return vk.plant(path)


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
    assert seen[-1] == (2 * size, 2 * size)
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
        return bool(seen) and seen[-1][1] > size  # the second pass has begun

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
