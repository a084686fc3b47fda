"""Inputs ``make fuzz`` found that broke a media parser's contract, replayed from fuzz/corpus/.

Each test feeds the committed input (``fuzz/corpus/<target>/regress-*``) to the parser and expects
the documented error, so the fix cannot be undone without a failure here.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from humdoc.core.errors import MalformedMedia
from humdoc.core.media import webp
from humdoc.core.media.policy import Policy, make_derivative, remove_location
from humdoc.core.media.sniff import WEBP, sniff

FUZZ_CORPUS = Path(__file__).resolve().parents[3] / "fuzz" / "corpus"


def _riff(*chunks: tuple[bytes, bytes]) -> bytes:
    body = b"WEBP" + b"".join(
        c + struct.pack("<I", len(p)) + p + b"\x00" * (len(p) & 1) for c, p in chunks
    )
    return b"RIFF" + struct.pack("<I", len(body)) + body


def test_webp_without_an_image_chunk_is_refused_not_emptied() -> None:
    """A RIFF/WEBP of only unknown chunks (and EXIF, XMP) was 'cleaned' into an empty container."""
    data = (FUZZ_CORPUS / "webp" / "regress-no-image-chunk").read_bytes()
    assert sniff(data) == WEBP
    for policy in (Policy.STRIP, Policy.EVIDENCE):
        with pytest.raises(MalformedMedia, match="holds no image"):
            make_derivative(data, WEBP, policy)
    with pytest.raises(MalformedMedia, match="holds no image"):
        remove_location(data, WEBP)


def test_webp_of_only_xmp_is_refused_by_remove_location() -> None:
    data = _riff((b"XMP ", b"<x:xmpmeta>12,30N</x:xmpmeta>"))
    with pytest.raises(MalformedMedia, match="holds no image"):
        remove_location(data, WEBP)


def test_a_webp_with_an_image_chunk_is_still_cleaned() -> None:
    data = _riff((b"VP8L", b"\x2f\x00\x00\x00\x00"), (b"XMP ", b"<x:xmpmeta/>"))
    out, removed = webp.strip(data)
    assert [c for c, _ in webp.parse(out)] == [b"VP8L"]
    assert removed == ("XMP metadata",)
