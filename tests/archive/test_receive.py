"""Field vault → bundle → shared archive: every check a centre vault makes, one import each."""

from __future__ import annotations

import hashlib
import os
import subprocess
import time
from pathlib import Path

import psycopg
import pytest

from humdoc.core.archive import store
from humdoc.core.archive.centre import custody_keys
from humdoc.core.archive.devices import ArchiveDevices
from humdoc.core.archive.receive import ArchiveReceiver, init_store, open_store, sweep
from humdoc.core.archive.session import NotPermitted
from humdoc.core.blobs import BlobStore
from humdoc.core.custody import CustodyEvent, verify_chain
from humdoc.core.errors import AlreadyExists, BundleRejected, InvalidInput, VaultCorrupt
from humdoc.core.session import Session
from humdoc.core.vault.kdf import KdfParams
from tests.archive.receiving import WITNESS_NAME, Intake, age_recipient, intake  # noqa: F401
from tests.conftest import PASSPHRASE

MAX = 64 * 1024 * 1024


def nothing_imported(w: Intake) -> None:
    for table in ("bundles", "bundle_copies", "records", "record_versions", "media_files",
                  "custody_events", "identities"):  # fmt: skip
        assert w.count(table) == 0, table
    assert w.blob_files() == []


def test_round_trip_analyst_reads_protection_alone_sees_the_identity(w: Intake) -> None:
    out = w.export(identity=True)
    s, receiver = w.receiver()
    with s:
        summary = receiver.receive(out)
        assert summary["already_received"] is False
        assert (summary["cases"], summary["testimonies"], summary["media"]) == (1, 1, 1)
        assert summary["identities"] == 1
        # intake added the identity but cannot read it back, neither by humdoc nor by SQL
        with pytest.raises(NotPermitted):
            store.read_identity(s.conn, s.keys, w.witness_id)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            s.conn.execute("SELECT sealed FROM identities").fetchall()
    with w.session("ana1") as ana:
        cases = store.list_records(ana.conn, ana.keys, "cases")
        assert [c.id for c in cases] == [w.case_id]
        assert cases[0].summary["title"] == "Checkpoint"
        body = store.read_record(ana.conn, ana.keys, "testimonies", w.testimony_id)
        assert body["statement"] == "Three men were taken at dawn."
        media = store.read_record(ana.conn, ana.keys, "media", w.media_id)
        found = store.read_media(ana.conn, ana.keys, w.media_id, media["sha256"])
        data = BlobStore(w.store).read_all(found.blob_id, found.file_key, MAX)
        assert hashlib.sha256(data).hexdigest() == media["sha256"] and len(data) == media["size"]
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        keys = custody_keys(ana)  # the enrolled devices' and the archive's own centre key
        for item in (w.testimony_id, w.media_id):
            events = [CustodyEvent.from_json(e) for e in store.custody(ana.conn, ana.keys, item)]
            assert events and verify_chain(item, events, keys) == []
            assert events[-1].fields["action"] == "received"
        with pytest.raises(NotPermitted):
            store.read_identity(ana.conn, ana.keys, w.witness_id)
    with w.session("prot1") as prot:
        ident = store.read_identity(prot.conn, prot.keys, w.witness_id)
        assert ident["name"] == WITNESS_NAME
    # nothing of the statement or the name is readable in the database or the store
    dump = _dump(w)
    for secret in (b"Three men were taken", WITNESS_NAME.encode(), b"Checkpoint"):
        assert secret not in dump
        assert all(secret not in p.read_bytes() for p in w.blob_files())


def _dump(w: Intake) -> bytes:
    """Every table of the archive as ``pg_dump`` writes it (what a stolen dump holds)."""
    from tests import pgserver

    pg_dump = str(pgserver._bindir() / "pg_dump")
    return subprocess.run(
        [pg_dump, "--data-only", w.archive.dba_url], check=True, capture_output=True
    ).stdout


def test_same_bundle_twice_and_a_rewrapped_copy_are_already_received(w: Intake) -> None:
    out = w.export()
    s, receiver = w.receiver()
    with s:
        receiver.receive(out)
        blobs = w.blob_files()
        again = receiver.receive(out)
        assert again["already_received"] is True
        copy = w.tmp / "copy.humdoc"
        key = w.tmp / "age.key"
        key.write_bytes(s.secret("age-identity"))
        plain = subprocess.run(["age", "-d", "-i", str(key), str(out)], check=True,
                               capture_output=True).stdout  # fmt: skip
        key.unlink()
        subprocess.run(["age", "-r", age_recipient(s), "-o", str(copy)], input=plain, check=True)
        assert receiver.receive(copy)["already_received"] is True
    assert w.count("bundles") == 1 and w.count("bundle_copies") == 2
    assert w.count("records") == 4  # case, person, testimony, media
    assert w.blob_files() == blobs  # the copies' spooled files were discarded


def test_a_newer_bundle_becomes_current_an_older_one_arriving_later_does_not(w: Intake) -> None:
    first = w.export()
    w.field.testimonies.update(w.testimony_id, statement="Second telling: four men.")
    second = w.export()
    s, receiver = w.receiver()
    with s:
        summary = receiver.receive(second)
        assert summary["missing"] == [[1, 1]]
        late = receiver.receive(first)
        assert ("testimony", w.testimony_id) in {
            (o["kind"], o["id"]) for o in late["older_versions"]
        }
    with w.session("ana1") as ana:
        body = store.read_record(ana.conn, ana.keys, "testimonies", w.testimony_id)
        assert body["statement"] == "Second telling: four men."
        versions = store.read_versions(ana.conn, ana.keys, "testimonies", w.testimony_id)
        assert [v["body"]["statement"] for v in versions] == [
            "Second telling: four men.", "Three men were taken at dawn."]  # fmt: skip


def test_tampered_and_truncated_bundles_are_refused_and_leave_nothing(w: Intake) -> None:
    data = w.export().read_bytes()
    s, receiver = w.receiver()
    with s:
        for n, offset in enumerate([30, len(data) // 2, len(data) - 1]):
            bad = w.tmp / f"flip{n}.humdoc"
            mutated = bytearray(data)
            mutated[offset] ^= 0x01
            bad.write_bytes(bytes(mutated))
            with pytest.raises(BundleRejected):
                receiver.receive(bad)
        cut = w.tmp / "cut.humdoc"
        cut.write_bytes(data[: len(data) // 2])
        with pytest.raises(BundleRejected):
            receiver.receive(cut)
    nothing_imported(w)


def test_replayed_sequence_number_is_refused(w: Intake) -> None:
    s, receiver = w.receiver()
    with s:
        receiver.receive(w.export())
        w.field.db.execute("DELETE FROM exports")  # a restored copy of the device reuses no. 1
        w.field.testimonies.update(w.testimony_id, statement="A different story.")
        with pytest.raises(BundleRejected) as err:
            receiver.receive(w.export())
        assert err.value.reason == "replay" and "sequence number 1" in str(err.value)
    assert w.count("bundles") == 1
    with w.session("ana1") as ana:
        body = store.read_record(ana.conn, ana.keys, "testimonies", w.testimony_id)
        assert body["statement"] == "Three men were taken at dawn."


def test_fork_is_refused(w: Intake) -> None:
    s, receiver = w.receiver()
    with s:
        receiver.receive(w.export())
        w.field.db.execute(
            "UPDATE exports SET tagmanifest_sha256 = ? WHERE sequence = 1", ("ab" * 32,)
        )
        with pytest.raises(BundleRejected) as err:
            receiver.receive(w.export())
        assert err.value.reason == "fork"
    assert w.count("bundles") == 1


def test_unenrolled_device_is_refused(w: Intake, tmp_path: Path) -> None:
    stranger = Session.create(tmp_path / "stranger", PASSPHRASE, "field", KdfParams.floor())
    s, receiver = w.receiver()
    with s:
        stranger.recipients.add("Archive", age_recipient(s))
        case = stranger.cases.create("Forged case")
        stranger.testimonies.add(case.id, "W-1", "forged", consent="record,share-centre")
        out = tmp_path / "forged.humdoc"
        stranger.exporter.export([case.id], ["Archive"], out)
        stranger.close()
        with pytest.raises(BundleRejected) as err:
            receiver.receive(out)
        assert err.value.reason == "unknown-device"
    nothing_imported(w)


def test_revoked_device_is_refused_what_it_sent_before_stays(w: Intake) -> None:
    s, receiver = w.receiver()
    with s:
        receiver.receive(w.export())
        later = w.export()
        with w.session("admin1") as admin:
            ArchiveDevices(admin).revoke("Laptop 1", "laptop seized at the border")
        with pytest.raises(BundleRejected) as err:
            receiver.receive(later)
        assert err.value.reason == "revoked-device"
        assert "laptop seized at the border" in str(err.value)
    assert w.count("bundles") == 1 and w.count("records") == 4


def test_a_device_planted_by_the_database_administrator_is_refused(w: Intake) -> None:
    """Someone with the database but not the archive key adds a device row: never trusted."""
    fp = w.field.device_keys.fingerprint()
    key_id = w.field.device_keys.public_key().key_id_hex()
    with psycopg.connect(w.archive.dba_url, autocommit=True) as dba:
        dba.execute("DELETE FROM devices")
        dba.execute(
            "INSERT INTO devices(fingerprint, key_id, sealed) VALUES (%s, %s, %s)",
            (fp, key_id, os.urandom(80)),
        )
    s, receiver = w.receiver()
    with s, pytest.raises(VaultCorrupt):
        receiver.receive(w.export())
    nothing_imported(w)


def test_an_identity_without_consent_is_refused(w: Intake) -> None:
    from tests.core.bundle_tamper import resigned

    out = w.export(identity=True)

    class Key:  # ``resigned`` decrypts with what a centre vault's ``device_keys`` gives
        def __init__(self, secret: str) -> None:
            self.secret = secret

        def age_identity(self) -> str:
            return self.secret

        def age_recipient(self) -> str:
            import pyrage

            return str(pyrage.x25519.Identity.from_str(self.secret).to_public())

    class Archive:
        device_keys: Key

    s, receiver = w.receiver()
    with s:
        centre = Archive()
        centre.device_keys = Key(s.secret("age-identity").decode().strip())

        def no_consent(rel: str, data: bytes) -> bytes:
            if rel == "records/testimonies.json":
                return data.replace(b"share-identity", b"share-nothing")
            return data

        bad = resigned(out, w.field, centre, no_consent, w.tmp / "bad.humdoc")  # type: ignore[arg-type]
        with pytest.raises(BundleRejected) as err:
            receiver.receive(bad)
        assert err.value.reason == "bad-records"
    nothing_imported(w)


def test_only_intake_receives_and_only_into_its_own_store(w: Intake) -> None:
    with w.session("ana1") as ana, pytest.raises(NotPermitted):
        ArchiveReceiver(ana, open_store(ana, w.store))
    with w.session("intake1") as s:
        other = w.tmp / "elsewhere"
        other.mkdir()
        with pytest.raises(InvalidInput):
            open_store(s, other)
        with pytest.raises(NotPermitted):
            init_store(s, other)
    with w.session("admin1") as admin:
        with pytest.raises(AlreadyExists):
            init_store(admin, other)
        assert init_store(admin, w.store)  # the same folder again is fine


def test_unfinished_export_is_refused(w: Intake) -> None:
    partial = w.tmp / ".tmp-0123456789abcdef"
    partial.write_bytes(b"x" * 100)
    s, receiver = w.receiver()
    with s, pytest.raises(BundleRejected) as err:
        receiver.receive(partial)
    assert err.value.reason == "unfinished"


def test_sweep_deletes_only_old_orphans(w: Intake) -> None:
    s, receiver = w.receiver()
    with s:
        receiver.receive(w.export())
        kept = set(BlobStore(w.store).ids())
        with BlobStore(w.store).writer() as orphan:
            orphan.write(b"left by a receiver killed mid-import")
        assert sweep(s, BlobStore(w.store)) == 0  # young: may belong to an import running now
        path = w.store / orphan.blob_id[:2] / orphan.blob_id
        old = time.time() - 7200
        os.utime(path, (old, old))
        assert sweep(s, BlobStore(w.store)) == 1
        assert set(BlobStore(w.store).ids()) == kept
