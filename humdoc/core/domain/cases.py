"""Cases (investigations) and the incidents that belong to them."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import Any

from humdoc.core.domain import search
from humdoc.core.domain.common import new_id, now_iso, optional_date, refuse_control, require_text
from humdoc.core.errors import InvalidInput, UnknownCase, UnknownIncident, UnknownPolicy
from humdoc.core.vault.database import Database

STATUSES = ("open", "closed")
POLICIES = ("keep", "evidence", "strip")


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    description: str
    status: str
    policy: str | None
    created: str
    updated: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Incident:
    id: str
    case_id: str
    title: str
    description: str
    occurred_from: str | None
    occurred_to: str | None
    location: str
    created: str
    updated: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Cases:
    """Create, read, update, list and delete cases and incidents."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, title: str, description: str = "", policy: str | None = None) -> Case:
        title = require_text(title, "case title", 500)
        _check_policy(policy)
        now = now_iso()
        case = Case(
            new_id("c"),
            title,
            refuse_control(description.strip(), "description", multiline=True),
            "open",
            policy,
            now,
            now,
        )
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO cases(id, title, description, status, policy, created, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (case.id, case.title, case.description, case.status, policy, now, now),
            )
            search.index(db, "case", case.id, case.title, case.description)
        return case

    def get(self, case_id: str) -> Case:
        row = self.db.one("SELECT * FROM cases WHERE id = ?", (case_id,))
        if row is None:
            raise UnknownCase(case_id)
        return Case(**dict(row))

    def list(self, offset: int = 0, limit: int = 1000) -> list[Case]:
        rows = self.db.all(
            "SELECT * FROM cases ORDER BY created DESC, id LIMIT ? OFFSET ?", (limit, offset)
        )
        return [Case(**dict(r)) for r in rows]

    def count(self) -> int:
        return int(self.db.one("SELECT count(*) FROM cases")[0])

    def update(
        self,
        case_id: str,
        *,
        title: str | None = None,
        description: str | None = None,
        status: str | None = None,
        policy: str | None = "",
    ) -> Case:
        """Change the given fields; ``policy=None`` clears the override, ``""`` leaves it."""
        case = self.get(case_id)
        new_title = require_text(title, "case title", 500) if title is not None else case.title
        new_desc = (
            refuse_control(description.strip(), "description", multiline=True)
            if description is not None
            else case.description
        )
        if status is not None and status not in STATUSES:
            raise InvalidInput(f"Unknown case status {status!r}; use open or closed.")
        new_status = status or case.status
        new_policy = case.policy if policy == "" else policy
        _check_policy(new_policy)
        with self.db.transaction() as db:
            db.execute(
                "UPDATE cases SET title = ?, description = ?, status = ?, policy = ?, updated = ? "
                "WHERE id = ?",
                (new_title, new_desc, new_status, new_policy, now_iso(), case_id),
            )
            search.index(db, "case", case_id, new_title, new_desc)
        return self.get(case_id)

    def delete(self, case_id: str) -> None:
        """Delete a case with its incidents and testimonies; their text is overwritten."""
        self.get(case_id)
        with self.db.transaction() as db:
            for row in db.all("SELECT id FROM testimonies WHERE case_id = ?", (case_id,)):
                search.unindex(db, "testimony", row[0])
                db.execute("DELETE FROM tags WHERE kind = 'testimony' AND ref = ?", (row[0],))
            for row in db.all("SELECT id FROM incidents WHERE case_id = ?", (case_id,)):
                search.unindex(db, "incident", row[0])
            search.unindex(db, "case", case_id)
            db.execute("DELETE FROM cases WHERE id = ?", (case_id,))

    # --- incidents -------------------------------------------------------------------------

    def add_incident(
        self,
        case_id: str,
        title: str,
        description: str = "",
        occurred_from: str | None = None,
        occurred_to: str | None = None,
        location: str = "",
    ) -> Incident:
        self.get(case_id)
        now = now_iso()
        inc = Incident(
            new_id("i"),
            case_id,
            require_text(title, "incident title", 500),
            refuse_control(description.strip(), "description", multiline=True),
            optional_date(occurred_from, "start date"),
            optional_date(occurred_to, "end date"),
            refuse_control(location.strip(), "location"),
            now,
            now,
        )
        with self.db.transaction() as db:
            db.execute(_INSERT_INCIDENT, inc.__dict__)
            search.index(db, "incident", inc.id, inc.title, f"{inc.description}\n{inc.location}")
        return inc

    def incident(self, incident_id: str) -> Incident:
        row = self.db.one("SELECT * FROM incidents WHERE id = ?", (incident_id,))
        if row is None:
            raise UnknownIncident(incident_id)
        return Incident(**dict(row))

    def incidents(self, case_id: str) -> builtins.list[Incident]:
        rows = self.db.all(
            "SELECT * FROM incidents WHERE case_id = ? ORDER BY occurred_from, created", (case_id,)
        )
        return [Incident(**dict(r)) for r in rows]

    def update_incident(
        self,
        incident_id: str,
        *,
        title: str | None = None,
        description: str | None = None,
        occurred_from: str | None = None,
        occurred_to: str | None = None,
        location: str | None = None,
    ) -> Incident:
        """Change the given fields of an incident (``""`` clears a date)."""
        old = self.incident(incident_id)
        new = Incident(
            old.id,
            old.case_id,
            require_text(title, "incident title", 500) if title is not None else old.title,
            old.description
            if description is None
            else refuse_control(description.strip(), "description", multiline=True),
            old.occurred_from
            if occurred_from is None
            else optional_date(occurred_from, "start date"),
            old.occurred_to if occurred_to is None else optional_date(occurred_to, "end date"),
            old.location if location is None else refuse_control(location.strip(), "location"),
            old.created,
            now_iso(),
        )
        with self.db.transaction() as db:
            db.execute(
                "UPDATE incidents SET title = ?, description = ?, occurred_from = ?, "
                "occurred_to = ?, location = ?, updated = ? WHERE id = ?",
                (
                    new.title,
                    new.description,
                    new.occurred_from,
                    new.occurred_to,
                    new.location,
                    new.updated,
                    new.id,
                ),
            )
            search.index(db, "incident", new.id, new.title, f"{new.description}\n{new.location}")
        return new

    def delete_incident(self, incident_id: str) -> None:
        self.incident(incident_id)
        with self.db.transaction() as db:
            search.unindex(db, "incident", incident_id)
            db.execute("DELETE FROM incidents WHERE id = ?", (incident_id,))


_INSERT_INCIDENT = (
    "INSERT INTO incidents(id, case_id, title, description, occurred_from, occurred_to, location, "
    "created, updated) VALUES (:id, :case_id, :title, :description, :occurred_from, "
    ":occurred_to, :location, :created, :updated)"
)


def store_received_case(db: Database, case: Case) -> None:
    """Show ``case`` as a bundle carried it (inside the caller's transaction): insert it, or give
    the one already here the bundle's title, description, status and time of change. The policy
    is the centre's own: a new case has none, an existing one keeps it."""
    db.execute(
        "INSERT INTO cases(id, title, description, status, policy, created, updated) "
        "VALUES (?, ?, ?, ?, NULL, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
        "description = excluded.description, status = excluded.status, updated = excluded.updated",
        (case.id, case.title, case.description, case.status, case.created, case.updated),
    )
    search.index(db, "case", case.id, case.title, case.description)


def store_received_incident(db: Database, inc: Incident) -> None:
    """Show ``inc`` as a bundle carried it: insert it, or update all but its case and creation."""
    db.execute(
        _INSERT_INCIDENT + " ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
        "description = excluded.description, occurred_from = excluded.occurred_from, "
        "occurred_to = excluded.occurred_to, location = excluded.location, "
        "updated = excluded.updated",
        inc.__dict__,
    )
    search.index(db, "incident", inc.id, inc.title, f"{inc.description}\n{inc.location}")


def _check_policy(policy: str | None) -> None:
    if policy is not None and policy not in POLICIES:
        raise UnknownPolicy(policy)
