"""Chunked authenticated encryption of one attachment (the STREAM construction used by age).

Layout of an encrypted attachment::

    b"HDBLOB01" || salt (16 random bytes) || chunk 0 || chunk 1 || ... || final chunk

Each chunk is ChaCha20-Poly1305 over up to 64 KiB of plaintext, so it is at most 64 KiB + a 16-byte
tag. Every chunk but the final one holds exactly 64 KiB. The nonce is the chunk's index as an 11-byte
big-endian counter followed by one flag byte, 0x01 on the final chunk and 0x00 on every other. The
final chunk is empty only when the whole plaintext is.

The chunk key is HKDF-SHA256(ikm=file key, salt=salt, info=b"humdoc blob v1\\x00" || blob id), a
fresh random 32-byte file key per attachment. Because of the counter, chunks cannot be reordered,
duplicated or dropped; because of the flag, the stream cannot be cut at a chunk boundary or extended;
because the blob id is in the key derivation, a file moved or copied to another id does not decrypt.
Any of these, a wrong key and any changed byte raise ``BlobCorrupt``.

The derived chunk key is held in a ``bytearray`` and overwritten as soon as the cipher object has
taken it. The cipher object keeps its own copy, which Python cannot reach to wipe: best effort only.
"""

from __future__ import annotations

import io
import secrets
from typing import IO, TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from humdoc.core.errors import BlobCorrupt

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

MAGIC = b"HDBLOB01"
SALT_SIZE = 16
HEADER_SIZE = len(MAGIC) + SALT_SIZE
CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
FILE_KEY_SIZE = 32

_INFO_PREFIX = b"humdoc blob v1\x00"
_COUNTER_BYTES = 11
# The counter must never wrap: a repeated nonce under one key would void ChaCha20-Poly1305.
_MAX_CHUNKS = 1 << (8 * _COUNTER_BYTES)

BytesLike = bytes | bytearray | memoryview


def new_file_key() -> bytearray:
    """Return a fresh random 32-byte file key, in a ``bytearray`` so the caller can wipe it."""
    return bytearray(secrets.token_bytes(FILE_KEY_SIZE))


def wipe(buffer: bytearray) -> None:
    """Overwrite ``buffer`` with zeros in place (best effort: earlier copies are out of reach)."""
    buffer[:] = bytes(len(buffer))


def ciphertext_size(plaintext_size: int) -> int:
    """Return the exact size of the encrypted file for ``plaintext_size`` bytes of plaintext."""
    if plaintext_size < 0:
        raise ValueError("plaintext size cannot be negative")
    chunks = max(1, -(-plaintext_size // CHUNK_SIZE))
    return HEADER_SIZE + plaintext_size + chunks * TAG_SIZE


def plaintext_size(ciphertext_size: int) -> int:
    """Return the plaintext size an encrypted file of ``ciphertext_size`` bytes claims to hold.

    This reads nothing and authenticates nothing: it is a size hint for refusing oversized files
    early. Raises ``BlobCorrupt`` if and only if no valid encrypted file has that size.
    """
    body = ciphertext_size - HEADER_SIZE
    full, rest = divmod(body, SEALED_CHUNK_SIZE)
    if body < TAG_SIZE or (rest == 0 and full == 0) or (0 < rest < TAG_SIZE):
        raise BlobCorrupt("The attachment has an impossible size; it is damaged.")
    if rest == 0:
        return full * CHUNK_SIZE
    # An empty final chunk after full ones never occurs (the encoder never writes one).
    if rest == TAG_SIZE and full > 0:
        raise BlobCorrupt("The attachment has an impossible size; it is damaged.")
    return full * CHUNK_SIZE + rest - TAG_SIZE


def _nonce(counter: int, last: bool) -> bytes:
    if counter >= _MAX_CHUNKS:
        raise OverflowError("attachment too large for one stream")
    return counter.to_bytes(_COUNTER_BYTES, "big") + (b"\x01" if last else b"\x00")


def _chunk_cipher(file_key: BytesLike, salt: bytes, blob_id: str) -> ChaCha20Poly1305:
    if len(file_key) != FILE_KEY_SIZE:
        raise ValueError(f"a file key is {FILE_KEY_SIZE} bytes")
    subkey = bytearray(FILE_KEY_SIZE)
    try:
        hkdf = HKDF(
            algorithm=SHA256(),
            length=FILE_KEY_SIZE,
            salt=salt,
            info=_INFO_PREFIX + blob_id.encode("utf-8"),
        )
        hkdf.derive_into(file_key, subkey)
        return ChaCha20Poly1305(subkey)
    finally:
        wipe(subkey)


def _corrupt(blob_id: str, why: str) -> BlobCorrupt:
    return BlobCorrupt(f"Attachment {blob_id} {why}.")


def _altered(blob_id: str) -> BlobCorrupt:
    return _corrupt(blob_id, "is damaged or was altered (or the vault's record of it is wrong)")


def _truncated(blob_id: str) -> BlobCorrupt:
    return _corrupt(blob_id, "is incomplete: it ends before its last part")


def _check_magic(header: BytesLike, blob_id: str) -> None:
    if len(header) < HEADER_SIZE:
        raise _truncated(blob_id)
    if bytes(header[: len(MAGIC)]) != MAGIC:
        raise _corrupt(blob_id, "is not a humdoc attachment, or is damaged")


class StreamEncryptor:
    """Encrypt one attachment incrementally: ``update`` as often as needed, then ``finish`` once.

    The concatenation of everything ``update`` and ``finish`` return is the encrypted file. At most
    one chunk of plaintext is buffered, because a chunk can be sealed only once it is known whether
    more data follows it. ``update`` after ``finish`` raises ``ValueError``.
    """

    def __init__(self, file_key: BytesLike, blob_id: str) -> None:
        salt = secrets.token_bytes(SALT_SIZE)
        self._aead: ChaCha20Poly1305 | None = _chunk_cipher(file_key, salt, blob_id)
        self._header: bytes | None = MAGIC + salt
        self._buffer = bytearray()
        self._counter = 0

    def _seal(self, plaintext: BytesLike, last: bool) -> bytes:
        assert self._aead is not None
        sealed = self._aead.encrypt(_nonce(self._counter, last), plaintext, None)
        self._counter += 1
        return sealed

    def _seal_into(self, plaintext: BytesLike, out: memoryview) -> None:
        """Seal one non-final chunk straight into ``out`` (its length plus the tag)."""
        assert self._aead is not None
        self._aead.encrypt_into(_nonce(self._counter, False), plaintext, None, out)
        self._counter += 1

    def _take_header(self) -> list[bytes]:
        header, self._header = self._header, None
        return [header] if header is not None else []

    def update(self, data: BytesLike) -> bytes:
        """Take more plaintext; return the ciphertext that can be emitted so far (maybe empty)."""
        return bytes(self.update_buffer(data))

    def update_buffer(self, data: BytesLike) -> bytearray:
        """``update``, returning the ciphertext in a new ``bytearray`` that nothing else holds."""
        out = bytearray()
        del out[self.update_into(data, out) :]
        return out

    def sealed_size(self, n: int) -> int:
        """How many bytes of ciphertext ``update`` would return now for ``n`` more bytes."""
        header = HEADER_SIZE if self._header is not None else 0
        total = len(self._buffer) + n
        # A chunk is sealed only once a byte follows it: it is then known not to be the last.
        return header + ((total - 1) // CHUNK_SIZE if total else 0) * SEALED_CHUNK_SIZE

    def update_into(self, data: BytesLike, out: bytearray | memoryview) -> int:
        """``update``, sealing into ``out`` from its start; returns how many bytes of ``out`` hold
        ciphertext (``sealed_size(len(data))``). A ``bytearray`` is grown if it is too small (its
        old contents are overwritten); a ``memoryview`` too small raises ``ValueError`` before
        anything is sealed.

        Every whole chunk with more data after it is sealed now, straight into ``out``: a writer
        of large files reuses one buffer, with no copy of the ciphertext and no new memory per
        call; the rest waits for more data or ``finish``.
        """
        if self._aead is None:
            raise ValueError("encryptor already finished")
        buffer = self._buffer
        with memoryview(data) as raw, raw.cast("B") as view:
            size = self.sealed_size(len(view))
            if len(out) < size:
                if isinstance(out, memoryview):
                    raise ValueError("output buffer too small")
                out.extend(bytes(size - len(out)))
            header = b"".join(self._take_header())
            count = (size - len(header)) // SEALED_CHUNK_SIZE
            out[: len(header)] = header
            pos, at = 0, len(header)
            with memoryview(out) as sink:
                if buffer and count:
                    pos = CHUNK_SIZE - len(buffer)
                    buffer += view[:pos]
                    self._seal_into(buffer, sink[at : at + SEALED_CHUNK_SIZE])
                    buffer.clear()
                    at += SEALED_CHUNK_SIZE
                    count -= 1
                for _ in range(count):
                    self._seal_into(view[pos : pos + CHUNK_SIZE], sink[at : at + SEALED_CHUNK_SIZE])
                    pos += CHUNK_SIZE
                    at += SEALED_CHUNK_SIZE
            buffer += view[pos:]
        return size

    def finish(self) -> bytes:
        """Seal the final chunk and return the last ciphertext; the encryptor is then spent."""
        if self._aead is None:
            raise ValueError("encryptor already finished")
        out = self._take_header()
        out.append(self._seal(self._buffer, last=True))
        wipe(self._buffer)
        self._buffer.clear()
        self._aead = None
        return b"".join(out)


class StreamDecryptor:
    """Decrypt one attachment incrementally: ``update`` with ciphertext, then ``finish`` once.

    ``update`` returns only plaintext of chunks that authenticated, but until ``finish`` returns the
    stream may still turn out truncated: nothing is known complete before then. Raises
    ``BlobCorrupt`` (from ``update`` or ``finish``) if and only if the magic is wrong, the key or blob
    id is wrong, any byte was changed, chunks were reordered, duplicated or dropped, the stream is
    cut short (even exactly at a chunk boundary) or bytes follow the final chunk. After a failure
    every further call raises ``BlobCorrupt`` again.
    """

    def __init__(self, file_key: BytesLike, blob_id: str) -> None:
        if len(file_key) != FILE_KEY_SIZE:
            raise ValueError(f"a file key is {FILE_KEY_SIZE} bytes")
        # Kept only until the header's salt arrives; wiped then.
        self._file_key: bytearray | None = bytearray(file_key)
        self._blob_id = blob_id
        self._aead: ChaCha20Poly1305 | None = None
        self._pending = bytearray()
        self._counter = 0
        self._failed = False
        self._finished = False

    def _fail(self, error: BlobCorrupt) -> BlobCorrupt:
        self._failed = True
        self._release()
        return error

    def _release(self) -> None:
        if self._file_key is not None:
            wipe(self._file_key)
            self._file_key = None
        self._aead = None
        wipe(self._pending)
        # A new buffer, not clear(): a traceback may still hold a view of the old one.
        self._pending = bytearray()

    def _check_usable(self) -> None:
        if self._failed:
            raise _altered(self._blob_id)
        if self._finished:
            raise ValueError("decryptor already finished")

    def _start(self) -> None:
        assert self._file_key is not None
        _check_magic(self._pending, self._blob_id)
        salt = bytes(self._pending[len(MAGIC) : HEADER_SIZE])
        self._aead = _chunk_cipher(self._file_key, salt, self._blob_id)
        wipe(self._file_key)
        self._file_key = None
        del self._pending[:HEADER_SIZE]

    def _open(self, sealed: BytesLike, last: bool) -> bytes:
        assert self._aead is not None
        plaintext = self._aead.decrypt(_nonce(self._counter, last), sealed, None)
        self._counter += 1
        return plaintext

    def update(self, data: BytesLike) -> bytes:
        """Take more ciphertext; return the plaintext of every chunk now known not to be final."""
        self._check_usable()
        try:
            with memoryview(data) as raw, raw.cast("B") as view:
                return self._consume(view)
        except InvalidTag:
            raise self._fail(_altered(self._blob_id)) from None
        except BlobCorrupt as exc:
            raise self._fail(exc) from None

    def _consume(self, view: memoryview) -> bytes:
        # A chunk is known not to be final only once at least one byte follows it, so up to one
        # whole sealed chunk stays buffered; whole chunks in the middle of ``view`` are opened in
        # place rather than copied into the buffer first.
        pending, pos, end = self._pending, 0, len(view)
        if self._aead is None:
            pos = min(HEADER_SIZE - len(pending), end)
            pending += view[:pos]
            if len(pending) < HEADER_SIZE:
                return b""
            self._start()
        out: list[bytes] = []
        if pending and pos < end:
            take = min(SEALED_CHUNK_SIZE - len(pending), end - pos)
            pending += view[pos : pos + take]
            pos += take
            if pos < end:
                out.append(self._open(pending, last=False))
                pending.clear()
        while not pending and end - pos > SEALED_CHUNK_SIZE:
            out.append(self._open(view[pos : pos + SEALED_CHUNK_SIZE], last=False))
            pos += SEALED_CHUNK_SIZE
        pending += view[pos:]
        return b"".join(out)

    def finish(self) -> bytes:
        """Authenticate the final chunk and return its plaintext; the decryptor is then spent."""
        self._check_usable()
        try:
            if self._aead is None:
                if len(self._pending) < HEADER_SIZE:
                    raise _truncated(self._blob_id)
                self._start()
            rest = bytes(self._pending)
            if len(rest) < TAG_SIZE:
                raise _truncated(self._blob_id)
            try:
                plaintext = self._open(rest, last=True)
            except InvalidTag:
                raise self._diagnose(rest) from None
            if not plaintext and self._counter > 1:
                raise _altered(self._blob_id)
        except BlobCorrupt as exc:
            raise self._fail(exc) from None
        self._finished = True
        self._release()
        return plaintext

    def _diagnose(self, rest: bytes) -> BlobCorrupt:
        """Tell a stream cut at a chunk boundary from one altered; both are ``BlobCorrupt``."""
        assert self._aead is not None
        try:
            self._aead.decrypt(_nonce(self._counter, False), rest, None)
        except InvalidTag:
            return _altered(self._blob_id)
        return _truncated(self._blob_id)


class DecryptingReader(io.RawIOBase):
    """A read-only, non-seekable file of an attachment's plaintext, decrypted chunk by chunk.

    The header and the first chunk are checked when the reader is made, so a wrong magic, key or
    blob id raises ``BlobCorrupt`` at once. Every later chunk is authenticated before any of its
    bytes are returned. Raises ``BlobCorrupt`` (from the constructor or a read) if and only if the
    file is not exactly what ``StreamEncryptor`` produced for this key and blob id.

    Completeness is known only at the end: data read so far came from authenticated chunks, but a
    truncated file looks whole until the read that reaches where its final chunk should be. A caller
    must read to EOF (a read returning ``b""`` without raising, or ``complete`` being true) before
    trusting that it saw everything. Memory use is two chunks whatever the file size, plus what
    one ``read(n)`` returns: ``read(n)`` returns ``n`` bytes unless the attachment ends first.

    Closing the reader closes ``source`` too if ``close_source`` (the default) is true, and wipes the
    plaintext buffer.
    """

    def __init__(
        self, source: IO[bytes], file_key: BytesLike, blob_id: str, *, close_source: bool = True
    ) -> None:
        super().__init__()
        self._source = source
        self._close_source = close_source
        self._blob_id = blob_id
        self._aead: ChaCha20Poly1305 | None = None
        self._lookahead = bytearray()
        self._plain = bytearray(CHUNK_SIZE)
        self._plain_len = 0
        self._plain_pos = 0
        self._counter = 0
        self._done = False
        self._failed = False
        try:
            if len(file_key) != FILE_KEY_SIZE:
                raise ValueError(f"a file key is {FILE_KEY_SIZE} bytes")
            header = self._read_up_to(HEADER_SIZE)
            _check_magic(header, blob_id)
            self._aead = _chunk_cipher(file_key, bytes(header[len(MAGIC) :]), blob_id)
            self._lookahead.clear()
            self._advance()
        except BaseException:
            self.close()
            raise

    @property
    def complete(self) -> bool:
        """True once the final chunk has authenticated: the plaintext is known whole."""
        return self._done

    def readable(self) -> bool:
        """Always true: this is a reader."""
        return True

    def _read_up_to(self, size: int) -> bytearray:
        while len(self._lookahead) < size:
            data = self._source.read(size - len(self._lookahead))
            if not data:
                break
            self._lookahead += data
        return self._lookahead

    def _advance(self) -> None:
        """Authenticate the next chunk into the plaintext buffer."""
        if self._failed:
            raise _altered(self._blob_id)
        assert self._aead is not None
        pending = self._read_up_to(SEALED_CHUNK_SIZE + 1)
        last = len(pending) <= SEALED_CHUNK_SIZE
        size = len(pending) if last else SEALED_CHUNK_SIZE
        try:
            if size < TAG_SIZE:
                raise _truncated(self._blob_id)
            with memoryview(pending) as view, memoryview(self._plain) as plain:
                try:
                    self._aead.decrypt_into(
                        _nonce(self._counter, last), view[:size], None, plain[: size - TAG_SIZE]
                    )
                except InvalidTag:
                    raise self._diagnose(bytes(view[:size]), last) from None
            if last and size == TAG_SIZE and self._counter > 0:
                raise _altered(self._blob_id)
        except BlobCorrupt:
            self._failed = True
            self._plain_len = self._plain_pos = 0
            raise
        del pending[:size]
        self._counter += 1
        self._plain_len, self._plain_pos = size - TAG_SIZE, 0
        self._done = last

    def _diagnose(self, sealed: bytes, last: bool) -> BlobCorrupt:
        assert self._aead is not None
        if last and len(sealed) == SEALED_CHUNK_SIZE:
            try:
                self._aead.decrypt(_nonce(self._counter, False), sealed, None)
            except InvalidTag:
                return _altered(self._blob_id)
            return _truncated(self._blob_id)
        return _altered(self._blob_id)

    def read(self, size: int | None = -1, /) -> bytes:
        """Up to ``size`` bytes of plaintext (the whole rest if ``size`` is negative or None).

        Fewer than ``size`` bytes only at the end of the attachment: unlike a raw file's
        ``read``, which would return at most one 64 KiB chunk, this reads on until it has them,
        so a caller that asks for ``n`` bytes once never silently gets a prefix.
        """
        if size is None or size < 0:
            return self.readall()
        parts: list[bytes] = []
        left = size
        while left:
            data = super().read(min(left, CHUNK_SIZE))
            if not data:
                break
            parts.append(data)
            left -= len(data)
        return b"".join(parts)

    def readinto(self, buffer: WriteableBuffer) -> int:
        """Fill ``buffer`` with authenticated plaintext, at most one chunk's worth per call;
        return the count, 0 only at the end (``read`` is the call that fills a whole request)."""
        if self.closed:
            raise ValueError("read from a closed attachment")
        while self._plain_pos == self._plain_len:
            if self._done:
                return 0
            self._advance()
        with memoryview(buffer) as raw, raw.cast("B") as out:
            count = min(len(out), self._plain_len - self._plain_pos)
            out[:count] = self._plain[self._plain_pos : self._plain_pos + count]
        self._plain_pos += count
        return count

    def close(self) -> None:
        """Wipe the plaintext buffer, forget the key and close the source if this reader owns it."""
        if self.closed:
            return
        try:
            wipe(self._plain)
            self._aead = None
            if self._close_source:
                self._source.close()
        finally:
            super().close()
