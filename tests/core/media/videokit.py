"""Test videos: made with ffmpeg, loaded with identifying metadata where phones and cameras put it.

The planter writes its boxes with ``struct`` alone (it does not use humdoc's parser), then exiftool
adds what it knows how to write. The oracles are independent tools: ffmpeg's stream hashes,
ffprobe's stream list, exiftool's full dump, and a search of the raw bytes.
"""

from __future__ import annotations

import json
import struct
import subprocess
from pathlib import Path

#: Strings that must be gone from a cleaned copy under both policies.
MARKERS = (
    b"HUMDOC-MARKER-7F3K",
    b"Jane Witness",
    b"SERIALC3141592",
    b"48.8584",
    b"+48.85",
    b"Marker Software",
    b"CONTENT-ID-5A5A",
    b"GPMF-GPS5-MARKER",
    b"DJI-SUBTITLE-MARKER",
    b"CHAPTER-MARKER",
    b"OLD-FREE-DATA-MARKER",
)
#: Make and model: kept under ``evidence``, gone under ``strip``.
DEVICE = (b"MarkerMake", b"MarkerModel")


def box(kind: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def full(kind: bytes, payload: bytes, version: int = 0) -> bytes:
    return box(kind, bytes([version, 0, 0, 0]) + payload)


def children(data: bytes) -> list[tuple[bytes, bytes]]:
    """``(type, whole box)`` of the boxes packed in ``data`` (32-bit sizes only)."""
    out = []
    pos = 0
    while pos < len(data):
        size, kind = struct.unpack_from(">I4s", data, pos)
        size = size or len(data) - pos
        out.append((kind, data[pos : pos + size]))
        pos += size
    return out


def _last_box(path: Path) -> tuple[int, bytes]:
    """Offset and bytes of the last top-level box of ``path``, reading headers only."""
    with path.open("rb") as fh:
        end = fh.seek(0, 2)
        pos = 0
        while True:
            fh.seek(pos)
            size, _kind = struct.unpack(">I4s", fh.read(8))
            if size == 1:
                size = struct.unpack(">Q", fh.read(8))[0]
            if pos + size >= end:
                fh.seek(pos)
                return pos, fh.read(end - pos)
            pos += size


def make_video(
    path: Path,
    seconds: float = 2,
    faststart: bool = False,
    subtitles: bool = False,
    chapters: bool = False,
    size: str = "320x240",
    rotate: int = 0,
    created: str = "2026-01-02T03:04:05Z",
) -> Path:
    """An H.264/AAC video (MP4 or MOV by ``path``'s suffix) from ffmpeg's test sources.

    ``subtitles`` adds a tx3g track (as DJI drones write telemetry), ``chapters`` a chapter track.
    """
    args = ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", f"testsrc=size={size}:rate=25"]
    args += ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000"]
    maps = ["-map", "0:v", "-map", "1:a"]
    extra: list[str] = []
    n = 2
    if subtitles:
        srt = path.with_suffix(".srt")
        srt.write_text(
            "1\n00:00:00,000 --> 00:00:01,000\nDJI-SUBTITLE-MARKER GPS(48.8584,2.2945) ISO 100\n"
        )
        args += ["-i", str(srt)]
        maps += ["-map", f"{n}:s"]
        extra += ["-c:s", "mov_text"]
        n += 1
    if chapters:
        meta = path.with_suffix(".ffmeta")
        meta.write_text(
            ";FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1000\n"
            "title=CHAPTER-MARKER at the checkpoint\n"
        )
        args += ["-i", str(meta)]
        extra += ["-map_chapters", str(n)]
    args += [*maps, "-t", str(seconds), "-c:v", "libx264", "-preset", "ultrafast"]
    args += ["-pix_fmt", "yuv420p", "-c:a", "aac", *extra]
    args += ["-metadata", f"creation_time={created}"]
    if faststart:
        args += ["-movflags", "+faststart"]
    subprocess.run([*args, str(path)], check=True, capture_output=True)
    if rotate:  # ffmpeg 5 writes the display matrix on a stream copy, not while encoding
        turned = path.with_name("turned-" + path.name)
        subprocess.run(
            ["ffmpeg", "-v", "error", "-y", "-i", str(path), "-map", "0", "-c", "copy",
             "-metadata:s:v:0", f"rotate={rotate}", "-metadata", f"creation_time={created}",
             str(turned)],
            check=True, capture_output=True,
        )  # fmt: skip
        turned.replace(path)
    return path


def _qt_text(kind: bytes, text: str) -> bytes:
    raw = text.encode()
    return box(kind, struct.pack(">HH", len(raw), 0x15C7) + raw)


def _udta() -> bytes:
    atoms = [
        _qt_text(b"\xa9xyz", "+48.8584+002.2945/"),
        _qt_text(b"\xa9mak", "MarkerMake"),
        _qt_text(b"\xa9mod", "MarkerModel"),
        _qt_text(b"\xa9swr", "Marker Software 1.0"),
        _qt_text(b"\xa9day", "2026-01-02T03:04:05+0100"),
        _qt_text(b"\xa9nam", "Jane Witness at the square"),
        box(b"CAME", b"SERIALC3141592"),  # a GoPro camera serial atom
        box(b"XMP_", b"<x:xmpmeta><dc:creator>HUMDOC-MARKER-7F3K</dc:creator></x:xmpmeta>"),
    ]
    return box(b"udta", b"".join(atoms))


def _apple_meta() -> bytes:
    keys = [
        b"com.apple.quicktime.location.ISO6709",
        b"com.apple.quicktime.make",
        b"com.apple.quicktime.model",
        b"com.apple.quicktime.software",
        b"com.apple.quicktime.content.identifier",
        b"com.apple.quicktime.creationdate",
    ]
    values = [
        "+48.8584+002.2945+035.000/",
        "MarkerMake",
        "MarkerModel",
        "Marker Software 17.1",
        "CONTENT-ID-5A5A-HUMDOC-MARKER-7F3K",
        "2026-01-02T03:04:05+0100",
    ]
    hdlr = full(b"hdlr", b"\x00" * 4 + b"mdta" + b"\x00" * 12 + b"\x00")
    keys_box = full(
        b"keys",
        struct.pack(">I", len(keys))
        + b"".join(struct.pack(">I4s", 8 + len(k), b"mdta") + k for k in keys),
    )
    items = b"".join(
        box(struct.pack(">I", i + 1), box(b"data", struct.pack(">II", 1, 0) + v.encode()))
        for i, v in enumerate(values)
    )
    return box(b"meta", hdlr + keys_box + box(b"ilst", items))


def _gpmd_trak(track_id: int, offset: int, sample: bytes, duration: int) -> bytes:
    tkhd = full(
        b"tkhd",
        struct.pack(">IIIII", 0, 0, track_id, 0, duration)
        + b"\x00" * 8
        + struct.pack(">hhhh", 0, 0, 0, 0)
        + struct.pack(">9i", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
        + struct.pack(">II", 0, 0),
    )
    mdhd = full(b"mdhd", struct.pack(">IIIIHH", 0, 0, 1000, duration, 0x55C4, 0))
    hdlr = full(b"hdlr", b"\x00" * 4 + b"meta" + b"\x00" * 12 + b"GoPro MET\x00")
    entry = box(b"gpmd", b"\x00" * 6 + struct.pack(">H", 1))
    stbl = box(
        b"stbl",
        full(b"stsd", struct.pack(">I", 1) + entry)
        + full(b"stts", struct.pack(">III", 1, 1, duration))
        + full(b"stsc", struct.pack(">IIII", 1, 1, 1, 1))
        + full(b"stsz", struct.pack(">III", 0, 1, len(sample)))
        + full(b"co64", struct.pack(">IQ", 1, offset)),
    )
    dinf = box(
        b"dinf", full(b"dref", struct.pack(">I", 1) + full(b"url ", b"")[:8] + b"\x00\x00\x00\x01")
    )
    minf = box(b"minf", full(b"nmhd", b"") + dinf + stbl)
    udta = box(b"udta", box(b"CAME", b"SERIALC3141592"))
    return box(b"trak", tkhd + box(b"mdia", mdhd + hdlr + minf) + udta)


def plant(path: Path, gpmd: bool = True) -> Path:
    """Load the ffmpeg video at ``path`` (moov after mdat) with identifying data, in place.

    Adds a ``udta`` and an Apple ``meta`` to the movie, a GoPro-style ``gpmd`` telemetry track
    whose sample lies in a second ``mdat``, an XMP ``uuid`` box and ``free``/``skip`` boxes with old
    data; then exiftool writes its own location, make, model and creator fields.
    """
    moov_at, moov = _last_box(path)
    assert moov[4:8] == b"moov", "make_video without faststart puts moov last"
    inner = children(moov[8:])
    duration = 2000
    sample = b"DEVC GPS5-HUMDOC GPMF-GPS5-MARKER 48.8584 2.2945 SERIALC3141592" * 4
    trak_len = len(_gpmd_trak(99, 0, sample, duration)) if gpmd else 0
    kept = b"".join(b for k, b in inner)
    extra = _udta() + _apple_meta()
    new_len = 8 + len(kept) + trak_len + len(extra)
    uuid = (
        struct.pack(">I4s", 8 + 16 + 60, b"uuid")
        + bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")
        + b"<x:xmpmeta>Jane Witness HUMDOC-MARKER-7F3K</x:xmpmeta>".ljust(60)
    )
    free = box(b"free", b"OLD-FREE-DATA-MARKER Jane Witness " * 3)
    skip = box(b"skip", b"OLD-FREE-DATA-MARKER " * 2)
    offset = moov_at + new_len + len(uuid) + len(free) + 8
    trak = _gpmd_trak(99, offset, sample, duration) if gpmd else b""
    new_moov = box(b"moov", kept + trak + extra)
    assert len(new_moov) == new_len
    # Everything before the moov stays where it is (a multi-gigabyte mdat is never read).
    with path.open("r+b") as fh:
        fh.seek(moov_at)
        fh.truncate()
        fh.write(new_moov + uuid + free + box(b"mdat", sample) + skip)
    subprocess.run(
        ["exiftool", "-q", "-api", "LargeFileSupport=1", "-overwrite_original",
         "-Keys:Author=Jane Witness",
         "-XMP-dc:Creator=Jane Witness", "-XMP-dc:Description=HUMDOC-MARKER-7F3K",
         "-UserData:Artist=Jane Witness", str(path)],
        check=True, capture_output=True,
    )  # fmt: skip
    return path


def stream_hashes(path: Path) -> list[str]:
    """MD5 of every audio and video stream's packets, by ffmpeg (``-c copy``: nothing decoded)."""
    out = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-map", "0:v", "-map", "0:a?", "-c", "copy",
         "-f", "streamhash", "-hash", "md5", "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return [line.split(",", 1)[1] for line in out.splitlines() if line]


def probe_streams(path: Path) -> list[str]:
    """``codec_type`` of every stream ffprobe sees."""
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_streams", "-of", "json", str(path)],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return [s["codec_type"] for s in json.loads(out)["streams"]]


def decodes_cleanly(path: Path) -> bool:
    """True if ffmpeg decodes every frame of ``path`` with nothing on stderr."""
    proc = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-f", "null", "-"],
        capture_output=True, text=True,
    )  # fmt: skip
    return proc.returncode == 0 and not proc.stderr.strip()


def exiftool_dump(path: Path) -> str:
    """Everything exiftool reads, embedded streams included (``-a -G1 -ee3``)."""
    return subprocess.run(
        ["exiftool", "-api", "LargeFileSupport=1", "-a", "-G1", "-ee3", "-u", "-j", str(path)],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
