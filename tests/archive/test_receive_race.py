"""Receivers as separate processes: racing on the same bundles, watching one folder, killed.

Each receiver is ``humdoc centre receive`` in a process of its own, with its own connection, as
on separate machines. The archive's ledger decides which of them imports a bundle.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg

from humdoc.core.archive import store
from humdoc.core.archive.receive import sweep
from humdoc.core.blobs import BlobStore
from tests.archive.receiving import Intake, intake  # noqa: F401
from tests.conftest import PASSPHRASE

WAIT = 120.0


def receiver_cmd(w: Intake, *args: str) -> list[str]:
    url = w.archive.url(w.archive.role("intake1"))
    return [sys.executable, "-m", "humdoc", "--json", "centre", "receive", "--archive", url,
            "--store", str(w.store), *args]  # fmt: skip


def child_env() -> dict[str, str]:
    return {**os.environ, "HUMDOC_PASSPHRASE": PASSPHRASE.decode(), "QT_QPA_PLATFORM": "offscreen"}


def five_bundles(w: Intake) -> list[Path]:
    out = []
    for n in range(5):
        w.field.testimonies.update(w.testimony_id, statement=f"Telling number {n + 1}.")
        out.append(w.export())
    return out


def test_two_receiver_processes_racing_import_each_bundle_exactly_once(w: Intake) -> None:
    bundles = five_bundles(w)
    names = [str(b) for b in bundles]
    procs = [
        subprocess.Popen(
            receiver_cmd(w, *order),
            env=child_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for order in (names, names[::-1])
    ]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=WAIT)
        assert p.returncode == 0, err
        results.append({r["file"]: r for r in json.loads(out)["bundles"]})
    for name in names:
        verdicts = sorted(r[name]["already_received"] for r in results)
        assert all(r[name]["received"] for r in results)
        assert verdicts == [False, True], name  # one imported it, the other found it imported
    assert w.count("bundles") == 5 and w.count("bundle_copies") == 5
    assert w.count("records") == 4  # one case, person, testimony and media item
    assert w.count("record_versions") == 5 * 4
    assert w.count("media_files") == 1  # the same photo every time: kept once
    assert len(w.blob_files()) == 1  # every other spooled copy was discarded
    with w.session("ana1") as ana:
        body = store.read_record(ana.conn, ana.keys, "testimonies", w.testimony_id)
        assert body["statement"] == "Telling number 5."


def test_two_watchers_on_one_folder_import_each_bundle_once(w: Intake, tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    bundles = five_bundles(w)
    watchers = [
        subprocess.Popen(
            receiver_cmd(w, "--watch", str(drop), "--interval", "0.3"),
            env=child_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        for b in bundles:
            os.rename(b, drop / b.name)
        (drop / "not-a-bundle.humdoc").write_bytes(b"this is no bundle at all")
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            done = {p.name for p in (drop / "received").glob("*.humdoc")}
            if len(done) >= 5 and (drop / "rejected" / "not-a-bundle.humdoc").exists():
                break
            time.sleep(0.3)
    finally:
        outputs = []
        for p in watchers:
            p.send_signal(signal.SIGTERM)
            out, err = p.communicate(timeout=WAIT)
            assert p.returncode == 0, err
            outputs.append(out)
    assert sorted(p.name for p in (drop / "received").glob("*.humdoc")) == sorted(
        b.name for b in bundles
    )
    reason = (drop / "rejected" / "not-a-bundle.humdoc.reason").read_text()
    assert reason.count("\n") == 1 and re.match(r"[a-z-]+: \S", reason), reason
    assert [p.name for p in drop.iterdir() if p.is_file()] == []
    events = [json.loads(line) for out in outputs for line in out.splitlines() if line.strip()]
    imported = [e["file"] for e in events if e.get("received") and not e["already_received"]]
    assert sorted(imported) == sorted(b.name for b in bundles)  # each once, by one watcher
    assert w.count("bundles") == 5 and w.count("records") == 4


def _backend_of(dba: psycopg.Connection, role: str) -> tuple[int, str | None, str | None] | None:
    return dba.execute(
        "SELECT pid, wait_event_type, backend_xid::text FROM pg_stat_activity "
        "WHERE usename = %s AND state = 'active'",
        (role,),
    ).fetchone()


def test_a_receiver_killed_mid_import_leaves_nothing_and_another_receives_it_whole(
    w: Intake,
) -> None:
    bundle = w.export(identity=True)
    role = w.archive.role("intake1")
    with psycopg.connect(w.archive.dba_url, autocommit=True) as dba:
        # Hold the receiver inside its transaction: inserts into custody_events wait for this
        # lock, after the ledger row, the records and the media file are written (uncommitted).
        blocker = psycopg.connect(w.archive.dba_url)
        blocker.execute("LOCK TABLE custody_events IN SHARE MODE")
        proc = subprocess.Popen(receiver_cmd(w, str(bundle)), env=child_env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        deadline = time.monotonic() + WAIT
        backend = None
        while time.monotonic() < deadline:
            backend = _backend_of(dba, role)
            if backend is not None and backend[1] == "Lock":
                break
            time.sleep(0.1)
        assert backend is not None and backend[1] == "Lock", "the receiver never got that far"
        assert backend[2] is not None  # its transaction has written rows
        assert w.blob_files()  # the photo is in the store already
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=WAIT)
        assert proc.returncode == -signal.SIGKILL
        blocker.rollback()
        blocker.close()
        while time.monotonic() < deadline and _backend_of(dba, role) is not None:
            time.sleep(0.1)
    for table in ("bundles", "bundle_copies", "records", "record_versions", "media_files",
                  "custody_events", "identities"):  # fmt: skip
        assert w.count(table) == 0, table
    orphans = w.blob_files()
    assert orphans
    s, receiver = w.receiver()
    with s:
        assert sweep(s, BlobStore(w.store), older_than=0) == len(orphans)
        assert w.blob_files() == []
        summary = receiver.receive(bundle)
        assert summary["already_received"] is False and summary["identities"] == 1
    assert w.count("bundles") == 1 and w.count("records") == 4 and w.count("identities") == 1
    with w.session("ana1") as ana:
        media = store.read_record(ana.conn, ana.keys, "media", w.media_id)
        found = store.read_media(ana.conn, ana.keys, w.media_id, media["sha256"])
        data = BlobStore(w.store).read_all(found.blob_id, found.file_key, 1 << 26)
        assert len(data) == media["size"]
        assert len(store.custody(ana.conn, ana.keys, w.media_id)) >= 1
