"""Field → centre: export gated by consent and policy, verify, receive, replay and fork defence."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from humdoc.core.custody import verify_chain
from humdoc.core.errors import (
    BundleRejected,
    InvalidInput,
    OperationCancelled,
    RoleMismatch,
    UnknownRecipient,
)
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE, copy_vault

GPS = "exif-samples/jpg/gps/DSCN0010.jpg"


@dataclass
class World:
    field: Session
    centre: Session
    case_id: str
    shared_tid: str
    private_tid: str
    tmp: Path


def make_field(path: Path) -> Session:
    return Session.create(path, PASSPHRASE, "field", KdfParams.floor())


@pytest.fixture
def world(tmp_path: Path, corpus: Path, new_field_vault: Path, new_centre_vault: Path) -> World:
    field = Session.open(copy_vault(new_field_vault, tmp_path / "field"), PASSPHRASE)
    centre = Session.open(copy_vault(new_centre_vault, tmp_path / "centre"), PASSPHRASE)
    field.recipients.add("Centre", centre.device_keys.age_recipient())
    centre.devices.enrol("Laptop 1", field.device_keys.public_key().to_text())
    case = field.cases.create("Market shelling", "Shelling of the central market")
    inc = field.cases.add_incident(
        case.id, "Shelling", occurred_from="2026-05-02", location="Old town"
    )
    shared = field.testimonies.add(
        case.id,
        "W-017",
        "I saw the shell hit the bakery.",
        consent="record,share-centre",
        incidents=[inc.id],
        violations=["11.01"],
    )
    private = field.testimonies.add(
        case.id, "W-018", "Please keep this to yourselves.", consent="record"
    )
    field.media.import_file(case.id, corpus / GPS, testimony_id=shared.id)
    field.media.import_file(
        case.id, corpus / "exif-samples/jpg/Canon_40D.jpg", testimony_id=private.id
    )
    w = World(field, centre, case.id, shared.id, private.id, tmp_path)
    yield w
    field.close()
    centre.close()


def export(w: World, name: str = "b.humdoc", policy: str | None = "strip") -> Path:
    out = w.tmp / name
    w.field.exporter.export([w.case_id], ["Centre"], out, policy)
    return out


def test_round_trip_with_consent_and_policy_gates(world: World) -> None:
    w = world
    out = w.tmp / "b.humdoc"
    result = w.field.exporter.export([w.case_id], ["Centre"], out, "strip")
    held = {(h.kind, h.id) for h in result.plan.held_back}
    assert ("testimony", w.private_tid) in held
    assert any(k == "media" for k, _ in held)  # the photo linked to the private testimony
    summary = w.centre.receiver().receive(out)
    assert (summary["testimonies"], summary["media"], summary["device"]) == (1, 1, "Laptop 1")
    c = w.centre
    assert c.cases.get(w.case_id).title == "Market shelling"
    t = c.testimonies.get(w.shared_tid)
    assert t.statement == "I saw the shell hit the bakery." and t.witness_code == "W-017"
    assert t.consent.scopes == ("record", "share-centre") and t.violations == ("11.01",)
    with pytest.raises(Exception):
        c.testimonies.get(w.private_tid)
    assert c.search("bakery")[0].ref == w.shared_tid
    assert c.search("yourselves") == []
    (item,) = c.media.list(w.case_id)
    assert item.metadata["received_under_policy"] == "strip" and "gps" not in item.metadata
    received = w.tmp / "received.jpg"
    c.media.extract(item.id, received)
    tags = json.loads(
        subprocess.run(
            ["exiftool", "-j", "-a", "-G1", str(received)],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
    )[0]
    assert not [
        k
        for k in tags
        if k.startswith(("GPS", "XMP", "IPTC")) or "Serial" in k or k.endswith(":Make")
    ]
    with (
        Image.open(io.BytesIO(w.field.media.read_original(item.id))) as a,
        Image.open(received) as b,
    ):
        assert a.tobytes() == b.tobytes()
    chain = c.custody.chain(item.id)
    # evidence copy at intake (vault default), strip copy made for this export, then the centre's
    assert [e.fields["action"] for e in chain] == [
        "intake",
        "derivative",
        "derivative",
        "received",
        "extracted",
    ]
    assert chain[2].fields["details"]["policy"] == "strip"
    assert verify_chain(item.id, chain, c.known_key) == []
    assert chain[3].fields["device"] == c.device_keys.fingerprint()
    assert chain[0].fields["device"] == w.field.device_keys.fingerprint()


def test_keep_policy_sends_the_sealed_original(world: World, corpus: Path) -> None:
    out = export(world, policy="keep")
    world.centre.receiver().receive(out)
    (item,) = world.centre.media.list(world.case_id)
    assert world.centre.media.read_original(item.id) == (corpus / GPS).read_bytes()
    assert item.metadata["gps"] is not None


def test_bundle_opens_with_age_tar_minisign_and_bagit(world: World, tmp_path: Path) -> None:
    for tool in ("age", "age-keygen", "minisign"):
        assert shutil.which(tool), f"{tool} must be installed (CI installs it)"
    keyfile = tmp_path / "expert.key"
    subprocess.run(["age-keygen", "-o", str(keyfile)], check=True, capture_output=True)
    recipient = next(
        line.split(": ")[1]
        for line in keyfile.read_text().splitlines()
        if line.startswith("# public key")
    )
    world.field.recipients.add("Expert", recipient)
    out = tmp_path / "expert.humdoc"
    world.field.exporter.export([world.case_id], ["Centre", "Expert"], out, "evidence")
    tar_path = tmp_path / "bundle.tar"
    subprocess.run(["age", "-d", "-i", str(keyfile), "-o", str(tar_path), str(out)], check=True)
    dest = tmp_path / "x"
    dest.mkdir()
    with tarfile.open(tar_path) as tf:
        assert all(m.isreg() for m in tf.getmembers())
        tf.extractall(dest, filter="data")
    (bag,) = list(dest.iterdir())
    pub = tmp_path / "device.pub"
    pub.write_text(world.field.device_keys.public_key().to_text())
    r = subprocess.run(
        ["minisign", "-V", "-p", str(pub), "-m", str(bag / "tagmanifest-sha256.txt")],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    import bagit

    bagit.Bag(str(bag)).validate()
    media = list((bag / "data" / "media").iterdir())
    assert media and all(p.stem.startswith("m-") for p in media)  # named by id, never by name
    assert not any("DSCN" in p.name for p in bag.rglob("*"))


def test_verify_imports_nothing_and_leaves_no_blob(world: World) -> None:
    out = export(world)
    blobs_before = set(world.centre.blobs.ids())
    summary = world.centre.receiver().verify(out)
    assert summary["media"] == 1
    assert set(world.centre.blobs.ids()) == blobs_before
    assert world.centre.cases.list() == []


def test_same_bundle_twice_is_idempotent(world: World) -> None:
    out = export(world)
    world.centre.receiver().receive(out)
    blobs = set(world.centre.blobs.ids())
    again = world.centre.receiver().receive(out)
    assert again["already_received"] is True
    assert set(world.centre.blobs.ids()) == blobs
    assert world.centre.testimonies.count() == 1


def test_second_bundle_chains_and_updates(world: World) -> None:
    first = export(world, "1.humdoc")
    world.field.testimonies.update(
        world.shared_tid, statement="Corrected: the shell hit the school."
    )
    second = export(world, "2.humdoc")
    r = world.centre.receiver()
    r.receive(first)
    summary = r.receive(second)
    assert summary["sequence"] == 2 and summary["warnings"] == []
    assert "school" in world.centre.testimonies.get(world.shared_tid).statement


def test_out_of_order_arrival_is_accepted_with_a_note(world: World) -> None:
    first = export(world, "1.humdoc")
    second = export(world, "2.humdoc")
    r = world.centre.receiver()
    assert "have not arrived" in r.receive(second)["warnings"][0]
    assert r.receive(first)["warnings"] == []


def test_replayed_sequence_number_is_rejected(world: World, tmp_path: Path) -> None:
    first = export(world, "1.humdoc")
    world.centre.receiver().receive(first)
    # The device's history is rolled back (e.g. a restored copy of its vault) and reuses number 1.
    world.field.db.execute("DELETE FROM exports")
    world.field.testimonies.update(world.shared_tid, statement="A different story.")
    replay = export(world, "replay.humdoc")
    before = set(world.centre.blobs.ids())
    with pytest.raises(BundleRejected) as err:
        world.centre.receiver().receive(replay)
    assert err.value.reason == "replay" and "sequence number 1" in str(err.value)
    assert set(world.centre.blobs.ids()) == before
    assert "A different story." not in world.centre.testimonies.get(world.shared_tid).statement


def test_fork_is_rejected(world: World) -> None:
    one = export(world, "1.humdoc")
    world.centre.receiver().receive(one)
    # forge history: bundle 2 claims a predecessor that is not bundle 1 (bundles are linked by
    # the identity of their signed content, not by the SHA-256 of their file)
    world.field.db.execute(
        "UPDATE exports SET tagmanifest_sha256 = ? WHERE sequence = 1", ("ab" * 32,)
    )
    two = export(world, "2.humdoc")
    with pytest.raises(BundleRejected) as err:
        world.centre.receiver().receive(two)
    assert err.value.reason == "fork"


def test_unknown_device_is_rejected(world: World, tmp_path: Path) -> None:
    stranger = make_field(tmp_path / "stranger")
    stranger.recipients.add("Centre", world.centre.device_keys.age_recipient())
    case = stranger.cases.create("Forged case")
    stranger.testimonies.add(case.id, "W-1", "forged", consent="record,share-centre")
    out = tmp_path / "forged.humdoc"
    stranger.exporter.export([case.id], ["Centre"], out)
    stranger.close()
    with pytest.raises(BundleRejected) as err:
        world.centre.receiver().receive(out)
    assert err.value.reason == "unknown-device"
    assert world.centre.cases.list() == [] and list(world.centre.blobs.ids()) == []


def test_tampered_and_truncated_bundles_are_rejected_and_leave_nothing(
    world: World, tmp_path: Path
) -> None:
    out = export(world)
    data = out.read_bytes()
    receiver = world.centre.receiver()
    for n, offset in enumerate(
        [0, 30, 200, len(data) // 3, len(data) // 2, len(data) - 20, len(data) - 1]
    ):
        bad = tmp_path / f"flip{n}.humdoc"
        mutated = bytearray(data)
        mutated[offset] ^= 0x01
        bad.write_bytes(bytes(mutated))
        with pytest.raises(BundleRejected):
            receiver.receive(bad)
    for n, cut in enumerate([10, len(data) // 2, len(data) - 1]):
        bad = tmp_path / f"cut{n}.humdoc"
        bad.write_bytes(data[:cut])
        with pytest.raises(BundleRejected):
            receiver.receive(bad)
    assert list(world.centre.blobs.ids()) == [] and world.centre.cases.list() == []
    leftovers = [p for p in (world.centre.root / "blobs").rglob("*") if p.is_file()]
    assert leftovers == []


def test_field_vault_cannot_receive(world: World) -> None:
    with pytest.raises(RoleMismatch):
        world.field.receiver()


def test_export_needs_known_recipient_and_new_file(world: World) -> None:
    with pytest.raises(UnknownRecipient):
        world.field.exporter.export([world.case_id], ["Nobody"], world.tmp / "x.humdoc")
    (world.tmp / "exists.humdoc").write_bytes(b"mine")
    with pytest.raises(InvalidInput):
        world.field.exporter.export([world.case_id], ["Centre"], world.tmp / "exists.humdoc")
    assert (world.tmp / "exists.humdoc").read_bytes() == b"mine"


def test_recipient_names_match_in_any_case_and_a_miss_names_the_closest(world: World) -> None:
    recipients = world.field.recipients
    assert recipients.get("centre").name == "Centre"  # the stored spelling is kept
    assert recipients.get(" CENTRE ").name == "Centre"
    out = world.tmp / "any-case.humdoc"
    assert world.field.exporter.export([world.case_id], ["centre"], out, "strip").sequence == 1
    with pytest.raises(UnknownRecipient) as miss:
        recipients.get("centr")
    assert str(miss.value) == "No recipient 'centr'; did you mean 'Centre'?"
    with pytest.raises(UnknownRecipient) as slip:
        recipients.get("Cnetre")
    assert "did you mean 'Centre'?" in str(slip.value)
    with pytest.raises(UnknownRecipient) as far:
        recipients.get("Accountability body")
    assert str(far.value) == "No recipient 'Accountability body'; the known ones are 'Centre'."
    with pytest.raises(InvalidInput, match="A recipient named 'Centre' exists already"):
        recipients.add("CENTRE", world.centre.device_keys.age_recipient())
    recipients.remove("cEntre")
    assert recipients.list() == []


def test_cancelled_export_leaves_no_file_and_does_not_burn_a_number(world: World) -> None:
    out = world.tmp / "c.humdoc"
    with pytest.raises(OperationCancelled):
        world.field.exporter.export(
            [world.case_id], ["Centre"], out, "strip", cancelled=lambda: True
        )
    assert not out.exists()
    assert [p.name for p in world.tmp.iterdir() if p.name.startswith(".tmp-")] == []
    result = world.field.exporter.export([world.case_id], ["Centre"], out, "strip")
    assert result.sequence == 1


def test_killed_export_yields_no_bundle_that_verifies(world: World, tmp_path: Path) -> None:
    """A child process is killed in the middle of writing; what it leaves never verifies."""
    world.field.close()
    script = f"""
import os, sys, threading
from pathlib import Path
from humdoc.core.session import Session
s = Session.open(Path({str(world.field.root)!r}), {PASSPHRASE!r})
def progress(done, total):
    if done > 0:
        os._exit(9)  # killed mid-export
s.exporter.export([{world.case_id!r}], ["Centre"], Path({str(tmp_path / "killed.humdoc")!r}), "keep", progress)
"""
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        env={**os.environ, "HUMDOC_KDF": "floor"},
    )
    assert proc.returncode == 9, proc.stderr
    assert not (tmp_path / "killed.humdoc").exists()
    partial = [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]
    for p in partial:
        with pytest.raises(BundleRejected):
            world.centre.receiver().verify(p)
    world.field = Session.open(world.field.root, PASSPHRASE)
    result = world.field.exporter.export(
        [world.case_id], ["Centre"], tmp_path / "after.humdoc", "keep"
    )
    # The killed export had burnt number 1: it is never handed out again (the centre sees a gap).
    assert result.sequence == 2
    assert world.centre.receiver().receive(tmp_path / "after.humdoc")["media"] == 1


def test_reordered_or_duplicated_chunks_are_rejected(world: World, tmp_path: Path) -> None:
    out = export(world, policy="keep")  # the sealed photos make the bundle several chunks long
    data = out.read_bytes()
    mac_line = data.index(b"\n--- ") + 1
    body = data.index(b"\n", mac_line) + 1 + 16  # header, then the 16-byte payload nonce
    chunk = 64 * 1024 + 16
    assert len(data) - body > 2 * chunk
    a, b = data[body : body + chunk], data[body + chunk : body + 2 * chunk]
    variants = {
        "swapped": data[:body] + b + a + data[body + 2 * chunk :],
        "duplicated": data[:body] + a + a + data[body + 2 * chunk :],
        "dropped": data[:body] + b + data[body + 2 * chunk :],
    }
    for name, mutated in variants.items():
        bad = tmp_path / f"{name}.humdoc"
        bad.write_bytes(mutated)
        with pytest.raises(BundleRejected) as err:
            world.centre.receiver().receive(bad)
        assert err.value.reason == "decrypt-failed", name
    assert world.centre.cases.list() == [] and list(world.centre.blobs.ids()) == []


def test_an_export_a_centre_would_refuse_for_its_size_is_refused_first(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The field learns at once, and nothing is written, rather than the centre refusing it."""
    import humdoc.core.exchange.export as export_mod
    from humdoc.core.bundle.limits import Limits

    small = Limits(max_members=12)
    fits = export(world, "fits.humdoc")
    receiver = world.centre.receiver()
    receiver.limits = small
    with pytest.raises(BundleRejected, match="more than 12 files"):  # the centre's cap
        receiver.receive(fits)
    monkeypatch.setattr(export_mod, "Limits", lambda: small)
    out = world.tmp / "too-many.humdoc"
    with pytest.raises(InvalidInput, match=r"a centre accepts at most 4 in one bundle\. Export"):
        world.field.exporter.export([world.case_id], ["Centre"], out, "strip")
    assert not out.exists()
    assert sorted(p.name for p in world.tmp.iterdir() if "humdoc" in p.name) == ["fits.humdoc"]
