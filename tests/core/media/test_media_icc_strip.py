"""ICC profiles under strip: nothing in the copy names a device, and colours do not change.

The device profiles are built here by a small ICC writer of the test's own, the way their makers
write them: a Nikon-style sRGB profile (version 2, "Nikon sRGB 4.0.0.3000", the maker in the CMM,
platform, manufacturer, model and creator fields, a date) and an Apple-style Display P3 profile
(version 4, Apple's colorants and curve, "Copyright Apple Inc., 2017", creator 'appl'). exiftool
reads the copies' profile headers, and LittleCMS (Pillow's ImageCms) renders the colours.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from humdoc.core.media import Policy, make_derivative, sniff
from humdoc.core.media._imaging import decode_pixels
from humdoc.core.media.icc import standard_space
from humdoc.core.media.iccbuild import (
    ADOBE_RGB,
    DISPLAY_P3,
    SRGB,
    StandardSpace,
    standard_profile,
)
from tests.core.media.conftest import run_exiftool

# What must not survive in a strip copy: the makers' names and their 4-character signatures.
NIKON_WORDS = (b"Nikon", b"NIKON", b"NKON", b"NIKO", b"D70", b"MSFT")
APPLE_WORDS = (b"Apple", b"APPL", b"appl")


def _s15(v: float) -> bytes:
    return struct.pack(">i", round(v * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ \x00\x00\x00\x00" + _s15(x) + _s15(y) + _s15(z)


def _mluc(text: str) -> bytes:
    body = text.encode("utf-16-be")
    return b"mluc" + bytes(4) + struct.pack(">II2s2sII", 1, 12, b"en", b"US", len(body), 28) + body


def _desc_v2(text: str) -> bytes:
    raw = text.encode() + b"\x00"
    return b"desc" + bytes(4) + struct.pack(">I", len(raw)) + raw + bytes(79)


def _profile(fields: dict[int, bytes], tags: list[tuple[bytes, bytes]]) -> bytes:
    """A profile: header ``fields`` (offset -> bytes) over a plain header, then ``tags``."""
    head = bytearray(128)
    head[36:40] = b"acsp"
    head[68:80] = _s15(0.9642) + _s15(1.0) + _s15(0.8249)
    for at, value in fields.items():
        head[at : at + len(value)] = value
    offset = 132 + 12 * len(tags)
    table, data = struct.pack(">I", len(tags)), b""
    for sig, body in tags:
        body += bytes(-len(body) % 4)
        table += struct.pack(">4sII", sig, offset + len(data), len(body))
        data += body
    profile = bytes(head) + table + data
    return struct.pack(">I", len(profile)) + profile[4:]


def _date(*parts: int) -> bytes:
    return struct.pack(">6H", *parts)


def nikon_srgb() -> bytes:
    """A version 2 sRGB profile as Nikon's cameras and software embed it."""
    table = [round(65535 * SRGB.curve(i / 1023)) for i in range(1024)]
    curve = b"curv" + bytes(4) + struct.pack(">I1024H", 1024, *table)
    fields = {4: b"NKON", 8: b"\x02\x10\x00\x00", 12: b"mntrRGB XYZ ", 24: _date(2004, 6, 1, 9, 0, 0),
              40: b"MSFT", 48: b"NIKO", 52: b"D70 ", 80: b"NKON"}  # fmt: skip
    tags = [
        (b"desc", _desc_v2("Nikon sRGB 4.0.0.3000")),
        (b"cprt", b"text" + bytes(4) + b"Nikon Inc. & Nikon Corporation 2001\x00"),
        (b"dmnd", _desc_v2("Nikon Corporation")),
        (b"dmdd", _desc_v2("Nikon D70 sRGB")),
        (b"wtpt", _xyz(0.9505, 1.0, 1.089)),
        (b"rXYZ", _xyz(0.43607, 0.22249, 0.01392)),
        (b"gXYZ", _xyz(0.38515, 0.71687, 0.09708)),
        (b"bXYZ", _xyz(0.14307, 0.06061, 0.71410)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    return _profile(fields, tags)


def apple_display_p3() -> bytes:
    """A version 4 Display P3 profile as Apple's phones and computers embed it."""
    para = b"para" + bytes(4) + struct.pack(">HH", 3, 0)
    para += b"".join(_s15(v) for v in (2.39999, 0.94786, 0.05214, 0.07739, 0.04045))
    adapt = (1.04788, 0.02292, -0.05022, 0.02959, 0.99048, -0.01707, -0.00925, 0.01508, 0.75168)
    chad = b"sf32" + bytes(4) + b"".join(_s15(v) for v in adapt)
    fields = {4: b"appl", 8: b"\x04\x00\x00\x00", 12: b"mntrRGB XYZ ", 24: _date(2017, 7, 7, 13, 22, 32),
              40: b"APPL", 48: b"APPL", 80: b"appl"}  # fmt: skip
    tags = [
        (b"desc", _mluc("Display P3")),
        (b"cprt", _mluc("Copyright Apple Inc., 2017")),
        (b"wtpt", _xyz(0.96420, 1.0, 0.82491)),
        (b"rXYZ", _xyz(0.51512, 0.24119, -0.00105)),
        (b"gXYZ", _xyz(0.29198, 0.69225, 0.04189)),
        (b"bXYZ", _xyz(0.15710, 0.06657, 0.78407)),
        (b"rTRC", para),
        (b"chad", chad),
        (b"bTRC", para),
        (b"gTRC", para),
    ]
    return _profile(fields, tags)


def _picture() -> Image.Image:
    image = Image.new("RGB", (48, 32))
    image.putdata([((x * 37) % 256, (y * 53 + x) % 256, (x * y * 7) % 256)
                   for y in range(32) for x in range(48)])  # fmt: skip
    return image


def _saved(fmt: str, profile: bytes) -> bytes:
    buffer = io.BytesIO()
    options = {"quality": 95} if fmt == "JPEG" else {"lossless": True} if fmt == "WEBP" else {}
    _picture().save(buffer, format=fmt, icc_profile=profile, **options)
    return buffer.getvalue()


def _embedded(data: bytes) -> bytes | None:
    with Image.open(io.BytesIO(data)) as image:
        profile = image.info.get("icc_profile")
        return profile if isinstance(profile, bytes) and profile else None


def _rendered(data: bytes) -> bytes:
    """The picture as LittleCMS renders it in sRGB; an image without a profile is sRGB."""
    srgb = ImageCms.createProfile("sRGB")
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        profile = image.info.get("icc_profile")
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile)) if profile else srgb
        rendered = ImageCms.profileToProfile(image.convert("RGB"), source, srgb)
        assert rendered is not None
        return rendered.tobytes()


def _names_nothing(data: bytes, words: tuple[bytes, ...]) -> None:
    """No maker word anywhere: in the file's bytes, in its (decompressed) profile, as UTF-16."""
    places = [data] + [p for p in (_embedded(data),) if p]
    for place in places:
        for word in words:
            assert word not in place, word
            assert word.decode().encode("utf-16-be") not in place, word


_MAKERS: dict[str, tuple[Callable[[], bytes], tuple[bytes, ...]]] = {
    "nikon": (nikon_srgb, NIKON_WORDS),
    "apple": (apple_display_p3, APPLE_WORDS),
}


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "TIFF"])
@pytest.mark.parametrize("maker", sorted(_MAKERS))
def test_strip_leaves_no_byte_that_names_the_maker(maker: str, fmt: str) -> None:
    make_profile, words = _MAKERS[maker]
    original = _saved(fmt, make_profile())
    assert _embedded(original) == make_profile()
    assert any(word in original for word in words) or fmt == "PNG"  # PNG compresses it
    copy = make_derivative(original, sniff(original), Policy.STRIP)
    _names_nothing(copy.data, words)
    assert decode_pixels(copy.data) == decode_pixels(original)
    profile = _embedded(copy.data)
    if maker == "nikon":
        assert profile is None  # sRGB: dropped, as an untagged image is sRGB
        assert any("it is sRGB" in note for note in copy.removed)
        # The original's curve is a 1024-entry table of the sRGB curve; rendering through it
        # rounds a few values one level (out of 255) away from sRGB itself, never more.
        diffs = [abs(a - b) for a, b in zip(_rendered(copy.data), _rendered(original), strict=True)]
        assert max(diffs) <= 1 and sum(map(bool, diffs)) <= len(diffs) // 100
    else:
        assert profile == standard_profile(DISPLAY_P3)
        assert any("standard Display P3 profile" in note for note in copy.removed)
        assert _rendered(copy.data) == _rendered(original)  # colour-managed: exactly equal


def test_exiftool_reads_a_replacement_header_that_names_nothing(tmp_path: Path) -> None:
    original = _saved("JPEG", apple_display_p3())
    (tmp_path / "before.jpg").write_bytes(original)
    copy = make_derivative(original, sniff(original), Policy.STRIP)
    (tmp_path / "after.jpg").write_bytes(copy.data)
    tags = run_exiftool([tmp_path / "before.jpg", tmp_path / "after.jpg"])
    before, after = tags["before.jpg"], tags["after.jpg"]
    assert before["ICC-header:ProfileCreator"] == "Apple Computer Inc."
    assert before["ICC_Profile:ProfileCopyright"] == "Copyright Apple Inc., 2017"
    for field in ("ProfileCMMType", "DeviceManufacturer", "DeviceModel", "ProfileCreator"):
        assert after.get(f"ICC-header:{field}", "") == "", field
    assert after["ICC-header:ProfileDateTime"] == "0000:00:00 00:00:00"
    assert after["ICC_Profile:ProfileDescription"] == "Display P3"
    assert after["ICC_Profile:ProfileCopyright"] == "No copyright, use freely"
    assert not any("Apple" in str(v) or "appl" in str(v).lower() for v in after.values())


def test_evidence_may_keep_a_standard_profile() -> None:
    for make_profile in (nikon_srgb, apple_display_p3):
        original = _saved("JPEG", make_profile())
        copy = make_derivative(original, sniff(original), Policy.EVIDENCE)
        assert _embedded(copy.data) == make_profile()
        assert decode_pixels(copy.data) == decode_pixels(original)


def test_an_unusual_profile_keeps_its_colour_data_without_its_names(corpus: Path) -> None:
    """A Mac display profile (Apple's make-and-model tag, calibration curves, the display's
    name) matches no standard space: its colour tags stay byte for byte, nothing else does."""
    original = (corpus / "exif-samples/tiff/BSG1.tiff").read_bytes()
    before = _embedded(original)
    assert before is not None and b"mmod" in before and standard_space(before) is None
    copy = make_derivative(original, sniff(original), Policy.STRIP)
    after = _embedded(copy.data)
    assert after is not None
    _names_nothing(copy.data, (*APPLE_WORDS, b"Color LCD", b"mmod", b"vcgt", b"ndin"))
    assert any("names, dates and descriptions in the ICC profile" in n for n in copy.removed)
    assert _rendered(copy.data) == _rendered(original)
    assert decode_pixels(copy.data) == decode_pixels(original)


def test_an_iphone_heic_profile_is_replaced_by_the_standard_one(corpus: Path) -> None:
    original = (corpus / "exif-samples/heic/IMG_5195.HEIC").read_bytes()
    before = _embedded(original)
    assert before is not None and b"appl" in before
    assert standard_space(before) is DISPLAY_P3
    copy = make_derivative(original, sniff(original), Policy.STRIP)
    assert _embedded(copy.data) == standard_profile(DISPLAY_P3)
    _names_nothing(copy.data, APPLE_WORDS)
    assert decode_pixels(copy.data) == decode_pixels(original)


@pytest.mark.parametrize("space", [SRGB, DISPLAY_P3, ADOBE_RGB], ids=lambda s: s.name)
def test_standard_profiles_are_recognised_and_valid(space: StandardSpace) -> None:
    profile = standard_profile(space)
    assert standard_space(profile) is space
    lcms = ImageCms.ImageCmsProfile(io.BytesIO(profile))
    assert ImageCms.getProfileDescription(lcms).strip() == space.name


def test_littlecms_own_srgb_is_srgb_and_other_spaces_are_not_confused() -> None:
    assert (
        standard_space(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()) is SRGB
    )
    assert standard_space(nikon_srgb()) is SRGB
    assert standard_space(apple_display_p3()) is DISPLAY_P3
    # Display P3 colorants with a plain 2.2 gamma are no standard space: kept without names.
    gamma = b"curv" + bytes(4) + struct.pack(">IH", 1, 0x0233)
    swapped = apple_display_p3().replace(apple_display_p3()[-32:], gamma + bytes(32 - len(gamma)))
    assert standard_space(swapped) is None


def test_every_corpus_profile_names_nothing_after_strip(corpus: Path) -> None:
    checked = 0
    for path in sorted((corpus / "exif-samples").rglob("*")):
        if path.suffix.lower() not in {".jpg", ".jpeg", ".png", ".tiff", ".heic", ".heif"}:
            continue
        data = path.read_bytes()
        try:
            mtype = sniff(data)
            if _embedded(data) is None:
                continue
            copy = make_derivative(data, mtype, Policy.STRIP)
        except Exception:  # noqa: S112 - broken corpus files are another test's business
            continue
        profile = _embedded(copy.data)
        checked += 1
        if profile is None:
            continue
        head = profile[:128]
        for start, end in ((4, 8), (24, 36), (40, 56), (80, 100)):
            assert head[start:end] == bytes(end - start), (path.name, start)
    assert checked >= 20
