"""Full-text search (FTS5 inside SQLCipher) over non-identifying fields only.

What is indexed: case titles and descriptions, incident titles, descriptions and coarse
locations, testimony statements, and tags. Never pseudonym codes, interviewers, identities, or
anything from the identity compartment. The index has ``secure-delete`` on, so deleted text does
not linger in FTS5's segments.

A witness's pseudonym is still found: a query word that is a whole pseudonym code (``W-014``, in
any case) is looked up in the persons table, not the index, and selects that witness's
testimonies; the other words, if any, must then match those testimonies' text. Part of a code
finds nothing, and the identity compartment is never read.

Each indexed record has a stable integer id in ``search_docs`` that is its FTS rowid, so an
update or delete touches one row. Ranking every match by relevance costs time in proportion to
the number of matches (and SQLCipher's memory security makes that cost high), so a query the
vocabulary says will match more than ``RANK_LIMIT`` records returns the newest matches first,
which FTS5 can stop early for; smaller result sets are ranked by relevance.
"""

from __future__ import annotations

import json
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


def split_pseudonyms(db: Database, text: str) -> tuple[list[str], str]:
    """The pseudonym codes ``text`` names as whole words (their stored spelling) and the rest.

    A word counts only if it equals a person's code, ignoring case; nothing else is looked up.
    """
    codes: list[str] = []
    rest: list[str] = []
    for word in text.split():
        rows = db.all("SELECT code FROM persons WHERE code = ? COLLATE NOCASE", (word,))
        if rows:
            codes += [str(r[0]) for r in rows if r[0] not in codes]
        else:
            rest.append(word)
    return codes, " ".join(rest)


def _witness_hits(db: Database, codes: list[str], limit: int) -> list[SearchHit]:
    """The testimonies of the witnesses ``codes``, newest first, each with its statement's start."""
    rows = db.all(
        "SELECT t.id, coalesce(t.interview_date, substr(t.created, 1, 10)), p.code, "
        "substr(t.statement, 1, 120) FROM testimonies t JOIN persons p ON p.id = t.witness_id "
        "WHERE p.code IN (SELECT value FROM json_each(?)) ORDER BY t.created DESC, t.id LIMIT ?",
        [json.dumps(codes), limit],
    )
    hits = []
    for tid, day, code, start in rows:
        excerpt = " ".join(str(start).split())
        if len(excerpt) > 80:
            excerpt = excerpt[:80].rstrip() + "…"
        hits.append(SearchHit("testimony", tid, f"Testimony of {day}", f"[{code}] {excerpt}"))
    return hits


def search(db: Database, text: str, limit: int = 50, kind: str | None = None) -> list[SearchHit]:
    """The best ``limit`` matches for ``text``: by relevance, or newest first when many match.

    Words that are whole pseudonym codes restrict the result to those witnesses' testimonies
    (see the module's docstring); ``InvalidInput`` if ``text`` holds no word at all.
    """
    limit = max(1, min(limit, MAX_RESULTS))
    codes, rest = split_pseudonyms(db, text)
    if codes and kind not in (None, "testimony"):
        return []
    if codes and not _TOKEN.search(rest):
        return _witness_hits(db, codes, limit)
    query, by_rank = plan_query(db, rest if codes else text)
    sql = (
        "SELECT kind, ref, title, snippet(search_index, 3, '[', ']', '…', 12) "
        "FROM search_index WHERE search_index MATCH ?"
    )
    params: list[object] = [query]
    if codes:
        sql += (
            " AND kind = 'testimony' AND ref IN (SELECT t.id FROM testimonies t JOIN persons p "
            "ON p.id = t.witness_id WHERE p.code IN (SELECT value FROM json_each(?)))"
        )
        params.append(json.dumps(codes))
    elif kind:
        sql += " AND kind = ?"
        params.append(kind)
    sql += " ORDER BY rank LIMIT ?" if by_rank else " ORDER BY rowid DESC LIMIT ?"
    params.append(limit)
    return [SearchHit(r[0], r[1], r[2], r[3]) for r in db.all(sql, params)]
