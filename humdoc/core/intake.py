"""Media intake: hash, seal, extract, derive — for every file, in that order.

The original bytes are hashed (SHA-256) as they are read, before anything else is done with them;
they are sealed in the blob store as the evidentiary copy; the metadata is extracted into the
encrypted database; a derivative is made under the policy. Blobs are written and fsync'd before
the database row that names them is committed, so a crash leaves at worst an unreferenced
encrypted blob, which the next unlock removes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from humdoc.core import safefs
from humdoc.core.domain.common import new_id, now_iso
from humdoc.core.errors import (
    HumdocError,
    MalformedMedia,
    NotFound,
    OperationCancelled,
    PolicyRefused,
)
from humdoc.core.media import (
    HEAD_BYTES,
    MediaType,
    Policy,
    extract_metadata,
    location_fields,
    make_derivative,
    remove_location,
    sniff,
    streams_derivative,
)
from humdoc.core.mediaitems import CHUNK, MAX_IN_MEMORY, MediaItem, MediaLibrary
from humdoc.core.progress import Cancelled, Progress, check_cancelled, never_cancelled, no_progress


@dataclass
class ImportReport:
    """What an import of several files did: items made, files refused (name, reason), notes."""

    imported: list[MediaItem] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)


class Intake:
    """Imports files into one vault's media library."""

    def __init__(self, library: MediaLibrary) -> None:
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
    ) -> ImportReport:
        """Import each file; a bad file is reported by name and the rest go on.

        Progress counts bytes read across all files (a video's cleaned copy, made in a second
        pass, adds its size to the total when it starts); cancelling stops between chunks,
        discards the file being imported and keeps the ones already committed.
        """
        report = ImportReport()
        meter = _Meter(sum(_size_of(p) for p in paths), progress, cancelled)
        for path in paths:
            meter.check()
            start = meter.done
            try:
                item, warning = self._import_one(case_id, path, policy, testimony_id, meter)
            except NotFound:
                raise  # the case or testimony is wrong: no file can be imported
            except OperationCancelled:
                raise
            except HumdocError as exc:
                report.failed.append((path.name, str(exc)))
                continue
            finally:
                meter.set(max(meter.done, start + _size_of(path)))
            report.imported.append(item)
            if warning:
                report.warnings.append((path.name, warning))
        meter.set(meter.total)
        return report

    def import_file(
        self, case_id: str, path: Path, policy: str | None = None, testimony_id: str | None = None
    ) -> MediaItem:
        """Import one file; raises its error instead of collecting it."""
        return self._import_one(case_id, path, policy, testimony_id)[0]

    def _import_one(
        self,
        case_id: str,
        path: Path,
        policy: str | None,
        testimony_id: str | None,
        meter: _Meter | None = None,
    ) -> tuple[MediaItem, str | None]:
        meter = meter or _Meter(0, no_progress, never_cancelled)
        case = self.db.one("SELECT policy FROM cases WHERE id = ?", (case_id,))
        if case is None:
            raise NotFound(f"No case with id {case_id!r}.")
        if (
            testimony_id
            and self.db.one(
                "SELECT 1 FROM testimonies WHERE id = ? AND case_id = ?", (testimony_id, case_id)
            )
            is None
        ):
            raise NotFound(f"No testimony {testimony_id!r} in this case.")
        chosen = Policy(policy or case[0] or self.settings.default_policy)
        written: list[str] = []
        try:
            with safefs.open_regular(path) as fh:
                head = fh.read(HEAD_BYTES)
                mtype = sniff(head)
                sealed = self._seal(fh, head, mtype, meter)
            written.append(sealed.blob_id)
            warning = sealed.warning
            deriv_row = None
            if sealed.data is None and streams_derivative(sealed.mtype):
                deriv_row, warning = self._streamed(sealed, chosen, meter)
            elif chosen is not Policy.KEEP and sealed.data is not None:
                deriv = None
                try:
                    deriv = make_derivative(sealed.data, sealed.mtype, chosen)
                except HumdocError as exc:
                    warning = (
                        f"no {chosen} copy could be made ({exc}); it can leave only under keep"
                    )
                deriv_row = self.lib.store_derivative_blob(deriv) if deriv is not None else None
            if deriv_row is not None:
                written.append(deriv_row["blob"])
            item_id = new_id("m")
            with self.db.transaction() as db:
                db.execute(
                    "INSERT INTO media_items VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        item_id,
                        case_id,
                        testimony_id,
                        path.name,
                        sealed.mtype.kind,
                        sealed.mtype.format,
                        sealed.mtype.mime,
                        sealed.size,
                        sealed.sha256,
                        sealed.blob_id,
                        bytes(sealed.key),
                        sealed.sealed_size,
                        sealed.sealed_sha256,
                        int(sealed.location_removed),
                        json.dumps(sealed.metadata),
                        "",
                        now_iso(),
                        self.settings.actor,
                    ),
                )
                self.custody.append(
                    item_id,
                    "intake",
                    {
                        "sha256": sealed.sha256,
                        "size": sealed.size,
                        "mime": mtype.mime,
                        "sealed_sha256": sealed.sealed_sha256,
                        "location_removed": sealed.location_removed,
                    },
                )
                if deriv_row is not None:
                    self.lib.record_derivative(item_id, deriv_row, sealed.sealed_sha256)
        except BaseException:
            for blob_id in written:
                with contextlib.suppress(OSError, HumdocError):
                    self.blobs.delete(blob_id)
            raise
        return self.lib.get(item_id), warning

    def _seal(self, fh: BinaryIO, head: bytes, mtype: MediaType, meter: _Meter) -> _Sealed:
        strip_location = self.settings.strip_at_intake
        in_memory = mtype.kind == "image" or strip_location
        if in_memory:
            rest = fh.read(MAX_IN_MEMORY + 1 - len(head))
            data = head + rest
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
            return self._seal_bytes(data, mtype, strip_location)
        meter.add(len(head))
        return self._seal_stream(fh, head, mtype, None, meter)

    def _seal_bytes(self, data: bytes, mtype: MediaType, strip_location: bool) -> _Sealed:
        sha = hashlib.sha256(data).hexdigest()  # the original's digest comes first, always
        warning = None
        try:
            metadata = extract_metadata(data, mtype)
        except HumdocError as exc:
            metadata = {"errors": [str(exc)]}
            warning = f"metadata could not be read ({exc})"
        sealed_data, sealed_type, removed = data, mtype, False
        if strip_location:
            sealed_data, notes = remove_location(data, mtype)
            removed = bool(notes) or sealed_data != data
            sealed_type = sniff(sealed_data[:HEAD_BYTES])
            for key in location_fields():
                metadata.pop(key, None)
            metadata["location_removed_at_intake"] = list(notes)
        metadata["_extension"] = sealed_type.extension
        with self.blobs.writer() as w:
            w.write(sealed_data)
        return _Sealed(
            w.blob_id,
            bytearray(w.key),
            len(data),
            sha,
            w.size,
            w.sha256,
            removed,
            metadata,
            sealed_type,
            sealed_data,
            warning,
        )

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

    # --- derivatives ------------------------------------------------------------------------

    def _streamed(
        self, sealed: _Sealed, policy: Policy, meter: _Meter
    ) -> tuple[dict[str, Any] | None, str | None]:
        """Read a sealed video's metadata and make its ``policy`` copy, both from the sealed
        attachment (never the file on disk, which may have changed since it was hashed); the
        copy streams from one encrypted attachment into another. Returns the derivative row (None
        under keep or when the video cannot be cleaned) and the warning to give."""
        warning = sealed.warning
        try:
            sealed.metadata.update(self.lib.describe_sealed(sealed.blob_id, bytes(sealed.key)))
        except HumdocError as exc:
            sealed.metadata["errors"] = [str(exc)]
            warning = f"metadata could not be read ({exc})"
        if policy is Policy.KEEP:
            return None, warning
        # The copy is a second pass over the video: progress grows to count it.
        meter.total += sealed.size
        base = meter.done

        def progress(done: int, total: int) -> None:
            meter.set(base + done * sealed.size // max(total, 1))

        try:
            row = self.lib.store_streamed_derivative(
                sealed.blob_id, bytes(sealed.key), policy, progress, meter.cancelled
            )
        except (PolicyRefused, MalformedMedia) as exc:
            return None, f"no {policy} copy could be made ({exc}); it can leave only under keep"
        return row, warning


class _Meter:
    """Byte progress across an import, with the cancellation check between chunks."""

    def __init__(self, total: int, progress: Progress, cancelled: Cancelled) -> None:
        self.total, self.done = total, 0
        self._progress, self._cancelled = progress, cancelled

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
