"""The records of a vault's media, as they cross modules: what is stored, what is shown.

``humdoc.core.mediaitems`` owns the ``media_items`` and ``derivatives`` tables; intake and the
centre's importer hand it these records instead of rows by position.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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


@dataclass(frozen=True)
class NewMediaItem:
    """One ``media_items`` row to store: the facts of a ``MediaItem`` plus its sealed attachment.

    ``sealed_blob`` is the attachment's id in the blob store and ``sealed_key`` its file key; the
    attachment must be written and fsync'd before the row is.
    """

    id: str
    case_id: str
    testimony_id: str | None
    original_name: str
    kind: str
    format: str
    mime: str
    size: int
    sha256: str
    sealed_blob: str
    sealed_key: bytes
    sealed_size: int
    sealed_sha256: str
    location_removed: bool
    metadata: dict[str, Any]
    description: str
    imported_at: str
    imported_by: str


@dataclass(frozen=True)
class StoredDerivative:
    """A derivative whose attachment is written, not yet recorded: what ``derivatives`` holds."""

    policy: str
    format: str
    mime: str
    extension: str
    blob: str
    blob_key: bytes
    size: int
    sha256: str
    converted: bool
    removed: tuple[str, ...]
    created: str


@dataclass(frozen=True)
class StoredCopy:
    """One attachment a media record names, with the plaintext size and SHA-256 it must have.

    ``copy`` is ``"original"`` for the sealed evidentiary copy, else the derivative's policy.
    """

    item_id: str
    copy: str
    blob_id: str
    size: int
    sha256: str
