"""Refusing degenerate public keys: curve points that make a key agreement or a signature
worthless.

A public key received from outside (an age recipient typed or pasted at ``recipients add``, a
device's minisign key at ``devices enrol``) could be a point of small order: the all-zero key, the
identity, or one of the handful of points whose multiples cycle through eight values. Encrypting to
such an X25519 key yields a shared secret everyone can compute, so the "encrypted" bundle is
readable by anyone holding it; an Ed25519 key of small order accepts signatures anybody can forge
for it. Both are refused with the reason, before they are stored.

The checks use the curve arithmetic of ``cryptography`` (OpenSSL), not code of our own: an X25519
exchange with a random scalar fails with an all-zero result exactly when the peer's point has small
order. An Ed25519 point is checked through the birational map to the Montgomery curve
(u = (1 + y) / (1 - y)), which maps the eight points of small order onto the small-order points
there (the identity, y = 1, has no image and is refused directly).
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

_P = 2**255 - 19
_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def x25519_has_small_order(raw: bytes) -> bool:
    """True if the 32-byte X25519 public key ``raw`` is a point of small order (or not 32 bytes)."""
    if len(raw) != 32:
        return True
    try:
        X25519PrivateKey.generate().exchange(X25519PublicKey.from_public_bytes(raw))
    except ValueError:
        return True
    return False


def ed25519_has_small_order(raw: bytes) -> bool:
    """True if the 32-byte Ed25519 public key ``raw`` is degenerate: of small order, the identity,
    or a non-canonical encoding (a y coordinate not below the field's prime)."""
    if len(raw) != 32:
        return True
    y = int.from_bytes(raw, "little") & ((1 << 255) - 1)
    if y >= _P or y == 1:
        return True
    u = (1 + y) * pow(1 - y, _P - 2, _P) % _P
    return x25519_has_small_order(u.to_bytes(32, "little"))


def _bech32_polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate(_BECH32_GEN):
            if (top >> i) & 1:
                chk ^= gen
    return chk


def age_recipient_bytes(text: str) -> bytes | None:
    """The 32 key bytes of an ``age1…`` X25519 recipient (BIP 173 bech32), or None if ``text``
    is not one with a valid checksum."""
    return _bech32_key(text, "age")


def age_identity_bytes(text: str) -> bytes | None:
    """The 32 secret bytes of an ``AGE-SECRET-KEY-1…`` X25519 identity, or None if ``text`` is
    not one with a valid checksum."""
    return _bech32_key(text, "age-secret-key-")


def _bech32_key(text: str, want_hrp: str) -> bytes | None:
    text = text.strip().lower()
    hrp, sep, data = text.rpartition("1")
    if not sep or hrp != want_hrp or len(data) < 7:
        return None
    try:
        values = [_BECH32_CHARSET.index(c) for c in data]
    except ValueError:
        return None
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    if _bech32_polymod(expanded + values) != 1:
        return None
    acc = bits = 0
    out = bytearray()
    for value in values[:-6]:
        acc = acc << 5 | value
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append(acc >> bits & 0xFF)
    if bits >= 5 or acc & ((1 << bits) - 1):
        return None
    return bytes(out) if len(out) == 32 else None


def age_recipient_text(raw: bytes) -> str:
    """``raw`` (32 bytes) as an ``age1…`` recipient string; the inverse of
    ``age_recipient_bytes``."""
    acc = bits = 0
    values: list[int] = []
    for byte in raw:
        acc = acc << 8 | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            values.append(acc >> bits & 31)
    if bits:
        values.append(acc << (5 - bits) & 31)
    expanded = [ord(c) >> 5 for c in "age"] + [0] + [ord(c) & 31 for c in "age"]
    polymod = _bech32_polymod(expanded + values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return "age1" + "".join(_BECH32_CHARSET[v] for v in values + checksum)
