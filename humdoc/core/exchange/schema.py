"""What a received record may hold, field by field: the centre checks every value before it keeps one.

A bundle's records are signed by an enrolled device, but a device can be lost, buggy or made to
carry a crafted file's metadata, so nothing in them is trusted to be well-formed. Each record kind
has a fixed set of fields, each field a type (``True`` is not a number), a length and a set of
allowed characters:

- identifiers, dates, digests, codes and enumerations match a fixed ASCII pattern;
- one-line text (titles, names, languages, tags) holds no control character at all;
- free text (statements, descriptions, notes) holds no control character but tab, line feed,
  carriage return, vertical tab and form feed (what pasted documents legitimately carry);
- metadata read from a photo is kept as the camera wrote it (cameras do write control bytes),
  only bounded in length; what prints it makes it safe (``humdoc.cli.output``).

No string anywhere may hold a lone surrogate (JSON can spell one, ``\\ud800``; no UTF-8 encoder
can write it back). Every failure is ``BundleRejected("bad-records")`` naming the file and field.
"""

from __future__ import annotations

import importlib
import math
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from humdoc.core.domain.testimonies import MAX_STATEMENT
from humdoc.core.errors import BundleRejected
from humdoc.core.media.metadata import MAX_VALUE_CHARS
from humdoc.core.media.sniff import MediaType

#: ``check(value, where)`` returns if ``value`` is valid, else raises ``BundleRejected``.
Check = Callable[[Any, str], None]

MAX_LIST = 10_000
MAX_TEXT = MAX_STATEMENT
MAX_METADATA_ENTRIES = 4_096
# Control characters (Unicode category Cc is exactly C0, DEL and C1), and lone surrogates;
# matched by regular expressions because a statement can be two million characters long.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_LAYOUT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # tab, LF, VT, FF, CR pass
_SURROGATE = re.compile("[\ud800-\udfff]")
_SHA = re.compile(r"[0-9a-f]{64}")
# A pseudonym code as the field makes them; a centre that received two devices' W-001 keeps
# them apart as "W-001@<device name>" (cut to 64 characters), which it may send on.
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,31}(@[^\x00-\x1f\x7f-\x9f]{1,63})?")
_VIOLATION = re.compile(r"[0-9]{2}(\.[0-9]{2}){0,3}")
_TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})?"
)
_CAPTURE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([+-][0-9]{2}:[0-9]{2})?"
)
_METADATA_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.:/()#-]{0,99}")
_FINGERPRINT = re.compile(r"([0-9A-F]{4} ){7}[0-9A-F]{4}")
_DETAIL_KEY = re.compile(r"[a-z][a-z0-9_]{0,63}")
#: A minisign signature as humdoc writes it: printable ASCII comments, base64 lines.
MINISIG = re.compile(
    r"untrusted comment: [ -~]{0,1000}\n[A-Za-z0-9+/]{1,200}={0,2}\n"
    r"trusted comment: [ -~]{0,1000}\n[A-Za-z0-9+/]{1,200}={0,2}\n?"
)
#: Every media type humdoc takes in, by MIME type (the package re-exports the function ``sniff``
#: under the module's name, hence the import by name).
MEDIA_TYPES = {
    t.mime: t
    for t in vars(importlib.import_module("humdoc.core.media.sniff")).values()
    if isinstance(t, MediaType)
}


def bad(where: str, what: str) -> BundleRejected:
    """The one rejection every schema check raises."""
    return BundleRejected("bad-records", f"The bundle's records are malformed: {where} {what}.")


# --- scalars -------------------------------------------------------------------------------


def _string(value: Any, where: str, max_len: int) -> str:
    if type(value) is not str:
        raise bad(where, "is not text")
    if len(value) > max_len:
        raise bad(where, f"is longer than {max_len} characters")
    if _SURROGATE.search(value):
        raise bad(where, "is not valid Unicode")
    return value


def _control(value: str, controls: re.Pattern[str] = _CONTROL) -> str | None:
    found = controls.search(value)
    return None if found is None else found.group()


def line(max_len: int, required: bool = False) -> Check:
    """One line of text: no control characters; non-blank if ``required``."""

    def check(value: Any, where: str) -> None:
        text = _string(value, where, max_len)
        found = _control(text)
        if found is not None:
            raise bad(where, f"holds a control character (U+{ord(found):04X})")
        if required and not text.strip():
            raise bad(where, "is empty")

    return check


def text(max_len: int, required: bool = False) -> Check:
    """Free text: line breaks and tabs allowed, no other control character."""

    def check(value: Any, where: str) -> None:
        found = _control(_string(value, where, max_len), _CONTROL_BUT_LAYOUT)
        if found is not None:
            raise bad(where, f"holds a control character (U+{ord(found):04X})")
        if required and not value.strip():
            raise bad(where, "is empty")

    return check


def camera_text(value: Any, where: str) -> None:
    """Text read from a file's own metadata: bounded, any character (see the module's note).

    The bound leaves room for the prefix of a reader's error message around a cut value.
    """
    _string(value, where, MAX_VALUE_CHARS + 800)


def pattern(regex: re.Pattern[str], max_len: int = 100) -> Check:
    def check(value: Any, where: str) -> None:
        if regex.fullmatch(_string(value, where, max_len)) is None:
            raise bad(where, "is malformed")

    return check


def one_of(*allowed: str) -> Check:
    def check(value: Any, where: str) -> None:
        if type(value) is not str or value not in allowed:
            raise bad(where, f"is not one of {', '.join(allowed)}")

    return check


def record_id(prefix: str) -> Check:
    """An id as ``humdoc.core.domain.common.new_id`` makes them, with the kind's prefix."""
    return pattern(re.compile(re.escape(prefix) + r"-[0-9a-hjkmnp-tv-z]{10}"))


def integer(low: int, high: int) -> Check:
    def check(value: Any, where: str) -> None:
        if type(value) is not int or not low <= value <= high:
            raise bad(where, f"is not a whole number from {low} to {high}")

    return check


def number(low: float, high: float) -> Check:
    def check(value: Any, where: str) -> None:
        if type(value) not in (int, float) or not math.isfinite(value) or not low <= value <= high:
            raise bad(where, f"is not a number from {low} to {high}")

    return check


def boolean(value: Any, where: str) -> None:
    if type(value) is not bool:
        raise bad(where, "is not true or false")


def optional(check: Check) -> Check:
    def optional_check(value: Any, where: str) -> None:
        if value is not None:
            check(value, where)

    return optional_check


def timestamp(value: Any, where: str) -> None:
    """A moment as humdoc records them (ISO 8601, to the second or finer, maybe with a zone)."""
    pattern(_TIMESTAMP, 40)(value, where)
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise bad(where, "is not a real date and time") from None


def day_or_moment(value: Any, where: str) -> None:
    """What ``optional_date`` stores: ``YYYY-MM-DD`` or a date and time."""
    if type(value) is str and len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise bad(where, "is not a real date") from None
        if not value.isascii():
            raise bad(where, "is not a real date")
        return
    timestamp(value, where)


def any_record_id(*prefixes: str) -> Check:
    """An id of one of several kinds (a custody log is about a testimony or a media item)."""
    return pattern(
        re.compile("(" + "|".join(map(re.escape, prefixes)) + r")-[0-9a-hjkmnp-tv-z]{10}")
    )


sha256 = pattern(_SHA, 64)
person_code = pattern(_CODE, 64)
violation_code = pattern(_VIOLATION, 11)
fingerprint = pattern(_FINGERPRINT, 39)
capture_time = pattern(_CAPTURE_TIME, 40)
metadata_key = pattern(_METADATA_KEY, 100)


# --- containers ----------------------------------------------------------------------------


def list_of(item: Check, max_items: int = MAX_LIST, unique: bool = False) -> Check:
    def check(value: Any, where: str) -> None:
        if type(value) is not list:
            raise bad(where, "is not a list")
        if len(value) > max_items:
            raise bad(where, f"holds more than {max_items} entries")
        for n, entry in enumerate(value):
            item(entry, f"{where}[{n}]")
        if unique and len(set(value)) != len(value):
            raise bad(where, "names an entry twice")

    return check


def fields(schema: Mapping[str, Check], optional_keys: frozenset[str] = frozenset()) -> Check:
    """An object with exactly the keys of ``schema`` (those in ``optional_keys`` may be absent)."""

    def check(value: Any, where: str) -> None:
        if type(value) is not dict:
            raise bad(where, "is not an object")
        unknown = sorted(set(value) - set(schema))
        if unknown:
            shown = unknown[0] if len(unknown[0]) <= 40 else unknown[0][:40] + "…"
            raise bad(where, f"holds an unexpected field {shown!r}")
        for key, field_check in schema.items():
            if key not in value:
                if key in optional_keys:
                    continue
                raise bad(where, f"lacks {key!r}")
            field_check(value[key], f"{where}.{key}")

    return check


def mapping(key: Check, item: Check, max_items: int = MAX_METADATA_ENTRIES) -> Check:
    def check(value: Any, where: str) -> None:
        if type(value) is not dict:
            raise bad(where, "is not an object")
        if len(value) > max_items:
            raise bad(where, f"holds more than {max_items} entries")
        for k, v in value.items():
            key(k, f"{where} (a key)")
            item(v, f"{where}[{k!r}]")

    return check


# --- custody details -----------------------------------------------------------------------

#: Detail fields that hold a SHA-256 wherever they appear.
_DIGEST_DETAILS = frozenset(
    {
        "sha256",
        "sealed_sha256",
        "source_sha256",
        "statement_sha256",
        "bundle_sha256",
        "record_sha256",
        "receipt_sha256",
    }
)
_DETAIL_TEXT = line(1_000)


def _detail_value(value: Any, where: str, depth: int) -> None:
    if value is None or type(value) in (bool, int):
        if type(value) is int and not -(2**63) <= value < 2**63:
            raise bad(where, "is out of range")
        return
    if type(value) is str:
        _DETAIL_TEXT(value, where)
    elif type(value) is list and depth < 3 and len(value) <= 1_000:
        for n, entry in enumerate(value):
            _detail_value(entry, f"{where}[{n}]", depth + 1)
    elif type(value) is dict and depth < 3 and len(value) <= 100:
        for key, entry in value.items():
            pattern(_DETAIL_KEY, 64)(key, f"{where} (a key)")
            _detail_value(entry, f"{where}.{key}", depth + 1)
    else:
        raise bad(where, "is not a value a custody event holds")


def custody_details(value: Any, where: str) -> None:
    """A custody event's details: plain values, lists and objects two levels deep at most, with
    every digest field a SHA-256 (``_check_media`` compares them)."""
    if type(value) is not dict:
        raise bad(where, "is not an object")
    _detail_value(value, where, 0)
    for key in _DIGEST_DETAILS & set(value):
        sha256(value[key], f"{where}.{key}")
