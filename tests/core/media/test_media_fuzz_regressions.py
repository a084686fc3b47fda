"""Inputs ``make fuzz`` found that broke a media parser's contract, replayed from fuzz/corpus/.

Each test feeds the committed input (``fuzz/corpus/<target>/regress-*``) to the parser and expects
the documented error, so the fix cannot be undone without a failure here.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from humdoc.core.errors import MalformedMedia
from humdoc.core.media import extract_metadata, metadata, webp
from humdoc.core.media.exif_tags import ReadBudget, read_exif_tags
from humdoc.core.media.policy import Policy, make_derivative, remove_location
from humdoc.core.media.sniff import TIFF, WEBP, sniff
from humdoc.core.media.tiffdir import TAG_GPS_IFD, TiffReader

FUZZ_CORPUS = Path(__file__).resolve().parents[3] / "fuzz" / "corpus"


def _riff(*chunks: tuple[bytes, bytes]) -> bytes:
    body = b"WEBP" + b"".join(
        c + struct.pack("<I", len(p)) + p + b"\x00" * (len(p) & 1) for c, p in chunks
    )
    return b"RIFF" + struct.pack("<I", len(body)) + body


def test_webp_without_an_image_chunk_is_refused_not_emptied() -> None:
    """A RIFF/WEBP of only unknown chunks (and EXIF, XMP) was 'cleaned' into an empty container."""
    data = (FUZZ_CORPUS / "webp" / "regress-no-image-chunk").read_bytes()
    assert sniff(data) == WEBP
    for policy in (Policy.STRIP, Policy.EVIDENCE):
        with pytest.raises(MalformedMedia, match="holds no image"):
            make_derivative(data, WEBP, policy)
    with pytest.raises(MalformedMedia, match="holds no image"):
        remove_location(data, WEBP)


def test_webp_of_only_xmp_is_refused_by_remove_location() -> None:
    data = _riff((b"XMP ", b"<x:xmpmeta>12,30N</x:xmpmeta>"))
    with pytest.raises(MalformedMedia, match="holds no image"):
        remove_location(data, WEBP)


def test_a_webp_with_an_image_chunk_is_still_cleaned() -> None:
    data = _riff((b"VP8L", b"\x2f\x00\x00\x00\x00"), (b"XMP ", b"<x:xmpmeta/>"))
    out, removed = webp.strip(data)
    assert [c for c, _ in webp.parse(out)] == [b"VP8L"]
    assert removed == ("XMP metadata",)


def test_exif_directories_pointing_at_one_huge_gps_directory_do_not_hang() -> None:
    """64 GPSInfo entries all point at one GPS directory claiming 65,535 entries: exifread walked
    it again for each (half a second each, without end for a larger file). Entries past the end
    of the file are no longer walked, reads are capped (the padded case in
    ``test_media_exif_tags``), and the metadata comes back."""
    data = (FUZZ_CORPUS / "metadata" / "regress-gps-pointer-bomb.jpg").read_bytes()
    budget = ReadBudget(metadata.MAX_EXIF_READS)
    read_exif_tags(data, budget)
    assert budget.left > metadata.MAX_EXIF_READS // 2
    result = extract_metadata(data, sniff(data))
    assert (result["width"], result["height"]) == (8, 8)


def test_camera_files_stay_well_inside_the_exif_read_budget(corpus: Path) -> None:
    """The cap must never cost a real file its metadata: the worst sample needs under a third."""
    worst = 0
    for path in sorted((corpus / "exif-samples").rglob("*")):
        if path.suffix.lower() not in (".jpg", ".jpeg", ".tiff", ".heic", ".heif", ".png"):
            continue
        budget = ReadBudget(metadata.MAX_EXIF_READS)
        try:
            read_exif_tags(path.read_bytes(), budget)
        except Exception as exc:  # hostile samples make exifread raise almost anything
            assert "too often" not in str(exc), path
        worst = max(worst, metadata.MAX_EXIF_READS - budget.left)
    assert 0 < worst < metadata.MAX_EXIF_READS // 3


def test_tiff_whose_second_directory_is_broken_is_malformed_not_a_crash() -> None:
    """Counting a TIFF's pages reads every directory; a broken second one made Pillow raise
    ``TypeError`` past the decoder's guard, out of the conversion to PNG."""
    data = (FUZZ_CORPUS / "tiff" / "regress-broken-second-directory.tiff").read_bytes()
    assert sniff(data) == TIFF
    for policy in (Policy.STRIP, Policy.EVIDENCE):
        with pytest.raises(MalformedMedia, match="cannot be decoded"):
            make_derivative(data, TIFF, policy)
    with pytest.raises(MalformedMedia, match="cannot be decoded"):
        remove_location(data, TIFF)


def test_tiff_with_a_text_tag_holding_a_rational_is_converted_without_its_metadata() -> None:
    """Pillow cannot write back a text tag whose value it read as a rational (AttributeError,
    found by make fuzz in CI's short run): the PNG copy is made with no metadata, or the file is
    refused as malformed, never a crash."""
    data = (FUZZ_CORPUS / "tiff" / "regress-text-tag-holding-a-rational.tiff").read_bytes()
    assert sniff(data) == TIFF
    cleaned, removed = remove_location(data, TIFF)
    assert cleaned.startswith(b"\x89PNG\r\n\x1a\n")
    assert b"eXIf" not in cleaned  # the metadata that could not be written back is gone
    assert "GPS position and XMP" in removed


def test_every_gps_directory_goes_when_ifd0_names_two() -> None:
    """An EXIF IFD0 with two GPS pointers kept the second position after strip at intake."""
    data = (FUZZ_CORPUS / "webp" / "regress-two-gps-pointers").read_bytes()
    before = TiffReader(webp.exif_block(data))
    assert [e.tag for e in before.entries(before.first_ifd())].count(TAG_GPS_IFD) == 2
    located, removed = remove_location(data, sniff(data))
    after = TiffReader(webp.exif_block(located))
    assert TAG_GPS_IFD not in [e.tag for e in after.entries(after.first_ifd())]
    assert "GPS position (EXIF)" in removed
    assert b"N\x00" not in webp.exif_block(located) and b"E\x00" not in webp.exif_block(located)
