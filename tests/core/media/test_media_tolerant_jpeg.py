"""Harmless damage: stray bytes between JPEG segments are skipped when the pixels prove it safe.

Decoders (libjpeg behind Pillow, and ffmpeg's own JPEG decoder, used here as the independent
reader) skip bytes that are not a marker where one must be. humdoc does the same, leaves them out
of the derivative, and then requires the derivative to decode to exactly the original's pixels;
what cannot be proven so is still refused. Error texts never show a Python object's repr.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from humdoc.core.errors import HumdocError, MalformedMedia
from humdoc.core.media import (
    Policy,
    extract_metadata,
    make_derivative,
    make_thumbnail,
    remove_location,
    sniff,
)
from humdoc.core.media._imaging import decode_pixels
from humdoc.core.media.jpeg import STRAY, parse

MARK = b"PLANTED-Amina-Haddad"


def _jpeg() -> bytes:
    image = Image.new("RGB", (40, 30))
    image.putdata([(x * 6, y * 8, (x * y) % 256) for y in range(30) for x in range(40)])
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Nikon"
    exif[ExifTags.Base.Artist] = MARK.decode()
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90, exif=exif.tobytes(), comment=MARK)
    return buffer.getvalue()


def _insert(data: bytes, before: list[tuple[int, bytes]]) -> bytes:
    """``data`` with stray bytes inserted before the first segment of each given marker."""
    segments, _ = parse(data)
    cuts = sorted((next(s.start for s in segments if s.marker == m), junk) for m, junk in before)
    out, last = b"", 0
    for at, junk in cuts:
        out += data[last:at] + junk
        last = at
    return out + data[last:]


def _ffmpeg_rgb(data: bytes) -> bytes:
    exe = shutil.which("ffmpeg")
    assert exe, "ffmpeg is required: it is the independent JPEG decoder of this test"
    args = ["-v", "error", "-f", "image2pipe", "-c:v", "mjpeg", "-i", "-"]
    args += ["-f", "rawvideo", "-pix_fmt", "rgb24", "-"]
    done = subprocess.run(
        [exe, *args],
        input=data,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0 and done.stdout, done.stderr
    return done.stdout


_DAMAGE = {
    "between APP segments": [(0xE1, b"junk")],
    "before the tables": [(0xDB, b"\x00" * 7)],
    "before the frame header": [(0xC0, b"\x12\x34")],
    "right before the scan": [(0xDA, b"\x01\x02\x03")],
    "hiding text": [(0xFE, b" " + MARK + b" ")],
    "holding 0xFF00": [(0xC4, b"ab\xff\x00cd")],
    "in several places": [(0xE1, b"x"), (0xDB, b"yy"), (0xDA, b"zzz")],
}


@pytest.mark.parametrize("where", sorted(_DAMAGE))
def test_stray_bytes_are_skipped_and_the_pixels_still_match(where: str) -> None:
    original = _jpeg()
    damaged = _insert(original, _DAMAGE[where])
    mtype = sniff(damaged)
    # Both decoders show the damaged file exactly as the undamaged one.
    assert decode_pixels(damaged) == decode_pixels(original)
    assert _ffmpeg_rgb(damaged) == _ffmpeg_rgb(original)
    copies = {p.value: make_derivative(damaged, mtype, p) for p in (Policy.EVIDENCE, Policy.STRIP)}
    for policy, copy in copies.items():
        assert "stray bytes between segments" in copy.removed, policy
        assert all(seg.marker != STRAY for seg in parse(copy.data)[0]), policy
        assert decode_pixels(copy.data) == decode_pixels(damaged), policy
        assert _ffmpeg_rgb(copy.data) == _ffmpeg_rgb(damaged), policy
        assert MARK not in copy.data, policy
    located, notes = remove_location(damaged, mtype)
    assert "stray bytes between segments" in notes
    assert decode_pixels(located) == decode_pixels(damaged)


def test_a_clean_jpeg_is_not_decoded_to_be_checked() -> None:
    """Without stray bytes nothing changes: the derivative is made from segments alone."""
    original = _jpeg()
    assert all(seg.marker != STRAY for seg in parse(original)[0])
    copy = make_derivative(original, sniff(original), Policy.STRIP)
    assert not any("stray" in note for note in copy.removed)


def test_stray_bytes_that_cannot_be_proven_harmless_are_refused() -> None:
    original = _jpeg()
    # Stray bytes followed by a Huffman table no decoder accepts: the original cannot be decoded,
    # so nothing proves a copy without the stray bytes shows the same picture.
    damaged = _insert(original, [(0xDA, b"junk\xff\xc4\x00\x05\x00\xff\xff")])
    mtype = sniff(damaged)
    for policy in (Policy.EVIDENCE, Policy.STRIP):
        with pytest.raises(MalformedMedia, match="stray bytes at byte") as caught:
            make_derivative(damaged, mtype, policy)
        assert "keep policy" in str(caught.value)
    with pytest.raises(MalformedMedia, match="stray bytes"):
        remove_location(damaged, mtype)
    # keep still hands over the original, untouched.
    assert make_derivative(damaged, mtype, Policy.KEEP).data == damaged


def _broken_files(samples: Path) -> dict[str, bytes]:
    jpeg = _jpeg()
    png = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(png, format="PNG")
    files = {
        "jpeg header only": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 200,
        "jpeg start and end only": b"\xff\xd8\xff\xd9",
        "jpeg cut in half": jpeg[: len(jpeg) // 2],
        "jpeg without its frame": b"\xff\xd8" + jpeg[jpeg.find(b"\xff\xda") :],
        "png signature only": b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
        "png cut short": png.getvalue()[:40],
        "png with a broken stream": png.getvalue()[:33]
        + b"\x00\x00\x00\x04IDAT\x00\x00\x00\x00"
        + zlib.crc32(b"IDAT\x00\x00\x00\x00").to_bytes(4, "big")
        + b"\x00\x00\x00\x00IEND\xaeB`\x82",
        "heic box header only": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 100,
        "tiff header only": b"II*\x00\x08\x00\x00\x00" + b"\x00" * 100,
        "big-endian tiff header only": b"MM\x00*\x00\x00\x00\x08" + b"\xff" * 64,
        "gif header only": b"GIF89a" + b"\x00" * 50,
        "webp header only": b"RIFF\x20\x00\x00\x00WEBPVP8 " + b"\x00" * 40,
    }
    for name in ("jpg/corrupted.jpg", "jpg/invalid/image00971.jpg", "tiff/Tless0.tiff"):
        data = (samples / name).read_bytes()
        files[f"{name} cut short"] = data[: len(data) // 3]
    return files


def _error_texts(data: bytes) -> list[str]:
    texts: list[str] = []
    try:
        mtype = sniff(data)
    except HumdocError as exc:
        return [str(exc)]
    calls: list[Callable[[], object]] = [lambda: extract_metadata(data, mtype)]
    calls += [lambda p=p: make_derivative(data, mtype, p) for p in (Policy.EVIDENCE, Policy.STRIP)]
    calls += [lambda: remove_location(data, mtype), lambda: make_thumbnail(data, mtype)]
    for call in calls:
        try:
            result = call()
        except HumdocError as exc:
            texts.append(str(exc))
            continue
        if isinstance(result, dict):
            texts += [str(error) for error in result.get("errors", [])]
    return texts


def test_error_texts_never_show_python_object_reprs(samples: Path) -> None:
    seen = 0
    for name, data in _broken_files(samples).items():
        for text in _error_texts(data):
            seen += 1
            assert "object at 0x" not in text and " at 0x" not in text, (name, text)
            assert "\n" not in text, (name, text)
    assert seen >= 30  # the broken files really did fail, and their texts were looked at


def test_an_unidentified_image_is_described_in_words() -> None:
    data = b"\xff\xd8\xff\xd9"
    with pytest.raises(MalformedMedia, match="format is not recognised"):
        make_thumbnail(data, sniff(data))
