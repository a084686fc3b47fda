"""Testimonies, the consent that gates what may leave, violations, incidents and tags."""

from __future__ import annotations

import builtins
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from humdoc.core.domain import search
from humdoc.core.domain.common import new_id, now_iso, optional_date, refuse_control, require_text
from humdoc.core.domain.persons import Persons
from humdoc.core.errors import (
    FieldTooLong,
    InvalidInput,
    UnknownCase,
    UnknownIncident,
    UnknownTestimony,
)
from humdoc.core.vault.database import Database


class CustodyRecorder(Protocol):
    """Where testimony intake and edits are logged (the chain of custody)."""

    def append(self, item_id: str, action: str, details: dict[str, Any]) -> object: ...


#: Consent scopes, by their fixed names.
SCOPES = ("record", "share-centre", "share-accountability", "publish-anonymised", "share-identity")
MAX_STATEMENT = 2_000_000


def parse_scopes(text: str | Iterable[str]) -> tuple[str, ...]:
    """``"record,share-centre"`` → ordered, de-duplicated scopes; ``InvalidInput`` on unknown ones."""
    items = text.split(",") if isinstance(text, str) else list(text)
    scopes = {s.strip() for s in items if s.strip()}
    unknown = sorted(scopes - set(SCOPES))
    if unknown:
        raise InvalidInput(f"Unknown consent scope {unknown[0]!r}; use {', '.join(SCOPES)}.")
    return tuple(s for s in SCOPES if s in scopes)


@dataclass(frozen=True)
class Consent:
    scopes: tuple[str, ...]
    recorded_by: str
    recorded_at: str
    note: str = ""

    def allows(self, scope: str) -> bool:
        return scope in self.scopes

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "scopes": list(self.scopes)}


NO_CONSENT = Consent((), "", "")


@dataclass(frozen=True)
class Testimony:
    id: str
    case_id: str
    witness_id: str
    witness_code: str
    statement: str
    language: str
    interview_date: str | None
    interviewer: str
    created: str
    updated: str
    consent: Consent = NO_CONSENT
    violations: tuple[str, ...] = ()
    incidents: tuple[str, ...] = ()
    tags: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["consent"] = self.consent.to_json()
        for key in ("violations", "incidents", "tags"):
            d[key] = list(d[key])
        return d


class Testimonies:
    """Create, read, update, list and delete testimonies; record consent."""

    def __init__(
        self, db: Database, persons: Persons, custody: CustodyRecorder | None = None
    ) -> None:
        self.db = db
        self.persons = persons
        self.custody = custody

    def add(
        self,
        case_id: str,
        witness_code: str,
        statement: str,
        *,
        language: str = "",
        interview_date: str | None = None,
        interviewer: str = "",
        consent: Iterable[str] = (),
        consent_recorded_by: str = "",
        violations: Iterable[str] = (),
        incidents: Iterable[str] = (),
        tags: Iterable[str] = (),
    ) -> Testimony:
        if self.db.one("SELECT 1 FROM cases WHERE id = ?", (case_id,)) is None:
            raise UnknownCase(case_id)
        statement = require_text(statement, "statement", MAX_STATEMENT, multiline=True)
        scopes = parse_scopes(consent)
        with self.db.transaction() as db:
            witness = self.persons.ensure(witness_code, "witness")
            now = now_iso()
            tid = new_id("t")
            db.execute(
                _INSERT_TESTIMONY,
                (
                    tid,
                    case_id,
                    witness.id,
                    statement,
                    language.strip(),
                    optional_date(interview_date, "interview date"),
                    refuse_control(interviewer.strip(), "interviewer"),
                    now,
                    now,
                ),
            )
            self._record_consent(
                tid, scopes, consent_recorded_by or interviewer or "documenter", ""
            )
            self._set_links(tid, violations, incidents, tags, case_id)
            self._reindex(tid)
            self._log(tid, "intake", statement)
        return self.get(tid)

    def get(self, testimony_id: str) -> Testimony:
        row = self.db.one(
            "SELECT t.*, p.code AS witness_code FROM testimonies t "
            "JOIN persons p ON p.id = t.witness_id WHERE t.id = ?",
            (testimony_id,),
        )
        if row is None:
            raise UnknownTestimony(testimony_id)
        return self._build(dict(row))

    def list(
        self, case_id: str | None = None, offset: int = 0, limit: int = 1000
    ) -> list[Testimony]:
        sql = "SELECT t.*, p.code AS witness_code FROM testimonies t JOIN persons p ON p.id = t.witness_id"
        params: list[Any] = []
        if case_id is not None:
            sql += " WHERE t.case_id = ?"
            params.append(case_id)
        sql += " ORDER BY t.created, t.id LIMIT ? OFFSET ?"
        params += [limit, offset]
        return [self._build(dict(r)) for r in self.db.all(sql, params)]

    def count(self, case_id: str | None = None) -> int:
        if case_id is None:
            return int(self.db.one("SELECT count(*) FROM testimonies")[0])
        return int(self.db.one("SELECT count(*) FROM testimonies WHERE case_id = ?", (case_id,))[0])

    def update(
        self,
        testimony_id: str,
        *,
        statement: str | None = None,
        language: str | None = None,
        interview_date: str | None = None,
        interviewer: str | None = None,
        violations: Iterable[str] | None = None,
        incidents: Iterable[str] | None = None,
        tags: Iterable[str] | None = None,
    ) -> Testimony:
        old = self.get(testimony_id)
        new_statement = (
            require_text(statement, "statement", MAX_STATEMENT, multiline=True)
            if statement is not None
            else old.statement
        )
        with self.db.transaction() as db:
            db.execute(
                "UPDATE testimonies SET statement = ?, language = ?, interview_date = ?, "
                "interviewer = ?, updated = ? WHERE id = ?",
                (
                    new_statement,
                    old.language if language is None else language.strip(),
                    old.interview_date
                    if interview_date is None
                    else optional_date(interview_date, "interview date"),
                    old.interviewer
                    if interviewer is None
                    else refuse_control(interviewer.strip(), "interviewer"),
                    now_iso(),
                    testimony_id,
                ),
            )
            self._set_links(
                testimony_id,
                old.violations if violations is None else violations,
                old.incidents if incidents is None else incidents,
                old.tags if tags is None else tags,
                old.case_id,
            )
            self._reindex(testimony_id)
            if new_statement != old.statement:
                self._log(testimony_id, "edit", new_statement)
        return self.get(testimony_id)

    def record_consent(
        self, testimony_id: str, scopes: Iterable[str], recorded_by: str, note: str = ""
    ) -> Consent:
        """Record the witness's current consent (replacing, not adding to, the earlier one)."""
        self.get(testimony_id)
        parsed = parse_scopes(scopes)
        with self.db.transaction():
            self._record_consent(
                testimony_id, parsed, require_text(recorded_by, "recorder", 200), note
            )
        return self.consent(testimony_id)

    def consent(self, testimony_id: str) -> Consent:
        row = self.db.one(
            "SELECT scopes, recorded_by, recorded_at, note FROM consent_events "
            "WHERE testimony_id = ? ORDER BY id DESC LIMIT 1",
            (testimony_id,),
        )
        if row is None:
            return NO_CONSENT
        return Consent(tuple(s for s in row[0].split(",") if s), row[1], row[2], row[3])

    def consent_history(self, testimony_id: str) -> builtins.list[Consent]:
        rows = self.db.all(
            "SELECT scopes, recorded_by, recorded_at, note FROM consent_events "
            "WHERE testimony_id = ? ORDER BY id",
            (testimony_id,),
        )
        return [Consent(tuple(s for s in r[0].split(",") if s), r[1], r[2], r[3]) for r in rows]

    def delete(self, testimony_id: str) -> None:
        """Delete a testimony; its statement is overwritten in the database and the index."""
        self.get(testimony_id)
        with self.db.transaction() as db:
            search.unindex(db, "testimony", testimony_id)
            db.execute("DELETE FROM tags WHERE kind = 'testimony' AND ref = ?", (testimony_id,))
            db.execute("DELETE FROM testimonies WHERE id = ?", (testimony_id,))

    # --- internals ------------------------------------------------------------------------

    def _log(self, tid: str, action: str, statement: str) -> None:
        if self.custody is not None:
            digest = hashlib.sha256(statement.encode("utf-8")).hexdigest()
            self.custody.append(tid, action, {"statement_sha256": digest})

    def _record_consent(self, tid: str, scopes: tuple[str, ...], by: str, note: str) -> None:
        _add_consent_event(self.db, tid, Consent(scopes, by, now_iso(), note))

    def _set_links(
        self,
        tid: str,
        violations: Iterable[str],
        incidents: Iterable[str],
        tags: Iterable[str],
        case_id: str,
    ) -> None:
        from humdoc.core.domain.taxonomy import load_taxonomy

        taxonomy = load_taxonomy()
        codes = sorted({c.strip() for c in violations if c.strip()})
        for code in codes:
            taxonomy.require(code)
        inc_ids = sorted({i.strip() for i in incidents if i.strip()})
        for inc in inc_ids:
            if (
                self.db.one("SELECT 1 FROM incidents WHERE id = ? AND case_id = ?", (inc, case_id))
                is None
            ):
                raise UnknownIncident(inc, in_case=True)
        clean_tags = sorted({t.strip().lower() for t in tags if t.strip()})
        if any(len(t) > 64 for t in clean_tags):
            raise FieldTooLong("tag", 64)
        _replace_links(self.db, tid, codes, inc_ids, clean_tags)

    def _reindex(self, tid: str) -> None:
        # The title names no person: pseudonym codes are never indexed.
        row = self.db.one(
            "SELECT statement, coalesce(interview_date, substr(created, 1, 10)) FROM testimonies "
            "WHERE id = ?",
            (tid,),
        )
        tags = " ".join(
            r[0]
            for r in self.db.all(
                "SELECT tag FROM tags WHERE kind = 'testimony' AND ref = ?", (tid,)
            )
        )
        search.index(self.db, "testimony", tid, f"Testimony of {row[1]}", row[0], tags)

    def _build(self, row: dict[str, Any]) -> Testimony:
        tid = row["id"]
        violations = tuple(
            r[0]
            for r in self.db.all(
                "SELECT code FROM testimony_violations WHERE testimony_id = ? ORDER BY code", (tid,)
            )
        )
        incidents = tuple(
            r[0]
            for r in self.db.all(
                "SELECT incident_id FROM testimony_incidents WHERE testimony_id = ? ORDER BY incident_id",
                (tid,),
            )
        )
        tags = tuple(
            r[0]
            for r in self.db.all(
                "SELECT tag FROM tags WHERE kind = 'testimony' AND ref = ? ORDER BY tag", (tid,)
            )
        )
        return Testimony(
            **row,
            consent=self.consent(tid),
            violations=violations,
            incidents=incidents,
            tags=tags,
        )


_INSERT_TESTIMONY = (
    "INSERT INTO testimonies(id, case_id, witness_id, statement, language, interview_date, "
    "interviewer, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _add_consent_event(db: Database, tid: str, consent: Consent) -> None:
    db.execute(
        "INSERT INTO consent_events(testimony_id, scopes, recorded_by, recorded_at, note) "
        "VALUES (?, ?, ?, ?, ?)",
        (tid, ",".join(consent.scopes), consent.recorded_by, consent.recorded_at, consent.note),
    )


def _replace_links(
    db: Database, tid: str, codes: Iterable[str], incidents: Iterable[str], tags: Iterable[str]
) -> None:
    """Make the testimony's violations, incidents and tags exactly these (already checked)."""
    db.execute("DELETE FROM testimony_violations WHERE testimony_id = ?", (tid,))
    db.execute("DELETE FROM testimony_incidents WHERE testimony_id = ?", (tid,))
    db.execute("DELETE FROM tags WHERE kind = 'testimony' AND ref = ?", (tid,))
    for code in codes:
        db.execute(
            "INSERT INTO testimony_violations(testimony_id, code) VALUES (?, ?)", (tid, code)
        )
    for inc in incidents:
        db.execute(
            "INSERT INTO testimony_incidents(testimony_id, incident_id) VALUES (?, ?)", (tid, inc)
        )
    for tag in tags:
        db.execute("INSERT INTO tags(kind, ref, tag) VALUES ('testimony', ?, ?)", (tid, tag))


def store_received_testimony(db: Database, t: Testimony) -> None:
    """Show ``t`` as a bundle carried it (inside the caller's transaction): the testimony, its
    violations, tags and the incidents of it this vault holds, a consent event if the consent
    changed, and its search entry. An existing testimony keeps its case, witness and creation.
    ``t.witness_code`` is not stored: the witness is ``t.witness_id``."""
    db.execute(
        _INSERT_TESTIMONY + " ON CONFLICT(id) DO UPDATE SET "
        "statement = excluded.statement, language = excluded.language, "
        "interview_date = excluded.interview_date, interviewer = excluded.interviewer, "
        "updated = excluded.updated",
        (
            t.id,
            t.case_id,
            t.witness_id,
            t.statement,
            t.language,
            t.interview_date,
            t.interviewer,
            t.created,
            t.updated,
        ),
    )
    held = [
        i for i in sorted(set(t.incidents)) if db.one("SELECT 1 FROM incidents WHERE id = ?", (i,))
    ]
    _replace_links(db, t.id, sorted(set(t.violations)), held, sorted(set(t.tags)))
    last = db.one(
        "SELECT scopes FROM consent_events WHERE testimony_id = ? ORDER BY id DESC LIMIT 1",
        (t.id,),
    )
    if last is None or last[0] != ",".join(t.consent.scopes):
        _add_consent_event(db, t.id, t.consent)
    search.index(
        db,
        "testimony",
        t.id,
        f"Testimony of {t.interview_date or t.created[:10]}",
        t.statement,
        " ".join(t.tags),
    )
