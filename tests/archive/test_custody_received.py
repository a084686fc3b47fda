"""The archive's own "received" custody entries: signed by its centre key, in the import's
transaction, and chains that still verify as bundles, receipts and migrations interleave."""

from __future__ import annotations

import subprocess
from pathlib import Path

import psycopg
import pytest

from humdoc.core.archive import store
from humdoc.core.archive.centre import centre_public_key, custody_keys, make_receipt
from humdoc.core.archive.devices import ArchiveDevices
from humdoc.core.archive.migrate import migrate
from humdoc.core.archive.receive import init_store, open_store
from humdoc.core.custody import CustodyEvent, verify_chain
from humdoc.core.exchange.receipts import make_receipt as vault_receipt
from humdoc.core.vault.kdf import KdfParams
from tests.archive.conftest import PG_PASSWORD, ArchiveFixture
from tests.archive.receiving import Intake, age_recipient, intake  # noqa: F401
from tests.conftest import PASSPHRASE
from tests.core.exchange_helpers import make_pair


def chain(w: Intake, item: str) -> list[CustodyEvent]:
    with w.session("ana1") as ana:
        return [CustodyEvent.from_json(e) for e in store.custody(ana.conn, ana.keys, item)]


def test_each_item_gets_the_archives_signed_received_entry(w: Intake) -> None:
    bundle = w.export()
    s, receiver = w.receiver()
    with s:
        summary = receiver.receive(bundle)
        centre = centre_public_key(s).fingerprint()
    for item in (w.testimony_id, w.media_id):
        events = chain(w, item)
        # the chain as carried: the device's, but for the "exported" entry it wrote after
        carried = w.field.custody.chain(item)[:-1]
        assert [e.to_json() for e in events[:-1]] == [e.to_json() for e in carried]
        last = events[-1].fields
        assert last["action"] == "received" and last["device"] == centre
        assert last["actor"] == w.archive.role("intake1")  # the member who received it
        assert last["details"] == {
            "bundle_id": summary["bundle_id"],
            "bundle_sha256": summary["sha256"],
            "bundle_tagmanifest_sha256": summary["identity"],
            "sequence": 1,
            "from_device": w.field.device_keys.fingerprint(),
        }
        assert last["prev"] == carried[-1].hash
        with w.session("ana1") as ana:
            assert verify_chain(item, events, custody_keys(ana)) == []
            only_devices = {d.fingerprint: d.key() for d in ArchiveDevices(ana).list()}
        # the entry is the archive's, checked against its key: without it, it does not verify
        assert verify_chain(item, events, only_devices.get) == [
            f"entry {len(events)} is signed by an unknown device ({centre})"
        ]
    # an expert checks the entry with the minisign tool alone and the archive's public key
    key = w.tmp / "centre.pub"
    with w.session("ana1") as ana:
        key.write_text(centre_public_key(ana).to_text())
    entry, sig = w.tmp / "entry", w.tmp / "entry.minisig"
    entry.write_text(events[-1].entry)
    sig.write_text(events[-1].signature)
    subprocess.run(["minisign", "-Vm", str(entry), "-p", str(key)], check=True, capture_output=True)


def test_later_bundles_interleave_and_every_device_entry_is_kept(w: Intake) -> None:
    s, receiver = w.receiver()
    with s:
        receiver.receive(w.export())
        w.field.testimonies.update(w.testimony_id, statement="Second telling: four men.")
        receiver.receive(w.export())
        receiver.receive(w.export())  # nothing changed: a third bundle, a third entry
    events = chain(w, w.testimony_id)
    carried = {e.hash for e in w.field.custody.chain(w.testimony_id)[:-1]}
    held = {e.hash for e in events}
    assert carried <= held  # no entry of the device lost to the archive's own
    received = [e.fields for e in events if e.fields["action"] == "received"]
    assert [r["details"]["sequence"] for r in received] == [1, 2, 3]
    seqs = [r["device_seq"] for r in received]
    assert seqs == sorted(seqs) and len(set(seqs)) == 3
    with w.session("ana1") as ana:
        assert verify_chain(w.testimony_id, events, custody_keys(ana)) == []


def test_a_failed_import_leaves_no_received_entry(w: Intake) -> None:
    """The entries are written in the import's transaction: a failure after them (here the
    database refusing the witness identity, written last) leaves none of them."""
    bundle = w.export(identity=True)
    with psycopg.connect(w.archive.dba_url, autocommit=True) as dba:
        dba.execute(
            "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION 'refused by the test'; END $$"
        )
        dba.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON identities "
            "FOR EACH ROW EXECUTE FUNCTION refuse()"
        )
    s, receiver = w.receiver()
    with s, pytest.raises(psycopg.errors.RaiseException):
        receiver.receive(bundle)
    assert w.count("custody_events") == 0 and w.count("bundles") == 0


def test_a_moved_vault_chain_goes_on_in_the_archive(
    archive: ArchiveFixture, tmp_path: Path
) -> None:
    """Chains moved from a centre vault keep its entries; a later bundle received by the
    archive adds the device's new entries and the archive's own; the whole chain verifies, and
    a moved bundle's receipt names what the vault's names."""
    pair = make_pair(tmp_path)
    try:
        first = pair.export("1.humdoc")
        pair.centre.receiver().receive(first)
        bundle_id = pair.centre.db.one("SELECT bundle_id FROM received_bundles")[0]
        from_vault = vault_receipt(pair.centre.db, pair.centre.device_keys, bundle_id)
        with archive.open(archive.role("admin1")) as admin:
            admin.add_member(archive.role("intake1"), "intake", PG_PASSWORD, PASSPHRASE,
                             KdfParams.floor())  # fmt: skip
            init_store(admin, tmp_path / "store")
            pair.field.recipients.add("Archive", age_recipient(admin))
            with archive.open(archive.role("intake1")) as intake:
                blobs = open_store(intake, tmp_path / "store")
                migrate(pair.centre, intake, blobs, admin)
                moved = make_receipt(intake, bundle_id)
                from humdoc.core.archive.receive import ArchiveReceiver

                pair.field.testimonies.update(pair.testimony_id, statement="Later: four men.")
                out = tmp_path / "2.humdoc"
                pair.field.exporter.export([pair.case_id], ["Archive"], out, "strip")
                ArchiveReceiver(intake, blobs).receive(out)
                keys = custody_keys(intake)
                own = centre_public_key(intake).fingerprint()
                for item in (pair.testimony_id, pair.media_id):
                    events = [
                        CustodyEvent.from_json(e)
                        for e in store.custody(intake.conn, intake.keys, item)
                    ]
                    assert verify_chain(item, events, keys) == []
                    vault_fp = pair.centre.device_keys.fingerprint()
                    by = [(e.fields["action"], e.fields["device"]) for e in events]
                    assert by.count(("received", vault_fp)) == 1
                    assert by.count(("received", own)) == 1
                    assert by[-1] == ("received", own)
                    field_entries = {e.hash for e in pair.field.custody.chain(item)[:-1]}
                    assert field_entries <= {e.hash for e in events}
        expected = dict(from_vault.fields, centre=moved.fields["centre"])
        assert moved.fields == expected  # the same bundle, time and items; the archive's key
    finally:
        pair.close()
