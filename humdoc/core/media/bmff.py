"""ISO base media files (MP4, MOV, 3GP, M4V) as boxes: headers read from a source, ``moov`` in memory.

A box is ``size (4) · type (4) [· largesize (8) when size is 1] [· usertype (16) for uuid]``;
size 0 means "to the end of the file" and is allowed for the last top-level box only. The
top level is walked by reading each header and jumping over the body, so a multi-gigabyte ``mdat``
is never read here. Only ``moov`` (the movie's index: tracks, sample tables, metadata) is read into
memory, and only up to ``MAX_MOOV_BYTES``: a larger one is refused rather than read.

Every size is checked against the box that holds it, nesting depth and box counts are capped, so a
hostile file gets ``MalformedMedia`` (one line), never an exception from the parser or a hang.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Protocol

from humdoc.core.errors import MalformedMedia

#: The largest ``moov`` read into memory. A two-hour 60 fps phone video's index is a few MiB; a
#: twelve-hour body-camera recording's under 20 MiB.
MAX_MOOV_BYTES = 32 * 1024 * 1024
#: How many top-level boxes a file may have, and how deep boxes may nest inside ``moov``.
MAX_TOP_LEVEL_BOXES = 100_000
MAX_DEPTH = 16

#: Boxes whose payload is only other boxes (the ones this module needs to look inside).
CONTAINERS = frozenset(
    {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"dinf", b"edts", b"udta", b"tref", b"mvex"}
)


class RandomSource(Protocol):
    """Plaintext that can be read at any offset: bytes in memory, a file, a sealed attachment."""

    @property
    def size(self) -> int: ...

    def read_at(self, offset: int, n: int) -> bytes: ...


class BytesSource:
    """A ``RandomSource`` over bytes in memory."""

    def __init__(self, data: bytes) -> None:
        self._data = memoryview(data)
        self.size = len(data)

    def read_at(self, offset: int, n: int) -> bytes:
        """The ``n`` bytes at ``offset`` (fewer where the data ends)."""
        return bytes(self._data[offset : offset + n])


def malformed(why: str) -> MalformedMedia:
    """The one error every broken or hostile video structure raises."""
    return MalformedMedia(f"The video's structure is broken: {why}.")


def fourcc(kind: bytes) -> str:
    """A box or codec type as text fit to show (``©xyz`` for ``b'\\xa9xyz'``)."""
    return kind.decode("latin-1").replace("\x00", " ")


@dataclass(frozen=True)
class BoxRef:
    """Where one top-level box is: ``offset`` of its header, ``header`` length, total ``size``."""

    kind: bytes
    offset: int
    header: int
    size: int

    @property
    def start(self) -> int:
        """Where the payload begins."""
        return self.offset + self.header

    @property
    def end(self) -> int:
        """Where the box ends (exclusive)."""
        return self.offset + self.size


def _header(raw: bytes, offset: int, end: int) -> BoxRef:
    if len(raw) < 8:
        raise malformed(f"a box header at byte {offset} is cut off")
    size, kind = struct.unpack(">I4s", raw[:8])
    header = 8
    if size == 1:
        if len(raw) < 16:
            raise malformed(f"a 64-bit box size at byte {offset} is cut off")
        size = struct.unpack(">Q", raw[8:16])[0]
        header = 16
    elif size == 0:
        size = end - offset
    if kind == b"uuid":
        header += 16
    if size < header or offset + size > end:
        raise malformed(f"the {fourcc(kind)!r} box at byte {offset} has an impossible size")
    return BoxRef(kind, offset, header, size)


def top_level(source: RandomSource) -> list[BoxRef]:
    """Every top-level box of ``source``, in file order, reading only their headers.

    Raises ``MalformedMedia`` if and only if a size points outside the file, a header is cut off,
    a size-0 box is not the last one (it cannot be: it runs to the end), or there are more than
    ``MAX_TOP_LEVEL_BOXES`` boxes.
    """
    boxes: list[BoxRef] = []
    offset, end = 0, source.size
    while offset < end:
        if len(boxes) >= MAX_TOP_LEVEL_BOXES:
            raise malformed("it has too many top-level boxes")
        box = _header(source.read_at(offset, 32), offset, end)
        boxes.append(box)
        offset = box.end
    return boxes


def read_payload(source: RandomSource, box: BoxRef, limit: int, what: str) -> bytes:
    """The payload of ``box``, refused with ``MalformedMedia`` if larger than ``limit`` bytes."""
    length = box.size - box.header
    if length > limit:
        raise malformed(f"its {what} is {length} bytes, over the {limit // 2**20} MiB limit")
    data = source.read_at(box.start, length)
    if len(data) != length:
        raise malformed(f"its {what} is cut off")
    return data


@dataclass
class Box:
    """One box held in memory: ``payload`` (for a leaf) or ``children`` (for a container).

    ``usertype`` is the 16-byte extended type of a ``uuid`` box, else empty.
    """

    kind: bytes
    payload: bytes = b""
    children: list[Box] | None = None
    usertype: bytes = b""

    def find(self, kind: bytes) -> Box | None:
        """The first direct child of type ``kind``, or None."""
        for child in self.children or ():
            if child.kind == kind:
                return child
        return None

    def all(self, kind: bytes) -> list[Box]:
        """Every direct child of type ``kind``."""
        return [c for c in self.children or () if c.kind == kind]

    def path(self, *kinds: bytes) -> Box | None:
        """The first descendant along ``kinds`` (``moov.path(b"mdia", b"hdlr")`` for a trak)."""
        box: Box | None = self
        for kind in kinds:
            box = box.find(kind) if box is not None else None
        return box


def parse_boxes(data: bytes | memoryview, depth: int = 0) -> list[Box]:
    """The boxes packed in ``data`` (a container's payload), containers parsed recursively.

    Only leaves are copied (containers are walked through views), so parsing holds the index
    about twice at most. Raises ``MalformedMedia`` if and only if a size runs outside ``data`` or
    nesting is deeper than ``MAX_DEPTH``.
    """
    if depth > MAX_DEPTH:
        raise malformed("its boxes are nested too deeply")
    boxes: list[Box] = []
    view = memoryview(data)
    offset = 0
    while offset < len(data):
        if len(data) - offset < 8:
            raise malformed("a box inside the movie index is cut off")
        ref = _header(bytes(view[offset : offset + 32]), offset, len(data))
        usertype = bytes(view[ref.start - 16 : ref.start]) if ref.kind == b"uuid" else b""
        if ref.kind in CONTAINERS:
            boxes.append(Box(ref.kind, children=parse_boxes(view[ref.start : ref.end], depth + 1)))
        else:
            boxes.append(Box(ref.kind, bytes(view[ref.start : ref.end]), usertype=usertype))
        offset = ref.end
    return boxes


def header_bytes(kind: bytes, payload_size: int, usertype: bytes = b"") -> bytes:
    """A box header for a payload of ``payload_size`` bytes (64-bit size when it needs one)."""
    size = 8 + len(usertype) + payload_size
    if size <= 0xFFFFFFFF:
        return struct.pack(">I4s", size, kind) + usertype
    return struct.pack(">I4sQ", 1, kind, size + 8) + usertype


def serialize(box: Box) -> bytes:
    """``box`` and everything in it as bytes (the inverse of ``parse_boxes`` for one box)."""
    children = box.children
    body = box.payload if children is None else b"".join(serialize(c) for c in children)
    return header_bytes(box.kind, len(body), box.usertype) + body


def full_box(payload: bytes) -> tuple[int, int, bytes]:
    """A full box's ``(version, flags, rest)``; ``MalformedMedia`` if it has no room for them."""
    if len(payload) < 4:
        raise malformed("a versioned box is too short")
    return payload[0], int.from_bytes(payload[1:4], "big"), payload[4:]
