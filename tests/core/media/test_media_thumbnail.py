"""Previews: in-memory PNG, upright, small, free of metadata."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from humdoc.core.errors import InvalidInput, UnsupportedMedia
from humdoc.core.media import make_thumbnail, sniff
from humdoc.core.media.png import parse as parse_png
from humdoc.core.media.sniff import MP4


@pytest.mark.parametrize("shape", ["landscape", "portrait"])
@pytest.mark.parametrize("orientation", range(1, 9))
def test_thumbnail_is_shown_the_right_way_up(shape: str, orientation: int, samples: Path) -> None:
    data = (samples / f"jpg/orientation/{shape}_{orientation}.jpg").read_bytes()
    thumb = make_thumbnail(data, sniff(data), max_px=64)
    with Image.open(io.BytesIO(thumb)) as image:
        assert image.format == "PNG"
        assert max(image.size) == 64
        width, height = image.size
        assert (width > height) == (shape == "landscape")
        upright = image.convert("L").tobytes()
    # Every sample shows the same picture once turned upright: compare with orientation 1.
    reference = (samples / f"jpg/orientation/{shape}_1.jpg").read_bytes()
    with Image.open(io.BytesIO(make_thumbnail(reference, sniff(reference), max_px=64))) as image:
        expected = image.convert("L").tobytes()
    mean_difference = sum(abs(a - b) for a, b in zip(upright, expected, strict=True)) / len(upright)
    assert mean_difference < 25  # a mirrored or rotated preview differs by more than 40


def test_thumbnail_holds_no_metadata(samples: Path) -> None:
    data = (samples / "jpg/gps/DSCN0010.jpg").read_bytes()
    thumb = make_thumbnail(data, sniff(data))
    chunks = {chunk.type for chunk in parse_png(thumb)[0]}
    assert chunks <= {b"IHDR", b"IDAT", b"IEND", b"PLTE", b"tRNS"}


def test_heic_thumbnail(samples: Path) -> None:
    data = (samples / "heic/samplefilehub.heif").read_bytes()
    with Image.open(io.BytesIO(make_thumbnail(data, sniff(data), 100))) as image:
        assert max(image.size) == 100


def test_non_images_and_bad_sizes_are_refused() -> None:
    with pytest.raises(UnsupportedMedia):
        make_thumbnail(b"\x00" * 10, MP4)
    with pytest.raises(InvalidInput):
        make_thumbnail(b"", sniff(b"\x89PNG\r\n\x1a\n"), max_px=0)
