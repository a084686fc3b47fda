"""Random access to an attachment's plaintext, for parsers that must jump (video containers).

The file is the ``humdoc.core.crypto.stream`` format: chunk ``i`` sits at a fixed place, so any
byte range can be decrypted without the chunks before it. Every chunk is authenticated before a
byte of it is returned, under the same nonce (index, last-chunk flag) as a sequential read, so a
swapped, reordered or altered chunk is refused exactly as ``DecryptingReader`` refuses it.

The plaintext size follows from the file size; it is trusted only because the final chunk, read
under the last-chunk flag at the place the size puts it, authenticates when the reader is made: a
file cut or extended at any byte fails there. Memory: one decrypted chunk is cached, plus what a
single ``read_at`` returns.
"""

from __future__ import annotations

from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from humdoc.core.crypto.stream import (
    CHUNK_SIZE,
    HEADER_SIZE,
    MAGIC,
    SEALED_CHUNK_SIZE,
    TAG_SIZE,
    BytesLike,
    _altered,
    _check_magic,
    _chunk_cipher,
    _nonce,
    _truncated,
    plaintext_size,
)
from humdoc.core.errors import BlobCorrupt


class RandomAccessReader:
    """Read any range of an attachment's plaintext; use it as a context manager.

    Raises ``BlobCorrupt`` from the constructor if the header, key, blob id or final chunk do not
    authenticate, and from ``read_at`` if a chunk it needs does not. ``size`` is the plaintext
    size. Closing closes ``source``.
    """

    def __init__(self, source: IO[bytes], file_key: BytesLike, blob_id: str) -> None:
        self._source = source
        self._blob_id = blob_id
        self._cached = -1
        self._plain = b""
        self._aead: ChaCha20Poly1305 | None = None
        try:
            source.seek(0, 2)
            total = source.tell()
            source.seek(0)
            header = source.read(HEADER_SIZE)
            _check_magic(header, blob_id)
            try:
                self.size = plaintext_size(total)
            except BlobCorrupt:
                raise _truncated(blob_id) from None
            self._chunks = max(1, -(-self.size // CHUNK_SIZE))
            self._aead = _chunk_cipher(file_key, bytes(header[len(MAGIC) :]), blob_id)
            self._chunk(self._chunks - 1)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> RandomAccessReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Forget the key and the cached plaintext; close the source. Idempotent."""
        self._aead = None
        self._plain = b""
        self._cached = -1
        self._source.close()

    def _chunk(self, index: int) -> bytes:
        if index == self._cached:
            return self._plain
        if self._aead is None:
            raise ValueError("read from a closed attachment")
        last = index == self._chunks - 1
        self._source.seek(HEADER_SIZE + index * SEALED_CHUNK_SIZE)
        want = SEALED_CHUNK_SIZE if not last else self.size - index * CHUNK_SIZE + TAG_SIZE
        sealed = self._source.read(want)
        if len(sealed) != want:
            raise _truncated(self._blob_id)
        try:
            self._plain = self._aead.decrypt(_nonce(index, last), sealed, None)
        except InvalidTag:
            raise _altered(self._blob_id) from None
        if last and not self._plain and index > 0:
            raise _altered(self._blob_id)
        self._cached = index
        return self._plain

    def read_at(self, offset: int, n: int) -> bytes:
        """The ``n`` bytes at ``offset`` (fewer only where the plaintext ends first).

        A long read fetches the ciphertext of every whole chunk it spans in one system call and
        authenticates the chunks one by one, so copying a large range costs little beyond the
        decryption itself.
        """
        if offset < 0 or n < 0:
            raise ValueError("offsets and counts cannot be negative")
        end = min(offset + n, self.size)
        if offset >= end:
            return b""
        first, last = offset // CHUNK_SIZE, (end - 1) // CHUNK_SIZE
        if last - first < 2 or self._aead is None:
            return self._read_cached(offset, end)
        parts = [self._read_cached(offset, (first + 1) * CHUNK_SIZE)]
        inner = range(first + 1, last)
        self._source.seek(HEADER_SIZE + inner.start * SEALED_CHUNK_SIZE)
        sealed = self._source.read(len(inner) * SEALED_CHUNK_SIZE)
        if len(sealed) != len(inner) * SEALED_CHUNK_SIZE:
            raise _truncated(self._blob_id)
        with memoryview(sealed) as view:
            for i, index in enumerate(inner):
                piece = view[i * SEALED_CHUNK_SIZE : (i + 1) * SEALED_CHUNK_SIZE]
                try:
                    parts.append(self._aead.decrypt(_nonce(index, False), piece, None))
                except InvalidTag:
                    raise _altered(self._blob_id) from None
        parts.append(self._read_cached(last * CHUNK_SIZE, end))
        return b"".join(parts)

    def _read_cached(self, offset: int, end: int) -> bytes:
        parts: list[bytes] = []
        pos = offset
        while pos < end:
            index, within = divmod(pos, CHUNK_SIZE)
            plain = self._chunk(index)
            piece = plain[within : within + (end - pos)]
            if not piece:
                raise _truncated(self._blob_id)
            parts.append(piece)
            pos += len(piece)
        return b"".join(parts)
