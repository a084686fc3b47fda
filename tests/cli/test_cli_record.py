"""``humdoc record`` with the synthetic source: the same path as the microphone, end to end."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.helpers import Cli


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


def _testimony(cli: Cli, tmp_path: Path, consent: str) -> str:
    case = cli.ok("case", "new", "Recorded")
    statement = tmp_path / "s.txt"
    statement.write_text("Spoken testimony follows.")
    args = ["testimony", "add", case["id"], "--witness", "W-3", "--statement-file", str(statement)]
    return str(cli.ok(*args, "--consent", consent)["id"])


def test_record_makes_a_playable_flac_item(cli: Cli, tmp_path: Path) -> None:
    tid = _testimony(cli, tmp_path, "record,share-centre")
    result = cli.ok("record", tid, "--seconds", "2.5", "--source", "synthetic", "--rate", "8000")
    assert result["seconds"] == 2.5 and result["item"]["testimony_id"] == tid
    out = tmp_path / "r.flac"
    cli.ok("media", "extract", result["item"]["id"], "--out", str(out))
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration:stream=codec_name,sample_rate",
         "-of", "json", str(out)],
        capture_output=True, check=True,
    )  # fmt: skip
    doc = json.loads(probe.stdout)
    assert doc["streams"][0]["codec_name"] == "flac" and doc["streams"][0]["sample_rate"] == "8000"
    assert float(doc["format"]["duration"]) == pytest.approx(2.5, abs=0.01)


def test_record_without_consent_is_one_line_and_nonzero(cli: Cli, tmp_path: Path) -> None:
    tid = _testimony(cli, tmp_path, "share-centre")
    r = cli("record", tid, "--seconds", "1", "--source", "synthetic")
    assert r.code == 10 and "consented to being recorded" in r.err
    assert r.err.count("\n") == 1 and "Traceback" not in r.err
    bad = cli("record", tid, "--seconds", "0", "--source", "synthetic")
    assert bad.code == 2 and "--seconds" in bad.err


def test_media_show_reports_what_a_recording_carries(cli: Cli, tmp_path: Path) -> None:
    tid = _testimony(cli, tmp_path, "record")
    item = cli.ok("record", tid, "--seconds", "1", "--source", "synthetic")["item"]
    shown = cli("media", "show", item["id"])
    assert shown.code == 0
    assert "Sound: flac, 1.0 s, 16000 Hz, 1 channel(s)" in shown.out
    captured = next(line for line in shown.out.splitlines() if line.startswith("Captured: "))
    assert captured[len("Captured: ") :][:2] == "20" and "T" in captured  # the start, to the second
