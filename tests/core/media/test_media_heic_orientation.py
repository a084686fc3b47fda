"""HEIC orientation: the PNG copy shows what a conforming reader shows, the EXIF value is reported.

Every file is made here: pillow_heif encodes a gradient (lossless, so every encode of it holds the
same coded picture) and writes ``irot``/``imir`` boxes for the orientation it is given; the test
then rewrites those boxes in place to every angle (0/90/180/270) × mirror (none, axis 0, axis 1)
and sets the EXIF Orientation inside the file to agree, disagree or be absent. The expected display
is computed from the ISO/IEC 23008-12 definitions (``irot``: anticlockwise quarter turns; ``imir``
axis 0: top and bottom exchanged, axis 1: left and right exchanged; rotation before mirroring)
applied to the decoded picture of a file without transformations.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from humdoc.core.media import (
    Policy,
    extract_metadata,
    make_derivative,
    make_thumbnail,
    remove_location,
    sniff,
)
from humdoc.core.media._imaging import decode_pixels, ensure_heif
from tests.core.media.conftest import run_exiftool

_SIZE = (64, 32)
_ANGLES = (0, 1, 2, 3)
_MIRRORS: tuple[int | None, ...] = (None, 0, 1)
# EXIF orientations that make pillow_heif's encoder write an irot box only, or irot then imir.
_IROT_ONLY, _IROT_IMIR = 6, 5
_XMP_ORIENTATION = b'tiff:Orientation="%d"'


def _picture() -> Image.Image:
    image = Image.new("RGB", _SIZE)
    width, height = _SIZE
    image.putdata(
        [(x * 4, y * 8, 200 if x < width // 2 else 30) for y in range(height) for x in range(width)]
    )
    return image


def _encode(box_orientation: int, exif_orientation: int | None) -> bytes:
    """A HEIC whose boxes encode ``box_orientation`` and whose EXIF says ``exif_orientation``."""
    ensure_heif()
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Samsung"
    exif[ExifTags.Base.Model] = "Galaxy S21"
    extra: dict[str, bytes] = {}
    if exif_orientation is not None:
        exif[ExifTags.Base.Orientation] = box_orientation
    elif box_orientation != 1:
        # With no EXIF Orientation, the encoder takes the boxes from an XMP tiff:Orientation,
        # which is defused below so that no orientation but the boxes remains in the file.
        extra["xmp"] = (
            b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
            b'22-rdf-syntax-ns#"><rdf:Description xmlns:tiff="http://ns.adobe.com/tiff/1.0/" '
            + _XMP_ORIENTATION % box_orientation
            + b"/></rdf:RDF></x:xmpmeta>"
        )
    buffer = io.BytesIO()
    _picture().save(buffer, format="HEIF", quality=-1, exif=exif.tobytes(), **extra)
    data = buffer.getvalue()
    if exif_orientation is not None:
        # pillow_heif writes big-endian EXIF: tag, type SHORT, count 1, value, padding.
        entry = struct.pack(">HHIH", 0x0112, 3, 1, box_orientation)
        assert data.count(entry) == 1
        data = data.replace(entry, struct.pack(">HHIH", 0x0112, 3, 1, exif_orientation))
    elif "xmp" in extra:
        old = _XMP_ORIENTATION % box_orientation
        assert data.count(old) == 1
        data = data.replace(old, b'tiff:Orientatiom="%d"' % box_orientation)
    return data


def _boxes(data: bytes, start: int, end: int) -> dict[bytes, int]:
    """Where each box of interest starts its payload, found by walking meta/iprp/ipco."""
    found: dict[bytes, int] = {}
    pos = start
    while pos + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, pos)
        size = size or end - pos
        if kind == b"meta":
            found.update(_boxes(data, pos + 12, pos + size))  # a full box: version and flags
        elif kind in (b"iprp", b"ipco"):
            found.update(_boxes(data, pos + 8, pos + size))
        elif kind in (b"irot", b"imir"):
            found[kind] = pos + 8
        pos += size
    return found


def make_heic(angle: int, mirror: int | None, exif_orientation: int | None) -> bytes:
    """A HEIC with ``irot`` = ``angle`` quarter turns and ``imir`` axis ``mirror`` (None: no box).

    ``exif_orientation`` is written into the file's EXIF (None: no Orientation tag at all).
    """
    base = _IROT_ONLY if mirror is None else _IROT_IMIR
    data = bytearray(_encode(base, exif_orientation))
    boxes = _boxes(bytes(data), 0, len(data))
    assert (b"imir" in boxes) == (mirror is not None) and b"irot" in boxes
    data[boxes[b"irot"]] = angle  # six reserved bits, then the angle
    if mirror is not None:
        data[boxes[b"imir"]] = mirror  # seven reserved bits, then the axis
    return bytes(data)


def expected_display(angle: int, mirror: int | None) -> tuple[str, tuple[int, int], bytes]:
    """How a conforming reader shows the picture after ``irot`` then ``imir``."""
    with Image.open(io.BytesIO(_encode(1, None))) as plain:
        plain.load()
        shown = plain.copy()
    for _ in range(angle):
        shown = shown.transpose(Image.Transpose.ROTATE_90)  # anticlockwise
    if mirror == 0:
        shown = shown.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    elif mirror == 1:
        shown = shown.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    return shown.mode, shown.size, shown.tobytes()


def _disagreeing(angle: int, mirror: int | None) -> int:
    """An EXIF orientation that does not describe the boxes (the Samsung case: 6, no rotation)."""
    agreeing = {(0, None): 1, (2, None): 3, (3, None): 6, (1, None): 8}
    return 6 if agreeing.get((angle, mirror)) != 6 else 3


_COMBINATIONS = [(a, m) for a in _ANGLES for m in _MIRRORS]
_EXIF_CASES = ("absent", "disagreeing")


@pytest.mark.parametrize("exif_case", _EXIF_CASES)
@pytest.mark.parametrize(("angle", "mirror"), _COMBINATIONS)
def test_png_copy_displays_as_a_conforming_reader_shows_the_heic(
    angle: int, mirror: int | None, exif_case: str, tmp_path: Path
) -> None:
    exif_orientation = None if exif_case == "absent" else _disagreeing(angle, mirror)
    data = make_heic(angle, mirror, exif_orientation)
    mtype = sniff(data)
    assert mtype.format == "heic"
    expected = expected_display(angle, mirror)
    copies = {policy.value: make_derivative(data, mtype, policy).data for policy in
              (Policy.EVIDENCE, Policy.STRIP)}  # fmt: skip
    copies["location"] = remove_location(data, mtype)[0]
    for name, png in copies.items():
        assert png.startswith(b"\x89PNG"), name
        assert decode_pixels(png) == expected, f"{name} copy is not shown as the HEIC is"
        (tmp_path / f"{name}.png").write_bytes(png)
    # An independent reader finds no Orientation that would turn the copy a second time.
    for name, tags in run_exiftool(sorted(tmp_path.iterdir())).items():
        orientation = [v for k, v in tags.items() if k.endswith(":Orientation")]
        assert orientation in ([], ["Horizontal (normal)"]), (name, orientation)
    # The preview shows the same picture the same way up.
    thumb = make_thumbnail(data, mtype, max_px=64)
    with Image.open(io.BytesIO(thumb)) as preview:
        assert preview.size == expected[1]
        assert preview.convert("RGB").tobytes() == expected[2]
    # The camera's own value is still what the metadata record says.
    assert extract_metadata(data, mtype)["orientation"] == exif_orientation


def test_the_fixture_writes_the_boxes_it_claims(tmp_path: Path) -> None:
    """exiftool, an independent reader, sees the irot angle the helper wrote."""
    for angle in _ANGLES:
        (tmp_path / f"irot{angle}.heic").write_bytes(make_heic(angle, None, None))
    tags = run_exiftool(sorted(tmp_path.iterdir()))
    for angle in _ANGLES:
        assert str(tags[f"irot{angle}.heic"].get("QuickTime:Rotation", 0)) == str(90 * angle)


def test_samsung_style_heic_keeps_its_orientation_in_the_record() -> None:
    """EXIF Orientation 6 and no rotation box: shown unrotated, 6 reported, never in the copy."""
    data = make_heic(0, None, 6)
    mtype = sniff(data)
    copy = make_derivative(data, mtype, Policy.EVIDENCE)
    assert decode_pixels(copy.data) == expected_display(0, None)
    with Image.open(io.BytesIO(copy.data)) as png:
        exif = png.getexif()
        assert ExifTags.Base.Orientation not in exif
        assert exif[ExifTags.Base.Make] == "Samsung"
    assert extract_metadata(data, mtype)["orientation"] == 6
