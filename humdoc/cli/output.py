"""Printing results: human-readable text, or exactly one JSON document with --json."""

from __future__ import annotations

import json
import sys
from typing import Any


class Output:
    """Collects what a command prints; ``--json`` mode prints one document at the end."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def emit(self, data: Any, text: str | list[str]) -> None:
        """Print ``data`` as JSON or ``text`` for people."""
        if self.as_json:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
            sys.stdout.write("\n")
        else:
            lines = [text] if isinstance(text, str) else text
            for line in lines:
                print(line)


def table(rows: list[list[str]], headers: list[str]) -> list[str]:
    """A plain-text table with aligned columns."""
    if not rows:
        return ["(none)"]
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows, strict=False)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    out = [fmt.format(*headers).rstrip(), fmt.format(*("-" * w for w in widths)).rstrip()]
    out += [fmt.format(*[str(c) for c in r]).rstrip() for r in rows]
    return out
