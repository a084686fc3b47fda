"""Media intake: hash, seal, extract, derive — for every file, in that order.

The original bytes are hashed (SHA-256) as they are read, before anything else is done with them;
they are sealed in the blob store as the evidentiary copy; the metadata is extracted into the
encrypted database; a derivative is made under the policy (a JPEG's is kept as a recipe over the
sealed original when it can be: ``humdoc.core.recipes``). Blobs are written and fsync'd before
the database row that names them is committed, so a crash leaves at worst an unreferenced
encrypted blob, which the next unlock removes. ``import_files`` does this a batch of files at a
time, and records each batch in one transaction with its custody events signed by the device key
loaded once.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from humdoc.core import recipes, safefs
from humdoc.core.blobs import BlobStore, BlobWriter, sync_pool
from humdoc.core.convert_ahead import Ahead, Converted, derivative_of, location_removed
from humdoc.core.custody import CustodyLog
from humdoc.core.domain.common import new_id, now_iso
from humdoc.core.errors import (
    FileChanged,
    HumdocError,
    MalformedMedia,
    NotFound,
    OperationCancelled,
    PolicyRefused,
    UnknownCase,
    UnknownTestimony,
)
from humdoc.core.media import (
    HEAD_BYTES,
    MediaType,
    Policy,
    applicable_policy,
    can_leave,
    extract_metadata,
    location_fields,
    raw_camera_warning,
    sniff,
    streams_derivative,
)
from humdoc.core.media.policy import Derivative, derivative_layout
from humdoc.core.media.video import CleanPlan
from humdoc.core.mediarecords import (
    CHUNK,
    MAX_IN_MEMORY,
    MediaItem,
    NewMediaItem,
    StoredDerivative,
    derivative_details,
)
from humdoc.core.progress import Cancelled, Progress, check_cancelled, never_cancelled, no_progress
from humdoc.core.settings import Settings
from humdoc.core.vault.database import Database
from humdoc.core.video_intake import seal_cleaned, seal_with_copy

#: An import commits (syncs and records) its files this many at a time, or this many bytes of
#: them, whichever comes first: one sync barrier and one transaction per batch, not per file.
BATCH_FILES = 64
BATCH_BYTES = 64 * 1024 * 1024


def _nothing(_item: MediaItem) -> None:
    """The default ``imported`` callback of ``import_files``."""


class MediaStore(Protocol):
    """What intake needs of the media library (``humdoc.core.mediaitems.MediaLibrary``), which
    owns the media tables and calls intake: named here so that intake does not import it back."""

    db: Database
    blobs: BlobStore
    custody: CustodyLog
    settings: Settings

    def add_items(self, items: Sequence[tuple[NewMediaItem, StoredDerivative | None]]) -> None: ...

    def store_derivative_blob(
        self, deriv: Derivative, writer: BlobWriter | None = None
    ) -> StoredDerivative: ...

    def record_derivative(
        self, item_id: str, stored: StoredDerivative, source_sha: str
    ) -> None: ...

    def get(self, item_id: str) -> MediaItem: ...

    def get_many(self, item_ids: Sequence[str]) -> list[MediaItem]: ...

    def store_streamed_derivative(
        self,
        blob_id: str,
        key: bytes,
        source_sha256: str,
        policy: Policy,
        progress: Progress = ...,
        cancelled: Cancelled = ...,
    ) -> StoredDerivative: ...

    def describe_sealed(self, blob_id: str, key: bytes) -> dict[str, Any]: ...


@dataclass
class ImportReport:
    """What an import of several files did: items made, files refused (name, reason), notes,
    and the files imported that cannot leave under their policy (name, why and what would be
    needed), which the user is told now rather than when exporting."""

    imported: list[MediaItem] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    cannot_leave: list[tuple[str, str]] = field(default_factory=list)


class Intake:
    """Imports files into one vault's media library."""

    def __init__(self, library: MediaStore) -> None:
        self.lib = library
        self.db = library.db
        self.blobs = library.blobs
        self.custody = library.custody
        self.settings = library.settings

    def import_files(
        self,
        case_id: str,
        paths: Sequence[Path],
        policy: str | None = None,
        testimony_id: str | None = None,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
        imported: Callable[[MediaItem], None] = _nothing,
    ) -> ImportReport:
        """Import each file; a bad file is reported by name and the rest go on.

        Files are committed in batches (``BATCH_FILES`` files or ``BATCH_BYTES`` bytes): their
        attachments are synced together, then one transaction records them all. ``imported`` is
        called with each item once its batch is committed, and the report lists only committed
        items, so a file said to be imported is durable; a crash loses at most the batch being
        synced (on another thread, while the next files are read) and the files read since, none
        of them reported, and leaves neither a row without its attachment nor (after the next
        unlock's sweep) an attachment without its row.

        Progress counts bytes read across all files, not files imported (a video's cleaned copy
        is made in the same pass that seals it; only a video given as bytes in memory takes a
        second pass, which adds its size to the total when it starts); cancelling stops between
        chunks, discards the file being imported, commits the files already read and raises
        ``OperationCancelled``.
        """
        report = ImportReport()
        meter = _Meter(sum(_size_of(p) for p in paths), progress, cancelled)
        run = _Run(report, imported)
        # HEIC/HEIF and TIFF photos are converted ahead on other threads (``convert_ahead``):
        # their policy copies, or under strip-at-intake the copies sealed in their place.
        ahead: Ahead | None = None
        try:
            for index, path in enumerate(paths):
                meter.check()
                start = meter.done
                try:
                    if ahead is None:
                        chosen = self._policy_of(case_id, policy, testimony_id, meter)
                        ahead = Ahead(paths, chosen, self.settings.strip_at_intake)
                    ahead.fill(index)
                    converted = ahead.take(index)
                    begun = self._begin(
                        case_id, path, policy, testimony_id, meter, converted=converted
                    )
                except NotFound:
                    raise  # the case or testimony is wrong: no file can be imported
                except OperationCancelled:
                    raise
                except HumdocError as exc:
                    report.failed.append((path.name, str(exc)))
                    continue
                finally:
                    meter.set(max(meter.done, start + _size_of(path)))
                # The last file's original has been sealing on another thread while this one
                # was read: it is finished now, with this one's sealing under way.
                previous, run.begun = run.begun, begun
                self._take(run, previous)
                self._advance(run, full=False)
        except OperationCancelled:
            self._take(run, run.begun)  # what was read whole is kept
            self._advance(run, full=True)
            self._settle_batch(run)
            raise
        except BaseException:
            self._abandon(run)
            raise
        finally:
            if ahead is not None:
                ahead.close()
        self._take(run, run.begun)
        self._advance(run, full=True)
        self._settle_batch(run)
        meter.set(meter.total)
        return report

    def _take(self, run: _Run, begun: _Begun | None) -> None:
        """Finish ``begun`` (no longer ``run.begun``) and add it to the batch being read; a file
        whose sealing failed is reported as failed (on any failure its attachments are
        dropped)."""
        if run.begun is begun:
            run.begun = None
        if begun is None:
            return
        try:
            run.batch.append(self._finish(begun))
        except HumdocError as exc:
            run.report.failed.append((begun.path.name, str(exc)))

    def _advance(self, run: _Run, full: bool) -> None:
        """Record the batch being synced if its syncs are done; then, if the batch being read is
        full (or ``full``: the import ends), start syncing it (after recording the one before).

        The syncs run on another thread while the next files are read and sealed; the database
        is used only here, on the importing thread, one transaction per batch."""
        syncing = run.syncing
        if syncing is not None and syncing[1].done():
            self._settle_batch(run)
        batch = run.batch
        if not batch:
            return
        if not full and len(batch) < BATCH_FILES and sum(p.size for p in batch) < BATCH_BYTES:
            return
        self._settle_batch(run)
        run.batch = []
        writers = [w for p in batch for w in p.writers]
        run.syncing = (batch, sync_pool().submit(self.blobs.make_durable, writers))

    def _settle_batch(self, run: _Run) -> None:
        """Wait for the batch being synced, record it and report its files (see
        ``_commit_batch``)."""
        syncing, run.syncing = run.syncing, None
        if syncing is not None:
            batch, synced = syncing
            self._commit_batch(batch, run.report, run.imported, synced)

    def _abandon(self, run: _Run) -> None:
        """On an unexpected error: the batch already synced is recorded as it would have been
        had the files after it not been read (if that fails too, it is discarded); the files
        read since are discarded."""
        try:
            # If recording it fails, _commit_batch discards it; the first error is the one raised.
            with contextlib.suppress(BaseException):
                self._settle_batch(run)
        finally:
            if run.begun is not None:
                self._drop_begun(run.begun)
                run.begun = None
            self._discard(run.batch)
            run.batch = []

    def import_file(
        self, case_id: str, path: Path, policy: str | None = None, testimony_id: str | None = None
    ) -> MediaItem:
        """Import one file; raises its error instead of collecting it."""
        return self._import_one(case_id, path, policy, testimony_id)

    def import_bytes(
        self,
        case_id: str,
        name: str,
        data: bytes,
        policy: str | None = None,
        testimony_id: str | None = None,
        item_id: str | None = None,
    ) -> MediaItem:
        """Import ``data`` made in memory (a recording) as a file named ``name``, never on disk.

        ``item_id`` fixes the new item's id (a caller that must not import twice checks for it).
        """
        source = io.BytesIO(data)
        return self._import_one(case_id, Path(name), policy, testimony_id, source, item_id)

    def _import_one(
        self,
        case_id: str,
        path: Path,
        policy: str | None,
        testimony_id: str | None,
        source: BinaryIO | None = None,
        item_id: str | None = None,
    ) -> MediaItem:
        meter = _Meter(0, no_progress, never_cancelled)
        # One file alone: begun and finished at once (an import of many overlaps the two).
        begun = self._begin(case_id, path, policy, testimony_id, meter, source, item_id)
        prepared = self._finish(begun)
        try:
            self.blobs.make_durable(prepared.writers)
            self._record([prepared])
        except BaseException:
            self._discard([prepared])
            raise
        return self.lib.get(prepared.item.id)

    def _commit_batch(
        self,
        batch: list[_Prepared],
        report: ImportReport,
        imported: Callable[[MediaItem], None],
        synced: Future[None],
    ) -> None:
        """Once the batch's attachments are durable (``synced``: ``make_durable`` of them, on
        another thread), record every item in one transaction, and only then report them. A
        failure to sync reports each file of the batch as failed."""
        if not batch:
            return
        try:
            synced.result()
        except HumdocError as exc:  # a full disk, say: nothing of the batch is kept
            self._discard(batch)
            report.failed += [(p.path.name, str(exc)) for p in batch]
            return
        except BaseException:
            self._discard(batch)
            raise
        try:
            self._record(batch)
        except BaseException:
            self._discard(batch)
            raise
        items = self.lib.get_many([p.item.id for p in batch])
        for prepared, item in zip(batch, items, strict=True):
            report.imported.append(item)
            if prepared.warning:
                report.warnings.append((prepared.path.name, prepared.warning))
            if prepared.stays:
                report.cannot_leave.append((prepared.path.name, prepared.stays))
            imported(item)

    def _record(self, batch: Sequence[_Prepared]) -> None:
        """Record the items of ``batch`` (attachments durable) in one transaction: their rows,
        then each item's ``intake`` custody event followed by its ``derivative`` event, signed
        with the device key loaded once for the batch."""
        with self.custody.batch([p.item.id for p in batch]) as custody:
            self.lib.add_items([(p.item, p.stored) for p in batch])
            for prepared in batch:
                item = prepared.item
                custody.append(
                    item.id,
                    "intake",
                    {
                        "sha256": item.sha256,
                        "size": item.size,
                        "mime": prepared.read_mime,
                        "sealed_sha256": item.sealed_sha256,
                        "location_removed": item.location_removed,
                    },
                )
                if prepared.stored is not None:
                    details = derivative_details(prepared.stored, item.sealed_sha256)
                    custody.append(item.id, "derivative", details)

    def _policy_of(
        self, case_id: str, policy: str | None, testimony_id: str | None, meter: _Meter
    ) -> Policy:
        """The policy the files of this import take (``policy``, else the case's, else the
        vault's), read once per import; ``UnknownCase`` or ``UnknownTestimony`` if the case or
        testimony is wrong."""
        chosen = meter.policy
        if chosen is None:  # read once per import: the files of one import share it
            case = self.db.one("SELECT policy FROM cases WHERE id = ?", (case_id,))
            if case is None:
                raise UnknownCase(case_id)
            if (
                testimony_id
                and self.db.one(
                    "SELECT 1 FROM testimonies WHERE id = ? AND case_id = ?",
                    (testimony_id, case_id),
                )
                is None
            ):
                raise UnknownTestimony(testimony_id, in_case=True)
            chosen, _origin = applicable_policy(policy, case[0], self.settings.default_policy)
            meter.policy = chosen
        return chosen

    def _begin(
        self,
        case_id: str,
        path: Path,
        policy: str | None,
        testimony_id: str | None,
        meter: _Meter,
        source: BinaryIO | None = None,
        item_id: str | None = None,
        converted: Future[Converted | None] | None = None,
    ) -> _Begun:
        """Read, hash, seal and derive one file (or ``source``, read instead of ``path``) up to
        what needs the sealed original's facts: the file is read, its metadata and derivative
        made, while its original may still be sealing on another thread; ``_finish`` waits for
        that. Only this part reads the database or reports
        progress, so the importing thread can begin the next file before finishing this one.
        ``converted`` is the file's copy converted ahead on another thread (``convert_ahead``),
        used only if it was made of exactly the bytes read here."""
        chosen = self._policy_of(case_id, policy, testimony_id, meter)
        written: list[str] = []
        writers: list[BlobWriter] = []
        sealed: _Sealed | None = None
        try:
            opened = contextlib.nullcontext(source) if source else safefs.open_regular(path)
            with opened as fh:
                head = fh.read(HEAD_BYTES)
                mtype = sniff(head)
                sealed = self._seal(fh, head, mtype, chosen, meter, converted)
            if sealed.writer is not None:
                writers.append(sealed.writer)
            else:
                written.append(sealed.blob_id)
            warning = sealed.warning
            deriv, stays, stored = None, None, None
            layout: CleanPlan | None = None
            if sealed.one_pass:
                stored, stays = sealed.derivative, sealed.stays
                if stored is not None:
                    written.append(stored.blob)  # a recipe, durable already
            elif sealed.data is None and streams_derivative(sealed.mtype):
                stored, warning, stays = self._streamed(sealed, chosen, meter)
                if stored is not None:
                    written.append(stored.blob)
            elif chosen is not Policy.KEEP:
                refusal = can_leave(sealed.mtype, chosen)
                if refusal is not None:
                    stays = f"it cannot leave under the {chosen} policy. {refusal}"
                elif sealed.data is None:
                    stays = (
                        f"it is too large for a {chosen} copy to be made; "
                        "it can leave only under the keep policy."
                    )
                else:
                    try:
                        layout = derivative_layout(sealed.data, sealed.mtype, chosen)
                        if layout is None:
                            deriv = derivative_of(sealed.data, sealed.mtype, chosen, converted)
                    except HumdocError as exc:
                        stays = (
                            f"no {chosen} copy could be made ({exc}); "
                            "it can leave only under the keep policy."
                        )
            digest = None
            if layout is not None and sealed.data is not None:
                digest = _recipe_digest(sealed.data, layout)
            if deriv is not None:
                writer = self.blobs.writer(durable=False)
                writers.append(writer)
                stored = self.lib.store_derivative_blob(deriv, writer)
            sealed.data = None  # the sealing thread holds its own reference while it needs it
        except BaseException:
            if sealed is not None:
                with contextlib.suppress(Exception):
                    sealed.settle()  # the sealing thread is done with its writer before dropping it
            self._drop(writers, written)
            raise
        return _Begun(
            path, case_id, testimony_id, item_id, chosen, sealed, mtype.mime, writers, written,
            stored, layout, digest, warning, stays,
        )  # fmt: skip

    def _finish(self, begun: _Begun) -> _Prepared:
        """Wait for ``begun``'s original to be sealed, keep its recipe (which names the sealed
        copy's SHA-256) and make the item to record. On any failure its attachments are
        dropped."""
        sealed, stored, writers = begun.sealed, begun.stored, begun.writers
        try:
            sealed.settle()
            if begun.layout is not None and begun.digest is not None:
                stored = self._store_recipe(
                    sealed, begun.layout, begun.digest, begun.policy, writers
                )
            item = NewMediaItem(
                id=begun.item_id or new_id("m"),
                case_id=begun.case_id,
                testimony_id=begun.testimony_id,
                original_name=begun.path.name,
                kind=sealed.mtype.kind,
                format=sealed.mtype.format,
                mime=sealed.mtype.mime,
                size=sealed.size,
                sha256=sealed.sha256,
                sealed_blob=sealed.blob_id,
                sealed_key=bytes(sealed.key),
                sealed_size=sealed.sealed_size,
                sealed_sha256=sealed.sealed_sha256,
                location_removed=sealed.location_removed,
                metadata=sealed.metadata,
                description="",
                imported_at=now_iso(),
                imported_by=self.settings.actor,
            )
        except BaseException:
            self._drop_begun(begun)
            raise
        return _Prepared(
            begun.path, item, stored, begun.read_mime, writers, begun.written, begun.warning,
            begun.stays,
        )  # fmt: skip

    def _drop_begun(self, begun: _Begun) -> None:
        """Drop the attachments of a file begun that will not be recorded (once its sealing
        thread is done with its writer)."""
        with contextlib.suppress(Exception):
            begun.sealed.settle()
        self._drop(begun.writers, begun.written)

    def _store_recipe(
        self,
        sealed: _Sealed,
        layout: CleanPlan,
        digest: str,
        policy: Policy,
        writers: list[BlobWriter],
    ) -> StoredDerivative:
        """Keep the ``policy`` copy laid out by ``layout`` over the sealed bytes (SHA-256
        ``digest``, from ``_recipe_digest``) as a recipe (``humdoc.core.recipes``): no copy of
        the image data is made, encrypted or written; the recipe, a few hundred bytes, is
        written through a new writer added to ``writers`` (synced with the batch)."""
        sealed.settle()  # the recipe names the sealed copy's SHA-256
        writer = self.blobs.writer(durable=False)
        writers.append(writer)
        return recipes.store(
            self.blobs,
            layout,
            sealed.sealed_sha256,
            digest,
            sealed.mtype,
            policy,
            writer,
        )

    def _discard(self, batch: Sequence[_Prepared]) -> None:
        """Remove the attachments of items that will not be recorded."""
        for prepared in batch:
            self._drop(prepared.writers, prepared.written)

    def _drop(self, writers: Sequence[BlobWriter], written: Sequence[str]) -> None:
        for writer in writers:
            if writer.durable:
                with contextlib.suppress(OSError, HumdocError):
                    self.blobs.delete(writer.blob_id)
            else:
                writer.abort()
        for blob_id in written:
            with contextlib.suppress(OSError, HumdocError):
                self.blobs.delete(blob_id)

    def _seal(
        self,
        fh: BinaryIO,
        head: bytes,
        mtype: MediaType,
        policy: Policy,
        meter: _Meter,
        converted: Future[Converted | None] | None = None,
    ) -> _Sealed:
        strip_location = self.settings.strip_at_intake
        if streams_derivative(mtype) and _has_fd(fh):
            if strip_location:
                return self._seal_video_cleaned(fh, head, mtype, meter)
            return self._seal_video(fh, head, mtype, policy, meter)
        in_memory = mtype.kind in ("image", "audio") or strip_location
        if in_memory:
            data = _read_whole(fh, head)
            meter.add(len(data))
            if len(data) > MAX_IN_MEMORY:
                if strip_location:
                    raise PolicyRefused(
                        "The file is too large to remove its location at intake; "
                        "turn off strip-at-intake to import it."
                    )
                return self._seal_stream(
                    fh, data, mtype, "too large to inspect; sealed as it is", meter
                )
            return self._seal_bytes(data, mtype, strip_location, converted)
        meter.add(len(head))
        return self._seal_stream(fh, head, mtype, None, meter)

    def _seal_bytes(
        self,
        data: bytes,
        mtype: MediaType,
        strip_location: bool,
        converted: Future[Converted | None] | None = None,
    ) -> _Sealed:
        # Not yet durable: the caller syncs it with the rest of its batch before recording it.
        w = self.blobs.writer(durable=False)
        pending: Future[None] | None = None
        sha = ""
        if strip_location:
            sha = hashlib.sha256(data).hexdigest()  # the original's digest comes first, always
        else:
            # Sealed as it is: the writer's SHA-256 pass is the original's digest. It runs, with
            # the encryption, on another core while the metadata is read and the derivative made
            # (both read ``data``, which nothing changes); ``_Sealed.settle`` waits for it.
            pending = _SEALER.submit(_write_all, w, data)
        try:
            warning = None
            try:
                metadata = extract_metadata(data, mtype)
            except HumdocError as exc:
                metadata = {"errors": [str(exc)]}
                warning = f"metadata could not be read ({exc})"
            raw = raw_camera_warning(data, mtype)
            if raw and warning is None:  # said at intake, whatever the policy, not at export
                warning = f"no evidence or strip copy can be made ({raw.rstrip('.')})"
            sealed_data, sealed_type, removed = data, mtype, False
            if strip_location:
                sealed_data, notes = location_removed(data, mtype, converted)
                removed = bool(notes) or sealed_data != data
                sealed_type = sniff(sealed_data[:HEAD_BYTES])
                for key in location_fields():
                    metadata.pop(key, None)
                metadata["location_removed_at_intake"] = list(notes)
                _write_all(w, sealed_data)
            metadata["_extension"] = sealed_type.extension
        except BaseException:
            if pending is not None:
                with contextlib.suppress(Exception):
                    pending.result()
            w.abort()
            raise
        sealed = _Sealed(
            "", bytearray(), len(data), sha, 0, "", removed, metadata, sealed_type, sealed_data,
            warning, writer=w, pending=pending,
        )  # fmt: skip
        if pending is None:
            sealed.settle()
        return sealed

    def _seal_stream(
        self, fh: BinaryIO, first: bytes, mtype: MediaType, warning: str | None, meter: _Meter
    ) -> _Sealed:
        # The writer hashes what it seals; streamed, that is the original byte for byte, so one
        # SHA-256 pass serves both as the original's digest and the sealed copy's.
        with self.blobs.writer() as w:
            chunk = first
            while chunk:
                w.write(chunk)
                chunk = fh.read(CHUNK)
                meter.add(len(chunk))  # raises OperationCancelled: the writer discards the blob
        metadata: dict[str, Any] = {"_extension": mtype.extension}
        return _Sealed(
            w.blob_id,
            bytearray(w.key),
            w.size,
            w.sha256,
            w.size,
            w.sha256,
            False,
            metadata,
            mtype,
            None,
            warning,
        )

    def _seal_video(
        self, fh: BinaryIO, head: bytes, mtype: MediaType, policy: Policy, meter: _Meter
    ) -> _Sealed:
        """A video file: sealed with its ``policy`` copy in one pass (``seal_with_copy``)."""
        done = seal_with_copy(self.blobs, fh, head, mtype, policy, meter.add)
        sealed = _Sealed(
            done.blob_id,
            done.key,
            done.size,
            done.sha256,
            done.size,
            done.sha256,
            False,
            done.metadata,
            mtype,
            None,
            done.warning,
        )
        sealed.one_pass, sealed.derivative, sealed.stays = True, done.derivative, done.stays
        return sealed

    def _seal_video_cleaned(
        self, fh: BinaryIO, head: bytes, mtype: MediaType, meter: _Meter
    ) -> _Sealed:
        """A video under strip-at-intake: sealed without its location (``seal_cleaned``); its
        policy copy is then made from what was sealed."""
        done = seal_cleaned(self.blobs, fh, head, mtype, meter.add)
        assert done.sealed_size is not None and done.sealed_sha256 is not None
        return _Sealed(
            done.blob_id,
            done.key,
            done.size,
            done.sha256,
            done.sealed_size,
            done.sealed_sha256,
            True,
            done.metadata,
            mtype,
            None,
            done.warning,
        )

    # --- derivatives ------------------------------------------------------------------------

    def _streamed(
        self, sealed: _Sealed, policy: Policy, meter: _Meter
    ) -> tuple[StoredDerivative | None, str | None, str | None]:
        """Read a sealed video's metadata and make its ``policy`` copy, both from the sealed
        attachment; the copy streams from one encrypted attachment into another. For videos
        given as bytes (``import_bytes``); a file on disk takes ``seal_with_copy``'s one pass. Returns the derivative (None
        under keep or when the video cannot be cleaned), the warning to give, and why it cannot
        leave under ``policy`` (None when it can)."""
        warning = sealed.warning
        try:
            if not sealed.location_removed:  # else read from the file, less its location
                sealed.metadata.update(self.lib.describe_sealed(sealed.blob_id, bytes(sealed.key)))
        except HumdocError as exc:
            sealed.metadata["errors"] = [str(exc)]
            warning = f"metadata could not be read ({exc})"
        if policy is Policy.KEEP:
            return None, warning, None
        # The copy is a second pass over the video: progress grows to count it.
        meter.total += sealed.size
        base = meter.done

        def progress(done: int, total: int) -> None:
            meter.set(base + done * sealed.size // max(total, 1))

        try:
            stored = self.lib.store_streamed_derivative(
                sealed.blob_id,
                bytes(sealed.key),
                sealed.sealed_sha256,
                policy,
                progress,
                meter.cancelled,
            )
        except (PolicyRefused, MalformedMedia) as exc:
            stays = (
                f"no {policy} copy could be made ({exc}); it can leave only under the keep policy."
            )
            return None, warning, stays
        return stored, warning, None


class _Meter:
    """Byte progress across an import, with the cancellation check between chunks (and the
    policy that applies to its files, read with the first)."""

    def __init__(self, total: int, progress: Progress, cancelled: Cancelled) -> None:
        self.total, self.done = total, 0
        self._progress, self._cancelled = progress, cancelled
        #: The policy that applies to the import's files, once read.
        self.policy: Policy | None = None

    def check(self) -> None:
        check_cancelled(self._cancelled)

    def cancelled(self) -> bool:
        """Whether the user asked to stop (for steps that check it themselves)."""
        return self._cancelled()

    def add(self, n: int) -> None:
        self.set(self.done + n)
        self.check()

    def set(self, done: int) -> None:
        self.done = min(done, self.total) if self.total else done
        self._progress(self.done, self.total)


def _read_whole(fh: BinaryIO, head: bytes) -> bytes:
    """The file ``fh`` whose first bytes ``head`` were read, whole, or its first
    ``MAX_IN_MEMORY + 1`` bytes if it is larger (the caller then streams the rest).

    A file on disk is read again from its start into one object the size of the file: reading
    the rest after ``head`` and joining the two would copy every byte once more into fresh
    memory, which costs more than the read itself (for 110 MiB of photos, 0.12 s of CPU against
    0.04 s). Raises ``FileChanged`` if its first bytes are no longer ``head``."""
    try:
        size = os.fstat(fh.fileno()).st_size if fh.seekable() else -1
    except (OSError, ValueError, io.UnsupportedOperation):
        size = -1
    if size < 0:
        return head + fh.read(MAX_IN_MEMORY + 1 - len(head))
    fh.seek(0)
    data = fh.read(min(size, MAX_IN_MEMORY) + 1)
    if data[: len(head)] != head:
        raise FileChanged("The file changed while it was being imported; import it again.")
    if len(data) == size + 1 and len(data) <= MAX_IN_MEMORY:  # it grew since: read on
        data += fh.read(MAX_IN_MEMORY + 1 - len(data))
    return data


def _has_fd(fh: BinaryIO) -> bool:
    """Whether ``fh`` is a file on disk (which can be read at any offset), not bytes in memory."""
    try:
        fh.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):
        return False
    return True


#: The thread that seals an original while the importing thread reads its metadata.
_SEALER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="humdoc-seal")


def _recipe_digest(data: bytes, layout: CleanPlan) -> str:
    """SHA-256 of the copy ``layout`` makes of ``data``, taken over its pieces (none joined)."""
    digest = hashlib.sha256(layout.head)
    with memoryview(data) as view:
        for start, end in zip(layout.starts, layout.ends, strict=True):
            digest.update(view[start:end])
    return digest.hexdigest()


def _write_all(writer: BlobWriter, data: bytes) -> None:
    """Write ``data`` as the whole of ``writer``'s attachment (entering and leaving it)."""
    with writer:
        writer.write(data)


def _size_of(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


@dataclass
class _Sealed:
    blob_id: str
    key: bytearray
    size: int
    sha256: str
    sealed_size: int
    sealed_sha256: str
    location_removed: bool
    metadata: dict[str, Any]
    mtype: MediaType
    data: bytes | None
    warning: str | None
    #: Sealed by ``seal_with_copy``: the copy below, if any, is already written.
    one_pass: bool = False
    derivative: StoredDerivative | None = None
    stays: str | None = None
    #: The writer of an attachment not yet durable (None: ``blob_id`` is durable already).
    writer: BlobWriter | None = None
    #: The writer's work while it is still sealing on another thread (see ``settle``).
    pending: Future[None] | None = None

    def settle(self) -> None:
        """Wait for the writer to finish and take its facts (id, key, sizes, digests); raises
        what the writing raised (the writer has then discarded the attachment). Idempotent."""
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pending.result()
        w = self.writer
        if w is not None and not self.blob_id:
            self.blob_id, self.key, self.sealed_size = w.blob_id, bytearray(w.key), w.size
            self.sealed_sha256 = w.sha256
            self.sha256 = self.sha256 or w.sha256  # sealed as read: one digest serves both


@dataclass
class _Begun:
    """One file read and derived whose original may still be sealing (see ``Intake._begin``):
    what ``Intake._finish`` needs to make its item. ``digest`` is the SHA-256 of the copy kept
    as a recipe by ``layout`` (both None when there is none)."""

    path: Path
    case_id: str
    testimony_id: str | None
    item_id: str | None
    policy: Policy
    sealed: _Sealed
    read_mime: str
    writers: list[BlobWriter]
    written: list[str]
    stored: StoredDerivative | None
    layout: CleanPlan | None
    digest: str | None
    warning: str | None
    stays: str | None


@dataclass
class _Run:
    """An import under way: the file begun last (finished once the next one is begun), the
    batch being read, the batch being synced on another thread, and what was reported."""

    report: ImportReport
    imported: Callable[[MediaItem], None]
    begun: _Begun | None = None
    batch: list[_Prepared] = field(default_factory=list)
    syncing: tuple[list[_Prepared], Future[None]] | None = None


@dataclass
class _Prepared:
    """One file read, hashed, sealed and derived, not yet recorded: the item's row, its
    derivative, the MIME type read (for the custody event), its attachments (``writers`` not yet
    durable, ``written`` durable), a note on it and why it cannot leave under its policy."""

    path: Path
    item: NewMediaItem
    stored: StoredDerivative | None
    read_mime: str
    writers: list[BlobWriter]
    written: list[str]
    warning: str | None = None
    stays: str | None = None

    @property
    def size(self) -> int:
        return self.item.size
