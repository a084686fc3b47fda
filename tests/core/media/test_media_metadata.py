"""extract_metadata: normalised keys, JSON-ready, no binary blobs, hostile files tolerated."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from humdoc.core.media import extract_metadata, sniff
from humdoc.core.media.metadata import MAX_VALUE_CHARS
from humdoc.core.media.sniff import MP4

KEYS = {
    "capture_time", "make", "model", "serial", "artist", "owner", "copyright", "software",
    "orientation", "width", "height", "gps", "gps_tags", "description", "comment",
    "has_thumbnail", "xmp", "iptc", "tags", "errors",
}  # fmt: skip


def test_every_corpus_image_yields_json_ready_metadata(corpus_image: str, samples: Path) -> None:
    data = (samples / corpus_image).read_bytes()
    meta = extract_metadata(data, sniff(data))
    assert set(meta) == KEYS
    json.dumps(meta, allow_nan=False)
    tags = meta["tags"]
    assert isinstance(tags, dict)
    assert "JPEGThumbnail" not in tags and "EXIF MakerNote" not in tags
    assert all(isinstance(v, str) and len(v) <= MAX_VALUE_CHARS for v in tags.values())
    assert isinstance(meta["width"], int) and isinstance(meta["height"], int)


def test_gps_position_matches_exiftool(samples: Path) -> None:
    path = samples / "jpg/gps/DSCN0010.jpg"
    data = path.read_bytes()
    meta = extract_metadata(data, sniff(data))
    done = subprocess.run(
        ["exiftool", "-j", "-n", "-GPSLatitude", "-GPSLongitude", str(path)],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    reference = json.loads(done.stdout)[0]
    gps = meta["gps"]
    assert isinstance(gps, dict)
    assert gps["lat"] == pytest.approx(reference["GPSLatitude"], abs=1e-6)
    assert gps["lon"] == pytest.approx(reference["GPSLongitude"], abs=1e-6)
    assert meta["capture_time"] == "2008-10-22T16:28:39"
    assert (meta["make"], meta["model"]) == ("NIKON", "COOLPIX P6000")
    assert meta["has_thumbnail"] is True and meta["xmp"] is True


def test_serial_owner_and_comment_are_found(samples: Path) -> None:
    data = (samples / "jpg/Canon_40D.jpg").read_bytes()
    meta = extract_metadata(data, sniff(data))
    assert meta["serial"] is None or isinstance(meta["serial"], dict)
    com = (samples / "jpg/exif-org/kodak-dc210.jpg").read_bytes()
    assert extract_metadata(com, sniff(com))["comment"]
    xmp = (samples / "jpg/xmp/BlueSquare.jpg").read_bytes()
    found = extract_metadata(xmp, sniff(xmp))
    assert found["xmp"] is True and found["iptc"] is True


def test_heic_metadata_is_read(samples: Path) -> None:
    data = (samples / "heic/IMG_5195.HEIC").read_bytes()
    meta = extract_metadata(data, sniff(data))
    assert meta["make"] == "Apple" and meta["gps"] is not None and meta["capture_time"]


def test_non_images_yield_the_same_keys_empty() -> None:
    meta = extract_metadata(b"\x00" * 100, MP4)
    assert set(meta) == KEYS and meta["tags"] == {} and meta["gps"] is None
