"""The strip benchmark's folder cleaners (bench/strip_folder.py) write exactly what humdoc's strip
makes: the figures it reports are of the same work. Each file of a folder of corpus photos and
generated large photos is cleaned in place, by reading it (``strip_folder``) and by mapping it and
having the kernel copy its kept runs on several threads (``strip_folder_mapped``); every result
is byte for byte ``make_derivative``'s strip copy of the original, and a refused file stays as it
was. The floor (``copy_folder``) leaves every file unchanged."""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bench import strip_folder as sf
from bench.largeset import Camera, make_jpeg
from humdoc.core.errors import MediaError
from humdoc.core.media import Policy, make_derivative, sniff

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "exif-samples" / "jpg"


def _folder(tmp_path: Path) -> dict[str, bytes]:
    """A folder of corpus JPEGs (a broken one among them) and two generated large photos."""
    folder = tmp_path / "photos"
    folder.mkdir()
    for path in sorted(CORPUS.rglob("*.jp*g"))[:40]:
        shutil.copyfile(path, folder / f"{path.parent.name}-{path.name}")
    for n in range(2):
        camera = Camera(f"test-{n}", 1600 + 400 * n, 1200, 90, "jpg/gps/DSCN0010.jpg")
        (folder / f"large-{n}.jpg").write_bytes(make_jpeg(camera, random.Random(n)))
    (folder / "truncated.jpg").write_bytes((folder / "large-0.jpg").read_bytes()[:5000])
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _expected(data: bytes) -> bytes | None:
    try:
        return make_derivative(data, sniff(data[:4096]), Policy.STRIP).data
    except MediaError:
        return None


@pytest.mark.parametrize("clean", [sf.strip_folder, sf.strip_folder_mapped])
def test_each_cleaner_writes_make_derivative_s_bytes(
    tmp_path: Path, clean: Callable[[Path], int]
) -> None:
    originals = _folder(tmp_path)
    expected = {name: _expected(data) for name, data in originals.items()}
    refused = clean(tmp_path / "photos")
    assert refused == sum(e is None for e in expected.values()) >= 1
    for name, data in originals.items():
        now = (tmp_path / "photos" / name).read_bytes()
        assert now == (expected[name] if expected[name] is not None else data), name
    assert sum(now != data for name, data in originals.items()
               if (now := (tmp_path / "photos" / name).read_bytes())) >= 40  # fmt: skip
    assert not list((tmp_path / "photos").glob("*.humdoc_tmp"))


def test_the_floor_copies_every_file_unchanged(tmp_path: Path) -> None:
    originals = _folder(tmp_path)
    assert sf.copy_folder(tmp_path / "photos") == 0
    assert {p.name: p.read_bytes() for p in (tmp_path / "photos").iterdir()} == originals
