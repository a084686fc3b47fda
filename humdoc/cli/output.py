"""Printing results: human-readable text, or exactly one JSON document with --json.

Everything the command line prints passes through here (and ``app.py``'s one-line errors through
``safe_text``), because much of it is not ours: case titles, statements, codes, metadata read
from a photo and error messages quoting a received bundle all come from records another device
wrote. Characters a terminal would act on are shown as visible escapes instead (``\\x1b``,
``\\u202e``): C0 and C1 control characters and DEL (colours, cursor moves, a title that rewrites
the line above it), bidirectional overrides and isolates (text that displays reordered), and
lone surrogates (which no terminal encoding can write). Line feeds and tabs stay in free text;
in one-line places (table cells, error messages) they are escaped too. The data is unchanged:
only what reaches the terminal is.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

# C0 but tab and line feed, DEL and C1, bidi embeddings/overrides and isolates, surrogates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# What json.dumps(ensure_ascii=False) leaves raw: DEL, C1, bidi controls, lone surrogates.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def safe_text(text: str, one_line: bool = False) -> str:
    """``text`` fit for a terminal: every unsafe character (see the module's note) escaped.

    With ``one_line``, line breaks and tabs are escaped as well, so the result is one line.
    """
    return (_UNSAFE_ONE_LINE if one_line else _UNSAFE).sub(_escape, text)


def safe_json(data: Any) -> str:
    """``data`` as indented JSON holding no character a terminal acts on.

    JSON already escapes C0 controls; the rest are written as ``\\uXXXX`` escapes, which any
    JSON reader decodes back to the very same characters.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    return _UNSAFE_IN_JSON.sub(_json_escape, text)


class Output:
    """Collects what a command prints; ``--json`` mode prints one document at the end."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def emit(self, data: Any, text: str | list[str]) -> None:
        """Print ``data`` as JSON or ``text`` for people, made safe for a terminal either way."""
        if self.as_json:
            sys.stdout.write(safe_json(data) + "\n")
        else:
            lines = [text] if isinstance(text, str) else text
            for line in lines:
                print(safe_text(line))


def table(rows: list[list[str]], headers: list[str]) -> list[str]:
    """A plain-text table with aligned columns; each cell is shown on one line, made safe."""
    if not rows:
        return ["(none)"]
    cells = [[safe_text(str(c), one_line=True) for c in r] for r in rows]
    widths = [max(len(c) for c in col) for col in zip(headers, *cells, strict=False)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    out = [fmt.format(*headers).rstrip(), fmt.format(*("-" * w for w in widths)).rstrip()]
    out += [fmt.format(*r).rstrip() for r in cells]
    return out


def counted(n: int, one: str, many: str) -> str:
    """``n`` with the English noun it counts: ``1 testimony``, ``2 testimonies``, ``0 cases``."""
    return f"{n} {one if n == 1 else many}"
