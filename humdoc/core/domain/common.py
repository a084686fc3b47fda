"""Small shared pieces of the domain: ids, clocks, validation."""

from __future__ import annotations

import re
import secrets
from datetime import UTC, date, datetime

from humdoc.core.errors import (
    ControlCharacters,
    EmptyField,
    FieldTooLong,
    InvalidDate,
)

# Crockford's base32 without I, L, O, U: ids read aloud over a bad phone line survive.
_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"


def new_id(prefix: str) -> str:
    """A random id such as ``c-7f3k9q2mxa`` (50 random bits); never derived from content."""
    return prefix + "-" + "".join(secrets.choice(_ALPHABET) for _ in range(10))


def now_iso() -> str:
    """The current UTC time, ISO 8601, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# What the centre refuses in received records (humdoc.core.exchange.schema): refused here, at
# entry, so that nothing a user types makes a bundle the centre will not take.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_BUT_LAYOUT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def refuse_control(value: str, what: str, multiline: bool = False) -> str:
    """``InvalidInput`` if ``value`` holds a control character (for ``multiline`` text, any but
    tab and line breaks) or a lone surrogate; otherwise ``value``."""
    found = (_CONTROL_BUT_LAYOUT if multiline else _CONTROL).search(value)
    if found:
        raise ControlCharacters(what, found.group())
    return value


def require_text(value: str, what: str, max_len: int = 10_000, multiline: bool = False) -> str:
    """Strip ``value``; ``InvalidInput`` if it is empty, longer than ``max_len``, or holds a
    control character (``multiline`` text may hold tabs and line breaks)."""
    value = (value or "").strip()
    if not value:
        raise EmptyField(what)
    if len(value) > max_len:
        raise FieldTooLong(what, max_len)
    return refuse_control(value, what, multiline)


def optional_date(value: str | None, what: str) -> str | None:
    """Validate an ISO date (YYYY-MM-DD) or date-time; None or empty gives None."""
    if not value:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        raise InvalidDate(what, value) from None
