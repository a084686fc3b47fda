"""Revoking a field device (a seized laptop): what it sent stays, marked; what it sends is refused.

Also the key exchange it depends on: the files ``keys export`` writes are what ``devices enrol``
and ``recipients add`` read, and every fingerprint is one string in one form.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from humdoc.core.bundle.format import recipient_fingerprint
from humdoc.core.bundle.minisign import SigningKey, grouped_fingerprint, parse_fingerprint
from humdoc.core.custody import verify_chain
from humdoc.core.device_keys import find_public_key, find_recipient
from humdoc.core.errors import BundleRejected, InvalidInput, NotFound, RevokedDevice
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from humdoc.core.vault.schema import MIGRATIONS, current_version, migrate
from tests.conftest import PASSPHRASE
from tests.core.exchange_helpers import Pair, make_pair, rewrap


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    p = make_pair(tmp_path)
    yield p
    p.close()


def _counts(centre: Session) -> tuple[int, int, int]:
    return (
        int(centre.db.one("SELECT count(*) FROM received_bundles")[0]),
        int(centre.db.one("SELECT count(*) FROM custody_events")[0]),
        len(list(centre.blobs.ids())),
    )


def test_revoked_device_keeps_what_it_sent_marked_and_its_later_bundles_are_refused(
    pair: Pair,
) -> None:
    centre, field = pair.centre, pair.field
    first = pair.export("1.humdoc")
    centre.receiver().receive(first)
    second = pair.export("2.humdoc")  # made before the revocation: refused all the same

    done = centre.devices.revoke("Laptop 1", "seized at the checkpoint")
    assert sorted(done.marked) == sorted([pair.testimony_id, pair.media_id])
    when = done.device.revoked
    assert when is not None and done.device.revoke_reason == "seized at the checkpoint"

    # What it sent before stays, and each delivered item's chain now says it, signed by the centre.
    assert centre.testimonies.get(pair.testimony_id).statement.startswith("First telling")
    own = centre.device_keys.fingerprint()
    for item in (pair.testimony_id, pair.media_id):
        chain = centre.custody.chain(item)
        last = chain[-1].fields
        assert last["action"] == "device-revoked"
        assert last["device"] == own  # appended and signed by the centre, like "received"
        assert last["details"]["device"] == field.device_keys.fingerprint()
        assert last["details"]["reason"] == "seized at the checkpoint"
        assert chain[-2].fields["action"] == "received"
        assert verify_chain(item, chain, centre.receiver()._key_for) == []
        # and the signature is really the centre's: under the field's key it does not verify
        assert verify_chain(
            item, chain, lambda fp: field.device_keys.public_key() if fp == own else None
        )

    before = _counts(centre)
    for bundle in (second, rewrap(second, centre, pair.tmp / "2-rewrapped.humdoc")):
        for check in (centre.receiver().verify, centre.receiver().receive):
            with pytest.raises(BundleRejected) as err:
                check(bundle)
            assert err.value.reason == "revoked-device"
            message = str(err.value)
            assert "Laptop 1" in message and when[:10] in message
            assert "seized at the checkpoint" in message
            assert field.device_keys.fingerprint() in message
            assert "\n" not in message
    assert _counts(centre) == before  # refused before anything was written

    listed = {d.name: d for d in centre.devices.list()}
    assert listed["Laptop 1"].revoked == when
    with pytest.raises(InvalidInput, match="revoked already"):
        centre.devices.revoke("Laptop 1")


def test_revocation_survives_reopening_and_reinstating_needs_to_be_explicit(
    pair: Pair, tmp_path: Path
) -> None:
    centre, field = pair.centre, pair.field
    fp = field.device_keys.fingerprint()
    # by fingerprint typed any way: lower case, no spaces
    centre.devices.revoke(fp.replace(" ", "").lower(), "lost")
    centre.close()
    pair.centre = centre = Session.open(tmp_path / "centre", PASSPHRASE)
    assert centre.devices.find(fp).revoked is not None
    pub = field.device_keys.public_key().to_text()
    with pytest.raises(RevokedDevice, match="Laptop 1"):
        centre.devices.enrol("Laptop 1 again", pub)
    with pytest.raises(RevokedDevice):
        centre.devices.enrol("Laptop 1", pub)
    bundle = pair.export("1.humdoc")
    with pytest.raises(BundleRejected):
        centre.receiver().receive(bundle)
    back = centre.devices.enrol("Laptop 1 returned", pub, reinstate=True)
    assert back.revoked is None and back.fingerprint == fp
    assert centre.receiver().receive(bundle)["device"] == "Laptop 1 returned"


def test_revoke_names_only_enrolled_devices(pair: Pair) -> None:
    with pytest.raises(NotFound):
        pair.centre.devices.revoke("Laptop 9")
    with pytest.raises(NotFound):
        pair.centre.devices.revoke("0000 0000 0000 0000 0000 0000 0000 0000")
    with pytest.raises(InvalidInput, match="too long"):
        pair.centre.devices.revoke("Laptop 1", "x" * 201)
    assert pair.centre.devices.get("Laptop 1").revoked is None


def test_exported_key_files_round_trip_and_keys_show_text_is_accepted(
    pair: Pair, tmp_path: Path
) -> None:
    field, centre = pair.field, pair.centre
    pub_file = tmp_path / "laptop3.pub"
    keys = field.device_keys.export_public_key(pub_file)
    text = pub_file.read_text()
    assert text == field.device_keys.public_key().to_text()
    first, second, end = text.split("\n")
    assert first.startswith("untrusted comment: minisign public key ") and end == ""
    # the file and what 'keys show' prints (captions and all) are the same key
    shown = f"Device signing key (minisign), fingerprint {keys.fingerprint}:\n{text}"
    assert find_public_key(shown).fingerprint() == keys.fingerprint
    assert find_public_key(second).fingerprint() == keys.fingerprint

    # a centre exports its recipient and its own signing key; each is read back
    rec_file = tmp_path / "centre.txt"
    ckeys = centre.device_keys.export_recipient(rec_file)
    assert find_recipient(rec_file.read_text()) == centre.device_keys.age_recipient()
    assert ckeys.age_fingerprint == recipient_fingerprint(ckeys.age_recipient or "")
    other = Session.create(tmp_path / "other-centre", PASSPHRASE, "centre", KdfParams.floor())
    try:
        centre.device_keys.export_public_key(tmp_path / "centre.pub")
        dev = other.devices.enrol("Centre A", (tmp_path / "centre.pub").read_text())
        assert dev.fingerprint == centre.device_keys.fingerprint()
        rec = other.recipients.add("Centre A", rec_file.read_text())
        assert rec.recipient == centre.device_keys.age_recipient()
        assert rec.fingerprint == ckeys.age_fingerprint
    finally:
        other.close()


def test_key_text_that_is_not_exactly_one_key_is_refused(pair: Pair) -> None:
    one = pair.field.device_keys.public_key().to_text()
    two = SigningKey.generate().public().to_text()
    for bad in (
        "",
        base64.b64encode(b"Eh" + bytes(40)).decode(),
        one + two,
        "x" * 70_000,
        one.replace("RW", "Rw"),
    ):
        with pytest.raises(InvalidInput):
            find_public_key(bad)
    age = pair.centre.device_keys.age_recipient()
    for bad in ("", age[:-1], age + "\n" + "age1" + "q" * 58):
        with pytest.raises(InvalidInput):
            find_recipient(bad)


def test_a_second_key_with_an_enrolled_key_id_is_refused_cleanly(pair: Pair) -> None:
    enrolled = pair.field.device_keys.public_key()
    impostor = SigningKey.from_bytes(SigningKey.generate().to_bytes()[:32], enrolled.key_id)
    with pytest.raises(InvalidInput, match="same key id"):
        pair.centre.devices.enrol("Impostor", impostor.public().to_text())


def test_unknown_signer_is_named_by_the_fingerprint_the_device_shows(
    pair: Pair, tmp_path: Path
) -> None:
    stranger = Session.create(tmp_path / "stranger", PASSPHRASE, "field", KdfParams.floor())
    try:
        stranger.recipients.add("Centre", pair.centre.device_keys.age_recipient())
        case = stranger.cases.create("Forged")
        stranger.testimonies.add(case.id, "W-1", "forged", consent="record,share-centre")
        out = tmp_path / "forged.humdoc"
        stranger.exporter.export([case.id], ["Centre"], out)
        with pytest.raises(BundleRejected) as err:
            pair.centre.receiver().receive(out)
        assert err.value.reason == "unknown-device"
        assert stranger.device_keys.fingerprint() in str(err.value)
        assert stranger.device_keys.public_key().key_id_hex() not in str(err.value)
    finally:
        stranger.close()


@given(st.binary(min_size=32, max_size=32))
def test_fingerprints_have_one_form_and_parse_back_however_typed(digest: bytes) -> None:
    fp = grouped_fingerprint(digest)
    assert len(fp) == 39 and fp.count(" ") == 7 and fp == fp.upper()
    assert parse_fingerprint(fp) == fp
    assert parse_fingerprint(fp.replace(" ", "").lower()) == fp
    assert parse_fingerprint(fp.replace(" ", "-")) == fp
    assert parse_fingerprint(fp[:-1]) is None


def test_a_schema_6_centre_is_migrated_and_can_revoke(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import humdoc.core.vault.vault as vault_mod

    field = Session.create(tmp_path / "field", PASSPHRASE, "field", KdfParams.floor())
    monkeypatch.setattr(vault_mod, "migrate", lambda db: migrate(db, target=6))
    old = Session.create(tmp_path / "centre", PASSPHRASE, "centre", KdfParams.floor())
    assert current_version(old.db) == 6
    old.db.execute(  # enrolled as schema 6 wrote it: five columns
        "INSERT INTO devices VALUES (?, ?, 'Laptop 1', ?, '2026-01-01T00:00:00Z')",
        (
            field.device_keys.fingerprint(),
            field.device_keys.public_key().key_id_hex(),
            field.device_keys.public_key().to_text(),
        ),
    )
    field.recipients.add("Centre", old.device_keys.age_recipient())
    old.close()
    monkeypatch.undo()
    try:
        with Session.open(tmp_path / "centre", PASSPHRASE) as centre:
            assert current_version(centre.db) == len(MIGRATIONS) >= 7
            assert centre.devices.get("Laptop 1").revoked is None
            case = field.cases.create("Checkpoint")
            field.testimonies.add(case.id, "W-1", "taken at dawn", consent="record,share-centre")
            field.exporter.export([case.id], ["Centre"], tmp_path / "1.humdoc")
            field.exporter.export([case.id], ["Centre"], tmp_path / "2.humdoc")
            centre.receiver().receive(tmp_path / "1.humdoc")
            done = centre.devices.revoke("Laptop 1", "seized")
            assert len(done.marked) == 1
            with pytest.raises(BundleRejected) as err:
                centre.receiver().receive(tmp_path / "2.humdoc")
            assert err.value.reason == "revoked-device"
            assert json.loads(json.dumps(done.to_json()))["device"]["revoke_reason"] == "seized"
    finally:
        field.close()
