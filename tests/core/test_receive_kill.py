"""A batched receipt under SIGKILL: nothing of the bundle is recorded, and it arrives whole later.

A real child process receives a bundle of twelve photos with its spool syncing four files at a
time, and is killed with SIGKILL: while the second batch of spooled files is being synced, once
every file is synced inside the import's transaction, once the centre's ``received`` entries
are written, and once the last row is written but not committed; and at random moments. After
each kill the centre opens, ``Session.check`` finds no damage, and the bundle is not received:
no row of it, no attachment or temporary file left (the unlock swept them). Received again
afterwards (after a random kill, unless the kill came after the commit), it is imported whole:
every photo reads back with its SHA-256 and every chain verifies.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from humdoc.core.custody import verify_chain
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE

CHILD = r"""
import os, signal, sys, threading
from pathlib import Path
from humdoc.core.blobs import BlobStore
from humdoc.core.exchange import importer, spool
from humdoc.core.session import Session
from humdoc.core.vault.database import Database

root, bundle, point = sys.argv[1:]
session = Session.open(Path(root), os.environ["HUMDOC_PASSPHRASE"].encode())
spool.SYNC_FILES = 4

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
    threading.Event().wait(60)

if point == "syncing":  # the first batch of spooled files synced, the second being synced
    real_durable = BlobStore.make_durable
    batches = []
    def durable_then_die(self, writers):
        batches.append(1)
        if len(batches) == 2:
            die()
        real_durable(self, writers)
    BlobStore.make_durable = durable_then_die
elif point == "settled":  # inside the transaction: every file durable, media rows written
    real_settle = spool.VaultSpool.settle
    def settle_then_die(self):
        real_settle(self)
        die()
    spool.VaultSpool.settle = settle_then_die
elif point == "signed":  # the centre's received entries written, the bundle not yet recorded
    real_many = Database.executemany
    custody = []
    def many_then_die(self, sql, rows):
        real_many(self, sql, rows)
        if "custody_events" in sql:
            custody.append(1)
            if len(custody) == 2:
                die()
    Database.executemany = many_then_die
elif point == "recorded":  # the transaction's last row written, not committed
    real_copy = importer.record_copy
    def copy_then_die(*args):
        real_copy(*args)
        die()
    importer.record_copy = copy_then_die
print("READY", flush=True)
summary = session.receiver().receive(Path(bundle))
print("RECEIVED", summary["media"], flush=True)
"""

POINTS = ("syncing", "settled", "signed", "recorded")
PHOTOS = 12


@pytest.fixture
def sent(tmp_path: Path, corpus: Path) -> tuple[Path, Path, dict[str, str]]:
    """A locked centre that enrolled a field device, that device's bundle of a case of twelve
    photos, and each item's id with the SHA-256 of the file the bundle carries."""
    sources = sorted((corpus / "exif-samples" / "jpg").glob("*.jpg"))
    card = tmp_path / "card"
    card.mkdir()
    files = []
    for index in range(PHOTOS):
        files.append(card / f"{index:02}.jpg")
        shutil.copyfile(sources[index % len(sources)], files[-1])
    centre_root, bundle = tmp_path / "centre", tmp_path / "case.humdoc"
    with (
        Session.create(tmp_path / "field", PASSPHRASE, "field", KdfParams.floor()) as field,
        Session.create(centre_root, PASSPHRASE, "centre", KdfParams.floor()) as centre,
    ):
        field.recipients.add("Centre", centre.device_keys.age_recipient())
        centre.devices.enrol("Laptop 1", field.device_keys.public_key().to_text())
        case = field.cases.create("Checkpoint photos")
        report = field.media.import_files(case.id, files, "evidence")
        assert len(report.imported) == PHOTOS
        field.exporter.export([case.id], ["Centre"], bundle, "evidence")
        carried = {i.id: i.derivatives[0].sha256 for i in report.imported}
    return centre_root, bundle, carried


def _start(centre: Path, bundle: Path, point: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(centre), str(bundle), point],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HUMDOC_KDF": "floor", "HUMDOC_PASSPHRASE": PASSPHRASE.decode()},
    )


def _received(centre: Path) -> bool:
    """Whether the centre holds the bundle: all of it, or (asserted) nothing of it at all."""
    with Session.open(centre, PASSPHRASE) as s:
        report = s.check()
        assert report.ok, [f.to_json() for f in report.damaged]
        assert sorted(s.blobs.ids()) == sorted(s.media.referenced_blobs())
        assert not [p for p in (centre / "blobs").rglob(".tmp-*")]
        counts = {
            table: int(s.db.one(f"SELECT count(*) FROM {table}")[0])  # noqa: S608
            for table in (
                "received_bundles",
                "received_copies",
                "received_versions",
                "origins",
                "cases",
                "media_items",
                "custody_events",
            )
        }
    if counts["received_bundles"] == 0:
        assert set(counts.values()) == {0}, counts  # nothing half imported
        return False
    return True


def _whole(centre: Path, carried: dict[str, str]) -> None:
    """Every photo the bundle carried is at the centre, whole, its chain verifying."""
    with Session.open(centre, PASSPHRASE) as s:
        for item_id, sha256 in carried.items():
            assert s.media.get(item_id).sealed_sha256 == sha256
            assert hashlib.sha256(s.media.read_original(item_id)).hexdigest() == sha256
            chain = s.custody.chain(item_id)
            assert chain[-1].fields["action"] == "received"
            assert verify_chain(item_id, chain, s.known_key) == []
        assert len(s.media.list(s.cases.list()[0].id)) == len(carried)


def _receive(centre: Path, bundle: Path) -> dict[str, object]:
    with Session.open(centre, PASSPHRASE) as s:
        return s.receiver().receive(bundle)


@pytest.mark.parametrize("point", POINTS)
def test_a_receipt_killed_in_its_batches_records_nothing_and_arrives_whole_later(
    sent: tuple[Path, Path, dict[str, str]], point: str
) -> None:
    centre, bundle, carried = sent
    proc = _start(centre, bundle, point)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL, err
    assert "READY" in out and "RECEIVED" not in out
    assert not _received(centre)
    summary = _receive(centre, bundle)
    assert summary["media"] == PHOTOS and not summary["already_received"]
    assert _received(centre)
    _whole(centre, carried)


def test_receipts_killed_at_random_moments_record_all_or_nothing(
    sent: tuple[Path, Path, dict[str, str]],
) -> None:
    centre, bundle, carried = sent
    rng = random.Random(20261130)
    pristine = centre.parent / "pristine-centre"
    shutil.copytree(centre, pristine)
    # How long a receipt takes here, so that the kills land inside one: the centre receives
    # the bundle to the end once (and is then put back as it was).
    proc = _start(centre, bundle, "none")
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "READY"
    started = time.monotonic()
    done = proc.stdout.readline().strip()
    whole = time.monotonic() - started  # the receipt alone, not the process's exit
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0 and done == f"RECEIVED {PHOTOS}", err
    assert _received(centre)
    _whole(centre, carried)
    cut_short = 0
    for _ in range(6):
        shutil.rmtree(centre)
        shutil.copytree(pristine, centre)
        proc = _start(centre, bundle, "none")
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"
        time.sleep(rng.uniform(0.05, 0.9) * whole)
        proc.kill()  # SIGKILL, by this child's pid
        proc.communicate(timeout=120)
        if _received(centre):  # the kill came after the commit: it is all there
            _whole(centre, carried)
            continue
        cut_short += 1
        summary = _receive(centre, bundle)  # nothing of it was kept: it arrives whole now
        assert summary["media"] == PHOTOS and not summary["already_received"]
        _whole(centre, carried)
        # Received again, the bundle is recognised and nothing is imported twice.
        assert _receive(centre, bundle)["already_received"]
        _whole(centre, carried)
    assert cut_short >= 3  # most kills landed inside the receipt
