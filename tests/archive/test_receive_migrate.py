"""``humdoc centre migrate``: a desktop centre vault moved into an archive, custody intact."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from humdoc.core.archive import store
from humdoc.core.archive.devices import ArchiveDevices
from humdoc.core.archive.migrate import CENTRE_REASON, migrate
from humdoc.core.archive.receive import init_store, open_store
from humdoc.core.custody import CustodyEvent, verify_chain
from humdoc.core.errors import InvalidInput
from humdoc.core.vault.kdf import KdfParams
from tests.archive.conftest import PG_PASSWORD, ArchiveFixture
from tests.conftest import PASSPHRASE
from tests.core.exchange_helpers import make_pair


def test_a_centre_vault_moves_with_every_version_medium_and_chain(
    archive: ArchiveFixture, tmp_path: Path
) -> None:
    pair = make_pair(tmp_path)
    centre = pair.centre
    try:
        centre.receiver().receive(pair.export("1.humdoc"))
        pair.field.testimonies.update(pair.testimony_id, statement="Second telling: four men.")
        centre.receiver().receive(pair.export("2.humdoc"))
        centre.devices.revoke("Laptop 1", "seized at the border")
        with archive.open(archive.role("admin1")) as admin:
            for member, duty in (("intake1", "intake"), ("ana1", "analyst")):
                admin.add_member(archive.role(member), duty, PG_PASSWORD, PASSPHRASE,
                                 KdfParams.floor())  # fmt: skip
            init_store(admin, tmp_path / "store")
            with archive.open(archive.role("intake1")) as intake:
                blobs = open_store(intake, tmp_path / "store")
                with pytest.raises(InvalidInput):  # devices need an admin to enrol them
                    migrate(centre, intake, blobs)
                done = migrate(centre, intake, blobs, admin)
                assert (done.bundles, done.devices, done.chains) == (2, 2, 2)
                assert sorted(done.verified) == sorted([pair.testimony_id, pair.media_id])
                again = migrate(centre, intake, blobs, admin)  # only what is missing: nothing
                assert (again.bundles, again.versions, again.media_files) == (0, 0, 0)
        with archive.open(archive.role("ana1")) as ana:
            body = store.read_record(ana.conn, ana.keys, "testimonies", pair.testimony_id)
            assert body["statement"] == "Second telling: four men."
            versions = store.read_versions(ana.conn, ana.keys, "testimonies", pair.testimony_id)
            assert len(versions) == 2
            assert [c.id for c in store.list_records(ana.conn, ana.keys, "cases")] == [pair.case_id]
            media = store.read_record(ana.conn, ana.keys, "media", pair.media_id)
            found = store.read_media(ana.conn, ana.keys, pair.media_id, media["sha256"])
            data = blobs.read_all(found.blob_id, found.file_key, 1 << 26)
            assert hashlib.sha256(data).hexdigest() == media["sha256"]
            devices = ArchiveDevices(ana)
            listed = {d.name: d for d in devices.list()}
            assert listed["Laptop 1"].revoke_reason == "seized at the border"
            own = next(d for d in listed.values() if d.name.startswith("Centre vault"))
            assert own.revoke_reason == CENTRE_REASON
            keys = {d.fingerprint: d.key() for d in listed.values()}
            for item in (pair.testimony_id, pair.media_id):
                events = [
                    CustodyEvent.from_json(e) for e in store.custody(ana.conn, ana.keys, item)
                ]
                assert [e.to_json() for e in events] == [
                    e.to_json() for e in centre.custody.chain(item)
                ]  # the whole chain: the device's entries, the receipts, the revocation
                assert verify_chain(item, events, keys.get) == []
                actions = [e.fields["action"] for e in events]
                assert "received" in actions and "device-revoked" in actions
    finally:
        pair.close()


def test_migrate_on_the_command_line(
    archive: ArchiveFixture, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from humdoc.cli.app import main

    pair = make_pair(tmp_path)
    try:
        pair.centre.receiver().receive(pair.export("1.humdoc"))
    finally:
        pair.close()
    with archive.open(archive.role("admin1")) as admin:
        admin.add_member(archive.role("intake1"), "intake", PG_PASSWORD, PASSPHRASE,
                         KdfParams.floor())  # fmt: skip
        init_store(admin, tmp_path / "store")
    secret = tmp_path / "pass"
    secret.write_bytes(PASSPHRASE)
    args = ["centre", "migrate", str(tmp_path / "centre"),
            "--archive", archive.url(archive.role("intake1")), "--store", str(tmp_path / "store"),
            "--admin", archive.url(archive.role("admin1")),
            "--passphrase-file", str(secret), "--new-passphrase-file", str(secret)]  # fmt: skip
    assert main(args) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert out.startswith("Moved 1 bundle, ") and "(2 verified in the archive)" in out
    assert main([*args, "--json"]) == 0
    assert '"bundles": 0' in capsys.readouterr().out


def test_witness_identities_move_only_with_the_compartment_and_only_protection_reads_them(
    archive: ArchiveFixture, tmp_path: Path
) -> None:
    from humdoc.core.archive.session import NotPermitted
    from humdoc.core.domain.identities import IdentityRecord

    field_ids, centre_ids = b"field identity passphrase", b"centre identity passphrase"
    name = "Name-of-a-witness-7f3a"
    pair = make_pair(tmp_path)
    try:
        t = pair.field.testimonies.add(
            pair.case_id, "W-002", "Saw the vans.", consent="record,share-centre,share-identity"
        )
        pair.field.identities.create(field_ids, KdfParams.floor())
        with pair.field.identities.open(field_ids) as comp:
            comp.set(t.witness_id, IdentityRecord(name, "+1 555 0100", "met at the clinic"))
        out = tmp_path / "ids.humdoc"
        pair.field.exporter.export(
            [pair.case_id], ["Centre"], out, "strip",
            include_identity=True, identity_passphrase=field_ids,
        )  # fmt: skip
        pair.centre.identities.create(centre_ids, KdfParams.floor())
        summary = pair.centre.receiver().receive(out, identity_passphrase=lambda: centre_ids)
        assert summary["identities"] == 1
        with archive.open(archive.role("admin1")) as admin:
            admin.add_member(archive.role("intake1"), "intake", PG_PASSWORD, PASSPHRASE,
                             KdfParams.floor())  # fmt: skip
            init_store(admin, tmp_path / "store")
            with archive.open(archive.role("intake1")) as intake:
                blobs = open_store(intake, tmp_path / "store")
                left = migrate(pair.centre, intake, blobs, admin)
                assert (left.identities, left.identities_left) == (0, 1)
                with pair.centre.identities.open(centre_ids) as comp:
                    moved = migrate(pair.centre, intake, blobs, admin, comp)
                    assert (moved.identities, moved.identities_left) == (1, 0)
                    again = migrate(pair.centre, intake, blobs, admin, comp)
                    assert (again.identities, again.identities_left) == (0, 0)
                with pytest.raises(NotPermitted):  # the mover cannot read back what it moved
                    store.read_identity(intake.conn, intake.keys, t.witness_id)
        with archive.open(archive.role("prot1")) as prot:
            found = store.read_identity(prot.conn, prot.keys, t.witness_id)
            assert found == {"name": name, "contact": "+1 555 0100", "notes": "met at the clinic"}
    finally:
        pair.close()
