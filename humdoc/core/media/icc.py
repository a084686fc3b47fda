"""Decide what an embedded ICC colour profile may travel as in a cleaned image.

An ICC profile is colour data: curves, matrices and lookup tables that tell a viewer how to turn
the stored numbers into colours. Dropping it would not change the decoded pixel values, but every
wide-gamut phone photo would then be shown with wrong colours, which matters when a picture is
evidence. A profile also carries words: its description ("Nikon sRGB 4.0.0.3000"), copyright line
("Copyright Apple Inc."), device maker and model texts, and a header naming the CMM, platform,
device maker and model, creator and creation date.

Under ``evidence`` a profile is kept as it is if every tag in it is a known colour tag or one of the
short descriptive texts every profile carries; a profile with any other tag (a metadata dictionary,
a characterisation target, a private tag) or a broken layout is dropped instead: fail closed.

Under ``strip`` nothing may name a device (``profile_for_copy``): a profile equivalent to sRGB is
dropped (an image without a profile is sRGB: no colour changes); one equivalent to Display P3 or
Adobe RGB (1998) is replaced by humdoc's own profile of that space (``iccbuild``), equivalence
being decided on the colorimetric tags within a tolerance (``standard_space``); any other keeps
its colour-transform tags byte for byte under a header and texts that name nothing
(``without_names``).
"""

from __future__ import annotations

import functools
import struct
from collections.abc import Callable

from humdoc.core.media import iccbuild
from humdoc.core.media.iccbuild import Vector

_COLOUR_TAGS = frozenset(
    {
        b"A2B0", b"A2B1", b"A2B2", b"A2B3", b"B2A0", b"B2A1", b"B2A2", b"B2A3",
        b"D2B0", b"D2B1", b"D2B2", b"D2B3", b"B2D0", b"B2D1", b"B2D2", b"B2D3",
        b"rXYZ", b"gXYZ", b"bXYZ", b"rTRC", b"gTRC", b"bTRC", b"kTRC", b"wtpt", b"bkpt",
        b"chad", b"chrm", b"clrt", b"clro", b"colr", b"cicp", b"gamt", b"lumi", b"meas",
        b"ncl2", b"pre0", b"pre1", b"pre2", b"resp", b"rig0", b"rig2", b"tech", b"view",
        b"c2sp", b"s2cp", b"arts", b"vcgt", b"ndin", b"mmod", b"bfd ", b"ncol", b"scrd", b"scrn",
    }
)  # fmt: skip
# Short texts that describe the profile itself, written by whoever made the profile.
_PROFILE_TEXT_TAGS = frozenset({b"desc", b"cprt", b"dmnd", b"dmdd", b"vued", b"dscm"})
_MAX_TAGS = 200


def profile_is_colour_only(profile: bytes) -> bool:
    """True if and only if ``profile`` is a well-formed ICC profile holding only allowed tags."""
    if len(profile) < 132 or profile[36:40] != b"acsp":
        return False
    declared = struct.unpack_from(">I", profile, 0)[0]
    count = struct.unpack_from(">I", profile, 128)[0]
    if declared != len(profile) or count > _MAX_TAGS or 132 + 12 * count > len(profile):
        return False
    for i in range(count):
        sig, offset, size = struct.unpack_from(">4sII", profile, 132 + 12 * i)
        if sig not in _COLOUR_TAGS and sig not in _PROFILE_TEXT_TAGS:
            return False
        if offset + size > len(profile):
            return False
    return True


# --- under strip: nothing may name a device ---------------------------------------------------

# Tags that turn stored numbers into colours; everything else in a profile is description.
_TRANSFORM_TAGS = frozenset(
    {
        b"A2B0", b"A2B1", b"A2B2", b"A2B3", b"B2A0", b"B2A1", b"B2A2", b"B2A3",
        b"D2B0", b"D2B1", b"D2B2", b"D2B3", b"B2D0", b"B2D1", b"B2D2", b"B2D3",
        b"rXYZ", b"gXYZ", b"bXYZ", b"rTRC", b"gTRC", b"bTRC", b"kTRC", b"wtpt", b"bkpt",
        b"chad", b"chrm", b"c2sp", b"s2cp", b"cicp", b"gamt",
    }
)  # fmt: skip
_LUT_TAGS = frozenset(t for t in _TRANSFORM_TAGS if t[:1] in (b"A", b"B", b"D"))
#: How far a profile's D50 colorants may be from a standard space's to count as that space:
#: vendors round and adapt differently by up to a few 1e-4; a different space differs by 1e-2.
XYZ_TOLERANCE = 0.002
#: How far its curves may be (as a fraction of full scale, sampled at 1024 points).
CURVE_TOLERANCE = 0.002
_POINTS = tuple(i / 1023 for i in range(1024))
_WHITES = (iccbuild.D50, (0.9505, 1.0, 1.0890))  # v4 stores D50; v2 often the media white, D65


def parse_tags(profile: bytes) -> dict[bytes, bytes] | None:
    """The tag data of a well-formed profile by signature, or None if its layout is broken."""
    if len(profile) < 132 or profile[36:40] != b"acsp":
        return None
    declared, count = (
        struct.unpack_from(">I", profile, 0)[0],
        struct.unpack_from(">I", profile, 128)[0],
    )
    if declared != len(profile) or count > _MAX_TAGS or 132 + 12 * count > len(profile):
        return None
    tags: dict[bytes, bytes] = {}
    for i in range(count):
        sig, offset, size = struct.unpack_from(">4sII", profile, 132 + 12 * i)
        if offset < 128 or offset + size > len(profile) or sig in tags:
            return None
        tags[sig] = profile[offset : offset + size]
    return tags


def _s15(data: bytes, at: int) -> float:
    return float(struct.unpack_from(">i", data, at)[0]) / 65536


def _xyz(data: bytes | None) -> tuple[float, float, float] | None:
    if data is None or len(data) < 20 or data[:4] != b"XYZ ":
        return None
    return (_s15(data, 8), _s15(data, 12), _s15(data, 16))


def _curve(data: bytes | None) -> Callable[[float], float] | None:
    """The transfer function of a curveType or parametricCurveType, or None if unreadable."""
    if data is None or len(data) < 12:
        return None
    if data[:4] == b"curv":
        n = struct.unpack_from(">I", data, 8)[0]
        if n == 0:
            return lambda v: v
        if len(data) < 12 + 2 * n:
            return None
        if n == 1:
            gamma = struct.unpack_from(">H", data, 12)[0] / 256
            return lambda v: float(v**gamma)
        table = struct.unpack_from(f">{n}H", data, 12)

        def interpolate(v: float) -> float:
            x = v * (n - 1)
            i = min(int(x), n - 2)
            return (table[i] + (table[i + 1] - table[i]) * (x - i)) / 65535

        return interpolate
    if data[:4] == b"para":
        function = struct.unpack_from(">H", data, 8)[0]
        wanted = {0: 1, 1: 3, 2: 4, 3: 5, 4: 7}.get(function)
        if wanted is None or len(data) < 12 + 4 * wanted:
            return None
        p = [_s15(data, 12 + 4 * i) for i in range(wanted)] + [0.0] * (7 - wanted)
        g, a, b, c, d, e, f = p
        if function == 0:
            return lambda v: float(v**g)
        if function == 1:
            return lambda v: float((a * v + b) ** g) if v >= -b / a else 0.0
        if function == 2:
            return lambda v: float((a * v + b) ** g + c) if v >= -b / a else c
        return lambda v: float((a * v + b) ** g + e) if v >= d else c * v + f
    return None


def _close(a: tuple[float, ...] | None, b: tuple[float, ...], tolerance: float) -> bool:
    return a is not None and all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


@functools.cache
def _reference(space: iccbuild.StandardSpace) -> tuple[tuple[Vector, ...], tuple[float, ...]]:
    """A space's D50 colorants and its curve at the sample points, computed once."""
    return iccbuild.colorants(space), tuple(space.curve(v) for v in _POINTS)


@functools.lru_cache(maxsize=32)  # phones embed the same few profiles in every photo
def standard_space(profile: bytes) -> iccbuild.StandardSpace | None:
    """The standard space (sRGB, Display P3, Adobe RGB) ``profile`` is equivalent to, or None.

    Equivalent means: an RGB matrix/TRC profile (no lookup tables, which would take precedence
    over the matrix in a colour-managed viewer) whose rXYZ, gXYZ and bXYZ are each within
    ``XYZ_TOLERANCE`` of the space's D50 colorants, whose white point is D50 or D65, and whose
    three curves are each within ``CURVE_TOLERANCE`` of the space's curve at 1024 points.
    """
    tags = parse_tags(profile)
    if tags is None or profile[16:24] != b"RGB XYZ " or _LUT_TAGS & set(tags):
        return None
    if not any(_close(_xyz(tags.get(b"wtpt")), w, 0.005) for w in _WHITES):
        return None
    measured = [_xyz(tags.get(sig)) for sig in (b"rXYZ", b"gXYZ", b"bXYZ")]
    # The three curves are usually one and the same data: sample each distinct one once.
    samples: dict[bytes | None, list[float] | None] = {}
    for sig in (b"rTRC", b"gTRC", b"bTRC"):
        data = tags.get(sig)
        if data not in samples:
            curve = _curve(data)
            samples[data] = None if curve is None else [curve(v) for v in _POINTS]
    for space in iccbuild.STANDARD_SPACES:
        colorants, reference = _reference(space)
        if not all(_close(m, c, XYZ_TOLERANCE) for m, c in zip(measured, colorants, strict=True)):
            continue
        if all(
            values is not None
            and all(abs(v - r) <= CURVE_TOLERANCE for v, r in zip(values, reference, strict=True))
            for values in samples.values()
        ):
            return space
    return None


def without_names(profile: bytes) -> bytes | None:
    """``profile`` rebuilt from its colour-transform tags under a header that names nothing.

    Kept byte for byte: every tag that turns numbers into colours (curves, matrices, lookup
    tables, white and black points, adaptation). Left out: the description, copyright, device
    maker and model texts and every other descriptive or private tag (display calibration,
    measurement conditions, Apple's make-and-model tag); the header's CMM, platform, maker,
    model, attributes, creator, date and profile ID are zeroed. Neutral description and copyright
    texts are written so that the profile stays valid. None if ``profile`` is broken or holds no
    colour-transform tag.
    """
    tags = parse_tags(profile)
    if tags is None:
        return None
    kept = [(sig, body) for sig, body in tags.items() if sig in _TRANSFORM_TAGS]
    if not kept:
        return None
    v4 = profile[8] >= 4
    desc = iccbuild.mluc_tag(_NEUTRAL_NAME) if v4 else iccbuild.desc_v2_tag(_NEUTRAL_NAME)
    cprt = iccbuild.mluc_tag(_NEUTRAL_COPYRIGHT) if v4 else iccbuild.text_tag(_NEUTRAL_COPYRIGHT)
    return iccbuild.assemble(iccbuild.header(profile), [(b"desc", desc), (b"cprt", cprt), *kept])


_NEUTRAL_NAME = "Embedded colour profile"
_NEUTRAL_COPYRIGHT = "No copyright, use freely"


def profile_for_copy(profile: bytes, strip: bool) -> tuple[bytes | None, str | None]:
    """The profile a copy may carry in place of ``profile`` (None: none), and what to say.

    Under ``evidence`` (``strip`` False) a profile holding only colour data stays as it is (its
    texts name the profile's vendor at most, and evidence keeps the camera's make and model
    anyway); any other is dropped. Under ``strip`` nothing may name a device: a profile
    equivalent to sRGB is dropped (an untagged image is sRGB, so no colour changes), one
    equivalent to Display P3 or Adobe RGB is replaced by humdoc's own profile of that space, and
    any other keeps only its colour-transform tags under a header and texts that name nothing
    (``without_names``); a broken profile, or one without colour data, is dropped.
    """
    if not strip:
        if profile_is_colour_only(profile):
            return profile, None
        return None, "ICC profile holding more than colour data"
    space = standard_space(profile)
    if space is iccbuild.SRGB:
        return None, "ICC profile (it is sRGB, as an image without a profile is taken to be)"
    if space is not None:
        return iccbuild.standard_profile(space), (
            f"ICC profile (replaced by a standard {space.name} profile that names no device)"
        )
    neutral = without_names(profile)
    if neutral is None:
        return None, "ICC profile that is damaged or holds no colour data"
    if neutral == profile:
        return profile, None
    return neutral, "names, dates and descriptions in the ICC profile (its colour data is kept)"
