"""Every corpus photo: derivatives decode to the original's pixels and hold nothing identifying.

exiftool is the independent reader: its tags for each derivative are checked against an allow-list
(what each policy may leave) and a deny-list (what must never leave under strip).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import exifread
import pytest

from humdoc.core.media import Derivative, Policy, extract_metadata, make_derivative, sniff

# exiftool groups that describe the file or the pixels, never the person, device or place.
_RENDERING_GROUPS = re.compile(r"^(ExifTool|System|File|Composite|JFIF|Adobe|PNG|RIFF|ICC[-_].*)$")
# What an evidence derivative may hold on top of that, and nothing more.
_EVIDENCE_TAGS = {
    "IFD0:Make", "IFD0:Model", "IFD0:ModifyDate", "IFD0:Orientation", "ExifIFD:DateTimeOriginal",
    "ExifIFD:CreateDate", "ExifIFD:OffsetTime", "ExifIFD:OffsetTimeOriginal",
    "ExifIFD:OffsetTimeDigitized",
}  # fmt: skip
# Under strip these must never appear, whatever the group (ICC profile text is colour data).
_FORBIDDEN = re.compile(
    r"^(GPS|XMP[-\w]*|IPTC|Photoshop|MakerNotes|IFD1|MPF\d*|FlashPix|Ducky|APP\d+):"
    r"|Serial|Artist|Copyright|OwnerName|Creator|Author|Comment|Software|ThumbnailImage"
    r"|PreviewImage|UserComment|ImageDescription|Make$|Model$|Lens"
)
_COMPOSITE_OK = {"Composite:ImageSize", "Composite:Megapixels"}
_EXIF_EVIDENCE_COMPOSITES = {
    "Composite:SubSecCreateDate", "Composite:SubSecDateTimeOriginal", "Composite:SubSecModifyDate",
}  # fmt: skip
_EXIFREAD_FORBIDDEN = re.compile(r"^(GPS |MakerNote |Thumbnail |Interoperability )|Serial|Owner")


def _problem_tags(tags: dict[str, object], policy: Policy) -> list[str]:
    allowed_extra = (
        _EVIDENCE_TAGS | _EXIF_EVIDENCE_COMPOSITES if policy is Policy.EVIDENCE else set()
    )
    bad = []
    for key in tags:
        if key in ("SourceFile",) or key in allowed_extra:
            continue
        group = key.split(":", 1)[0]
        icc = group.startswith("ICC")
        if (
            (group == "Composite" and key not in _COMPOSITE_OK)
            or not _RENDERING_GROUPS.match(group)
            or (not icc and group not in ("File", "System", "ExifTool") and _FORBIDDEN.search(key))
        ):
            bad.append(key)
    return bad


@pytest.fixture(scope="module")
def derivatives(
    corpus: Path,
    tmp_path_factory: pytest.TempPathFactory,
    exiftool: Callable[[list[Path]], dict[str, dict[str, object]]],
) -> dict[tuple[str, Policy], tuple[Derivative, dict[str, object]]]:
    """Each corpus image's strip and evidence derivatives, with exiftool's reading of them."""
    samples = corpus / "exif-samples"
    out = tmp_path_factory.mktemp("derivatives")
    made: dict[tuple[str, Policy], Derivative] = {}
    files: dict[tuple[str, Policy], Path] = {}
    for index, path in enumerate(sorted(samples.rglob("*"))):
        if path.suffix.lower() not in {".jpg", ".jpeg", ".heic", ".heif", ".tiff", ".png"}:
            continue
        data = path.read_bytes()
        name = str(path.relative_to(samples))
        for policy in (Policy.STRIP, Policy.EVIDENCE):
            derivative = make_derivative(data, sniff(data), policy)
            target = out / f"{index}-{policy.value}.{derivative.mtype.extension}"
            target.write_bytes(derivative.data)
            made[(name, policy)] = derivative
            files[(name, policy)] = target
    read = exiftool(list(files.values()))
    return {key: (made[key], read[files[key].name]) for key in made}


@pytest.mark.parametrize("policy", [Policy.STRIP, Policy.EVIDENCE])
def test_derivative_has_exactly_the_original_pixels(
    corpus_image: str,
    policy: Policy,
    samples: Path,
    derivatives: dict[tuple[str, Policy], tuple[Derivative, dict[str, object]]],
    pixels_of: Callable[[bytes], object],
) -> None:
    original = (samples / corpus_image).read_bytes()
    derivative, _ = derivatives[(corpus_image, policy)]
    assert pixels_of(derivative.data) == pixels_of(original)
    assert derivative.data != original
    kind = sniff(original).format
    assert derivative.converted == (kind in ("heic", "heif", "tiff"))
    assert sniff(derivative.data) == derivative.mtype
    assert derivative.removed, "a derivative must say what it removed"


@pytest.mark.parametrize("policy", [Policy.STRIP, Policy.EVIDENCE])
def test_exiftool_finds_nothing_identifying(
    corpus_image: str,
    policy: Policy,
    derivatives: dict[tuple[str, Policy], tuple[Derivative, dict[str, object]]],
) -> None:
    _, tags = derivatives[(corpus_image, policy)]
    assert _problem_tags(tags, policy) == []


def test_strip_leaves_no_exif_at_all(
    corpus_image: str, derivatives: dict[tuple[str, Policy], tuple[Derivative, dict[str, object]]]
) -> None:
    derivative, _ = derivatives[(corpus_image, Policy.STRIP)]
    read = exifread.process_file(io.BytesIO(derivative.data), details=True)
    assert {k for k in read if not k.startswith("JPEGThumbnail")} == set()
    assert b"<x:xmpmeta" not in derivative.data
    assert b"Photoshop 3.0" not in derivative.data


def test_evidence_keeps_capture_time_make_model_and_nothing_else(
    corpus_image: str,
    samples: Path,
    derivatives: dict[tuple[str, Policy], tuple[Derivative, dict[str, object]]],
) -> None:
    original = (samples / corpus_image).read_bytes()
    derivative, _ = derivatives[(corpus_image, Policy.EVIDENCE)]
    before = exifread.process_file(io.BytesIO(original), details=False)
    after = exifread.process_file(io.BytesIO(derivative.data), details=True)
    leaked = [k for k in after if _EXIFREAD_FORBIDDEN.search(k) or k == "JPEGThumbnail"]
    assert leaked == []
    for key in ("EXIF DateTimeOriginal", "Image Make", "Image Model"):
        value = str(before[key]).strip() if key in before else ""
        if re.fullmatch(r"[\x20-\x7e]{1,64}", value) and (
            key != "EXIF DateTimeOriginal" or re.fullmatch(r"\d{4}:\d\d:\d\d \d\d:\d\d:\d\d", value)
        ):
            assert str(after[key]).strip() == value, key
    allowed = {
        "Image Make", "Image Model", "Image DateTime", "Image Orientation", "Image ExifOffset",
        "EXIF DateTimeOriginal", "EXIF DateTimeDigitized", "EXIF OffsetTime",
        "EXIF OffsetTimeOriginal", "EXIF OffsetTimeDigitized",
    }  # fmt: skip
    assert set(after) <= allowed


def test_gps_photos_lose_their_position_under_both_policies(
    samples: Path, derivatives: dict[tuple[str, Policy], tuple[Derivative, dict[str, object]]]
) -> None:
    names = ("jpg/gps/DSCN0010.jpg", "heic/IMG_5195.HEIC", "jpg/mobile/HMD_Nokia_8.3_5G.jpg")
    for name in names:
        data = (samples / name).read_bytes()
        assert extract_metadata(data, sniff(data))["gps"] is not None, name
        for policy in (Policy.STRIP, Policy.EVIDENCE):
            derivative, tags = derivatives[(name, policy)]
            assert [k for k in tags if "GPS" in k] == [], name
            assert extract_metadata(derivative.data, derivative.mtype)["gps"] is None
