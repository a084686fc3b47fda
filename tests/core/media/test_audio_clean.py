"""Audio cleaning, checked with independent tools.

Each format is generated with ffmpeg (a lavfi sine), then markers (a GPS position, a serial
number, a name and a marker string) are planted in every place the format keeps metadata, with
ffmpeg ``-metadata``, mutagen, exiftool and hand-written chunks. After cleaning, ffmpeg's stream
hash of every audio packet (``-c copy -f streamhash``) must equal the original's, and neither
exiftool (``-a -G1``) nor a raw byte search may find any marker.
"""

from __future__ import annotations

import io
import json
import struct
import subprocess
from collections.abc import Callable
from pathlib import Path

import mutagen.flac
import pytest
from mutagen import apev2, id3
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis

from humdoc.core.errors import MalformedMedia, PolicyRefused
from humdoc.core.media import Policy, make_derivative, remove_location, sniff
from humdoc.core.media.audio import MAX_AUDIO_BYTES, strip_audio

MARKER = "MARKERX-7Q"
SERIAL = "SN-55A1B"
NAME = "Jane Witness"
GPS = "+48.8577+002.2950/"
NEEDLES = (MARKER, SERIAL, NAME, "48.8577", "48 deg 51")
DATE = "2026-11-01"


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-v", "error", "-y", *args], check=True)


def _sine(path: Path, codec: list[str], extra: list[str] | None = None) -> bytes:
    _ffmpeg(
        "-f", "lavfi", "-i", "sine=f=440:d=2", *codec,
        "-metadata", f"title={MARKER}", "-metadata", f"artist={NAME}",
        "-metadata", f"comment={SERIAL}", "-metadata", f"location={GPS}",
        "-metadata", f"date={DATE}", *(extra or []), str(path),
    )  # fmt: skip
    return path.read_bytes()


def stream_hash(data: bytes) -> str:
    """SHA-256 of every audio packet as ffmpeg demuxes it, without decoding."""
    out = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", "pipe:0", "-map", "0:a", "-c", "copy",
         "-f", "streamhash", "-hash", "sha256", "-"],
        input=data, capture_output=True, check=True,
    )  # fmt: skip
    assert out.stdout.strip(), out.stderr
    return out.stdout.decode()


def exiftool_text(path: Path) -> str:
    out = subprocess.run(
        ["exiftool", "-a", "-G1", "-j", "-b", "-x", "System:all", str(path)],
        capture_output=True,
    )
    # exiftool exits 1 on a file type it has no reader for (AMR), still saying so in its JSON.
    assert out.returncode in (0, 1) and out.stdout, out.stderr
    return json.dumps(json.loads(out.stdout))


def _find_markers(data: bytes, path: Path) -> list[str]:
    path.write_bytes(data)
    seen = exiftool_text(path)
    found = [n for n in NEEDLES if n.lower() in seen.lower()]
    found += [f"GPS tag {k}" for k in json.loads(seen)[0] if "GPS" in k]
    for needle in NEEDLES:
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            if needle.encode(enc) in data:
                found.append(f"{needle} in the bytes ({enc})")
    return found


# --- planting --------------------------------------------------------------------------------


def make_mp3(tmp: Path) -> bytes:
    data = _sine(tmp / "a.mp3", ["-c:a", "libmp3lame"])
    buf = io.BytesIO(data)
    tags = id3.ID3(buf)
    tags.add(id3.TXXX(encoding=1, desc="GPS", text=[GPS]))  # UTF-16: found only if decoded
    tags.add(id3.TXXX(encoding=3, desc="serial", text=[SERIAL]))
    tags.add(id3.APIC(encoding=3, mime="image/jpeg", type=3, desc=NAME, data=MARKER.encode()))
    buf.seek(0)
    tags.save(buf, v1=2)  # ID3v2 and an ID3v1 tag at the end
    ape = apev2.APEv2()
    ape["Artist"] = NAME
    ape["Comment"] = f"{MARKER} {GPS}"
    buf.seek(0)
    ape.save(buf)
    out = buf.getvalue()
    lyrics = b"LYRICSBEGININD00003110" + f"LYR{len(MARKER):05d}{MARKER}".encode()
    return out + lyrics + f"{len(lyrics):06d}".encode() + b"LYRICS200"


def make_m4a(tmp: Path) -> bytes:
    path = tmp / "a.m4a"
    _sine(path, ["-c:a", "aac"])
    subprocess.run(
        ["exiftool", "-q", "-overwrite_original", "-Keys:GPSCoordinates=48.8577, 2.2950, 0",
         f"-Keys:Make={MARKER}", f"-Keys:Model={SERIAL}", f"-XMP-dc:Creator={NAME}",
         f"-UserData:Artist={MARKER}", str(path)],
        check=True,
    )  # fmt: skip
    return path.read_bytes()


def _ogg(tmp: Path, codec: str, kind: type[OggVorbis] | type[OggOpus]) -> bytes:
    data = _sine(tmp / f"a.{codec}", ["-c:a", "libvorbis" if codec == "ogg" else "libopus"])
    buf = io.BytesIO(data)
    audio = kind(buf)
    assert audio.tags is not None
    audio.tags["LOCATION"] = [GPS]
    audio.tags["SERIAL"] = [SERIAL]
    picture = mutagen.flac.Picture()
    picture.data, picture.desc, picture.mime = MARKER.encode(), NAME, "image/jpeg"
    import base64

    audio.tags["METADATA_BLOCK_PICTURE"] = [base64.b64encode(picture.write()).decode()]
    buf.seek(0)
    audio.save(buf)
    return buf.getvalue()


def make_ogg(tmp: Path) -> bytes:
    return _ogg(tmp, "ogg", OggVorbis)


def make_opus(tmp: Path) -> bytes:
    return _ogg(tmp, "opus", OggOpus)


def make_flac(tmp: Path) -> bytes:
    data = _sine(tmp / "a.flac", ["-c:a", "flac"])
    buf = io.BytesIO(data)
    flac = mutagen.flac.FLAC(buf)
    picture = mutagen.flac.Picture()
    picture.data, picture.desc, picture.mime = MARKER.encode(), NAME, "image/jpeg"
    flac.add_picture(picture)
    flac["SERIAL"] = SERIAL
    buf.seek(0)
    flac.save(buf)
    out = buf.getvalue()
    # An APPLICATION block and a CUESHEET-like unknown block, inserted after STREAMINFO.
    app = b"ATCH" + f"{MARKER} {NAME}".encode()
    first_end = 4 + 4 + 34
    block = bytes([2]) + len(app).to_bytes(3, "big") + app
    out = out[:first_end] + block + out[first_end:]
    # An ID3v2 tag in front of fLaC, as some taggers write it.
    front = io.BytesIO(out)
    tag = id3.ID3()
    tag.add(id3.TPE1(encoding=3, text=[NAME]))
    tag.save(front, v1=0)
    return front.getvalue()


def _bext() -> bytes:
    fields = bytearray(602)
    fields[0:256] = MARKER.encode().ljust(256, b"\x00")  # Description
    fields[256:288] = NAME.encode().ljust(32, b"\x00")  # Originator
    fields[288:320] = SERIAL.encode().ljust(32, b"\x00")  # OriginatorReference
    fields[320:338] = b"2026-11-0114:03:07"  # OriginationDate + OriginationTime
    fields[338:346] = struct.pack("<Q", 48000 * 3600)  # TimeReference
    fields[346:348] = struct.pack("<H", 1)  # Version
    fields[348:412] = (SERIAL * 8).encode()[:64]  # UMID
    return bytes(fields) + f"A=PCM,F=48000,T={NAME}\r\n".encode()


def _riff_chunk(fourcc: bytes, payload: bytes) -> bytes:
    return (
        struct.pack("<4sI", fourcc, len(payload)) + payload + (b"\x00" if len(payload) & 1 else b"")
    )


def make_wav(tmp: Path) -> bytes:
    data = _sine(tmp / "a.wav", ["-c:a", "pcm_s16le", "-ar", "48000"])
    extra = (
        _riff_chunk(b"bext", _bext())
        + _riff_chunk(b"iXML", f"<BWFXML><NOTE>{MARKER} {GPS}</NOTE></BWFXML>".encode())
        + _riff_chunk(b"axml", f"<x:creator>{NAME}</x:creator>".encode())
        + _riff_chunk(b"cart", f"cart {SERIAL}".encode())
        + _riff_chunk(b"id3 ", b"ID3\x03\x00\x00\x00\x00\x00\x10TPE1" + NAME.encode())
    )
    body = data[12:] + extra
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WAVE" + body + f"trail {MARKER}".encode()


def make_amr(tmp: Path) -> bytes:
    rnd = bytes((i * 73 + 11) % 251 for i in range(31 * 100))
    frames = b"".join(b"\x3c" + rnd[i * 31 : (i + 1) * 31] for i in range(100))  # 12.2 kbit/s
    tag = b"TAG" + MARKER.encode().ljust(30, b"\x00") + NAME.encode().ljust(30, b"\x00")
    return b"#!AMR\n" + frames + tag.ljust(127, b"\x00") + b"\xff"


MAKERS: dict[str, Callable[[Path], bytes]] = {
    "mp3": make_mp3,
    "m4a": make_m4a,
    "ogg": make_ogg,
    "opus": make_opus,
    "flac": make_flac,
    "wav": make_wav,
    "amr": make_amr,
}


# --- the checks ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(MAKERS))
@pytest.mark.parametrize("policy", ["evidence", "strip"])
def test_cleaned_audio_is_byte_identical_and_holds_no_marker(
    tmp_path: Path, fmt: str, policy: str
) -> None:
    original = MAKERS[fmt](tmp_path)
    mtype = sniff(original[:4096])
    assert mtype.kind == "audio" and mtype.format == fmt
    ext = mtype.extension
    planted = _find_markers(original, tmp_path / f"planted.{ext}")
    assert len(planted) >= 3, f"the markers were not planted: {planted}"

    deriv = make_derivative(original, mtype, Policy(policy))

    assert deriv.removed, "nothing reported removed"
    # ffmpeg reads the tag appended to an AMR file as (garbage) frames: compare with the frames.
    audio = original[: original.rindex(b"TAG")] if fmt == "amr" else original
    assert stream_hash(deriv.data) == stream_hash(audio)
    assert _find_markers(deriv.data, tmp_path / f"clean.{ext}") == []
    assert sniff(deriv.data[:4096]) == mtype
    # ffmpeg decodes the whole cleaned file without an error.
    check = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", "pipe:0", "-f", "null", "-"],
        input=deriv.data, capture_output=True,
    )  # fmt: skip
    assert check.returncode == 0 and not check.stderr.strip(), check.stderr


def _ffprobe_tags(data: bytes) -> dict[str, str]:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format_tags:stream_tags", "-of", "json",
         "pipe:0"],
        input=data, capture_output=True, check=True,
    )  # fmt: skip
    doc = json.loads(out.stdout)
    tags = dict(doc.get("format", {}).get("tags", {}))
    for stream in doc.get("streams", []):
        tags.update(stream.get("tags", {}))
    return {k.lower(): v for k, v in tags.items()}


@pytest.mark.parametrize("fmt", ["mp3", "ogg", "opus", "flac"])
def test_evidence_keeps_the_capture_date_and_strip_does_not(tmp_path: Path, fmt: str) -> None:
    original = MAKERS[fmt](tmp_path)
    mtype = sniff(original[:4096])
    evidence = make_derivative(original, mtype, Policy.EVIDENCE).data
    stripped = make_derivative(original, mtype, Policy.STRIP).data
    assert _ffprobe_tags(evidence).get("date", "").startswith(DATE)
    assert "date" not in _ffprobe_tags(stripped)
    assert set(_ffprobe_tags(evidence)) <= {"date", "tlen", "encoder", "vendor_id"}


def test_wav_evidence_keeps_only_the_bext_origination_time(tmp_path: Path) -> None:
    original = make_wav(tmp_path)
    evidence = make_derivative(original, sniff(original[:4096]), Policy.EVIDENCE).data
    path = tmp_path / "e.wav"
    path.write_bytes(evidence)
    seen = json.loads(exiftool_text(path))[0]
    assert seen["RIFF:DateTimeOriginal"].startswith("2026:11:01 14:03:07")
    assert not any(k.startswith("RIFF:") and k.endswith(("Originator", "Description")) and seen[k]
                   for k in seen)  # fmt: skip
    stripped = make_derivative(original, sniff(original[:4096]), Policy.STRIP).data
    assert b"bext" not in stripped and b"2026-11-01" not in stripped


def test_m4a_evidence_keeps_creation_time_and_strip_zeroes_it(tmp_path: Path) -> None:
    path = tmp_path / "t.m4a"
    _sine(path, ["-c:a", "aac"], ["-metadata", "creation_time=2026-11-01T14:03:07Z"])
    original = path.read_bytes()
    mtype = sniff(original[:4096])
    evidence = make_derivative(original, mtype, Policy.EVIDENCE).data
    stripped = make_derivative(original, mtype, Policy.STRIP).data
    assert _ffprobe_tags(evidence)["creation_time"].startswith("2026-11-01T14:03:07")
    assert "creation_time" not in _ffprobe_tags(stripped)


def test_strip_at_intake_removes_audio_location(tmp_path: Path) -> None:
    original = make_m4a(tmp_path)
    cleaned, notes = remove_location(original, sniff(original[:4096]))
    assert notes and stream_hash(cleaned) == stream_hash(original)
    assert _find_markers(cleaned, tmp_path / "c.m4a") == []


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_damaged_audio_is_refused_with_a_named_error(tmp_path: Path, fmt: str) -> None:
    original = MAKERS[fmt](tmp_path)
    mtype = sniff(original[:4096])
    for cut in (len(original) // 50, 40):
        broken = original[:cut]
        try:
            out, _ = strip_audio(broken, mtype.format, False)
        except (MalformedMedia, PolicyRefused) as exc:
            assert "<" not in str(exc) and "\n" not in str(exc)
        else:
            assert len(out) <= len(broken)


def test_audio_over_the_limit_is_refused_clearly() -> None:
    huge = b"ID3" + bytes(MAX_AUDIO_BYTES)
    with pytest.raises(PolicyRefused, match="MiB"):
        strip_audio(huge, "mp3", False)
    del huge


def test_flac_behind_an_id3_tag_is_sniffed_as_flac(tmp_path: Path) -> None:
    data = make_flac(tmp_path)
    assert data.startswith(b"ID3")
    assert sniff(data[:4096]).format == "flac"
