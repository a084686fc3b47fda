"""Receipts, attacked and carried: field → centre → receipt → field frees exactly what arrived."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import segno
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from humdoc.core.bundle.minisign import SigningKey, sign
from humdoc.core.custody import verify_chain
from humdoc.core.errors import NotFound, ReceiptRefused
from humdoc.core.exchange.receipts import (
    Receipt,
    make_receipt,
    read_receipt,
    read_receipt_text,
    receipt_path,
    trusted_comment,
)
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE, copy_vault
from tests.core.exchange_helpers import bag_file
from tests.failing_io import FailingDisk

MARKER = b"RECEIPT-MARKER-7f3k9q2mxa-planted"


def marked_png(path: Path, colour: tuple[int, int, int]) -> Path:
    """A PNG whose text chunk carries ``MARKER`` (kept whole under the ``keep`` policy)."""
    info = PngInfo()
    info.add_text("Comment", MARKER.decode())
    Image.new("RGB", (24, 24), colour).save(path, pnginfo=info)
    return path


@dataclass
class World:
    field: Session
    centre: Session
    tmp: Path
    sent: list[str]  # the items bundle 1 carries
    other: list[str]  # items of this device that bundle 1 does not carry
    held: str  # a testimony of the exported case whose consent kept it home
    bundle: Path
    bundle_id: str


@pytest.fixture
def world(tmp_path: Path, new_field_vault: Path, new_centre_vault: Path) -> Iterator[World]:
    field = Session.open(copy_vault(new_field_vault, tmp_path / "field"), PASSPHRASE)
    centre = Session.open(copy_vault(new_centre_vault, tmp_path / "centre"), PASSPHRASE)
    keyfile = tmp_path / "centre-recipient.txt"
    centre.device_keys.export_recipient(keyfile)
    field.recipients.add("Centre", keyfile.read_text())  # carries the signing key too
    centre.devices.enrol("Laptop 1", field.device_keys.public_key().to_text())
    a = field.cases.create("Checkpoint", "Detentions at the north checkpoint")
    b = field.cases.create("Market", "Dispersal at the market")
    t1 = field.testimonies.add(
        a.id, "W-001", "Three men were taken.", consent="record,share-centre"
    )
    t2 = field.testimonies.add(a.id, "W-002", "They came at dawn.", consent="record,share-centre")
    held = field.testimonies.add(a.id, "W-003", "Not to be shared.", consent="record")
    m1 = field.media.import_file(a.id, marked_png(tmp_path / "p1.png", (200, 0, 0)), policy="keep")
    m2 = field.media.import_file(a.id, marked_png(tmp_path / "p2.png", (0, 200, 0)), policy="keep")
    t3 = field.testimonies.add(b.id, "W-004", "At the market.", consent="record,share-centre")
    m3 = field.media.import_file(b.id, marked_png(tmp_path / "p3.png", (0, 0, 200)), policy="keep")
    for p in (tmp_path / "p1.png", tmp_path / "p2.png", tmp_path / "p3.png"):
        p.unlink()  # the marker must exist only inside the vaults from here on
    bundle = tmp_path / "usb" / "1.humdoc"
    bundle.parent.mkdir()
    result = field.exporter.export([a.id], ["Centre"], bundle, "keep")
    centre.receiver().receive(bundle)
    w = World(
        field,
        centre,
        tmp_path,
        sorted([t1.id, t2.id, m1.id, m2.id]),
        sorted([t3.id, m3.id]),
        held.id,
        bundle,
        result.bundle_id,
    )
    try:
        yield w
    finally:
        field.close()
        centre.close()


def receipt_of(w: World) -> Receipt:
    receipt = make_receipt(w.centre.db, w.centre.device_keys, w.bundle_id)
    receipt.write(receipt_path(w.bundle))
    return read_receipt(receipt_path(w.bundle))


def forged(doc: dict[str, Any], key: SigningKey) -> Receipt:
    """A receipt for ``doc`` signed by ``key``, made the way the centre makes them."""
    document = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    digest = hashlib.sha256(document).hexdigest()
    return Receipt(
        document, sign(key, document, trusted_comment(doc["bundle_id"], doc["sequence"], digest))
    )


def custody_count(s: Session) -> int:
    return int(s.db.one("SELECT count(*) FROM custody_events")[0])


def refused(w: World, receipt: Receipt) -> ReceiptRefused:
    before = custody_count(w.field)
    with pytest.raises(ReceiptRefused) as err:
        w.field.receipt_book().apply(receipt, remove=True, testimonies=True)
    assert custody_count(w.field) == before  # nothing changed
    assert "\n" not in str(err.value) and str(err.value).startswith("Receipt refused: ")
    return err.value


def vault_bytes(root: Path) -> Iterator[tuple[Path, bytes]]:
    for dirpath, _, names in os.walk(root):
        for name in names:
            path = Path(dirpath) / name
            yield path, path.read_bytes()


# --- the format ------------------------------------------------------------------------------


def test_minisign_checks_the_receipt_and_the_centre_makes_it_again_byte_for_byte(
    world: World,
) -> None:
    receipt = receipt_of(world)
    pub = world.tmp / "centre.pub"
    world.centre.device_keys.export_public_key(pub)
    doc = receipt_path(world.bundle)
    proc = subprocess.run(
        ["minisign", "-Vm", str(doc), "-p", str(pub)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert f"sha256 {hashlib.sha256(doc.read_bytes()).hexdigest()}" in proc.stdout
    fields = receipt.fields
    assert fields["device"] == world.field.device_keys.fingerprint()
    assert fields["centre"] == world.centre.device_keys.fingerprint()
    assert fields["sequence"] == 1 and fields["bundle_id"] == world.bundle_id
    assert sorted(i["id"] for i in fields["items"]) == world.sent
    for item in fields["items"]:
        if item["kind"] == "media":
            assert item["sha256"] == world.field.media.get(item["id"]).sealed_sha256
    again = make_receipt(world.centre.db, world.centre.device_keys, world.bundle_id)
    assert (again.document, again.signature) == (receipt.document, receipt.signature)
    with pytest.raises(NotFound):
        make_receipt(world.centre.db, world.centre.device_keys, "b-" + "0" * 24)


def test_qr_parts_carry_the_receipt_in_any_order_and_missing_parts_are_named(
    world: World,
) -> None:
    receipt = receipt_of(world)
    for part in receipt.qr_parts():  # small codes, in QR's compact alphanumeric mode
        code = segno.make(part, error="m")
        assert code.mode == "alphanumeric" and code.version <= 25, (code.mode, code.version)
    parts = receipt.qr_parts(chars=100)
    assert len(parts) > 2
    back = read_receipt_text("\n".join(reversed(parts)) + "\n")
    assert (back.document, back.signature) == (receipt.document, receipt.signature)
    assert read_receipt_text(receipt.text()).document == receipt.document
    with pytest.raises(ReceiptRefused, match=r"QR code\(s\) 2 of"):
        read_receipt_text("\n".join(parts[:1] + parts[2:]))
    bent = parts[0][:-3] + ("A" if parts[0][-3] != "A" else "B") + parts[0][-2:]
    with pytest.raises(ReceiptRefused, match="read wrongly|do not add up"):
        read_receipt_text("\n".join([bent, *parts[1:]]))
    other = receipt.qr_parts(chars=80)
    with pytest.raises(ReceiptRefused, match="more than one receipt"):
        read_receipt_text("\n".join(parts[:1] + other[1:]))
    # a file of the QR codes' text is a receipt too
    qr_file = world.tmp / "scanned.txt"
    qr_file.write_text("\n".join(parts))
    assert read_receipt(qr_file).document == receipt.document


# --- the round trip --------------------------------------------------------------------------


def test_round_trip_frees_exactly_the_received_items(world: World) -> None:
    f = world.field
    blobs_before = {
        item: [c.blob_id for c in f.media.stored_copies() if c.item_id == item]
        for item in world.sent + world.other
        if item.startswith("m-")
    }
    assert MARKER in f.media.read_original(
        world.sent[0] if world.sent[0].startswith("m-") else world.sent[1]
    )
    applied = f.receipt_book().apply(receipt_of(world), remove=True, testimonies=True)
    assert sorted(applied.marked) == world.sent
    assert applied.removal is not None
    assert sorted(applied.removal.removed) == world.sent and applied.removal.kept == []

    # exactly the received items are gone; the others, and the testimony held back, are here
    for item in world.sent:
        with pytest.raises(NotFound):
            (f.media.get if item.startswith("m-") else f.testimonies.get)(item)
    for item in world.other:
        (f.media.get if item.startswith("m-") else f.testimonies.get)(item)
    assert f.testimonies.get(world.held).statement == "Not to be shared."
    for item, blob_ids in blobs_before.items():
        for blob_id in blob_ids:
            exists = (f.blobs.folder / blob_id[:2] / blob_id).exists()
            assert exists == (item in world.other)
    assert f.search("taken") == [] and f.search("dawn") == []

    # custody still verifies, every chain; tombstones keep id, hashes and the receipt
    for item in world.sent + world.other:
        assert verify_chain(item, f.custody.chain(item), f.known_key) == []
    for item in world.sent:
        actions = [e.fields["action"] for e in f.custody.chain(item)]
        assert actions[-2:] == ["safe-at-centre", "removed"]
        assert (
            f.custody.chain(item)[-1].fields["details"]["receipt_sha256"] == applied.receipt_sha256
        )
    stones = {t["item_id"]: t for t in f.receipt_book().tombstones()}
    assert sorted(stones) == world.sent
    assert all(t["receipt_sha256"] == applied.receipt_sha256 for t in stones.values())
    report = f.check()
    assert report.ok and list(report) == [], [str(x) for x in report]

    # the marker planted in the removed photos is nowhere: not in any file of the vault, not in
    # any attachment still stored (decrypted)
    for path, data in vault_bytes(f.root):
        assert MARKER not in data, path
    for copy in f.media.stored_copies():
        with f.media.open_copy(copy) as reader:
            plain = reader.read(10**7)
        assert MARKER not in plain or copy.item_id in world.other


def test_erase_overwrites_the_ciphertext_in_place(world: World) -> None:
    f = world.field
    copy = next(c for c in f.media.stored_copies() if c.item_id == world.other[0])
    path = f.blobs.folder / copy.blob_id[:2] / copy.blob_id
    before = path.read_bytes()
    link = world.tmp / "same-inode"
    os.link(path, link)  # still names the file's blocks after the erase unlinks it
    f.blobs.erase(copy.blob_id)
    assert not path.exists()
    after = link.read_bytes()
    assert len(after) == len(before) and after != before
    assert sum(a == b for a, b in zip(after, before, strict=True)) < len(before) // 16
    f.blobs.erase(copy.blob_id)  # a missing attachment is not an error


def test_media_only_by_default_and_testimonies_on_request(world: World) -> None:
    book = world.field.receipt_book()
    applied = book.apply(receipt_of(world))
    assert applied.removal is None
    assert all(not i.removed for i in book.safe_items())
    done = book.remove()
    assert sorted(done.removed) == [i for i in world.sent if i.startswith("m-")]
    for t in (i for i in world.sent if i.startswith("t-")):
        world.field.testimonies.get(t)
    done = book.remove(testimonies=True)
    assert sorted(done.removed) == [i for i in world.sent if i.startswith("t-")]
    assert [k.reason for k in book.remove([world.sent[0]]).kept] == ["removed already"]
    with pytest.raises(NotFound):
        book.remove([world.other[0]])
    assert world.field.check().ok


def test_setting_removes_media_once_receipted(world: World) -> None:
    world.field.update_settings(remove_when_receipted=True)
    applied = world.field.receipt_book().apply(receipt_of(world))
    assert applied.removal is not None
    assert sorted(applied.removal.removed) == [i for i in world.sent if i.startswith("m-")]
    for t in (i for i in world.sent if i.startswith("t-")):
        world.field.testimonies.get(t)


def test_what_the_centre_does_not_hold_stays(tmp_path: Path, world: World) -> None:
    """A testimony edited after it was sent, and media of which only a cleaned copy left."""
    f = world.field
    edited = next(i for i in world.sent if i.startswith("t-"))
    f.testimonies.update(edited, statement="Three men were taken, and a boy.")
    case_b = f.media.get(
        world.other[1] if world.other[1].startswith("m-") else world.other[0]
    ).case_id
    stripped = tmp_path / "usb" / "2.humdoc"
    second = f.exporter.export([case_b], ["Centre"], stripped, "strip")
    world.centre.receiver().receive(stripped)
    book = f.receipt_book()
    book.apply(receipt_of(world))
    kept = book.remove([edited]).kept
    assert [k.reason for k in kept] == ["changed since it was sent; export it again first"]
    assert f.testimonies.get(edited).statement.endswith("a boy.")
    # the edited testimony travels again, its safe-at-centre event with it; the centre takes it
    case_a = f.testimonies.get(edited).case_id
    again = f.exporter.export([case_a], ["Centre"], tmp_path / "usb" / "3.humdoc", "keep")
    summary = world.centre.receiver().receive(tmp_path / "usb" / "3.humdoc")
    assert summary["bundle_id"] == again.bundle_id
    assert world.centre.testimonies.get(edited).statement.endswith("a boy.")
    actions = [e.fields["action"] for e in world.centre.custody.chain(edited)]
    assert "safe-at-centre" in actions
    receipt = make_receipt(world.centre.db, world.centre.device_keys, second.bundle_id)
    applied = book.apply(receipt, remove=True, testimonies=True)
    assert applied.removal is not None
    media_b = [i for i in world.other if i.startswith("m-")]
    assert [k.id for k in applied.removal.kept] == media_b
    assert "only a cleaned copy" in applied.removal.kept[0].reason
    f.media.read_original(media_b[0])  # the sealed original is still here
    assert f.check().ok


# --- attacks ---------------------------------------------------------------------------------


def test_every_single_byte_change_is_refused(world: World) -> None:
    receipt = receipt_of(world)
    sig = receipt.signature.encode()
    for n in range(0, len(receipt.document), 3):
        doc = bytearray(receipt.document)
        doc[n] ^= 0x01
        assert refused(world, Receipt(bytes(doc), receipt.signature)).reason in (
            "bad-signature",
            "malformed",
        )
    # minisign signs neither the first line (the untrusted comment) nor the final line feed
    for n in range(sig.index(b"\n") + 1, len(sig) - 1):
        data = bytearray(sig)
        data[n] ^= 0x01
        assert refused(world, Receipt(receipt.document, data.decode("latin-1"))).reason in (
            "bad-signature",
            "malformed",
            "no-key",
            "unknown-key",
        )
    world.field.receipt_book().apply(receipt)  # the untouched receipt still applies


def test_a_receipt_signed_by_another_key_is_refused(tmp_path: Path, world: World) -> None:
    doc = receipt_of(world).fields
    stranger = SigningKey.generate()
    err = refused(world, forged(doc, stranger))
    assert err.reason == "unknown-key"
    # another centre this device knows signs a receipt naming the first centre's key
    other = Session.create(tmp_path / "other", PASSPHRASE, "centre", KdfParams.floor())
    try:
        keyfile = tmp_path / "other.txt"
        other.device_keys.export_recipient(keyfile)
        world.field.recipients.add("Other centre", keyfile.read_text())
        key = other.device_keys.signing_key()
        try:
            assert refused(world, forged(doc, key)).reason == "bad-signature"
        finally:
            key.wipe()
    finally:
        other.close()


def test_a_centre_entry_without_its_signing_key_says_so(world: World) -> None:
    receipt = receipt_of(world)
    world.field.db.execute("UPDATE recipients SET signing_key = NULL")
    err = refused(world, receipt)
    assert err.reason == "no-key" and "cannot be checked until its signing key is added" in str(err)
    keyfile = world.tmp / "centre.pub"
    world.centre.device_keys.export_public_key(keyfile)
    world.field.recipients.set_signing_key("Centre", keyfile.read_text())
    assert len(world.field.receipt_book().apply(receipt).marked) == 4


def test_a_replayed_receipt_is_refused(world: World) -> None:
    receipt = receipt_of(world)
    world.field.receipt_book().apply(receipt, remove=True)
    err = refused(world, receipt)
    assert err.reason == "replay" and "applied already" in str(err)


def test_a_receipt_for_another_devices_bundle_is_refused(tmp_path: Path, world: World) -> None:
    laptop2 = Session.create(tmp_path / "laptop2", PASSPHRASE, "field", KdfParams.floor())
    try:
        laptop2.recipients.add("Centre", world.centre.device_keys.age_recipient())
        world.centre.devices.enrol("Laptop 2", laptop2.device_keys.public_key().to_text())
        case = laptop2.cases.create("Elsewhere")
        laptop2.testimonies.add(case.id, "W-9", "Far away.", consent="record,share-centre")
        out = tmp_path / "usb" / "laptop2.humdoc"
        sent = laptop2.exporter.export([case.id], ["Centre"], out)
        world.centre.receiver().receive(out)
        receipt = make_receipt(world.centre.db, world.centre.device_keys, sent.bundle_id)
        err = refused(world, receipt)
        assert err.reason == "other-device"
        assert laptop2.device_keys.fingerprint() in str(err)
    finally:
        laptop2.close()


def test_items_never_sent_or_with_another_hash_are_refused(world: World) -> None:
    doc = receipt_of(world).fields
    key = world.centre.device_keys.signing_key()
    try:
        never = dict(
            doc,
            items=[
                *doc["items"],
                {
                    "id": world.other[0],
                    "kind": "media" if world.other[0].startswith("m-") else "testimony",
                    "sha256": "ab" * 32,
                },
            ],
        )
        never["items"].sort(key=lambda i: i["id"])
        err = refused(world, forged(never, key))
        assert err.reason == "not-sent" and world.other[0] in str(err)
        held = dict(doc, items=[{"id": world.held, "kind": "testimony", "sha256": "cd" * 32}])
        assert refused(world, forged(held, key)).reason == "not-sent"
        changed = [dict(i) for i in doc["items"]]
        changed[0]["sha256"] = "ef" * 32
        err = refused(world, forged(dict(doc, items=changed), key))
        assert err.reason == "hash-mismatch" and changed[0]["id"] in str(err)
        unknown = dict(doc, bundle_id="b-" + "1" * 24)
        assert refused(world, forged(unknown, key)).reason == "not-sent"
        wrong_seq = dict(doc, sequence=2)
        assert refused(world, forged(wrong_seq, key)).reason == "not-sent"
    finally:
        key.wipe()


# --- keys and the schema ---------------------------------------------------------------------


def test_the_centres_recipient_file_carries_its_signing_key_and_age_still_reads_it(
    world: World,
) -> None:
    keyfile = world.tmp / "centre-recipient.txt"
    text = keyfile.read_text()
    assert world.centre.device_keys.fingerprint() in text
    entry = world.field.recipients.get("Centre")
    key = entry.key()
    assert key is not None and key.fingerprint() == world.centre.device_keys.fingerprint()
    assert entry.to_json()["signing_key_fingerprint"] == key.fingerprint()
    sealed = subprocess.run(
        ["age", "-R", str(keyfile)], input=b"a secret", capture_output=True, check=True
    ).stdout
    ident = world.tmp / "centre.key"
    ident.write_text(world.centre.device_keys.age_identity() + "\n")
    opened = subprocess.run(
        ["age", "-d", "-i", str(ident)], input=sealed, capture_output=True, check=True
    ).stdout
    ident.unlink()
    assert opened == b"a secret"


def test_a_vault_from_before_receipts_keeps_its_recipients_and_gains_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import humdoc.core.vault.vault as vault_mod
    from humdoc.core.vault.schema import MIGRATIONS, V9_RECEIPTS, current_version, migrate

    before = MIGRATIONS.index(V9_RECEIPTS)  # the schema just before receipts
    centre = Session.create(tmp_path / "centre", PASSPHRASE, "centre", KdfParams.floor())
    monkeypatch.setattr(vault_mod, "migrate", lambda db: migrate(db, target=before))
    old = Session.create(tmp_path / "field", PASSPHRASE, "field", KdfParams.floor())
    assert current_version(old.db) == before
    old.db.execute(  # added as earlier schemas wrote it: four columns, no signing key
        "INSERT INTO recipients VALUES ('Centre', ?, 'fp', '2026-01-01T00:00:00Z')",
        (centre.device_keys.age_recipient(),),
    )
    old.close()
    monkeypatch.undo()
    try:
        with Session.open(tmp_path / "field", PASSPHRASE) as field:
            assert current_version(field.db) == len(MIGRATIONS)
            entry = field.recipients.get("Centre")
            assert entry.signing_key is None and entry.key() is None
            centre.devices.enrol("Laptop", field.device_keys.public_key().to_text())
            case = field.cases.create("Checkpoint")
            field.testimonies.add(case.id, "W-1", "Taken at dawn.", consent="record,share-centre")
            sent = field.exporter.export([case.id], ["Centre"], tmp_path / "1.humdoc")
            centre.receiver().receive(tmp_path / "1.humdoc")
            receipt = make_receipt(centre.db, centre.device_keys, sent.bundle_id)
            with pytest.raises(ReceiptRefused, match="cannot be checked until its signing key"):
                field.receipt_book().apply(receipt)
            field.recipients.set_signing_key("Centre", centre.device_keys.public_key().to_text())
            assert len(field.receipt_book().apply(receipt).marked) == 1
    finally:
        centre.close()


def test_a_signature_in_non_canonical_base64_is_refused(world: World) -> None:
    """Unused bits set in a base64 line's last character: the same bytes, another text."""
    receipt = receipt_of(world)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    lines = receipt.signature.split("\n")
    for n in (1, 3):  # the signature line and the global signature line both end in padding
        line = lines[n]
        last = len(line.rstrip("=")) - 1
        bent = line[:last] + alphabet[alphabet.index(line[last]) | 1] + line[last + 1 :]
        assert bent != line
        changed = "\n".join([*lines[:n], bent, *lines[n + 1 :]])
        assert refused(world, Receipt(receipt.document, changed)).reason == "malformed"
    world.field.receipt_book().apply(receipt)


def test_a_disk_that_refuses_the_erase_loses_nothing_and_the_unlock_sweeps_the_files(
    world: World,
) -> None:
    f = world.field
    media = [i for i in world.sent if i.startswith("m-")]
    blob_ids = [c.blob_id for c in f.media.stored_copies() if c.item_id in media]
    book = f.receipt_book()
    book.apply(receipt_of(world))
    with FailingDisk(f.blobs.folder, fsync_error=errno.EIO) as disk:
        done = book.remove()
    assert disk.triggered
    assert sorted(done.removed) == media and done.erased_blobs == 0
    left = [b for b in blob_ids if (f.blobs.folder / b[:2] / b).exists()]
    assert left == blob_ids  # the disk refused: the files stay, their keys are gone
    with pytest.raises(NotFound):
        f.media.read_original(media[0])
    f.close()
    world.field = Session.open(f.root, PASSPHRASE)  # the unlock sweeps what is left
    for blob_id in blob_ids:
        assert not (world.field.blobs.folder / blob_id[:2] / blob_id).exists()
    report = world.field.check()
    assert report.ok, [str(x) for x in report]
    assert sorted(t["item_id"] for t in world.field.receipt_book().tombstones()) == media


def test_a_testimony_sent_before_hashes_were_recorded_is_named_and_not_marked(
    world: World,
) -> None:
    f = world.field
    old = next(i for i in world.other if i.startswith("t-"))
    # what an earlier humdoc recorded when it sent a testimony: no record_sha256
    f.custody.append(old, "exported", {"bundle_id": world.bundle_id, "sequence": 1})
    doc = receipt_of(world).fields
    items = sorted(
        [*doc["items"], {"id": old, "kind": "testimony", "sha256": "12" * 32}],
        key=lambda i: i["id"],
    )
    key = world.centre.device_keys.signing_key()
    try:
        applied = f.receipt_book().apply(forged(dict(doc, items=items), key), testimonies=True)
    finally:
        key.wipe()
    assert applied.unmarked == [old] and sorted(applied.marked) == world.sent
    assert f.testimonies.get(old).statement == "At the market."
    assert old not in {i.id for i in f.receipt_book().safe_items()}


def test_every_item_hash_can_be_checked_by_hand_as_the_docs_say(world: World) -> None:
    """docs/receipts.md: a media item's sha256 is sha256sum of its file in the bag, a
    testimony's comes from the documented one-line Python over records/testimonies.json."""
    docs = (Path(__file__).resolve().parents[2] / "docs" / "receipts.md").read_text()
    start = docs.index("python3 -c '") + len("python3 -c '")
    command = docs[start : docs.index("' data/records/testimonies.json", start)]
    bundle_dir = world.tmp / "by-hand"
    bundle_dir.mkdir()
    records = bundle_dir / "testimonies.json"
    records.write_bytes(bag_file(world.bundle, world.centre, "records/testimonies.json"))
    out = subprocess.run(
        ["python3", "-c", command, str(records)], capture_output=True, text=True, check=True
    ).stdout
    by_hand = dict(line.split() for line in out.splitlines())
    for item in receipt_of(world).items:
        if item.kind == "testimony":
            assert by_hand[item.id] == item.sha256
        else:
            data = bag_file(world.bundle, world.centre, f"media/{item.id}.png")
            assert hashlib.sha256(data).hexdigest() == item.sha256
