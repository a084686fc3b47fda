"""humdoc's strip of a folder, in place, as the strip benchmark times it against exiftool.

Two ways, timed side by side: ``strip_folder`` reads each file into bytes and calls
``make_derivative``, as intake and export do with a decrypted file; ``strip_folder_mapped`` is
how a file cleaner writes a JPEG's derivative without copying its image data through Python:
the file is mapped (``mmap``) to find what to keep, ``jpeg.strip_layout`` gives the new header
bytes and the runs of the file kept unchanged, and the kernel copies those runs from the file
to the clean copy (``os.copy_file_range``; where a filesystem cannot, ``os.writev`` of views of
the mapping). Both run the same checks and write the same bytes (other formats, and a JPEG
whose copy is not a header then kept runs, go through ``make_derivative`` or
``jpeg.strip_pieces``).

Run as ``python -m bench.strip_folder [--mapped] FOLDER`` for the fresh-process figure: this
module imports humdoc's media package and nothing else, so that start-up is humdoc's own.
"""

from __future__ import annotations

import mmap
import os
import sys
from pathlib import Path
from typing import cast

from humdoc.core.errors import MediaError, PolicyRefused
from humdoc.core.media import Policy, can_leave, make_derivative, sniff
from humdoc.core.media._imaging import check_size
from humdoc.core.media.jpeg import strip_layout, strip_pieces

#: ``os.writev`` takes at most this many pieces a call (Linux's IOV_MAX).
_IOV_MAX = 1024
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
    filesystem's share of a strip); returns 0."""
    for path in sorted(folder.iterdir()):
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
    return 0


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
    """``strip_folder``, with each JPEG mapped and its derivative written from views of it."""
    refused = 0
    for path in sorted(folder.iterdir()):
        with path.open("rb") as file:
            head = file.read(4096)
            if sniff(head).format != "jpeg":
                refused += strip_folder_file(path)
                continue
            # Populated at once: faulting in a large file page by page, then unmapping
            # those pages, cost more CPU than the strip itself.
            mapped = mmap.mmap(file.fileno(), 0, flags=_MAP_FLAGS, prot=mmap.PROT_READ)
            try:
                refused += _write_mapped(path, mapped, file.fileno())
            finally:
                mapped.close()
    return refused


def _write_mapped(path: Path, mapped: mmap.mmap, source: int) -> int:
    # The gate make_derivative applies to a JPEG under strip, then its stripper, on the mapping.
    if can_leave(sniff(mapped[:4096]), Policy.STRIP) is not None:
        return 1
    data = cast(bytes, mapped)  # the stripper reads it as bytes: slices, indexes, find
    try:
        check_size(data)
        layout = strip_layout(data, b"", True)
    except (MediaError, PolicyRefused):
        return 1
    temporary = path.with_name(path.name + ".humdoc_tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if layout is None or not _copied(descriptor, source, layout[0], layout[1]):
            # No layout (stray bytes, say), or a filesystem that cannot copy between files.
            pieces, _ = strip_pieces(data, b"", True)
            _write_pieces(descriptor, pieces)
    except (MediaError, PolicyRefused):
        os.close(descriptor)
        temporary.unlink()
        return 1
    os.close(descriptor)
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


def _write_pieces(descriptor: int, pieces: list[bytes | memoryview]) -> None:
    """Hand ``pieces`` to the kernel with ``os.writev``, then release the views among them."""
    try:
        for at in range(0, len(pieces), _IOV_MAX):
            batch = pieces[at : at + _IOV_MAX]
            written, size = os.writev(descriptor, batch), sum(len(p) for p in batch)
            if written != size:  # a short write: finish the batch joined
                _write_all(descriptor, b"".join(batch)[written:])
    finally:
        for piece in pieces:
            if isinstance(piece, memoryview):
                piece.release()


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
