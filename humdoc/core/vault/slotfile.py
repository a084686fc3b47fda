"""vault.json on disk: two copies of the keyslot area, overwritten in place, never renamed.

The file is created once with its final size (``keyslots.FILE_SIZE``) and from then on only
overwritten, area by area, on the same blocks (``safefs.open_in_place``): a rename would leave the
previous keyslots in freed blocks, where they were carved back on ext4.

Crash safety comes from the two copies, as LUKS2's double header: a rewrite first overwrites the
copy the vault was *not* read from and fsyncs, then the other and fsyncs. A kill or power cut at
any instant leaves one copy whose checksum holds, and the valid copy with the higher generation
is the vault's state: before the first fsync the old one, after it the new one. Never neither.

Every byte that ever held a slot lies in those two areas (or, for a vault made before version 2,
in the old file's own blocks, which the migration's first rewrite overwrites too), so
``destroy`` overwrites them all. Blocks that a version-1 humdoc freed by renaming are beyond
reach: see docs/threat-model.md.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from humdoc.core import safefs
from humdoc.core.errors import HumdocError, InvalidInput, VaultCorrupt, VaultNotFound
from humdoc.core.vault.keyslots import (
    AREA_COUNT,
    AREA_SIZE,
    FILE_SIZE,
    MAX_FILE,
    KeyFile,
    parse_file,
)


@dataclass(frozen=True)
class Loaded:
    """The key file as read, and where it came from."""

    keyfile: KeyFile
    #: The area it was read from; None for a version-1 file (to be migrated).
    source: int | None

    @property
    def is_legacy(self) -> bool:
        return self.source is None


def load(path: Path) -> Loaded:
    """Read and parse vault.json.

    Raises ``VaultNotFound`` if it is absent, ``VaultCorrupt`` if it cannot be read or parsed,
    ``UnsupportedVersion`` if a newer humdoc wrote it.
    """
    if not path.exists() and not path.is_symlink():
        raise VaultNotFound(f"No vault at {path.parent}.")
    try:
        with safefs.open_regular(path) as fh:
            # BufferedReader.read(n) reads a regular file until n bytes or its end; one byte
            # more than the largest vault.json accepted lets parse_file notice an oversized one.
            data = fh.read(MAX_FILE + 1)
    except InvalidInput as exc:
        raise VaultCorrupt(f"vault.json cannot be read: {exc}") from None
    except OSError as exc:
        raise VaultCorrupt(f"vault.json cannot be read ({exc.strerror}).") from exc
    keyfile, source = parse_file(data)
    return Loaded(keyfile, source)


def create(path: Path, keyfile: KeyFile) -> None:
    """Write the vault.json of a new vault at its final size (there is no old file to scrub)."""
    safefs.atomic_write(path, keyfile.to_bytes())


def rewrite(path: Path, keyfile: KeyFile) -> None:
    """Replace the vault's keyslots with ``keyfile``, in place and crash-safe.

    Rereads the file to learn which copy is current, gives ``keyfile`` the next generation,
    overwrites the other copy, fsyncs, then the current one, fsyncs. A version-1 file is
    migrated by the same two writes (the second one overwrites the old document's bytes); if
    it was longer than the new layout, its tail is overwritten with random bytes and cut off.
    Raises ``VaultCorrupt`` or ``UnsupportedVersion`` if the file no longer parses,
    ``DiskFull`` if the disk refuses.
    """
    with safefs.open_in_place(path) as fh:
        data = fh.read_all()
        current, source = parse_file(data)
        keyfile.generation = (
            secrets.randbelow(1 << 48) if source is None else current.generation + 1
        )
        _write_both(fh, keyfile, source, len(data))


def destroy(path: Path) -> None:
    """Overwrite every keyslot in vault.json with random filler, in place, and fsync.

    Afterwards no passphrase opens the vault. Both copies are overwritten; the file keeps its
    layout and every slot's parameters, so it looks like any other vault.json. A file that
    cannot be parsed (damaged, or from a newer humdoc) is overwritten with random bytes of the
    same length instead: destroying it is what counts.

    Raises ``VaultNotFound`` if there is no such file, ``InvalidInput`` if it is not a regular
    file, and ``OSError`` if the disk refuses the write.
    """
    try:
        with safefs.open_in_place(path) as fh:
            data = fh.read_all()
            try:
                current, source = parse_file(data)
            except HumdocError:
                fh.write_at(0, secrets.token_bytes(len(data)))
                return
            blank = current.blanked()
            blank.generation = current.generation + 1
            _write_both(fh, blank, source, len(data))
    except FileNotFoundError:
        raise VaultNotFound(f"No vault at {path.parent}.") from None


def _write_both(fh: safefs.InPlaceFile, keyfile: KeyFile, source: int | None, size: int) -> None:
    area = keyfile.area()
    # The copy the vault was read from is overwritten last: until the other one is durable,
    # it is what opens the vault. A version-1 document sits where area A goes, so B goes first.
    first = 1 if source in (None, 0) else 0
    for index in (first, *(i for i in range(AREA_COUNT) if i != first)):
        fh.write_at(index * AREA_SIZE, area)
    if size > FILE_SIZE:
        # Only a hand-made version-1 file can be longer than the layout: scrub its tail, then
        # drop it, so that the file has its fixed size from now on.
        fh.write_at(FILE_SIZE, secrets.token_bytes(size - FILE_SIZE))
        fh.shrink_to(FILE_SIZE)
