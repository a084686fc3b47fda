"""media show and extract for video from the command line: tracks, device, place, what was removed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.cli.helpers import Cli
from tests.core.media import videokit as vk


@pytest.fixture
def cli(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cli_field_vault: Path,
) -> Cli:
    c = Cli(tmp_path / "vault", capsys, monkeypatch)
    c.init_from(cli_field_vault)
    return c


def test_media_show_reports_a_video_and_what_its_copy_lost(cli: Cli, tmp_path: Path) -> None:
    video = vk.plant(vk.make_video(tmp_path / "clip.mp4", subtitles=True, rotate=90))
    case = cli.ok("case", "new", "Video")
    (item,) = cli.ok("media", "import", case["id"], str(video), "--policy", "evidence")["imported"]
    human = cli("media", "show", item["id"])
    assert human.code == 0, human.err
    for text in (
        "Captured: 2026-01-02T03:04:05+00:00",
        "Camera: MarkerMake MarkerModel",
        "Location: 48.858400, 2.294500",
        "Duration: 2.0",
        "Picture: 320×240",
        "Rotation: 270°",
        "track 1: vide (avc1, 320×240)",
        "track 2: soun (mp4a)",
        "track 99: meta (gpmd)",
        "removed: udta ©xyz (location)",
        "removed: track 99 (timed metadata, 'gpmd' samples)",
        "removed: meta item com.apple.quicktime.location.ISO6709",
    ):
        assert text in human.out, text
    doc = cli.ok("media", "show", item["id"])
    tracks = doc["metadata"]["tracks"]
    assert {(t["handler"], t["codec"]) for t in tracks} >= {("vide", "avc1"), ("meta", "gpmd")}
    out = tmp_path / "clean.mp4"
    cli.ok("media", "extract", item["id"], "--out", str(out), "--derivative", "--policy", "strip")
    assert vk.stream_hashes(out) == vk.stream_hashes(video)
    for marker in vk.MARKERS + vk.DEVICE:
        assert marker not in out.read_bytes()


def test_matroska_is_kept_only_under_keep_with_the_reason(cli: Cli, tmp_path: Path) -> None:
    mp4 = vk.make_video(tmp_path / "a.mp4", seconds=0.5)
    mkv = tmp_path / "a.mkv"
    subprocess.run(["ffmpeg", "-v", "error", "-i", str(mp4), "-c", "copy", str(mkv)], check=True)
    case = cli.ok("case", "new", "Video")
    result = cli.ok("media", "import", case["id"], str(mkv), "--policy", "evidence")
    (item,) = result["imported"]
    assert item["derivatives"] == []
    r = cli("media", "extract", item["id"], "--out", str(tmp_path / "x.mkv"), "--derivative",
            "--policy", "strip")  # fmt: skip
    assert r.code != 0 and "Matroska" in r.err and "EBML" in r.err
    assert len(r.err.strip().splitlines()) == 1
