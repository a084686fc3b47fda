"""media import/show/extract, settings, keys show and custody from the command line."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from humdoc.core.media import POLICY_NAMES, explain_policy
from tests.cli.helpers import Cli

GPS = "exif-samples/jpg/gps/DSCN0010.jpg"
#: GPS altitude 639.5878788 m (a rational that prints with many decimals).
ALTITUDE = "exif-samples/jpg/hdr/iphone_hdr_NO.jpg"


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


def test_show_rounds_coordinates_and_altitude_for_people(cli: Cli, corpus: Path) -> None:
    case = cli.ok("case", "new", "Photos")
    (item,) = cli.ok("media", "import", case["id"], str(corpus / ALTITUDE))["imported"]
    human = cli("media", "show", item["id"])
    assert human.code == 0
    (location,) = [line for line in human.out.splitlines() if line.startswith("Location:")]
    assert location.endswith(", altitude 639.6 m"), location
    lat, lon = location.removeprefix("Location: ").split(", altitude")[0].split(", ")
    assert len(lat.split(".")[1]) == 6 and len(lon.split(".")[1]) == 6


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


def test_import_warns_at_intake_about_a_file_that_cannot_leave(
    cli: Cli, corpus: Path, tmp_path: Path
) -> None:
    case = cli.ok("case", "new", "Notes")
    notes = tmp_path / "notes.txt"
    notes.write_text("Interview notes.\n")
    human = cli("media", "import", case["id"], str(notes), str(corpus / GPS))
    assert human.code == 0
    assert (
        "Warning: notes.txt: it cannot leave under the evidence policy. Text files cannot be "
        "cleaned of metadata; export them only under the keep policy."
    ) in human.out.splitlines()
    assert "DSCN0010.jpg" not in human.out.split("Warning:")[-1]
    as_json = cli.ok("media", "import", case["id"], str(notes))
    assert [w["file"] for w in as_json["cannot_leave"]] == ["notes.txt"]
    assert (
        cli.ok("media", "import", case["id"], str(notes), "--policy", "keep")["cannot_leave"] == []
    )


@pytest.mark.parametrize(
    "command",
    [
        ("case", "new"),
        ("case", "edit"),
        ("media", "import"),
        ("media", "extract"),
        ("settings",),
        ("export",),
    ],
)
def test_every_policy_option_explains_the_policies(cli: Cli, command: tuple[str, ...]) -> None:
    result = cli(*command, "--help")
    assert result.code == 0
    text = " ".join(result.out.split())  # argparse wraps lines
    offered = ("evidence", "strip") if command == ("media", "extract") else POLICY_NAMES
    for name in offered:
        assert f"{name}: {' '.join(explain_policy(name).split())}" in text, name
