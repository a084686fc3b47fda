"""A centre's receipt is batched: its statements, key parses and key loads do not grow with the
number of photos a bundle carries, its spooled files are synced a batch at a time, and what it
records is what the field sent plus one signed ``received`` entry per item, every entry
verifying, also with the ``minisign`` tool."""

from __future__ import annotations

import errno
import hashlib
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from humdoc.core.blobs import BlobStore, BlobWriter
from humdoc.core.bundle.minisign import PublicKey
from humdoc.core.custody import verify_chain
from humdoc.core.errors import DiskFull
from humdoc.core.exchange import spool
from humdoc.core.session import Session
from humdoc.core.vault.database import Database
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE
from tests.failing_io import FailingDisk
from tests.minisign_tool import assert_minisign_verifies


@dataclass
class Sent:
    field: Session
    centre: Session
    bundle: Path
    items: list[str]


def _photos(corpus: Path, folder: Path, count: int) -> list[Path]:
    """``count`` camera JPEGs under distinct names (the corpus's, cycled)."""
    sources = sorted((corpus / "exif-samples" / "jpg").glob("*.jpg"))
    folder.mkdir()
    out = []
    for index in range(count):
        source = sources[index % len(sources)]
        out.append(folder / f"{index:03}-{source.name}")
        shutil.copyfile(source, out[-1])
    return out


@pytest.fixture
def send(tmp_path: Path, corpus: Path) -> Iterator[Any]:
    """``send(n)``: a new field and centre, and a bundle of a case of ``n`` photos."""
    made: list[Sent] = []

    def make(n: int) -> Sent:
        root = tmp_path / f"round-{n}"
        field = Session.create(root / "field", PASSPHRASE, "field", KdfParams.floor())
        centre = Session.create(root / "centre", PASSPHRASE, "centre", KdfParams.floor())
        field.recipients.add("Centre", centre.device_keys.age_recipient())
        centre.devices.enrol("Laptop 1", field.device_keys.public_key().to_text())
        case = field.cases.create("Market photos")
        report = field.media.import_files(case.id, _photos(corpus, root / "card", n), "evidence")
        assert len(report.imported) == n and not report.failed
        bundle = root / "case.humdoc"
        field.exporter.export([case.id], ["Centre"], bundle, "evidence")
        made.append(Sent(field, centre, bundle, [i.id for i in report.imported]))
        return made[-1]

    yield make
    for sent in made:
        sent.field.close()
        sent.centre.close()


def _counted_receipt(sent: Sent, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Receive ``sent.bundle``, counting statements, key parses, key loads and sync batches.

    The counters wrap the real functions: every statement runs, every key is really parsed."""
    counts: Counter[str] = Counter()

    def counting(name: str, real: Any) -> Any:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            counts[name] += 1
            return real(*args, **kwargs)

        return wrapped

    monkeypatch.setattr(Database, "execute", counting("statements", Database.execute))
    monkeypatch.setattr(Database, "executemany", counting("statements", Database.executemany))
    parse = PublicKey.from_text.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(PublicKey, "from_text", classmethod(counting("key parses", parse)))
    load = Ed25519PrivateKey.from_private_bytes
    monkeypatch.setattr(
        Ed25519PrivateKey, "from_private_bytes", staticmethod(counting("key loads", load))
    )
    sync = BlobStore.make_durable
    monkeypatch.setattr(BlobStore, "make_durable", counting("sync batches", sync))
    alone = BlobWriter._sync_file
    monkeypatch.setattr(BlobWriter, "_sync_file", counting("files synced", alone))
    summary = sent.centre.receiver().receive(sent.bundle)
    monkeypatch.undo()
    assert summary["media"] == len(sent.items) and not summary["already_received"]
    return counts


def test_a_receipt_s_statements_and_key_parses_do_not_grow_with_its_photos(
    send: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    small, large = send(3), send(24)
    few, many = _counted_receipt(small, monkeypatch), _counted_receipt(large, monkeypatch)
    # Item by item, each photo took 17 statements, 4 key parses and a key load.
    assert many["statements"] == few["statements"] < 60
    assert many["key parses"] == few["key parses"] <= 3
    # The centre's received entries are signed with its key loaded once (these new centres
    # make their key on this first use: one load more).
    assert many["key loads"] == few["key loads"] <= 2
    # Every photo (held in memory while it was checked) is synced with the others: one batch.
    assert many["sync batches"] == few["sync batches"] == 1
    assert (few["files synced"], many["files synced"]) == (3, 24)


def test_spooled_files_are_synced_a_batch_at_a_time(
    send: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent = send(10)
    monkeypatch.setattr(spool, "SYNC_FILES", 4)
    counts = _counted_receipt(sent, monkeypatch)
    assert counts["sync batches"] == 3  # 4 + 4 + the last 2, when the receipt settles
    assert counts["files synced"] == 10
    for item_id in sent.items:
        sealed = sent.centre.media.get(item_id).sealed_sha256
        assert sealed == sent.field.media.get(item_id).derivatives[0].sha256
        assert hashlib.sha256(sent.centre.media.read_original(item_id)).hexdigest() == sealed
    assert sorted(sent.centre.blobs.ids()) == sorted(sent.centre.media.referenced_blobs())


def test_a_receipt_whose_files_cannot_be_synced_records_nothing_and_leaves_nothing(
    send: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent = send(10)
    monkeypatch.setattr(spool, "SYNC_FILES", 4)
    folder = sent.centre.blobs.folder
    folder.mkdir(exist_ok=True)
    with FailingDisk(folder, fsync_error=errno.ENOSPC) as disk, pytest.raises(DiskFull):
        sent.centre.receiver().receive(sent.bundle)
    assert disk.triggered
    for table in ("received_bundles", "media_items", "received_versions", "custody_events"):
        assert sent.centre.db.one(f"SELECT count(*) FROM {table}")[0] == 0  # noqa: S608
    # The batches synced before, the one that failed and the files after it: all gone.
    assert list(sent.centre.blobs.ids()) == []
    assert not [p for p in folder.rglob("*") if p.is_file()]
    summary = sent.centre.receiver().receive(sent.bundle)
    assert summary["media"] == 10 and not summary["already_received"]
    for item_id in sent.items:
        sealed = sent.centre.media.get(item_id).sealed_sha256
        assert hashlib.sha256(sent.centre.media.read_original(item_id)).hexdigest() == sealed


def test_every_entry_a_batched_receipt_stores_verifies_also_with_minisign(
    send: Any, tmp_path: Path
) -> None:
    sent = send(6)
    summary = sent.centre.receiver().receive(sent.bundle)
    centre_fp = sent.centre.device_keys.fingerprint()
    keys = {
        sent.field.device_keys.fingerprint(): tmp_path / "field.pub",
        centre_fp: tmp_path / "centre.pub",
    }
    keys[sent.field.device_keys.fingerprint()].write_text(
        sent.field.device_keys.public_key().to_text()
    )
    keys[centre_fp].write_text(sent.centre.device_keys.public_key().to_text())
    seqs = []
    for item_id in sent.items:
        chain = sent.centre.custody.chain(item_id)
        sent_chain = sent.field.custody.chain(item_id)[: len(chain) - 1]
        # The field's entries as it signed them, then the centre's one ``received`` entry.
        assert chain[:-1] == sent_chain and len(sent_chain) >= 2
        received = chain[-1].fields
        assert received["action"] == "received" and received["device"] == centre_fp
        assert received["prev"] == sent_chain[-1].hash
        assert received["details"]["bundle_id"] == summary["bundle_id"]
        assert verify_chain(item_id, chain, sent.centre.known_key) == []
        seqs.append(received["device_seq"])
        for ev in chain:
            assert_minisign_verifies(ev, keys[ev.fields["device"]], tmp_path)
    # One number of the centre's own sequence per item, in the order the bundle lists them.
    assert seqs == list(range(seqs[0], seqs[0] + len(sent.items)))
