"""A cleaned copy kept as a recipe over its sealed original, made into bytes when it is read.

A video's cleaned copy is a new head (``ftyp``, rebuilt ``moov``, ``mdat`` header) followed by
byte ranges of the original, unchanged (``humdoc.core.media.video.CleanPlan``); so is, most
often, a JPEG's (the start of the image and its rewritten segments, then its tables and scan:
``humdoc.core.media.policy.derivative_layout``). Instead of a second attachment as large as the
original, the vault keeps that layout in a small encrypted attachment,
the recipe, and the copy's size and SHA-256 in its record; reading the copy (export, extraction,
the vault check) decrypts the head from the recipe and the ranges from the sealed original.

Recipe plaintext::

    b"HDRECIPE" || 0x01 || SHA-256 of the original (32 bytes)
    || head length (u32, big-endian) || head
    || range count (u32) || (start u64, end u64) per range, in increasing order, not overlapping

The original's SHA-256 binds a recipe to the one original it was made from. Both attachments
are authenticated (a changed byte in either raises ``BlobCorrupt``), and readers of the copy
check its SHA-256 against the record as they do for every stored copy.
"""

from __future__ import annotations

import struct
import sys
from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING

from humdoc.core.domain.common import now_iso
from humdoc.core.errors import BlobCorrupt
from humdoc.core.media.bmff import MAX_MOOV_BYTES
from humdoc.core.media.sampletable import MAX_CHUNKS
from humdoc.core.mediarecords import StoredDerivative

if TYPE_CHECKING:
    from humdoc.core.blobs import BlobStore, BlobWriter
    from humdoc.core.crypto.random_access import RandomAccessReader
    from humdoc.core.media import MediaType, Policy
    from humdoc.core.media.video import CleanPlan

MAGIC = b"HDRECIPE\x01"
#: No recipe is larger: a head holds at most the largest index humdoc reads and a little more,
#: and there is at most one range per chunk of media data.
MAX_RECIPE = len(MAGIC) + 32 + 8 + MAX_MOOV_BYTES + 1024 * 1024 + 16 * MAX_CHUNKS
#: Read from the original per step: large enough to decrypt at full speed, small for memory.
READ_BLOCK = 1024 * 1024


@dataclass(frozen=True)
class Recipe:
    """The layout of a copy: ``head`` then the original's bytes ``starts[i]:ends[i]``."""

    source_sha256: bytes
    head: bytes
    starts: array[int]
    ends: array[int]

    @property
    def size(self) -> int:
        """The copy's size in bytes."""
        return len(self.head) + sum(self.ends) - sum(self.starts)


def encode(plan: CleanPlan, source_sha256: str) -> bytes:
    """The recipe of ``plan``'s copy of the original whose SHA-256 (hex) is ``source_sha256``."""
    runs = array("Q")
    for start, end in zip(plan.starts, plan.ends, strict=True):
        runs.extend((start, end))
    if runs.itemsize != 8:  # pragma: no cover - 'Q' is 8 bytes on every platform humdoc runs on
        raise RuntimeError("unsigned 64-bit arrays are needed")
    if sys.byteorder == "little":
        runs.byteswap()
    return b"".join(
        [
            MAGIC,
            bytes.fromhex(source_sha256),
            struct.pack(">I", len(plan.head)),
            plan.head,
            struct.pack(">I", len(plan.starts)),
            runs.tobytes(),
        ]
    )


def store(
    blobs: BlobStore,
    plan: CleanPlan,
    source_sha256: str,
    copy_sha256: str,
    mtype: MediaType,
    policy: Policy,
    writer: BlobWriter | None = None,
) -> StoredDerivative:
    """Write ``plan``'s recipe as a new attachment; return the record of the copy it makes
    (``copy_sha256``: the SHA-256 of that copy, hashed by the caller as it read the original).

    ``writer`` (a new, unentered one of ``blobs``) is used instead of a durable one: intake
    passes a ``durable=False`` writer, to sync it with the others of its batch."""
    with writer or blobs.writer() as w:
        w.write(encode(plan, source_sha256))
    return StoredDerivative(
        policy=str(policy),
        format=mtype.format,
        mime=mtype.mime,
        extension=mtype.extension,
        blob=w.blob_id,
        blob_key=bytes(w.key),
        size=plan.size,
        sha256=copy_sha256,
        converted=False,
        removed=plan.removed,
        created=now_iso(),
        form="recipe",
    )


def _broken(why: str) -> BlobCorrupt:
    return BlobCorrupt(f"A cleaned copy's recipe is damaged: {why}.")


def decode(data: bytes, source_sha256: str, source_size: int) -> Recipe:
    """Parse a recipe and check it belongs to the original (SHA-256 hex, size in bytes).

    Raises ``BlobCorrupt`` if it is malformed, made from another original, or names ranges
    outside it or out of order.
    """
    fixed = len(MAGIC) + 32 + 4
    if len(data) < fixed + 4 or not data.startswith(MAGIC):
        raise _broken("it does not begin as a recipe does")
    source = data[len(MAGIC) : len(MAGIC) + 32]
    if source.hex() != source_sha256:
        raise _broken("it was made from another original")
    (head_len,) = struct.unpack_from(">I", data, fixed - 4)
    if fixed + head_len + 4 > len(data):
        raise _broken("it is cut short")
    head = data[fixed : fixed + head_len]
    (count,) = struct.unpack_from(">I", data, fixed + head_len)
    body = data[fixed + head_len + 4 :]
    if len(body) != 16 * count:
        raise _broken("its ranges do not fill it exactly")
    values = array("Q")
    values.frombytes(body)
    if sys.byteorder == "little":
        values.byteswap()
    starts, ends = values[0::2], values[1::2]
    previous = 0
    for start, end in zip(starts, ends, strict=True):
        if not previous <= start < end <= source_size:
            raise _broken("a range lies outside the original or out of order")
        previous = end
    return Recipe(source, head, starts, ends)


class RecipeReader:
    """The copy a recipe describes, read as a stream (``read``, ``readinto``; a context manager).

    Reads the original through ``source`` (closed with this reader); raises ``BlobCorrupt`` if
    the original fails authentication or ends before a range does.
    """

    def __init__(self, source: RandomAccessReader, recipe: Recipe) -> None:
        self._source = source
        self._recipe = recipe
        self._head_at = 0
        self._run = 0
        self._pos = recipe.starts[0] if len(recipe.starts) else 0

    def __enter__(self) -> RecipeReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the original. Idempotent."""
        self._source.close()

    def _next(self, n: int) -> bytes:
        """Up to ``n`` (> 0) more bytes of the copy; empty at its end."""
        head = self._recipe.head
        if self._head_at < len(head):
            piece = head[self._head_at : self._head_at + n]
            self._head_at += len(piece)
            return piece
        starts, ends = self._recipe.starts, self._recipe.ends
        while self._run < len(starts) and self._pos >= ends[self._run]:
            self._run += 1
            if self._run < len(starts):
                self._pos = starts[self._run]
        if self._run >= len(starts):
            return b""
        want = min(n, ends[self._run] - self._pos, READ_BLOCK)
        piece = self._source.read_at(self._pos, want)
        if len(piece) != want:
            raise BlobCorrupt("A cleaned copy's original ends before its recipe does.")
        self._pos += want
        return piece

    def read(self, n: int = -1) -> bytes:
        """Up to ``n`` bytes (all that is left if ``n`` < 0); empty at the end."""
        if n == 0:
            return b""
        if n > 0:
            return self._next(n)
        parts = []
        while piece := self._next(READ_BLOCK):
            parts.append(piece)
        return b"".join(parts)

    def readinto(self, buffer: memoryview | bytearray) -> int:
        """Fill ``buffer`` with the next bytes; how many (0 at the end)."""
        with memoryview(buffer) as view, view.cast("B") as out:
            done = 0
            while done < len(out):
                piece = self._next(len(out) - done)
                if not piece:
                    break
                out[done : done + len(piece)] = piece
                done += len(piece)
            return done
