"""Searching the shared archive: a query's keyed tokens against ``search_docs``.

How words become tokens, and what is indexed, is in ``search_index``; docs/archive.md
("Search") says what a database administrator learns from the tokens. A query that matches at
most ``RANK_LIMIT`` records is ranked by ``ts_rank`` (title and tag matches first); a larger one
returns the newest records first.
"""

from __future__ import annotations

from typing import Any

from humdoc.core.archive import store
from humdoc.core.archive.keys import ArchiveKeys
from humdoc.core.archive.search_index import FIELDS, tsquery_of
from humdoc.core.errors import InvalidInput

MAX_RESULTS = 1000
RANK_LIMIT = 1000

_WHERE = "WHERE d.tokens @@ %(q)s::tsquery"
_BY_KIND = " AND d.kind = %(kind)s"
_BY_CASE = " AND d.case_id = %(case)s"
_RECORD_COLUMNS = "r.kind, r.id, r.case_id, r.device, r.bundle_id, r.rank, r.updated, r.summary_ct"


def search(
    session: Any,
    query: str,
    kind: str | None = None,
    case_id: str | None = None,
    limit: int = 200,
) -> list[store.RecordRow]:
    """The records whose searchable fields hold every word of ``query`` (in any of its forms),
    of ``kind`` and in ``case_id`` if given: ranked by relevance when at most ``RANK_LIMIT``
    match, else newest first. Titles and the rest come from the sealed summaries."""
    from humdoc.core.archive.session import refusals

    if kind is not None and kind not in store.KINDS:
        raise InvalidInput(f"Unknown kind {kind!r}: one of {', '.join(store.KINDS)}.")
    if kind is not None and kind not in FIELDS:
        return []
    limit = max(1, min(int(limit), MAX_RESULTS))
    keys: ArchiveKeys = session.keys
    params = {"q": tsquery_of(keys, query), "kind": kind, "case": case_id, "limit": limit,
              "cap": RANK_LIMIT + 1}  # fmt: skip
    where = _WHERE + (_BY_KIND if kind else "") + (_BY_CASE if case_id else "")
    conn = session.conn
    # Each query is planned with its own tokens (never a generic plan): how many records a token
    # matches decides between the GIN index and a walk down the newest entries.
    with refusals():
        capped = f"SELECT count(*) FROM (SELECT 1 FROM search_docs d {where} LIMIT %(cap)s) c"  # noqa: S608 - constant fragments
        many = conn.execute(capped, params, prepare=False).fetchone()[0] > RANK_LIMIT
        if many:
            sql = (
                f"SELECT {_RECORD_COLUMNS} FROM (SELECT d.kind, d.id, d.n FROM search_docs d "  # noqa: S608
                f"{where} ORDER BY d.n DESC LIMIT %(limit)s) h "
                "JOIN records r ON r.kind = h.kind AND r.id = h.id ORDER BY h.n DESC"
            )
        else:
            sql = (
                f"SELECT {_RECORD_COLUMNS} FROM (SELECT d.kind, d.id, d.n, "  # noqa: S608
                f"ts_rank(d.tokens, %(q)s::tsquery) AS score FROM search_docs d {where} "
                "ORDER BY score DESC, d.n DESC LIMIT %(limit)s) h "
                "JOIN records r ON r.kind = h.kind AND r.id = h.id ORDER BY h.score DESC, h.n DESC"
            )
        rows = conn.execute(sql, params, prepare=False).fetchall()
    return [store._row(keys, r) for r in rows]
