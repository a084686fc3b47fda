"""``humdoc archive extract``: a media file written out of the archive for handover, checked
against its SHA-256, logged, and never half-written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import psycopg
import pytest

from humdoc.core.archive import store
from humdoc.core.archive.extract import extract
from humdoc.core.archive.receive import open_store
from humdoc.core.errors import BlobCorrupt, FileExists, InvalidInput, NotFound
from tests.archive.receiving import Intake, intake  # noqa: F401
from tests.conftest import PASSPHRASE


def _received(w: Intake) -> str:
    s, receiver = w.receiver()
    with s:
        receiver.receive(w.export())
    with w.session("ana1") as ana:
        return str(store.read_record(ana.conn, ana.keys, "media", w.media_id)["sha256"])


def _log(w: Intake) -> list[tuple[str, str, str, str]]:
    with psycopg.connect(w.archive.dba_url) as conn:
        rows = conn.execute("SELECT actor, action, kind, ref FROM access_log ORDER BY id")
        return [tuple(r) for r in rows.fetchall()]


def test_an_analyst_extracts_the_file_it_is_checked_and_the_read_logged(w: Intake) -> None:
    sha = _received(w)
    out = w.tmp / "handover" / "photo.png"
    out.parent.mkdir()
    with w.session("ana1") as ana:
        done = extract(ana, open_store(ana, w.store), w.media_id, out)
        assert done["sha256"] == sha == hashlib.sha256(out.read_bytes()).hexdigest()
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert (w.archive.role("ana1"), "read", "media", w.media_id) in _log(w)
        with pytest.raises(FileExists):  # never over a file
            extract(ana, open_store(ana, w.store), w.media_id, out)
        with pytest.raises(NotFound):
            extract(ana, open_store(ana, w.store), w.media_id, w.tmp / "x.png", "0" * 64)
        with pytest.raises(NotFound):
            extract(ana, open_store(ana, w.store), "media-none", w.tmp / "y.png")


def test_an_altered_stored_copy_is_refused_and_nothing_is_written(w: Intake) -> None:
    _received(w)
    (blob,) = w.blob_files()
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0x01
    blob.write_bytes(bytes(data))
    out = w.tmp / "handover" / "handed-over.png"
    out.parent.mkdir()
    with w.session("ana1") as ana, pytest.raises(BlobCorrupt):
        extract(ana, open_store(ana, w.store), w.media_id, out)
    assert list(out.parent.iterdir()) == []  # neither the file nor a temporary one


def test_extract_on_the_command_line_and_intake_may_not(
    w: Intake, capsys: pytest.CaptureFixture[str]
) -> None:
    from humdoc.cli.app import main

    sha = _received(w)
    secret = w.tmp / "pass"
    secret.write_bytes(PASSPHRASE)
    out = w.tmp / "handed-over.png"

    def run(member: str, dest: Path) -> int:
        return main(["archive", "extract", w.media_id, "--store", str(w.store), "--out",
                     str(dest), "--archive", w.archive.url(w.archive.role(member)),
                     "--passphrase-file", str(secret)])  # fmt: skip

    assert run("ana1", out) == 0, capsys.readouterr().err
    assert hashlib.sha256(out.read_bytes()).hexdigest() == sha
    assert "access log" in capsys.readouterr().out
    assert run("intake1", w.tmp / "other.png") != 0  # receivers do not read media back
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err
    assert not (w.tmp / "other.png").exists()


def test_a_connection_saved_with_its_blob_store_needs_no_store_given(
    w: Intake, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from humdoc.cli.app import main
    from humdoc.core.archive import connections

    sha = _received(w)
    secret = w.tmp / "pass"
    secret.write_bytes(PASSPHRASE)
    bare = w.archive.server.url(w.archive.role("ana1"), w.archive.database, None)
    monkeypatch.setenv("PGPASSWORD", "pg-password-of-the-tests")

    def run(name: str, dest: Path) -> int:
        return main(["archive", "extract", w.media_id, "--out", str(dest), "--archive", name,
                     "--passphrase-file", str(secret)])  # fmt: skip

    connections.add("bare", bare)
    assert run("bare", w.tmp / "none.png") == 2  # no store given, none saved: one line
    err = capsys.readouterr().err.strip()
    assert "--store" in err and "\n" not in err and not (w.tmp / "none.png").exists()
    connections.add("centre", bare, str(w.store))
    assert connections.stores() == {"centre": str(w.store.resolve())}
    assert run("centre", w.tmp / "out.png") == 0, capsys.readouterr().err
    assert hashlib.sha256((w.tmp / "out.png").read_bytes()).hexdigest() == sha
    with pytest.raises(InvalidInput):  # a folder that is not there is not saved
        connections.add("elsewhere", bare, str(w.tmp / "no-such-folder"))
