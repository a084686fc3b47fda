"""The names, labels and value formats fixed by humdoc bundle formats 1 and 2 (docs/bundle-format.md)."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime

from humdoc.core.bundle.agewrap import parse_recipients
from humdoc.core.bundle.minisign import grouped_fingerprint
from humdoc.core.errors import InvalidInput

#: The format humdoc writes: a bundle names its predecessor by signed content.
FORMAT = "humdoc/2"
#: The first format, still read: a bundle named its predecessor by the SHA-256 of its age file.
FORMAT_V1 = "humdoc/1"
FORMATS = (FORMAT_V1, FORMAT)
SUFFIX = ".humdoc"
SIGNATURE_NAME = "tagmanifest-sha256.txt.minisig"
#: ``Previous-Bundle-SHA256`` of a device's first bundle.
FIRST_BUNDLE = "0" * 64

LABEL_FORMAT = "Bundle-Format"
LABEL_ID = "Bundle-Id"
LABEL_DEVICE_FINGERPRINT = "Device-Fingerprint"
LABEL_DEVICE_KEY_ID = "Device-Key-Id"
LABEL_SEQUENCE = "Sequence-Number"
LABEL_PREVIOUS = "Previous-Bundle-SHA256"
LABEL_PREVIOUS_TAGMANIFEST = "Previous-Tagmanifest-SHA256"
LABEL_RECIPIENTS = "Recipient-Fingerprints"
LABEL_CREATED = "Created"
LABEL_OXUM = "Payload-Oxum"
LABEL_BAGGING_DATE = "Bagging-Date"
#: Labels every humdoc bag carries, in this order, with the predecessor's link after the sequence
#: number; a caller's extra labels come after ``Created``.
REQUIRED_LABELS = (
    LABEL_FORMAT,
    LABEL_ID,
    LABEL_DEVICE_FINGERPRINT,
    LABEL_DEVICE_KEY_ID,
    LABEL_SEQUENCE,
    LABEL_RECIPIENTS,
    LABEL_CREATED,
    LABEL_OXUM,
    LABEL_BAGGING_DATE,
)
#: The labels that can link a bundle to its predecessor: humdoc/1 has ``Previous-Bundle-SHA256``;
#: humdoc/2 has exactly one of the two (see docs/bundle-format.md).
PREVIOUS_LABELS = (LABEL_PREVIOUS_TAGMANIFEST, LABEL_PREVIOUS)
#: Labels only humdoc itself may write.
RESERVED_LABELS = (*REQUIRED_LABELS, *PREVIOUS_LABELS)

_BUNDLE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_COMPONENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,254}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SEQUENCE = re.compile(r"0|[1-9][0-9]{0,18}")
MAX_SEQUENCE = 2**63 - 1


def trusted_comment(bundle_id: str, sequence: int) -> str:
    """The signature's trusted comment: ``humdoc bundle <bundle id> sequence <n>``."""
    return f"humdoc bundle {bundle_id} sequence {sequence}"


def is_bundle_id(text: str) -> bool:
    """1 to 64 of ``A-Z a-z 0-9 . _ -``, starting with a letter or digit."""
    return _BUNDLE_ID.fullmatch(text) is not None


def is_sha256_hex(text: str) -> bool:
    """64 lower-case hex digits."""
    return _SHA256.fullmatch(text) is not None


def parse_sequence(text: str) -> int | None:
    """A sequence number in canonical decimal, or None."""
    if _SEQUENCE.fullmatch(text) is None or int(text) > MAX_SEQUENCE:
        return None
    return int(text)


def check_payload_path(path: str) -> None:
    """Raise ``InvalidInput`` unless ``path`` is ``/``-separated portable names (``A-Za-z0-9._-``,
    none starting with ``.``, ``_`` or ``-``), safe to extract by hand on any system."""
    parts = path.split("/")
    if not path or any(_COMPONENT.fullmatch(part) is None for part in parts):
        raise InvalidInput(f"{path!r} is not a portable payload path.")


def format_created(created: datetime) -> str:
    """``Created`` value: UTC, whole seconds, ``YYYY-MM-DDTHH:MM:SSZ``."""
    if created.tzinfo is None:
        raise InvalidInput("The bundle's creation time must carry a time zone.")
    return created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_created(text: str) -> datetime | None:
    """Inverse of ``format_created``, or None."""
    try:
        parsed = datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None
    return parsed if format_created(parsed) == text else None


def recipient_fingerprint(recipient: str) -> str:
    """An age recipient's fingerprint: SHA-256 of its canonical lower-case ``age1…`` text, first
    16 bytes as 8 groups of 4 upper-case hex digits (the same shape as a device fingerprint)."""
    canonical = str(parse_recipients([recipient])[0])
    return grouped_fingerprint(hashlib.sha256(canonical.encode("ascii")).digest())
