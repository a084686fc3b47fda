"""age v1 for X25519 recipients on ``cryptography``'s primitives: header, file key and STREAM.

humdoc writes and reads the age payload itself, because pyrage holds the GIL for its whole
encryption and reads its input 8 KiB at a time through Python, so no other work of the exporter
(hashing, writing) can overlap it. Here one ChaCha20-Poly1305 call seals each 64 KiB chunk and
everything else runs beside it on the other core (``humdoc.core.bundle.offload``).

The format is age v1 exactly (https://age-encryption.org/v1), X25519 recipients only:

* header: ``age-encryption.org/v1``, one ``-> X25519 <share>`` stanza per recipient whose body is
  the 16-byte file key sealed with ChaCha20-Poly1305 (zero nonce) under
  HKDF-SHA256(ikm = X25519(ephemeral, recipient), salt = share ‖ recipient,
  info = ``age-encryption.org/v1/X25519``), then ``--- <MAC>``: HMAC-SHA256 under
  HKDF-SHA256(file key, salt = "", info = ``header``) of the header up to and including ``---``;
* payload: a random 16-byte nonce, then STREAM: the plaintext in 64 KiB chunks, each sealed with
  ChaCha20-Poly1305 under HKDF-SHA256(file key, salt = nonce, info = ``payload``) with the nonce
  ``counter (11 bytes, big-endian) ‖ last-chunk flag (0x01 on the last chunk, else 0x00)``. Only the
  last chunk may be shorter than 64 KiB, and it is empty only if the whole plaintext is.

The ``age`` command and pyrage decrypt what ``PayloadWriter`` writes, and ``PayloadReader``
decrypts theirs; tests check both directions and the C2SP CCTV vectors. Received headers are
parsed by ``ageheader.read_header`` first.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Callable, Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from humdoc.core.bundle.ageheader import VERSION_LINE, AgeHeader
from humdoc.core.errors import HumdocError

CHUNK = 64 * 1024
TAG = 16
SEALED_CHUNK = CHUNK + TAG
FILE_KEY_SIZE = 16
NONCE_SIZE = 16
#: Ciphertext read from the source per call while decrypting.
READ_BLOCK = 1 << 20
_X25519_INFO = b"age-encryption.org/v1/X25519"
_ZERO_NONCE = bytes(12)
_LAST = b"\x01"
_NOT_LAST = b"\x00"


class AgeFailure(HumdocError):
    """The age file does not decrypt: no identity matches, or the header MAC, a chunk's tag or
    the chunk structure (truncation, reordering, trailing data) is wrong."""

    def __init__(self, message: str = "The age file does not decrypt.") -> None:
        super().__init__(message)


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _unb64(text: bytes) -> bytes:
    return base64.b64decode(text + b"=" * (-len(text) % 4))


def new_file_key() -> bytes:
    """A fresh random 16-byte age file key."""
    return os.urandom(FILE_KEY_SIZE)


def write_header(file_key: bytes, recipients: Sequence[bytes]) -> bytes:
    """The age v1 header that gives ``file_key`` to each 32-byte X25519 public key.

    Raises ``ValueError`` if a recipient is a point of small order (callers refuse those first,
    see ``crypto.points``).
    """
    parts = [VERSION_LINE + b"\n"]
    for recipient in recipients:
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
        wrap = ChaCha20Poly1305(_hkdf(shared, share + recipient, _X25519_INFO))
        body = wrap.encrypt(_ZERO_NONCE, file_key, None)  # 32 bytes: one 43-column line
        parts.append(b"-> X25519 " + _b64(share) + b"\n" + _b64(body) + b"\n")
    head = b"".join(parts) + b"---"
    mac = hmac.new(_hkdf(file_key, b"", b"header"), head, hashlib.sha256).digest()
    return head + b" " + _b64(mac) + b"\n"


def unwrap_file_key(header: AgeHeader, identities: Sequence[bytes]) -> bytes:
    """The file key of a parsed header, unwrapped with one of the 32-byte X25519 ``identities``
    and authenticated by the header MAC.

    Raises ``AgeFailure`` if and only if no X25519 stanza opens with any identity, a share is a
    point of small order, or the MAC does not match.
    """
    keys = [X25519PrivateKey.from_private_bytes(secret) for secret in identities]
    file_key: bytes | None = None
    for stanza in header.stanzas:
        if stanza.args[0] != "X25519":
            continue  # grease: ageheader refused every real foreign recipient type
        share = _unb64(stanza.args[1].encode("ascii"))
        for key in keys:
            try:
                shared = key.exchange(X25519PublicKey.from_public_bytes(share))
            except ValueError:  # all-zero shared secret: the spec makes that an error
                raise AgeFailure("The age header holds a degenerate X25519 share.") from None
            salt = share + key.public_key().public_bytes_raw()
            try:
                file_key = ChaCha20Poly1305(_hkdf(shared, salt, _X25519_INFO)).decrypt(
                    _ZERO_NONCE, stanza.body, None
                )
            except InvalidTag:
                continue
            break
        if file_key is not None:
            break
    if file_key is None or len(file_key) != FILE_KEY_SIZE:
        raise AgeFailure("No identity opens this age file.")
    mac_start = header.raw.rindex(b"\n--- ") + 1
    expected = hmac.new(
        _hkdf(file_key, b"", b"header"), header.raw[: mac_start + 3], hashlib.sha256
    ).digest()
    if not hmac.compare_digest(expected, _unb64(header.raw[mac_start + 4 : -1])):
        raise AgeFailure("The age header's MAC does not match.")
    return file_key


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (_LAST if last else _NOT_LAST)


class PayloadWriter:
    """Encrypt what is written into the age payload, handing sealed bytes to ``emit``.

    ``emit`` receives a list of byte strings each time (the nonce first, then sealed chunks) and
    must consume them in order. A full chunk is sealed only once more bytes follow it, because only
    ``close`` knows which chunk is the last; until ``close`` has run, what was emitted is no
    complete age payload and does not decrypt.
    """

    def __init__(self, file_key: bytes, emit: Callable[[list[bytes]], object]) -> None:
        nonce = os.urandom(NONCE_SIZE)
        self._aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
        self._emit = emit
        self._counter = 0
        self._pending = bytearray()
        self._closed = False
        emit([nonce])

    def _seal(self, chunk: memoryview | bytes | bytearray, last: bool) -> bytes:
        sealed = self._aead.encrypt(_chunk_nonce(self._counter, last), chunk, None)
        self._counter += 1
        return sealed

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Seal every chunk known not to be the last and buffer the rest; returns the number of
        bytes taken (all of them). Whole chunks are sealed straight from ``data``."""
        if self._closed:
            raise ValueError("write to a closed age payload")
        with memoryview(data) as whole, whole.cast("B") as view:
            size = len(view)
            sealed = []
            pos = 0
            if self._pending:
                pos = min(CHUNK - len(self._pending), size)
                self._pending += view[:pos]
                if len(self._pending) == CHUNK and pos < size:  # more follows: not the last
                    sealed.append(self._seal(self._pending, False))
                    self._pending = bytearray()
            while size - pos > CHUNK:  # keep at least one byte back: only ``close`` knows
                sealed.append(self._seal(view[pos : pos + CHUNK], False))
                pos += CHUNK
            if pos < size:
                self._pending += view[pos:]
        if sealed:
            self._emit(sealed)
        return size

    def flush(self) -> None:
        """Nothing to do: chunks are emitted as soon as they are known not to be the last."""

    def close(self) -> None:
        """Seal the last chunk (empty only if nothing was written). Idempotent."""
        if not self._closed:
            self._closed = True
            self._emit([self._seal(bytes(self._pending), True)])
            self._pending = bytearray()


class PayloadReader:
    """Decrypt an age payload read through ``readinto``, as a stream of plaintext.

    ``readinto(buffer)`` fills the start of ``buffer`` with the next ciphertext and returns how
    many bytes it wrote (0 only at the end); ``prefix`` is ciphertext already read past the
    header. The ciphertext goes into one buffer, reused for the whole file (a large read
    allocates nothing and each chunk is decrypted from a view of it). ``read(n)`` returns up to
    ``n`` bytes of plaintext and ``b""`` once the last chunk was authenticated. Raises
    ``AgeFailure`` if the nonce is missing, a chunk does not authenticate (altered, reordered,
    truncated, or the last chunk lost), the last chunk is empty but not the only one, or data
    follows the last chunk. Plaintext is released one authenticated chunk at a time: everything
    before the last chunk is released before the end of the file is known to be intact.
    """

    def __init__(
        self, readinto: Callable[[memoryview], int | None], file_key: bytes, prefix: bytes
    ) -> None:
        self._readinto = readinto
        self._buf = bytearray(max(READ_BLOCK + SEALED_CHUNK, 2 * len(prefix)))
        self._buf[: len(prefix)] = prefix
        self._start = 0  # ciphertext not yet decrypted: self._buf[self._start : self._end]
        self._end = len(prefix)
        self._eof = False
        self._fill(NONCE_SIZE)
        if self._end < NONCE_SIZE:
            raise AgeFailure("The age payload has no nonce.")
        nonce = bytes(self._buf[:NONCE_SIZE])
        self._start = NONCE_SIZE
        self._aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
        self._counter = 0
        self._done = False
        self._plain = b""
        self._offset = 0

    def _fill(self, need: int) -> None:
        """Read until more than ``need`` bytes are buffered past the start, or the end."""
        while not self._eof and self._end - self._start <= need:
            if self._start:  # move what is left (at most a chunk) to the front
                left = self._end - self._start
                self._buf[:left] = self._buf[self._start : self._end]
                self._start, self._end = 0, left
            with memoryview(self._buf) as view, view[self._end :] as free:
                got = self._readinto(free) or 0
            if not got:
                self._eof = True
                break
            self._end += got

    def _next_chunk(self) -> bytes:
        self._fill(SEALED_CHUNK)
        available = self._end - self._start
        last = available <= SEALED_CHUNK  # only true at the end: ``_fill`` reads ahead
        size = available if last else SEALED_CHUNK
        if size < TAG:
            raise AgeFailure("The age payload is cut short.")
        with memoryview(self._buf) as view, view[self._start : self._start + size] as sealed:
            try:
                plain = self._aead.decrypt(_chunk_nonce(self._counter, last), sealed, None)
            except InvalidTag:
                raise AgeFailure(
                    "An age payload chunk does not authenticate (altered, reordered or truncated)."
                ) from None
        if last and not plain and self._counter:
            raise AgeFailure("The age payload ends in an empty chunk.")
        self._start += size
        self._counter += 1
        self._done = last
        return plain

    def read(self, n: int = -1) -> bytes:
        """Up to ``n`` bytes of plaintext (``READ_BLOCK`` if ``n`` < 0); ``b""`` at the end."""
        n = n if n >= 0 else READ_BLOCK
        parts: list[bytes] = []
        got = 0
        while got < n:
            if self._offset == len(self._plain):
                if self._done:
                    break
                self._plain, self._offset = self._next_chunk(), 0
                continue
            take = min(n - got, len(self._plain) - self._offset)
            if self._offset == 0 and take == len(self._plain):
                parts.append(self._plain)
            else:
                parts.append(self._plain[self._offset : self._offset + take])
            self._offset += take
            got += take
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def drain(self) -> None:
        """Read and authenticate everything left, discarding the plaintext."""
        self._offset = len(self._plain)
        while not self._done:
            self._next_chunk()
