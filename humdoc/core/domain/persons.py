"""Persons: a pseudonym code and a role. Real identities never live here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from humdoc.core.domain.common import new_id, now_iso
from humdoc.core.errors import AlreadyExists, InvalidInput, UnknownPerson
from humdoc.core.vault.database import Database

ROLES = ("witness", "victim", "perpetrator", "source")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")


@dataclass(frozen=True)
class Person:
    id: str
    code: str
    role: str
    created: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def check_code(code: str) -> str:
    """A pseudonym code: 1–32 letters, digits, ``-``, ``_`` or ``.``, so no name fits by accident."""
    code = (code or "").strip()
    if not _CODE.match(code):
        raise InvalidInput(
            f"Pseudonym code {code!r} is not valid: use 1–32 letters, digits, '-', '_' or '.' (e.g. W-017)."
        )
    return code


_INSERT_PERSON = "INSERT INTO persons(id, code, role, created) VALUES (:id, :code, :role, :created)"


def store_received_person(db: Database, person: Person, device_name: str) -> None:
    """Add a person a bundle carried, unless one with that id is here already (inside the
    caller's transaction). Two devices may each have a W-001: a code already taken here gets
    the sending device's name (``W-001@Laptop 2``) to keep the two apart."""
    if db.one("SELECT 1 FROM persons WHERE id = ?", (person.id,)):
        return
    code = person.code
    if db.one("SELECT 1 FROM persons WHERE code = ?", (code,)):
        code = f"{code}@{device_name}"[:64]
    db.execute(_INSERT_PERSON, {**person.__dict__, "code": code})


class Persons:
    """Pseudonymous persons."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, code: str, role: str = "witness") -> Person:
        code = check_code(code)
        if role not in ROLES:
            raise InvalidInput(f"Unknown role {role!r}; use one of {', '.join(ROLES)}.")
        if self.find(code) is not None:
            raise AlreadyExists(f"The pseudonym code {code!r} is already in use.")
        person = Person(new_id("p"), code, role, now_iso())
        with self.db.transaction() as db:
            db.execute(_INSERT_PERSON, person.__dict__)
        return person

    def find(self, code: str) -> Person | None:
        row = self.db.one("SELECT * FROM persons WHERE code = ?", (code,))
        return None if row is None else Person(**dict(row))

    def get(self, person_id: str) -> Person:
        row = self.db.one("SELECT * FROM persons WHERE id = ?", (person_id,))
        if row is None:
            raise UnknownPerson(person_id)
        return Person(**dict(row))

    def ensure(self, code: str, role: str = "witness") -> Person:
        """The person with pseudonym ``code``, created with ``role`` if new."""
        return self.find(check_code(code)) or self.create(code, role)

    def list(self) -> list[Person]:
        return [Person(**dict(r)) for r in self.db.all("SELECT * FROM persons ORDER BY code")]

    def delete(self, person_id: str) -> None:
        """Delete a person who is no longer the witness of any testimony."""
        self.get(person_id)
        used = self.db.one("SELECT count(*) FROM testimonies WHERE witness_id = ?", (person_id,))[0]
        if used:
            raise InvalidInput("This person is the witness of testimonies; delete those first.")
        with self.db.transaction() as db:
            db.execute("DELETE FROM persons WHERE id = ?", (person_id,))
