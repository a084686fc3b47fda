"""humdoc's strip of a folder, in place, as the strip benchmark times it against exiftool.

Two ways, timed side by side: ``strip_folder`` reads each file into bytes and calls
``make_derivative``, as intake and export do with a decrypted file; ``strip_folder_mapped`` is
how a file cleaner writes a JPEG's derivative without copying its image data through Python:
the file is mapped (``mmap``) to find what to keep, ``jpeg.strip_layout`` gives the new header
bytes and the runs of the file kept unchanged, and the kernel copies those runs from the file
to the clean copy (``os.copy_file_range``) on a second thread while the next file is scanned.
Both run the same checks and write the same bytes; other formats, a JPEG whose copy is not a
header then kept runs, and a filesystem that cannot copy between files go through
``make_derivative``.

Run as ``python -m bench.strip_folder [--mapped] FOLDER`` for the fresh-process figure: this
module imports humdoc's media package and nothing else, so that start-up is humdoc's own.
"""

from __future__ import annotations

import mmap
import os
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import cast

from humdoc.core.errors import MediaError, PolicyRefused
from humdoc.core.media import Policy, can_leave, make_derivative, sniff
from humdoc.core.media._imaging import check_size
from humdoc.core.media.jpeg import strip_layout

#: Clean copies written and renamed at once, each on its own thread. Renaming a new file over
#: an old one makes the filesystem start writing it out (ext4's ``auto_da_alloc``), and that
#: rename waits for the disk's queue, not the CPU: with three in flight the waits overlap.
COPIERS = 3

#: A shared, read-only mapping, its pages read in when it is made (Linux's ``MAP_POPULATE``).
_MAP_FLAGS = mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0)


def strip_folder(folder: Path) -> int:
    """Strip every file in ``folder`` in place with humdoc; return how many were refused.

    Each clean copy is written beside its file and renamed over it, as exiftool does, so that
    both tools pay the same filesystem work and neither can leave a half-written file. A file
    converted to another format (HEIC to PNG) takes its new suffix.
    """
    return sum(strip_folder_file(path) for path in sorted(folder.iterdir()))


def copy_folder(folder: Path) -> int:
    """The floor of any in-place cleaner: each file copied unchanged beside itself by the
    kernel (``os.copy_file_range``) and renamed over it, nothing parsed or removed (the
    filesystem's share of a strip), on as many threads as ``strip_folder_mapped`` copies on;
    returns 0."""
    with ThreadPoolExecutor(max_workers=COPIERS) as copier:
        pending: list[Future[None]] = []
        for path in sorted(folder.iterdir()):
            if len(pending) == COPIERS:
                pending.pop(0).result()
            pending.append(copier.submit(_copy_unchanged, path))
        for future in pending:
            future.result()
    return 0


def _copy_unchanged(path: Path) -> None:
    temporary = path.with_name(path.name + ".humdoc_tmp")
    source = os.open(path, os.O_RDONLY)
    try:
        target = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            _copy_runs(target, source, [(0, os.fstat(source).st_size)], 0)
        finally:
            os.close(target)
    finally:
        os.close(source)
    temporary.replace(path)


def strip_in_memory(datas: list[bytes]) -> int:
    """Make the strip derivative of each of ``datas``, in memory; return how many were refused."""
    refused = 0
    for data in datas:
        try:
            make_derivative(data, sniff(data[:4096]), Policy.STRIP)
        except MediaError:
            refused += 1
    return refused


def strip_folder_mapped(folder: Path) -> int:
    """``strip_folder``, each JPEG's clean copy planned on this thread from a mapping of it
    (the marker scan, which holds the GIL) while the kernel copies the kept runs of the ones
    before and renames them over their files on ``COPIERS`` others (``os.copy_file_range``
    and the rename release it): both cores at work, and the renames' waits overlapped."""
    refused = 0
    with ThreadPoolExecutor(max_workers=COPIERS) as copier:
        pending: list[Future[int]] = []
        for path in sorted(folder.iterdir()):
            planned = _plan(path)
            if len(pending) == COPIERS:  # a bounded number of copies in flight
                refused += pending.pop(0).result()
            if isinstance(planned, int):
                refused += planned
            else:
                pending.append(copier.submit(_write_planned, *planned))
        refused += sum(f.result() for f in pending)
    return refused


#: A JPEG's clean copy, planned: the file, its open descriptor, the new header, the kept runs.
_Planned = tuple[Path, int, bytes, list[tuple[int, int]]]


def _plan(path: Path) -> _Planned | int:
    """Plan ``path``'s clean copy from a mapping of it; or clean it here and now (a file that is
    not a JPEG, or a JPEG whose copy is not a header then kept runs) and return 1 if it was
    refused, else 0."""
    source = os.open(path, os.O_RDONLY)
    try:
        if sniff(os.pread(source, 4096, 0)).format != "jpeg":
            os.close(source)
            return strip_folder_file(path)
        # Populated at once: faulting in a large file page by page, then unmapping those
        # pages, cost more CPU than the strip itself.
        mapped = mmap.mmap(source, 0, flags=_MAP_FLAGS, prot=mmap.PROT_READ)
        try:
            # The gate make_derivative applies to a JPEG under strip, then its stripper.
            if can_leave(sniff(mapped[:4096]), Policy.STRIP) is not None:
                layout = None
                refused = 1
            else:
                data = cast(bytes, mapped)  # the stripper reads it as bytes: slices, find
                check_size(data)
                layout = strip_layout(data, b"", True)
                refused = 0
        except (MediaError, PolicyRefused):
            layout, refused = None, 1
        finally:
            mapped.close()
    except BaseException:
        os.close(source)
        raise
    if layout is None:
        os.close(source)
        return refused if refused else strip_folder_file(path)  # stray bytes, say
    return path, source, layout[0], layout[1]


def _write_planned(path: Path, source: int, head: bytes, runs: list[tuple[int, int]]) -> int:
    """Write a planned clean copy beside ``path`` and rename it over it (closing ``source``);
    where the filesystem cannot copy between files, clean it from its bytes instead."""
    temporary = path.with_name(path.name + ".humdoc_tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            copied = _copied(descriptor, source, head, runs)
        finally:
            os.close(descriptor)
    except MediaError:  # the file changed while it was copied
        temporary.unlink(missing_ok=True)
        return 1
    finally:
        os.close(source)
    if not copied:
        temporary.unlink()
        return strip_folder_file(path)
    temporary.replace(path)
    return 0


def _copied(descriptor: int, source: int, head: bytes, runs: list[tuple[int, int]]) -> bool:
    """Write ``head``, then have the kernel copy ``runs`` of ``source``; False (``descriptor``
    emptied again) where the filesystem cannot copy between files."""
    try:
        _write_all(descriptor, head)
        _copy_runs(descriptor, source, runs, len(head))
    except OSError:
        os.ftruncate(descriptor, 0)
        os.lseek(descriptor, 0, os.SEEK_SET)
        return False
    return True


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view) :]


def _copy_runs(target: int, source: int, runs: list[tuple[int, int]], at: int) -> None:
    """Copy each ``(start, end)`` run of ``source`` to ``target`` from offset ``at`` on, by the
    kernel; ``OSError`` where the filesystem cannot, ``MediaError`` if the file ends early."""
    for start, end in runs:
        while start < end:
            copied = os.copy_file_range(source, target, end - start, start, at)
            if copied == 0:
                raise MediaError("The file changed while it was being cleaned.")
            start, at = start + copied, at + copied


def strip_folder_file(path: Path) -> int:
    """Strip one file in place as ``strip_folder`` does; 1 if it was refused, else 0."""
    data = path.read_bytes()
    try:
        derivative = make_derivative(data, sniff(data[:4096]), Policy.STRIP)
    except MediaError:
        return 1
    temporary = path.with_name(path.name + ".humdoc_tmp")
    temporary.write_bytes(derivative.data)
    if derivative.converted:
        temporary.replace(path.with_suffix("." + derivative.mtype.format))
        path.unlink()
    else:
        temporary.replace(path)
    return 0


def main(argv: list[str]) -> int:
    """Strip every file of the folder (``[--mapped] FOLDER``) in place; exit status 1 if any
    was refused."""
    mapped = argv[0] == "--mapped"
    folder = Path(argv[-1])
    return 1 if (strip_folder_mapped(folder) if mapped else strip_folder(folder)) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
