"""humdoc's strip of a folder, in place, as the strip benchmark times it against exiftool.

Two ways, timed side by side: ``strip_folder`` reads each file into bytes and calls
``make_derivative``, as intake and export do with a decrypted file; ``strip_folder_mapped`` is
how a file cleaner writes a JPEG's derivative without copying its image data through Python:
the file is mapped (``mmap``), ``jpeg.strip_pieces`` returns the new header bytes and views of
the kept runs, and ``os.writev`` hands them to the kernel. Both run the same checks and write
the same bytes (other formats go through ``make_derivative`` in both).

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
from humdoc.core.media.jpeg import strip_pieces

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
    """The floor of any in-place cleaner: each file read, written unchanged beside itself and
    renamed over it, nothing parsed or removed (the filesystem's share of a strip); returns 0."""
    for path in sorted(folder.iterdir()):
        temporary = path.with_name(path.name + ".humdoc_tmp")
        temporary.write_bytes(path.read_bytes())
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
            refused += _write_mapped(path, mapped)
        finally:
            mapped.close()
    return refused


def _write_mapped(path: Path, mapped: mmap.mmap) -> int:
    # The gate make_derivative applies to a JPEG under strip, then its stripper, on the mapping.
    if can_leave(sniff(mapped[:4096]), Policy.STRIP) is not None:
        return 1
    data = cast(bytes, mapped)  # strip_pieces reads it as bytes: slices, indexes, find
    try:
        check_size(data)
        pieces, _ = strip_pieces(data, b"", True)
    except (MediaError, PolicyRefused):
        return 1
    temporary = path.with_name(path.name + ".humdoc_tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for at in range(0, len(pieces), _IOV_MAX):
            batch = pieces[at : at + _IOV_MAX]
            written, size = os.writev(descriptor, batch), sum(len(p) for p in batch)
            if written != size:  # a short write: finish the batch joined
                os.write(descriptor, b"".join(batch)[written:])
    finally:
        os.close(descriptor)
        for piece in pieces:
            if isinstance(piece, memoryview):
                piece.release()
    temporary.replace(path)
    return 0


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
