"""Strip at intake: the position goes, the pixels and every other tag stay."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from humdoc.core.errors import PolicyRefused
from humdoc.core.media import extract_metadata, location_fields, remove_location, sniff
from humdoc.core.media.sniff import MP4, PDF

WITH_GPS = [
    "jpg/gps/DSCN0010.jpg",
    "jpg/gps/DSCN0042.jpg",
    "jpg/mobile/HMD_Nokia_8.3_5G.jpg",
    "jpg/hdr/iphone_hdr_YES.jpg",
    "jpg/tests/87_OSError.jpg",
    "heic/IMG_5195.HEIC",
]


@pytest.mark.parametrize("name", WITH_GPS)
def test_location_is_removed_and_the_rest_kept(
    name: str,
    samples: Path,
    tmp_path: Path,
    pixels_of: Callable[[bytes], object],
    exiftool: Callable[[list[Path]], dict[str, dict[str, object]]],
) -> None:
    original = (samples / name).read_bytes()
    before = extract_metadata(original, sniff(original))
    assert before["gps"] is not None, "the sample must have a position to remove"
    cleaned, removed = remove_location(original, sniff(original))
    assert removed
    assert pixels_of(cleaned) == pixels_of(original)
    source, target = tmp_path / "original", tmp_path / "cleaned"
    source.write_bytes(original)
    target.write_bytes(cleaned)
    read = exiftool([source, target])
    old, new = read["original"], read["cleaned"]
    assert [key for key in old if key.startswith("GPS:")], "exiftool must see the original GPS"
    assert [key for key in new if "GPS" in key] == []
    for key in ("IFD0:Make", "IFD0:Model", "ExifIFD:DateTimeOriginal", "ExifIFD:ExposureTime"):
        if key in old:
            assert new.get(key) == old[key], key
    after = extract_metadata(cleaned, sniff(cleaned))
    assert after["gps"] is None and after["gps_tags"] == {}
    assert after["capture_time"] == before["capture_time"]


def test_jpeg_location_removal_changes_nothing_but_the_gps_bytes(samples: Path) -> None:
    original = (samples / "jpg/gps/DSCN0010.jpg").read_bytes()
    cleaned, removed = remove_location(original, sniff(original))
    assert removed == ("GPS position (EXIF)", "XMP metadata")
    # The EXIF segment keeps its size; only the XMP segment was dropped, so the image data and
    # everything before the XMP segment line up byte for byte.
    assert cleaned[-100_000:] == original[-100_000:]
    assert sum(a != b for a, b in zip(cleaned[:8000], original[:8000], strict=True)) < 600


@pytest.mark.parametrize(("mtype", "word"), [(MP4, "Video"), (PDF, "PDF")])
def test_location_cannot_be_removed_from_non_images(mtype: object, word: str) -> None:
    with pytest.raises(PolicyRefused, match=f"{word} files cannot have their location removed"):
        remove_location(b"\x00" * 64, mtype)  # type: ignore[arg-type]


def test_location_fields_are_keys_of_the_metadata(samples: Path) -> None:
    data = (samples / "jpg/gps/DSCN0010.jpg").read_bytes()
    meta = extract_metadata(data, sniff(data))
    assert location_fields() <= set(meta)
    assert all(meta[key] for key in location_fields())
    remaining = {k: v for k, v in meta.items() if k not in location_fields()}
    assert "GPS" not in repr(remaining)
