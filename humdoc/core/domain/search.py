"""Full-text search (FTS5 inside SQLCipher) over non-identifying fields only.

What is indexed: case titles and descriptions, incident titles, descriptions and coarse
locations, testimony statements, and tags. Never pseudonym codes, interviewers, identities, or
anything from the identity compartment. The index has ``secure-delete`` on, so deleted text does
not linger in FTS5's segments.

Each indexed record has a stable integer id in ``search_docs`` that is its FTS rowid, so an
update or delete touches one row. Ranking every match by relevance costs time in proportion to
the number of matches (and SQLCipher's memory security makes that cost high), so a query the
vocabulary says will match more than ``RANK_LIMIT`` records returns the newest matches first,
which FTS5 can stop early for; smaller result sets are ranked by relevance.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from humdoc.core.errors import InvalidInput
from humdoc.core.vault.database import Database

MAX_RESULTS = 200
RANK_LIMIT = 1000
#: Prefix lengths with their own FTS5 prefix index (see schema V5).
INDEXED_PREFIXES = range(2, 7)


@dataclass(frozen=True)
class SearchHit:
    """One search result: what it is, its id, its title and a short excerpt around the match."""

    kind: str
    ref: str
    title: str
    snippet: str


def index(db: Database, kind: str, ref: str, title: str, body: str, tags: str = "") -> None:
    """Replace the index entry of (kind, ref). Call inside the write's transaction."""
    row = db.one("SELECT id FROM search_docs WHERE kind = ? AND ref = ?", (kind, ref))
    if row is None:
        rowid = db.execute(
            "INSERT INTO search_docs(kind, ref) VALUES (?, ?)", (kind, ref)
        ).lastrowid
    else:
        rowid = row[0]
        db.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
    db.execute(
        "INSERT INTO search_index(rowid, kind, ref, title, body, tags) VALUES (?, ?, ?, ?, ?, ?)",
        (rowid, kind, ref, title, body, tags),
    )


def unindex(db: Database, kind: str, ref: str) -> None:
    """Remove (kind, ref) from the index; its text is overwritten, not just unlinked."""
    row = db.one("SELECT id FROM search_docs WHERE kind = ? AND ref = ?", (kind, ref))
    if row is not None:
        db.execute("DELETE FROM search_index WHERE rowid = ?", (row[0],))
        db.execute("DELETE FROM search_docs WHERE id = ?", (row[0],))


_TOKEN = re.compile(r"\w+", re.UNICODE)


def _fold(word: str) -> str:
    """The form unicode61 (remove_diacritics 2) stores a word in: lower case, no diacritics."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words_of(text: str) -> list[str]:
    """The words of what a user typed, folded; ``InvalidInput`` if there is none."""
    words = [_fold(w) for w in _TOKEN.findall(text)][:32]
    words = [w for w in words if w]
    if not words:
        raise InvalidInput("Type at least one word to search for.")
    return words


def plan_query(db: Database, text: str) -> tuple[str, bool]:
    """The FTS5 query for ``text`` and whether to rank by relevance.

    Each word matches as a prefix, except where that would be slow and pointless: a one-letter
    word, or a long word that is itself a frequent term (its prefix would add little but cost a
    full merge), matches exactly.
    """
    terms: list[str] = []
    estimate: int | None = None
    for word in words_of(text):
        exact = _doc_count(db, word)
        if len(word) == 1 or (len(word) not in INDEXED_PREFIXES and exact > RANK_LIMIT):
            terms.append(f'"{word}"')
            count = exact
        else:
            terms.append(f'"{word}"*')
            count = _prefix_count(db, word)
        estimate = count if estimate is None else min(estimate, count)
    return " ".join(terms), (estimate or 0) <= RANK_LIMIT


def _doc_count(db: Database, term: str) -> int:
    row = db.one("SELECT doc FROM search_vocab WHERE term = ?", (term,))
    return int(row[0]) if row else 0


def _prefix_count(db: Database, prefix: str) -> int:
    # Summing per-term counts overestimates (a record may hold several terms); fine for a choice.
    row = db.one(
        "SELECT coalesce(sum(doc), 0) FROM search_vocab WHERE term >= ? AND term < ?",
        (prefix, prefix + "\U0010ffff"),
    )
    return int(row[0])


def search(db: Database, text: str, limit: int = 50, kind: str | None = None) -> list[SearchHit]:
    """The best ``limit`` matches for ``text``: by relevance, or newest first when many match."""
    limit = max(1, min(limit, MAX_RESULTS))
    query, by_rank = plan_query(db, text)
    sql = (
        "SELECT kind, ref, title, snippet(search_index, 3, '[', ']', '…', 12) "
        "FROM search_index WHERE search_index MATCH ?"
    )
    params: list[object] = [query]
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    sql += " ORDER BY rank LIMIT ?" if by_rank else " ORDER BY rowid DESC LIMIT ?"
    params.append(limit)
    return [SearchHit(r[0], r[1], r[2], r[3]) for r in db.all(sql, params)]
