"""The one place where humdoc writes files or resolves paths it did not choose itself.

Every write is atomic: data goes to a temporary file in the destination's own folder, is flushed
and fsync'd, renamed over the destination, and the folder is fsync'd. A crash at any instant
leaves either the old file or the new one, never a mixture. ``ENOSPC``/``EDQUOT`` become
``DiskFull``; the temporary file is removed, the destination untouched.

The one exception is a file holding secrets that must be erasable (vault.json's keyslots): a
rename would leave the old bytes in freed blocks, so ``open_in_place`` overwrites such a file on
its own blocks instead, and its writer gets crash safety from its own layout (two copies).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from humdoc.core.errors import DiskFull, InvalidInput, NotAFile, PathEscape

_TMP_PREFIX = ".tmp-"
_FULL = {errno.ENOSPC, errno.EDQUOT}


def start_write_back(fd: int, offset: int = 0, length: int = 0) -> None:
    """Have the kernel start writing the file's dirty pages from ``offset`` (``length`` bytes;
    0: to its end) to the disk, and return without waiting, so that a later fsync waits only
    for what is left. ``POSIX_FADV_DONTNEED`` starts the write-back of dirty pages and drops
    only pages already clean; a hint, so where it is missing or refused nothing changes."""
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(fd, offset, length, os.POSIX_FADV_DONTNEED)


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink inside ``folder`` durable (a no-op where the OS cannot)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by the owner only; fine if it exists as a folder."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.is_dir() or path.is_symlink():
        raise InvalidInput(f"{path} is not a folder.")


def temp_name(folder: Path) -> Path:
    """A fresh temporary file name inside ``folder`` that ``clean_temp_files`` will recognise."""
    return folder / f"{_TMP_PREFIX}{secrets.token_hex(8)}"


def clean_temp_files(folder: Path) -> int:
    """Remove temporary files a crashed writer left in ``folder``; return how many."""
    count = 0
    if not folder.is_dir():
        return 0
    for entry in folder.iterdir():
        if entry.name.startswith(_TMP_PREFIX) and entry.is_file() and not entry.is_symlink():
            entry.unlink(missing_ok=True)
            count += 1
    return count


def is_temp_name(name: str) -> bool:
    """True if and only if ``name`` is exactly of the form ``temp_name`` gives: a file that a
    writer had not finished (and, if it is still there, never will)."""
    token = name[len(_TMP_PREFIX) :]
    return (
        name.startswith(_TMP_PREFIX)
        and len(token) == 16
        and all(c in "0123456789abcdef" for c in token)
    )


def remove_temp_leftovers(folder: Path) -> list[str]:
    """Remove the unfinished files killed writers left in ``folder``; return their names.

    Only regular files (never a link, folder or device) whose name ``is_temp_name`` accepts are
    removed, and none that a live writer still holds locked (``flock``; on systems without it,
    one that cannot be removed because it is open is skipped). Nothing else is touched.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: an open file cannot be removed anyway
        fcntl = None  # type: ignore[assignment]
    removed: list[str] = []
    for entry in sorted(folder.iterdir()) if folder.is_dir() else []:
        if not is_temp_name(entry.name) or not stat.S_ISREG(entry.lstat().st_mode):
            continue
        try:
            if fcntl is None:
                entry.unlink()  # refused while a writer holds the file open
            else:
                fd = os.open(entry, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    if not stat.S_ISREG(os.fstat(fd).st_mode):
                        continue
                    entry.unlink()
                finally:
                    os.close(fd)
        except OSError:  # held by a writer that is still running, or not ours to remove
            continue
        removed.append(entry.name)
    if removed:
        fsync_dir(folder)
    return removed


def raise_if_full(exc: OSError, what: str) -> None:
    """Translate a disk-full ``OSError`` into ``DiskFull`` naming ``what``; otherwise return."""
    if exc.errno in _FULL:
        raise DiskFull(f"The disk is full while writing {what}; nothing was changed.") from exc


@contextlib.contextmanager
def atomic_writer(dest: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it replaces ``dest`` atomically and durably.

    On any exception the temporary file is removed and ``dest`` is left as it was.
    """
    folder = dest.parent
    tmp = temp_name(folder)
    fd = create_new(tmp, mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        put_in_place(tmp, dest)
        fsync_dir(folder)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise_if_full(exc, dest.name)
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def create_new(path: Path, mode: int = 0o600) -> int:
    """Create the file ``path`` for writing and return its descriptor (the caller closes it).

    Raises ``FileExistsError`` if anything, a link included, already has that name: nothing is
    followed, opened twice or truncated.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    return os.open(path, flags, mode)


def put_in_place(tmp: Path, dest: Path) -> None:
    """Rename the finished, fsync'd file ``tmp`` over ``dest`` in the same folder, atomically.

    The caller makes the rename durable with ``fsync_dir`` once it has recorded what it needs to.
    """
    os.replace(tmp, dest)


def move_new(src: Path, dest: Path) -> None:
    """Move the file ``src`` to ``dest`` (on the same filesystem), never over anything.

    Raises ``FileExistsError`` if something has the name ``dest`` already, and
    ``FileNotFoundError`` if ``src`` is gone (someone else moved it first). A link to ``src``
    is moved as a link, never followed.
    """
    os.link(src, dest, follow_symlinks=False)
    os.unlink(src)
    fsync_dir(dest.parent)
    fsync_dir(src.parent)


def remove_tree(path: Path, ignore_errors: bool = False) -> None:
    """Remove the folder ``path`` and everything in it; links inside are removed, never followed.

    Raises ``OSError`` if ``path`` is a link or not a folder, or (unless ``ignore_errors``) if any
    entry cannot be removed.
    """
    if path.is_symlink() or not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(path))
    shutil.rmtree(path, ignore_errors=ignore_errors)


def atomic_write(dest: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``dest`` atomically and durably (see ``atomic_writer``)."""
    with atomic_writer(dest, mode) as fh:
        fh.write(data)


def safe_member_path(name: str) -> PurePosixPath:
    """Check a relative POSIX name from an archive or manifest and return it normalised.

    Raises ``PathEscape`` if and only if the name is empty, absolute, contains ``..``, a
    backslash, a NUL, a drive letter, or an empty or ``.`` component.
    """
    if not name or "\x00" in name or "\\" in name or name.startswith("/") or ":" in name:
        raise PathEscape(f"Unsafe path in archive: {name!r}.")
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise PathEscape(f"Unsafe path in archive: {name!r}.")
    return PurePosixPath(*parts)


def open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading if and only if it is a regular file (not a link, FIFO or device).

    Raises ``InvalidInput`` with a one-line reason otherwise.
    """
    try:
        fd = os.open(
            path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        )
    except FileNotFoundError:
        raise NotAFile(f"{path.name}: no such file.") from None
    except IsADirectoryError:
        raise NotAFile(f"{path.name}: is a folder, not a file.") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotAFile(f"{path.name}: is a symbolic link; give the file itself.") from None
        raise NotAFile(f"{path.name}: cannot be read ({exc.strerror}).") from None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise NotAFile(f"{path.name}: is not a regular file.")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


class InPlaceFile:
    """A regular file opened for overwriting in place: never created, truncated or replaced.

    A rename leaves the replaced file's bytes in freed blocks, where a raw read of the disk finds
    them; ``write_at`` lands on the file's own blocks instead (on filesystems that overwrite in
    place: not on copy-on-write ones, and flash may remap the sectors underneath). Each
    ``write_at`` is durable (fsync'd) when it returns.
    """

    def __init__(self, fd: int, name: str) -> None:
        self._fd = fd
        self.name = name

    def size(self) -> int:
        return os.fstat(self._fd).st_size

    def read_all(self) -> bytes:
        """Every byte of the file, read to the end."""
        size = self.size()
        parts: list[bytes] = []
        done = 0
        while done < size:
            chunk = os.pread(self._fd, size - done, done)
            if not chunk:
                break
            parts.append(chunk)
            done += len(chunk)
        return b"".join(parts)

    def write_at(self, offset: int, data: bytes) -> None:
        """Write all of ``data`` at ``offset`` and fsync; ``DiskFull`` if the disk is full."""
        view = memoryview(data)
        try:
            written = 0
            while written < len(view):
                written += os.pwrite(self._fd, view[written:], offset + written)
            os.fsync(self._fd)
        except OSError as exc:
            raise_if_full(exc, self.name)
            raise

    def shrink_to(self, size: int) -> None:
        """Cut the file to ``size`` bytes and fsync (overwrite the tail first if it held secrets)."""
        os.ftruncate(self._fd, size)
        os.fsync(self._fd)


@contextlib.contextmanager
def open_in_place(path: Path) -> Iterator[InPlaceFile]:
    """Open the existing regular file ``path`` for reading and in-place writing.

    Raises ``FileNotFoundError`` if it is absent and ``InvalidInput`` if it is a link or not a
    regular file. Nothing is created, truncated or renamed.
    """
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotAFile(f"{path.name} is a symbolic link, not a file.") from None
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotAFile(f"{path.name} is not a regular file.")
        yield InPlaceFile(fd, path.name)
    finally:
        os.close(fd)
