"""Property tests: strip round trips keep pixels and drop planted text; parsers fail cleanly."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import ExifTags, Image, PngImagePlugin

from humdoc.core.errors import HumdocError
from humdoc.core.media import Policy, extract_metadata, make_derivative, remove_location, sniff
from humdoc.core.media._imaging import decode_pixels
from humdoc.core.media.sniff import JPEG, PNG, WEBP

# Planted text: a fixed marker plus random letters, so it cannot appear in image data by chance.
_planted = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=6, max_size=40).map(
    lambda s: f"ZZMARK{s}"
)
_sizes = st.tuples(st.integers(1, 40), st.integers(1, 40))


def _image(size: tuple[int, int], seed: int, mode: str) -> Image.Image:
    image = Image.effect_noise(size, 40 + seed % 60).convert(mode)
    return image


def _exif(text: str) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = text
    exif[ExifTags.Base.Make] = "Nikon"
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.BodySerialNumber] = text
    exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] = (1.0, 2.0, 3.0)
    return exif


_common = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_common
@given(size=_sizes, seed=st.integers(0, 1000), text=_planted, quality=st.integers(30, 95))
def test_jpeg_round_trip(size: tuple[int, int], seed: int, text: str, quality: int) -> None:
    buffer = io.BytesIO()
    _image(size, seed, "RGB").save(
        buffer, format="JPEG", quality=quality, exif=_exif(text), comment=text.encode()
    )
    original = buffer.getvalue()
    for policy in (Policy.STRIP, Policy.EVIDENCE):
        derivative = make_derivative(original, JPEG, policy)
        assert text.encode() not in derivative.data
        assert decode_pixels(derivative.data) == decode_pixels(original)
    cleaned, _ = remove_location(original, JPEG)
    assert extract_metadata(cleaned, JPEG)["gps"] is None
    assert decode_pixels(cleaned) == decode_pixels(original)


@_common
@given(
    size=_sizes,
    seed=st.integers(0, 1000),
    text=_planted,
    mode=st.sampled_from(["RGB", "RGBA", "L", "P"]),
)
def test_png_round_trip(size: tuple[int, int], seed: int, text: str, mode: str) -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", text)
    info.add_text("Comment", text, zip=True)
    info.add_itxt("Description", text)
    buffer = io.BytesIO()
    _image(size, seed, mode).save(buffer, format="PNG", pnginfo=info, exif=_exif(text))
    original = buffer.getvalue()
    for policy in (Policy.STRIP, Policy.EVIDENCE):
        derivative = make_derivative(original, PNG, policy)
        assert text.encode() not in derivative.data
        assert decode_pixels(derivative.data) == decode_pixels(original)


@_common
@given(size=_sizes, seed=st.integers(0, 1000), text=_planted)
def test_webp_round_trip(size: tuple[int, int], seed: int, text: str) -> None:
    buffer = io.BytesIO()
    _image(size, seed, "RGBA").save(
        buffer, format="WEBP", lossless=True, exif=_exif(text).tobytes(), xmp=text.encode()
    )
    original = buffer.getvalue()
    derivative = make_derivative(original, WEBP, Policy.STRIP)
    assert text.encode() not in derivative.data
    assert decode_pixels(derivative.data) == decode_pixels(original)


def _seed_files() -> list[bytes]:
    seeds = []
    for fmt, extra in (("JPEG", {"comment": b"c"}), ("PNG", {}), ("WEBP", {"lossless": True})):
        buffer = io.BytesIO()
        Image.effect_noise((12, 9), 50).convert("RGB").save(
            buffer, format=fmt, exif=_exif("ZZMARKseed"), **extra
        )
        seeds.append(buffer.getvalue())
    return seeds


_SEEDS = _seed_files()


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(_SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        action = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        if len(data) < 8:
            break
        at = draw(st.integers(0, len(data) - 1))
        if action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[max(at, 3) :]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif len(data) > 4:
            del data[at : at + draw(st.integers(1, 16))]
    return bytes(data)


@settings(max_examples=300, deadline=None)
@given(data=_mutated())
def test_mutated_files_only_raise_humdoc_errors(data: bytes) -> None:
    try:
        mtype = sniff(data)
    except HumdocError:
        return
    for call in (
        lambda: extract_metadata(data, mtype),
        lambda: make_derivative(data, mtype, Policy.STRIP),
        lambda: make_derivative(data, mtype, Policy.EVIDENCE),
        lambda: remove_location(data, mtype),
    ):
        try:
            call()
        except HumdocError:
            pass


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=600))
def test_random_bytes_only_raise_humdoc_errors(data: bytes) -> None:
    for head in (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"RIFF\x00\x01\x00\x00WEBP", b"GIF89a"):
        blob = head + data
        try:
            make_derivative(blob, sniff(blob), Policy.STRIP)
        except HumdocError:
            pass


def test_seed_files_are_valid() -> None:
    # Guards the fuzz tests: if the seeds were broken, mutating them would prove little.
    for seed in _SEEDS:
        make_derivative(seed, sniff(seed), Policy.STRIP)
