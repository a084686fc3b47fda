"""A field device addressed to an archive that enrolled it, for the receiving tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest

from humdoc.core.archive.devices import ArchiveDevices
from humdoc.core.archive.receive import ArchiveReceiver, init_store, open_store
from humdoc.core.archive.session import ArchiveSession
from humdoc.core.domain.identities import IdentityRecord
from humdoc.core.session import Session
from humdoc.core.vault.kdf import KdfParams
from tests.archive.conftest import PG_PASSWORD, ArchiveFixture
from tests.conftest import PASSPHRASE, copy_vault
from tests.core.exchange_helpers import small_png

#: The field vault's identity compartment passphrase in these tests.
FIELD_IDS = b"field identity compartment passphrase"
WITNESS_NAME = "Mariam Haddad"


@dataclass
class Intake:
    """A field vault, the archive it sends to (an intake, an analyst), and the store folder."""

    archive: ArchiveFixture
    field: Session
    store: Path
    case_id: str
    testimony_id: str
    witness_id: str
    media_id: str
    tmp: Path
    n: int = 0

    def export(self, name: str | None = None, identity: bool = False) -> Path:
        self.n += 1
        out = self.tmp / (name or f"b{self.n}.humdoc")
        self.field.exporter.export(
            [self.case_id], ["Archive"], out, "strip",
            include_identity=identity, identity_passphrase=FIELD_IDS if identity else None,
        )  # fmt: skip
        return out

    def session(self, member: str) -> ArchiveSession:
        return self.archive.open(self.archive.role(member))

    def receiver(self) -> tuple[ArchiveSession, ArchiveReceiver]:
        s = self.session("intake1")
        return s, ArchiveReceiver(s, open_store(s, self.store))

    def count(self, table: str) -> int:
        """Rows of an archive table, counted by the database's owner."""
        import psycopg

        assert table.isidentifier()
        with psycopg.connect(self.archive.dba_url) as conn:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608

    def blob_files(self) -> list[Path]:
        return [
            p for p in self.store.rglob("*") if p.is_file() and p.name != "humdoc-archive-store"
        ]


def age_recipient(session: ArchiveSession) -> str:
    secret = session.secret("age-identity").decode().strip()
    return str(pyrage.x25519.Identity.from_str(secret).to_public())


def make_intake(archive: ArchiveFixture, template: Path, tmp: Path) -> Intake:
    """Members ``intake1`` and ``ana1``, the store, a field vault with a case (one testimony with
    consent to share the witness's identity, a photo) enrolled as "Laptop 1"."""
    with archive.open(archive.role("admin1")) as admin:
        for member, duty in (("intake1", "intake"), ("ana1", "analyst")):
            admin.add_member(archive.role(member), duty, PG_PASSWORD, PASSPHRASE, KdfParams.floor())
        init_store(admin, tmp / "store")
        recipient = age_recipient(admin)
        field = Session.open(copy_vault(template, tmp / "field"), PASSPHRASE)
        ArchiveDevices(admin).enrol("Laptop 1", field.device_keys.public_key().to_text())
    field.recipients.add("Archive", recipient)
    case = field.cases.create("Checkpoint", "Detentions at the north checkpoint")
    t = field.testimonies.add(
        case.id, "W-001", "Three men were taken at dawn.",
        consent="record,share-centre,share-identity",
    )  # fmt: skip
    field.identities.create(FIELD_IDS, KdfParams.floor())
    with field.identities.open(FIELD_IDS) as comp:
        comp.set(t.witness_id, IdentityRecord(WITNESS_NAME, "+1 555 0100", "lives near the mill"))
    item = field.media.import_file(case.id, small_png(tmp / "photo.png"), testimony_id=t.id)
    return Intake(archive, field, tmp / "store", case.id, t.id, t.witness_id, item.id, tmp)


@pytest.fixture(name="w")
def intake(archive: ArchiveFixture, new_field_vault: Path, tmp_path: Path) -> Iterator[Intake]:
    made = make_intake(archive, new_field_vault, tmp_path)
    yield made
    made.field.close()
    shutil.rmtree(tmp_path / "field", ignore_errors=True)
