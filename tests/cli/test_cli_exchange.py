"""recipients, export, devices, verify and receive from the command line, as two people would."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.cli.helpers import Cli


@pytest.fixture
def pair(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cli_field_vault: Path,
) -> tuple[Cli, Cli]:
    field = Cli(tmp_path / "field", capsys, monkeypatch)
    centre = Cli(tmp_path / "centre", capsys, monkeypatch)
    field.init_from(cli_field_vault)
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
    miss = field("export", case["id"], "--to", "centr", "--out", str(out))
    assert miss.code != 0 and miss.err.count("\n") == 1
    assert miss.err == "humdoc: No recipient 'centr'; did you mean 'Centre'?\n"
    assert not out.exists()
    result = field.ok(  # names match in any case
        "export", case["id"], "--to", "centre", "--out", str(out), "--policy", "evidence"
    )
    assert result["sequence"] == 1 and result["testimonies"] == 1 and result["media"] == 1
    assert [h["kind"] for h in result["held_back"]] == ["testimony"]

    assert centre.ok("verify", str(out))["verified"] is True
    assert centre.ok("case", "list")["cases"] == []
    received = centre.ok("receive", str(out))["bundles"][0]
    assert received["received"] is True and received["device"] == "Laptop"
    shown = centre.ok("case", "show", case["id"])
    assert [t["witness_code"] for t in shown["testimonies"]] == ["W-3"]
    _centre_names_each_copy_with_its_own_size(field, centre, case["id"], tmp_path, corpus)

    tampered = tmp_path / "tampered.humdoc"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 1
    tampered.write_bytes(bytes(data))
    r = centre("receive", str(tampered))
    assert r.code == 9 and r.err.startswith("humdoc: ") and r.err.count("\n") == 1


def _centre_names_each_copy_with_its_own_size(
    field: Cli, centre: Cli, case_id: str, tmp_path: Path, corpus: Path
) -> None:
    """At the centre the original's SHA-256 is never paired with the evidence copy's size, and
    what ``media extract`` writes is called the evidence copy."""
    photo = (corpus / "exif-samples/jpg/gps/DSCN0010.jpg").read_bytes()
    (item,) = centre.ok("media", "list", case_id)["items"]
    at_field = field.ok("media", "show", item["id"])
    evidence = next(d for d in at_field["derivatives"] if d["policy"] == "evidence")
    copies = {c["name"]: c for c in centre.ok("media", "show", item["id"])["copies"]}
    assert copies["original"] == {
        "name": "original",
        "size": None,
        "sha256": hashlib.sha256(photo).hexdigest(),
        "sealed": False,
    }
    assert copies["evidence copy"]["size"] == evidence["size"] != len(photo)
    assert copies["evidence copy"]["sha256"] == evidence["sha256"]
    assert copies["evidence copy"]["sealed"] is True
    human = centre("media", "show", item["id"]).out
    original_line = next(x for x in human.splitlines() if x.startswith("Original:"))
    assert (
        "size not known here" in original_line
        and hashlib.sha256(photo).hexdigest() in original_line
    )
    evidence_line = next(x for x in human.splitlines() if x.startswith("Evidence copy:"))
    assert f"{evidence['size']:,} bytes" in evidence_line and evidence["sha256"] in evidence_line
    # at the field the original is what the vault holds, with its own size
    field_human = field("media", "show", item["id"]).out
    assert f"Original: {len(photo) / 1000:.1f} kB ({len(photo):,} bytes), sealed" in field_human

    out = tmp_path / "handover.jpg"
    extracted = centre.ok("media", "extract", item["id"], "--out", str(out))
    assert extracted["what"] == "evidence copy" and extracted["sha256"] == evidence["sha256"]
    said = centre("media", "extract", item["id"], "--out", str(tmp_path / "again.jpg")).out
    assert said.startswith(f"Wrote the evidence copy of {item['id']}")
    field_out = tmp_path / "field-original.jpg"
    assert field.ok("media", "extract", item["id"], "--out", str(field_out))["what"] == "original"
    assert field_out.read_bytes() == photo


def test_wrong_role_and_bad_keys_are_clear(pair: tuple[Cli, Cli]) -> None:
    field, centre = pair
    r = field("verify", "/nonexistent.humdoc")
    assert r.code == 4 and "centre" in r.err
    r = field("recipients", "add", "X", "age1notakey")
    assert r.code == 2 and "age X25519 recipient" in r.err
    r = centre("devices", "enrol", "X", "RWQnotakey")
    assert r.code == 2 and "minisign" in r.err
