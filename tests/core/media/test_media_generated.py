"""Files built in the test with planted metadata: each planted marker must be gone afterwards."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable

import pytest
from PIL import ExifTags, Image, ImageCms, PngImagePlugin

from humdoc.core.media import Policy, extract_metadata, make_derivative, remove_location, sniff
from humdoc.core.media.jpeg import parse as parse_jpeg
from humdoc.core.media.png import parse as parse_png
from humdoc.core.media.webp import parse as parse_webp

Pixels = Callable[[bytes], object]
MARK = "PLANTED-Amina-Haddad"  # a stand-in for a witness name


def _gradient(mode: str = "RGB", size: tuple[int, int] = (32, 24)) -> Image.Image:
    image = Image.new(mode, size)
    image.putdata([((x * 7) % 256, (y * 11) % 256, (x * y) % 256) for y in range(24) for x in range(32)]
                  if mode == "RGB" else [((x * 5) % 256, (y * 9) % 256, 200, 128)
                                         for y in range(24) for x in range(32)])  # fmt: skip
    return image


def _planted_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Model] = "EOS 5D"
    exif[ExifTags.Base.Artist] = MARK
    exif[ExifTags.Base.Copyright] = MARK
    exif[ExifTags.Base.Software] = MARK
    exif[ExifTags.Base.ImageDescription] = MARK
    exif[ExifTags.Base.DateTime] = "2024:03:01 10:00:00"
    exif[ExifTags.Base.Orientation] = 6
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[ExifTags.Base.DateTimeOriginal] = "2024:03:01 09:58:12"
    sub[ExifTags.Base.BodySerialNumber] = "SN-99887766"
    sub[ExifTags.Base.CameraOwnerName] = MARK
    sub[ExifTags.Base.OffsetTimeOriginal] = "+03:00"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (36.0, 12.0, 30.5)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (37.0, 9.0, 1.25)
    return exif


def _xmp() -> bytes:
    return (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf'
        b'-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>'
        + MARK.encode()
        + b"</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    )


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def _planted_jpeg() -> bytes:
    buffer = io.BytesIO()
    _gradient().save(buffer, format="JPEG", quality=90, exif=_planted_exif())
    data = buffer.getvalue()
    extra = _segment(0xFE, f"comment {MARK}".encode())  # COM
    extra += _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + _xmp())  # XMP
    extra += _segment(0xED, b"Photoshop 3.0\x008BIM\x04\x04\x00\x00" + MARK.encode())  # IPTC
    extra += _segment(0xEA, b"FLIR\x00" + MARK.encode())  # a vendor APP10
    extra += _segment(0xE2, b"MPF\x00" + MARK.encode())  # an MPF index
    # Insert after SOI and the JFIF header; append a secondary image and garbage after EOI.
    secondary = _segment(0xE1, b"Exif\x00\x00" + MARK.encode())
    tail = b"\xff\xd8" + secondary + b"\xff\xd9" + f"trailing {MARK}".encode()
    return data[:2] + extra + data[2:] + tail


def test_jpeg_segments_and_trailing_data_are_dropped(pixels_of: Pixels) -> None:
    original = _planted_jpeg()
    assert original.count(MARK.encode()) >= 8
    derivative = make_derivative(original, sniff(original), Policy.STRIP)
    assert MARK.encode() not in derivative.data
    assert pixels_of(derivative.data) == pixels_of(original)
    markers = [seg.marker for seg in parse_jpeg(derivative.data)[0]]
    assert not [m for m in markers if 0xE1 <= m <= 0xED or m == 0xFE]
    assert derivative.data.endswith(b"\xff\xd9")
    assert "comment" in derivative.removed
    assert any("secondary images" in item for item in derivative.removed)


def test_jpeg_evidence_keeps_only_the_evidence_fields(pixels_of: Pixels) -> None:
    original = _planted_jpeg()
    derivative = make_derivative(original, sniff(original), Policy.EVIDENCE)
    assert MARK.encode() not in derivative.data
    assert b"SN-99887766" not in derivative.data
    assert pixels_of(derivative.data) == pixels_of(original)
    meta = extract_metadata(derivative.data, derivative.mtype)
    assert meta["capture_time"] == "2024-03-01T09:58:12+03:00"
    assert (meta["make"], meta["model"], meta["orientation"]) == ("Canon", "EOS 5D", 6)
    assert meta["gps"] is None and meta["serial"] is None and meta["artist"] is None
    assert meta["software"] is None and meta["has_thumbnail"] is False


def test_jfif_thumbnail_is_removed_but_jfif_header_kept(pixels_of: Pixels) -> None:
    buffer = io.BytesIO()
    _gradient().save(buffer, format="JPEG")
    data = buffer.getvalue()
    segments, _ = parse_jpeg(data)
    app0 = segments[1]
    assert data[app0.payload_start : app0.payload_start + 5] == b"JFIF\x00"
    # Rebuild APP0 with a 2 x 1 uncompressed RGB thumbnail of planted bytes.
    header = data[app0.payload_start : app0.payload_start + 12] + b"\x02\x01" + b"\xab" * 6
    with_thumb = data[:2] + _segment(0xE0, header) + data[app0.end :]
    derivative = make_derivative(with_thumb, sniff(with_thumb), Policy.STRIP)
    assert b"\xab" * 6 not in derivative.data
    assert "JFIF thumbnail" in derivative.removed
    assert derivative.data[6:11] == b"JFIF\x00"
    assert pixels_of(derivative.data) == pixels_of(with_thumb)


def _planted_png(mode: str = "RGB") -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", MARK)
    info.add_text("Comment", MARK, zip=True)
    info.add_itxt("Description", MARK, lang="en", tkey="Beschreibung")
    info.add_itxt("XML:com.adobe.xmp", _xmp().decode())
    info.add(b"tIME", struct.pack(">HBBBBB", 2024, 3, 1, 10, 0, 0))
    info.add(b"prVt", MARK.encode())  # a private ancillary chunk
    buffer = io.BytesIO()
    _gradient(mode).save(buffer, format="PNG", pnginfo=info, exif=_planted_exif())
    return buffer.getvalue()


@pytest.mark.parametrize("mode", ["RGB", "RGBA"])
def test_png_text_exif_and_time_chunks_are_dropped(mode: str, pixels_of: Pixels) -> None:
    original = _planted_png(mode)
    types = {chunk.type for chunk in parse_png(original)[0]}
    assert {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME", b"prVt"} <= types
    derivative = make_derivative(original + b"garbage", sniff(original), Policy.STRIP)
    kept = [chunk.type for chunk in parse_png(derivative.data)[0]]
    assert set(kept) <= {b"IHDR", b"IDAT", b"IEND", b"pHYs", b"sRGB", b"gAMA"}
    assert MARK.encode() not in derivative.data and not derivative.data.endswith(b"garbage")
    assert zlib.compress(MARK.encode()) not in derivative.data
    assert pixels_of(derivative.data) == pixels_of(original)


def test_png_evidence_writes_a_minimal_exif_chunk(pixels_of: Pixels) -> None:
    original = _planted_png()
    derivative = make_derivative(original, sniff(original), Policy.EVIDENCE)
    assert [c.type for c in parse_png(derivative.data)[0]][:2] == [b"IHDR", b"eXIf"]
    assert MARK.encode() not in derivative.data
    meta = extract_metadata(derivative.data, derivative.mtype)
    assert (meta["make"], meta["capture_time"]) == ("Canon", "2024-03-01T09:58:12+03:00")
    assert meta["gps"] is None
    assert pixels_of(derivative.data) == pixels_of(original)


def _planted_webp(lossless: bool = True) -> bytes:
    buffer = io.BytesIO()
    _gradient("RGBA").save(
        buffer, format="WEBP", lossless=lossless, exif=_planted_exif().tobytes(), xmp=_xmp()
    )
    return buffer.getvalue()


@pytest.mark.parametrize("lossless", [True, False])
def test_webp_exif_and_xmp_chunks_are_dropped_and_flags_fixed(
    lossless: bool, pixels_of: Pixels
) -> None:
    original = _planted_webp(lossless)
    assert {b"EXIF", b"XMP "} <= {fourcc for fourcc, _ in parse_webp(original)}
    derivative = make_derivative(original, sniff(original), Policy.STRIP)
    chunks = parse_webp(derivative.data)
    assert {fourcc for fourcc, _ in chunks}.isdisjoint({b"EXIF", b"XMP "})
    assert chunks[0][0] == b"VP8X" and chunks[0][1][0] & 0x0C == 0
    assert struct.unpack("<I", derivative.data[4:8])[0] == len(derivative.data) - 8
    assert MARK.encode() not in derivative.data
    assert pixels_of(derivative.data) == pixels_of(original)
    evidence = make_derivative(original, sniff(original), Policy.EVIDENCE)
    assert parse_webp(evidence.data)[0][1][0] & 0x0C == 0x08
    assert extract_metadata(evidence.data, evidence.mtype)["make"] == "Canon"
    assert MARK.encode() not in evidence.data
    assert pixels_of(evidence.data) == pixels_of(original)


def test_webp_remove_location_keeps_other_exif(pixels_of: Pixels) -> None:
    original = _planted_webp()
    assert extract_metadata(original, sniff(original))["gps"] is not None
    cleaned, removed = remove_location(original, sniff(original))
    meta = extract_metadata(cleaned, sniff(cleaned))
    assert meta["gps"] is None and meta["gps_tags"] == {}
    assert meta["make"] == "Canon" and meta["artist"] == MARK
    assert "XMP metadata" in removed and "GPS position (EXIF)" in removed
    assert pixels_of(cleaned) == pixels_of(original)


def _planted_gif() -> bytes:
    frames = [_gradient().convert("P"), _gradient().rotate(90).convert("P")]
    buffer = io.BytesIO()
    frames[0].save(
        buffer, format="GIF", save_all=True, append_images=frames[1:], loop=0, duration=100,
        comment=MARK.encode(),
    )  # fmt: skip
    data = buffer.getvalue()
    xmp_ext = b"\x21\xff\x0bXMP DataXMP" + bytes([len(_xmp())]) + _xmp()[:255] + b"\x00"
    return data[:-1] + xmp_ext + data[-1:] + b"junk" + MARK.encode()


def test_gif_comments_and_xmp_are_dropped_loop_kept(pixels_of: Pixels) -> None:
    original = _planted_gif()
    assert original.count(MARK.encode()) >= 2
    derivative = make_derivative(original, sniff(original), Policy.STRIP)
    assert MARK.encode() not in derivative.data
    assert b"NETSCAPE2.0" in derivative.data
    assert pixels_of(derivative.data) == pixels_of(original)
    with Image.open(io.BytesIO(derivative.data)) as image:
        assert getattr(image, "n_frames", 1) == 2 and image.info.get("loop") == 0


def test_converted_tiff_carries_its_icc_profile(pixels_of: Pixels) -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buffer = io.BytesIO()
    _gradient().save(buffer, format="TIFF", icc_profile=srgb, exif=_planted_exif())
    original = buffer.getvalue()
    derivative = make_derivative(original, sniff(original), Policy.EVIDENCE)
    assert derivative.converted and derivative.mtype.format == "png"
    with Image.open(io.BytesIO(derivative.data)) as image:
        assert image.info.get("icc_profile") == srgb
    # Under strip an sRGB profile is dropped: an image without one is sRGB (test_media_icc_strip).
    derivative = make_derivative(original, sniff(original), Policy.STRIP)
    with Image.open(io.BytesIO(derivative.data)) as image:
        assert "icc_profile" not in image.info
    assert MARK.encode() not in derivative.data
    assert pixels_of(derivative.data) == pixels_of(original)
