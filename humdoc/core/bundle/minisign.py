"""Ed25519 signatures in the minisign format, so that ``minisign -V`` checks humdoc's bundles.

Only the prehashed ``ED`` algorithm is produced and accepted: the signature covers the BLAKE2b-512
digest of the data, and a second, global signature covers ``signature || trusted comment`` so the
trusted comment cannot be altered either. Public keys use minisign's ``.pub`` text format.

A key id is 8 random bytes chosen when the key is made. minisign shows it as the 64-bit
little-endian integer in upper-case hex (so the bytes appear reversed); ``key_id_hex`` does the same.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from humdoc.core.crypto.points import ed25519_has_small_order
from humdoc.core.errors import BundleRejected, InvalidInput, MalformedKey

_PUB_ALG = b"Ed"
_SIG_ALG = b"ED"  # prehashed: the signature covers BLAKE2b-512(data)
_PUB_COMMENT = "untrusted comment: minisign public key "
_SIG_UNTRUSTED = "untrusted comment: signature from humdoc device key "
_TRUSTED_PREFIX = "trusted comment: "
_MAX_TRUSTED = 8192  # minisign's own limit for a trusted comment
_MAX_SIG_TEXT = 16384


def grouped_fingerprint(digest: bytes) -> str:
    """The one form every fingerprint is shown in: the first 16 bytes of a SHA-256 ``digest`` as
    32 upper-case hex digits in 8 groups of 4, separated by single spaces.

    Device keys, age recipients, listings, enrolment and error messages all use it, so what a
    person reads on one screen is character for character what they compare on another.
    """
    if len(digest) < 16:
        raise ValueError("a fingerprint needs at least 16 bytes of digest")
    text = digest[:16].hex().upper()
    return " ".join(text[i : i + 4] for i in range(0, 32, 4))


def parse_fingerprint(text: str) -> str | None:
    """``text`` in the grouped form if it is a fingerprint typed in any spacing or case, else None.

    ``"6f5b1153 …"``, ``"6F5B-1153-…"`` and the grouped form itself all give the grouped form.
    """
    compact = "".join(ch for ch in text if ch not in " -:\t").upper()
    if len(compact) != 32 or any(ch not in "0123456789ABCDEF" for ch in compact):
        return None
    return " ".join(compact[i : i + 4] for i in range(0, 32, 4))


def key_id_hex(key_id: bytes) -> str:
    """Show an 8-byte key id the way minisign does (little-endian integer, upper-case hex)."""
    return key_id[::-1].hex().upper()


@dataclass(frozen=True)
class PublicKey:
    """A device's Ed25519 verification key and its 8-byte minisign key id."""

    key_id: bytes
    raw: bytes

    def __post_init__(self) -> None:
        if len(self.key_id) != 8 or len(self.raw) != 32:
            raise InvalidInput("A minisign public key has an 8-byte id and a 32-byte key.")

    def blob(self) -> bytes:
        """The 42 bytes minisign stores: ``b"Ed" || key_id || public key``."""
        return _PUB_ALG + self.key_id + self.raw

    def to_text(self) -> str:
        """The key as a minisign ``.pub`` file (two lines, each ending in a newline)."""
        encoded = base64.b64encode(self.blob()).decode("ascii")
        return f"{_PUB_COMMENT}{key_id_hex(self.key_id)}\n{encoded}\n"

    @classmethod
    def from_text(cls, text: str) -> PublicKey:
        """Parse a whole minisign ``.pub`` file or only its base64 line.

        Raises ``InvalidInput`` if and only if the text holds no well-formed Ed25519 minisign key
        or the key is a degenerate point (small order, identity, non-canonical).
        """
        lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
        if len(lines) == 2 and lines[0].startswith("untrusted comment:"):
            lines = lines[1:]
        if len(lines) != 1:
            raise MalformedKey("Not a minisign public key: expected one base64 line.")
        blob = _b64decode_strict(lines[0])
        if blob is None or len(blob) != 42 or blob[:2] != _PUB_ALG:
            raise MalformedKey("Not a minisign Ed25519 public key.")
        if ed25519_has_small_order(blob[10:]):
            raise MalformedKey(
                "This minisign public key is degenerate (a point of small order): signatures "
                "could be forged for it; ask for the device's real key."
            )
        return cls(key_id=blob[2:10], raw=blob[10:])

    def fingerprint(self) -> str:
        """The key's fingerprint, compared out of band at enrolment (stable forever).

        SHA-256 over the 42-byte ``blob()``; the first 16 bytes as 32 upper-case hex digits in
        8 groups of 4, separated by single spaces, e.g. ``"1A2B 3C4D 5E6F 7081 92A3 B4C5 D6E7 F809"``.
        """
        return grouped_fingerprint(hashlib.sha256(self.blob()).digest())

    def key_id_hex(self) -> str:
        """This key's id as minisign prints it."""
        return key_id_hex(self.key_id)


class SigningKey:
    """A device's Ed25519 signing key. The 32-byte seed lives in a ``bytearray`` that ``wipe`` zeroes."""

    def __init__(self, seed: bytes | bytearray | memoryview, key_id: bytes) -> None:
        if len(seed) != 32 or len(key_id) != 8:
            raise InvalidInput("A signing key has a 32-byte seed and an 8-byte id.")
        self._seed = bytearray(seed)
        self.key_id = bytes(key_id)
        # The key as ``cryptography`` holds it, made on first use and dropped by ``wipe``: a
        # holder that signs many entries (an import's custody events) loads it once.
        self._loaded: Ed25519PrivateKey | None = None

    @classmethod
    def generate(cls) -> SigningKey:
        """A fresh random key with a fresh random key id."""
        seed = bytearray(secrets.token_bytes(32))
        try:
            return cls(seed, secrets.token_bytes(8))
        finally:
            seed[:] = bytes(32)

    @classmethod
    def from_bytes(cls, seed: bytes | bytearray | memoryview, key_id: bytes) -> SigningKey:
        """Rebuild a key from ``to_bytes()[:32]`` (seed) and ``to_bytes()[32:]`` (key id)."""
        return cls(seed, key_id)

    def to_bytes(self) -> bytearray:
        """``seed || key_id`` (40 bytes) for sealed storage; the caller wipes the copy."""
        self._check()
        return bytearray(self._seed) + bytearray(self.key_id)

    def public(self) -> PublicKey:
        """The matching public key."""
        raw = self._private().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return PublicKey(key_id=self.key_id, raw=raw)

    def wipe(self) -> None:
        """Overwrite the seed and drop the loaded key; the key is unusable afterwards."""
        self._seed[:] = bytes(len(self._seed))
        self._seed = bytearray()
        self._loaded = None

    def _check(self) -> None:
        if len(self._seed) != 32:
            raise InvalidInput("This signing key was wiped.")

    def _private(self) -> Ed25519PrivateKey:
        self._check()
        if self._loaded is None:
            # cryptography needs an immutable copy for a moment; it is dropped right after.
            self._loaded = Ed25519PrivateKey.from_private_bytes(bytes(self._seed))
        return self._loaded


def sign(key: SigningKey, data: bytes, trusted_comment: str) -> str:
    """Sign ``data`` and return the text of a ``.minisig`` file that ``minisign -V`` accepts.

    Raises ``InvalidInput`` if and only if the trusted comment is not one printable line.
    """
    comment = _encode_trusted(trusted_comment)
    private = key._private()
    signature = private.sign(hashlib.blake2b(data, digest_size=64).digest())
    global_sig = private.sign(signature + comment)
    line1 = base64.b64encode(_SIG_ALG + key.key_id + signature).decode("ascii")
    line2 = base64.b64encode(global_sig).decode("ascii")
    return (
        f"{_SIG_UNTRUSTED}{key_id_hex(key.key_id)}\n{line1}\n"
        f"{_TRUSTED_PREFIX}{trusted_comment}\n{line2}\n"
    )


def signature_key_id(minisig_text: str) -> bytes:
    """The 8-byte key id a ``.minisig`` claims to be signed with (unverified).

    Raises ``BundleRejected("bad-signature")`` if and only if the text is not a well-formed
    prehashed minisign signature.
    """
    return _parse(minisig_text)[0]


def verify(pub: PublicKey, data: bytes, minisig_text: str) -> str:
    """Check a ``.minisig`` over ``data`` against ``pub``; return its trusted comment.

    Raises ``BundleRejected("unknown-signer")`` if and only if the signature is well-formed but
    names another key id, and ``BundleRejected("bad-signature")`` on any other failure (malformed
    text, legacy non-prehashed algorithm, wrong signature, altered trusted comment).
    """
    key_id, signature, comment, global_sig = _parse(minisig_text)
    if key_id != pub.key_id:
        raise BundleRejected(
            "unknown-signer",
            f"The signature was made by another key than the one with fingerprint "
            f"{pub.fingerprint()}.",
        )
    verifier = Ed25519PublicKey.from_public_bytes(pub.raw)
    try:
        verifier.verify(signature, hashlib.blake2b(data, digest_size=64).digest())
        verifier.verify(global_sig, signature + comment)
    except InvalidSignature:
        raise BundleRejected("bad-signature", "The bundle's signature does not verify.") from None
    return comment.decode("utf-8")


def _parse(text: str) -> tuple[bytes, bytes, bytes, bytes]:
    bad = BundleRejected("bad-signature", "The bundle's signature file is malformed.")
    if len(text) > _MAX_SIG_TEXT:
        raise bad
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != 4 or not lines[0].startswith("untrusted comment:"):
        raise bad
    if not lines[2].startswith(_TRUSTED_PREFIX):
        raise bad
    sig_blob = _b64decode_strict(lines[1])
    global_sig = _b64decode_strict(lines[3])
    if sig_blob is None or len(sig_blob) != 74 or global_sig is None or len(global_sig) != 64:
        raise bad
    if sig_blob[:2] != _SIG_ALG:
        raise BundleRejected(
            "bad-signature", "The signature does not use minisign's prehashed algorithm."
        )
    try:
        comment = _encode_trusted(lines[2][len(_TRUSTED_PREFIX) :])
    except InvalidInput:
        raise bad from None
    return sig_blob[2:10], sig_blob[10:], comment, global_sig


def _encode_trusted(comment: str) -> bytes:
    if any(ch in comment for ch in "\r\n\x00"):
        raise InvalidInput("A trusted comment must be a single line.")
    encoded = comment.encode("utf-8")
    if len(encoded) > _MAX_TRUSTED:
        raise InvalidInput("A trusted comment may be at most 8192 bytes.")
    return encoded


def _b64decode_strict(line: str) -> bytes | None:
    """The bytes of a canonical base64 line, else None. Canonical: the unused bits of the last
    character are zero, so that no two texts of a signature or key decode to the same bytes."""
    try:
        encoded = line.strip().encode("ascii")
        decoded = base64.b64decode(encoded, validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
    return decoded if base64.b64encode(decoded) == encoded else None
