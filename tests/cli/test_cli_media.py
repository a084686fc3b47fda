"""media import/show/extract, settings, keys show and custody from the command line."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.cli.helpers import Cli

GPS = "exif-samples/jpg/gps/DSCN0010.jpg"


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    c = Cli(tmp_path / "vault", capsys, monkeypatch)
    c.ok("init")
    return c


def test_import_show_extract_custody(cli: Cli, corpus: Path, tmp_path: Path) -> None:
    case = cli.ok("case", "new", "Photos")
    src = corpus / GPS
    result = cli.ok("media", "import", case["id"], str(src), "--policy", "strip")
    (item,) = result["imported"]
    assert item["sha256"] == hashlib.sha256(src.read_bytes()).hexdigest()
    human = cli("media", "show", item["id"])
    assert human.code == 0 and "Location: 43.46" in human.out and "NIKON" in human.out
    out = tmp_path / "original.jpg"
    cli.ok("media", "extract", item["id"], "--out", str(out), "--original")
    assert out.read_bytes() == src.read_bytes()
    stripped = tmp_path / "stripped.jpg"
    cli.ok(
        "media", "extract", item["id"], "--out", str(stripped), "--derivative", "--policy", "strip"
    )
    assert b"NIKON" not in stripped.read_bytes()
    custody = cli.ok("custody", item["id"])
    assert custody["verified"] is True
    assert [e["fields"]["action"] for e in custody["events"]] == [
        "intake",
        "derivative",
        "extracted",
        "extracted",
    ]


def test_import_reports_each_refused_file_and_exits_nonzero(
    cli: Cli, corpus: Path, tmp_path: Path
) -> None:
    case = cli.ok("case", "new", "Mixed")
    bad = tmp_path / "program.jpg"
    bad.write_bytes(b"\x7fELF" + b"\x00" * 64)
    r = cli("--json", "media", "import", case["id"], str(corpus / GPS), str(bad))
    assert r.code != 0
    assert "1 of 2 files were refused" in r.err
    doc = r.json()
    assert len(doc["imported"]) == 1 and doc["failed"][0]["file"] == "program.jpg"


def test_settings_and_keys(cli: Cli) -> None:
    s = cli.ok("settings", "--policy", "strip", "--strip-at-intake", "on", "--actor", "Doc 7")
    assert s == {
        "default_policy": "strip",
        "strip_at_intake": True,
        "actor": "Doc 7",
        "auto_lock_minutes": 10,
        "remove_when_receipted": False,
    }
    assert cli.ok("settings", "--auto-lock", "3")["auto_lock_minutes"] == 3
    refused = cli("settings", "--auto-lock", "0")
    assert refused.code != 0 and refused.err.count("\n") == 1 and "1 to 1440" in refused.err
    assert cli.ok("settings")["auto_lock_minutes"] == 3
    keys = cli.ok("keys", "show")
    assert keys["minisign_public"].startswith("untrusted comment: minisign public key")
    assert keys["age_recipient"] is None and keys["role"] == "field"
    again = cli.ok("keys", "show")
    assert again["fingerprint"] == keys["fingerprint"]


def test_keys_show_prints_a_qr_code_of_the_key(cli: Cli) -> None:
    r = cli("keys", "show", "--qr")
    assert r.code == 0
    assert "█" in r.out and "minisign public key" in r.out
