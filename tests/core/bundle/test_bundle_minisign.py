"""minisign-format signatures: our own round trip, and compatibility with the minisign CLI both ways."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from humdoc.core.bundle.minisign import PublicKey, SigningKey, key_id_hex, sign, verify
from humdoc.core.errors import BundleRejected, InvalidInput

MINISIGN = shutil.which("minisign")


def test_minisign_cli_is_installed() -> None:
    assert MINISIGN is not None, "the minisign command is required by these tests"


def test_sign_verify_round_trip_returns_trusted_comment(device_key: SigningKey) -> None:
    sig = sign(device_key, b"payload", "humdoc bundle b1 sequence 7")
    assert verify(device_key.public(), b"payload", sig) == "humdoc bundle b1 sequence 7"


def test_signature_over_other_data_is_rejected(device_key: SigningKey) -> None:
    sig = sign(device_key, b"payload", "c")
    with pytest.raises(BundleRejected) as err:
        verify(device_key.public(), b"payloaD", sig)
    assert err.value.reason == "bad-signature"


def test_altered_trusted_comment_is_rejected(device_key: SigningKey) -> None:
    sig = sign(device_key, b"payload", "humdoc bundle b1 sequence 7")
    forged = sig.replace("sequence 7", "sequence 8")
    with pytest.raises(BundleRejected) as err:
        verify(device_key.public(), b"payload", forged)
    assert err.value.reason == "bad-signature"


def test_other_key_id_is_unknown_signer(device_key: SigningKey) -> None:
    sig = sign(SigningKey.generate(), b"payload", "c")
    with pytest.raises(BundleRejected) as err:
        verify(device_key.public(), b"payload", sig)
    assert err.value.reason == "unknown-signer"


def test_same_key_id_other_key_is_bad_signature(device_key: SigningKey) -> None:
    impostor = SigningKey.from_bytes(SigningKey.generate().to_bytes()[:32], device_key.key_id)
    sig = sign(impostor, b"payload", "c")
    with pytest.raises(BundleRejected) as err:
        verify(device_key.public(), b"payload", sig)
    assert err.value.reason == "bad-signature"


@pytest.mark.parametrize(
    "mangle",
    [
        lambda s: s.replace("trusted comment:", "trusted-comment:"),
        lambda s: "\n".join(s.split("\n")[:3]),
        lambda s: s + "extra line\n",
        lambda s: s.replace(s.split("\n")[1], s.split("\n")[1][:-4]),
        lambda s: "",
    ],
)
def test_malformed_signature_text_is_bad_signature(device_key: SigningKey, mangle: object) -> None:
    sig = sign(device_key, b"x", "c")
    with pytest.raises(BundleRejected) as err:
        verify(device_key.public(), b"x", mangle(sig))  # type: ignore[operator]
    assert err.value.reason == "bad-signature"


def test_legacy_non_prehashed_signature_is_rejected(device_key: SigningKey) -> None:
    lines = sign(device_key, b"x", "c").split("\n")
    blob = base64.b64decode(lines[1])
    lines[1] = base64.b64encode(b"Ed" + blob[2:]).decode()
    with pytest.raises(BundleRejected) as err:
        verify(device_key.public(), b"x", "\n".join(lines))
    assert err.value.reason == "bad-signature"


def test_public_key_text_format_and_parse(device_key: SigningKey) -> None:
    pub = device_key.public()
    text = pub.to_text()
    first, second, rest = text.split("\n")
    assert first == f"untrusted comment: minisign public key {key_id_hex(pub.key_id)}"
    assert base64.b64decode(second) == b"Ed" + pub.key_id + pub.raw
    assert rest == ""
    assert PublicKey.from_text(text) == pub
    assert PublicKey.from_text(second) == pub


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not base64!",
        base64.b64encode(b"Ed" + bytes(39)).decode(),
        base64.b64encode(b"XX" + bytes(40)).decode(),
    ],
)
def test_malformed_public_key_is_invalid_input(text: str) -> None:
    with pytest.raises(InvalidInput):
        PublicKey.from_text(text)


def test_fingerprint_is_stable_and_shaped(device_key: SigningKey) -> None:
    fixed = PublicKey(key_id=bytes(range(8)), raw=bytes(range(32)))
    # The definition is part of the format: SHA-256 of b"Ed"||key id||key, 16 bytes, 8 groups.
    assert fixed.fingerprint() == "949E 0C27 1C21 4D75 A463 D8E5 116A 2450"
    assert re.fullmatch(r"([0-9A-F]{4} ){7}[0-9A-F]{4}", device_key.public().fingerprint())


def test_storage_round_trip_and_wipe(device_key: SigningKey) -> None:
    stored = device_key.to_bytes()
    assert isinstance(stored, bytearray) and len(stored) == 40
    again = SigningKey.from_bytes(stored[:32], bytes(stored[32:]))
    assert again.public() == device_key.public()
    again.wipe()
    with pytest.raises(InvalidInput):
        sign(again, b"x", "c")


def test_minisign_cli_accepts_our_signature(tmp_path: Path, device_key: SigningKey) -> None:
    data = tmp_path / "tagmanifest-sha256.txt"
    data.write_bytes(b"abc  data/x\n")
    (tmp_path / "tagmanifest-sha256.txt.minisig").write_text(
        sign(device_key, data.read_bytes(), "humdoc bundle b9 sequence 3")
    )
    (tmp_path / "device.pub").write_text(device_key.public().to_text())
    done = subprocess.run(
        ["minisign", "-V", "-p", "device.pub", "-m", data.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Trusted comment: humdoc bundle b9 sequence 3" in done.stdout
    data.write_bytes(b"abd  data/x\n")
    tampered = subprocess.run(
        ["minisign", "-V", "-p", "device.pub", "-m", data.name],
        cwd=tmp_path,
        capture_output=True,
        check=False,
    )
    assert tampered.returncode != 0


def test_we_accept_minisign_cli_signature(tmp_path: Path) -> None:
    subprocess.run(
        ["minisign", "-G", "-W", "-p", "k.pub", "-s", "k.key"],
        cwd=tmp_path,
        capture_output=True,
        check=True,
    )
    (tmp_path / "file").write_bytes(b"some data\n" * 1000)
    subprocess.run(
        ["minisign", "-S", "-s", "k.key", "-m", "file", "-t", "made by the CLI"],
        cwd=tmp_path,
        capture_output=True,
        check=True,
    )
    pub = PublicKey.from_text((tmp_path / "k.pub").read_text())
    sig = (tmp_path / "file.minisig").read_text()
    assert verify(pub, (tmp_path / "file").read_bytes(), sig) == "made by the CLI"
    with pytest.raises(BundleRejected):
        verify(pub, b"other data", sig)
