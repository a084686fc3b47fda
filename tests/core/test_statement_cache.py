"""A statement the vault runs again is compiled once, however many others the session ran first.

SQLite calls a connection's authorizer while it compiles a statement, never while it runs one,
so the authorizer counts compilations.
"""

from __future__ import annotations

from typing import Any

import sqlcipher3

from humdoc.core.session import Session


def test_statements_run_in_turn_are_compiled_once_after_many_others(session: Session) -> None:
    db = session.db
    compiled: list[int] = []

    def authorizer(action: int, *_: Any) -> int:
        if action == sqlcipher3.SQLITE_SELECT:  # once per SELECT statement compiled
            compiled.append(action)
        return sqlcipher3.SQLITE_OK

    db.conn.set_authorizer(authorizer)  # expires what was compiled before: counted from here
    # More distinct statements than sqlcipher3 caches by default (100), each run once, as the
    # schema migrations and a session's first actions are.
    for n in range(300):
        db.one(f"SELECT {n:d}")
    turns = [
        f"SELECT id FROM media_items WHERE id = ? AND {n:d} = {n:d}"  # noqa: S608 - a literal
        for n in range(8)
    ]
    compiled.clear()
    for _ in range(5):
        for sql in turns:
            db.one(sql, ("m-none",))
    db.conn.set_authorizer(None)
    # Each statement is compiled once; with sqlcipher3's default cache, each of the 40 runs
    # compiled its statement again.
    assert len(compiled) == len(turns)
