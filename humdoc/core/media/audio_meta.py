"""What an audio file says about itself: length, codec, capture time, people, devices, places.

Read with mutagen from an in-memory copy. The result fills the same keys as a photo's metadata
(``capture_time``, ``artist``, ``software``, ``comment``, ``description``, ``gps``, ``gps_tags``,
``tags``; RIFF ``INFO`` and Broadcast WAV ``bext`` fields among them) plus ``duration`` (seconds), ``codec``, ``sample_rate`` and ``channels``, so that
``media show`` and the window report audio as they report photos. A location is recognised in an
ISO 6709 string (QuickTime ``©xyz``, a ``location`` tag) and kept under ``gps``; every tag that
names a place goes under ``gps_tags``, so that strip at intake can forget it.
"""

from __future__ import annotations

import io
import re
import struct
from typing import Any

from mutagen.flac import FLAC
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis
from mutagen.wave import WAVE

from humdoc.core.media import audio_m4a, audio_wav
from humdoc.core.media.audio import MAX_AUDIO_BYTES
from humdoc.core.media.sniff import MediaType

_ISO6709 = re.compile(r"([+-]\d{1,2}\.\d+)([+-]\d{1,3}\.\d+)([+-]\d+(?:\.\d+)?)?")
#: The keys audio adds to ``extract_metadata``'s (always present for audio; None if unknown).
AUDIO_KEYS = frozenset({"duration", "codec", "sample_rate", "channels"})
_MAX_TEXT = 500
_READERS: dict[str, Any] = {
    "mp3": MP3, "m4a": MP4, "ogg": OggVorbis, "opus": OggOpus, "flac": FLAC, "wav": WAVE,
}  # fmt: skip
# Tag names (lower case, without their container's prefix) that hold each kind of fact.
_ROLES = {
    "capture_time": ("tdrc", "tyer", "date", "©day", "icrd", "bext:creation_time"),
    "artist": ("tpe1", "artist", "©art", "iart", "author", "bext:originator"),
    "software": ("tsse", "encoder", "©too", "isft", "encoded_by", "tenc"),
    "comment": ("comm", "comment", "©cmt", "icmt", "description"),
    "description": ("tit2", "title", "©nam", "inam"),
}
_PLACE_WORDS = ("location", "gps", "©xyz", "geo", "place", "latitude", "longitude")


def _text(value: object) -> str:
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    text = str(value).replace("\x00", "").strip()
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"


def _tag_texts(tags: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    if tags is None:
        return out
    items = tags.items() if hasattr(tags, "items") else list(tags)
    for key, value in items:
        if isinstance(value, bytes | bytearray) or type(value).__name__ in ("APIC", "MP4Cover"):
            continue
        text = _text(getattr(value, "text", value))
        if text and text.isprintable():
            out[str(key)[:64]] = text
    return out


def _location(text: str) -> dict[str, float | None] | None:
    match = _ISO6709.search(text)
    if match is None:
        return None
    lat, lon = float(match.group(1)), float(match.group(2))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    alt = float(match.group(3)) if match.group(3) else None
    return {"lat": lat, "lon": lon, "alt": alt}


def _find(data: bytes, path: tuple[bytes, ...]) -> list[bytes]:
    """The payloads of the boxes at ``path`` (e.g. moov, udta, loci) in an MP4 file."""
    found = [data]
    for kind in path:
        inner: list[bytes] = []
        for payload in found:
            inner += [body for k, body in audio_m4a.boxes(payload) if k == kind]
        found = inner
    return found


def _m4a_places(data: bytes) -> dict[str, str]:
    """Locations QuickTime and 3GPP keep outside the iTunes tags: ©xyz, loci, Apple keys."""
    places: dict[str, str] = {}
    for body in _find(data, (b"moov", b"udta", b"\xa9xyz")):
        text = body[4:].decode("ascii", "replace")  # 2-byte length, 2-byte language, text
        if _ISO6709.search(text):
            places["©xyz"] = text.strip("/\x00 ")
    for body in _find(data, (b"moov", b"udta", b"loci")):
        # version/flags, language, a NUL-ended name, role, then 16.16 fixed-point lon, lat, alt
        end = body.find(b"\x00", 6)
        if end > 0 and len(body) >= end + 14:
            lon, lat, alt = struct.unpack_from(">iii", body, end + 2)
            places["loci"] = f"{lat / 65536:+.5f}{lon / 65536:+.5f}{alt / 65536:+.1f}/"
    moov = _find(data, (b"moov",))
    if moov and b"com.apple.quicktime.location.ISO6709" in moov[0]:
        match = _ISO6709.search(moov[0].decode("latin-1"))
        if match:
            places["com.apple.quicktime.location.ISO6709"] = match.group(0)
    return places


def _wav_tags(data: bytes) -> dict[str, str]:
    """RIFF INFO tags and the Broadcast WAV fields that name people, devices and time."""
    tags: dict[str, str] = {}
    for fourcc, view in audio_wav.parse(data):
        if fourcc not in (b"LIST", b"bext"):
            continue  # never copy the samples
        payload = bytes(view)
        if fourcc == b"LIST" and payload[:4] == b"INFO":
            pos = 4
            while pos + 8 <= len(payload):
                key, size = struct.unpack_from("<4sI", payload, pos)
                value = payload[pos + 8 : pos + 8 + size].decode("utf-8", "replace")
                tags[key.decode("latin-1")] = _text(value)
                pos += 8 + size + (size & 1)
        elif fourcc == b"bext" and len(payload) >= 346:
            fields = (("description", 0, 256), ("originator", 256, 288),
                      ("originator_reference", 288, 320), ("creation_time", 320, 338))  # fmt: skip
            for name, start, end in fields:
                value = _text(payload[start:end].decode("latin-1"))
                if value:
                    tags[f"bext:{name}"] = value
    return {k: v for k, v in tags.items() if v and v.isprintable()}


def add_audio_metadata(data: bytes, mtype: MediaType, result: dict[str, Any]) -> None:
    """Fill ``result`` (``extract_metadata``'s keys) with what the audio file ``data`` holds.

    Never raises: what cannot be read is listed in ``result["errors"]``.
    """
    result.update(dict.fromkeys(AUDIO_KEYS))
    if len(data) > MAX_AUDIO_BYTES:
        result["errors"].append("too large to read its tags here")
        return
    try:
        kind = _READERS.get(mtype.format)
        audio = kind(io.BytesIO(data)) if kind is not None else None
        extra = _wav_tags(data) if mtype.format == "wav" else {}
        places = _m4a_places(data) if mtype.format == "m4a" else {}
    except Exception:  # mutagen and the walkers raise assorted errors on a damaged file
        audio, extra, places = None, {}, {}
    if audio is None:
        if mtype.format != "amr":
            result["errors"].append("its tags could not be read")
        return
    info = audio.info
    result["duration"] = round(float(getattr(info, "length", 0) or 0), 3) or None
    result["sample_rate"] = getattr(info, "sample_rate", None)
    result["channels"] = getattr(info, "channels", None)
    codec = getattr(info, "codec", None) or getattr(info, "codec_description", None)
    result["codec"] = _text(codec) if codec else mtype.format
    tags = {**_tag_texts(audio.tags), **extra}
    place = {k: v for k, v in tags.items() if any(w in k.lower() for w in _PLACE_WORDS)}
    place.update(places)
    result["gps_tags"] = place
    result["tags"] = {k: v for k, v in tags.items() if k not in place}
    for text in place.values():
        result["gps"] = result["gps"] or _location(text)
    lowered: dict[str, str] = {}
    for key, value in result["tags"].items():
        lowered.setdefault(key.lower(), value)
        lowered.setdefault(key.lower().split(":")[0], value)
    for role, names in _ROLES.items():
        found = next((lowered[n] for n in names if n in lowered), None)
        if found and result.get(role) is None:
            result[role] = found
