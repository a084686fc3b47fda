"""Full-text search (FTS5 inside SQLCipher) over non-identifying fields only.

What is indexed: case titles and descriptions, incident titles, descriptions and coarse
locations, testimony statements, and tags. Never pseudonym codes, interviewers, or anything
from the identity compartment. The index table has ``secure-delete`` on, so deleted text does
not linger in FTS5's segments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from humdoc.core.errors import InvalidInput
from humdoc.core.vault.database import Database

MAX_RESULTS = 200


@dataclass(frozen=True)
class SearchHit:
    """One search result: what it is, its id, its title and a short excerpt around the match."""

    kind: str
    ref: str
    title: str
    snippet: str


def index(db: Database, kind: str, ref: str, title: str, body: str, tags: str = "") -> None:
    """Replace the index entry of (kind, ref). Call inside the write's transaction."""
    unindex(db, kind, ref)
    db.execute(
        "INSERT INTO search_index(kind, ref, title, body, tags) VALUES (?, ?, ?, ?, ?)",
        (kind, ref, title, body, tags),
    )


def unindex(db: Database, kind: str, ref: str) -> None:
    """Remove (kind, ref) from the index; its text is overwritten, not just unlinked."""
    db.execute("DELETE FROM search_index WHERE kind = ? AND ref = ?", (kind, ref))


_TOKEN = re.compile(r"\w+", re.UNICODE)


def to_fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word must match, as a prefix.

    FTS5 syntax characters are never passed through, so no input can make the query fail.
    """
    words = _TOKEN.findall(text)
    if not words:
        raise InvalidInput("Type at least one word to search for.")
    return " ".join('"' + w.replace('"', "") + '"*' for w in words[:32])


def search(db: Database, text: str, limit: int = 50, kind: str | None = None) -> list[SearchHit]:
    """The best ``limit`` matches for ``text``, best first."""
    limit = max(1, min(limit, MAX_RESULTS))
    query = to_fts_query(text)
    sql = (
        "SELECT kind, ref, title, snippet(search_index, 3, '[', ']', '…', 12) "
        "FROM search_index WHERE search_index MATCH ?"
    )
    params: list[object] = [query]
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    sql += " ORDER BY rank LIMIT ?"
    params.append(limit)
    return [SearchHit(r[0], r[1], r[2], r[3]) for r in db.all(sql, params)]
