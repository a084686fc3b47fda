"""The duress passphrase and panic: destroying the vault's keys so that nothing can open it again.

The master key is 256 random bits that exist on disk only wrapped in vault.json's keyslots; the
database key is derived from it and every attachment key lives inside the database. Turning every
keyslot into random filler therefore makes vault.db and every attachment permanently
undecryptable, whatever passphrase anyone knows. Nothing else has to be overwritten for that, and
overwriting more would not help on flash storage anyway (an SSD remaps writes, so old blocks
survive an overwrite); it would only leave more traces of what happened.

vault.json is overwritten *in place* rather than replaced by a rename: a rename frees the old
file's blocks with the keyslots still in them, where a raw read of a hard disk can find them; an
in-place overwrite reuses those blocks (on hard disks and non-copy-on-write filesystems; flash
translation layers and copy-on-write filesystems may still keep the old bytes somewhere). The blank
file has exactly the same layout as the old one, only the random base64 differs, so even a write
torn by a power cut leaves a well-formed vault.json.

A duress unlock (see ``Vault.unlock``) then raises the very same ``WrongPassphrase`` a mistyped
passphrase raises, after the same number of Argon2id runs (see ``KeyFile.unlock``).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from humdoc.core import safefs
from humdoc.core.errors import HumdocError, InvalidInput, VaultNotFound
from humdoc.core.vault import keyslots
from humdoc.core.vault.paths import VaultPaths


def seal_duress(
    keyfile: keyslots.KeyFile, master_index: int, duress_passphrase: bytes
) -> keyslots.KeyFile:
    """A new key file: the master slot at ``master_index`` kept, one duress slot, the rest filler.

    Every slot other than the master slot is regenerated, so a duress slot set earlier is
    replaced (there is at most one). The duress slot goes to a random position among them and
    every slot gets the master slot's Argon2id parameters, so that no slot stands out.
    Its plaintext is the ``SLOT_DURESS`` kind byte and 32 random bytes that unlock nothing.
    """
    if not duress_passphrase:
        raise InvalidInput("The duress passphrase must not be empty.")
    cleared = clear_duress(keyfile, master_index)
    others = [i for i in range(len(cleared.slots)) if i != master_index]
    if not others:
        raise InvalidInput("This vault has no free keyslot for a duress passphrase.")
    position = secrets.choice(others)
    params = keyfile.slots[master_index].params
    decoy = bytearray(secrets.token_bytes(keyslots.KEY_LEN))
    try:
        cleared.slots[position] = keyslots.seal_slot(
            keyslots.SLOT_DURESS, decoy, duress_passphrase, params
        )
    finally:
        keyslots.wipe(decoy)
    return cleared


def clear_duress(keyfile: keyslots.KeyFile, master_index: int) -> keyslots.KeyFile:
    """A new key file with only the master slot; every other slot random filler of its parameters."""
    params = keyfile.slots[master_index].params
    slots = [keyslots.filler_slot(params) for _ in keyfile.slots]
    slots[master_index] = keyfile.slots[master_index]
    return keyslots.KeyFile(slots)


def destroy_keyslots(keyfile_path: Path) -> None:
    """Overwrite every keyslot in ``keyfile_path`` with random filler, in place, and fsync.

    Afterwards no passphrase opens the vault. The file keeps its size, its shape and every
    slot's parameters. A file that cannot be parsed (damaged, or from a newer humdoc) is
    overwritten with random bytes of the same length instead: destroying it is what counts.

    Raises ``VaultNotFound`` if there is no such file, ``InvalidInput`` if it is not a regular
    file, and ``OSError`` if the disk refuses the write.
    """
    try:
        data = keyfile_path.read_bytes()
    except FileNotFoundError:
        raise VaultNotFound(f"No vault at {keyfile_path.parent}.") from None
    try:
        blank = keyslots.KeyFile.from_bytes(data).blanked().to_bytes()
    except HumdocError:
        blank = secrets.token_bytes(len(data))
    if len(blank) != len(data):
        # Written by hand or by another tool: the layout differs, so a torn in-place write could
        # leave a file that no longer parses. Scrub the old bytes first, then replace atomically.
        _overwrite_in_place(keyfile_path, secrets.token_bytes(len(data)))
        safefs.atomic_write(keyfile_path, blank)
        return
    _overwrite_in_place(keyfile_path, blank)


def _overwrite_in_place(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InvalidInput(f"{path.name} is not a regular file.")
        view = memoryview(data)
        offset = 0
        while offset < len(view):
            offset += os.pwrite(fd, view[offset:], offset)
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class PanicResult:
    """What ``panic`` did."""

    keys_destroyed: bool
    wiped: bool


def panic(root: Path, wipe: bool = False) -> PanicResult:
    """Destroy the vault's keys at once, without a passphrase; with ``wipe`` also remove its files.

    The keyslots are destroyed first (``destroy_keyslots``): that alone makes the vault
    unreadable forever, and afterwards unlocking says "Wrong passphrase." like any mistyped
    passphrase. ``wipe`` then removes vault.db and its WAL and shared-memory files, blobs/,
    leftover temporary files and vault.json, and the vault folder if nothing else is in it.
    Files are unlinked, not overwritten: on SSDs and copy-on-write filesystems an overwrite does
    not reach the old blocks, and the key destruction is what makes them useless.

    Works while another humdoc process has the vault open (that process keeps its key in
    memory until it locks). Raises ``VaultNotFound`` if ``root`` holds no vault.
    """
    paths = VaultPaths(root)
    has_keys = paths.keyfile.is_file() and not paths.keyfile.is_symlink()
    if not has_keys and not (wipe and (paths.db.exists() or paths.blobs.exists())):
        raise VaultNotFound(f"No vault at {root}.")
    if has_keys:
        destroy_keyslots(paths.keyfile)
    if wipe:
        _wipe_files(paths)
    return PanicResult(keys_destroyed=has_keys, wiped=wipe)


def _wipe_files(paths: VaultPaths) -> None:
    for path in (paths.db, *paths.db_sidecars):
        path.unlink(missing_ok=True)
    if paths.blobs.is_symlink() or paths.blobs.is_file():
        paths.blobs.unlink()
    elif paths.blobs.is_dir():
        shutil.rmtree(paths.blobs)
    safefs.clean_temp_files(paths.root)
    paths.keyfile.unlink(missing_ok=True)
    safefs.fsync_dir(paths.root)
    with contextlib.suppress(OSError):
        paths.root.rmdir()  # only if empty: the folder may hold things that are not humdoc's
