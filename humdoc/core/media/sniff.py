"""Decide what a file is from its first bytes, never from its name.

A ``.jpg`` that is really a PNG is a PNG; an executable renamed ``photo.jpg`` is refused. Only the
first ``HEAD_BYTES`` bytes are looked at, so callers can sniff a large file without reading it all.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from humdoc.core.errors import UnsupportedMedia

#: How many leading bytes ``sniff`` needs; more are ignored.
HEAD_BYTES = 4096


@dataclass(frozen=True)
class MediaType:
    """What a file is: ``kind`` is image, audio, video or document; ``format`` a short name."""

    kind: str
    format: str
    mime: str
    extension: str


def _t(kind: str, fmt: str, mime: str, ext: str) -> MediaType:
    return MediaType(kind=kind, format=fmt, mime=mime, extension=ext)


JPEG = _t("image", "jpeg", "image/jpeg", "jpg")
PNG = _t("image", "png", "image/png", "png")
GIF = _t("image", "gif", "image/gif", "gif")
WEBP = _t("image", "webp", "image/webp", "webp")
TIFF = _t("image", "tiff", "image/tiff", "tiff")
HEIC = _t("image", "heic", "image/heic", "heic")
HEIF = _t("image", "heif", "image/heif", "heif")
MP4 = _t("video", "mp4", "video/mp4", "mp4")
MOV = _t("video", "mov", "video/quicktime", "mov")
M4V = _t("video", "m4v", "video/x-m4v", "m4v")
THREE_GP = _t("video", "3gp", "video/3gpp", "3gp")
WEBM = _t("video", "webm", "video/webm", "webm")
MKV = _t("video", "mkv", "video/x-matroska", "mkv")
AVI = _t("video", "avi", "video/x-msvideo", "avi")
OGV = _t("video", "ogv", "video/ogg", "ogv")
MP3 = _t("audio", "mp3", "audio/mpeg", "mp3")
WAV = _t("audio", "wav", "audio/wav", "wav")
OGG = _t("audio", "ogg", "audio/ogg", "ogg")
FLAC = _t("audio", "flac", "audio/flac", "flac")
M4A = _t("audio", "m4a", "audio/mp4", "m4a")
OPUS = _t("audio", "opus", "audio/ogg", "opus")
AMR = _t("audio", "amr", "audio/amr", "amr")
AMR_WB = _t("audio", "amr", "audio/amr-wb", "awb")
PDF = _t("document", "pdf", "application/pdf", "pdf")
TEXT = _t("document", "text", "text/plain", "txt")

# Brands in an ISO-BMFF ``ftyp`` box. HEVC-coded HEIF first: a phone HEIC lists "mif1" too.
_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"}
_HEIF_BRANDS = {b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A "}
_QT_BRANDS = {b"qt  "}
_3GP_PREFIXES = (b"3gp", b"3g2")
_MP4_BRANDS = {
    b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"iso8", b"iso9",
    b"mp41", b"mp42", b"avc1", b"dash", b"mmp4", b"MSNV", b"NDAS", b"f4v ", b"XAVC",
}  # fmt: skip

# TIFF-like headers of their own: Olympus ORF, Panasonic RW2/RAW. (TIFF-based raw files with the
# plain TIFF header, DNG among them, are told apart in ``rawfile`` from all their directories.)
_RAW_TIFF_LIKE = frozenset({b"IIRO", b"IIRS", b"MMOR", b"IIU\x00"})

# Content we recognise only to refuse it with a clear reason.
_REFUSED: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
    (b"\xfe\xed\xfa\xce", "a program"),
    (b"\xfe\xed\xfa\xcf", "a program"),
    (b"\xcf\xfa\xed\xfe", "a program"),
    (b"\xce\xfa\xed\xfe", "a program"),
    (b"\xca\xfe\xba\xbe", "a program"),
    (b"PK\x03\x04", "a zip archive or office document"),
    (b"PK\x05\x06", "a zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"BM", "a BMP image (not supported; convert it to PNG first)"),
)


def _refuse(what: str) -> UnsupportedMedia:
    return UnsupportedMedia(f"This file cannot be imported: it is {what}.")


def sniff(head: bytes) -> MediaType:
    """Return the type of a file whose first bytes are ``head`` (at least ``HEAD_BYTES`` if any).

    Raises ``UnsupportedMedia`` (one-line message) if and only if the content is empty, is a
    program or an archive, or matches no accepted image, audio, video or document format.
    """
    head = bytes(head[:HEAD_BYTES])
    if not head:
        raise _refuse("empty")
    found = _sniff_binary(head)
    if found is not None:
        return found
    for magic, what in _REFUSED:
        if head.startswith(magic):
            raise _refuse(what)
    if _is_text(head):
        return TEXT
    raise _refuse("of a type humdoc does not accept")


def _sniff_binary(head: bytes) -> MediaType | None:
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head.startswith(b"RIFF") and len(head) >= 12:
        riff = {b"WEBP": WEBP, b"WAVE": WAV, b"AVI ": AVI}.get(head[8:12])
        if riff is None:
            raise _refuse("a RIFF file of an unsupported kind")
        return riff
    if head[:4] in _RAW_TIFF_LIKE:
        raise _refuse("a camera RAW file (not supported; export a JPEG from the camera)")
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        if head[8:10] == b"CR":
            raise _refuse("a camera RAW file (not supported; export a JPEG from the camera)")
        return TIFF
    if head[4:8] == b"ftyp":
        return _sniff_ftyp(head)
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return WEBM if b"webm" in head[:64] else MKV
    if head.startswith(b"OggS"):
        if b"\x80theora" in head:
            return OGV
        return OPUS if b"OpusHead" in head[:64] else OGG
    if head.startswith(b"fLaC"):
        return FLAC
    if head.startswith(b"ID3") and _behind_id3(head) == b"fLaC":
        return FLAC
    if head.startswith(b"ID3") or is_mpeg_audio_frame(head):
        return MP3
    if head.startswith(b"#!AMR\n"):
        return AMR
    if head.startswith(b"#!AMR-WB\n"):
        return AMR_WB
    if head.startswith(b"%PDF-"):
        return PDF
    return None


def _sniff_ftyp(head: bytes) -> MediaType:
    size = struct.unpack(">I", head[:4])[0]
    if size < 16 or size > len(head):
        size = min(len(head), 64) if size == 1 or size > len(head) else 16
    major = head[8:12]
    brands = {major} | {head[i : i + 4] for i in range(16, size - 3, 4)}
    if brands & _AVIF_BRANDS:
        raise _refuse("an AVIF image (not supported yet)")
    if brands & _HEIC_BRANDS:
        return HEIC
    if brands & _HEIF_BRANDS:
        return HEIF
    if major in _AUDIO_BRANDS:
        return M4A
    if major in _QT_BRANDS:
        return MOV
    if major.startswith(_3GP_PREFIXES):
        return THREE_GP
    if major == b"M4V " or major == b"M4VH":
        return M4V
    if major in _MP4_BRANDS or brands & _MP4_BRANDS:
        return MP4
    if major == b"crx ":
        raise _refuse("a camera RAW file (not supported; export a JPEG from the camera)")
    raise _refuse("an ISO media file of an unsupported kind")


def _behind_id3(head: bytes) -> bytes:
    # The four bytes after an ID3v2 tag (if they are within ``head``): FLAC files can have one.
    if len(head) < 10 or any(b & 0x80 for b in head[6:10]):
        return b""
    size = (head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9]
    end = 10 + size + (10 if head[5] & 0x10 else 0)
    return head[end : end + 4]


def is_mpeg_audio_frame(head: bytes) -> bool:
    """True if ``head`` starts with a plausible MPEG audio frame header."""
    # An MPEG audio frame header: 11 sync bits, a real version and layer, a usable bitrate.
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version = (head[1] >> 3) & 0b11
    layer = (head[1] >> 1) & 0b11
    bitrate = head[2] >> 4
    rate = (head[2] >> 2) & 0b11
    return version != 0b01 and layer != 0b00 and bitrate not in (0, 0xF) and rate != 0b11


def _is_text(head: bytes) -> bool:
    body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    if b"\x00" in body:
        return False
    if len(head) == HEAD_BYTES:
        # The head may end in the middle of a multi-byte character: allow a cut of up to 3 bytes.
        for cut in range(4):
            try:
                text = body[: len(body) - cut].decode("utf-8")
                break
            except UnicodeDecodeError:
                continue
        else:
            return False
    else:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return False
    return all(ch.isprintable() or ch in "\t\n\r\f" for ch in text)
