"""Keyslots: the vault's master key, wrapped under passphrase-derived keys, stored in vault.json.

Each slot: Argon2id(passphrase, salt, its own parameters) → KEK → ChaCha20-Poly1305 over the
master key, with the slot's header (format, parameters, salt) as associated data so that a
crafted vault.json cannot lower the parameters of a slot without breaking it.

vault.json always holds ``SLOT_COUNT`` slots; the unused ones are random filler with the same
shape, so the file does not tell how many passphrases exist. Nothing else is in the clear.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from humdoc.core.crypto.stream import wipe
from humdoc.core.errors import InvalidInput, UnsupportedVersion, VaultCorrupt, WrongPassphrase

FORMAT = "humdoc-vault"
VERSION = 1
SLOT_COUNT = 4
KEY_LEN = 32
SALT_LEN = 16
NONCE_LEN = 12

# What a slot's plaintext says it unlocks. The type byte is inside the ciphertext, never visible.
SLOT_MASTER = 0x01
SLOT_DURESS = 0x02

# RFC 9106 second recommended option: the floor. Nothing is created or opened below it.
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
LANES = 4
# A crafted vault.json must not make unlocking hang or exhaust memory.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
CALIBRATION_CAP_KIB = 1024 * 1024
TARGET_SECONDS = 1.0


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters of one slot."""

    memory_kib: int
    iterations: int
    lanes: int = LANES

    @classmethod
    def floor(cls) -> KdfParams:
        """RFC 9106's 64 MiB / t=3 profile: the weakest parameters humdoc ever uses."""
        return cls(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, LANES)

    def check(self) -> None:
        """Raise ``VaultCorrupt`` if and only if the parameters are below the floor or absurd."""
        if (
            self.memory_kib < FLOOR_MEMORY_KIB
            or self.iterations < FLOOR_ITERATIONS
            or not 1 <= self.lanes <= MAX_LANES
        ):
            raise VaultCorrupt(
                "vault.json asks for key-derivation settings below the safe minimum."
            )
        if self.memory_kib > MAX_MEMORY_KIB or self.iterations > MAX_ITERATIONS:
            raise VaultCorrupt("vault.json asks for absurd key-derivation settings; refusing.")

    def derive(self, passphrase: bytes, salt: bytes) -> bytearray:
        """Argon2id(passphrase, salt) → 32-byte key, in a bytearray the caller wipes."""
        self.check()
        kdf = Argon2id(
            salt=salt,
            length=KEY_LEN,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return bytearray(kdf.derive(passphrase))


def calibrate(target: float = TARGET_SECONDS) -> KdfParams:
    """Parameters that take about ``target`` seconds here, never below the floor.

    Memory grows first (it is what hurts GPU attackers), up to 1 GiB; then iterations.
    """
    if os.environ.get("HUMDOC_KDF") == "floor":
        return KdfParams.floor()
    params = KdfParams.floor()
    salt = secrets.token_bytes(SALT_LEN)
    while True:
        start = time.perf_counter()
        wipe(params.derive(b"calibration", salt))
        took = time.perf_counter() - start
        if took >= target * 0.75:
            return params
        if params.memory_kib * 2 <= CALIBRATION_CAP_KIB and took * 2 <= target * 1.25:
            params = KdfParams(params.memory_kib * 2, params.iterations, params.lanes)
            continue
        per_pass = took / params.iterations
        wanted = max(params.iterations + 1, round(target / per_pass))
        return KdfParams(params.memory_kib, min(wanted, MAX_ITERATIONS // 2), params.lanes)


@dataclass(frozen=True)
class Slot:
    """One keyslot as stored in vault.json."""

    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def header(self) -> bytes:
        """The associated data: everything about the slot except its ciphertext."""
        p = self.params
        text = f"{FORMAT}/{VERSION}|argon2id|{p.memory_kib}|{p.iterations}|{p.lanes}|"
        return text.encode() + self.salt + self.nonce

    def to_json(self) -> dict[str, Any]:
        p = self.params
        return {
            "kdf": "argon2id",
            "memory_kib": p.memory_kib,
            "iterations": p.iterations,
            "lanes": p.lanes,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, obj: Any) -> Slot:
        try:
            if obj["kdf"] != "argon2id":
                raise VaultCorrupt("vault.json names an unknown key-derivation function.")
            params = KdfParams(int(obj["memory_kib"]), int(obj["iterations"]), int(obj["lanes"]))
            slot = cls(params, _unb64(obj["salt"]), _unb64(obj["nonce"]), _unb64(obj["wrapped"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise VaultCorrupt("vault.json is damaged (a keyslot is malformed).") from exc
        if len(slot.salt) != SALT_LEN or len(slot.nonce) != NONCE_LEN:
            raise VaultCorrupt("vault.json is damaged (a keyslot is malformed).")
        if len(slot.wrapped) != 1 + KEY_LEN + 16:
            raise VaultCorrupt("vault.json is damaged (a keyslot is malformed).")
        return slot


def seal_slot(kind: int, key: bytes | bytearray, passphrase: bytes, params: KdfParams) -> Slot:
    """Wrap ``key`` (with its ``kind`` byte) under ``passphrase``."""
    if not passphrase:
        raise InvalidInput("The passphrase must not be empty.")
    salt = secrets.token_bytes(SALT_LEN)
    nonce = secrets.token_bytes(NONCE_LEN)
    shell = Slot(params, salt, nonce, b"")
    kek = params.derive(passphrase, salt)
    try:
        plain = bytearray([kind]) + bytearray(key)
        wrapped = ChaCha20Poly1305(bytes(kek)).encrypt(nonce, bytes(plain), shell.header())
        wipe(plain)
    finally:
        wipe(kek)
    return Slot(params, salt, nonce, wrapped)


def filler_slot(params: KdfParams) -> Slot:
    """A slot of random bytes, indistinguishable from a real one without its passphrase."""
    return Slot(
        params,
        secrets.token_bytes(SALT_LEN),
        secrets.token_bytes(NONCE_LEN),
        secrets.token_bytes(1 + KEY_LEN + 16),
    )


def try_slot(slot: Slot, passphrase: bytes) -> tuple[int, bytearray] | None:
    """Return (kind, key) if ``passphrase`` opens ``slot``, else None."""
    kek = slot.params.derive(passphrase, slot.salt)
    try:
        plain = bytearray(
            ChaCha20Poly1305(bytes(kek)).decrypt(slot.nonce, slot.wrapped, slot.header())
        )
    except InvalidTag:
        return None
    finally:
        wipe(kek)
    kind = plain[0]
    key = plain[1:]
    wipe(plain)
    return kind, key


@dataclass
class KeyFile:
    """The parsed vault.json."""

    slots: list[Slot]

    def to_bytes(self) -> bytes:
        doc = {"format": FORMAT, "version": VERSION, "keyslots": [s.to_json() for s in self.slots]}
        return (json.dumps(doc, indent=1) + "\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        """Parse vault.json; ``VaultCorrupt`` or ``UnsupportedVersion`` on anything unexpected."""
        if len(data) > 64 * 1024:
            raise VaultCorrupt("vault.json is damaged (far too large).")
        try:
            doc = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise VaultCorrupt("vault.json is damaged (not valid JSON).") from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise VaultCorrupt("vault.json is not a humdoc vault file.")
        if doc.get("version") != VERSION:
            raise UnsupportedVersion(
                "This vault was made by a newer humdoc; update humdoc to open it."
            )
        slots = doc.get("keyslots")
        if not isinstance(slots, list) or not 1 <= len(slots) <= 16:
            raise VaultCorrupt("vault.json is damaged (no keyslots).")
        return cls([Slot.from_json(s) for s in slots])

    def unlock(self, passphrase: bytes) -> tuple[int, int, bytearray]:
        """Return (slot index, kind, key) for the first slot ``passphrase`` opens.

        Raises ``WrongPassphrase`` if and only if no slot opens. A master slot returns at once;
        any other kind (a duress slot) is returned only after every remaining slot has been
        tried too, so that it costs exactly as many Argon2id runs as a wrong passphrase and its
        timing does not give it away.
        """
        if not passphrase:
            raise InvalidInput("The passphrase must not be empty.")
        for slot in self.slots:
            slot.params.check()
        found: tuple[int, int, bytearray] | None = None
        for index, slot in enumerate(self.slots):
            opened = try_slot(slot, passphrase)
            if opened is None:
                continue
            if found is not None:
                wipe(opened[1])
            elif opened[0] == SLOT_MASTER:
                return index, opened[0], opened[1]
            else:
                found = (index, opened[0], opened[1])
        if found is not None:
            return found
        raise WrongPassphrase()

    def blanked(self) -> KeyFile:
        """The same file with every slot replaced by random filler of the same parameters.

        Same size, same shape, same parameters: nothing in it opens any more.
        """
        return KeyFile([filler_slot(s.params) for s in self.slots])


def new_keyfile(master: bytes | bytearray, passphrase: bytes, params: KdfParams) -> KeyFile:
    """A vault.json with the master slot first and random filler in the others."""
    slots = [filler_slot(params) for _ in range(SLOT_COUNT)]
    slots[0] = seal_slot(SLOT_MASTER, master, passphrase, params)
    return KeyFile(slots)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not a string")
    return base64.b64decode(text, validate=True)
