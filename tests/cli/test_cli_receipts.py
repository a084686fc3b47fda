"""Receipts from the command line: receive writes one, the field applies it and frees itself."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.cli.helpers import Cli


@pytest.fixture
def pair(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cli_field_vault: Path,
    cli_centre_vault: Path,
) -> tuple[Cli, Cli]:
    field = Cli(tmp_path / "field", capsys, monkeypatch)
    centre = Cli(tmp_path / "centre", capsys, monkeypatch)
    field.init_from(cli_field_vault)
    centre.init_from(cli_centre_vault)
    return field, centre


def test_receive_writes_the_receipt_and_the_field_applies_it(
    pair: tuple[Cli, Cli], tmp_path: Path, corpus: Path
) -> None:
    field, centre = pair
    centre.ok("keys", "export", "--recipient", str(tmp_path / "centre.txt"))
    added = field.ok("recipients", "add", "Centre", str(tmp_path / "centre.txt"))
    centre_fp = centre.ok("keys", "show")["fingerprint"]
    assert added["signing_key_fingerprint"] == centre_fp
    assert "SIGNING KEY" in field("recipients", "list").out
    field.ok("keys", "export", str(tmp_path / "laptop.pub"))
    centre.ok("devices", "enrol", "Laptop", str(tmp_path / "laptop.pub"))

    case = field.ok("case", "new", "Detentions")["id"]
    statement = tmp_path / "s.txt"
    statement.write_text("Held for three days without charge.")
    testimony = field.ok(
        "testimony", "add", case, "--witness", "W-3", "--statement-file", str(statement),
        "--consent", "record,share-centre",
    )["id"]  # fmt: skip
    media = field.ok("media", "import", case, str(corpus / "exif-samples/jpg/gps/DSCN0010.jpg"))
    media_id = media["imported"][0]["id"]
    usb = tmp_path / "usb"
    usb.mkdir()
    bundle = usb / "field.humdoc"
    field.ok("export", case, "--to", "Centre", "--out", str(bundle), "--policy", "keep")

    r = centre("receive", str(bundle))
    assert r.code == 0, r.err
    receipt = usb / "field.humdoc.receipt"
    assert f"to {receipt} and {usb / 'field.humdoc.receipt.minisig'}" in r.out
    assert receipt.is_file() and (usb / "field.humdoc.receipt.minisig").is_file()
    centre.ok("keys", "export", str(tmp_path / "centre.pub"))
    proc = subprocess.run(
        ["minisign", "-Vm", str(receipt), "-p", str(tmp_path / "centre.pub")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr

    bundle_id = centre.ok("receive", str(bundle))["bundles"][0]["bundle_id"]  # again: same one
    again = tmp_path / "again.receipt"
    made = centre.ok("receipts", "make", bundle_id, "--out", str(again))
    assert again.read_bytes() == receipt.read_bytes() and made["qr"]
    assert "QR code 1 of" in centre("receipts", "make", bundle_id, "--out", str(again), "--qr").out

    r = centre("receipts", "apply", str(receipt))
    assert r.code != 0 and r.err.count("\n") == 1 and "field device" in r.err

    assert field.ok("settings", "--remove-when-receipted", "on")["remove_when_receipted"] is True
    applied = field.ok("receipts", "apply", str(receipt))
    assert sorted(applied["marked"]) == sorted([testimony, media_id])
    assert applied["removal"]["removed"] == [media_id]  # media by the setting; testimony stays
    assert field.ok("testimony", "show", testimony)["id"] == testimony

    r = field("receipts", "apply", str(receipt))
    assert r.code == 9 and r.err.count("\n") == 1
    assert r.err.startswith("humdoc: Receipt refused: a receipt for bundle")

    removed = field.ok("receipts", "remove", "--testimonies")
    assert removed["removed"] == [testimony]
    listed = field.ok("receipts", "list")
    assert {t["item_id"] for t in listed["tombstones"]} == {testimony, media_id}
    assert all(i["removed"] for i in listed["safe_at_centre"])
    assert field.ok("check")["ok"] is True
    assert field.ok("custody", testimony)["verified"] is True


def test_a_centre_entry_without_a_key_is_told_how_to_add_it(
    pair: tuple[Cli, Cli], tmp_path: Path
) -> None:
    field, centre = pair
    recipient = centre.ok("keys", "show")["age_recipient"]
    r = field("recipients", "add", "Centre", recipient)
    assert r.code == 0 and "its receipts cannot be checked until it is added" in r.out
    centre.ok("keys", "export", str(tmp_path / "centre.pub"))
    keyed = field.ok("recipients", "key", "Centre", str(tmp_path / "centre.pub"))
    assert keyed["signing_key_fingerprint"] == centre.ok("keys", "show")["fingerprint"]
    r = field("recipients", "key", "Centre", recipient)
    assert r.code == 2 and "No minisign public key found" in r.err


def test_a_malformed_receipt_file_is_one_line(pair: tuple[Cli, Cli], tmp_path: Path) -> None:
    field, _ = pair
    junk = tmp_path / "junk.receipt"
    junk.write_bytes(b"\x00\xffnot json")
    r = field("receipts", "apply", str(junk))
    assert r.code == 9 and r.err.count("\n") == 1 and "minisig" in r.err
    (tmp_path / "junk.receipt.minisig").write_text("nonsense\n")
    r = field("receipts", "apply", str(junk))
    assert r.code == 9 and r.err.count("\n") == 1 and "Receipt refused" in r.err
    r = field("receipts", "apply", str(tmp_path / "absent.receipt"))
    assert r.code == 2 and r.err.count("\n") == 1
