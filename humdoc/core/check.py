"""Checking a whole vault: the database, every attachment against its record, every custody chain.

``check_vault`` never writes. It runs, in order:

1. the database's own checks (SQLCipher's page HMACs and SQLite's integrity check). If they fail,
   the records cannot be trusted, so nothing else is checked and the report says so;
2. every custody chain (``humdoc.core.custody.verify_chain``), and that every media item has one;
3. unless ``quick``: every attachment a media record names (the sealed original and each
   derivative) is decrypted to its end and its size and SHA-256 compared with its record; every
   file under ``blobs/`` that no record names is reported as an orphan.

Findings name the item, which copy and the attachment, and say what is wrong. Progress is counted
in bytes: the characters of the custody entries verified, then the plaintext bytes of the
attachments decrypted (each attachment counts its recorded size, whatever was found).
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humdoc.core.blobs import BlobStore
from humdoc.core.bundle.minisign import PublicKey
from humdoc.core.crypto.stream import CHUNK_SIZE, ciphertext_size, wipe
from humdoc.core.custody import CustodyLog, verify_chain
from humdoc.core.errors import BlobCorrupt, NotFound
from humdoc.core.mediaitems import MediaLibrary, StoredCopy
from humdoc.core.progress import Cancelled, Progress, check_cancelled
from humdoc.core.vault.database import Database

DATABASE = "database"
MISSING = "missing"
DAMAGED = "damaged"
ORPHAN = "orphan"
CUSTODY = "custody"
#: Every kind of finding, in the order a report lists them.
KINDS = (DATABASE, CUSTODY, MISSING, DAMAGED, ORPHAN)

_TEMP_PREFIX = ".tmp-"  # a crashed writer's file: swept at unlock, not an orphan


@dataclass(frozen=True)
class Finding:
    """One thing wrong with the vault.

    ``item`` is the media item (or testimony) concerned, ``copy`` which of its stored copies
    (``original`` or a derivative's policy), ``blob`` the attachment id and ``file`` its path inside
    the vault folder; each is ``None`` where it does not apply.
    """

    kind: str
    problem: str
    item: str | None = None
    copy: str | None = None
    blob: str | None = None
    file: str | None = None

    @property
    def damage(self) -> bool:
        """True unless this is an orphan: a file no record names harms no evidence."""
        return self.kind != ORPHAN

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "damage": self.damage,
            "item": self.item,
            "copy": self.copy,
            "blob": self.blob,
            "file": self.file,
            "problem": self.problem,
        }

    def __str__(self) -> str:
        if self.item is not None and self.copy is not None:
            subject = f"item {self.item}, {self.copy}"
        elif self.item is not None:
            subject = f"item {self.item}"
        elif self.file is not None:
            subject = self.file
        else:
            subject = self.kind
        return f"{subject}: {self.problem}"


class CheckReport(list[Finding]):
    """The findings of one check (a list; empty when nothing at all was found), with its scope.

    ``ok`` is true if and only if no finding is damage (orphans alone leave the vault sound).
    """

    def __init__(self, findings: Iterable[Finding] = (), *, quick: bool = False) -> None:
        super().__init__(findings)
        self.quick = quick
        self.chains = 0
        self.attachments = 0
        self.bytes = 0

    @property
    def ok(self) -> bool:
        return not any(f.damage for f in self)

    @property
    def damaged(self) -> list[Finding]:
        return [f for f in self if f.damage]

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "quick": self.quick,
            "chains": self.chains,
            "attachments": self.attachments,
            "bytes": self.bytes,
            "findings": [f.to_json() for f in self],
        }


@dataclass
class _Meter:
    """Monotonic byte progress over a total fixed at the start."""

    progress: Progress
    cancelled: Cancelled
    total: int
    done: int = field(default=0)

    def advance(self, count: int) -> None:
        self.done = min(self.total, self.done + count)
        self.progress(self.done, self.total)
        check_cancelled(self.cancelled)

    def reach(self, mark: int) -> None:
        """Jump to ``mark`` (never back): an attachment counts its recorded size, whole."""
        if mark > self.done:
            self.advance(mark - self.done)
        else:
            check_cancelled(self.cancelled)


def check_vault(
    db: Database,
    media: MediaLibrary,
    blobs: BlobStore,
    custody: CustodyLog,
    keys: Callable[[str], PublicKey | None],
    *,
    quick: bool,
    swept: Iterable[str],
    progress: Progress,
    cancelled: Cancelled,
) -> CheckReport:
    """Check the vault; return every finding. See the module docstring for what is checked.

    ``swept`` names orphan attachments the unlock already removed; they are reported as orphans.
    Raises ``OperationCancelled`` if and only if ``cancelled()`` turned true before the end.
    """
    report = CheckReport(quick=quick)
    check_cancelled(cancelled)
    problems = db.integrity_problems()
    if problems:
        report.extend(Finding(DATABASE, p) for p in problems)
        report.append(
            Finding(DATABASE, "attachments and custody were not checked: the records are damaged")
        )
        return report
    if quick:
        return report
    chains = custody.chained_items()
    copies = media.stored_copies()
    meter = _Meter(progress, cancelled, sum(chains.values()) + sum(c.size for c in copies))
    progress(0, meter.total)
    report.extend(_check_custody(media, custody, keys, chains, meter))
    report.chains = len(chains)
    report.extend(_check_copies(media, blobs, copies, meter))
    report.attachments = len(copies)
    report.bytes = sum(c.size for c in copies)
    report.extend(_orphans(blobs, {c.blob_id for c in copies}, set(swept)))
    report.sort(key=lambda f: (KINDS.index(f.kind), f.item or "", f.copy or "", f.file or ""))
    return report


def _check_custody(
    media: MediaLibrary,
    custody: CustodyLog,
    keys: Callable[[str], PublicKey | None],
    chains: dict[str, int],
    meter: _Meter,
) -> list[Finding]:
    found: list[Finding] = []
    for item_id, size in chains.items():
        problems = verify_chain(item_id, custody.chain(item_id), keys)
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            found.append(Finding(CUSTODY, f"custody log: {problems[0]}{more}", item_id))
        meter.advance(size)
    # The media list is paged so a large vault is never held in memory at once.
    offset = 0
    while page := media.list(offset=offset, limit=1000):
        found += [
            Finding(CUSTODY, "custody log: the item has no custody record", item.id)
            for item in page
            if item.id not in chains
        ]
        offset += len(page)
    return found


def _check_copies(
    media: MediaLibrary, blobs: BlobStore, copies: list[StoredCopy], meter: _Meter
) -> list[Finding]:
    found: list[Finding] = []
    buffer = bytearray(CHUNK_SIZE)
    try:
        for copy in copies:
            start = meter.done
            problem = _check_copy(media, blobs, copy, buffer, meter)
            meter.reach(start + copy.size)
            if problem is not None:
                kind, text = problem
                found.append(
                    Finding(kind, text, copy.item_id, copy.copy, copy.blob_id, _rel(copy.blob_id))
                )
    finally:
        wipe(buffer)
    return found


def _check_copy(
    media: MediaLibrary, blobs: BlobStore, copy: StoredCopy, buffer: bytearray, meter: _Meter
) -> tuple[str, str] | None:
    """``(kind, what is wrong)`` for one stored copy, or ``None`` if it is exactly its record."""
    path = blobs.folder / copy.blob_id[:2] / copy.blob_id
    try:
        info = path.lstat()
    except FileNotFoundError:
        return MISSING, "the attachment file is missing"
    if not stat.S_ISREG(info.st_mode):
        return DAMAGED, "the attachment is not a regular file (a link or a folder took its place)"
    expected = ciphertext_size(copy.size)
    # A recipe's attachment is small; the copy it makes is checked in full below.
    if not copy.recipe and info.st_size != expected:
        how = "cut short" if info.st_size < expected else "longer than it should be"
        return DAMAGED, (
            f"the attachment file is {how}: {info.st_size} bytes, where {copy.size} bytes "
            f"as recorded are stored in {expected}"
        )
    digest = hashlib.sha256()
    size = 0
    try:
        with media.open_copy(copy) as reader, memoryview(buffer) as view:
            while count := reader.readinto(view):
                digest.update(view[:count])
                size += count
                meter.advance(count)
    except BlobCorrupt:
        return DAMAGED, "the attachment fails authentication: damaged, altered or swapped"
    except NotFound:
        return None  # deleted by the same session since the list was made: nothing to check
    if size != copy.size:
        return DAMAGED, f"the attachment holds {size} bytes; its record says {copy.size}"
    if digest.hexdigest() != copy.sha256:
        return DAMAGED, "the attachment's SHA-256 differs from its record"
    return None


def _rel(blob_id: str) -> str:
    return f"blobs/{blob_id[:2]}/{blob_id}"


def _orphans(blobs: BlobStore, referenced: set[str], swept: set[str]) -> list[Finding]:
    """Entries under ``blobs/`` that no record names, and the orphans the unlock removed."""
    found = [
        Finding(ORPHAN, _SWEPT, blob=blob_id, file=_rel(blob_id))
        for blob_id in sorted(swept - referenced)
    ]
    if not blobs.folder.is_dir():
        return found
    for top in _entries(blobs.folder):
        if not (_is_hex(top.name, 2) and top.is_dir(follow_symlinks=False)):
            found.append(Finding(ORPHAN, _STRAY, file=f"blobs/{_printable(top.name)}"))
            continue
        for entry in _entries(Path(top.path)):
            rel = f"blobs/{top.name}/{_printable(entry.name)}"
            in_place = _is_hex(entry.name, 32) and entry.name[:2] == top.name
            if in_place and entry.name in referenced:
                continue  # checked against its record by _check_copy
            if in_place and entry.is_file(follow_symlinks=False):
                found.append(Finding(ORPHAN, _UNNAMED, blob=entry.name, file=rel))
            else:
                found.append(Finding(ORPHAN, _STRAY, file=rel))
    return found


_SWEPT = "no record named this attachment; it was removed when the vault was unlocked"
_UNNAMED = "no record names this attachment"
_STRAY = "humdoc did not put this here"


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    """The entries of ``folder`` by name, without a crashed writer's temporary files."""
    with os.scandir(folder) as it:
        return sorted((e for e in it if not e.name.startswith(_TEMP_PREFIX)), key=lambda e: e.name)


def _printable(name: str) -> str:
    """A file name someone else chose, safe to print: control characters (terminal escapes) are
    shown as Python escapes, undecodable bytes as ``\\xNN``."""
    out = []
    for char in name:
        if char.isprintable():
            out.append(char)
        elif 0xDC80 <= ord(char) <= 0xDCFF:  # os.fsdecode's stand-in for an undecodable byte
            out.append(f"\\x{ord(char) - 0xDC00:02x}")
        else:
            out.append(char.encode("unicode_escape").decode("ascii"))
    return "".join(out)


def _is_hex(name: str, length: int) -> bool:
    return len(name) == length and all(c in "0123456789abcdef" for c in name)
