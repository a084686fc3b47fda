"""Make the copy of a media file that may leave the vault under a metadata policy.

``keep`` hands over the original bytes. ``evidence`` keeps capture time, make, model and
orientation and removes everything else that can identify a person, a device or a place. ``strip``
leaves nothing. Derivatives are made without re-encoding (JPEG segments, PNG chunks, WebP chunks,
GIF blocks), so they decode to exactly the original's pixels; HEIC/HEIF and TIFF are converted to
PNG with the same pixels. Audio is cleaned of its tags with its sound untouched (``audio``). MP4,
MOV, M4V and 3GP video is cleaned by dropping boxes and tracks with every kept audio and video
sample copied unchanged, streaming (``clean_stream``), so any size fits. Every other kind of file
(Matroska/WebM, AVI and Ogg video among them) is refused under ``evidence`` and ``strip``: it
cannot be made compliant, so it must not leave (fail closed).
"""

from __future__ import annotations

import io
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from humdoc.core.errors import PolicyRefused
from humdoc.core.media import gif, jpeg, png, webp
from humdoc.core.media._imaging import check_size
from humdoc.core.media.audio import CLEANABLE_AUDIO, strip_audio
from humdoc.core.media.bmff import BytesSource, RandomSource
from humdoc.core.media.convert import convert_to_png
from humdoc.core.media.sniff import PNG, MediaType
from humdoc.core.media.tiffdir import build_exif, read_evidence_fields
from humdoc.core.media.video import OTHER_CONTAINERS, CleanPlan, clean_bmff, plan_bmff
from humdoc.core.progress import Cancelled, Progress, never_cancelled, no_progress


class Policy(StrEnum):
    """How much metadata a derivative keeps."""

    KEEP = "keep"
    EVIDENCE = "evidence"
    STRIP = "strip"


#: The policies' names, as every command line and chooser offers them.
POLICY_NAMES: tuple[str, ...] = tuple(p.value for p in Policy)

#: What each policy does, in the words every chooser shows beside its name (the CLI's help,
#: and every GUI chooser, translated there from these same English sentences).
POLICY_EXPLANATIONS: dict[Policy, str] = {
    Policy.KEEP: "the original, untouched (location, serial numbers and names stay in it)",
    Policy.EVIDENCE: (
        "capture time, camera and orientation kept; location, serial numbers, names and "
        "free text removed"
    ),
    Policy.STRIP: "nothing identifying left (every metadata field removed)",
}


def explain_policy(policy: Policy | str) -> str:
    """``policy``'s explanation (see ``POLICY_EXPLANATIONS``); ``ValueError`` for a non-policy."""
    return POLICY_EXPLANATIONS[Policy(policy)]


def policy_help(names: tuple[str, ...] = ("keep", "evidence", "strip")) -> str:
    """One line for a command's ``--help`` that names each of ``names`` with what it does."""
    return "; ".join(f"{name}: {explain_policy(name)}" for name in names)


#: Where the policy that applies to an item came from (see ``applicable_policy``).
PolicyOrigin = str


def applicable_policy(
    chosen: str | None, case_policy: str | None, vault_default: str
) -> tuple[Policy, PolicyOrigin]:
    """The metadata policy that applies to an item, and where it came from.

    The one rule, used by intake, export and extraction alike: a policy chosen for this action
    (``chosen``) wins; otherwise the item's case's own policy; otherwise the vault's default.
    The origin is ``"chosen"``, ``"case"`` or ``"vault"``. Raises ``ValueError`` only for a name
    that is not a policy (the shells offer the three names alone).
    """
    if chosen:
        return Policy(chosen), "chosen"
    if case_policy:
        return Policy(case_policy), "case"
    return Policy(vault_default), "vault"


@dataclass(frozen=True)
class Derivative:
    """A copy made under ``policy``; ``removed`` says in plain words what was taken out."""

    data: bytes
    mtype: MediaType
    policy: Policy
    converted: bool
    removed: tuple[str, ...]


# (data, EXIF block to write, strip policy's ICC rule) -> (copy, what was removed)
_Stripper = Callable[[bytes, bytes, bool], tuple[bytes, tuple[str, ...]]]
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


def plan_stream(source: RandomSource, mtype: MediaType, policy: Policy) -> CleanPlan:
    """Lay out the ``policy`` copy ``clean_stream`` would write, from the file's index alone.

    The copy is ``plan.head`` followed by the source's byte ranges ``plan.starts``/``plan.ends``
    (see ``humdoc.core.media.video.CleanPlan``); raises what ``clean_stream`` raises before
    writing.
    """
    policy = Policy(policy)
    if not streams_derivative(mtype) or policy is Policy.KEEP:
        raise ValueError("plan_stream is for video under evidence or strip")
    return plan_bmff(source, policy is Policy.EVIDENCE)


def _kind_refusal(mtype: MediaType, action: str, advice: str) -> str:
    if mtype.format in OTHER_CONTAINERS:
        return f"{OTHER_CONTAINERS[mtype.format]}; {advice}."
    what = "PDF" if mtype.format == "pdf" else "text" if mtype.format == "text" else mtype.kind
    return f"{what[0].upper()}{what[1:]} files cannot {action}; {advice}."


def _refuse_kind(mtype: MediaType, action: str, advice: str) -> PolicyRefused:
    return PolicyRefused(_kind_refusal(mtype, action, advice))


def can_leave(mtype: MediaType, policy: Policy | str) -> str | None:
    """None if a file of type ``mtype`` can be given a copy that leaves under ``policy``;
    otherwise the reason it cannot, naming what would be needed (one sentence).

    Pure: decides on the type alone, reads no bytes. It returns a reason for every type
    ``make_derivative`` refuses by type (the reason is the text of that refusal); a file of a
    type it accepts may still be refused by ``make_derivative`` for its content (a broken or
    multi-page file). ``keep`` lets every file leave.
    """
    policy = Policy(policy)
    if policy is Policy.KEEP:
        return None
    if streams_derivative(mtype):
        return None
    if mtype.kind == "audio":
        if mtype.format in CLEANABLE_AUDIO:
            return None
        return f"{mtype.format.upper()} audio cannot be cleaned of metadata yet."
    if mtype.kind != "image":
        return _kind_refusal(
            mtype, "be cleaned of metadata", "export them only under the keep policy"
        )
    if mtype.format in _IN_PLACE or mtype.format == "gif" or mtype.format in _CONVERTED:
        return None
    return f"{mtype.format.upper()} images cannot be cleaned of metadata yet."


def make_derivative(data: bytes, mtype: MediaType, policy: Policy) -> Derivative:
    """The copy of ``data`` (of type ``mtype``) that may leave under ``policy``.

    ``keep`` returns ``data`` unchanged. ``evidence`` and ``strip`` return a copy that decodes to
    exactly the original's pixels or sound (``converted`` is True when the format changed to PNG),
    or for MP4/MOV/M4V/3GP video, whose every audio and video sample is unchanged (in memory here;
    use ``clean_stream`` for large files). Raises ``PolicyRefused`` if and only if the file cannot
    be made to comply (a type ``can_leave`` refuses, a multi-page or non-PNG-representable
    HEIC/TIFF, an audio variant that cannot be cleaned, a fragmented MP4), ``MalformedMedia`` if
    its structure is broken.
    """
    policy = Policy(policy)
    if policy is Policy.KEEP:
        return Derivative(data, mtype, policy, False, ())
    refusal = can_leave(mtype, policy)
    if refusal is not None:
        raise PolicyRefused(refusal)
    if mtype.kind == "audio":
        out, removed = strip_audio(data, mtype.format, policy is Policy.EVIDENCE)
        return Derivative(out, mtype, policy, False, removed)
    if streams_derivative(mtype):
        buffer = io.BytesIO()
        removed = clean_stream(BytesSource(data), mtype, policy, buffer.write)
        return Derivative(buffer.getvalue(), mtype, policy, False, removed)
    check_size(data)
    evidence = policy is Policy.EVIDENCE
    fmt = mtype.format
    if fmt in _IN_PLACE:
        stripper, exif_of = _IN_PLACE[fmt]
        exif = build_exif(read_evidence_fields(exif_of(data))) if evidence else b""
        out, removed = stripper(data, exif, not evidence)
        if exif:
            removed = tuple(r + _EVIDENCE_NOTE if r.startswith("EXIF") else r for r in removed)
        return Derivative(out, mtype, policy, False, removed)
    if fmt == "gif":
        out, removed = gif.strip(data)
        return Derivative(out, mtype, policy, False, removed)
    out, removed = convert_to_png(data, fmt, policy.value)  # one of _CONVERTED (can_leave)
    return Derivative(out, PNG, policy, True, removed)


def derivative_layout(data: bytes, mtype: MediaType, policy: Policy) -> CleanPlan | None:
    """``make_derivative``'s copy of a JPEG laid out over ``data``: new bytes (the start of the
    image and the rewritten segments), then runs of ``data`` kept unchanged (tables, scan), so
    that it can be kept as a recipe over the sealed original instead of a second attachment.

    The layout gives, byte for byte, what ``make_derivative(data, mtype, policy).data`` is, with
    the same ``removed``. None when there is no such layout: under keep, for other formats, and
    for a JPEG whose copy has new bytes after kept ones or leaves out stray bytes
    (``jpeg.strip_layout``); ``make_derivative`` then makes the copy. Raises what
    ``make_derivative`` raises for a JPEG.
    """
    policy = Policy(policy)
    if policy is Policy.KEEP or mtype.format != "jpeg":
        return None
    check_size(data)
    evidence = policy is Policy.EVIDENCE
    exif = build_exif(read_evidence_fields(jpeg.exif_block(data))) if evidence else b""
    layout = jpeg.strip_layout(data, exif, not evidence)
    if layout is None:
        return None
    head, runs, removed = layout
    if exif:
        removed = tuple(r + _EVIDENCE_NOTE if r.startswith("EXIF") else r for r in removed)
    return CleanPlan(
        head, array("Q", (r[0] for r in runs)), array("Q", (r[1] for r in runs)), removed
    )


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
    for files whose location cannot be removed (video, documents, multi-page TIFF),
    ``MalformedMedia`` for broken files. Audio has no location-only cleaning: it is cleaned as
    under ``evidence`` (location goes with every other tag; the sound stays byte for byte).
    """
    if mtype.kind == "audio":
        return strip_audio(data, mtype.format, True)
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
