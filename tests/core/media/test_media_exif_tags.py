"""read_exif_tags: exifread's own result, read from memory without a seek and a read per value.

exifread itself is the oracle: for every sample file and every fuzz input, each tag's name,
printable text, values, place and type must be what ``exifread.process_file`` gives.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import exifread
import pytest

from humdoc.core.errors import MalformedMedia
from humdoc.core.media import extract_metadata, sniff
from humdoc.core.media.exif_tags import ReadBudget, read_exif_tags
from humdoc.core.media.metadata import MAX_EXIF_READS

FUZZ_CORPUS = Path(__file__).resolve().parents[3] / "fuzz" / "corpus"
_SUFFIXES = (".jpg", ".jpeg", ".tif", ".tiff", ".heic", ".heif", ".png", ".webp")


def _facts(tags: dict[str, Any]) -> dict[str, object]:
    return {
        name: tag
        if isinstance(tag, bytes)
        else (tag.printable, repr(tag.values), tag.field_offset, tag.field_length, tag.field_type)
        for name, tag in tags.items()
    }


def _outcome(read: object) -> object:
    try:
        return _facts(read())  # type: ignore[operator]
    except Exception as exc:  # hostile inputs make exifread raise almost anything
        return type(exc).__name__


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES)


def test_every_sample_reads_exactly_as_exifread_reads_it(samples: Path) -> None:
    files = _files(samples)
    assert len(files) > 80
    with_maker_notes = 0
    for path in files:
        data = path.read_bytes()
        ours = _outcome(lambda d=data: read_exif_tags(d, ReadBudget(MAX_EXIF_READS)))
        theirs = _outcome(
            lambda d=data: exifread.process_file(
                io.BytesIO(d), details=True, extract_thumbnail=True
            )
        )
        assert ours == theirs, path
        with_maker_notes += isinstance(ours, dict) and any(k.startswith("MakerNote ") for k in ours)
    assert with_maker_notes > 20  # the comparison covers decoded maker notes, not only EXIF


def test_fuzz_inputs_read_as_exifread_reads_them() -> None:
    files = [p for p in FUZZ_CORPUS.rglob("*") if p.is_file() and p.stat().st_size < 4 << 20]
    assert files
    for path in sorted(files):
        data = path.read_bytes()
        ours = _outcome(lambda d=data: read_exif_tags(d, ReadBudget(MAX_EXIF_READS)))
        if ours == "MalformedMedia":
            continue  # the read budget, which exifread does not have, ran out
        theirs = _outcome(
            lambda d=data: exifread.process_file(
                io.BytesIO(d), details=True, extract_thumbnail=True
            )
        )
        assert ours == theirs, path


def test_a_maker_note_owner_reaches_the_metadata_record(samples: Path) -> None:
    data = (samples / "jpg/Canon_PowerShot_S40.jpg").read_bytes()
    tags = read_exif_tags(data, ReadBudget(MAX_EXIF_READS))
    assert tags["MakerNote OwnerName"].printable == "Andreas Huggel"
    meta = extract_metadata(data, sniff(data))
    assert meta["owner"] == "Andreas Huggel"
    assert meta["tags"]["MakerNote OwnerName"] == "Andreas Huggel"  # type: ignore[index]


def test_a_directory_walked_again_and_again_exhausts_the_budget() -> None:
    """64 GPSInfo entries point at one GPS directory claiming 65,535 entries; with the file
    padded so that every entry lies inside it, each walk costs 65,535 reads and the fifth fails."""
    bomb = (FUZZ_CORPUS / "metadata" / "regress-gps-pointer-bomb.jpg").read_bytes()
    budget = ReadBudget(MAX_EXIF_READS)
    with pytest.raises(MalformedMedia, match="too often"):
        read_exif_tags(bomb + bytes(65_536 * 12), budget)
    assert budget.left < 0


def test_an_exhausted_budget_stops_the_read() -> None:
    data = (FUZZ_CORPUS / "metadata" / "Canon_40D.jpg").read_bytes()
    with pytest.raises(MalformedMedia, match="too often"):
        read_exif_tags(data, ReadBudget(50))
