"""Media handling as pure functions over bytes: sniffing, metadata, derivatives, previews.

Nothing here touches the vault, the database or the disk: every function takes bytes (or, for
video, a random-access source and a write callable) and returns bytes or plain data, so plaintext
media never leaves memory or the encrypted store.
"""

from __future__ import annotations

from humdoc.core.media.metadata import extract_metadata, location_fields
from humdoc.core.media.policy import (
    POLICY_EXPLANATIONS,
    POLICY_NAMES,
    Derivative,
    Policy,
    applicable_policy,
    can_leave,
    clean_stream,
    explain_policy,
    make_derivative,
    policy_help,
    remove_location,
    streams_derivative,
)
from humdoc.core.media.rawfile import raw_camera_warning
from humdoc.core.media.sniff import HEAD_BYTES, MediaType, sniff
from humdoc.core.media.thumbnail import make_thumbnail

__all__ = [
    "HEAD_BYTES",
    "POLICY_EXPLANATIONS",
    "POLICY_NAMES",
    "Derivative",
    "MediaType",
    "Policy",
    "applicable_policy",
    "can_leave",
    "clean_stream",
    "explain_policy",
    "extract_metadata",
    "location_fields",
    "make_derivative",
    "make_thumbnail",
    "policy_help",
    "raw_camera_warning",
    "remove_location",
    "sniff",
    "streams_derivative",
]
