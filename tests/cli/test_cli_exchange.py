"""recipients, export, devices, verify and receive from the command line, as two people would."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import Cli


@pytest.fixture
def pair(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[Cli, Cli]:
    field = Cli(tmp_path / "field", capsys, monkeypatch)
    centre = Cli(tmp_path / "centre", capsys, monkeypatch)
    field.ok("init")
    assert centre.ok("init", "--role", "centre")["role"] == "centre"
    return field, centre


def test_field_to_centre_by_cli(pair: tuple[Cli, Cli], tmp_path: Path, corpus: Path) -> None:
    field, centre = pair
    centre_keys = centre.ok("keys", "show")
    assert centre_keys["age_recipient"].startswith("age1")
    field.ok("recipients", "add", "Centre", centre_keys["age_recipient"])
    assert [r["name"] for r in field.ok("recipients", "list")["recipients"]] == ["Centre"]
    pub = tmp_path / "laptop.pub"
    pub.write_text(field.ok("keys", "show")["minisign_public"])
    enrolled = centre.ok("devices", "enrol", "Laptop", str(pub))
    assert enrolled["fingerprint"] == field.ok("keys", "show")["fingerprint"]

    case = field.ok("case", "new", "Detentions")
    s = tmp_path / "s.txt"
    s.write_text("Held for three days without charge.")
    field.ok(
        "testimony",
        "add",
        case["id"],
        "--witness",
        "W-3",
        "--statement-file",
        str(s),
        "--consent",
        "record,share-centre",
    )
    field.ok(
        "testimony",
        "add",
        case["id"],
        "--witness",
        "W-4",
        "--statement-file",
        str(s),
        "--consent",
        "record",
    )
    field.ok("media", "import", case["id"], str(corpus / "exif-samples/jpg/gps/DSCN0010.jpg"))
    out = tmp_path / "usb" / "field.humdoc"
    out.parent.mkdir()
    result = field.ok(
        "export", case["id"], "--to", "Centre", "--out", str(out), "--policy", "evidence"
    )
    assert result["sequence"] == 1 and result["testimonies"] == 1 and result["media"] == 1
    assert [h["kind"] for h in result["held_back"]] == ["testimony"]

    assert centre.ok("verify", str(out))["verified"] is True
    assert centre.ok("case", "list")["cases"] == []
    received = centre.ok("receive", str(out))["bundles"][0]
    assert received["received"] is True and received["device"] == "Laptop"
    shown = centre.ok("case", "show", case["id"])
    assert [t["witness_code"] for t in shown["testimonies"]] == ["W-3"]

    tampered = tmp_path / "tampered.humdoc"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 1
    tampered.write_bytes(bytes(data))
    r = centre("receive", str(tampered))
    assert r.code == 9 and r.err.startswith("humdoc: ") and r.err.count("\n") == 1


def test_wrong_role_and_bad_keys_are_clear(pair: tuple[Cli, Cli]) -> None:
    field, centre = pair
    r = field("verify", "/nonexistent.humdoc")
    assert r.code == 4 and "centre" in r.err
    r = field("recipients", "add", "X", "age1notakey")
    assert r.code == 2 and "age X25519 recipient" in r.err
    r = centre("devices", "enrol", "X", "RWQnotakey")
    assert r.code == 2 and "minisign" in r.err
