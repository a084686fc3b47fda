"""Witness identities in bundles: only with the exporter's flag and the witness's consent, checked
again by the centre, imported only into the centre's own identity compartment."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

import pytest

from humdoc.core.bundle import FIRST_BUNDLE, MemorySpool, PublicKey, open_bundle, write_bundle
from humdoc.core.domain.identities import IdentityRecord
from humdoc.core.errors import BundleRejected, InvalidInput, NotFound, WrongPassphrase
from humdoc.core.exchange import export as export_mod
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE, copy_vault
from tests.core.test_no_plaintext import assert_absent

FIELD_IDS = b"field identity passphrase"
CENTRE_IDS = b"centre identity passphrase"


@dataclass
class World:
    field: Session
    centre: Session
    case_id: str
    consenting: str  # person ids
    refusing: str
    withheld: str
    names: dict[str, str]  # person id -> planted name
    tmp: Path


@pytest.fixture
def world(tmp_path: Path, new_field_vault: Path, new_centre_vault: Path) -> Iterator[World]:
    field = Session.open(copy_vault(new_field_vault, tmp_path / "field"), PASSPHRASE)
    centre = Session.open(copy_vault(new_centre_vault, tmp_path / "centre"), PASSPHRASE)
    field.recipients.add("Centre", centre.device_keys.age_recipient())
    centre.devices.enrol("Laptop 1", field.device_keys.public_key().to_text())
    case = field.cases.create("Detentions")
    yes = field.testimonies.add(
        case.id, "W-1", "Taken at night.", consent="record,share-centre,share-identity"
    )
    no = field.testimonies.add(case.id, "W-2", "Held three days.", consent="record,share-centre")
    kept = field.testimonies.add(case.id, "W-3", "Keep this here.", consent="record,share-identity")
    field.identities.create(FIELD_IDS, KdfParams.floor())
    names = {}
    with field.identities.open(FIELD_IDS) as comp:
        for t in (yes, no, kept):
            names[t.witness_id] = f"Name{secrets.token_hex(6)}"
            comp.set(t.witness_id, IdentityRecord(names[t.witness_id], "+1 555 0100", "notes"))
    w = World(
        field, centre, case.id, yes.witness_id, no.witness_id, kept.witness_id, names, tmp_path
    )
    yield w
    field.close()
    centre.close()


def payload(w: World, path: Path) -> dict[str, bytes]:
    """Every payload file of a bundle, decrypted in memory with the centre's key."""

    def lookup(key_id: str) -> PublicKey | None:
        dev = w.centre.devices.by_key_id(key_id)
        return None if dev is None else dev.key()

    bag = open_bundle(path, [w.centre.device_keys.age_identity()], lookup, MemorySpool())
    try:
        out = {}
        for rel in bag.files:
            with bag.open(rel) as fh:
                out[rel] = fh.read()
        return out
    finally:
        bag.discard()


def export(w: World, name: str, **kw: object) -> export_mod.ExportResult:
    return w.field.exporter.export([w.case_id], ["Centre"], w.tmp / name, **kw)  # type: ignore[arg-type]


def nothing_received(w: World) -> None:
    assert w.centre.cases.list() == []
    assert w.centre.persons.list() == []
    assert list(w.centre.blobs.ids()) == []
    assert [p for p in (w.centre.root / "blobs").rglob("*") if p.is_file()] == []
    assert w.centre.identities.person_ids() == []


def test_without_the_flag_no_identity_leaves(world: World) -> None:
    w = world
    result = export(w, "plain.humdoc")
    assert result.plan.identities == [] and result.plan.summary()["identities"] == 0
    assert not any(h.kind == "identity" for h in result.plan.held_back)
    files = payload(w, result.path)
    assert "records/identities.json" not in files
    for name in w.names.values():
        assert not any(name.encode() in data for data in files.values())
    chain = w.field.custody.chain(w.field.testimonies.list(w.case_id)[0].id)
    assert "witness_identity" not in chain[-1].fields["details"]
    # the centre is not asked for anything
    summary = w.centre.receiver().receive(result.path, identity_passphrase=_never)
    assert summary["identities"] == 0


def _never() -> bytes:
    raise AssertionError("the identity passphrase must not be asked for")


def test_with_the_flag_only_consenting_witnesses_leave(world: World) -> None:
    w = world
    plan = w.field.exporter.plan([w.case_id], include_identity=True)  # no passphrase needed
    assert plan.identities == [w.consenting]
    result = export(w, "ids.humdoc", include_identity=True, identity_passphrase=FIELD_IDS)
    held = [(h.kind, h.id, h.reason) for h in result.plan.held_back if h.kind == "identity"]
    assert held == [
        (
            "identity",
            w.refusing,
            "the witness has not consented to sharing their identity",
        )
    ]
    files = payload(w, result.path)
    doc = json.loads(files["records/identities.json"])
    assert doc["kind"] == "identities" and doc["version"] == 1
    assert doc["records"] == [
        {
            "person_id": w.consenting,
            "name": w.names[w.consenting],
            "contact": "+1 555 0100",
            "notes": "notes",
        }
    ]
    everything = b"".join(files.values())
    assert w.names[w.refusing].encode() not in everything
    assert w.names[w.withheld].encode() not in everything
    assert result.to_json()["identities"] == 1
    details = {
        t.witness_id: w.field.custody.chain(t.id)[-1].fields["details"]
        for t in w.field.testimonies.list(w.case_id)
        if t.consent.allows("share-centre")
    }
    assert details[w.consenting].get("witness_identity") is True
    assert "witness_identity" not in details[w.refusing]


def test_witness_with_one_unconsented_testimony_is_held_back(world: World) -> None:
    w = world
    w.field.testimonies.add(w.case_id, "W-1", "Another account.", consent="record,share-centre")
    result = export(w, "mixed.humdoc", include_identity=True, identity_passphrase=FIELD_IDS)
    assert result.plan.identities == []
    assert {h.id for h in result.plan.held_back if h.kind == "identity"} == {
        w.consenting,
        w.refusing,
    }
    assert "records/identities.json" not in payload(w, result.path)


def test_missing_or_wrong_passphrase_fails_before_anything_is_written(world: World) -> None:
    w = world
    with pytest.raises(InvalidInput, match="identity-compartment passphrase"):
        export(w, "a.humdoc", include_identity=True)
    with pytest.raises(WrongPassphrase):
        export(w, "b.humdoc", include_identity=True, identity_passphrase=b"wrong")
    with pytest.raises(WrongPassphrase):
        export(w, "c.humdoc", include_identity=True, identity_passphrase=PASSPHRASE)
    assert [
        p.name for p in w.tmp.iterdir() if p.suffix == ".humdoc" or p.name.startswith(".tmp")
    ] == []
    assert w.field.db.one("SELECT count(*) FROM exports")[0] == 0
    assert export(w, "d.humdoc").sequence == 1


def test_flag_without_a_compartment_is_refused(
    tmp_path: Path, new_field_vault: Path, new_centre_vault: Path
) -> None:
    with (
        Session.open(copy_vault(new_field_vault, tmp_path / "f"), PASSPHRASE) as f,
        Session.open(copy_vault(new_centre_vault, tmp_path / "c"), PASSPHRASE) as c,
    ):
        f.recipients.add("Centre", c.device_keys.age_recipient())
        case = f.cases.create("C")
        f.testimonies.add(case.id, "W-1", "s", consent="record,share-centre,share-identity")
        with pytest.raises(NotFound, match="no identity compartment"):
            f.exporter.export(
                [case.id],
                ["Centre"],
                tmp_path / "x.humdoc",
                include_identity=True,
                identity_passphrase=b"anything",
            )
        assert not (tmp_path / "x.humdoc").exists()


def test_centre_imports_into_its_own_compartment(world: World) -> None:
    w = world
    out = export(w, "ids.humdoc", include_identity=True, identity_passphrase=FIELD_IDS).path
    assert w.centre.receiver().verify(out)["identities"] == 1  # no passphrase asked
    w.centre.identities.create(CENTRE_IDS, KdfParams.floor())
    asked: list[int] = []

    def passphrase() -> bytes:
        asked.append(1)
        return CENTRE_IDS

    summary = w.centre.receiver().receive(out, identity_passphrase=passphrase)
    assert summary["identities"] == 1 and asked == [1]
    with w.centre.identities.open(CENTRE_IDS) as comp:
        assert comp.get(w.consenting) == IdentityRecord(
            w.names[w.consenting], "+1 555 0100", "notes"
        )
        assert comp.get(w.refusing) is None
    assert w.centre.search(w.names[w.consenting]) == []
    # spooled through encrypted blobs, stored sealed: no plaintext at either end, nor in HOME
    assert_absent(list(w.names.values()), w.centre.root, w.field.root, w.tmp / "home")
    # the field device's compartment passphrase is not the centre's
    with pytest.raises(WrongPassphrase):
        w.centre.identities.open(FIELD_IDS)
    again = w.centre.receiver().receive(out, identity_passphrase=_never)
    assert again["already_received"] is True


def test_centre_without_passphrase_or_compartment_imports_nothing(world: World) -> None:
    w = world
    out = export(w, "ids.humdoc", include_identity=True, identity_passphrase=FIELD_IDS).path
    with pytest.raises(InvalidInput, match="humdoc identity init"):
        w.centre.receiver().receive(out, identity_passphrase=lambda: CENTRE_IDS)
    nothing_received(w)
    w.centre.identities.create(CENTRE_IDS, KdfParams.floor())
    with pytest.raises(InvalidInput, match="carries witness identities"):
        w.centre.receiver().receive(out)
    nothing_received(w)
    with pytest.raises(WrongPassphrase):
        w.centre.receiver().receive(out, identity_passphrase=lambda: b"wrong")
    nothing_received(w)
    assert w.centre.db.one("SELECT count(*) FROM received_bundles")[0] == 0
    assert (
        w.centre.receiver().receive(out, identity_passphrase=lambda: CENTRE_IDS)["identities"] == 1
    )


def test_centre_rejects_identity_without_consent(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A faulty (or hostile) exporter sends an identity the witness did not consent to share."""
    w = world
    monkeypatch.setattr(export_mod.records, "identity_consented", lambda rows, pid: True)
    result = export(w, "bad.humdoc", include_identity=True, identity_passphrase=FIELD_IDS)
    monkeypatch.undo()
    assert sorted(result.plan.identities) == sorted([w.consenting, w.refusing])
    w.centre.identities.create(CENTRE_IDS, KdfParams.floor())
    for check in (w.centre.receiver().verify, w.centre.receiver().receive):
        with pytest.raises(BundleRejected) as err:
            check(result.path)  # type: ignore[operator]
        assert err.value.reason == "bad-records" and "consent" in str(err.value)
    nothing_received(w)


def forge(
    source: Session, out: Path, case_id: str, edit: Callable[[export_mod.ExportPlan], None]
) -> Path:
    """Write a bundle signed by ``source``'s enrolled key whose records ``edit`` has altered."""
    plan = source.exporter.plan([case_id], "strip")
    source.exporter.prepare(plan)
    edit(plan)
    # A forger's exporter skips the check a genuine one makes of its own records.
    with mock.patch.object(export_mod, "_encode_checked", export_mod.records.encode):
        files = source.exporter._payload(plan)
    if plan.rows.get("identities") == []:  # the exporter never writes an empty one
        files.append(
            export_mod._bytes_file(
                "records/identities.json", export_mod.records.encode("identities", [])
            )
        )
    key = source.device_keys.signing_key()
    try:
        write_bundle(
            out,
            files,
            [],
            key,
            [source.recipients.get("Centre").recipient],
            "b-" + secrets.token_hex(12),
            1,
            datetime.now(UTC).replace(microsecond=0),
            previous_bundle_sha256=FIRST_BUNDLE,
        )
    finally:
        key.wipe()
    return out


def test_centre_rejects_malformed_identities(world: World) -> None:
    w = world

    def stranger(plan: export_mod.ExportPlan) -> None:  # W-3's testimony is not carried
        plan.rows["identities"] = [
            {"person_id": w.withheld, "name": "Someone", "contact": "", "notes": ""}
        ]

    def nameless(plan: export_mod.ExportPlan) -> None:
        plan.rows["identities"] = [
            {"person_id": w.consenting, "name": " ", "contact": "", "notes": ""}
        ]

    def extra_field(plan: export_mod.ExportPlan) -> None:
        plan.rows["identities"] = [
            {"person_id": w.consenting, "name": "A", "contact": "", "notes": "", "gps": "1,2"}
        ]

    def empty(plan: export_mod.ExportPlan) -> None:
        plan.rows["identities"] = []

    w.centre.identities.create(CENTRE_IDS, KdfParams.floor())
    for n, edit in enumerate((stranger, nameless, extra_field, empty)):
        out = forge(w.field, w.tmp / f"forged{n}.humdoc", w.case_id, edit)
        with pytest.raises(BundleRejected) as err:
            w.centre.receiver().receive(out, identity_passphrase=_never)
        assert err.value.reason == "bad-records", edit.__name__
        nothing_received(w)


def test_identity_for_another_devices_witness_is_a_conflict(world: World, tmp_path: Path) -> None:
    """Device B cannot overwrite the identity of device A's witness by naming A's person id."""
    w = world
    out = export(w, "a.humdoc", include_identity=True, identity_passphrase=FIELD_IDS).path
    w.centre.identities.create(CENTRE_IDS, KdfParams.floor())
    w.centre.receiver().receive(out, identity_passphrase=lambda: CENTRE_IDS)

    other = Session.create(tmp_path / "other", PASSPHRASE, "field", KdfParams.floor())
    try:
        other.recipients.add("Centre", w.centre.device_keys.age_recipient())
        w.centre.devices.enrol("Laptop 2", other.device_keys.public_key().to_text())
        case = other.cases.create("Elsewhere")
        t = other.testimonies.add(
            case.id, "W-9", "Forged.", consent="record,share-centre,share-identity"
        )
        victim = w.consenting

        def impersonate(plan: export_mod.ExportPlan) -> None:
            for row in plan.rows["testimonies"]:
                row["witness_id"] = victim
            for row in plan.rows["persons"]:
                row["id"] = victim
            plan.rows["identities"] = [
                {"person_id": victim, "name": "Impostor", "contact": "", "notes": ""}
            ]

        forged = forge(other, tmp_path / "b.humdoc", case.id, impersonate)
        assert t.id
    finally:
        other.close()
    with pytest.raises(BundleRejected) as err:
        w.centre.receiver().receive(forged, identity_passphrase=lambda: CENTRE_IDS)
    assert err.value.reason == "conflict"
    with w.centre.identities.open(CENTRE_IDS) as comp:
        got = comp.get(w.consenting)
        assert got is not None and got.name == w.names[w.consenting]
