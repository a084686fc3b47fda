"""The duress passphrase and panic: destroying the vault's keys so that nothing can open it again.

The master key is 256 random bits that exist on disk only wrapped in vault.json's keyslots; the
database key is derived from it and every attachment key lives inside the database. Turning every
keyslot into random filler therefore makes vault.db and every attachment permanently
undecryptable, whatever passphrase anyone knows. Nothing else has to be overwritten for that, and
overwriting more would not help on flash storage anyway (an SSD remaps writes, so old blocks
survive an overwrite); it would only leave more traces of what happened.

vault.json is only ever overwritten *in place* (``slotfile``): both of its copies, on the very
blocks that held every keyslot it ever had, so a raw read of a hard disk finds none of them
(flash translation layers, copy-on-write filesystems, journals and backups may still keep old
bytes: docs/threat-model.md). The blank file has exactly the layout of a live one, only the
random bytes differ.

A duress unlock (see ``Vault.unlock``) then raises the very same ``WrongPassphrase`` a mistyped
passphrase raises, after the same number of Argon2id runs (see ``KeyFile.unlock``).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from humdoc.core import safefs
from humdoc.core.errors import VaultNotFound
from humdoc.core.vault import slotfile
from humdoc.core.vault.paths import VaultPaths


def destroy_keyslots(keyfile_path: Path) -> None:
    """Overwrite every keyslot in ``keyfile_path`` with random filler, in place, and fsync.

    See ``slotfile.destroy``: both copies are overwritten, the layout and parameters are kept;
    an unparseable file is overwritten with random bytes of its own length. Raises
    ``VaultNotFound`` if there is no such file, ``InvalidInput`` if it is not a regular file,
    and ``OSError`` if the disk refuses the write.
    """
    slotfile.destroy(keyfile_path)


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
        safefs.remove_tree(paths.blobs)
    safefs.clean_temp_files(paths.root)
    paths.keyfile.unlink(missing_ok=True)
    safefs.fsync_dir(paths.root)
    with contextlib.suppress(OSError):
        paths.root.rmdir()  # only if empty: the folder may hold things that are not humdoc's
