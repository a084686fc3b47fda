"""Media items: intake (hash, seal, extract, derive), queries, thumbnails, deliberate extraction.

Intake order, for every file: the original bytes are hashed (SHA-256) as they are read, before
anything else is done with them; they are sealed in the blob store as the evidentiary copy; the
metadata is extracted into the encrypted database; a derivative is made under the policy. Blobs
are written and fsync'd before the database row that names them is committed, so a crash leaves
at worst an unreferenced encrypted blob, which the next unlock removes.
"""

from __future__ import annotations

import builtins
import contextlib
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from humdoc.core import safefs
from humdoc.core.blobs import BlobStore
from humdoc.core.crypto.stream import DecryptingReader
from humdoc.core.custody import CustodyLog
from humdoc.core.domain.common import new_id, now_iso
from humdoc.core.errors import (
    BlobCorrupt,
    HumdocError,
    InvalidInput,
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
    make_thumbnail,
    remove_location,
    sniff,
)
from humdoc.core.progress import Cancelled, Progress, check_cancelled, never_cancelled, no_progress
from humdoc.core.settings import Settings
from humdoc.core.vault.database import Database

CHUNK = 1024 * 1024
#: Images up to this size are processed in memory (metadata, derivatives); larger files are sealed
#: as they stream and can leave only under ``keep``.
MAX_IN_MEMORY = 256 * 1024 * 1024


@dataclass(frozen=True)
class DerivativeInfo:
    policy: str
    format: str
    mime: str
    extension: str
    size: int
    sha256: str
    converted: bool
    removed: tuple[str, ...]
    created: str

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "removed": list(self.removed)}


@dataclass(frozen=True)
class MediaItem:
    id: str
    case_id: str
    testimony_id: str | None
    original_name: str
    kind: str
    format: str
    mime: str
    size: int
    sha256: str
    sealed_size: int
    sealed_sha256: str
    location_removed: bool
    metadata: dict[str, Any]
    description: str
    imported_at: str
    imported_by: str
    derivatives: tuple[DerivativeInfo, ...] = ()

    @property
    def extension(self) -> str:
        return str(self.metadata.get("_extension", self.format))

    def to_json(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["derivatives"] = [x.to_json() for x in self.derivatives]
        return d


@dataclass
class ImportReport:
    """What an import of several files did: items made, files refused (name, reason), notes."""

    imported: list[MediaItem] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)


class MediaLibrary:
    """The media of one vault."""

    def __init__(
        self, db: Database, blobs: BlobStore, custody: CustodyLog, settings: Settings
    ) -> None:
        self.db = db
        self.blobs = blobs
        self.custody = custody
        self.settings = settings

    # --- intake ---------------------------------------------------------------------------

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

        Progress counts bytes read across all files; cancelling stops between chunks, discards
        the file being imported and keeps the ones already committed.
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
                meter.set(start + _size_of(path))
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
            deriv = None
            if chosen is not Policy.KEEP and sealed.data is not None:
                try:
                    deriv = make_derivative(sealed.data, sealed.mtype, chosen)
                except HumdocError as exc:
                    warning = (
                        f"no {chosen} copy could be made ({exc}); it can leave only under keep"
                    )
            deriv_row = self._store_derivative_blob(deriv) if deriv is not None else None
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
                    self._insert_derivative(item_id, deriv_row, sealed.sealed_sha256)
        except BaseException:
            for blob_id in written:
                with contextlib.suppress(OSError, HumdocError):
                    self.blobs.delete(blob_id)
            raise
        return self.get(item_id), warning

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

    def _store_derivative_blob(self, deriv: Any) -> dict[str, Any]:
        with self.blobs.writer() as w:
            w.write(deriv.data)
        return {
            "policy": str(deriv.policy),
            "format": deriv.mtype.format,
            "mime": deriv.mtype.mime,
            "extension": deriv.mtype.extension,
            "blob": w.blob_id,
            "blob_key": bytes(w.key),
            "size": w.size,
            "sha256": w.sha256,
            "converted": int(deriv.converted),
            "removed": json.dumps(list(deriv.removed)),
            "created": now_iso(),
        }

    def _insert_derivative(self, item_id: str, row: dict[str, Any], source_sha: str) -> None:
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO derivatives VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    item_id,
                    row["policy"],
                    row["format"],
                    row["mime"],
                    row["extension"],
                    row["blob"],
                    row["blob_key"],
                    row["size"],
                    row["sha256"],
                    row["converted"],
                    row["removed"],
                    row["created"],
                ),
            )
            self.custody.append(
                item_id,
                "derivative",
                {
                    "policy": row["policy"],
                    "source_sha256": source_sha,
                    "sha256": row["sha256"],
                    "size": row["size"],
                    "mime": row["mime"],
                    "converted": bool(row["converted"]),
                },
            )

    def derivative(self, item_id: str, policy: str) -> DerivativeInfo:
        """The item's copy under ``policy``, made now if it does not exist yet.

        Raises ``PolicyRefused`` (naming the file and the reason) if no compliant copy can be made.
        """
        pol = Policy(policy)
        if pol is Policy.KEEP:
            raise InvalidInput("Under the keep policy the original itself is used.")
        item = self.get(item_id)
        for d in item.derivatives:
            if d.policy == pol.value:
                return d
        data = self.read_original(item_id)
        try:
            deriv = make_derivative(data, sniff(data[:HEAD_BYTES]), pol)
        except HumdocError as exc:
            raise PolicyRefused(
                f"{item.original_name} ({item.id}) cannot leave under {pol}: {exc}"
            ) from exc
        row = self._store_derivative_blob(deriv)
        try:
            self._insert_derivative(item_id, row, item.sealed_sha256)
        except BaseException:
            with contextlib.suppress(OSError, HumdocError):
                self.blobs.delete(row["blob"])
            raise
        return next(d for d in self.get(item_id).derivatives if d.policy == pol.value)

    # --- reading ----------------------------------------------------------------------------

    def get(self, item_id: str) -> MediaItem:
        row = self.db.one("SELECT * FROM media_items WHERE id = ?", (item_id,))
        if row is None:
            raise NotFound(f"No media item with id {item_id!r}.")
        return self._build(dict(row))

    def list(
        self, case_id: str | None = None, offset: int = 0, limit: int = 1000
    ) -> builtins.list[MediaItem]:
        sql = "SELECT * FROM media_items"
        params: builtins.list[Any] = []
        if case_id is not None:
            sql += " WHERE case_id = ?"
            params.append(case_id)
        sql += " ORDER BY imported_at, rowid LIMIT ? OFFSET ?"
        return [self._build(dict(r)) for r in self.db.all(sql, [*params, limit, offset])]

    def count(self, case_id: str | None = None) -> int:
        if case_id is None:
            return int(self.db.one("SELECT count(*) FROM media_items")[0])
        return int(self.db.one("SELECT count(*) FROM media_items WHERE case_id = ?", (case_id,))[0])

    @contextlib.contextmanager
    def open_sealed(self, item_id: str) -> Iterator[DecryptingReader]:
        """Stream the sealed evidentiary copy; BlobCorrupt if it was altered."""
        row = self.db.one(
            "SELECT sealed_blob, sealed_key FROM media_items WHERE id = ?", (item_id,)
        )
        if row is None:
            raise NotFound(f"No media item with id {item_id!r}.")
        with self.blobs.open(row[0], bytes(row[1])) as reader:
            yield reader

    @contextlib.contextmanager
    def open_derivative(self, item_id: str, policy: str) -> Iterator[DecryptingReader]:
        self.derivative(item_id, policy)
        row = self.db.one(
            "SELECT blob, blob_key FROM derivatives WHERE item_id = ? AND policy = ?",
            (item_id, policy),
        )
        with self.blobs.open(row[0], bytes(row[1])) as reader:
            yield reader

    def read_original(self, item_id: str) -> bytes:
        """The sealed copy in memory (images only: refused above the in-memory limit)."""
        row = self.db.one(
            "SELECT sealed_blob, sealed_key FROM media_items WHERE id = ?", (item_id,)
        )
        if row is None:
            raise NotFound(f"No media item with id {item_id!r}.")
        return self.blobs.read_all(row[0], bytes(row[1]), MAX_IN_MEMORY)

    def thumbnail(self, item_id: str, max_px: int = 256) -> bytes:
        """A PNG preview made in memory, never written to disk."""
        item = self.get(item_id)
        data = self.read_original(item_id)
        return (
            make_thumbnail(data, sniff(data[:HEAD_BYTES]), max_px) if item.kind == "image" else b""
        )

    def extract(
        self, item_id: str, out: Path, derivative_policy: str | None = None
    ) -> dict[str, Any]:
        """Write the sealed original (or its derivative under a policy) to ``out`` for handover.

        The copy is checked against the recorded SHA-256 before it is put in place; the handover
        is recorded in the chain of custody.
        """
        item = self.get(item_id)
        if out.exists():
            raise InvalidInput(f"{out.name} already exists; choose a new file name.")
        if derivative_policy and derivative_policy != "keep":
            info = self.derivative(item_id, derivative_policy)
            source = self.open_derivative(item_id, derivative_policy)
            expected, what = info.sha256, f"{derivative_policy} copy"
        else:
            source, expected, what = self.open_sealed(item_id), item.sealed_sha256, "original"
        digest = hashlib.sha256()
        with source as reader, safefs.atomic_writer(out) as dest:
            while chunk := reader.read(CHUNK):
                digest.update(chunk)
                dest.write(chunk)
            if digest.hexdigest() != expected:
                raise BlobCorrupt(
                    f"The stored copy of {item_id} does not match its recorded SHA-256."
                )
        self.custody.append(item_id, "extracted", {"what": what, "sha256": expected})
        return {"item": item_id, "what": what, "sha256": expected, "out": str(out)}

    def delete(self, item_id: str) -> None:
        """Delete an item, its derivatives and their blobs (the custody log stays)."""
        item = self.get(item_id)
        blobs = [
            r[0] for r in self.db.all("SELECT blob FROM derivatives WHERE item_id = ?", (item_id,))
        ]
        sealed = self.db.one("SELECT sealed_blob FROM media_items WHERE id = ?", (item_id,))[0]
        with self.db.transaction() as db:
            db.execute("DELETE FROM media_items WHERE id = ?", (item.id,))
        for blob_id in [sealed, *blobs]:
            with contextlib.suppress(OSError, HumdocError):
                self.blobs.delete(blob_id)

    def referenced_blobs(self) -> set[str]:
        rows = self.db.all("SELECT sealed_blob FROM media_items UNION SELECT blob FROM derivatives")
        return {r[0] for r in rows}

    def _build(self, row: dict[str, Any]) -> MediaItem:
        derivs = tuple(
            DerivativeInfo(
                r["policy"],
                r["format"],
                r["mime"],
                r["extension"],
                r["size"],
                r["sha256"],
                bool(r["converted"]),
                tuple(json.loads(r["removed"])),
                r["created"],
            )
            for r in self.db.all(
                "SELECT * FROM derivatives WHERE item_id = ? ORDER BY policy", (row["id"],)
            )
        )
        for key in ("sealed_blob", "sealed_key"):
            row.pop(key)
        row["metadata"] = json.loads(row["metadata"])
        row["location_removed"] = bool(row["location_removed"])
        return MediaItem(**row, derivatives=derivs)


class _Meter:
    """Byte progress across an import, with the cancellation check between chunks."""

    def __init__(self, total: int, progress: Progress, cancelled: Cancelled) -> None:
        self.total, self.done = total, 0
        self._progress, self._cancelled = progress, cancelled

    def check(self) -> None:
        check_cancelled(self._cancelled)

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
