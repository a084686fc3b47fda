"""A watcher outlives its database: the server restarts, the connection is cut mid-import, and
every bundle is still imported exactly once, whole, with one line on stderr per outage."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest

from humdoc.core.archive import store
from humdoc.core.archive.receive import Watcher, sweep
from humdoc.core.archive.session import NotPermitted
from humdoc.core.blobs import BlobStore
from tests import pgserver
from tests.archive.conftest import new_archive
from tests.archive.receiving import Intake, intake, make_intake  # noqa: F401
from tests.conftest import PASSPHRASE


def wait_for(what: Callable[[], bool], seconds: float, why: str) -> None:
    deadline = time.monotonic() + seconds
    while not what():
        assert time.monotonic() < deadline, f"timed out waiting: {why}"
        time.sleep(0.1)


def drop(bundle: Path, folder: Path) -> Path:
    """Put ``bundle`` into the watched ``folder`` whole (as a copy tool renaming it in would)."""
    target = folder / bundle.name
    shutil.move(bundle, target)
    return target


def test_a_watcher_in_a_child_survives_a_server_restart(
    new_field_vault: Path, tmp_path: Path
) -> None:
    with pgserver.running() as server:  # a server of this test's own: it is stopped below
        w = make_intake(new_archive(server), new_field_vault, tmp_path)
        try:
            _restart_under_a_watcher(w, server, tmp_path)
        finally:
            w.field.close()


def _restart_under_a_watcher(w: Intake, server: pgserver.PgServer, tmp: Path) -> None:
    incoming = tmp / "incoming"
    incoming.mkdir()
    out, err = tmp / "watch.out", tmp / "watch.err"
    cmd = [sys.executable, "-m", "humdoc", "centre", "receive",
           "--archive", w.archive.url(w.archive.role("intake1")), "--store", str(w.store),
           "--watch", str(incoming), "--interval", "0.3"]  # fmt: skip
    env = {**os.environ, "HUMDOC_PASSPHRASE": PASSPHRASE.decode(), "QT_QPA_PLATFORM": "offscreen"}
    with out.open("wb") as so, err.open("wb") as se:
        proc = subprocess.Popen(cmd, env=env, stdout=so, stderr=se)
    try:
        wait_for(lambda: "Watching" in out.read_text(), 60, "the watcher to start")
        drop(w.export("one.humdoc"), incoming)
        wait_for(lambda: (incoming / "received" / "one.humdoc").exists(), 60, "bundle one")

        server.halt()  # every connection cut, as when systemd restarts PostgreSQL
        two = w.export("two.humdoc")
        drop(two, incoming)
        wait_for(lambda: err.read_text().count("\n") >= 1, 60, "the outage to be noticed")
        time.sleep(2.5)  # a few tries into the back-off, the server still down
        assert proc.poll() is None, err.read_text()
        server.resume()
        wait_for(lambda: (incoming / "received" / "two.humdoc").exists(), 90, "bundle two")
        drop(w.export("three.humdoc"), incoming)
        wait_for(lambda: (incoming / "received" / "three.humdoc").exists(), 60, "bundle three")
        assert proc.poll() is None
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(60)
    lines = err.read_text().splitlines()
    assert code == 0, lines
    assert len(lines) == 1, lines  # one line for the one outage, no traceback
    assert lines[0].startswith("humdoc: The archive ") and "trying again" in lines[0]
    assert "Reconnected to the archive after " in out.read_text()
    assert not list((incoming / "rejected").iterdir())
    with psycopg.connect(w.archive.dba_url) as conn:
        rows = conn.execute("SELECT sequence FROM bundles ORDER BY sequence").fetchall()
    assert [r[0] for r in rows] == [1, 2, 3]  # each imported exactly once


def test_a_cut_mid_import_leaves_nothing_and_the_next_look_imports_it_once(w: Intake) -> None:
    """The server cuts the receiver's connection half-way through its transaction (after the
    first custody entry is written): nothing of the bundle stays, the bundle stays in the
    folder, the watcher connects again and imports it whole, once."""
    with psycopg.connect(w.archive.dba_url, autocommit=True) as dba:
        dba.execute("CREATE SEQUENCE cut_once")
        dba.execute(
            "CREATE FUNCTION cut() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$ "
            "BEGIN IF nextval('cut_once') = 1 THEN "
            "PERFORM pg_terminate_backend(pg_backend_pid()); END IF; RETURN NEW; END $$"
        )
        dba.execute(
            "CREATE TRIGGER cut AFTER INSERT ON custody_events FOR EACH ROW EXECUTE FUNCTION cut()"
        )
    incoming = w.tmp / "incoming"
    incoming.mkdir()
    events: list[dict[str, Any]] = []
    seen_then: dict[str, Any] = {}

    def report(event: dict[str, Any]) -> None:
        events.append(event)
        if event.get("archive") == "unreachable":  # at the outage: nothing half-imported
            seen_then["counts"] = [w.count(t) for t in ("bundles", "records", "custody_events")]
            seen_then["waiting"] = sorted(p.name for p in incoming.glob("*.humdoc"))

    s, receiver = w.receiver()
    with s:
        watcher = Watcher(receiver, incoming, report)
        drop(w.export("cut.humdoc"), incoming)
        started = time.monotonic()

        def stop() -> bool:
            done = (incoming / "received" / "cut.humdoc").exists()
            return done or time.monotonic() - started > 60

        watcher.run(stop, interval=0.1)
        assert (incoming / "received" / "cut.humdoc").exists(), events
        assert seen_then == {"counts": [0, 0, 0], "waiting": ["cut.humdoc"]}
        assert [e.get("archive") or e.get("received") for e in events] == [
            "unreachable",
            "reconnected",
            True,
        ]
        assert "administrator command" in events[0]["error"]
        assert w.count("bundles") == 1 and w.count("records") == 4
        assert len(store.custody(s.conn, s.keys, w.media_id)) >= 2
        # the first try's spooled file stays as an orphan (its commit was in doubt): sweep
        # deletes it, and the archive's media file is the second try's, whole
        assert len(w.blob_files()) == 2
        assert sweep(s, BlobStore(w.store), older_than=0) == 1
    with w.session("ana1") as ana:
        media = store.read_record(ana.conn, ana.keys, "media", w.media_id)
        found = store.read_media(ana.conn, ana.keys, w.media_id, media["sha256"])
        data = BlobStore(w.store).read_all(found.blob_id, found.file_key, 1 << 26)
        assert len(data) == media["size"]


def test_reconnect_is_refused_to_a_member_whose_keyslot_went_meanwhile(w: Intake) -> None:
    s, _ = w.receiver()
    with s:
        first = s.conn
        s.reconnect()  # a new connection, the same member and keys
        assert s.conn is not first and first.closed
        assert s.conn.execute("SELECT session_user").fetchone()[0] == w.archive.role("intake1")
        with psycopg.connect(w.archive.dba_url, autocommit=True) as dba:
            dba.execute("DELETE FROM keyslots WHERE role_name = %s", (w.archive.role("intake1"),))
        held = s.conn
        with pytest.raises(NotPermitted, match="no longer a member of this archive"):
            s.reconnect()
        assert s.conn is held  # nothing changed
