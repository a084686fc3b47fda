"""Media items of a vault: queries, derivatives, in-memory thumbnails, deliberate extraction.

Intake (hashing, sealing, extraction, derivatives at import) lives in ``humdoc.core.intake``.
"""

from __future__ import annotations

import builtins
import contextlib
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from humdoc.core import recipes, safefs
from humdoc.core.blobs import BlobStore, BlobWriter
from humdoc.core.crypto.stream import DecryptingReader, wipe
from humdoc.core.custody import CustodyLog
from humdoc.core.errors import (
    BlobCorrupt,
    FileExists,
    HumdocError,
    InvalidInput,
    MalformedMedia,
    NotFound,
    PolicyRefused,
    UnknownMedia,
    UnsupportedMedia,
)
from humdoc.core.exchange.versions import version_blobs
from humdoc.core.intake import ImportReport, Intake
from humdoc.core.media import (
    HEAD_BYTES,
    MediaType,
    Policy,
    make_derivative,
    make_thumbnail,
    sniff,
    streams_derivative,
)
from humdoc.core.media.policy import Derivative, plan_stream
from humdoc.core.media.video import emit
from humdoc.core.media.videometa import describe
from humdoc.core.mediarecords import CHUNK as CHUNK
from humdoc.core.mediarecords import MAX_IN_MEMORY as MAX_IN_MEMORY
from humdoc.core.mediarecords import CopyFacts as CopyFacts
from humdoc.core.mediarecords import DerivativeInfo as DerivativeInfo
from humdoc.core.mediarecords import MediaItem as MediaItem
from humdoc.core.mediarecords import (
    NewMediaItem,
    StoredDerivative,
    derivative_details,
    stored_derivative,
)
from humdoc.core.mediarecords import StoredCopy as StoredCopy
from humdoc.core.progress import Cancelled, Progress, never_cancelled, no_progress
from humdoc.core.recipes import MAX_RECIPE, RecipeReader
from humdoc.core.settings import Settings
from humdoc.core.vault.database import Database

#: A stream of a stored copy's plaintext: an attachment's, or the copy a recipe makes.
CopyReader = DecryptingReader | RecipeReader

_INSERT_ITEM = (
    "INSERT INTO media_items(id, case_id, testimony_id, original_name, kind, format, mime, size, "
    "sha256, sealed_blob, sealed_key, sealed_size, sealed_sha256, location_removed, metadata, "
    "description, imported_at, imported_by) VALUES (:id, :case_id, :testimony_id, "
    ":original_name, :kind, :format, :mime, :size, :sha256, :sealed_blob, :sealed_key, "
    ":sealed_size, :sealed_sha256, :location_removed, :metadata, :description, :imported_at, "
    ":imported_by)"
)
# A newer received version replaces the file and its facts; the item's case, description,
# location flag and who imported it stay as they are.
_RECEIVED_VERSION = (
    " ON CONFLICT(id) DO UPDATE SET testimony_id = excluded.testimony_id, "
    "original_name = excluded.original_name, kind = excluded.kind, format = excluded.format, "
    "mime = excluded.mime, size = excluded.size, sha256 = excluded.sha256, "
    "sealed_blob = excluded.sealed_blob, sealed_key = excluded.sealed_key, "
    "sealed_size = excluded.sealed_size, sealed_sha256 = excluded.sealed_sha256, "
    "metadata = excluded.metadata"
)
_INSERT_DERIVATIVE = (
    "INSERT INTO derivatives(item_id, policy, format, mime, extension, blob, blob_key, size, "
    "sha256, converted, removed, created, form) VALUES (:item_id, :policy, :format, :mime, "
    ":extension, :blob, :blob_key, :size, :sha256, :converted, :removed, :created, :form)"
)


def _item_row(item: NewMediaItem) -> dict[str, Any]:
    return {
        **_fields_of(item),  # not asdict: that deep-copies the whole metadata record first
        "location_removed": int(item.location_removed),
        "metadata": json.dumps(item.metadata),
    }


def _derivative_row(item_id: str, stored: StoredDerivative) -> dict[str, Any]:
    return {
        **_fields_of(stored),
        "item_id": item_id,
        "converted": int(stored.converted),
        "removed": json.dumps(list(stored.removed)),
    }


def store_items(db: Database, items: Sequence[NewMediaItem], *, received: bool = False) -> None:
    """Insert ``items`` into ``media_items``, one statement for all (inside the caller's
    transaction, if any).

    With ``received`` (a centre showing bundles' versions as current), an item that already
    exists takes the new version's file and facts instead; otherwise an existing id is an error.
    """
    db.executemany(
        _INSERT_ITEM + (_RECEIVED_VERSION if received else ""), [_item_row(i) for i in items]
    )


def _fields_of(record: NewMediaItem | StoredDerivative) -> dict[str, Any]:
    """A record's fields by name, values as they are (no copies)."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


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
        imported: Callable[[MediaItem], None] | None = None,
    ) -> ImportReport:
        """Import each file; see ``humdoc.core.intake.Intake.import_files`` (``imported`` is
        called with each item once it is committed)."""
        return Intake(self).import_files(
            case_id, paths, policy, testimony_id, progress, cancelled, imported or _ignore
        )

    def import_file(
        self, case_id: str, path: Path, policy: str | None = None, testimony_id: str | None = None
    ) -> MediaItem:
        """Import one file; raises its error instead of collecting it."""
        return Intake(self).import_file(case_id, path, policy, testimony_id)

    def add_items(self, items: Sequence[tuple[NewMediaItem, StoredDerivative | None]]) -> None:
        """Store new items whose sealed attachments (and copies, where given) are written, one
        statement per table (joins an open transaction, so the caller can sign their custody
        events, ``derivative_details`` for each copy, in the same one)."""
        with self.db.transaction() as db:
            db.executemany(_INSERT_ITEM, [_item_row(item) for item, _ in items])
            db.executemany(
                _INSERT_DERIVATIVE,
                [_derivative_row(item.id, stored) for item, stored in items if stored is not None],
            )

    def store_derivative_blob(
        self, deriv: Derivative, writer: BlobWriter | None = None
    ) -> StoredDerivative:
        """Write ``deriv``'s bytes as a new attachment; ``record_derivative`` then names it.

        ``writer`` (a new, unentered one of this store) is used instead of a durable one of its
        own: intake passes a ``durable=False`` writer, to sync it with others of its batch.
        """
        with writer or self.blobs.writer() as w:
            w.write(deriv.data)
        return stored_derivative(deriv.policy, deriv.mtype, w, deriv.converted, deriv.removed)

    def store_streamed_derivative(
        self,
        blob_id: str,
        key: bytes,
        source_sha256: str,
        policy: Policy,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> StoredDerivative:
        """Make the ``policy`` copy of the sealed attachment ``blob_id`` (a video, whose SHA-256
        is ``source_sha256``), kept as a recipe over it (``humdoc.core.recipes``).

        The copy is laid out from the video's index, then read once from the sealed original
        (at random places, ``BlobStore.open_random``) to hash it; nothing is decrypted to disk
        and memory stays bounded. Returns what ``record_derivative`` records; raises what
        ``clean_stream`` raises, leaving no attachment.
        """
        with self.blobs.open_random(blob_id, key) as source:
            mtype = sniff(source.read_at(0, HEAD_BYTES))
            plan = plan_stream(source, mtype, policy)
            digest = hashlib.sha256()
            emit(source, plan, digest.update, progress, cancelled)
        return recipes.store(self.blobs, plan, source_sha256, digest.hexdigest(), mtype, policy)

    def describe_sealed(self, blob_id: str, key: bytes) -> dict[str, Any]:
        """The metadata record of a sealed video, read from its index alone (see ``describe``)."""
        with self.blobs.open_random(blob_id, key) as source:
            return describe(source)

    def record_derivative(self, item_id: str, stored: StoredDerivative, source_sha: str) -> None:
        with self.db.transaction() as db:
            db.execute(_INSERT_DERIVATIVE, _derivative_row(item_id, stored))
            self.custody.append(item_id, "derivative", derivative_details(stored, source_sha))

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
        if streams_derivative(_type_of(item)):
            try:
                stored = self.store_streamed_derivative(
                    *self._sealed_ref(item_id), item.sealed_sha256, pol
                )
            except (PolicyRefused, MalformedMedia, UnsupportedMedia) as exc:
                raise _cannot_leave(item, pol, exc) from exc
        else:
            data = self.read_original(item_id)
            try:
                deriv = make_derivative(data, sniff(data[:HEAD_BYTES]), pol)
            except HumdocError as exc:
                raise _cannot_leave(item, pol, exc) from exc
            stored = self.store_derivative_blob(deriv)
        try:
            self.record_derivative(item_id, stored, item.sealed_sha256)
        except BaseException:
            with contextlib.suppress(OSError, HumdocError):
                self.blobs.delete(stored.blob)
            raise
        return next(d for d in self.get(item_id).derivatives if d.policy == pol.value)

    # --- reading ----------------------------------------------------------------------------

    def get(self, item_id: str) -> MediaItem:
        row = self.db.one("SELECT * FROM media_items WHERE id = ?", (item_id,))
        if row is None:
            raise UnknownMedia(item_id)
        return self._build(dict(row))

    def get_many(self, item_ids: Sequence[str]) -> builtins.list[MediaItem]:
        """The items ``item_ids``, in that order (two queries in all, not two per item);
        ``UnknownMedia`` for the first that does not exist."""
        ids = json.dumps(list(item_ids))
        derivs: dict[str, builtins.list[dict[str, Any]]] = {}
        for r in self.db.all(
            "SELECT * FROM derivatives WHERE item_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY item_id, policy",
            (ids,),
        ):
            derivs.setdefault(r["item_id"], []).append(dict(r))
        found: dict[str, MediaItem] = {}
        for r in self.db.all(
            "SELECT * FROM media_items WHERE id IN (SELECT value FROM json_each(?))", (ids,)
        ):
            row = dict(r)
            found[row["id"]] = self._build(row, derivs.get(row["id"], []))
        missing = next((i for i in item_ids if i not in found), None)
        if missing is not None:
            raise UnknownMedia(missing)
        return [found[i] for i in item_ids]

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
            raise UnknownMedia(item_id)
        with self.blobs.open(row[0], bytes(row[1])) as reader:
            yield reader

    @contextlib.contextmanager
    def open_derivative(self, item_id: str, policy: str) -> Iterator[CopyReader]:
        """Stream the item's ``policy`` copy (made now if it does not exist yet)."""
        self.derivative(item_id, policy)
        row = self.db.one(
            "SELECT blob, blob_key, form FROM derivatives WHERE item_id = ? AND policy = ?",
            (item_id, policy),
        )
        with self._open_stored(item_id, row[0], bytes(row[1]), row[2] == "recipe") as reader:
            yield reader

    def _open_stored(self, item_id: str, blob_id: str, key: bytes, recipe: bool) -> CopyReader:
        """A reader of a stored copy: the attachment itself, or the copy its recipe makes."""
        if not recipe:
            return self.blobs.open(blob_id, key)
        sealed, sealed_key = self._sealed_ref(item_id)
        sha = self.db.one("SELECT sealed_sha256 FROM media_items WHERE id = ?", (item_id,))[0]
        data = self.blobs.read_all(blob_id, key, MAX_RECIPE)
        source = self.blobs.open_random(sealed, sealed_key)
        try:
            return RecipeReader(source, recipes.decode(data, sha, source.size))
        except BaseException:
            source.close()
            raise

    def _sealed_ref(self, item_id: str) -> tuple[str, bytes]:
        row = self.db.one(
            "SELECT sealed_blob, sealed_key FROM media_items WHERE id = ?", (item_id,)
        )
        if row is None:
            raise NotFound(f"No media item with id {item_id!r}.")
        return str(row[0]), bytes(row[1])

    def read_original(self, item_id: str) -> bytes:
        """The sealed copy in memory (images only: refused above the in-memory limit)."""
        row = self.db.one(
            "SELECT sealed_blob, sealed_key FROM media_items WHERE id = ?", (item_id,)
        )
        if row is None:
            raise UnknownMedia(item_id)
        return self.blobs.read_all(row[0], bytes(row[1]), MAX_IN_MEMORY)

    def thumbnail(self, item_id: str, max_px: int = 256) -> bytes:
        """A PNG preview made in memory, never written to disk."""
        if self.get(item_id).kind != "image":
            return b""
        data = self.read_original(item_id)
        return make_thumbnail(data, sniff(data[:HEAD_BYTES]), max_px)

    def extract(
        self, item_id: str, out: Path, derivative_policy: str | None = None
    ) -> dict[str, Any]:
        """Write the sealed original (or its derivative under a policy) to ``out`` for handover.

        The copy is checked against the recorded SHA-256 before it is put in place; the handover
        is recorded in the chain of custody.
        """
        item = self.get(item_id)
        if out.exists():
            raise FileExists(out.name)
        if derivative_policy and derivative_policy != "keep":
            info = self.derivative(item_id, derivative_policy)
            source = self.open_derivative(item_id, derivative_policy)
            expected, what = info.sha256, f"{derivative_policy} copy"
        else:
            source, expected, what = self.open_sealed(item_id), item.sealed_sha256, item.sealed_name
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
        """Delete an item, its derivatives, the versions a centre received, and their blobs (the
        custody log stays)."""
        item = self.get(item_id)
        blobs = [
            r[0] for r in self.db.all("SELECT blob FROM derivatives WHERE item_id = ?", (item_id,))
        ]
        sealed = self.db.one("SELECT sealed_blob FROM media_items WHERE id = ?", (item_id,))[0]
        versions = version_blobs(self.db, item_id)
        with self.db.transaction() as db:
            db.execute("DELETE FROM media_items WHERE id = ?", (item.id,))
        for blob_id in sorted({sealed, *blobs, *versions}):
            with contextlib.suppress(OSError, HumdocError):
                self.blobs.delete(blob_id)

    def drop_record(self, item_id: str) -> builtins.list[str]:
        """Delete an item's record and its derivatives' (with their file keys), joining the
        caller's transaction; return the attachments they named, for the caller to erase once
        the transaction committed. The custody log stays. ``NotFound`` if there is no such item.
        """
        self.get(item_id)
        blobs = [
            r[0] for r in self.db.all("SELECT blob FROM derivatives WHERE item_id = ?", (item_id,))
        ]
        sealed = self.db.one("SELECT sealed_blob FROM media_items WHERE id = ?", (item_id,))[0]
        with self.db.transaction() as db:
            db.execute("DELETE FROM media_items WHERE id = ?", (item_id,))  # derivatives cascade
        return [sealed, *blobs]

    def stored_copies(self) -> builtins.list[StoredCopy]:
        """Every attachment the media records name (originals, derivatives, and at a centre the
        files of earlier versions it received: ``copy`` is then ``received in <bundle id>``)."""
        rows = self.db.all(
            "SELECT id, 'original', sealed_blob, sealed_size, sealed_sha256, 0 FROM media_items "
            "UNION ALL SELECT item_id, policy, blob, size, sha256, form = 'recipe' FROM derivatives "
            "UNION ALL SELECT ref, 'received in ' || bundle_id, blob, size, sha256, 0 FROM ("
            "SELECT ref, bundle_id, blob, json_extract(record, '$.size') AS size, "
            "json_extract(record, '$.sha256') AS sha256, min(sequence) FROM received_versions "
            "WHERE kind = 'media' AND blob IS NOT NULL "
            "AND blob NOT IN (SELECT sealed_blob FROM media_items) GROUP BY blob) ORDER BY 1, 2"
        )
        return [StoredCopy(r[0], r[1], r[2], int(r[3]), r[4], bool(r[5])) for r in rows]

    def open_copy(self, copy: StoredCopy) -> CopyReader:
        """Stream ``copy``'s plaintext; raises what ``BlobStore.open`` raises, or ``NotFound``
        if no record names that attachment any more."""
        if copy.copy == "original":
            sql = "SELECT sealed_key FROM media_items WHERE id = ? AND sealed_blob = ?"
            row = self.db.one(sql, (copy.item_id, copy.blob_id))
        elif copy.copy.startswith("received in "):
            sql = "SELECT blob_key FROM received_versions WHERE ref = ? AND blob = ? LIMIT 1"
            row = self.db.one(sql, (copy.item_id, copy.blob_id))
        else:
            sql = "SELECT blob_key FROM derivatives WHERE item_id = ? AND policy = ? AND blob = ?"
            row = self.db.one(sql, (copy.item_id, copy.copy, copy.blob_id))
        if row is None:
            raise NotFound(f"No record names attachment {copy.blob_id} of {copy.item_id}.")
        key = bytearray(row[0])
        try:
            return self._open_stored(copy.item_id, copy.blob_id, bytes(key), copy.recipe)
        finally:
            wipe(key)

    def referenced_blobs(self) -> set[str]:
        rows = self.db.all(
            "SELECT sealed_blob FROM media_items UNION SELECT blob FROM derivatives"
            " UNION SELECT blob FROM recording_chunks"  # a recording's sealed sound
        )
        return {r[0] for r in rows} | version_blobs(self.db)  # a centre's earlier versions too

    def _build(
        self, row: dict[str, Any], derivatives: builtins.list[dict[str, Any]] | None = None
    ) -> MediaItem:
        """An item from its row, with its copies' rows (read here when not given)."""
        if derivatives is None:
            derivatives = [
                dict(r)
                for r in self.db.all(
                    "SELECT * FROM derivatives WHERE item_id = ? ORDER BY policy", (row["id"],)
                )
            ]
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
            for r in derivatives
        )
        for key in ("sealed_blob", "sealed_key"):
            row.pop(key)
        row["metadata"] = json.loads(row["metadata"])
        row["location_removed"] = bool(row["location_removed"])
        return MediaItem(**row, derivatives=derivs)


def _type_of(item: MediaItem) -> MediaType:
    return MediaType(item.kind, item.format, item.mime, item.extension)


def _cannot_leave(item: MediaItem, policy: Policy, exc: HumdocError) -> PolicyRefused:
    return PolicyRefused(f"{item.original_name} ({item.id}) cannot leave under {policy}: {exc}")


def _ignore(_item: MediaItem) -> None:
    """No ``imported`` callback."""
