"""Read what a file says about itself, as a JSON-ready dict with stable, normalised keys.

exifread reads the most tags (maker notes included); Pillow adds the pixel size, the comment
segment, and the EXIF of formats exifread misreads. Neither is trusted: a hostile file can make
either raise almost anything, so their failures are collected in ``errors`` and the rest of the
result is still returned. Only a file that Pillow cannot even identify raises ``MalformedMedia``.
"""

from __future__ import annotations

import io
import logging
import math
import re
from typing import Any

from PIL import ExifTags, Image

from humdoc.core.errors import MalformedMedia
from humdoc.core.media import jpeg
from humdoc.core.media._imaging import (
    DECODE_ERRORS,
    check_size,
    describe_error,
    ensure_heif,
    guarded_warnings,
)
from humdoc.core.media.audio_meta import add_audio_metadata
from humdoc.core.media.sniff import MediaType

#: Longest text kept for one tag value; longer values are cut and marked with an ellipsis.
MAX_VALUE_CHARS = 200
# Binary blobs that must never be copied into the metadata record.
_BINARY_TAGS = {"JPEGThumbnail", "TIFFThumbnail", "EXIF MakerNote", "Image PrintIM"}
_LOCATION_KEYS = frozenset({"gps", "gps_tags"})
_DATETIME = re.compile(r"(\d{4}):(\d\d):(\d\d)[ T](\d\d):(\d\d):(\d\d)")
_OFFSET = re.compile(r"[+-]\d\d:\d\d")

#: Reads the EXIF reader may make of one file (a directory's entries count one each). A camera
#: file with maker notes needs under 80,000 (the worst of the sample corpus: 75,000); a hostile
#: one can point thousands of GPS entries at one directory of 65,535 entries, which exifread walks
#: again for each, for hours.
MAX_EXIF_READS = 250_000


#: Bytes that say a file carries XMP, and IPTC (a Photoshop resource block, or the "Raw profile
#: type iptc" text that ImageMagick and exiftool write).
_XMP_MARKS = (b"<x:xmpmeta", b"http://ns.adobe.com/xap/1.0/")
_IPTC_MARKS = (b"Photoshop 3.0\x00", b"type iptc")

# exifread logs every oddity of a hostile file at warning level; that is not the user's business.
logging.getLogger("exifread").setLevel(logging.CRITICAL)


def location_fields() -> frozenset[str]:
    """Keys of ``extract_metadata``'s result that hold a location (drop them to forget it)."""
    return _LOCATION_KEYS


def _empty() -> dict[str, Any]:
    return {
        "capture_time": None, "make": None, "model": None, "serial": None, "artist": None,
        "owner": None, "copyright": None, "software": None, "orientation": None, "width": None,
        "height": None, "gps": None, "gps_tags": {}, "description": None, "comment": None,
        "has_thumbnail": False, "xmp": False, "iptc": False, "tags": {}, "errors": [],
    }  # fmt: skip


def _text(value: object) -> str:
    text = str(value).replace("\x00", "").strip()
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def extract_metadata(data: bytes, mtype: MediaType) -> dict[str, object]:
    """The metadata of ``data`` (of type ``mtype``) as a JSON-serialisable dict.

    Keys: capture_time (ISO 8601 or None), make, model, serial ({"body", "lens"} or None),
    artist, owner, copyright, software, orientation (1-8), width, height, gps ({"lat", "lon",
    "alt"} or None), gps_tags, description, comment, has_thumbnail, xmp, iptc, tags (every
    readable tag as printable text, binary blobs left out, each cut to ``MAX_VALUE_CHARS``) and
    errors (what could not be read). Audio adds duration, codec, sample_rate and channels
    (``audio_meta``); other non-image files yield the same keys, empty. Raises
    ``MalformedMedia`` if and only if an image is too large or cannot be identified at all.
    """
    result = _empty()
    if mtype.kind == "audio":
        add_audio_metadata(data, mtype, result)
        return result
    if mtype.kind != "image":
        return result
    check_size(data)
    tags = _exifread_tags(data, result["errors"])
    _pillow(data, result, tags)
    # "Image GPSInfo" is only a pointer, but it says a position was recorded: location too.
    result["gps_tags"] = {k: v for k, v in tags.items() if "GPS" in k}
    result["tags"] = {k: v for k, v in tags.items() if "GPS" not in k}
    _normalise(tags, result)
    looked_in = _where_metadata_is(data, mtype)
    result["xmp"] = any(mark in looked_in for mark in _XMP_MARKS)
    result["iptc"] = result["iptc"] or any(mark in looked_in for mark in _IPTC_MARKS)
    return result


def _where_metadata_is(data: bytes, mtype: MediaType) -> bytes:
    """The bytes to look for XMP and IPTC in: a JPEG's segments before its first scan, where
    they are written and where every reader looks (as ``jpeg.exif_block`` reads EXIF), not the
    megabytes of image data after them, which can hold the same bytes by chance and took two
    whole passes over a photo without IPTC; the whole file for other formats."""
    if mtype.format != "jpeg":
        return data
    try:
        _segments, scan = jpeg.parse(data, until_scan=True)
    except MalformedMedia:
        return data
    return data[:scan]


def _exifread_tags(data: bytes, errors: list[str]) -> dict[str, str]:
    # imported here: stripping and previews never need exifread
    from humdoc.core.media.exif_tags import ReadBudget, read_exif_tags

    try:
        raw = read_exif_tags(data, ReadBudget(MAX_EXIF_READS))
    except Exception as exc:  # exifread raises almost anything on hostile input
        errors.append(f"EXIF reader: {describe_error(exc)}")
        return {}
    tags = {}
    thumbnail = False
    for name, tag in raw.items():
        if name in _BINARY_TAGS:
            thumbnail = thumbnail or name.endswith("Thumbnail")
            continue
        try:
            tags[name] = _text(getattr(tag, "printable", tag))
        except Exception:  # noqa: S112 - one unprintable tag must not hide the rest
            continue
    if thumbnail:
        tags["_thumbnail"] = "yes"
    return tags


def _pillow(data: bytes, result: dict[str, Any], tags: dict[str, str]) -> None:
    ensure_heif()
    with guarded_warnings():
        try:
            image = Image.open(io.BytesIO(data))
        except DECODE_ERRORS as exc:
            raise MalformedMedia(f"The image cannot be read: {describe_error(exc)}") from None
        with image:
            result["width"], result["height"] = image.size
            comment = image.info.get("comment")
            if isinstance(comment, bytes | str) and comment:
                raw = comment.decode("utf-8", "replace") if isinstance(comment, bytes) else comment
                result["comment"] = _text(raw)
            result["iptc"] = image.format == "TIFF" and 33723 in getattr(image, "tag_v2", {})
            if any(key in image.info for key in ("thumbnails",)) and image.info["thumbnails"]:
                tags["_thumbnail"] = "yes"
            if not any(k.startswith(("Image ", "EXIF ")) for k in tags):
                _pillow_exif(image, tags, result["errors"])
            if image.format == "HEIF":
                _heif_orientation(image, tags)


def _pillow_exif(image: Image.Image, tags: dict[str, str], errors: list[str]) -> None:
    """Fill ``tags`` from Pillow's EXIF reader, named the way exifread names them."""
    try:
        exif = image.getexif()
        groups = [("Image", dict(exif))]
        groups.append(("EXIF", dict(exif.get_ifd(ExifTags.IFD.Exif))))
        groups.append(("GPS", dict(exif.get_ifd(ExifTags.IFD.GPSInfo))))
    except DECODE_ERRORS as exc:
        errors.append(f"Pillow EXIF reader: {describe_error(exc)}")
        return
    for group, values in groups:
        names = ExifTags.GPSTAGS if group == "GPS" else ExifTags.TAGS
        for tag, value in values.items():
            if isinstance(value, bytes) or tag in (ExifTags.IFD.Exif, ExifTags.IFD.GPSInfo):
                continue
            tags[f"{group} {names.get(tag, hex(tag))}"] = _text(value)


def _heif_orientation(image: Image.Image, tags: dict[str, str]) -> None:
    """Report the EXIF Orientation a HEIF file holds, not the one pillow_heif leaves behind.

    A HEIF image is turned upright by its own ``irot``/``imir`` boxes, which the decoder applies;
    pillow_heif therefore resets the EXIF Orientation it hands over to 1 (so nothing rotates the
    decoded image a second time) and keeps the file's value as ``original_orientation``. That
    value is what the camera recorded (or, with no EXIF Orientation, an XMP ``tiff:Orientation``),
    and what the metadata record must say.
    """
    original = image.info.get("original_orientation")
    if isinstance(original, int) and 1 <= original <= 8:
        tags["Image Orientation"] = str(original)


def _first(tags: dict[str, str], *names: str) -> str | None:
    for name in names:
        value = tags.get(name)
        if value and value.strip() not in ("", "[]"):
            return value
    return None


def _normalise(tags: dict[str, str], result: dict[str, Any]) -> None:
    result["has_thumbnail"] = bool(tags.pop("_thumbnail", None))
    result["tags"].pop("_thumbnail", None)
    result["capture_time"] = _capture_time(tags)
    result["make"] = _first(tags, "Image Make")
    result["model"] = _first(tags, "Image Model")
    body = _first(tags, "EXIF BodySerialNumber", "MakerNote SerialNumber",
                  "Image CameraSerialNumber", "MakerNote InternalSerialNumber")  # fmt: skip
    lens = _first(tags, "EXIF LensSerialNumber", "MakerNote LensSerialNumber")
    result["serial"] = {"body": body, "lens": lens} if body or lens else None
    result["artist"] = _first(tags, "Image Artist", "Image XPAuthor")
    result["owner"] = _first(tags, "EXIF CameraOwnerName", "MakerNote OwnerName")
    result["copyright"] = _first(tags, "Image Copyright")
    result["software"] = _first(tags, "Image Software")
    result["description"] = _first(tags, "Image ImageDescription", "Image XPSubject")
    user_comment = _first(tags, "EXIF UserComment", "Image XPComment")
    if result["comment"] is None:
        result["comment"] = user_comment
    result["orientation"] = _orientation(tags)
    result["gps"] = _gps(tags, result["errors"])


def _capture_time(tags: dict[str, str]) -> str | None:
    for stamp, offset in (
        ("EXIF DateTimeOriginal", "EXIF OffsetTimeOriginal"),
        ("EXIF DateTimeDigitized", "EXIF OffsetTimeDigitized"),
        ("Image DateTime", "EXIF OffsetTime"),
    ):
        found = _DATETIME.fullmatch(tags.get(stamp, "").strip())
        if found:
            y, mo, d, h, mi, s = found.groups()
            zone = tags.get(offset, "").strip()
            return f"{y}-{mo}-{d}T{h}:{mi}:{s}" + (zone if _OFFSET.fullmatch(zone) else "")
    return None


_ORIENTATIONS = {
    "Horizontal (normal)": 1, "Mirrored horizontal": 2, "Rotated 180": 3, "Mirrored vertical": 4,
    "Mirrored horizontal then rotated 90 CCW": 5, "Rotated 90 CW": 6, "Rotated 90 CCW": 8,
    "Mirrored horizontal then rotated 90 CW": 7,
}  # fmt: skip


def _orientation(tags: dict[str, str]) -> int | None:
    value = tags.get("Image Orientation", "").strip()
    if value.isdigit() and 1 <= int(value) <= 8:
        return int(value)
    return _ORIENTATIONS.get(value)


def _ratio_list(text: str) -> list[float]:
    # exifread prints rationals as "[51, 30, 2911/100]"; Pillow as "(51.0, 30.0, 29.11)".
    values = []
    for part in text.strip("[]()").split(","):
        part = part.strip()
        if "/" in part:
            num, den = part.split("/", 1)
            values.append(float(num) / float(den))
        elif part:
            values.append(float(part))
    return values


def _degrees(text: str | None, ref: str | None, negative: str) -> float | None:
    if not text:
        return None
    parts = _ratio_list(text)
    if not parts or len(parts) > 3:
        return None
    parts += [0.0] * (3 - len(parts))
    value = parts[0] + parts[1] / 60 + parts[2] / 3600
    return -value if (ref or "").strip().upper().startswith(negative) else value


def _gps(tags: dict[str, str], errors: list[str]) -> dict[str, float | None] | None:
    try:
        lat = _degrees(tags.get("GPS GPSLatitude"), tags.get("GPS GPSLatitudeRef"), "S")
        lon = _degrees(tags.get("GPS GPSLongitude"), tags.get("GPS GPSLongitudeRef"), "W")
        alt_values = _ratio_list(tags.get("GPS GPSAltitude", ""))
    except (ValueError, ZeroDivisionError, OverflowError):
        errors.append("GPS position could not be read.")
        return None
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    alt = alt_values[0] if alt_values and math.isfinite(alt_values[0]) else None
    if alt is not None and tags.get("GPS GPSAltitudeRef", "").strip() in ("1", "Below Sea Level"):
        alt = -alt
    return {"lat": round(lat, 7), "lon": round(lon, 7), "alt": alt}
