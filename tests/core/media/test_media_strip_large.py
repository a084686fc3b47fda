"""A photo laid out as cameras write them today, made by bench/largeset.py (at 3 MP, to stay quick).

It carries a real camera's EXIF (maker notes, GPS, IFD1 thumbnail), XMP, IPTC, an ICC profile and
an MPF preview JPEG after the image with its own EXIF. exiftool, the independent reader, first
confirms all of that is there, then finds nothing identifying left in the strip derivative, which
decodes (Pillow) to exactly the original's pixels and keeps the original's scan byte for byte.
"""

from __future__ import annotations

import mmap
import random
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest

from bench.largeset import Camera, make_heic, make_jpeg
from humdoc.core.media import Policy, make_derivative, sniff
from humdoc.core.media._imaging import decode_pixels
from humdoc.core.media.jpeg import EOI, EXIF_ID, SOS, exif_block, parse, strip, strip_pieces
from tests.core.media.test_media_corpus_strip import _problem_tags

Exiftool = Callable[[list[Path]], dict[str, dict[str, object]]]
_CAMERA = Camera("test-3mp", 2048, 1536, 90, "jpg/gps/DSCN0010.jpg")


@pytest.fixture(scope="module")
def photo() -> bytes:
    return make_jpeg(_CAMERA, random.Random("test-photo"))


def _tags(exiftool: Exiftool, tmp_path: Path, name: str, data: bytes) -> dict[str, object]:
    path = tmp_path / name
    path.write_bytes(data)
    return exiftool([path])[name]


def test_generated_photo_carries_every_kind_of_metadata(
    photo: bytes, exiftool: Exiftool, tmp_path: Path
) -> None:
    tags = _tags(exiftool, tmp_path, "photo.jpg", photo)
    groups = {key.split(":", 1)[0] for key in tags}
    assert {"GPS", "Nikon", "IFD1", "IPTC", "MPF0", "MPImage2", "ICC_Profile"} <= groups
    assert "XMP-dc:Creator" in tags and "XMP-exif:GPSLatitude" in tags
    assert tags["MPF0:NumberOfImages"] == 2
    assert isinstance(tags.get("MPImage2:PreviewImage"), str)  # exiftool found the preview
    assert "Warning" not in " ".join(k for k in tags if k.startswith("ExifTool:"))


@pytest.mark.parametrize("policy", [Policy.STRIP, Policy.EVIDENCE])
def test_derivative_leaves_nothing_and_keeps_pixels(
    photo: bytes, policy: Policy, exiftool: Exiftool, tmp_path: Path
) -> None:
    derivative = make_derivative(photo, sniff(photo[:4096]), policy)
    assert type(derivative.data) is bytes
    tags = _tags(exiftool, tmp_path, "clean.jpg", derivative.data)
    assert _problem_tags(tags, policy) == []
    assert decode_pixels(derivative.data) == decode_pixels(photo)
    removed = " ".join(derivative.removed)
    for what in ("EXIF", "XMP", "IPTC", "MPF index", "secondary images"):
        assert what in removed


def test_strip_keeps_the_scan_byte_for_byte_and_drops_the_preview(photo: bytes) -> None:
    derivative = make_derivative(photo, sniff(photo[:4096]), Policy.STRIP).data

    def scan(data: bytes) -> bytes:
        segments, end = parse(data)
        sos = next(seg for seg in segments if seg.marker == SOS)
        assert segments[-1].marker == EOI
        return data[sos.start : end]

    assert scan(derivative) == scan(photo)
    assert derivative.endswith(b"\xff\xd9")
    assert len(derivative) < parse(photo)[1]  # the preview after the main image is gone


def test_exif_block_reads_only_the_headers(photo: bytes) -> None:
    segments, _ = parse(photo)
    exif = next(s for s in segments if photo[s.payload_start :].startswith(EXIF_ID))
    assert exif_block(photo) == photo[exif.payload_start + len(EXIF_ID) : exif.end]
    headers, first_scan = parse(photo, until_scan=True)
    assert photo[first_scan : first_scan + 2] == b"\xff\xda"
    assert headers == segments[: len(headers)]
    assert all(seg.marker != SOS for seg in headers)


def test_generator_is_reproducible_from_its_seed() -> None:
    small = Camera("test-tiny", 320, 240, 90, "jpg/gps/DSCN0010.jpg")
    first = make_jpeg(small, random.Random("seed-a"))
    assert make_jpeg(small, random.Random("seed-a")) == first
    assert make_jpeg(small, random.Random("seed-b")) != first


def test_generated_heic_strips_to_a_png_with_its_pixels(exiftool: Exiftool, tmp_path: Path) -> None:
    heic = make_heic(random.Random("test-heic"), size=(640, 480))
    original = _tags(exiftool, tmp_path, "photo.heic", heic)
    assert "GPS:GPSLatitude" in original and "XMP-dc:Creator" in original
    derivative = make_derivative(heic, sniff(heic[:4096]), Policy.STRIP)
    assert derivative.converted and derivative.mtype.format == "png"
    assert (
        _problem_tags(_tags(exiftool, tmp_path, "clean.png", derivative.data), Policy.STRIP) == []
    )
    assert decode_pixels(derivative.data) == decode_pixels(heic)


def test_strip_pieces_of_a_mapped_file_join_to_the_strip(photo: bytes, tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(photo)
    expected, removed = strip(photo, b"", True)
    with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        pieces, removed_mapped = strip_pieces(cast(bytes, mapped), b"", True)
        assert removed_mapped == removed
        assert b"".join(pieces) == expected
        # Adjacent kept segments are one view: the tables, the scan and EOI come in one piece.
        assert sum(isinstance(p, memoryview) for p in pieces) == 1
        for piece in pieces:
            if isinstance(piece, memoryview):
                piece.release()
        del pieces  # every view released: the mapping can close
