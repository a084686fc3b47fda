"""Clean audio files of metadata without touching a single byte of their sound.

Each format is cleaned where its metadata lives, and its audio stream is copied as it is:

- MP3: ID3v2 tags (at the start), ID3v1 and APEv2 tags and Lyrics3 blocks (at the end) are
  removed with mutagen; the MPEG frames stay.
- M4A: the container is rebuilt with only the boxes that play the sound (``audio_m4a``).
- Ogg Vorbis and Ogg Opus: the comment header is emptied with mutagen; pages after it may be
  renumbered but every packet is unchanged.
- FLAC: every metadata block but STREAMINFO and SEEKTABLE is dropped (``audio_flac``).
- WAV: every RIFF chunk but ``fmt ``, ``data`` and ``fact`` is dropped (``audio_wav``).
- AMR: the format has no place for tags; the frames are checked and anything after them dropped.

Under ``evidence`` the capture time is kept where the format has a standard place for it (ID3
``TDRC``, Vorbis ``DATE``, M4A ``mvhd`` times, Broadcast WAV origination date and time) and only
if it is a plain date, never free text; ID3 ``TLEN`` (duration) is kept too. Under ``strip``
nothing is kept. Files are cleaned in memory, up to ``MAX_AUDIO_BYTES``; nothing is written to
disk.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Callable

import mutagen
from mutagen import apev2, id3
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis

from humdoc.core.errors import MalformedMedia, PolicyRefused, UnsupportedMedia
from humdoc.core.media import audio_flac, audio_m4a, audio_wav
from humdoc.core.media.sniff import HEAD_BYTES, is_mpeg_audio_frame, sniff

#: Audio files up to this size are cleaned (in memory); larger ones can leave only under keep.
MAX_AUDIO_BYTES = 256 * 1024 * 1024

_AMR_MAGIC = {b"#!AMR\n": "nb", b"#!AMR-WB\n": "wb"}
# Bytes of speech data after the one-byte header, by frame type (3GPP TS 26.101 / 26.201).
_AMR_SIZES = {
    "nb": {0: 12, 1: 13, 2: 15, 3: 17, 4: 19, 5: 20, 6: 26, 7: 31, 8: 5, 15: 0},
    "wb": {0: 17, 1: 23, 2: 32, 3: 36, 4: 40, 5: 46, 6: 50, 7: 58, 8: 60, 9: 5, 14: 0, 15: 0},
}
#: What mutagen raises on a malformed file, besides its own ``MutagenError``.
_MUTAGEN_ERRORS: tuple[type[BaseException], ...] = (
    mutagen.MutagenError,
    struct.error,
    ZeroDivisionError,
    RuntimeError,
    ValueError,
    IndexError,
    KeyError,
    EOFError,
    OverflowError,
    UnicodeError,
    AssertionError,
    TypeError,
)


def check_audio_size(data: bytes) -> None:
    """Raise ``PolicyRefused`` if ``data`` is larger than audio files humdoc cleans."""
    if len(data) > MAX_AUDIO_BYTES:
        raise PolicyRefused(
            f"Audio files over {MAX_AUDIO_BYTES // (1024 * 1024)} MiB cannot be cleaned of "
            "metadata; this one can leave only under the keep policy."
        )


def strip_audio(data: bytes, fmt: str, evidence: bool) -> tuple[bytes, tuple[str, ...]]:
    """``data`` (an audio file of format ``fmt``) cleaned, and what was removed, in plain words.

    The sound's bytes are untouched. Raises ``PolicyRefused`` if and only if the format (or this
    variant of it) cannot be cleaned or the file is over ``MAX_AUDIO_BYTES``; ``MalformedMedia``
    if its structure is broken.
    """
    check_audio_size(data)
    cleaner = _CLEANERS.get(fmt)
    if cleaner is None:
        raise PolicyRefused(f"{fmt.upper()} audio cannot be cleaned of metadata yet.")
    try:
        out, removed = cleaner(data, evidence)
    except (MalformedMedia, PolicyRefused):
        raise
    except _MUTAGEN_ERRORS as exc:
        raise MalformedMedia(f"The {fmt.upper()} file's tags are damaged.") from exc
    # What leaves must read as what came in (a receiver sniffs it again), never as another type.
    try:
        same = sniff(out[:HEAD_BYTES]).format == fmt
    except UnsupportedMedia:
        same = False
    if not same:
        raise MalformedMedia(f"The {fmt.upper()} file is not a {fmt.upper()} file once cleaned.")
    return out, removed


# --- MP3 -------------------------------------------------------------------------------------


def _id3_evidence(data: bytes) -> tuple[str | None, str | None]:
    """The recording time (TDRC, or TYER) and length (TLEN) of the ID3v2 tag, if plain values."""
    try:
        tags = id3.ID3(io.BytesIO(data))
    except id3.ID3NoHeaderError:
        return None, None
    when = tags.get("TDRC") or tags.get("TYER")
    length = tags.get("TLEN")
    date = str(when.text[0]) if when and when.text else None
    ms = str(length.text[0]) if length and length.text else None
    date = date if date and audio_flac.DATE.fullmatch(date) else None
    return date, ms if ms and ms.isdigit() else None


def _strip_mp3(data: bytes, evidence: bool) -> tuple[bytes, tuple[str, ...]]:
    date, length = _id3_evidence(data) if evidence else (None, None)
    removed: list[str] = []
    start, count = audio_flac.skip_id3v2(data)
    if data[start : start + 4] == b"fLaC":  # a FLAC file behind an ID3 tag looks like an MP3
        return audio_flac.strip(data, evidence)
    if not is_mpeg_audio_frame(data[start : start + 4]):
        raise MalformedMedia("The MP3 file holds no MPEG audio frame after its tags.")
    if count:
        removed.append("ID3v2 tag" if count == 1 else f"{count} ID3v2 tags")
    buf = io.BytesIO(data[start:])
    # An APE tag can sit before an ID3v1 tag, a Lyrics3 block between them; repeat until clean.
    for _ in range(8):
        before = buf.getbuffer().nbytes
        tail = bytes(buf.getbuffer()[-256:])
        if b"APETAGEX" in tail or b"APETAGEX" in bytes(buf.getbuffer()[:32]):
            apev2.delete(buf)
            if buf.getbuffer().nbytes != before:
                removed.append("APEv2 tag")
                continue
        if tail[-128:-125] == b"TAG":
            id3.delete(buf, delete_v1=True, delete_v2=False)
            if buf.getbuffer().nbytes != before:
                removed.append("ID3v1 tag")
                continue
        if _cut_lyrics3(buf):
            removed.append("Lyrics3 block")
            continue
        break
    out = buf.getvalue()
    if date or length:
        tag = id3.ID3()
        if date:
            tag.add(id3.TDRC(encoding=3, text=[date]))
        if length:
            tag.add(id3.TLEN(encoding=3, text=[length]))
        kept = io.BytesIO(out)
        tag.save(kept, v1=0, v2_version=4, padding=lambda info: 0)
        out = kept.getvalue()
        removed = [r + " (recording time and length kept)" if r.startswith("ID3v2") else r
                   for r in removed]  # fmt: skip
    return out, tuple(removed)


def _cut_lyrics3(buf: io.BytesIO) -> bool:
    data = buf.getvalue()
    if not data.endswith(b"LYRICS200") or len(data) < 15:
        return False
    size_text = data[-15:-9]
    if not size_text.isdigit():
        return False
    start = len(data) - 15 - int(size_text)
    if start < 0 or data[start : start + 11] != b"LYRICSBEGIN":
        return False
    buf.seek(start)
    buf.truncate()
    return True


# --- Ogg -------------------------------------------------------------------------------------


def _strip_vorbis(data: bytes, evidence: bool) -> tuple[bytes, tuple[str, ...]]:
    # The first packet, on the first page, names the codec (sniff found "OpusHead" for Opus).
    if b"\x01vorbis" not in data[:64]:
        raise PolicyRefused("Only Ogg Vorbis and Ogg Opus audio can be cleaned of metadata.")
    return _strip_ogg(data, evidence, OggVorbis, "Vorbis")


def _strip_opus(data: bytes, evidence: bool) -> tuple[bytes, tuple[str, ...]]:
    return _strip_ogg(data, evidence, OggOpus, "Opus")


def _strip_ogg(
    data: bytes, evidence: bool, kind: type[OggVorbis] | type[OggOpus], name: str
) -> tuple[bytes, tuple[str, ...]]:
    buf = io.BytesIO(data)
    audio = kind(buf)
    tags = audio.tags
    assert tags is not None  # both formats always carry a comment header
    count = len(tags)
    date = None
    if evidence:
        dates = [v for k, v in tags if k.upper() == "DATE" and audio_flac.DATE.fullmatch(v)]
        date = dates[0] if dates else None
    tags.clear()
    if date:
        tags["DATE"] = [date]
    buf.seek(0)
    audio.save(buf, padding=lambda info: 0)
    # mutagen rewrites the pages after the comment header: read the result back to be sure that
    # it is whole and holds no more than was kept.
    written = kind(io.BytesIO(buf.getvalue())).tags
    if written is None or len(written) != (1 if date else 0):
        raise MalformedMedia(f"The Ogg {name} file cannot be rewritten without its comments.")
    if not count:
        return buf.getvalue(), ()
    kept = " (its DATE kept)" if date else ""
    return buf.getvalue(), (f"{name} comments ({count}){kept}",)


# --- AMR -------------------------------------------------------------------------------------


def _strip_amr(data: bytes, evidence: bool) -> tuple[bytes, tuple[str, ...]]:
    magic = next((m for m in _AMR_MAGIC if data.startswith(m)), None)
    if magic is None:
        raise PolicyRefused("Only single-channel AMR and AMR-WB files can be cleaned.")
    sizes = _AMR_SIZES[_AMR_MAGIC[magic]]
    pos = len(magic)
    frames = 0
    while pos < len(data):
        header = data[pos]
        frame_type = (header >> 3) & 0x0F
        # Storage-format frame headers have the top bit and the two low bits at zero.
        if header & 0x83 or frame_type not in sizes or pos + 1 + sizes[frame_type] > len(data):
            break
        pos += 1 + sizes[frame_type]
        frames += 1
    if not frames:
        raise MalformedMedia("The AMR file holds no audio frames.")
    if pos == len(data):
        return data, ()
    return data[:pos], (f"{len(data) - pos} bytes after the last audio frame",)


_CLEANERS: dict[str, Callable[[bytes, bool], tuple[bytes, tuple[str, ...]]]] = {
    "mp3": _strip_mp3,
    "m4a": audio_m4a.strip,
    "ogg": _strip_vorbis,
    "opus": _strip_opus,
    "flac": audio_flac.strip,
    "wav": audio_wav.strip,
    "amr": _strip_amr,
}

#: The audio formats ``strip_audio`` cleans (by type; a variant of one may still be refused).
CLEANABLE_AUDIO = frozenset(_CLEANERS)
