"""Degenerate public keys (points of small order) are refused before they are stored.

Encrypting to an all-zero age recipient would give a shared secret anyone can compute (pyrage
aborts the process with a panic on it); an Ed25519 key of small order accepts forged signatures.
The points are computed here from the curve equations, independently of the module under test, and
real keys from the ``age-keygen`` and ``minisign`` tools must still be accepted.
"""

from __future__ import annotations

import base64
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyrage import x25519

from humdoc.core.bundle.agewrap import parse_recipients
from humdoc.core.bundle.minisign import PublicKey
from humdoc.core.crypto.points import (
    age_recipient_bytes,
    age_recipient_text,
    ed25519_has_small_order,
    x25519_has_small_order,
)
from humdoc.core.errors import InvalidInput
from tests.cli.helpers import Cli

P = 2**255 - 19
# The two Montgomery u-coordinates of order 8 on Curve25519 (Bernstein's list of points to
# refuse), and 0 (order 2) and 1 (order 4).
MONTGOMERY_SMALL = [
    0,
    1,
    325606250916557431795983626356110631294008115727848805560023387167927233504,
    39382357235489614581723060781553021112529911719440698176882885853963445705823,
]


def _edwards_small_order_encodings() -> list[bytes]:
    """Every encoding of an Ed25519 point of order 1, 2, 4 or 8, both signs, plus the
    non-canonical encodings (y + p) that still fit in 255 bits."""
    ys = {1, P - 1}  # identity, order 2
    for u in MONTGOMERY_SMALL:
        if (u + 1) % P:
            ys.add((u - 1) * pow(u + 1, P - 2, P) % P)
    encodings = []
    for y in ys:
        for sign in (0, 1 << 255):
            encodings.append((y | sign).to_bytes(32, "little"))
        if y + P < 1 << 255:
            encodings.append((y + P).to_bytes(32, "little"))
    return encodings


def test_small_order_x25519_points_are_detected() -> None:
    for u in [*MONTGOMERY_SMALL, P - 1, P, P + 1]:
        assert x25519_has_small_order((u % (1 << 255)).to_bytes(32, "little")), u
    for _ in range(50):
        raw = age_recipient_bytes(str(x25519.Identity.generate().to_public()))
        assert raw is not None and not x25519_has_small_order(raw)


def test_small_order_ed25519_points_are_detected() -> None:
    encodings = _edwards_small_order_encodings()
    assert len(encodings) == 12
    for raw in encodings:
        assert ed25519_has_small_order(raw), raw.hex()
    for _ in range(50):
        key = Ed25519PrivateKey.generate().public_key()
        assert not ed25519_has_small_order(key.public_bytes(Encoding.Raw, PublicFormat.Raw))


def test_bech32_round_trip_and_checksum() -> None:
    text = str(x25519.Identity.generate().to_public())
    raw = age_recipient_bytes(text)
    assert raw is not None and age_recipient_text(raw) == text
    flipped = text[:-1] + ("q" if text[-1] != "q" else "p")
    assert age_recipient_bytes(flipped) is None
    assert age_recipient_bytes("age1notakey") is None


def test_degenerate_age_recipients_are_refused() -> None:
    for u in MONTGOMERY_SMALL:
        with pytest.raises(InvalidInput, match="degenerate"):
            parse_recipients([age_recipient_text(u.to_bytes(32, "little"))])


def test_degenerate_minisign_keys_are_refused() -> None:
    for raw in _edwards_small_order_encodings():
        text = base64.b64encode(b"Ed" + bytes(range(8)) + raw).decode()
        with pytest.raises(InvalidInput, match="degenerate"):
            PublicKey.from_text(text)


def test_keys_from_the_age_tool_are_accepted(tmp_path: Path) -> None:
    out = subprocess.run(["age-keygen"], capture_output=True, text=True, check=True)
    recipient = next(
        line.split(": ", 1)[1] for line in out.stderr.splitlines() if line.startswith("Public")
    )
    assert str(parse_recipients([recipient])[0]) == recipient


def test_keys_from_the_minisign_tool_are_accepted(tmp_path: Path) -> None:
    subprocess.run(
        ["minisign", "-G", "-W", "-p", str(tmp_path / "k.pub"), "-s", str(tmp_path / "k.key")],
        capture_output=True,
        check=True,
    )
    key = PublicKey.from_text((tmp_path / "k.pub").read_text())
    assert len(key.raw) == 32


def test_cli_refuses_degenerate_keys_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    field = Cli(tmp_path / "field", capsys, monkeypatch)
    centre = Cli(tmp_path / "centre", capsys, monkeypatch)
    field.ok("init")
    centre.ok("init", "--role", "centre")
    r = field("recipients", "add", "Centre", age_recipient_text(bytes(32)))
    assert r.code == 2 and "degenerate" in r.err and r.err.count("\n") == 1
    assert field.ok("recipients", "list")["recipients"] == []
    zero = base64.b64encode(b"Ed" + bytes(8) + bytes(32)).decode()
    r = centre("devices", "enrol", "Laptop", zero)
    assert r.code == 2 and "degenerate" in r.err and r.err.count("\n") == 1
