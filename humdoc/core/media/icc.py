"""Decide whether an embedded ICC colour profile may travel with a cleaned image.

An ICC profile is colour data: curves, matrices and lookup tables that tell a viewer how to turn
the stored numbers into colours. Dropping it would not change the decoded pixel values, but every
wide-gamut phone photo would then be shown with wrong colours, which matters when a picture is
evidence. So profiles are kept, but only if every tag in them is a known colour tag or one of the
short descriptive texts every profile carries (its name, copyright line, device maker and model as
written by the profile vendor). A profile with any other tag (a metadata dictionary, a
characterisation target, a private tag) or a broken layout is dropped instead: fail closed.
"""

from __future__ import annotations

import struct

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
