"""Clean a GIF by dropping extension blocks, never by re-encoding.

GIF has no EXIF. Its metadata lives in extension blocks: comments, plain-text overlays (free text
that almost no viewer draws) and application extensions (XMP among them). Kept: the header, colour
tables, image descriptors with their LZW data, graphic control extensions (frame delay and
transparency) and the NETSCAPE2.0/ANIMEXTS1.0 loop extension. Everything after the trailer goes.
"""

from __future__ import annotations

from collections.abc import Callable

from humdoc.core.errors import MalformedMedia

#: ``keep(kind, application_id)``: whether a block stays.
_Keep = Callable[[int, bytes], bool]

_EXTENSION, _IMAGE, _TRAILER = 0x21, 0x2C, 0x3B
_GRAPHIC_CONTROL, _COMMENT, _PLAIN_TEXT, _APPLICATION = 0xF9, 0xFE, 0x01, 0xFF
_LOOP_APPS = (b"NETSCAPE2.0", b"ANIMEXTS1.0")
_XMP_APP = b"XMP DataXMP"


def _sub_blocks_end(data: bytes, pos: int) -> int:
    """Where the run of data sub-blocks starting at ``pos`` ends (after its zero terminator)."""
    size = len(data)
    while True:
        if pos >= size:
            raise MalformedMedia("The GIF file is cut short inside a data block.")
        length = data[pos]
        pos += 1 + length
        if length == 0:
            return pos


def _color_table_size(packed: int) -> int:
    return 3 * (2 ** ((packed & 0x07) + 1)) if packed & 0x80 else 0


def parse(data: bytes) -> tuple[list[tuple[int, int, int, bytes]], int]:
    """Split a GIF into blocks: (introducer, start, end, application id or label).

    The first block is the header, screen descriptor and global colour table (introducer 0).
    Returns the blocks and where the trailer ends (the file's length if it has no trailer but ends
    at a block boundary). Raises ``MalformedMedia`` if and only if the header is wrong, a block is
    cut short, or an unknown block introducer appears.
    """
    if len(data) < 13 or data[:6] not in (b"GIF87a", b"GIF89a"):
        raise MalformedMedia("The GIF file does not start with a GIF header.")
    pos = 13 + _color_table_size(data[10])
    if pos > len(data):
        raise MalformedMedia("The GIF file is cut short inside its colour table.")
    blocks: list[tuple[int, int, int, bytes]] = [(0, 0, pos, b"")]
    while pos < len(data):
        start, kind = pos, data[pos]
        if kind == _TRAILER:
            blocks.append((_TRAILER, pos, pos + 1, b""))
            return blocks, pos + 1
        if kind == _EXTENSION:
            if pos + 2 > len(data):
                raise MalformedMedia("The GIF file is cut short inside an extension.")
            label = data[pos + 1]
            ident = b""
            if label == _APPLICATION and pos + 3 < len(data):
                ident = data[pos + 3 : pos + 3 + min(data[pos + 2], 11)]
            end = _sub_blocks_end(data, pos + 2)
            blocks.append((label, start, end, ident))
        elif kind == _IMAGE:
            if pos + 11 > len(data):
                raise MalformedMedia("The GIF file is cut short inside an image descriptor.")
            pos += 10 + _color_table_size(data[pos + 9])
            end = _sub_blocks_end(data, pos + 1)  # skip the LZW minimum code size byte
            blocks.append((_IMAGE, start, end, b""))
        else:
            raise MalformedMedia(f"The GIF file is damaged: unknown block 0x{kind:02X}.")
        pos = end
    return blocks, len(data)


def _label(kind: int, ident: bytes) -> str:
    if kind == _COMMENT:
        return "comment"
    if kind == _PLAIN_TEXT:
        return "plain-text overlay"
    if kind == _APPLICATION:
        return "XMP metadata" if ident == _XMP_APP else "application extension"
    return "unknown extension"


def strip(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """Return ``data`` with only image blocks left, plus a list of what was removed.

    Raises ``MalformedMedia`` as ``parse`` does.
    """
    return _filter(data, _rendering_block)


def _rendering_block(kind: int, ident: bytes) -> bool:
    if kind in (0, _IMAGE, _TRAILER, _GRAPHIC_CONTROL):
        return True
    return kind == _APPLICATION and ident in _LOOP_APPS


def remove_location(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """Return ``data`` without XMP (the only place a GIF may hold a position).

    Raises ``MalformedMedia`` as ``parse`` does.
    """
    return _filter(data, lambda kind, ident: not (kind == _APPLICATION and ident == _XMP_APP))


def _filter(data: bytes, keep: _Keep) -> tuple[bytes, tuple[str, ...]]:
    blocks, end = parse(data)
    removed: dict[str, None] = {}
    out = []
    for kind, start, stop, ident in blocks:
        if keep(kind, ident):
            out.append(data[start:stop])
        else:
            removed[_label(kind, ident)] = None
    if blocks[-1][0] != _TRAILER:
        out.append(bytes((_TRAILER,)))
    if end < len(data):
        removed["data after the end of the image"] = None
    return b"".join(out), tuple(removed)
