"""Sealing a video and making its cleaned copy in one pass over the file.

A video's cleaned copy is its ``ftyp`` and a rebuilt ``moov`` followed by byte ranges of the
original, unchanged (``humdoc.core.media.video.CleanPlan``), and it is kept as a recipe over the
sealed original (``humdoc.core.recipes``), not as a second copy of gigabytes. The plan is made
from the file's index alone, before the pass; then every block read is hashed and sealed as the
original and, where it falls in a kept range, hashed into the copy's SHA-256. The original's
hash and the copy's each run on a thread of their own while this one reads and seals the next
blocks (a few blocks are held at once). Nothing is read twice, nothing is decrypted again, and
only the original's bytes are written.

The plan and the metadata come from reads of the file made before it was sealed. Every range
those reads covered is hashed again as it passes through the sealing pass: if the file changed
in between (a phone still writing it, a swapped file), the import fails with ``FileChanged`` and
leaves nothing, so the copy and the metadata always describe exactly the bytes sealed.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, BinaryIO, cast

from humdoc.core import recipes
from humdoc.core.blobs import BlobStore, InOrder
from humdoc.core.errors import FileChanged, HumdocError, MalformedMedia, PolicyRefused
from humdoc.core.media import MediaType, Policy, location_fields
from humdoc.core.media.policy import plan_stream
from humdoc.core.media.video import CleanPlan
from humdoc.core.media.videometa import describe
from humdoc.core.mediarecords import StoredDerivative

#: Bytes read from the file per step of the pass.
BLOCK = 4 * 1024 * 1024
#: Buffers the pass reads into in turn: the hashes may be this many blocks behind the reading.
RING = 4

#: What the pass does with one block: ``take(pos, view)`` returns the futures of the work still
#: reading ``view``; its buffer is read into again only once they are done.
Take = Callable[[int, memoryview], Sequence["Future[None]"]]


def _settle(pending: Iterable[Sequence[Future[None]]]) -> BaseException | None:
    """Wait for every future in ``pending``; return the first one's error (None if none)."""
    first = None
    for futures in pending:
        for future in futures:
            try:
                future.result()
            except BaseException as exc:
                first = first or exc
    return first


def _pass(fh: BinaryIO, first: bytes, count: Callable[[int], None], take: Take) -> int:
    """Give ``first``, then the rest of ``fh`` a block at a time, to ``take``; return the bytes
    read. Blocks are read into ``RING`` reused buffers (no new memory per block), so the reading
    goes on while earlier blocks are still hashed. ``count(n)`` after each read (it may raise:
    then, as on any error, nothing reads the buffers any more when this returns or raises)."""
    reader = cast("io.BufferedIOBase", fh)  # a file opened by safefs.open_regular
    ring: list[memoryview] = []
    held: list[Sequence[Future[None]]] = []  # held[i]: the work still reading ring[i]
    started: Sequence[Future[None]] = ()
    try:
        count(len(first))
        started = take(0, memoryview(first))
        pos, turn = len(first), 0
        while True:
            if turn == len(ring):
                ring.append(memoryview(bytearray(BLOCK)))
                held.append(())
            error = _settle([held[turn]])
            held[turn] = ()
            if error is not None:
                raise error
            n = reader.readinto(ring[turn])
            if not n:
                break
            count(n)
            held[turn] = take(pos, ring[turn][:n])
            pos += n
            turn = (turn + 1) % RING
        count(0)
    except BaseException:
        _settle([started, *held])  # the error in hand is the one to raise
        raise
    error = _settle([started, *held])
    if error is not None:
        raise error
    return pos


class WatchedFile:
    """An open file as a ``RandomSource`` (``os.pread``) that remembers each range read from it,
    as a SHA-256, so the sealing pass can prove those bytes did not change."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self.size = os.fstat(fd).st_size
        self.reads: dict[tuple[int, int], bytes] = {}

    def read_at(self, offset: int, n: int) -> bytes:
        """The ``n`` bytes at ``offset`` (fewer where the file ends)."""
        data = os.pread(self._fd, max(0, min(n, self.size - offset)), offset)
        if data:
            self.reads[(offset, len(data))] = hashlib.sha256(data).digest()
        return data


class _Recheck:
    """Hashes the ranges a ``WatchedFile`` read as the pass goes by them; ``changed`` says if any
    differs now (or was never reached: the file got shorter)."""

    def __init__(self, reads: dict[tuple[int, int], bytes]) -> None:
        self._ranges = sorted(
            (off, off + n, digest, hashlib.sha256()) for (off, n), digest in reads.items()
        )

    def feed(self, pos: int, view: memoryview) -> None:
        end = pos + len(view)
        for start, stop, _, sha in self._ranges:
            if start >= end:
                break
            if stop > pos:
                sha.update(view[max(start, pos) - pos : min(stop, end) - pos])

    def changed(self) -> bool:
        return any(sha.digest() != digest for _, _, digest, sha in self._ranges)


class _KeptRanges:
    """Passes the bytes of a ``CleanPlan``'s kept ranges to ``sink`` as the pass reaches them."""

    def __init__(self, plan: CleanPlan, sink: Callable[[memoryview], object]) -> None:
        self._starts, self._ends = plan.starts, plan.ends
        self._sink = sink
        self._i = 0

    def feed(self, pos: int, view: memoryview) -> None:
        end = pos + len(view)
        starts, ends = self._starts, self._ends
        while self._i < len(starts) and starts[self._i] < end:
            lo, hi = max(starts[self._i], pos), min(ends[self._i], end)
            if lo < hi:
                self._sink(view[lo - pos : hi - pos])
            if ends[self._i] > end:
                return
            self._i += 1

    def complete(self) -> bool:
        return self._i == len(self._starts)


@dataclass
class SealedVideo:
    """What one pass made: the sealed original and, when one could be made, its cleaned copy."""

    blob_id: str
    key: bytearray
    size: int
    sha256: str
    metadata: dict[str, Any]
    derivative: StoredDerivative | None
    warning: str | None = None
    stays: str | None = None
    #: What was sealed, where it is not the file itself (``seal_cleaned``): else ``size``/``sha256``.
    sealed_size: int | None = None
    sealed_sha256: str | None = None


def seal_with_copy(
    blobs: BlobStore,
    fh: BinaryIO,
    first: bytes,
    mtype: MediaType,
    policy: Policy,
    count: Callable[[int], None],
) -> SealedVideo:
    """Seal the video open in ``fh`` (``first`` already read from it) and, unless ``policy`` is
    keep, its ``policy`` copy, in one pass; ``count(n)`` after each block read (it may raise
    ``OperationCancelled``: then nothing is left).

    A video that cannot be cleaned is still sealed: ``stays`` then says why it can leave only under
    keep, and ``warning`` says what of its metadata could not be read. Raises ``FileChanged`` if
    the file changed while it was read.
    """
    source = WatchedFile(fh.fileno())
    warning = None
    try:
        metadata = describe(source)
    except HumdocError as exc:
        metadata = {"errors": [str(exc)]}
        warning = f"metadata could not be read ({exc})"
    metadata["_extension"] = mtype.extension
    plan, stays = None, None
    if policy is not Policy.KEEP:
        try:
            plan = plan_stream(source, mtype, policy)
        except (PolicyRefused, MalformedMedia) as exc:
            stays = (
                f"no {policy} copy could be made ({exc}); it can leave only under the keep policy."
            )
    recheck = _Recheck(source.reads)
    copy_sha = hashlib.sha256(plan.head) if plan is not None else None
    copy = _KeptRanges(plan, copy_sha.update) if plan is not None and copy_sha else None
    copy_hash = InOrder()
    with blobs.writer() as original:

        def take(pos: int, view: memoryview) -> list[Future[None]]:
            # The copy's hash and the original's run on two other threads, in order, while
            # this one seals the block and goes on to read the next.
            work = [copy_hash.submit(copy.feed, pos, view)] if copy is not None else []
            sealing = original.write_behind(view)
            if sealing is not None:
                work.append(sealing)
            recheck.feed(pos, view)
            return work

        _pass(fh, first, count, take)
        if recheck.changed() or (copy is not None and not copy.complete()):
            raise FileChanged("The file changed while it was being imported; import it again.")
    stored = None
    if plan is not None and copy_sha is not None:
        try:
            stored = recipes.store(
                blobs, plan, original.sha256, copy_sha.hexdigest(), mtype, policy
            )
        except BaseException:
            with contextlib.suppress(OSError, HumdocError):
                blobs.delete(original.blob_id)
            raise
    return SealedVideo(
        original.blob_id,
        bytearray(original.key),
        original.size,
        original.sha256,
        metadata,
        stored,
        warning,
        stays,
    )


def seal_cleaned(
    blobs: BlobStore, fh: BinaryIO, first: bytes, mtype: MediaType, count: Callable[[int], None]
) -> SealedVideo:
    """For "strip at intake": seal the video open in ``fh`` without its location, in one pass.

    A video has no location-only cleaning (as for sound): what is sealed is its ``evidence``
    copy (every kept sample byte for byte, capture time, make and model; no location, no other
    tag). ``sha256`` is the file's own, hashed as it is read; ``derivative`` is None (the policy
    copy is made from what was sealed). Raises ``PolicyRefused`` naming the setting if the video
    cannot be cleaned, ``FileChanged`` as ``seal_with_copy`` does.
    """
    source = WatchedFile(fh.fileno())
    try:
        plan = plan_stream(source, mtype, Policy.EVIDENCE)
    except (PolicyRefused, MalformedMedia) as exc:
        raise PolicyRefused(
            f"{exc} Its location cannot be removed at intake; turn off strip-at-intake to "
            "import it."
        ) from None
    try:
        metadata = describe(source)
    except HumdocError as exc:  # pragma: no cover - the plan read the same index without error
        metadata = {"errors": [str(exc)]}
    for key in location_fields():
        metadata.pop(key, None)
    metadata["location_removed_at_intake"] = list(plan.removed)
    metadata["_extension"] = mtype.extension
    recheck = _Recheck(source.reads)
    original = hashlib.sha256()
    own_hash = InOrder()
    with blobs.writer() as sealed:
        sealed.write(plan.head)
        parts: list[Future[None]] = []

        def keep(part: memoryview) -> None:
            sealing = sealed.write_behind(part)
            if sealing is not None:
                parts.append(sealing)

        kept = _KeptRanges(plan, keep)

        def take(pos: int, view: memoryview) -> list[Future[None]]:
            work = [own_hash.submit(original.update, view)]
            kept.feed(pos, view)
            work += parts
            parts.clear()
            recheck.feed(pos, view)
            return work

        pos = _pass(fh, first, count, take)
        if recheck.changed() or not kept.complete():
            raise FileChanged("The file changed while it was being imported; import it again.")
    return SealedVideo(
        sealed.blob_id,
        bytearray(sealed.key),
        pos,
        original.hexdigest(),
        metadata,
        None,
        None,
        None,
        sealed_size=sealed.size,
        sealed_sha256=sealed.sha256,
    )
