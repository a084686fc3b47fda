"""Write ICC profiles: the standard RGB spaces, and profiles rebuilt from chosen tags.

humdoc ships no profile files: the three standard spaces a photo is found in (sRGB, Display P3 and
Adobe RGB (1998)) are computed here from their published definitions (primaries and white point in
CIE xy, the transfer curve), adapted to the ICC D50 connection space with the Bradford transform,
as ICC.1:2022 (version 4.4) matrix/TRC display profiles. Their header names no maker, device,
platform, creator or date, and their texts are only the space's name and "No copyright, use
freely". The same writer rebuilds any profile from a chosen set of its tags under a clean header.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

D50 = (0.9642, 1.0, 0.8249)  # the ICC profile connection space illuminant
_BRADFORD = ((0.8951, 0.2664, -0.1614), (-0.7502, 1.7135, 0.0367), (0.0389, -0.0685, 1.0296))
Matrix = tuple[tuple[float, ...], ...]
Vector = tuple[float, ...]


@dataclass(frozen=True)
class StandardSpace:
    """A standard RGB space by its definition; ``curve`` maps encoded 0..1 to linear 0..1."""

    name: str
    primaries: tuple[tuple[float, float], ...]  # red, green, blue in CIE xy
    white: tuple[float, float]
    curve: Callable[[float], float]
    para: tuple[int, tuple[float, ...]]  # the ICC parametric curve: function type, parameters


def _srgb_curve(v: float) -> float:
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _adobe_curve(v: float) -> float:
    return float(v ** (563 / 256))


_SRGB_PARA = (3, (2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045))
_D65 = (0.3127, 0.3290)
SRGB = StandardSpace("sRGB", ((0.64, 0.33), (0.30, 0.60), (0.15, 0.06)), _D65, _srgb_curve,
                     _SRGB_PARA)  # fmt: skip
DISPLAY_P3 = StandardSpace("Display P3", ((0.680, 0.320), (0.265, 0.690), (0.150, 0.060)), _D65,
                           _srgb_curve, _SRGB_PARA)  # fmt: skip
ADOBE_RGB = StandardSpace("Adobe RGB (1998)", ((0.64, 0.33), (0.21, 0.71), (0.15, 0.06)), _D65,
                          _adobe_curve, (0, (563 / 256,)))  # fmt: skip
STANDARD_SPACES = (SRGB, DISPLAY_P3, ADOBE_RGB)


def _mul(a: Matrix, b: Matrix) -> Matrix:
    return tuple(
        tuple(sum(a[i][k] * b[k][j] for k in range(3)) for j in range(3)) for i in range(3)
    )


def _apply(m: Matrix, v: Vector) -> Vector:
    return (
        m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
        m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
        m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
    )


def _inverse(m: Matrix) -> Matrix:
    (a, b, c), (d, e, f), (g, h, i) = m
    det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)
    return (
        ((e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det),
        ((f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det),
        ((d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det),
    )


def _xyz(xy: tuple[float, float]) -> Vector:
    x, y = xy
    return (x / y, 1.0, (1 - x - y) / y)


def adaptation(white: tuple[float, float]) -> Matrix:
    """The Bradford matrix that adapts colours seen under ``white`` to D50."""
    source, target = _apply(_BRADFORD, _xyz(white)), _apply(_BRADFORD, D50)
    scale = tuple(tuple(target[i] / source[i] if i == j else 0.0 for j in range(3))
                  for i in range(3))  # fmt: skip
    return _mul(_inverse(_BRADFORD), _mul(scale, _BRADFORD))


def colorants(space: StandardSpace) -> tuple[Vector, Vector, Vector]:
    """The D50-adapted XYZ of ``space``'s red, green and blue (an ICC rXYZ, gXYZ, bXYZ)."""
    prims = [_xyz(p) for p in space.primaries]
    columns: Matrix = tuple(tuple(prims[j][i] for j in range(3)) for i in range(3))
    scale = _apply(_inverse(columns), _xyz(space.white))
    to_xyz: Matrix = tuple(tuple(columns[i][j] * scale[j] for j in range(3)) for i in range(3))
    adapted = _mul(adaptation(space.white), to_xyz)
    red, green, blue = (tuple(adapted[i][j] for i in range(3)) for j in range(3))
    return red, green, blue


def s15(value: float) -> bytes:
    """One s15Fixed16Number."""
    return struct.pack(">i", round(value * 65536))


def xyz_tag(v: Vector) -> bytes:
    """An XYZType holding one value."""
    return b"XYZ \x00\x00\x00\x00" + b"".join(s15(c) for c in v)


def mluc_tag(text: str) -> bytes:
    """A multiLocalizedUnicodeType holding ``text`` in English only."""
    body = text.encode("utf-16-be")
    return (
        b"mluc\x00\x00\x00\x00"
        + struct.pack(">II2s2sII", 1, 12, b"en", b"US", len(body), 28)
        + body
    )


def text_tag(text: str) -> bytes:
    """A version 2 textType."""
    return b"text\x00\x00\x00\x00" + text.encode("ascii") + b"\x00"


def desc_v2_tag(text: str) -> bytes:
    """A version 2 textDescriptionType holding ``text`` in ASCII only."""
    ascii_text = text.encode("ascii") + b"\x00"
    return (
        b"desc\x00\x00\x00\x00" + struct.pack(">I", len(ascii_text)) + ascii_text + bytes(12 + 67)
    )


def para_tag(function: int, params: tuple[float, ...]) -> bytes:
    """A parametricCurveType."""
    return b"para\x00\x00\x00\x00" + struct.pack(">HH", function, 0) + b"".join(map(s15, params))


def header(template: bytes | None = None) -> bytearray:
    """A 128-byte header naming nothing: no CMM, platform, maker, model, creator, date or ID.

    Version, class, colour space, connection space, rendering intent and illuminant are taken
    from ``template`` (another profile's header) when given, else those of a v4.4 RGB display
    profile.
    """
    out = bytearray(128)
    if template is None:
        out[8:12] = b"\x04\x40\x00\x00"
        out[12:24] = b"mntrRGB XYZ "
        out[68:80] = b"".join(s15(c) for c in D50)
    else:
        out[8:24] = template[8:24]  # version, class, colour space, connection space
        out[64:80] = template[64:80]  # rendering intent, illuminant
    out[36:40] = b"acsp"
    return out


def assemble(head: bytearray, tags: list[tuple[bytes, bytes]]) -> bytes:
    """A whole profile: ``head`` (its size filled in) and ``tags``, identical data shared once."""
    table_end = 132 + 12 * len(tags)
    placed: dict[bytes, int] = {}
    data = bytearray()
    table = bytearray(struct.pack(">I", len(tags)))
    for sig, body in tags:
        if body not in placed:
            data += bytes(-(table_end + len(data)) % 4)
            placed[body] = table_end + len(data)
            data += body
        table += struct.pack(">4sII", sig, placed[body], len(body))
    profile = bytearray(head) + table + data
    profile += bytes(-len(profile) % 4)
    profile[0:4] = struct.pack(">I", len(profile))
    return bytes(profile)


def standard_profile(space: StandardSpace) -> bytes:
    """humdoc's own v4.4 matrix/TRC profile of ``space``, the same bytes every time."""
    red, green, blue = colorants(space)
    curve = para_tag(*space.para)
    chad: Matrix = adaptation(space.white)
    tags = [
        (b"desc", mluc_tag(space.name)),
        (b"cprt", mluc_tag("No copyright, use freely")),
        (b"wtpt", xyz_tag(D50)),
        (b"chad", b"sf32\x00\x00\x00\x00" + b"".join(s15(c) for row in chad for c in row)),
        (b"rXYZ", xyz_tag(red)),
        (b"gXYZ", xyz_tag(green)),
        (b"bXYZ", xyz_tag(blue)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    return assemble(header(), tags)
