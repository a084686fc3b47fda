"""Group commit under SIGKILL: a file said to be imported survives, nothing is half imported.

A real child process imports photos with ``import_files`` in batches of four, printing each item
as the ``imported`` callback reports it, and is killed with SIGKILL: at chosen points of the
second batch (while its files are read and sealed, once its attachments are synced but before
its transaction, once they are synced on their own thread while the third batch's first file is
being sealed, inside its transaction while its custody events are signed and the third batch's
first file is sealed on another thread, and once they are written but not committed) and at
random moments. After each kill the vault opens,
every reported item is there with its SHA-256, its original and its derivative read back whole,
``Session.check`` finds no damage, and the vault holds exactly the attachments its rows name:
no row without its attachment, no attachment (or temporary file) left over.
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

from humdoc.core.session import Session
from tests.conftest import PASSPHRASE

CHILD = r"""
import os, signal, sys
from pathlib import Path
from humdoc.core import intake
from humdoc.core.blobs import BlobStore
from humdoc.core.custody import CustodyBatch
from humdoc.core.session import Session
from humdoc.core.vault.database import Database

root, case_id, point, *names = sys.argv[1:]
session = Session.open(Path(root), os.environ["HUMDOC_PASSPHRASE"].encode())
intake.BATCH_FILES = 4
reported = []

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

def imported(item):
    reported.append(item.id)
    print("IMPORTED", item.id, item.sha256, item.original_name, flush=True)

def second_batch(real):
    def wrapped(*args, **kwargs):
        if len(reported) >= 4:
            die()
        return real(*args, **kwargs)
    return wrapped

if point == "reading":  # the second batch's files are being sealed, none synced
    intake.Intake._seal_bytes = second_batch(intake.Intake._seal_bytes)
elif point == "synced":  # its attachments are durable, its rows not yet written
    real_durable = BlobStore.make_durable
    def durable_then_die(self, writers):
        real_durable(self, writers)
        if len(reported) >= 4:
            die()
    BlobStore.make_durable = durable_then_die
elif point == "transaction":  # inside its transaction, rows written, some events signed
    real_append = CustodyBatch.append
    calls = []
    def append_then_die(self, *args, **kwargs):
        event = real_append(self, *args, **kwargs)
        calls.append(1)
        if len(reported) >= 4 and len(calls) > 4 * 2 + 3:
            die()
        return event
    CustodyBatch.append = append_then_die
elif point == "overlap":  # its attachments synced on their thread, not yet recorded, while
    # the third batch's first file is sealed: the sync's thread then holds (a slow sync, say) so
    # that the kill lands before the second batch's transaction, whatever the timing
    import threading
    real_durable = BlobStore.make_durable
    second_started, second_synced = threading.Event(), threading.Event()
    def durable_then_hold(self, writers):
        if len(reported) >= 4:
            second_started.set()
        real_durable(self, writers)
        if second_started.is_set():
            second_synced.set()
            threading.Event().wait(120)
    BlobStore.make_durable = durable_then_hold
    real_write_all = intake._write_all
    def write_all_then_die(writer, data):
        if second_started.is_set():
            second_synced.wait(120)
            die()
        return real_write_all(writer, data)
    intake._write_all = write_all_then_die
elif point == "stored":  # every row and event of its transaction written, not committed
    real_many = Database.executemany
    def many_then_die(self, sql, rows):
        real_many(self, sql, rows)
        if len(reported) >= 4 and "custody_events" in sql:
            die()
    Database.executemany = many_then_die
print("READY", flush=True)
session.media.import_files(case_id, [Path(n) for n in names], "evidence", imported=imported)
print("DONE", flush=True)
"""

POINTS = ("reading", "synced", "overlap", "transaction", "stored")


def _photos(corpus: Path, folder: Path) -> list[Path]:
    """Twelve camera JPEGs under distinct names (three batches of four)."""
    sources = sorted((corpus / "exif-samples" / "jpg").glob("*.jpg"))[:12]
    folder.mkdir()
    out = []
    for index, source in enumerate(sources):
        target = folder / f"{index:02}-{source.name}"
        shutil.copyfile(source, target)
        out.append(target)
    assert len(out) == 12
    return out


def _start(vault: Path, case_id: str, point: str, files: list[Path]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault), case_id, point, *map(str, files)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HUMDOC_KDF": "floor", "HUMDOC_PASSPHRASE": PASSPHRASE.decode()},
    )


def _reported(out: str) -> dict[str, tuple[str, str]]:
    """Item id -> (SHA-256, name) of every item the child said was imported."""
    rows = [line.split() for line in out.splitlines() if line.startswith("IMPORTED ")]
    return {row[1]: (row[2], row[3]) for row in rows}


def _check_after_kill(vault: Path, reported: dict[str, tuple[str, str]], files: list[Path]) -> int:
    """Every promise kept and nothing half imported; returns how many items the vault holds."""
    by_name = {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    with Session.open(vault, PASSPHRASE) as s:
        report = s.check()
        assert report.ok, [f.to_json() for f in report.damaged]
        assert sorted(s.blobs.ids()) == sorted(s.media.referenced_blobs())
        assert not [p for p in (vault / "blobs").rglob(".tmp-*")]
        items = {i.id: i for i in s.media.list(s.cases.list()[0].id)}
        for item_id, (sha, name) in reported.items():
            assert item_id in items, f"{name} was reported imported and is gone"
            assert sha == by_name[name]
        for item in items.values():  # reported or not, whatever is there is whole
            assert hashlib.sha256(s.media.read_original(item.id)).hexdigest() == item.sha256
            assert [d.policy for d in item.derivatives] == ["evidence"]
            assert by_name[item.original_name] == item.sha256
        return len(items)


@pytest.fixture
def vault_and_case(tmp_path: Path) -> tuple[Path, str]:
    vault = tmp_path / "vault"
    with Session.create(vault, PASSPHRASE, "field") as s:
        return vault, s.cases.create("Checkpoint photos").id


@pytest.mark.parametrize("point", POINTS)
def test_kill_in_the_second_batch_keeps_the_first_and_nothing_of_the_second(
    vault_and_case: tuple[Path, str], corpus: Path, tmp_path: Path, point: str
) -> None:
    vault, case_id = vault_and_case
    files = _photos(corpus, tmp_path / "card")
    proc = _start(vault, case_id, point, files)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL, err
    reported = _reported(out)
    assert len(reported) == 4  # the first batch, reported once committed
    assert _check_after_kill(vault, reported, files) == 4  # nothing of the second batch


def test_kills_at_random_moments_lose_nothing_reported(
    vault_and_case: tuple[Path, str], corpus: Path, tmp_path: Path
) -> None:
    vault, case_id = vault_and_case
    files = _photos(corpus, tmp_path / "card")
    rng = random.Random(20261130)
    # How long an import of these files takes here, so the kills land inside one whatever the
    # machine's speed: a first run goes to the end (and is checked like the others).
    proc = _start(vault, case_id, "none", files)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "READY"
    started = time.monotonic()
    out, _err = proc.communicate(timeout=120)
    whole = time.monotonic() - started
    assert proc.returncode == 0 and len(_reported(out)) == len(files)
    _check_after_kill(vault, _reported(out), files)
    killed = 0
    for _ in range(6):
        proc = _start(vault, case_id, "none", files)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"
        time.sleep(rng.uniform(0.05, 0.8) * whole)
        proc.kill()  # SIGKILL, by this child's pid
        out, _err = proc.communicate(timeout=120)
        killed += proc.returncode == -signal.SIGKILL
        _check_after_kill(vault, _reported(out), files)
    assert killed >= 3  # most runs were cut short, not finished
