"""The intake benchmark's thread accounts (bench/intake_threads.py) count what they say: every
photo is imported as usual, each stage's CPU time lands on the thread that ran it (the
original's SHA-256 on the hashing thread, its encryption on the sealing thread), a stage called
inside another is counted once, the stages never add up to more than the process used, and
every wrapped function (and the JPEG scan's pattern) is put back afterwards, also when the
import fails."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

import humdoc.core.blobs as blobs_module
import humdoc.core.crypto.stream as stream_module
import humdoc.core.intake as intake_module
import humdoc.core.media.jpeg as jpeg_module
from bench import intake_threads
from bench.largeset import Camera, make_jpeg
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "exif-samples" / "jpg"
PASSPHRASE = b"thread accounts passphrase"


def _originals() -> dict[tuple[object, str], object]:
    return {(owner, name): owner.__dict__[name] for owner, name, _s, _w in intake_threads.STAGES}


def _vault(tmp_path: Path) -> tuple[Path, str]:
    vault = tmp_path / "vault"
    with Session.create(vault, PASSPHRASE, "field", KdfParams.floor()) as session:
        return vault, session.cases.create("Accounts").id


def _photos(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "photos"
    folder.mkdir()
    for path in sorted(CORPUS.rglob("*.jpg"))[:12]:
        shutil.copyfile(path, folder / f"{path.parent.name}-{path.name}")
    camera = Camera("accounts", 2400, 1800, 90, "jpg/gps/DSCN0010.jpg")
    (folder / "large.jpg").write_bytes(make_jpeg(camera, random.Random(7)))
    return sorted(folder.iterdir())


def test_stages_are_counted_on_their_threads(tmp_path: Path) -> None:
    vault, case_id = _vault(tmp_path)
    photos = _photos(tmp_path)
    before = _originals()
    got = intake_threads.account(vault, PASSPHRASE, case_id, photos)
    assert _originals() == before
    with Session.open(vault, PASSPHRASE) as session:
        items = session.media.list(case_id)
    assert len(items) == len(photos)
    stages = {stage for _thread, stage in got.cpu}
    assert {"read the file", "metadata", "SHA-256 of the copy"} <= stages
    threads = {thread for thread, _stage in got.cpu}
    assert ("hashing", "SHA-256 of the original") in got.cpu  # the large photo's pieces
    assert ("sealing", "ChaCha20-Poly1305 of the original") in got.cpu
    # The scan is taken out of the layout it is called from, not counted twice.
    assert got.cpu[("importing", "JPEG marker scan through the image data")] > 0
    assert ("importing", "the copy's layout (segments kept, EXIF rebuilt)") in got.cpu
    assert got.cpu[("importing", "SQL statements")] > 0
    assert got.cpu[("importing", "Ed25519 signatures of the custody events")] > 0
    assert threads <= set(intake_threads.THREADS.values())
    assert got.wall > 0 and got.process_cpu > 0
    assert sum(got.cpu.values()) <= got.process_cpu + 0.01
    text, deps_share = intake_threads.accounts_table(got)
    assert 0.0 < deps_share < 1.0
    assert "| hashing | SHA-256 of the original | OpenSSL SHA-256 (`hashlib`) |" in text
    assert text.count("\n") == len([s for s in got.cpu.values() if s >= 0.0005]) + 4


def test_functions_are_put_back_when_the_import_fails(tmp_path: Path) -> None:
    vault, _case_id = _vault(tmp_path)
    before = _originals()
    with pytest.raises(Exception, match="does-not-exist|No such case|case"):
        intake_threads.account(vault, PASSPHRASE, "c-does-not-exist", _photos(tmp_path))
    assert _originals() == before
    assert intake_module.Intake.__dict__["_record"] is before[(intake_module.Intake, "_record")]
    assert (
        blobs_module.BlobWriter.__dict__["__enter__"]
        is before[(blobs_module.BlobWriter, "__enter__")]
    )
    assert (
        stream_module.StreamEncryptor.__dict__["update_into"]
        is before[(stream_module.StreamEncryptor, "update_into")]
    )
    assert jpeg_module._NEXT_MARKER is before[(jpeg_module, "_NEXT_MARKER")]
