"""Lossless metadata removal for ISO base media video (MP4, MOV, 3GP, M4V), streamed.

Nothing is re-encoded: every kept audio and video sample is copied byte for byte. The file is
rebuilt as ``ftyp · moov · mdat``:

- Only the ``moov`` (the index) is read into memory (bounded by ``bmff.MAX_MOOV_BYTES``); the media
  data is copied from the source to ``write`` in blocks of ``COPY_BLOCK`` bytes, so memory stays
  constant whatever the size of the file.
- The new ``mdat`` holds exactly the chunks of the kept tracks, in their original order; the bytes of
  removed tracks (GoPro GPMF telemetry, timed metadata, DJI subtitles, chapters, thumbnails) and
  whatever else lay in the old media data between chunks are left behind. Every ``stco`` is
  rewritten, promoted to ``co64`` where an offset passes 4 GiB.
- Removed in both ``evidence`` and ``strip``: ``udta`` (``©xyz``, ``©mak``, ``©mod``, ``©swr``,
  ``©day`` and every other atom), ``meta`` (``keys``/``ilst`` items such as
  ``com.apple.quicktime.location.ISO6709``), ``uuid`` boxes (XMP and vendor data), ``free``,
  ``skip``, ``wide`` and every other top-level box that playback does not need, every track whose
  handler is neither ``vide`` nor ``soun`` and every still-image (thumbnail/cover-art) video
  track, ``tref`` references to removed tracks, handler names and the compressor name of video
  sample entries, and every data reference is rewritten as "in this file" (an external reference
  would name a path). The ``tkhd`` matrix (how the video is rotated) is always kept.
- ``evidence`` keeps the ``mvhd``/``tkhd``/``mdhd`` creation times (the capture time, UTC) and writes
  make and model back as a minimal ``udta`` of two QuickTime text atoms (``©mak``, ``©mod``);
  ``strip`` zeroes those times, sets each track's language to undetermined and writes no ``udta``.

Refused (``PolicyRefused``, naming what would be needed): fragmented files (``moof``/``mvex``/
``mfra``/``sidx``: their offsets are relative to fragments this remover does not rebuild),
encrypted sample auxiliary data (``saio``, absolute offsets into the media data), compact sample
sizes (``stz2``), and sample data that lies outside every ``mdat`` box.
"""

from __future__ import annotations

import heapq
import struct
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from humdoc.core.errors import MalformedMedia, PolicyRefused
from humdoc.core.media.bmff import (
    MAX_MOOV_BYTES,
    Box,
    BoxRef,
    RandomSource,
    fourcc,
    header_bytes,
    malformed,
    parse_boxes,
    read_payload,
    serialize,
    top_level,
)
from humdoc.core.media.sampletable import MAX_CHUNKS, chunk_ranges, offsets_box
from humdoc.core.media.videometa import (
    codec_of,
    handler_of,
    meta_items,
    qt_text,
    track_id,
    udta_label,
)
from humdoc.core.progress import Cancelled, Progress, check_cancelled, never_cancelled, no_progress

#: Bytes copied per read of the source: large enough to run at disk speed, small for memory.
COPY_BLOCK = 4 * 1024 * 1024
_KEPT_HANDLERS = frozenset({b"vide", b"soun"})
_STILL_CODECS = frozenset({b"jpeg", b"png ", b"mjp2", b"PNG ", b"tiff", b"gif "})
_FRAGMENT_BOXES = frozenset({b"moof", b"mfra", b"sidx", b"ssix", b"styp"})
_HANDLER_NAMES = {
    b"meta": "timed metadata",
    b"text": "text/subtitle",
    b"sbtl": "subtitle",
    b"subt": "subtitle",
    b"tmcd": "timecode",
    b"hint": "hint",
    b"clcp": "closed caption",
    b"camm": "camera motion",
}
_LANG_UNDETERMINED = 0x55C4
_MAX_TEXT = 64

#: Why other video containers are refused; the same words serve intake warnings.
OTHER_CONTAINERS = {
    "mkv": "Matroska files cannot be cleaned of metadata yet (it needs an EBML rewriter that "
    "drops Tags, Attachments and non-audio/video tracks and fixes SeekHead and Cues offsets)",
    "webm": "WebM files cannot be cleaned of metadata yet (it needs an EBML rewriter that drops "
    "Tags and non-audio/video tracks and fixes SeekHead and Cues offsets)",
    "avi": "AVI files cannot be cleaned of metadata yet (it needs a RIFF rewriter that drops INFO, "
    "JUNK and vendor chunks and rebuilds the idx1 index)",
    "ogv": "Ogg video files cannot be cleaned of metadata yet (it needs a page rewriter for the "
    "comment headers)",
}


def _refuse(why: str) -> PolicyRefused:
    return PolicyRefused(f"This video cannot be cleaned without re-encoding: {why}.")


@dataclass
class _Kept:
    trak: Box
    stbl: Box
    offsets: array[int]
    lengths: array[int]


class _Plan:
    """What the cleaned file will hold; built from the ``moov`` alone."""

    def __init__(self, evidence: bool) -> None:
        self.evidence = evidence
        self.removed: list[str] = []
        self.make = ""
        self.model = ""

    def note(self, text: str) -> None:
        if text not in self.removed:
            self.removed.append(text)


def _zero_times(box: Box) -> Box:
    """``mvhd``/``tkhd``/``mdhd`` with creation and modification times set to 0."""
    data = bytearray(box.payload)
    width = 8 if data[:1] == b"\x01" else 4
    data[4 : 4 + 2 * width] = bytes(2 * width)
    if box.kind == b"mdhd":
        at = 4 + 2 * width + 4 + width
        data[at : at + 2] = struct.pack(">H", _LANG_UNDETERMINED)
    return Box(box.kind, bytes(data))


def _blank_handler_name(hdlr: Box) -> Box:
    # version/flags, pre_defined, handler type, 3 reserved words: the name follows. One zero byte
    # is an empty C string (ISO) and an empty Pascal string (QuickTime) alike.
    return Box(b"hdlr", hdlr.payload[:24] + b"\x00")


def _blank_compressor(stsd: Box) -> Box:
    data = bytearray(stsd.payload)
    pos = 8
    count = int.from_bytes(data[4:8], "big") if len(data) >= 8 else 0
    for _ in range(count):
        if pos + 8 > len(data):
            break
        size = int.from_bytes(data[pos : pos + 4], "big")
        if size < 8 or pos + size > len(data):
            break
        if size >= 8 + 74:  # a visual sample entry: 32-byte compressor name at 42 in its body
            data[pos + 8 + 42 : pos + 8 + 74] = bytes(32)
        pos += size
    return Box(b"stsd", bytes(data))


def _self_contained_dref(dref: Box) -> Box:
    count = int.from_bytes(dref.payload[4:8], "big") if len(dref.payload) >= 8 else 0
    if count < 1 or count > 1000:
        raise malformed("its data reference table is broken")
    entry = struct.pack(">I4sI", 12, b"url ", 1)
    return Box(b"dref", b"\x00\x00\x00\x00" + struct.pack(">I", count) + entry * count)


def _check_self_contained(dref: Box) -> None:
    try:
        entries = parse_boxes(dref.payload[8:])
    except MalformedMedia:
        entries = []
    if not entries:
        raise malformed("its data reference table is broken")
    for entry in entries:
        if len(entry.payload) < 4 or not entry.payload[3] & 1:
            raise _refuse("its media data lies in another file (an external data reference)")


def _tref(tref: Box, kept_ids: set[int], plan: _Plan) -> Box | None:
    children: list[Box] = []
    for ref in tref.children or []:
        ids = [int.from_bytes(ref.payload[i : i + 4], "big") for i in range(0, len(ref.payload), 4)]
        left = [i for i in ids if i in kept_ids]
        if len(left) != len(ids):
            plan.note(f"track reference '{fourcc(ref.kind)}' to a removed track")
        if left:
            children.append(Box(ref.kind, b"".join(struct.pack(">I", i) for i in left)))
    return Box(b"tref", children=children) if children else None


def _note_udta(udta: Box, plan: _Plan, where: str) -> None:
    for atom in udta.children or []:
        if atom.kind == b"meta":
            _note_meta(atom, plan, where)
        else:
            value = qt_text(atom.payload) if atom.kind.startswith(b"\xa9") else ""
            plan.note(f"{where}udta {udta_label(atom.kind)}")
            if atom.kind == b"\xa9mak" and value:
                plan.make = plan.make or value
            if atom.kind == b"\xa9mod" and value:
                plan.model = plan.model or value


def _note_meta(meta: Box, plan: _Plan, where: str) -> None:
    items = meta_items(meta)
    if not items:
        plan.note(f"{where}meta box")
    for name, value in items:
        plan.note(f"{where}meta item {name}")
        if name.endswith(".make") or name == "com.android.manufacturer":
            plan.make = plan.make or value
        if name.endswith(".model"):
            plan.model = plan.model or value


def _clean_trak(trak: Box, plan: _Plan, kept_ids: set[int]) -> Box:
    out: list[Box] = []
    for child in trak.children or []:
        if child.kind == b"tkhd":
            out.append(child if plan.evidence else _zero_times(child))
        elif child.kind == b"tref":
            tref = _tref(child, kept_ids, plan)
            if tref is not None:
                out.append(tref)
        elif child.kind == b"edts":
            out.append(child)
        elif child.kind == b"mdia":
            out.append(_clean_mdia(child, plan))
        elif child.kind == b"udta":
            _note_udta(child, plan, f"track {track_id(trak)} ")
        elif child.kind == b"meta":
            _note_meta(child, plan, f"track {track_id(trak)} ")
        else:
            plan.note(f"track {track_id(trak)} box '{fourcc(child.kind)}'")
    return Box(b"trak", children=out)


def _clean_mdia(mdia: Box, plan: _Plan) -> Box:
    out: list[Box] = []
    for child in mdia.children or []:
        if child.kind == b"mdhd":
            out.append(child if plan.evidence else _zero_times(child))
        elif child.kind == b"hdlr":
            out.append(_blank_handler_name(child))
        elif child.kind == b"minf":
            out.append(_clean_minf(child, plan))
        else:
            plan.note(f"media box '{fourcc(child.kind)}'")
    return Box(b"mdia", children=out)


def _clean_minf(minf: Box, plan: _Plan) -> Box:
    out: list[Box] = []
    for child in minf.children or []:
        if child.kind in (b"vmhd", b"smhd", b"nmhd", b"gmhd"):
            out.append(child)
        elif child.kind == b"dinf":
            dref = child.find(b"dref")
            if dref is None:
                raise malformed("a track has no data reference")
            _check_self_contained(dref)
            out.append(Box(b"dinf", children=[_self_contained_dref(dref)]))
        elif child.kind == b"hdlr":
            out.append(_blank_handler_name(child))
        elif child.kind == b"stbl":
            out.append(_clean_stbl(child, plan))
        else:
            plan.note(f"media information box '{fourcc(child.kind)}'")
    return Box(b"minf", children=out)


_STBL_KEEP = frozenset(
    {b"stsd", b"stts", b"ctts", b"cslg", b"stss", b"stps", b"sdtp", b"stsc", b"stsz", b"stco",
     b"co64", b"sgpd", b"sbgp", b"subs", b"padb", b"stdp", b"stsh"}
)  # fmt: skip


def _clean_stbl(stbl: Box, plan: _Plan) -> Box:
    out: list[Box] = []
    for child in stbl.children or []:
        if child.kind in (b"saio", b"saiz", b"senc"):
            raise _refuse("it carries encrypted-sample data at absolute offsets (saio)")
        if child.kind == b"stz2":
            raise _refuse("it uses compact sample sizes (stz2)")
        if child.kind == b"stsd":
            out.append(_blank_compressor(child))
        elif child.kind in _STBL_KEEP:
            out.append(child)
        else:
            plan.note(f"sample table box '{fourcc(child.kind)}'")
    return Box(b"stbl", children=out)


def _track_verdict(trak: Box) -> str | None:
    """Why a track goes (its description), or None if it is audio or video that plays."""
    handler, codec = handler_of(trak), codec_of(trak)
    if handler not in _KEPT_HANDLERS:
        what = _HANDLER_NAMES.get(handler, f"'{fourcc(handler)}'")
        return f"track {track_id(trak)} ({what}, '{fourcc(codec)}' samples)"
    if codec in _STILL_CODECS:
        return f"track {track_id(trak)} (thumbnail or cover art, '{fourcc(codec)}')"
    return None


def _text_atom(kind: bytes, text: str) -> Box:
    raw = "".join(ch for ch in text if ch.isprintable())[:_MAX_TEXT].encode("utf-8")
    return Box(kind, struct.pack(">HH", len(raw), _LANG_UNDETERMINED) + raw)


def _clean_moov(moov: Box, plan: _Plan) -> tuple[Box, list[_Kept]]:
    if moov.find(b"mvex") is not None:
        raise _refuse("it is a fragmented MP4 (moov holds mvex); fragments are not rebuilt yet")
    traks = moov.all(b"trak")
    keep: list[Box] = []
    for trak in traks:
        verdict = _track_verdict(trak)
        if verdict:
            plan.note(verdict)
        else:
            keep.append(trak)
    if not keep:
        raise _refuse("it has no audio or video track to keep")
    kept_ids = {track_id(t) for t in keep}
    children: list[Box] = []
    kept: list[_Kept] = []
    for child in moov.children or []:
        if child.kind == b"mvhd":
            children.append(child if plan.evidence else _zero_times(child))
        elif child.kind == b"trak":
            if any(child is t for t in keep):
                new = _clean_trak(child, plan, kept_ids)
                stbl = new.path(b"mdia", b"minf", b"stbl")
                if stbl is None:
                    raise malformed("a track has no sample table")
                kept.append(_Kept(new, stbl, *chunk_ranges(stbl)))
                if sum(len(k.offsets) for k in kept) > MAX_CHUNKS:
                    raise malformed("it has too many chunks")
                children.append(new)
        elif child.kind == b"udta":
            _note_udta(child, plan, "")
        elif child.kind == b"meta":
            _note_meta(child, plan, "")
        elif child.kind == b"uuid":
            plan.note("movie uuid box (XMP or vendor data)")
        else:
            plan.note(f"movie box '{fourcc(child.kind)}'")
    if plan.evidence and (plan.make or plan.model):
        atoms = [
            _text_atom(k, v) for k, v in ((b"\xa9mak", plan.make), (b"\xa9mod", plan.model)) if v
        ]
        children.append(Box(b"udta", children=atoms))
        plan.note("make and model written back (udta ©mak, ©mod)")
    return Box(b"moov", children=children), kept


def _in_order(k: _Kept) -> Iterator[tuple[int, int]]:
    pairs = zip(k.offsets, k.lengths, strict=True)
    ordered = all(a <= b for a, b in zip(k.offsets, k.offsets[1:], strict=False))
    return iter(pairs) if ordered else iter(sorted(pairs))


def _runs(kept: list[_Kept], mdats: list[BoxRef]) -> tuple[array[int], array[int]]:
    """The merged byte ranges (``starts``, ``ends``) of every kept chunk, in file order.

    Chunks are merged track by track as they come (a track's chunks are in file order in every
    file seen; one that is not is sorted), so memory stays a few bytes per chunk.
    """
    starts, ends = array("Q"), array("Q")
    bounds = sorted((m.start, m.end) for m in mdats)
    box = 0
    for start, length in heapq.merge(*(_in_order(k) for k in kept)):
        if not length:
            continue
        end = start + length
        while box < len(bounds) and bounds[box][1] <= start:
            box += 1
        if box == len(bounds) or not (bounds[box][0] <= start and end <= bounds[box][1]):
            raise _refuse("some of its samples lie outside the media data (mdat)")
        if starts and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _relocate(kept: list[_Kept], runs: tuple[array[int], array[int]], base: int) -> bool:
    """Point every kept chunk at its place in the new ``mdat`` whose payload starts at ``base``.

    Returns True if every chunk offset table kept its width (the layout is then final).
    """
    starts, ends = runs
    new_starts = array("Q")
    pos = base
    for start, end in zip(starts, ends, strict=True):
        new_starts.append(pos)
        pos += end - start
    stable = True
    for k in kept:
        offsets = array("Q")
        for off in k.offsets:
            i = bisect_right(starts, off) - 1
            offsets.append(new_starts[i] + off - starts[i] if i >= 0 else base)
        wide = bool(offsets) and max(offsets) > 0xFFFFFFFF
        old = k.stbl.find(b"stco") or k.stbl.find(b"co64")
        assert old is not None and k.stbl.children is not None
        if (old.kind == b"co64") != wide:
            stable = False
        k.stbl.children[k.stbl.children.index(old)] = offsets_box(offsets, wide)
    return stable


@dataclass(frozen=True)
class CleanPlan:
    """A cleaned copy, laid out: ``head`` (``ftyp`` · new ``moov`` · ``mdat`` header), then the
    source's bytes ``starts[i]:ends[i]`` for each ``i``, in increasing order, byte for byte.

    Made by ``plan_bmff`` from the index alone; ``emit`` writes it. ``removed`` says what the copy
    leaves out.
    """

    head: bytes
    starts: array[int]
    ends: array[int]
    removed: tuple[str, ...]

    @property
    def size(self) -> int:
        """The cleaned copy's size in bytes."""
        return len(self.head) + sum(self.ends) - sum(self.starts)


def plan_bmff(source: RandomSource, evidence: bool) -> CleanPlan:
    """Lay out the cleaned copy of the video in ``source``, reading only its box headers and index.

    ``evidence`` keeps capture time, make and model (see the module docstring); otherwise nothing
    identifying stays. Raises ``PolicyRefused`` (with the reason) for files this cannot clean,
    ``MalformedMedia`` for broken ones.
    """
    boxes = top_level(source)
    fragments = [b for b in boxes if b.kind in _FRAGMENT_BOXES]
    if fragments:
        raise _refuse(
            f"it is a fragmented MP4 ('{fourcc(fragments[0].kind)}' boxes); "
            "fragments are not rebuilt yet"
        )
    if not boxes or boxes[0].kind != b"ftyp":
        raise malformed("it does not begin with a file type box (ftyp)")
    moovs = [b for b in boxes if b.kind == b"moov"]
    if len(moovs) != 1:
        raise malformed("it has no movie index (moov)" if not moovs else "it has two movie indexes")
    mdats = [b for b in boxes if b.kind == b"mdat"]
    plan = _Plan(evidence)
    moov = Box(
        b"moov", children=parse_boxes(read_payload(source, moovs[0], MAX_MOOV_BYTES, "moov"))
    )
    new_moov, kept = _clean_moov(moov, plan)
    for box in boxes:
        if box.kind not in (b"ftyp", b"moov", b"mdat"):
            what = "XMP or vendor data" if box.kind == b"uuid" else f"{box.size} bytes"
            plan.note(f"top-level box '{fourcc(box.kind)}' ({what})")
    runs = _runs(kept, mdats)
    ftyp = source.read_at(boxes[0].offset, boxes[0].size)
    total = sum(runs[1]) - sum(runs[0])
    mdat_header = header_bytes(b"mdat", total)
    for _ in range(4):
        moov_bytes = serialize(new_moov)
        if _relocate(kept, runs, len(ftyp) + len(moov_bytes) + len(mdat_header)):
            moov_bytes = serialize(new_moov)
            break
    else:  # pragma: no cover - widths only ever grow, so two rounds settle it
        raise malformed("its chunk offsets could not be laid out")
    if not evidence:
        plan.note("creation and modification times, track languages")
    dropped = sum(m.size for m in mdats) - total - sum(m.header for m in mdats)
    if dropped > 0:
        plan.note(f"{dropped} bytes of media data no kept track plays")
    return CleanPlan(ftyp + moov_bytes + mdat_header, runs[0], runs[1], tuple(plan.removed))


def emit(
    source: RandomSource,
    plan: CleanPlan,
    write: Callable[[bytes], object],
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> None:
    """Write the copy ``plan`` lays out of ``source`` through ``write``, ``COPY_BLOCK`` at a time.

    ``progress(done, total)`` counts output bytes; ``cancelled`` is checked between blocks
    (``OperationCancelled``: the caller discards what was written). ``MalformedMedia`` if the
    source ends before a run does.
    """
    total = plan.size
    write(plan.head)
    written = len(plan.head)
    for start, end in zip(plan.starts, plan.ends, strict=True):
        pos = start
        while pos < end:
            check_cancelled(cancelled)
            block = source.read_at(pos, min(COPY_BLOCK, end - pos))
            if not block:
                raise malformed("its media data is cut off")
            write(block)
            pos += len(block)
            written += len(block)
            progress(written, total)


def clean_bmff(
    source: RandomSource,
    write: Callable[[bytes], object],
    evidence: bool,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> tuple[str, ...]:
    """Write the cleaned copy of the video in ``source`` through ``write``; return what was removed.

    ``plan_bmff`` then ``emit``: nothing is written before the file is known cleanable
    (``PolicyRefused`` with the reason, ``MalformedMedia`` for broken files).
    """
    plan = plan_bmff(source, evidence)
    emit(source, plan, write, progress, cancelled)
    return plan.removed
