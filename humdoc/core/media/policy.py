"""Make the copy of a media file that may leave the vault under a metadata policy.

``keep`` hands over the original bytes. ``evidence`` keeps capture time, make, model and
orientation and removes everything else that can identify a person, a device or a place. ``strip``
leaves nothing. Derivatives are made without re-encoding (JPEG segments, PNG chunks, WebP chunks,
GIF blocks), so they decode to exactly the original's pixels; HEIC/HEIF and TIFF are converted to
PNG with the same pixels. MP4, MOV, M4V and 3GP video is cleaned by dropping boxes and tracks with
every kept audio and video sample copied unchanged, streaming (``clean_stream``), so any size fits.
Every other kind of file (Matroska/WebM, AVI and Ogg video among them) is refused under ``evidence`` and ``strip``: it
cannot be made compliant, so it must not leave (fail closed).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from humdoc.core.errors import PolicyRefused
from humdoc.core.media import gif, jpeg, png, webp
from humdoc.core.media._imaging import check_size
from humdoc.core.media.bmff import BytesSource, RandomSource
from humdoc.core.media.convert import convert_to_png
from humdoc.core.media.sniff import PNG, MediaType
from humdoc.core.media.tiffdir import build_exif, read_evidence_fields
from humdoc.core.media.video import OTHER_CONTAINERS, clean_bmff
from humdoc.core.progress import Cancelled, Progress, never_cancelled, no_progress


class Policy(StrEnum):
    """How much metadata a derivative keeps."""

    KEEP = "keep"
    EVIDENCE = "evidence"
    STRIP = "strip"


@dataclass(frozen=True)
class Derivative:
    """A copy made under ``policy``; ``removed`` says in plain words what was taken out."""

    data: bytes
    mtype: MediaType
    policy: Policy
    converted: bool
    removed: tuple[str, ...]


_Stripper = Callable[[bytes, bytes], tuple[bytes, tuple[str, ...]]]
_IN_PLACE: dict[str, tuple[_Stripper, Callable[[bytes], bytes]]] = {
    "jpeg": (jpeg.strip, jpeg.exif_block),
    "png": (png.strip, png.exif_block),
    "webp": (webp.strip, webp.exif_block),
}
_CONVERTED = frozenset({"heic", "heif", "tiff"})


#: Video containers cleaned streaming (``clean_stream``), whatever their size.
STREAMED_FORMATS = frozenset({"mp4", "mov", "m4v", "3gp"})


def streams_derivative(mtype: MediaType) -> bool:
    """True if and only if derivatives of ``mtype`` are made by ``clean_stream``, not in memory."""
    return mtype.kind == "video" and mtype.format in STREAMED_FORMATS


def clean_stream(
    source: RandomSource,
    mtype: MediaType,
    policy: Policy,
    write: Callable[[bytes], object],
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> tuple[str, ...]:
    """Write the ``policy`` copy of the file in ``source`` through ``write``, streaming; return
    what was removed. For ``streams_derivative`` types under ``evidence`` or ``strip`` only (see
    ``humdoc.core.media.video``); raises ``PolicyRefused`` or ``MalformedMedia`` before writing
    anything if the file cannot be cleaned, ``OperationCancelled`` when cancelled.
    """
    policy = Policy(policy)
    if not streams_derivative(mtype) or policy is Policy.KEEP:
        raise ValueError("clean_stream is for video under evidence or strip")
    return clean_bmff(source, write, policy is Policy.EVIDENCE, progress, cancelled)


def refusal_reason(mtype: MediaType) -> str | None:
    """Why a file of type ``mtype`` cannot be cleaned under ``evidence``/``strip`` (for intake
    warnings), or None if it can."""
    if mtype.kind == "image" or streams_derivative(mtype):
        return None
    if mtype.format in OTHER_CONTAINERS:
        return OTHER_CONTAINERS[mtype.format]
    return str(_refuse_kind(mtype, "be cleaned of metadata", "export them only under keep"))


def _refuse_kind(mtype: MediaType, action: str, advice: str) -> PolicyRefused:
    if mtype.format in OTHER_CONTAINERS:
        return PolicyRefused(f"{OTHER_CONTAINERS[mtype.format]}; {advice}.")
    what = "PDF" if mtype.format == "pdf" else "text" if mtype.format == "text" else mtype.kind
    return PolicyRefused(f"{what[0].upper()}{what[1:]} files cannot {action}; {advice}.")


def make_derivative(data: bytes, mtype: MediaType, policy: Policy) -> Derivative:
    """The copy of ``data`` (of type ``mtype``) that may leave under ``policy``.

    ``keep`` returns ``data`` unchanged. ``evidence`` and ``strip`` return a copy that decodes to
    exactly the original's pixels (``converted`` is True when the format changed to PNG), or for
    MP4/MOV/M4V/3GP video, whose every audio and video sample is unchanged (in memory here; use
    ``clean_stream`` for large files). Raises ``PolicyRefused`` if and only if the file cannot be
    made to comply (neither an image nor such a video, a multi-page or non-PNG-representable
    HEIC/TIFF, a fragmented MP4), ``MalformedMedia`` if its structure is broken.
    """
    policy = Policy(policy)
    if policy is Policy.KEEP:
        return Derivative(data, mtype, policy, False, ())
    if streams_derivative(mtype):
        buffer = io.BytesIO()
        removed = clean_stream(BytesSource(data), mtype, policy, buffer.write)
        return Derivative(buffer.getvalue(), mtype, policy, False, removed)
    if mtype.kind != "image":
        raise _refuse_kind(
            mtype, "be cleaned of metadata", "export them only under the keep policy"
        )
    check_size(data)
    evidence = policy is Policy.EVIDENCE
    fmt = mtype.format
    if fmt in _IN_PLACE:
        stripper, exif_of = _IN_PLACE[fmt]
        exif = build_exif(read_evidence_fields(exif_of(data))) if evidence else b""
        out, removed = stripper(data, exif)
        if exif:
            removed = tuple(r + _EVIDENCE_NOTE if r.startswith("EXIF") else r for r in removed)
        return Derivative(out, mtype, policy, False, removed)
    if fmt == "gif":
        out, removed = gif.strip(data)
        return Derivative(out, mtype, policy, False, removed)
    if fmt in _CONVERTED:
        out, removed = convert_to_png(data, fmt, policy.value)
        return Derivative(out, PNG, policy, True, removed)
    raise PolicyRefused(f"{fmt.upper()} images cannot be cleaned of metadata yet.")


_EVIDENCE_NOTE = " (capture time, make, model and orientation written back)"
_LOCATION: dict[str, Callable[[bytes], tuple[bytes, tuple[str, ...]]]] = {
    "jpeg": jpeg.remove_location,
    "png": png.remove_location,
    "webp": webp.remove_location,
    "gif": gif.remove_location,
}


def remove_location(data: bytes, mtype: MediaType) -> tuple[bytes, tuple[str, ...]]:
    """``data`` without any stored location, losslessly, and the list of what was removed.

    For the vault's "strip at intake" option: GPS is removed, everything else stays (JPEG, PNG,
    WebP and GIF in place; HEIC/HEIF and TIFF converted to PNG with their EXIF minus GPS, so the
    result may be a PNG: sniff it again before storing its type). Callers
    should also drop ``location_fields()`` from the extracted metadata. Raises ``PolicyRefused``
    for files whose location cannot be removed (video, audio, documents, multi-page TIFF),
    ``MalformedMedia`` for broken files.
    """
    if mtype.kind != "image":
        raise _refuse_kind(
            mtype,
            "have their location removed",
            "turn off strip-at-intake to import this file",
        )
    check_size(data)
    if mtype.format in _LOCATION:
        return _LOCATION[mtype.format](data)
    if mtype.format in _CONVERTED:
        return convert_to_png(data, mtype.format, "location")
    raise PolicyRefused(f"{mtype.format.upper()} images cannot have their location removed yet.")
