"""What an ISO base media video says about itself: duration, tracks, device, time and place.

Read from the ``moov`` box only (the media data is never touched), so it streams whatever the file
size. The result has the same keys as a photo's metadata where they mean the same (``capture_time``,
``make``, ``model``, ``software``, ``gps``, ``gps_tags``, ``width``, ``height``, ``tags``,
``errors``) plus ``duration`` (seconds), ``rotation`` (degrees) and ``tracks`` (one dict per
track: id, handler, codec, dimensions, duration, sample count).

Where devices put it: QuickTime ``udta`` text atoms (``©xyz`` ISO 6709 location, ``©mak``,
``©mod``, ``©swr``, ``©day``), the ``meta`` box's ``keys``/``ilst`` items
(``com.apple.quicktime.location.ISO6709``, ``…make``, ``…model``, ``…software``,
``…creationdate``), ``mvhd`` creation time (seconds since 1904, UTC).
"""

from __future__ import annotations

import math
import re
import struct
from datetime import UTC, datetime, timedelta
from typing import Any

from humdoc.core.errors import HumdocError
from humdoc.core.media.bmff import (
    MAX_MOOV_BYTES,
    Box,
    RandomSource,
    fourcc,
    full_box,
    malformed,
    parse_boxes,
    read_payload,
    top_level,
)

_EPOCH_1904 = datetime(1904, 1, 1, tzinfo=UTC)
_ISO6709 = re.compile(r"^\s*([+-]\d{1,3}(?:\.\d+)?)([+-]\d{1,3}(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?")
#: Longest text kept for one value in the metadata record.
_MAX_TEXT = 200

_UDTA_NAMES = {
    b"\xa9xyz": "location",
    b"\xa9mak": "make",
    b"\xa9mod": "model",
    b"\xa9swr": "software",
    b"\xa9day": "date",
    b"\xa9nam": "title",
    b"\xa9ART": "artist",
    b"\xa9cmt": "comment",
    b"\xa9des": "description",
    b"\xa9too": "encoder",
    b"\xa9aut": "author",
    b"\xa9inf": "information",
}
_KEY_FIELDS = {
    "com.apple.quicktime.location.ISO6709": "location",
    "com.apple.quicktime.make": "make",
    "com.apple.quicktime.model": "model",
    "com.apple.quicktime.software": "software",
    "com.apple.quicktime.creationdate": "date",
    "com.android.manufacturer": "make",
    "com.android.model": "model",
    "loci": "location",
}


#: Other atoms cameras write, named in reports (GoPro writes serials and telemetry into udta).
_OTHER_ATOMS = {
    b"XMP_": "XMP",
    b"CAME": "camera serial",
    b"FIRM": "firmware",
    b"MUID": "media unique id",
    b"GPMF": "telemetry",
    b"LENS": "lens",
    b"SETT": "settings",
    b"chpl": "chapters",
    b"loci": "location",
    b"auth": "author",
}


#: The same fields by the names ``fourcc`` gives the atoms (as item names appear in reports).
_UDTA_FIELDS = {fourcc(kind): field for kind, field in _UDTA_NAMES.items()}


def udta_label(kind: bytes) -> str:
    """How a ``udta`` atom is named in reports: ``©xyz (location)``."""
    name = _UDTA_NAMES.get(kind) or _OTHER_ATOMS.get(kind)
    return f"{fourcc(kind)} ({name})" if name else fourcc(kind)


def _clean_text(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace").replace("\x00", "").strip()
    text = "".join(ch for ch in text if ch.isprintable())
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"


def qt_text(payload: bytes) -> str:
    """The first string of a QuickTime text atom (``length (2) · language (2) · text``), or the
    ``data`` box of an iTunes-style item."""
    if len(payload) >= 16 and payload[4:8] == b"data":
        return _clean_text(payload[16 : int.from_bytes(payload[:4], "big")])
    if len(payload) >= 4:
        length = int.from_bytes(payload[:2], "big")
        return _clean_text(payload[4 : 4 + length])
    return ""


def meta_children(meta: Box) -> list[Box]:
    """The boxes in a ``meta`` box, whether QuickTime-style (no version) or ISO (a full box)."""
    data = meta.payload
    if len(data) >= 12 and data[8:12] == b"hdlr":
        data = data[4:]
    try:
        return parse_boxes(data)
    except HumdocError:
        return []


def meta_items(meta: Box) -> list[tuple[str, str]]:
    """``(key name, text value)`` of every item of a ``meta`` box (keys/ilst, or ilst alone)."""
    children = meta_children(meta)
    names: list[str] = []
    for child in children:
        if child.kind == b"keys" and len(child.payload) >= 8:
            count = int.from_bytes(child.payload[4:8], "big")
            pos = 8
            for _ in range(count):
                if pos + 8 > len(child.payload):
                    break
                size = int.from_bytes(child.payload[pos : pos + 4], "big")
                if size < 8:
                    break
                names.append(_clean_text(child.payload[pos + 8 : pos + size]))
                pos += size
    items: list[tuple[str, str]] = []
    for child in children:
        if child.kind != b"ilst":
            continue
        try:
            entries = parse_boxes(child.payload)
        except HumdocError:
            continue
        for entry in entries:
            index = int.from_bytes(entry.kind, "big")
            name = names[index - 1] if 0 < index <= len(names) else fourcc(entry.kind)
            items.append((name, qt_text(entry.payload)))
    return items


def parse_iso6709(text: str) -> dict[str, float | None] | None:
    """``{"lat", "lon", "alt"}`` of an ISO 6709 string in decimal degrees, or None."""
    found = _ISO6709.match(text)
    if not found:
        return None
    lat, lon = float(found.group(1)), float(found.group(2))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    alt = float(found.group(3)) if found.group(3) else None
    return {"lat": lat, "lon": lon, "alt": alt}


def _time_1904(seconds: int) -> str | None:
    if not seconds:
        return None
    try:
        return (_EPOCH_1904 + timedelta(seconds=seconds)).isoformat()
    except OverflowError:
        return None


def header_times(box: Box) -> tuple[int, int, int, int]:
    """``(creation, modification, timescale, duration)`` of an ``mvhd`` or ``mdhd`` box."""
    version, _, rest = full_box(box.payload)
    fmt = ">QQIQ" if version == 1 else ">IIII"
    if len(rest) < struct.calcsize(fmt):
        raise malformed(f"its {fourcc(box.kind)} box is cut off")
    created, modified, scale, duration = struct.unpack_from(fmt, rest)
    return created, modified, scale, duration


def handler_of(trak: Box) -> bytes:
    """The track's handler type (``vide``, ``soun``, ``meta``, ``text`` …), or ``b"????"``."""
    hdlr = trak.path(b"mdia", b"hdlr")
    if hdlr is None or len(hdlr.payload) < 12:
        return b"????"
    return hdlr.payload[8:12]


def codec_of(trak: Box) -> bytes:
    """The first sample entry's format (``avc1``, ``mp4a``, ``gpmd`` …), or ``b"????"``."""
    stsd = trak.path(b"mdia", b"minf", b"stbl", b"stsd")
    if stsd is None or len(stsd.payload) < 16:
        return b"????"
    return stsd.payload[12:16]


def track_id(trak: Box) -> int:
    """The ``tkhd`` track id (0 when the box is missing or short)."""
    tkhd = trak.find(b"tkhd")
    if tkhd is None or len(tkhd.payload) < 24:
        return 0
    offset = 20 if tkhd.payload[0] == 1 else 12
    return int.from_bytes(tkhd.payload[offset : offset + 4], "big")


def tkhd_geometry(trak: Box) -> tuple[int, int, int]:
    """``(width, height, rotation in degrees)`` from the track header (0s when absent)."""
    tkhd = trak.find(b"tkhd")
    if tkhd is None:
        return 0, 0, 0
    base = 4 + (32 if tkhd.payload[:1] == b"\x01" else 20) + 8 + 2 + 2 + 2 + 2
    if len(tkhd.payload) < base + 36 + 8:
        return 0, 0, 0
    a, b = struct.unpack_from(">ii", tkhd.payload, base)
    width, height = struct.unpack_from(">II", tkhd.payload, base + 36)
    # The matrix's angle, in degrees, as exiftool reports it.
    rotation = round(math.degrees(math.atan2(b, a))) % 360 if (a or b) else 0
    return width >> 16, height >> 16, rotation


def load_moov(source: RandomSource) -> Box:
    """The ``moov`` box of ``source`` parsed in memory (``MalformedMedia`` if none or broken)."""
    found = [b for b in top_level(source) if b.kind == b"moov"]
    if len(found) != 1:
        raise malformed("it has no movie index (moov)" if not found else "it has two movie indexes")
    return Box(
        b"moov", children=parse_boxes(read_payload(source, found[0], MAX_MOOV_BYTES, "moov"))
    )


def parse_loci(payload: bytes) -> str:
    """A 3GPP ``loci`` box as an ISO 6709 string (``+48.8584+002.2945/``), or "" if broken."""
    end = payload.find(b"\x00", 6)
    if end < 0 or len(payload) < end + 2 + 12:
        return ""
    lon, lat, alt = struct.unpack_from(">iii", payload, end + 2)
    return f"{lat / 65536:+.6f}{lon / 65536:+.6f}{alt / 65536:+.3f}/"


def _collect_tags(moov: Box, tags: dict[str, str]) -> None:
    for udta in [moov.find(b"udta"), *(t.find(b"udta") for t in moov.all(b"trak"))]:
        for atom in udta.children if udta is not None and udta.children else []:
            if atom.kind == b"loci":
                tags["loci"] = parse_loci(atom.payload)
            elif atom.kind == b"meta":
                tags.update(meta_items(atom))
            elif atom.kind.startswith(b"\xa9"):
                tags[fourcc(atom.kind)] = qt_text(atom.payload)
            elif atom.kind not in (b"XMP_",):
                tags[fourcc(atom.kind)] = f"({len(atom.payload)} bytes)"
    meta = moov.find(b"meta")
    if meta is not None:
        tags.update(meta_items(meta))


def describe(source: RandomSource) -> dict[str, Any]:
    """The metadata record of the video in ``source`` (see the module docstring).

    Raises ``MalformedMedia`` if and only if the box structure or the movie index is broken.
    """
    moov = load_moov(source)
    result: dict[str, Any] = {
        "capture_time": None, "make": None, "model": None, "serial": None, "artist": None,
        "owner": None, "copyright": None, "software": None, "orientation": None, "width": None,
        "height": None, "gps": None, "gps_tags": {}, "description": None, "comment": None,
        "has_thumbnail": False, "xmp": False, "iptc": False, "tags": {}, "errors": [],
        "duration": None, "rotation": 0, "tracks": [],
    }  # fmt: skip
    mvhd = moov.find(b"mvhd")
    if mvhd is not None:
        created, _, scale, duration = header_times(mvhd)
        result["capture_time"] = _time_1904(created)
        result["duration"] = round(duration / scale, 3) if scale else None
    tags: dict[str, str] = {}
    _collect_tags(moov, tags)
    for name, value in tags.items():
        field = _KEY_FIELDS.get(name) or _UDTA_FIELDS.get(name)
        if field == "location":
            result["gps_tags"][name] = value
            result["gps"] = result["gps"] or parse_iso6709(value)
        elif field in ("make", "model", "software", "artist") and value:
            result[field] = result[field] or value
        elif field == "description" and value:
            result["description"] = value
        elif field == "comment" and value:
            result["comment"] = value
        if field != "location":
            result["tags"][name] = value
    result["xmp"] = any(
        u is not None and u.find(b"XMP_") is not None
        for u in [moov.find(b"udta"), *(t.find(b"udta") for t in moov.all(b"trak"))]
    )
    for trak in moov.all(b"trak"):
        result["tracks"].append(_describe_track(trak, result))
    return result


def _describe_track(trak: Box, result: dict[str, Any]) -> dict[str, Any]:
    handler, codec = handler_of(trak), codec_of(trak)
    width, height, rotation = tkhd_geometry(trak)
    mdhd = trak.path(b"mdia", b"mdhd")
    duration = None
    if mdhd is not None:
        _, _, scale, ticks = header_times(mdhd)
        duration = round(ticks / scale, 3) if scale else None
    stsz = trak.path(b"mdia", b"minf", b"stbl", b"stsz")
    samples = int.from_bytes(stsz.payload[8:12], "big") if stsz and len(stsz.payload) >= 12 else 0
    if handler == b"vide" and width and result["width"] is None:
        result["width"], result["height"], result["rotation"] = width, height, rotation
    track: dict[str, Any] = {
        "id": track_id(trak),
        "handler": fourcc(handler),
        "codec": fourcc(codec),
        "duration": duration,
        "samples": samples,
    }
    if handler == b"vide":
        track.update(width=width, height=height, rotation=rotation)
    return track
