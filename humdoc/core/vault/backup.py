"""Backup and restore: the vault's encrypted files in one POSIX tar, checked on the way back.

A backup holds exactly what is on disk, already encrypted: ``vault.json`` (the keyslots),
``vault.db`` (SQLCipher, its WAL checkpointed into it first), every ``blobs/xx/<id>``, and
``manifest-sha256.txt`` last, in ``sha256sum`` format, so that ``tar -x`` and ``sha256sum -c``
check a backup by hand. No plaintext is ever written; the backup opens with the same passphrase
as the vault did when it was made (and its duress passphrase, if any, is in it too).

Members carry no owner name or id and mode 0600. Restoring reads the tar member by member and
refuses anything but regular files with the expected names (no links, no ``..``, no duplicates),
writes each file atomically, checks the manifest, then unlocks the restored vault and runs its
integrity check; on any failure it removes everything it restored.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import tarfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO

from humdoc.core import safefs
from humdoc.core.errors import InvalidInput, VaultCorrupt, VaultExists, VaultLocked
from humdoc.core.progress import (
    Cancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)
from humdoc.core.vault.paths import VaultPaths
from humdoc.core.vault.vault import Vault

MANIFEST = "manifest-sha256.txt"
_MEMBER = re.compile(
    r"vault\.json|vault\.db|manifest-sha256\.txt|blobs/(?P<shard>[0-9a-f]{2})/(?P=shard)[0-9a-f]{30}"
)
_MANIFEST_LINE = re.compile(r"(?P<digest>[0-9a-f]{64})  (?P<name>[^\n]+)")
_CHUNK = 1024 * 1024
_MAX_KEYFILE = 64 * 1024
_MAX_MANIFEST = 16 * 1024 * 1024
_MAX_MEMBERS = 1_000_000

#: Called with the restored folder once its files are in place; returns the problems it finds.
Verifier = Callable[[Path, bytes], list[str]]


@dataclass(frozen=True)
class BackupResult:
    """What a backup holds."""

    path: Path
    files: int
    size: int


@dataclass(frozen=True)
class RestoreResult:
    """What was restored."""

    root: Path
    files: int


class _HashingReader:
    """Reads a file for tarfile while hashing it, reporting progress and checking for cancel."""

    def __init__(self, fh: IO[bytes], advance: Callable[[int], None], cancelled: Cancelled) -> None:
        self._fh = fh
        self._advance = advance
        self._cancelled = cancelled
        self.hash = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        check_cancelled(self._cancelled)
        data = self._fh.read(size if size >= 0 else _CHUNK)
        self.hash.update(data)
        self._advance(len(data))
        return data


def _tarinfo(name: str, size: int, mtime: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o600
    info.type = tarfile.REGTYPE
    info.uid = info.gid = 0
    info.uname = info.gname = ""  # the user's login name has no business in a backup
    return info


def write_backup(
    vault: Vault,
    out: Path,
    blob_ids: Iterable[str],
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> BackupResult:
    """Write a consistent backup of the unlocked ``vault`` to ``out``, atomically.

    ``blob_ids`` names the attachments to include (``BlobStore.ids()``). The WAL is checkpointed
    into vault.db and the database is held in a write transaction while it is copied, so the
    copy is one committed state. Raises ``InvalidInput`` if ``out`` exists or lies inside the
    vault, ``OperationCancelled`` if ``cancelled()`` turns true (nothing is left at ``out``),
    ``DiskFull`` if the disk fills.
    """
    paths = vault.paths
    out = out.expanduser()
    if out.exists() or out.is_symlink():
        raise InvalidInput(f"{out} already exists; a backup never overwrites a file.")
    if not out.parent.is_dir():
        raise InvalidInput(f"{out.parent} is not a folder.")
    root = paths.root.resolve()
    if root == out.parent.resolve() or root in out.parent.resolve().parents:
        raise InvalidInput("Write the backup outside the vault folder.")
    blobs = [paths.blobs / b[:2] / b for b in blob_ids]
    members = [("vault.json", paths.keyfile), ("vault.db", paths.db)]
    members += [(f"blobs/{p.parent.name}/{p.name}", p) for p in blobs]
    total = sum(p.stat().st_size for _, p in members)
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        progress(done, total)

    busy = vault.db.one("PRAGMA wal_checkpoint(TRUNCATE)")
    if busy is not None and busy[0]:
        raise VaultLocked("The vault database is busy; try the backup again.")
    lines: list[str] = []
    now = int(time.time())
    progress(0, total)
    with (
        safefs.atomic_writer(out) as fh,
        tarfile.open(fileobj=fh, mode="w|", format=tarfile.USTAR_FORMAT) as tar,
    ):
        for name, path in members:
            with safefs.open_regular(path) as src:
                size = _size(src)
                reader = _HashingReader(src, advance, cancelled)
                if name == "vault.db":
                    # A write transaction keeps every other connection from changing the file
                    # while it is copied; the WAL was just emptied into it.
                    with vault.db.transaction():
                        _require_empty_wal(paths)
                        tar.addfile(_tarinfo(name, size, now), reader)
                else:
                    tar.addfile(_tarinfo(name, size, now), reader)
                lines.append(f"{reader.hash.hexdigest()}  {name}\n")
        manifest = "".join(lines).encode()
        tar.addfile(_tarinfo(MANIFEST, len(manifest), now), io.BytesIO(manifest))
        check_cancelled(cancelled)
    return BackupResult(out, len(members), out.stat().st_size)


def _size(fh: BinaryIO) -> int:
    return os.fstat(fh.fileno()).st_size


def _require_empty_wal(paths: VaultPaths) -> None:
    wal = paths.db_sidecars[0]
    if wal.exists() and wal.stat().st_size:
        raise VaultLocked("The vault database is busy; try the backup again.")


def restore_backup(
    source: Path,
    root: Path,
    passphrase: bytes,
    verify: Verifier | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> RestoreResult:
    """Restore the backup ``source`` into ``root`` (absent or an empty folder) and check it.

    The restored vault must open with ``passphrase`` and pass ``verify`` (by default: the
    database's integrity check). Raises ``VaultExists`` if ``root`` is not empty,
    ``InvalidInput`` if ``source`` is not an intact humdoc backup (damaged, altered, unexpected
    or unsafe members), ``WrongPassphrase`` if the passphrase does not open it, ``VaultCorrupt``
    if the check fails, ``OperationCancelled`` on cancel. On any failure nothing restored stays.
    """
    root = root.expanduser()
    if root.is_symlink() or (root.exists() and (not root.is_dir() or any(root.iterdir()))):
        raise VaultExists(f"{root} is not an empty folder; restore into a new, empty one.")
    created = not root.exists()
    with safefs.open_regular(source) as fh:
        total = _size(fh)
        safefs.make_private_dir(root)
        try:
            count = _extract(fh, root, total, progress, cancelled)
            problems = (verify or _check_database)(root, passphrase)
            if problems:
                raise VaultCorrupt(f"The restored vault failed its integrity check: {problems[0]}")
        except BaseException:
            _remove_restored(root, created)
            raise
    return RestoreResult(root, count)


def _extract(fh: BinaryIO, root: Path, total: int, progress: Progress, cancelled: Cancelled) -> int:
    digests: dict[str, str] = {}
    manifest: bytes | None = None
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        progress(done, total)

    try:
        with tarfile.open(fileobj=fh, mode="r:") as tar:
            for member in tar:
                name = _check_member(member, digests, manifest is not None)
                src = tar.extractfile(member)
                if src is None:  # pragma: no cover - regular files always have data
                    raise _damaged("a member has no data")
                reader = _HashingReader(src, advance, cancelled)
                if name == MANIFEST:
                    manifest = _read_exact(reader, member.size)
                    continue
                dest = root.joinpath(*safefs.safe_member_path(name).parts)
                safefs.make_private_dir(dest.parent)
                with safefs.atomic_writer(dest) as out:
                    remaining = member.size
                    while remaining:
                        chunk = reader.read(min(_CHUNK, remaining))
                        if not chunk:
                            raise _damaged("it is truncated")
                        out.write(chunk)
                        remaining -= len(chunk)
                digests[name] = reader.hash.hexdigest()
    except (tarfile.TarError, EOFError, UnicodeDecodeError) as exc:
        raise _damaged("it is not a readable tar archive") from exc
    _check_manifest(manifest, digests)
    return len(digests)


def _check_member(member: tarfile.TarInfo, seen: dict[str, str], after_manifest: bool) -> str:
    name = member.name
    if member.type not in (tarfile.REGTYPE, tarfile.AREGTYPE):
        raise _damaged(f"{name!r} is not a regular file")
    if not _MEMBER.fullmatch(name):
        raise _damaged(f"it holds an unexpected file {name!r}")
    safefs.safe_member_path(name)
    if name in seen or after_manifest or len(seen) >= _MAX_MEMBERS:
        raise _damaged(f"{name!r} appears twice or after the manifest")
    if name == "vault.json" and member.size > _MAX_KEYFILE:
        raise _damaged("vault.json is far too large")
    if name == MANIFEST and member.size > _MAX_MANIFEST:
        raise _damaged("its manifest is far too large")
    return name


def _read_exact(reader: _HashingReader, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = reader.read(size - len(data))
        if not chunk:
            raise _damaged("it is truncated")
        data += chunk
    return data


def _check_manifest(manifest: bytes | None, digests: dict[str, str]) -> None:
    if manifest is None:
        raise _damaged("it has no manifest")
    listed: dict[str, str] = {}
    for line in manifest.decode("ascii", errors="replace").splitlines():
        match = _MANIFEST_LINE.fullmatch(line)
        if not match or not _MEMBER.fullmatch(match["name"]) or match["name"] in listed:
            raise _damaged("its manifest is malformed")
        listed[match["name"]] = match["digest"]
    if set(listed) != set(digests):
        raise _damaged("its files differ from its manifest")
    for name, digest in digests.items():
        if listed[name] != digest:
            raise _damaged(f"{name} does not match its SHA-256 in the manifest")
    if "vault.json" not in digests or "vault.db" not in digests:
        raise _damaged("vault.json or vault.db is missing")


def _check_database(root: Path, passphrase: bytes) -> list[str]:
    vault = Vault.unlock(root, passphrase)
    try:
        return vault.db.integrity_problems()
    finally:
        vault.lock()


def _remove_restored(root: Path, created: bool) -> None:
    """``root`` was absent or empty before the restore: everything in it now is the restore's."""
    with contextlib.suppress(OSError):
        for entry in root.iterdir():
            if entry.is_dir() and not entry.is_symlink():
                safefs.remove_tree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
        if created:
            root.rmdir()


def _damaged(why: str) -> InvalidInput:
    return InvalidInput(f"This is not an intact humdoc backup: {why}.")
