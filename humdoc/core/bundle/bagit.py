"""BagIt 1.0 (RFC 8493) tag files: writing them, and parsing and checking them strictly.

Only what humdoc bags use is supported: SHA-256 manifests, UTF-8 tag files with LF line ends, no
``fetch.txt``, no folded bag-info values. Manifest paths percent-encode CR, LF and ``%`` (and only
those) as RFC 8493 section 2.1.3 requires; checksums are lower-case hex.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from humdoc.core.errors import BundleRejected, InvalidInput, PathEscape
from humdoc.core.safefs import safe_member_path

BAGIT_TXT_NAME = "bagit.txt"
BAG_INFO_NAME = "bag-info.txt"
MANIFEST_NAME = "manifest-sha256.txt"
TAGMANIFEST_NAME = "tagmanifest-sha256.txt"
#: The tag files the tag manifest covers, in the order they are listed.
TAG_FILES = (BAGIT_TXT_NAME, BAG_INFO_NAME, MANIFEST_NAME)
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
PAYLOAD_DIR = "data/"
_ENTRY = re.compile(r"([0-9a-f]{64})[ \t]+([^ \t].*)", re.DOTALL)
_PERCENT = re.compile(r"%(25|0[aAdD])")
_DECODED = {"25": "%", "0A": "\n", "0D": "\r"}


@dataclass(frozen=True)
class FileDigest:
    """A file's size in bytes and its SHA-256 as lower-case hex."""

    size: int
    sha256: str


def _bad(message: str, reason: str = "bad-bag") -> BundleRejected:
    return BundleRejected(reason, message)


def encode_path(path: str) -> str:
    """Percent-encode CR, LF and ``%`` in a manifest path, and nothing else."""
    return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D")


def decode_path(text: str) -> str:
    """Undo ``encode_path``. Raises ``BundleRejected("bad-bag")`` on any other ``%`` sequence."""
    if "%" in _PERCENT.sub("", text):
        raise _bad(f"A manifest path has a stray percent sign: {text!r}.")
    return _PERCENT.sub(lambda m: _DECODED[m.group(1).upper()], text)


def sha256_hex(data: bytes) -> str:
    """SHA-256 of ``data`` as lower-case hex."""
    return hashlib.sha256(data).hexdigest()


def format_manifest(entries: Iterable[tuple[str, str]]) -> bytes:
    """Manifest text for ``(path, sha256 hex)`` pairs, in the order given.

    Raises ``InvalidInput`` if a path is empty or starts with whitespace (ambiguous after the
    separator) or a checksum is not 64 lower-case hex digits.
    """
    lines = []
    for path, digest in entries:
        if not path or path[0] in " \t" or not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise InvalidInput(f"Cannot list {path!r} in a manifest.")
        lines.append(f"{digest}  {encode_path(path)}\n")
    return "".join(lines).encode("utf-8")


def _text(data: bytes, name: str) -> list[str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _bad(f"{name} is not UTF-8.") from None
    if text.startswith("\ufeff") or "\r" in text or (text and not text.endswith("\n")):
        raise _bad(f"{name} must be UTF-8 without a byte-order mark, with LF line ends.")
    return text.split("\n")[:-1]


def parse_manifest(data: bytes, name: str = MANIFEST_NAME) -> dict[str, str]:
    """Parse a SHA-256 manifest into ``{decoded path: sha256 hex}`` in file order.

    Raises ``BundleRejected("bad-bag")`` if and only if a line is malformed, a path is unsafe
    (absolute, ``..``, backslash …) or listed twice.
    """
    entries: dict[str, str] = {}
    for line in _text(data, name):
        match = _ENTRY.fullmatch(line)
        if match is None:
            raise _bad(f"{name} has a malformed line: {line[:80]!r}.")
        path = decode_path(match.group(2))
        try:
            safe_member_path(path)
        except PathEscape:
            raise _bad(f"{name} lists an unsafe path: {path!r}.") from None
        if path in entries:
            raise _bad(f"{name} lists {path!r} twice.")
        entries[path] = match.group(1)
    return entries


def _check_label(label: str, value: str) -> None:
    if (
        not label
        or ":" in label
        or label != label.strip()
        or value != value.strip()
        or any(unicodedata.category(ch) == "Cc" for ch in label + value)
    ):
        raise InvalidInput(f"Cannot write bag-info label {label!r} with value {value!r}.")


def format_bag_info(labels: Sequence[tuple[str, str]]) -> bytes:
    """``bag-info.txt`` for the ordered ``(label, value)`` pairs.

    Raises ``InvalidInput`` if a label is empty, holds a colon, or a label or value has control
    characters or surrounding whitespace (each would not read back the same).
    """
    for label, value in labels:
        _check_label(label, value)
    return "".join(f"{label}: {value}\n" for label, value in labels).encode("utf-8")


def parse_bag_info(data: bytes) -> list[tuple[str, str]]:
    """Parse ``bag-info.txt`` into ordered ``(label, value)`` pairs.

    Raises ``BundleRejected("bad-bag")`` if and only if a line is not ``label: value`` as
    ``format_bag_info`` writes it (folded continuation lines included).
    """
    pairs = []
    for line in _text(data, BAG_INFO_NAME):
        label, sep, value = line.partition(": ")
        try:
            if not sep:
                raise InvalidInput(line)
            _check_label(label, value)
        except InvalidInput:
            raise _bad(f"bag-info.txt has a malformed line: {line[:80]!r}.") from None
        pairs.append((label, value))
    return pairs


def payload_oxum(sizes: Iterable[int]) -> str:
    """``Payload-Oxum``: total payload bytes, a dot, the number of payload files."""
    total = count = 0
    for size in sizes:
        total += size
        count += 1
    return f"{total}.{count}"


def check_tag_files(tag_files: Mapping[str, bytes]) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Check a bag's tag files alone; return its bag-info pairs and its manifest.

    ``tag_files`` maps the names in ``TAG_FILES`` and ``TAGMANIFEST_NAME`` to their bytes.
    Raises ``BundleRejected`` with reason ``bad-bag`` (a tag file missing or malformed, a wrong
    ``bagit.txt``, a manifest path outside ``data/``, not exactly one Payload-Oxum) or
    ``tag-mismatch`` (the tag manifest disagrees with a tag file), and returns otherwise.
    """
    for name in (*TAG_FILES, TAGMANIFEST_NAME):
        if name not in tag_files:
            raise _bad(f"The bag has no {name}.")
    if tag_files[BAGIT_TXT_NAME] != BAGIT_TXT:
        raise _bad("bagit.txt does not declare BagIt 1.0 in UTF-8.")
    tagmanifest = parse_manifest(tag_files[TAGMANIFEST_NAME], TAGMANIFEST_NAME)
    if set(tagmanifest) != set(TAG_FILES):
        raise _bad("tagmanifest-sha256.txt must list exactly the bag's three tag files.")
    for name in TAG_FILES:
        if sha256_hex(tag_files[name]) != tagmanifest[name]:
            raise _bad(f"{name} does not match tagmanifest-sha256.txt.", "tag-mismatch")
    manifest = parse_manifest(tag_files[MANIFEST_NAME])
    for path in manifest:
        if not path.startswith(PAYLOAD_DIR):
            raise _bad(f"manifest-sha256.txt lists {path!r} outside data/.")
    info = parse_bag_info(tag_files[BAG_INFO_NAME])
    if len([value for label, value in info if label == "Payload-Oxum"]) != 1:
        raise _bad("bag-info.txt must have exactly one Payload-Oxum.")
    return info, manifest


def validate_bag(
    tag_files: Mapping[str, bytes], payload: Mapping[str, FileDigest]
) -> list[tuple[str, str]]:
    """Check a bag's tag files and payload digests; return its bag-info pairs.

    ``tag_files`` as for ``check_tag_files``; ``payload`` maps each payload path (``data/…``)
    to what was actually received. Raises ``BundleRejected`` with the reasons of
    ``check_tag_files``, ``payload-mismatch`` (a file missing from the manifest or from the
    bag, or a wrong checksum) or ``oxum-mismatch``, and returns if and only if the bag is
    complete and every checksum holds.
    """
    info, manifest = check_tag_files(tag_files)
    for path in manifest:
        if path not in payload:
            raise _bad(f"The bag lacks {path!r}, listed in its manifest.", "payload-mismatch")
    for path, digest in payload.items():
        expected = manifest.get(path)
        if expected is None:
            raise _bad(
                f"The bag holds {path!r}, which its manifest does not list.", "payload-mismatch"
            )
        if digest.sha256 != expected:
            raise _bad(f"{path!r} does not match its checksum.", "payload-mismatch")
    oxum = next(value for label, value in info if label == "Payload-Oxum")
    if oxum != payload_oxum(d.size for d in payload.values()):
        raise _bad("The payload's size or file count does not match Payload-Oxum.", "oxum-mismatch")
    return info
