"""Key exchange and revocation from the command line, as a field documenter and a centre would.

``keys show > laptop3.pub`` and ``keys export`` both enrol; the exported ``.pub`` is what the
independent ``minisign -V -p`` checks a bundle's signature with, and the recipient file is what
``age -R`` encrypts to. Every fingerprint a person reads is one string, in one form, everywhere.
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
from pathlib import Path

import pytest

from humdoc.core.bundle import format as fmt
from humdoc.core.session import Session
from tests.cli.helpers import Cli

_GROUPED = re.compile(r"\b(?:[0-9A-F]{4} ){7}[0-9A-F]{4}\b")


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


def _passphrase() -> bytes:
    import os

    return os.environ["HUMDOC_PASSPHRASE"].encode()


def _export_case(field: Cli, tmp_path: Path, name: str) -> Path:
    case = field.ok("case", "new", f"Case {name}")
    statement = tmp_path / f"{name}.txt"
    statement.write_text("Taken from the market at dawn.")
    field.ok(
        "testimony", "add", case["id"], "--witness", "W-1", "--statement-file", str(statement),
        "--consent", "record,share-centre",
    )  # fmt: skip
    out = tmp_path / f"{name}.humdoc"
    field.ok("export", case["id"], "--to", "Centre", "--out", str(out))
    return out


def _tag_files(bundle: Path, age_secret: str, tmp_path: Path) -> tuple[Path, Path]:
    """The bundle's tag manifest and its signature, taken out with ``age`` and ``tarfile``."""
    key = tmp_path / "centre.key"
    key.write_text(age_secret + "\n")
    plain = subprocess.run(
        ["age", "-d", "-i", str(key), str(bundle)], check=True, capture_output=True
    ).stdout
    key.unlink()
    out = {}
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        for member in tar.getmembers():
            name = member.name.rsplit("/", 1)[-1]
            if name in ("tagmanifest-sha256.txt", fmt.SIGNATURE_NAME):
                data = tar.extractfile(member)
                assert data is not None
                out[name] = tmp_path / name
                out[name].write_bytes(data.read())
    return out["tagmanifest-sha256.txt"], out[fmt.SIGNATURE_NAME]


def test_exported_keys_enrol_and_verify_with_minisign_and_age(
    pair: tuple[Cli, Cli], tmp_path: Path
) -> None:
    field, centre = pair
    # The user's report: what 'keys show' prints, redirected to a file, enrols.
    shown = field("keys", "show")
    assert shown.code == 0
    (tmp_path / "laptop3.pub").write_text(shown.out)
    enrolled = centre.ok("devices", "enrol", "Laptop 3", str(tmp_path / "laptop3.pub"))
    fp = field.ok("keys", "show")["fingerprint"]
    assert enrolled["fingerprint"] == fp

    exported = tmp_path / "exported.pub"
    written = field.ok("keys", "export", str(exported))
    assert written["fingerprint"] == fp
    lines = exported.read_text().split("\n")
    assert len(lines) == 3 and lines[2] == ""  # exactly minisign's two-line .pub file
    assert lines[0] == f"untrusted comment: minisign public key {written['key_id']}"
    again = field("keys", "export", str(exported))
    assert again.code == 2 and "--force" in again.err and again.err.count("\n") == 1
    field.ok("keys", "export", str(exported), "--force")
    # the same key enrolled again (from the exported file) is recognised as enrolled
    r = centre("devices", "enrol", "Laptop 3b", str(exported))
    assert r.code == 2 and "enrolled already" in r.err

    recipient_file = tmp_path / "centre-recipient.txt"
    cexport = centre.ok("keys", "export", "--recipient", str(recipient_file))
    assert field("keys", "export", "--recipient", str(tmp_path / "no.txt")).code != 0
    added = field.ok("recipients", "add", "Centre", str(recipient_file))
    assert added["fingerprint"] == cexport["age_fingerprint"]
    assert added["recipient"] == cexport["age_recipient"]

    bundle = _export_case(field, tmp_path, "first")
    with Session.open(tmp_path / "centre", _passphrase()) as s:
        age_secret = s.device_keys.age_identity()
    manifest, signature = _tag_files(bundle, age_secret, tmp_path)
    check = ["minisign", "-V", "-p", str(exported), "-m", str(manifest), "-x", str(signature)]
    assert subprocess.run(check, capture_output=True).returncode == 0
    # the oracle is not a rubber stamp: the centre's own exported key does not verify it
    centre.ok("keys", "export", str(tmp_path / "centre.pub"))
    check[3] = str(tmp_path / "centre.pub")
    assert subprocess.run(check, capture_output=True).returncode != 0

    # age itself reads the recipient file; what it encrypts, the centre's key opens
    enc = subprocess.run(
        ["age", "-R", str(recipient_file)], input=b"hello", capture_output=True, check=True
    ).stdout
    key = tmp_path / "c.key"
    key.write_text(age_secret + "\n")
    plain = subprocess.run(["age", "-d", "-i", str(key)], input=enc, capture_output=True)
    key.unlink()
    assert plain.stdout == b"hello"

    assert centre.ok("receive", str(bundle))["bundles"][0]["device"] == "Laptop 3"


def test_one_fingerprint_everywhere_and_revocation(pair: tuple[Cli, Cli], tmp_path: Path) -> None:
    field, centre = pair
    fp = field.ok("keys", "show")["fingerprint"]
    age_fp = centre.ok("keys", "show")["age_fingerprint"]
    assert _GROUPED.fullmatch(fp) and _GROUPED.fullmatch(age_fp)
    key_file = tmp_path / "laptop.pub"
    texts = {
        "keys show": field("keys", "show").out,
        "keys export": field("keys", "export", str(key_file)).out,
        "devices enrol": centre("devices", "enrol", "Laptop 3", str(key_file)).out,
        "devices list": centre("devices", "list").out,
    }
    recipient = centre.ok("keys", "show")["age_recipient"]
    rtexts = {
        "centre keys show": centre("keys", "show").out,
        "recipients add": field("recipients", "add", "Centre", recipient).out,
        "recipients list": field("recipients", "list").out,
    }

    # An unknown signer is named by the fingerprint its device shows, not by a key id.
    stranger = Cli(tmp_path / "stranger", field.capsys, field.monkeypatch)
    stranger.ok("init")
    stranger.ok("recipients", "add", "Centre", recipient)
    stranger_fp = stranger.ok("keys", "show")["fingerprint"]
    forged = _export_case(stranger, tmp_path, "stranger")
    r = centre("receive", str(forged))
    assert r.code != 0 and stranger_fp in r.err
    assert stranger.ok("keys", "show")["key_id"] not in r.err

    before = _export_case(field, tmp_path, "before")
    centre.ok("receive", str(before))
    after = _export_case(field, tmp_path, "after")
    revoked = centre.ok(
        "devices", "revoke", fp.replace(" ", "").lower(), "--reason", "seized at the checkpoint"
    )
    assert revoked["device"]["fingerprint"] == fp and len(revoked["marked_items"]) == 1
    day = revoked["device"]["revoked"][:10]
    listing = centre("devices", "list").out
    row = next(line for line in listing.splitlines() if line.startswith("Laptop 3"))
    assert f"revoked {day}" in row and fp in row
    listed = centre.ok("devices", "list")["devices"][0]
    assert listed["revoked"][:10] == day and listed["revoke_reason"] == "seized at the checkpoint"

    r = centre("receive", str(after))
    assert r.code != 0 and r.err.count("\n") == 1
    for part in ("Laptop 3", fp, day, "seized at the checkpoint", "revoked"):
        assert part in r.err
    texts["rejection"] = r.err
    doc = centre("--json", "receive", str(after)).json()
    assert doc["bundles"][0]["reason"] == "revoked-device"
    # what it sent before is still there, its custody marked
    item = revoked["marked_items"][0]
    custody = centre.ok("custody", item)
    assert custody["verified"] is True
    assert fp in centre("custody", item).out  # whole, not cut to a prefix
    assert [e["fields"]["action"] for e in custody["events"]][-2:] == [
        "received",
        "device-revoked",
    ]

    r = centre("devices", "enrol", "Laptop 3", str(key_file))
    assert r.code == 2 and "--reinstate" in r.err and fp in r.err
    texts["re-enrolment refused"] = r.err
    centre.ok("devices", "enrol", "Laptop 3", str(key_file), "--reinstate")
    assert centre.ok("receive", str(after))["bundles"][0]["received"] is True

    for where, text in texts.items():
        assert fp in text, where
        assert set(_GROUPED.findall(text)) <= {fp, age_fp}, where
    for where, text in rtexts.items():
        assert age_fp in text, where
