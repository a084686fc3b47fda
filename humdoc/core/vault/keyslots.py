"""Keyslots: the vault's master key, wrapped under passphrase-derived keys, stored in vault.json.

Each slot: Argon2id(passphrase, salt, its own parameters) → KEK → ChaCha20-Poly1305 over the
master key, with the slot's header (format, parameters, salt, nonce) as associated data so that a
crafted vault.json cannot lower the parameters of a slot without breaking it.

vault.json (format version 2) is two copies of one fixed-size *area*, each a JSON document padded
with spaces to ``AREA_SIZE`` bytes and followed by the SHA-256 of those bytes::

    bytes 0    … 4095   area A: {"format", "version": 2, "generation", "keyslots", "note"} + spaces,
                        then 64 hex digits of SHA-256 over what precedes them, then "\\n"
    bytes 4096 … 8191   area B: the same layout

The valid copy with the higher ``generation`` is the vault's state (see ``slotfile``, which
overwrites the copies in place, one after the other). An area always holds ``SLOT_COUNT`` slots in
random order: the master slot, at most one duress slot and random filler of the same shape, so the
file does not tell how many passphrases exist nor, across two copies, which slot is which: every
rewrite re-seals every slot under fresh randomness and shuffles them.

The *note* is what only the master key holder may know: whether a duress slot exists and its
passphrase, so that a passphrase change can re-seal the duress slot too (ChaCha20-Poly1305 under
a key derived from the master key; fixed size; random bytes once the keys are destroyed).

Version 1 (one JSON document, replaced by rename on each change) is still read; ``slotfile``
migrates it in place on the first unlock.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import struct
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from humdoc.core.crypto.stream import wipe
from humdoc.core.errors import (
    EmptyPassphrase,
    InvalidInput,
    UnsupportedVersion,
    VaultCorrupt,
    WrongPassphrase,
)
from humdoc.core.vault.database import derive_subkey
from humdoc.core.vault.kdf import (
    CALIBRATION_CAP_KIB,
    FLOOR_ITERATIONS,
    FLOOR_MEMORY_KIB,
    KEY_LEN,
    LANES,
    MAX_ITERATIONS,
    MAX_LANES,
    MAX_MEMORY_KIB,
    SALT_LEN,
    TARGET_SECONDS,
    KdfBudget,
    KdfParams,
    calibrate,
    refuse_unaffordable,
)

__all__ = [
    "CALIBRATION_CAP_KIB",
    "FLOOR_ITERATIONS",
    "FLOOR_MEMORY_KIB",
    "LANES",
    "MAX_ITERATIONS",
    "MAX_LANES",
    "MAX_MEMORY_KIB",
    "TARGET_SECONDS",
    "KdfParams",
    "calibrate",
    "wipe",
]

FORMAT = "humdoc-vault"
VERSION = 2
LEGACY_VERSION = 1
#: The version named in every slot's associated data; slots are unchanged since version 1.
SLOT_AAD_VERSION = 1
SLOT_COUNT = 4
NONCE_LEN = 12
WRAPPED_LEN = 1 + KEY_LEN + 16

AREA_SIZE = 4096
AREA_COUNT = 2
FILE_SIZE = AREA_SIZE * AREA_COUNT
_DIGEST_LEN = 64  # hex
_BODY_LEN = AREA_SIZE - _DIGEST_LEN - 1
MAX_FILE = 64 * 1024

# What a slot's plaintext says it unlocks. The type byte is inside the ciphertext, never visible.
SLOT_MASTER = 0x01
SLOT_DURESS = 0x02

NOTE_LABEL = b"humdoc keyslot note v1"
NOTE_AD = b"humdoc-vault/2 note"
NOTE_NONE = 0
NOTE_DURESS = 1
#: Migrated from version 1: the other slots are kept as they were (a duress slot among them,
#: perhaps), since nothing says which of them is filler.
NOTE_LEGACY = 2
MAX_DURESS_LEN = 256
_NOTE_PLAIN = 1 + 2 + MAX_DURESS_LEN
NOTE_LEN = NONCE_LEN + _NOTE_PLAIN + 16


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
        text = f"{FORMAT}/{SLOT_AAD_VERSION}|argon2id|{p.memory_kib}|{p.iterations}|{p.lanes}|"
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
        if len(slot.wrapped) != WRAPPED_LEN:
            raise VaultCorrupt("vault.json is damaged (a keyslot is malformed).")
        return slot


def seal_slot(kind: int, key: bytes | bytearray, passphrase: bytes, params: KdfParams) -> Slot:
    """Wrap ``key`` (with its ``kind`` byte) under ``passphrase``, with a fresh salt and nonce."""
    if not passphrase:
        raise EmptyPassphrase()
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
        secrets.token_bytes(WRAPPED_LEN),
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


@dataclass(frozen=True)
class Note:
    """The master key holder's record of the other slots: ``NOTE_NONE``, ``_DURESS`` or ``_LEGACY``."""

    state: int
    duress: bytes = b""


def seal_note(note: Note, master: bytes | bytearray) -> bytes:
    """``note`` sealed under a key derived from ``master``: ``NOTE_LEN`` bytes, fresh each time."""
    if len(note.duress) > MAX_DURESS_LEN:
        raise InvalidInput(f"The duress passphrase is too long (at most {MAX_DURESS_LEN} bytes).")
    plain = bytearray(struct.pack(">BH", note.state, len(note.duress)) + note.duress)
    plain += secrets.token_bytes(_NOTE_PLAIN - len(plain))
    key = derive_subkey(master, NOTE_LABEL)
    nonce = secrets.token_bytes(NONCE_LEN)
    try:
        return nonce + ChaCha20Poly1305(bytes(key)).encrypt(nonce, bytes(plain), NOTE_AD)
    finally:
        wipe(key)
        wipe(plain)


def open_note(sealed: bytes, master: bytes | bytearray) -> Note:
    """Open a sealed note; ``VaultCorrupt`` if it was altered or belongs to another master key."""
    key = derive_subkey(master, NOTE_LABEL)
    try:
        plain = ChaCha20Poly1305(bytes(key)).decrypt(
            sealed[:NONCE_LEN], sealed[NONCE_LEN:], NOTE_AD
        )
    except InvalidTag:
        raise VaultCorrupt(
            "vault.json is damaged (its keyslot note does not open); setting or clearing the "
            "duress passphrase repairs it."
        ) from None
    finally:
        wipe(key)
    state, length = struct.unpack(">BH", plain[:3])
    if state not in (NOTE_NONE, NOTE_DURESS, NOTE_LEGACY) or length > MAX_DURESS_LEN:
        raise VaultCorrupt("vault.json is damaged (its keyslot note is malformed).")
    return Note(state, plain[3 : 3 + length])


@dataclass
class KeyFile:
    """One area of vault.json: the slots, the sealed note and the area's generation."""

    slots: list[Slot]
    note: bytes
    generation: int = 0

    def area(self) -> bytes:
        """This key file as one area: exactly ``AREA_SIZE`` bytes, checksum included."""
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "generation": self.generation,
            "keyslots": [s.to_json() for s in self.slots],
            "note": _b64(self.note),
        }
        body = json.dumps(doc, separators=(",", ":")).encode("ascii")
        if len(body) > _BODY_LEN:
            raise InvalidInput("Too many keyslots for one vault.json area.")
        body += b" " * (_BODY_LEN - len(body))
        return body + hashlib.sha256(body).hexdigest().encode("ascii") + b"\n"

    def to_bytes(self) -> bytes:
        """The whole vault.json of a new vault: both areas holding this key file."""
        return self.area() * AREA_COUNT

    @classmethod
    def from_area(cls, data: bytes) -> KeyFile | None:
        """Parse one area; None if its checksum fails (a torn or never-written copy).

        A checksummed area that is not a humdoc key file raises ``VaultCorrupt``, one from a
        newer humdoc ``UnsupportedVersion``.
        """
        body, digest = data[:_BODY_LEN], data[_BODY_LEN : _BODY_LEN + _DIGEST_LEN]
        if len(data) != AREA_SIZE or data[-1:] != b"\n":
            return None
        if not secrets.compare_digest(hashlib.sha256(body).hexdigest().encode("ascii"), digest):
            return None
        doc = _json_object(body)
        _check_format(doc, VERSION)
        try:
            generation = doc["generation"]
            note = _unb64(doc["note"])
        except (KeyError, ValueError) as exc:
            raise VaultCorrupt("vault.json is damaged (an area is malformed).") from exc
        if not isinstance(generation, int) or generation < 0 or len(note) != NOTE_LEN:
            raise VaultCorrupt("vault.json is damaged (an area is malformed).")
        return cls(_slots(doc), note, generation)

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        """The vault's key file in the bytes of vault.json (see ``parse_file``)."""
        return parse_file(data)[0]

    def unlock(
        self, passphrase: bytes, budget: KdfBudget | None = None
    ) -> tuple[int, int, bytearray]:
        """Return (slot index, kind, key) for the first slot ``passphrase`` opens.

        Raises ``WrongPassphrase`` if and only if no slot opens, ``VaultCorrupt`` or
        ``KdfTooCostly`` before any derivation if a slot's parameters are out of bounds or beyond
        ``budget`` (by default this machine's). A master slot returns at once; any other kind (a
        duress slot) is returned only after every remaining slot has been tried too, so that it
        costs exactly as many Argon2id runs as a wrong passphrase and its timing does not give
        it away.
        """
        if not passphrase:
            raise EmptyPassphrase()
        for params in {slot.params for slot in self.slots}:
            refuse_unaffordable(params, budget)
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
        """The same shape with every slot and the note replaced by random bytes.

        Same size, same parameters: nothing in it opens any more.
        """
        return KeyFile(
            [filler_slot(s.params) for s in self.slots],
            secrets.token_bytes(NOTE_LEN),
            self.generation,
        )


def parse_file(data: bytes) -> tuple[KeyFile, int | None]:
    """The key file in vault.json's bytes and the area it came from (None: a version-1 file).

    The valid area with the higher generation wins (area A on a tie). A file with no valid area
    is read as version 1, possibly followed by the torn first copy of an interrupted migration.
    Raises ``VaultCorrupt`` if nothing in it is a key file, or a version-2 file is cut short,
    ``UnsupportedVersion`` if a newer humdoc wrote it.
    """
    if len(data) > MAX_FILE:
        raise VaultCorrupt("vault.json is damaged (far too large).")
    best: tuple[KeyFile, int] | None = None
    for index in range(AREA_COUNT):
        area = KeyFile.from_area(data[index * AREA_SIZE : (index + 1) * AREA_SIZE])
        if area is not None and (best is None or area.generation > best[0].generation):
            best = (area, index)
    if best is not None:
        if len(data) < FILE_SIZE:
            raise VaultCorrupt("vault.json is damaged (it was cut short).")
        return best
    return _legacy(data), None


def _legacy(data: bytes) -> KeyFile:
    """A version-1 vault.json: one JSON document of keyslots (trailing bytes ignored)."""
    try:
        text = data.decode("utf-8", errors="replace").lstrip()
        doc, _end = json.JSONDecoder().raw_decode(text)
    except ValueError as exc:
        raise VaultCorrupt("vault.json is damaged (not valid JSON).") from exc
    if not isinstance(doc, dict):
        raise VaultCorrupt("vault.json is not a humdoc vault file.")
    _check_format(doc, LEGACY_VERSION)
    return KeyFile(_slots(doc), secrets.token_bytes(NOTE_LEN), 0)


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise VaultCorrupt("vault.json is damaged (not valid JSON).") from exc
    if not isinstance(doc, dict):
        raise VaultCorrupt("vault.json is not a humdoc vault file.")
    return doc


def _check_format(doc: dict[str, Any], version: int) -> None:
    if doc.get("format") != FORMAT:
        raise VaultCorrupt("vault.json is not a humdoc vault file.")
    found = doc.get("version")
    if isinstance(found, int) and found > VERSION:
        raise UnsupportedVersion("This vault was made by a newer humdoc; update humdoc to open it.")
    if found != version:
        raise VaultCorrupt("vault.json is damaged (its version does not match its layout).")


def _slots(doc: dict[str, Any]) -> list[Slot]:
    slots = doc.get("keyslots")
    if not isinstance(slots, list) or not 1 <= len(slots) <= 16:
        raise VaultCorrupt("vault.json is damaged (no keyslots).")
    return [Slot.from_json(s) for s in slots]


def layout(
    master: bytes | bytearray,
    passphrase: bytes,
    params: KdfParams,
    note: Note,
    kept: list[Slot] | None = None,
) -> KeyFile:
    """A fresh key file: every slot sealed or filled anew, in random order.

    The master slot is sealed under ``passphrase``; with ``NOTE_DURESS`` a duress slot is sealed
    under the note's passphrase (its plaintext: the ``SLOT_DURESS`` byte and 32 random bytes
    that unlock nothing); ``kept`` slots (version-1 slots of unknown kind) are carried over as
    they are; random filler of ``params`` makes up ``SLOT_COUNT``. Costs one Argon2id run per
    sealed slot. The generation is the writer's to set.
    """
    kept = kept or []
    slots = [seal_slot(SLOT_MASTER, master, passphrase, params)]
    if note.state == NOTE_DURESS:
        decoy = bytearray(secrets.token_bytes(KEY_LEN))
        try:
            slots.append(seal_slot(SLOT_DURESS, decoy, note.duress, params))
        finally:
            wipe(decoy)
    slots += kept
    slots += [filler_slot(params) for _ in range(SLOT_COUNT - len(slots))]
    secrets.SystemRandom().shuffle(slots)
    return KeyFile(slots, seal_note(note, master))


def new_keyfile(master: bytes | bytearray, passphrase: bytes, params: KdfParams) -> KeyFile:
    """The key file of a new vault: the master slot among random filler, no duress passphrase."""
    keyfile = layout(master, passphrase, params, Note(NOTE_NONE))
    keyfile.generation = secrets.randbelow(1 << 48)  # tells nothing of how often it was rewritten
    return keyfile


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not a string")
    return base64.b64decode(text, validate=True)
