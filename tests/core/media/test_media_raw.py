"""DNG and other TIFF-based raw files: never an evidence copy made of their thumbnail.

The files are built here, byte by byte, the way cameras lay them out: a small rendered preview in
IFD0 and the picture itself, raw sensor data, in a SubIFD. exiftool, an independent reader,
confirms each file is what the test says it is. (The sample corpus holds no DNG; see SOURCES.md.)
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from humdoc.core.errors import PolicyRefused, UnsupportedMedia
from humdoc.core.media import (
    Policy,
    extract_metadata,
    make_derivative,
    raw_camera_warning,
    remove_location,
    sniff,
)
from humdoc.core.media._imaging import decode_pixels
from humdoc.core.media.rawfile import RAW_REFUSAL, largest_image, tiff_images
from humdoc.core.session import Session

SHORT, LONG, BYTE, ASCII = 3, 4, 1, 2
Entry = tuple[int, int, list[int] | bytes]  # tag, type, values (or ASCII bytes)
_SIZES = {BYTE: 1, ASCII: 1, SHORT: 2, LONG: 4}
REFUSAL_TEXT = "Raw camera files cannot be cleaned; export a JPEG or TIFF from your raw converter"


def _pack(typ: int, values: list[int] | bytes) -> bytes:
    if isinstance(values, bytes):
        return values
    code = {BYTE: "B", SHORT: "H", LONG: "I"}[typ]
    return struct.pack(f"<{len(values)}{code}", *values)


def _directory(entries: list[Entry], at: int, next_ifd: int = 0) -> bytes:
    """One little-endian IFD placed at ``at``, its long values right after it."""
    entries = sorted(entries, key=lambda e: e[0])
    data_at = at + 2 + 12 * len(entries) + 4
    head, tail = struct.pack("<H", len(entries)), b""
    for tag, typ, values in entries:
        raw = _pack(typ, values)
        count = len(raw) // _SIZES[typ]
        if len(raw) <= 4:
            field = raw.ljust(4, b"\x00")
        else:
            field = struct.pack("<I", data_at + len(tail))
            tail += raw + b"\x00" * (len(raw) % 2)
        head += struct.pack("<HHI", tag, typ, count) + field
    return head + struct.pack("<I", next_ifd) + tail


def _image_entries(width: int, height: int, samples: int, bits: int, strip_at: int,
                   strip: bytes, photometric: int, compression: int = 1) -> list[Entry]:  # fmt: skip
    return [
        (256, LONG, [width]),
        (257, LONG, [height]),
        (258, SHORT, [bits] * samples),
        (259, SHORT, [compression]),
        (262, SHORT, [photometric]),
        (273, LONG, [strip_at]),
        (277, SHORT, [samples]),
        (278, LONG, [height]),
        (279, LONG, [len(strip)]),
    ]


def make_raw(
    *,
    dng: bool = True,
    photometric: int = 32803,
    compression: int = 1,
    bits: int = 16,
    size: tuple[int, int] = (64, 48),
) -> bytes:
    """A TIFF-based raw file: an 8×8 RGB preview in IFD0, the main image in one SubIFD."""
    preview = bytes(range(192))
    width, height = size
    samples = 3 if photometric == 2 else 1
    main = bytes((i * 7) % 256 for i in range(width * height * samples * bits // 8))
    extra: list[Entry] = [(271, ASCII, b"TestCam\x00"), (272, ASCII, b"Raw 1\x00")]
    if dng:
        extra.append((50706, BYTE, [1, 4, 0, 0]))
    sub_extra: list[Entry] = [(254, LONG, [0])]
    if photometric == 32803:
        sub_extra += [(33421, SHORT, [2, 2]), (33422, BYTE, [0, 1, 1, 2])]
    # Lay out twice: first to learn the sizes, then with the real offsets.
    sub_at = strip0 = strip1 = 0
    for _ in range(2):
        head = _image_entries(8, 8, 3, 8, strip0, preview, 2)
        ifd0 = _directory([(254, LONG, [1]), (330, LONG, [sub_at]), *extra, *head], 8)
        strip0 = 8 + len(ifd0)
        sub_at = strip0 + len(preview)
        body = _image_entries(width, height, samples, bits, strip1, main, photometric, compression)
        sub = _directory([*sub_extra, *body], sub_at)
        strip1 = sub_at + len(sub)
    return b"II*\x00" + struct.pack("<I", 8) + ifd0 + preview + sub + main


def _exiftool(data: bytes, tmp_path: Path) -> dict[str, object]:
    exe = shutil.which("exiftool")
    assert exe, "exiftool is required: it is the independent reader of these files"
    path = tmp_path / "raw.tif"
    path.write_bytes(data)
    out = subprocess.run([exe, "-j", "-a", "-G1", "-n", str(path)], capture_output=True,
                         text=True, check=True)  # fmt: skip
    return dict(json.loads(out.stdout)[0])


def test_a_minimal_dng_is_what_the_test_says(tmp_path: Path) -> None:
    tags = _exiftool(make_raw(), tmp_path)
    assert tags["IFD0:DNGVersion"] == "1 4 0 0"
    assert tags["IFD0:ImageWidth"] == 8 and tags["SubIFD:ImageWidth"] == 64
    assert tags["SubIFD:PhotometricInterpretation"] == 32803  # colour filter array
    # Pillow, alone, would decode the 8×8 preview and nothing else: the trap.
    assert decode_pixels(make_raw())[1] == (8, 8)


def test_every_image_is_found_and_the_largest_is_the_raw_one() -> None:
    images, dng = tiff_images(make_raw())
    assert dng
    assert [(i.width, i.height, i.in_chain) for i in images] == [(8, 8, True), (64, 48, False)]
    largest = largest_image(make_raw())
    assert largest is not None and (largest.width, largest.height) == (64, 48)
    assert largest.is_raw()


@pytest.mark.parametrize(
    "kind",
    [
        "dng cfa",
        "dng linear raw",
        "nef-like compressed cfa",
        "lossless jpeg 16-bit",
        "dng rgb",
        "sensor data smaller than the preview",
    ],
)
def test_raw_files_are_refused_under_evidence_and_strip_with_the_reason(kind: str) -> None:
    data = {
        "dng cfa": lambda: make_raw(),
        "dng linear raw": lambda: make_raw(photometric=34892, bits=16),
        "nef-like compressed cfa": lambda: make_raw(dng=False, compression=34713),
        "lossless jpeg 16-bit": lambda: make_raw(dng=False, photometric=1, compression=7),
        # A DNG is a raw container even when its main image is already RGB.
        "dng rgb": lambda: make_raw(photometric=2, bits=8),
        # Sensor data anywhere makes a raw file, even beside a larger rendered image.
        "sensor data smaller than the preview": lambda: make_raw(dng=False, size=(4, 4)),
    }[kind]()
    mtype = sniff(data)
    assert mtype.format == "tiff"
    for policy in (Policy.EVIDENCE, Policy.STRIP):
        with pytest.raises(PolicyRefused) as caught:
            make_derivative(data, mtype, policy)
        assert str(caught.value) == RAW_REFUSAL and str(caught.value).startswith(REFUSAL_TEXT)
    assert make_derivative(data, mtype, Policy.KEEP).data == data
    with pytest.raises(PolicyRefused, match="turn off strip-at-intake"):
        remove_location(data, mtype)
    assert raw_camera_warning(data, mtype) == RAW_REFUSAL
    assert extract_metadata(data, mtype)["make"] == "TestCam"  # still read and reported


def test_a_photo_tiff_with_a_larger_image_in_a_subifd_is_not_converted_from_its_preview() -> None:
    data = make_raw(dng=False, photometric=2, bits=8)  # rendered RGB, not raw: no raw refusal
    mtype = sniff(data)
    assert raw_camera_warning(data, mtype) is None
    for policy in (Policy.EVIDENCE, Policy.STRIP):
        with pytest.raises(PolicyRefused, match=r"larger image \(64×48\).*\(8×8, a preview\)"):
            make_derivative(data, mtype, policy)


def test_an_ordinary_tiff_still_converts(corpus: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(buffer, format="TIFF")
    for data in (buffer.getvalue(), (corpus / "exif-samples/tiff/Tless0.tiff").read_bytes()):
        mtype = sniff(data)
        assert raw_camera_warning(data, mtype) is None
        copy = make_derivative(data, mtype, Policy.STRIP)
        assert copy.converted and decode_pixels(copy.data) == decode_pixels(data)


def test_looping_directories_end() -> None:
    data = bytearray(make_raw())
    count0 = struct.unpack_from("<H", data, 8)[0]
    struct.pack_into("<I", data, 8 + 2 + 12 * count0, 8)  # IFD0's next link: IFD0 itself
    found, _ = tiff_images(bytes(data))
    assert [(i.width, i.height) for i in found] == [(8, 8), (64, 48)]
    # And a SubIFD pointer back at IFD0: IFD0 is read once, the walk ends.
    entry = next(8 + 2 + 12 * i for i in range(count0)
                 if struct.unpack_from("<H", data, 8 + 2 + 12 * i)[0] == 330)  # fmt: skip
    struct.pack_into("<I", data, entry + 8, 8)
    found, _ = tiff_images(bytes(data))
    assert [(i.width, i.height) for i in found] == [(8, 8)]


@pytest.mark.parametrize("magic", [b"IIRO\x08\x00\x00\x00", b"IIU\x00\x18\x00\x00\x00"])
def test_raw_headers_of_their_own_are_refused_at_sniff(magic: bytes) -> None:
    with pytest.raises(UnsupportedMedia, match="camera RAW"):
        sniff(magic + b"\x00" * 100)


def test_intake_warns_that_a_raw_file_can_leave_only_under_keep(
    session: Session, tmp_path: Path
) -> None:
    case = session.cases.create("Raw").id
    path = tmp_path / "IMG_0001.DNG"
    path.write_bytes(make_raw())
    for policy in ("keep", "evidence", "strip"):
        report = session.media.import_files(case, [path], policy=policy)
        assert len(report.warnings) == 1 and not report.failed, policy
        assert "Raw camera files cannot be cleaned" in report.warnings[0][1], policy
        (item,) = report.imported
        assert item.derivatives == (), policy  # no copy made of the preview
        assert item.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()  # sealed as it is
