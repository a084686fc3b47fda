"""extract_metadata: normalised keys, JSON-ready, no binary blobs, hostile files tolerated."""

from __future__ import annotations

import json
import struct
import subprocess
from pathlib import Path

import pytest

from humdoc.core.media import extract_metadata, jpeg, sniff
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


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _exiftool_groups(path: Path) -> set[str]:
    done = subprocess.run(
        ["exiftool", "-j", "-G", "-XMP:all", "-IPTC:all", str(path)],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    return {key.split(":")[0] for key in json.loads(done.stdout)[0] if ":" in key}


def test_xmp_and_iptc_are_looked_for_where_they_are_written(samples: Path, tmp_path: Path) -> None:
    """A JPEG's XMP and IPTC flags come from its segments before the image data, as exiftool
    reads them: the same bytes inside the image data (as a photo's compressed data can hold
    them by chance) say nothing, and a photo without either is not searched to its end."""
    data = (samples / "jpg/Canon_40D.jpg").read_bytes()
    plain = extract_metadata(data, sniff(data))
    assert plain["xmp"] is False and plain["iptc"] is False
    _segments, scan = jpeg.parse(data, until_scan=True)  # the image's own, not the thumbnail's
    assert data[scan : scan + 2] == b"\xff\xda"
    scan_end = scan + 2 + struct.unpack_from(">H", data, scan + 2)[0]
    by_chance = data[:scan_end] + b"type iptc Photoshop 3.0\x00 <x:xmpmeta" + data[scan_end:]
    (tmp_path / "chance.jpg").write_bytes(by_chance)
    meta = extract_metadata(by_chance, sniff(by_chance))
    assert meta["xmp"] is False and meta["iptc"] is False
    assert not _exiftool_groups(tmp_path / "chance.jpg") & {"XMP", "IPTC"}

    caption = b"\x1c\x02\x78" + struct.pack(">H", 7) + b"caption"
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(caption)) + caption + b"\x00"
    app13 = _segment(0xED, b"Photoshop 3.0\x00" + resource)
    packet = (
        b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
        b"xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description "
        b"rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:format>image/jpeg"
        b"</dc:format></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    xmp = _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + packet)
    for name, segment, flag, group in (
        ("iptc.jpg", app13, "iptc", "IPTC"),
        ("xmp.jpg", xmp, "xmp", "XMP"),
    ):
        marked = data[:2] + segment + data[2:]
        (tmp_path / name).write_bytes(marked)
        found = extract_metadata(marked, sniff(marked))
        assert found[flag] is True, name
        assert group in _exiftool_groups(tmp_path / name), name
