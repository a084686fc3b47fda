"""sniff decides from content, never from the file name."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from PIL import Image

from humdoc.core.errors import UnsupportedMedia
from humdoc.core.media import sniff


def _ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\x00\x00\x00\x00" + b"".join(compatible)
    return struct.pack(">I", 8 + len(body)) + b"ftyp" + body + b"\x00" * 64


@pytest.mark.parametrize(
    ("head", "kind", "fmt"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "image", "jpeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image", "png"),
        (b"GIF89a\x01\x00\x01\x00", "image", "gif"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8L", "image", "webp"),
        (b"II*\x00\x08\x00\x00\x00", "image", "tiff"),
        (b"MM\x00*\x00\x00\x00\x08", "image", "tiff"),
        (_ftyp(b"heic", b"mif1", b"heic"), "image", "heic"),
        (_ftyp(b"mif1", b"mif1", b"heic"), "image", "heic"),
        (_ftyp(b"mif1", b"mif1"), "image", "heif"),
        (_ftyp(b"isom", b"isom", b"avc1"), "video", "mp4"),
        (_ftyp(b"qt  ", b"qt  "), "video", "mov"),
        (_ftyp(b"3gp4", b"3gp4"), "video", "3gp"),
        (_ftyp(b"M4A ", b"M4A ", b"mp42"), "audio", "m4a"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", "video", "webm"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x88matroska", "video", "mkv"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00", "audio", "mp3"),
        (b"\xff\xfb\x90\x64\x00\x00", "audio", "mp3"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "audio", "wav"),
        (b"OggS\x00\x02" + b"\x00" * 22 + b"\x01vorbis", "audio", "ogg"),
        (b"fLaC\x00\x00\x00\x22", "audio", "flac"),
        (b"%PDF-1.7\n", "document", "pdf"),
        ("Témoignage recueilli le 3 mars.\n".encode(), "document", "text"),
    ],
)
def test_formats_are_recognised_by_their_bytes(head: bytes, kind: str, fmt: str) -> None:
    found = sniff(head)
    assert (found.kind, found.format) == (kind, fmt)
    assert found.mime and found.extension


@pytest.mark.parametrize(
    ("head", "reason"),
    [
        (b"", "empty"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "program"),
        (b"\x7fELF\x02\x01\x01", "program"),
        (b"PK\x03\x04\x14\x00", "zip"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (_ftyp(b"avif", b"avif", b"mif1"), "AVIF"),
        (bytes(range(256)) * 4, "type humdoc does not accept"),
        (b"RIFF\x24\x00\x00\x00AVIX", "RIFF"),
    ],
)
def test_unknown_and_dangerous_content_is_refused(head: bytes, reason: str) -> None:
    with pytest.raises(UnsupportedMedia, match=reason) as caught:
        sniff(head)
    assert "\n" not in str(caught.value)


def test_content_decides_not_the_extension(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (2, 2)).save(buffer, format="PNG")
    disguised = tmp_path / "holiday.jpg"
    disguised.write_bytes(buffer.getvalue())
    assert sniff(disguised.read_bytes()).format == "png"
    program = tmp_path / "photo.jpg"
    program.write_bytes(b"MZ" + b"\x00" * 200)
    with pytest.raises(UnsupportedMedia):
        sniff(program.read_bytes())


def test_only_the_head_is_needed_and_a_cut_character_is_fine() -> None:
    text = b"a" + ("é" * 3000).encode()  # byte 4095 is the first half of a two-byte character
    assert text[4095:4096] == "é".encode()[:1]
    assert sniff(text).format == "text"
    assert sniff(text[:4096]).format == "text"


def test_binary_with_nul_bytes_is_not_text() -> None:
    with pytest.raises(UnsupportedMedia):
        sniff(b"hello\x00world")


def test_corpus_files_are_what_they_say(samples: Path) -> None:
    expected = {".jpg": "jpeg", ".jpeg": "jpeg", ".tiff": "tiff", ".heic": "heic", ".heif": "heic"}
    for path in samples.rglob("*"):
        if path.suffix.lower() in expected:
            with path.open("rb") as handle:
                assert sniff(handle.read(4096)).format == expected[path.suffix.lower()], path.name
