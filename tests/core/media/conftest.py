"""Shared helpers for the media tests: corpus file lists, pixel decoding, an exiftool runner."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from humdoc.core.media._imaging import decode_pixels
from tests.conftest import CORPUS

# The same place tests/conftest.py's ``corpus`` fixture points to; needed at collection time to
# parametrize per file. The tests themselves still go through the ``corpus`` fixture.
_SAMPLES = CORPUS / "exif-samples"
_IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic", ".heif", ".tif", ".tiff", ".webp", ".gif"}
HOSTILE_DIRS = ("jpg/invalid", "jpg/tests")


def _images() -> list[str]:
    # A missing corpus fails collection outright: an empty parameter list would only skip.
    assert _SAMPLES.is_dir(), f"sample corpus not found at {_SAMPLES}"
    return sorted(
        str(p.relative_to(_SAMPLES))
        for p in _SAMPLES.rglob("*")
        if p.is_file() and p.suffix.lower() in _IMAGE_SUFFIXES
    )


CORPUS_IMAGES = _images()
HOSTILE_IMAGES = [
    name for name in CORPUS_IMAGES if name.startswith(HOSTILE_DIRS) or name == "jpg/corrupted.jpg"
]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrize ``corpus_image`` and ``hostile_image`` with relative names of corpus files."""
    if "corpus_image" in metafunc.fixturenames:
        metafunc.parametrize("corpus_image", CORPUS_IMAGES)
    if "hostile_image" in metafunc.fixturenames:
        metafunc.parametrize("hostile_image", HOSTILE_IMAGES)


@pytest.fixture
def samples(corpus: Path) -> Path:
    """The read-only exif-samples folder of the sample corpus."""
    return corpus / "exif-samples"


Pixels = tuple[str, tuple[int, int], bytes]


@pytest.fixture(scope="session")
def pixels_of() -> Callable[[bytes], Pixels]:
    """Decode image bytes to (mode, size, raw pixel bytes) with Pillow (and pillow_heif)."""
    return decode_pixels


def run_exiftool(paths: list[Path]) -> dict[str, dict[str, object]]:
    """Every tag exiftool finds in ``paths`` (``-j -a -G1 -u``), keyed by file name."""
    exe = shutil.which("exiftool")
    assert exe, "exiftool is required for the metadata tests (it is the independent reader)"
    done = subprocess.run(
        [exe, "-j", "-a", "-G1", "-u", "--", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.stdout, f"exiftool printed nothing: {done.stderr}"
    return {Path(str(entry["SourceFile"])).name: entry for entry in json.loads(done.stdout)}


@pytest.fixture(scope="session")
def exiftool() -> Callable[[list[Path]], dict[str, dict[str, object]]]:
    """Run exiftool over files and return their tags, keyed by file name."""
    return run_exiftool
