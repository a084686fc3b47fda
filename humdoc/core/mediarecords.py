"""The records of a vault's media, as they cross modules: what is stored, what is shown.

``humdoc.core.mediaitems`` owns the ``media_items`` and ``derivatives`` tables; intake and the
centre's importer hand it these records instead of rows by position.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from humdoc.core.domain.common import now_iso

if TYPE_CHECKING:
    from humdoc.core.blobs import BlobWriter
    from humdoc.core.media import MediaType, Policy

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
class CopyFacts:
    """One copy of a media item: its name for people, size in bytes (None where not known here),
    SHA-256, and whether it is the copy the vault holds sealed."""

    name: str
    size: int | None
    sha256: str
    sealed: bool


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

    @property
    def sealed_name(self) -> str:
        """What the vault holds sealed, named for people: ``"original"`` when it is the file as
        imported; at a centre that received a cleaned copy, ``"evidence copy"`` or ``"strip copy"``;
        where location was removed at intake, ``"copy sealed without location"``."""
        received = self.metadata.get("received_under_policy")
        if received in ("evidence", "strip"):
            return f"{received} copy"
        if self.sealed_sha256 != self.sha256:
            return "copy sealed without location"
        return "original"

    def copies(self) -> list[CopyFacts]:
        """Each copy this item has a SHA-256 for, with that copy's own size, original first.

        At a centre that received a cleaned copy the original's size is ``None``: the bundle
        carries the original's SHA-256 (to match it against the field device's record), never
        the original itself or its size.
        """
        held_elsewhere = self.sealed_name != "original"
        unknown = held_elsewhere and "received_under_policy" in self.metadata
        facts = [CopyFacts("original", None if unknown else self.size, self.sha256, False)]
        if held_elsewhere:
            facts.append(CopyFacts(self.sealed_name, self.sealed_size, self.sealed_sha256, True))
        else:
            facts[0] = CopyFacts("original", self.sealed_size, self.sha256, True)
        facts += [CopyFacts(f"{d.policy} copy", d.size, d.sha256, False) for d in self.derivatives]
        return facts

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
    #: ``copy``: ``blob`` holds the copy itself; ``recipe``: ``blob`` holds the recipe that makes
    #: it from the sealed original (``humdoc.core.recipes``), ``size``/``sha256`` are the copy's.
    form: str = "copy"


def stored_derivative(
    policy: Policy, mtype: MediaType, w: BlobWriter, converted: bool, removed: Sequence[str]
) -> StoredDerivative:
    """What ``record_derivative`` records of a derivative just written through ``w``."""
    return StoredDerivative(
        policy=str(policy),
        format=mtype.format,
        mime=mtype.mime,
        extension=mtype.extension,
        blob=w.blob_id,
        blob_key=bytes(w.key),
        size=w.size,
        sha256=w.sha256,
        converted=converted,
        removed=tuple(removed),
        created=now_iso(),
    )


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
    #: True when the attachment is a recipe: ``size``/``sha256`` are then the copy it makes.
    recipe: bool = False


def derivative_details(stored: StoredDerivative, source_sha256: str) -> dict[str, Any]:
    """The details of the ``derivative`` custody event of a copy made from the sealed original
    whose SHA-256 is ``source_sha256``."""
    return {
        "policy": stored.policy,
        "source_sha256": source_sha256,
        "sha256": stored.sha256,
        "size": stored.size,
        "mime": stored.mime,
        "converted": stored.converted,
    }
