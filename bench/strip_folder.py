"""humdoc's strip of a folder, in place, as the strip benchmark times it against exiftool.

Run as ``python -m bench.strip_folder FOLDER`` for the fresh-process figure: this module imports
humdoc's media package and nothing else, so that start-up is humdoc's own, not the benchmark's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from humdoc.core.errors import MediaError
from humdoc.core.media import Policy, make_derivative, sniff


def strip_folder(folder: Path) -> int:
    """Strip every file in ``folder`` in place with humdoc; return how many were refused.

    Each clean copy is written beside its file and renamed over it, as exiftool does, so that
    both tools pay the same filesystem work and neither can leave a half-written file. A file
    converted to another format (HEIC to PNG) takes its new suffix.
    """
    refused = 0
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        try:
            derivative = make_derivative(data, sniff(data[:4096]), Policy.STRIP)
        except MediaError:
            refused += 1
            continue
        temporary = path.with_name(path.name + ".humdoc_tmp")
        temporary.write_bytes(derivative.data)
        if derivative.converted:
            temporary.replace(path.with_suffix("." + derivative.mtype.format))
            path.unlink()
        else:
            temporary.replace(path)
    return refused


def strip_in_memory(datas: list[bytes]) -> int:
    """Make the strip derivative of each of ``datas``, in memory; return how many were refused."""
    refused = 0
    for data in datas:
        try:
            make_derivative(data, sniff(data[:4096]), Policy.STRIP)
        except MediaError:
            refused += 1
    return refused


def main(argv: list[str]) -> int:
    """Strip every file of the folder ``argv[0]`` in place; exit status 1 if any was refused."""
    return 1 if strip_folder(Path(argv[0])) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
