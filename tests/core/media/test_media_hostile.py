"""Broken and hostile files: every entry point succeeds or raises a HumdocError, and fast."""

from __future__ import annotations

import io
import signal
import struct
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PIL import Image

from humdoc.core.errors import HumdocError, MalformedMedia
from humdoc.core.media import (
    Policy,
    extract_metadata,
    make_derivative,
    make_thumbnail,
    remove_location,
    sniff,
)

_SECONDS_PER_FILE = 20  # generous for slow CI machines; a hang is minutes, not seconds


@contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    def _expired(signum: int, frame: object) -> None:
        raise AssertionError(f"took longer than {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _every_entry_point(data: bytes) -> list[str]:
    """Run every public function on ``data``; return the names of the HumdocErrors raised."""
    raised = []
    calls: list[tuple[str, Callable[[], object]]] = []
    try:
        mtype = sniff(data)
    except HumdocError:
        return ["sniff"]
    calls.append(("extract", lambda: extract_metadata(data, mtype)))
    calls += [(p.value, lambda p=p: make_derivative(data, mtype, p)) for p in Policy]
    calls.append(("location", lambda: remove_location(data, mtype)))
    calls.append(("thumbnail", lambda: make_thumbnail(data, mtype)))
    for name, call in calls:
        try:
            call()
        except HumdocError as exc:
            assert str(exc) and "\n" not in str(exc)
            raised.append(name)
    return raised


def test_hostile_corpus_file_never_crashes_or_hangs(hostile_image: str, samples: Path) -> None:
    data = (samples / hostile_image).read_bytes()
    with _deadline(_SECONDS_PER_FILE):
        _every_entry_point(data)


@pytest.mark.parametrize("fraction", [0.02, 0.1, 0.5, 0.9, 0.999])
def test_truncated_corpus_files_never_crash(fraction: float, samples: Path) -> None:
    names = ["jpg/gps/DSCN0010.jpg", "jpg/tests/45-gps_ifd.jpg", "tiff/Tless0.tiff"]
    names += ["heic/samplefilehub.heif", "jpg/xmp/BlueSquare.jpg"]
    for name in names:
        data = (samples / name).read_bytes()
        with _deadline(_SECONDS_PER_FILE):
            _every_entry_point(data[: max(1, int(len(data) * fraction))])


def _png_chunk(ctype: bytes, body: bytes) -> bytes:
    crc = struct.pack(">I", zlib.crc32(ctype + body))
    return struct.pack(">I", len(body)) + ctype + body + crc


def test_decompression_bomb_is_refused_not_decoded() -> None:
    # A valid PNG header claiming 60000 x 60000 pixels: far past Pillow's safety limit.
    ihdr = struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 100)
    bomb = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat)
    bomb += _png_chunk(b"IEND", b"")
    mtype = sniff(bomb)
    with pytest.raises(MalformedMedia, match="too many pixels"):
        make_thumbnail(bomb, mtype)
    with pytest.raises(MalformedMedia):
        extract_metadata(bomb, mtype)


def test_just_under_the_hard_limit_still_counts_as_a_bomb() -> None:
    # Pillow only *warns* between MAX_IMAGE_PIXELS and twice that; humdoc must refuse there too.
    side = int((Image.MAX_IMAGE_PIXELS or 0) ** 0.5) + 100
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)
    png += _png_chunk(b"IDAT", zlib.compress(b"")) + _png_chunk(b"IEND", b"")
    with pytest.raises(MalformedMedia, match="too many pixels"):
        make_thumbnail(png, sniff(png))


def test_jpeg_segment_running_past_the_end_is_malformed() -> None:
    data = b"\xff\xd8\xff\xe1\xff\xf0Exif\x00\x00" + b"\x00" * 20
    with pytest.raises(MalformedMedia):
        make_derivative(data, sniff(data), Policy.STRIP)


def test_png_with_a_bad_crc_is_malformed() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    data = bytearray(buffer.getvalue())
    data[-2] ^= 0xFF  # inside the CRC of IEND
    with pytest.raises(MalformedMedia, match="checksum"):
        make_derivative(bytes(data), sniff(bytes(data)), Policy.STRIP)


def test_exif_directory_loop_does_not_hang() -> None:
    # An EXIF block whose IFD0 points at itself as its EXIF sub-IFD and as its GPS IFD.
    ifd = struct.pack("<H", 2) + struct.pack("<HHII", 0x8769, 4, 1, 8)
    ifd += struct.pack("<HHII", 0x8825, 4, 1, 8) + struct.pack("<I", 8)
    tiff = b"II*\x00" + struct.pack("<I", 8) + ifd
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(buffer, format="JPEG", exif=b"Exif\x00\x00" + tiff)
    data = buffer.getvalue()
    with _deadline(_SECONDS_PER_FILE):
        _every_entry_point(data)
