"""A strict parser for the age v1 header, run before a received file is decrypted.

age implementations differ at the edges (pyrage 1.4.0 accepts three malformed header vectors of
the C2SP CCTV suite: ``scrypt_work_factor_23``, ``stanza_missing_body``,
``stanza_missing_final_line``), so humdoc checks the header against the age v1 grammar and its
own policy itself, before ``agestream`` unwraps the file key:

* the file must start with ``age-encryption.org/v1``; armor (``-----BEGIN AGE ENCRYPTED FILE``)
  and other versions are ``not-age``;
* every stanza line, body line and the MAC line must be canonical (arguments of printable ASCII
  separated by single spaces; canonical unpadded base64 in 64-column lines ending with a shorter
  line, possibly empty); anything else is ``bad-header``;
* ``X25519`` stanzas must have one 32-byte share and a 32-byte body; there must be at least one;
* a stanza of any other recipient type age or its plugins define (``scrypt``, ``ssh-ed25519`` …) is
  ``bad-recipient-type``; a stanza of a type nobody defines is ignored, as the age spec requires,
  because it is "grease": pyrage itself writes one random ``…-grease`` stanza into every file.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Protocol

from humdoc.core.errors import BundleRejected

VERSION_LINE = b"age-encryption.org/v1"
MAX_HEADER = 64 * 1024
MAX_STANZAS = 32
_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
_B64 = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
#: Recipient types that are real recipients other than X25519: a bundle using one is refused.
FOREIGN_RECIPIENT_TYPES = frozenset(
    {
        "scrypt",
        "ssh-ed25519",
        "ssh-rsa",
        "mlkem768x25519",
        "mlkem768p256tag",
        "p256tag",
        "piv-p256",
    }
)


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: its arguments (the first is the type) and its decoded body."""

    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True)
class AgeHeader:
    """A parsed header; ``raw`` is the exact bytes consumed, MAC line included."""

    stanzas: tuple[Stanza, ...]
    raw: bytes
    rest: bytes  # bytes read past the header: the start of the payload


def _bad(message: str) -> BundleRejected:
    return BundleRejected("bad-header", f"The bundle's encryption header is malformed: {message}.")


def _canonical_b64(text: bytes, max_len: int | None = None) -> bytes:
    if not all(c in _B64 for c in text) or (max_len is not None and len(text) > max_len):
        raise _bad("non-canonical base64")
    try:
        decoded = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise _bad("non-canonical base64") from None
    if base64.b64encode(decoded).rstrip(b"=") != text:
        raise _bad("non-canonical base64")
    return decoded


class HeaderSource(Protocol):
    """Anything the header is read from: ``read(n)`` returns up to ``n`` bytes, ``b""`` at the
    end (a binary file, or the bundle reader's counted source)."""

    def read(self, n: int, /) -> bytes: ...


class _Lines:
    def __init__(self, src: HeaderSource) -> None:
        self._src = src
        self._buf = bytearray()
        self.consumed = bytearray()

    def next(self) -> bytes:
        while True:
            end = self._buf.find(b"\n")
            if end >= 0:
                line = bytes(self._buf[:end])
                del self._buf[: end + 1]
                self.consumed += line + b"\n"
                return line
            if len(self.consumed) + len(self._buf) > MAX_HEADER:
                raise _bad("the header is too long")
            data = self._src.read(4096)
            if not data:
                raise _bad("the file ends inside the header")
            self._buf += data

    def peek_start(self, n: int) -> bytes:
        while len(self._buf) < n:
            data = self._src.read(n - len(self._buf))
            if not data:
                break
            self._buf += data
        return bytes(self._buf[:n])

    def rest(self) -> bytes:
        return bytes(self._buf)


def _stanza(line: bytes, lines: _Lines) -> Stanza:
    raw_args = line[3:].split(b" ")
    if not raw_args or any(not a or not all(0x21 <= c <= 0x7E for c in a) for a in raw_args):
        raise _bad("a stanza has an empty or non-printable argument")
    body_text = bytearray()
    while True:
        body_line = lines.next()
        if len(body_line) > 64:
            raise _bad("a stanza body line is longer than 64 columns")
        body_text += body_line
        if len(body_line) < 64:
            break
    body = _canonical_b64(bytes(body_text))
    return Stanza(tuple(a.decode("ascii") for a in raw_args), body)


def _check_policy(stanzas: list[Stanza]) -> None:
    x25519 = 0
    for stanza in stanzas:
        kind = stanza.args[0]
        if kind == "X25519":
            share = stanza.args[1].encode() if len(stanza.args) == 2 else b""
            if len(stanza.args) != 2 or len(share) != 43 or len(_canonical_b64(share)) != 32:
                raise _bad("an X25519 stanza must have exactly one 32-byte share")
            if len(stanza.body) != 32:
                raise _bad("an X25519 stanza must wrap a 16-byte file key")
            x25519 += 1
        elif kind in FOREIGN_RECIPIENT_TYPES:
            raise BundleRejected(
                "bad-recipient-type",
                f"The bundle is encrypted to a {kind!r} recipient; humdoc accepts only age "
                "X25519 recipient keys (age1…).",
            )
    if x25519 == 0:
        raise BundleRejected(
            "bad-recipient-type",
            "The bundle is not encrypted to any age X25519 recipient key (age1…).",
        )


def read_header(src: HeaderSource) -> AgeHeader:
    """Read and check the age header at the start of ``src``, leaving ``src`` past it.

    Raises ``BundleRejected`` with reason ``not-age`` (armored, not age, or not version 1),
    ``bad-header`` (any deviation from the canonical v1 grammar, more than 32 stanzas or over
    64 KiB) or ``bad-recipient-type`` (see the module docstring), and returns otherwise.
    """
    lines = _Lines(src)
    start = lines.peek_start(len(_ARMOR))
    if start.lstrip().startswith(_ARMOR[:16]):
        raise BundleRejected(
            "not-age", "The bundle is ASCII-armored age; humdoc bundles are binary age files."
        )
    if not start.startswith(VERSION_LINE + b"\n"):
        if start.startswith(b"age-encryption.org/"):
            raise BundleRejected("not-age", "The bundle uses an age version humdoc cannot read.")
        raise BundleRejected("not-age", "This file is not an age-encrypted humdoc bundle.")
    lines.next()
    stanzas: list[Stanza] = []
    while True:
        line = lines.next()
        if line.startswith(b"-> "):
            if len(stanzas) >= MAX_STANZAS:
                raise _bad("too many recipient stanzas")
            stanzas.append(_stanza(line, lines))
        elif line.startswith(b"--- "):
            mac = line[4:]
            if len(mac) != 43 or len(_canonical_b64(mac)) != 32:
                raise _bad("the MAC line is malformed")
            break
        else:
            raise _bad("unexpected line")
    if not stanzas:
        raise _bad("no recipient stanza")
    _check_policy(stanzas)
    return AgeHeader(tuple(stanzas), bytes(lines.consumed), lines.rest())
