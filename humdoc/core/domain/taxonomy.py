"""The violation taxonomy shipped in resources/taxonomy/violations.json (HURIDOCS-style)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from humdoc.core.errors import InvalidInput, VaultCorrupt
from humdoc.core.resources import resources_dir


@dataclass(frozen=True)
class Violation:
    code: str
    label: str
    parent: str | None


@dataclass(frozen=True)
class Taxonomy:
    version: int
    items: tuple[Violation, ...]

    def get(self, code: str) -> Violation | None:
        return next((v for v in self.items if v.code == code), None)

    def require(self, code: str) -> Violation:
        """The entry for ``code``; ``InvalidInput`` if the taxonomy has no such code."""
        found = self.get(code)
        if found is None:
            raise InvalidInput(f"Unknown violation code {code!r}; see 'humdoc taxonomy'.")
        return found

    def children(self, parent: str | None) -> list[Violation]:
        return [v for v in self.items if v.parent == parent]


@functools.cache
def load_taxonomy() -> Taxonomy:
    """Load and check the shipped taxonomy (cached)."""
    path = resources_dir() / "taxonomy" / "violations.json"
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        items = tuple(Violation(i["code"], i["label"], i.get("parent")) for i in doc["items"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise VaultCorrupt(f"The shipped violation taxonomy cannot be read ({path.name}).") from exc
    codes = {v.code for v in items}
    if len(codes) != len(items) or any(v.parent and v.parent not in codes for v in items):
        raise VaultCorrupt("The shipped violation taxonomy is inconsistent.")
    return Taxonomy(int(doc.get("version", 1)), items)
