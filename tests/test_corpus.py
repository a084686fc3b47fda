"""The bundled sample corpus: every file recorded with its source, and faithful to its upstream."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import BUNDLED_CORPUS, CORPUS
from tests.trim_corpus import REDUCED_SIDE, reduce_jpeg, split_jpeg

SOURCES = BUNDLED_CORPUS / "SOURCES.md"


@dataclass(frozen=True)
class Row:
    """One file of SOURCES.md's table."""

    path: str
    treatment: str
    upstream_sha256: str
    sha256: str


def _rows() -> list[Row]:
    rows = []
    for line in SOURCES.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) == 4 and cells[1] in ("identical", "reduced"):
            rows.append(Row(*cells))
    return rows


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_bundled_file_is_recorded_with_its_source_and_hash() -> None:
    rows = _rows()
    on_disk = {
        p.relative_to(BUNDLED_CORPUS).as_posix()
        for p in BUNDLED_CORPUS.rglob("*")
        if p.is_file() and p != SOURCES
    }
    assert on_disk == {row.path for row in rows}
    changed = [row.path for row in rows if _sha256(BUNDLED_CORPUS / row.path) != row.sha256]
    assert changed == []
    for row in rows:
        assert (row.treatment == "identical") == (row.sha256 == row.upstream_sha256), row.path
    # every upstream licence text stays beside the files it covers
    assert {"cctv-age/README.md", "exif-samples/README.rst", "exif-samples/jpg/README"} <= on_disk


def test_bundled_corpus_stays_small() -> None:
    total = sum(p.stat().st_size for p in BUNDLED_CORPUS.rglob("*") if p.is_file())
    assert total < 5_000_000


def _jpeg_with_metadata(size: tuple[int, int]) -> bytes:
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    exif = Image.Exif()
    exif[0x010F] = "Maker"  # Make
    exif[0x8825] = {1: "N", 2: (1.0, 2.0, 3.0)}  # a GPS IFD
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif, comment=b"witness notes", quality=95)
    return out.getvalue()


def test_reducing_keeps_every_metadata_byte_and_the_trailer() -> None:
    trailer = b"\x00trailing bytes\xff\xd8\xff\xe0 an appended image"
    original = _jpeg_with_metadata((1200, 900)) + trailer
    reduced = reduce_jpeg(original)
    assert len(reduced) < len(original) // 4
    before, after = split_jpeg(original), split_jpeg(reduced)
    assert after == before and after.trailer == trailer
    assert b"witness notes" in after.metadata and b"Maker" in after.metadata
    with Image.open(io.BytesIO(reduced)) as image:
        assert image.size == (REDUCED_SIDE, REDUCED_SIDE * 3 // 4)
        image.load()
        assert image.getexif()[0x010F] == "Maker"


def test_split_refuses_what_is_not_a_jpeg() -> None:
    with pytest.raises(ValueError):
        split_jpeg(b"\x89PNG\r\n\x1a\n")


@pytest.mark.extended
def test_bundled_files_are_upstream_s_bytes_or_its_metadata() -> None:
    """Against the full corpus: identical files match byte for byte, reduced ones segment for
    segment (every metadata segment and the trailer), and upstream is the version recorded."""
    assert CORPUS != BUNDLED_CORPUS
    for row in _rows():
        upstream = (CORPUS / row.path).read_bytes()
        bundled = (BUNDLED_CORPUS / row.path).read_bytes()
        assert hashlib.sha256(upstream).hexdigest() == row.upstream_sha256, row.path
        if row.treatment == "identical":
            assert bundled == upstream, row.path
        else:
            assert split_jpeg(bundled) == split_jpeg(upstream), row.path
