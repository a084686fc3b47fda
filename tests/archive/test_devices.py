"""Field devices in the archive: enrolled, listed and revoked by admin, sealed in the database."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from humdoc.core.archive.devices import ArchiveDevices
from humdoc.core.archive.session import NotPermitted
from humdoc.core.bundle.minisign import SigningKey
from humdoc.core.errors import (
    AlreadyExists,
    FieldTooLong,
    InvalidInput,
    UnknownDevice,
    VaultCorrupt,
)
from humdoc.core.vault.kdf import KdfParams
from tests.archive.conftest import PG_PASSWORD, ArchiveFixture
from tests.conftest import PASSPHRASE


def new_key() -> str:
    key = SigningKey.generate()
    try:
        return key.public().to_text()
    finally:
        key.wipe()


def test_enrol_list_revoke(archive: ArchiveFixture) -> None:
    one, two = new_key(), new_key()
    with archive.open(archive.role("admin1")) as admin:
        devices = ArchiveDevices(admin)
        a = devices.enrol("Laptop 1", one)
        b = devices.enrol("Phone 2", "a .pub file's caption line\n" + two)
        assert [d.name for d in devices.list()] == ["Laptop 1", "Phone 2"]
        assert devices.find(a.fingerprint).name == "Laptop 1"
        assert devices.by_key_id(b.key_id) == b
        revoked = devices.revoke("Phone 2", "  lost   at the\tcheckpoint ")
        assert revoked.revoked is not None and revoked.revoke_reason == "lost at the checkpoint"
        assert "lost at the checkpoint" in revoked.revocation()
        with pytest.raises(AlreadyExists):
            devices.revoke("Phone 2")
        with pytest.raises(AlreadyExists):
            devices.enrol("Laptop 9", one)
        with pytest.raises(AlreadyExists):
            devices.enrol("Laptop 1", new_key())
        with pytest.raises(UnknownDevice):
            devices.revoke("Laptop 7")
        with pytest.raises(FieldTooLong):
            devices.revoke("Laptop 1", "x" * 500)
        with pytest.raises(InvalidInput):
            devices.enrol("Laptop 3", "no key in here")
    # every duty sees the devices (the checks need them)
    with archive.open(archive.role("prot1")) as prot:
        listed = ArchiveDevices(prot).list()
        assert [(d.name, d.revoked is not None) for d in listed] == [
            ("Laptop 1", False), ("Phone 2", True)]  # fmt: skip


def test_only_admin_enrols_or_revokes(archive: ArchiveFixture) -> None:
    with archive.open(archive.role("admin1")) as admin:
        admin.add_member(archive.role("in1"), "intake", PG_PASSWORD, PASSPHRASE, KdfParams.floor())
        ArchiveDevices(admin).enrol("Laptop 1", new_key())
    with archive.open(archive.role("in1")) as intake:
        with pytest.raises(NotPermitted):
            ArchiveDevices(intake).enrol("Laptop 2", new_key())
        with pytest.raises(NotPermitted):
            ArchiveDevices(intake).revoke("Laptop 1")
        assert ArchiveDevices(intake).find("Laptop 1").revoked is None


def test_name_and_key_are_sealed_and_a_planted_or_moved_row_is_refused(
    archive: ArchiveFixture,
) -> None:
    key_one, key_two = new_key(), new_key()
    with archive.open(archive.role("admin1")) as admin:
        devices = ArchiveDevices(admin)
        one = devices.enrol("Secret Laptop Name", key_one)
        two = devices.enrol("Other", key_two)
    with psycopg.connect(archive.dba_url, autocommit=True) as dba:
        raw = b"".join(bytes(r[0]) for r in dba.execute("SELECT sealed FROM devices").fetchall())
        assert b"Secret Laptop Name" not in raw
        assert key_one.split()[-1].encode() not in raw
        # the administrator of the database moves one device's seal onto the other's row
        sealed = dba.execute(
            "SELECT sealed FROM devices WHERE fingerprint = %s", (one.fingerprint,)
        ).fetchone()[0]
        dba.execute(
            "UPDATE devices SET sealed = %s WHERE fingerprint = %s", (sealed, two.fingerprint)
        )
    with archive.open(archive.role("admin1")) as admin:
        devices = ArchiveDevices(admin)
        assert devices.by_fingerprint(one.fingerprint) == one
        with pytest.raises(VaultCorrupt):
            devices.by_fingerprint(two.fingerprint)
        with pytest.raises(VaultCorrupt):
            devices.list()


def test_enrol_reads_a_key_file(archive: ArchiveFixture, tmp_path: Path) -> None:
    from humdoc.cli.app import main

    key = tmp_path / "device.pub"
    key.write_text("untrusted comment: minisign public key\n" + new_key() + "\n")
    secret = tmp_path / "pass"
    secret.write_bytes(PASSPHRASE)
    url = archive.url(archive.role("admin1"))
    args = ["--passphrase-file", str(secret)]
    assert main(["centre", "devices", "enrol", "--archive", url, "Laptop 5", str(key), *args]) == 0
    assert main(["centre", "devices", "list", "--archive", url, *args]) == 0
    assert main(["centre", "devices", "revoke", "--archive", url, "Laptop 5", *args]) == 0
    with archive.open(archive.role("admin1")) as admin:
        assert ArchiveDevices(admin).find("Laptop 5").revoked is not None
