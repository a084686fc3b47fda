"""A real PostgreSQL server for the archive tests (one per test worker), a fresh database and
archive per test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from humdoc.core.archive.session import ArchiveSession, create_archive
from humdoc.core.vault.kdf import KdfParams
from tests import pgserver
from tests.conftest import PASSPHRASE

_numbers = itertools.count()
#: Each member's PostgreSQL password in the tests (the humdoc passphrase is PASSPHRASE).
PG_PASSWORD = "pg-password-of-the-tests"


@pytest.fixture(scope="session")
def pg() -> Iterator[pgserver.PgServer]:
    with pgserver.running() as server:
        yield server


@dataclass
class ArchiveFixture:
    server: pgserver.PgServer
    database: str

    @property
    def dba_url(self) -> str:
        return self.server.url(database=self.database)

    def url(self, role: str) -> str:
        return self.server.url(role, self.database, PG_PASSWORD)

    def open(self, role: str, passphrase: bytes = PASSPHRASE) -> ArchiveSession:
        return ArchiveSession.open(self.url(role), passphrase)

    def role(self, name: str) -> str:
        """The cluster-wide role name of member ``name`` in this archive."""
        return f"{self.database}_{name}"


def new_archive(pg: pgserver.PgServer) -> ArchiveFixture:
    """A new archive with an admin (``<db>_admin1``) and a protection officer (``<db>_prot1``)."""
    import os

    name = f"arc{os.getpid()}_{next(_numbers)}"
    pg.create_database(name)
    made = ArchiveFixture(pg, name)
    create_archive(
        made.dba_url,
        (made.role("admin1"), PG_PASSWORD, PASSPHRASE),
        (made.role("prot1"), PG_PASSWORD, PASSPHRASE),
        params=KdfParams.floor(),
    )
    return made


@pytest.fixture
def archive(pg: pgserver.PgServer) -> ArchiveFixture:
    """A new archive for this test alone (see ``new_archive``)."""
    return new_archive(pg)


@pytest.fixture(scope="module")
def module_archive(pg: pgserver.PgServer) -> ArchiveFixture:
    """One archive for every test of a module that only reads it, or is refused."""
    return new_archive(pg)
