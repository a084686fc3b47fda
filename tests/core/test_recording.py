"""Testimonies recorded in the app: sealed chunk by chunk, recovered after a kill, playable.

The synthetic source feeds the same core path the microphone does. The crash test kills a real
child process (SIGKILL) in the middle of a recording, then unlocks the vault and checks that the
recording came back as a FLAC media item that ffmpeg decodes without an error and that lasts
within a chunk or two of what the child had fed.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from humdoc.core.errors import ConsentWithheld, InvalidInput
from humdoc.core.recording import CHUNK_SECONDS, peak_level, synthetic_pcm
from humdoc.core.session import Session
from tests.conftest import PASSPHRASE


def _testimony(session: Session, consent: tuple[str, ...] = ("record", "share-centre")) -> str:
    case = session.cases.create("Market square dispersal")
    return session.testimonies.add(case.id, "W-014", "Statement.", consent=consent).id


def _probe(data: bytes) -> dict[str, str]:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration,format_name:stream=codec_name"
         ",sample_rate,channels", "-of", "json", "pipe:0"],
        input=data, capture_output=True, check=True,
    )  # fmt: skip
    doc = json.loads(out.stdout)
    return {**doc["format"], **doc["streams"][0]}


def _decodes_cleanly(data: bytes) -> None:
    out = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", "pipe:0", "-f", "null", "-"],
        input=data,
        capture_output=True,
    )
    assert out.returncode == 0 and not out.stderr.strip(), out.stderr


def test_a_recording_becomes_a_flac_item_linked_to_the_testimony(session: Session) -> None:
    tid = _testimony(session)
    rec = session.recordings.start(tid, sample_rate=16000)
    for second in range(7):
        level = rec.feed(synthetic_pcm(16000, 1, 1.0, start=second))
        assert 0.05 < level <= 1.0
    assert rec.seconds == pytest.approx(7.0)
    assert rec.sealed_seconds == pytest.approx(6.0)  # three whole chunks of two seconds
    item = rec.finish()

    assert item.testimony_id == tid and item.format == "flac" and item.kind == "audio"
    assert session.recordings.pending() == []
    data = session.media.read_original(item.id)
    probe = _probe(data)
    assert probe["codec_name"] == "flac" and probe["sample_rate"] == "16000"
    assert float(probe["duration"]) == pytest.approx(7.0, abs=0.01)
    _decodes_cleanly(data)
    actions = [e.fields["action"] for e in session.custody.chain(item.id)]
    assert actions[0] == "intake" and "recorded" in actions
    # The chunks are gone once the item exists; nothing else is left in the blob store.
    assert set(session.blobs.ids()) == session.media.referenced_blobs()


def test_pause_keeps_no_sound_and_seals_what_came_before(session: Session) -> None:
    rec = session.recordings.start(_testimony(session), sample_rate=8000)
    rec.feed(synthetic_pcm(8000, 1, 1.5))
    rec.pause()
    assert rec.sealed_seconds == pytest.approx(1.5)  # sealed at once, not at the next chunk
    assert rec.feed(synthetic_pcm(8000, 1, 3.0)) > 0  # the meter still moves
    rec.resume()
    rec.feed(synthetic_pcm(8000, 1, 1.0))
    item = rec.finish()
    duration = float(_probe(session.media.read_original(item.id))["duration"])
    assert duration == pytest.approx(2.5, abs=0.01)


def test_without_record_consent_nothing_is_recorded(session: Session) -> None:
    tid = _testimony(session, consent=("share-centre",))
    with pytest.raises(ConsentWithheld, match="consented to being recorded"):
        session.recordings.start(tid)
    assert session.recordings.pending() == []


def test_discarding_a_recording_leaves_nothing(session: Session) -> None:
    before = set(session.blobs.ids())
    rec = session.recordings.start(_testimony(session))
    rec.feed(synthetic_pcm(16000, 1, 5.0))
    assert set(session.blobs.ids()) - before  # two chunks sealed
    rec.discard()
    assert set(session.blobs.ids()) == before
    assert session.recordings.pending() == []
    with pytest.raises(InvalidInput):
        rec.feed(b"\x00\x00")


def test_an_empty_recording_is_refused(session: Session) -> None:
    rec = session.recordings.start(_testimony(session))
    with pytest.raises(InvalidInput, match="Nothing was recorded"):
        rec.finish()
    assert session.media.count() == 0


def test_peak_level() -> None:
    assert peak_level(b"") == 0.0
    assert peak_level(b"\x00\x80") == 1.0  # -32768 clips to full scale
    assert peak_level((16384).to_bytes(2, "little", signed=True)) == pytest.approx(0.5, abs=1e-3)


CHILD = r"""
import os, sys, time
from pathlib import Path
from humdoc.core.recording import synthetic_pcm
from humdoc.core.session import Session

root, tid = sys.argv[1:3]
session = Session.open(Path(root), os.environ["HUMDOC_PASSPHRASE"].encode())
rec = session.recordings.start(tid, sample_rate=16000)
step = 0.25
n = 0
while True:  # fed in steps as a microphone would, until killed; five times faster than real
    rec.feed(synthetic_pcm(16000, 1, step, start=n * step))  # time (nothing reads the clock)
    n += 1
    print(f"{rec.seconds:.2f}", flush=True)
    time.sleep(step / 5)
"""


def test_a_killed_recording_is_recovered_at_the_next_unlock(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    with Session.create(root, PASSPHRASE) as session:
        tid = _testimony(session)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(root), tid],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "HUMDOC_PASSPHRASE": PASSPHRASE.decode()},
    )
    assert child.stdout is not None
    fed = 0.0
    deadline = time.monotonic() + 180  # a loaded machine starts Python slowly
    try:
        while fed < 7.3 and time.monotonic() < deadline:  # killed between two chunk seals
            ready, _, _ = select.select([child.stdout], [], [], 60)
            line = child.stdout.readline() if ready else b""
            assert line, child.stderr.read() if child.poll() is not None else "child is silent"
            fed = float(line)
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    # Lines the child wrote before it died but that were not read yet: the last is what it fed.
    for line in child.stdout.read().split():
        fed = float(line)
    assert fed >= 7.3

    with Session.open(root, PASSPHRASE) as session:
        assert len(session.recovered) == 1
        item = session.recovered[0]
        assert item.testimony_id == tid and item.format == "flac"
        data = session.media.read_original(item.id)
        duration = float(_probe(data)["duration"])
        # Everything but the chunk being filled: at most one chunk (plus the last feed) lost.
        assert fed - CHUNK_SECONDS - 0.5 <= duration <= fed
        _decodes_cleanly(data)
        custody = session.custody.chain(item.id)
        recorded = next(e for e in custody if e.fields["action"] == "recorded")
        assert recorded.fields["details"]["recovered_after_interruption"] is True
        assert session.recordings.pending() == []
        assert session.check().ok
    # A second unlock finds nothing more to recover.
    with Session.open(root, PASSPHRASE) as session:
        assert session.recovered == [] and session.media.count() == 1


def test_a_recorded_testimony_travels_to_the_centre_under_evidence(tmp_path: Path) -> None:
    from tests.core.exchange_helpers import make_pair

    pair = make_pair(tmp_path)
    try:
        rec = pair.field.recordings.start(pair.testimony_id, sample_rate=16000)
        rec.feed(synthetic_pcm(16000, 1, 3.0))
        item = rec.finish("evidence")
        original = pair.field.media.read_original(item.id)
        out = tmp_path / "b.humdoc"
        pair.field.exporter.export([pair.case_id], ["Centre"], out, "evidence")
        summary = pair.centre.receiver().receive(out)
        assert summary["media"] == 2  # the photo and the recording
        got = next(i for i in pair.centre.media.list(pair.case_id) if i.id == item.id)
        assert got.testimony_id == pair.testimony_id and got.format == "flac"
        data = pair.centre.media.read_original(got.id)
        # The sound is byte for byte what was recorded; the tags are only the capture date.
        assert _stream_hash(data) == _stream_hash(original)
        path = tmp_path / "received.flac"
        path.write_bytes(data)
        tags = subprocess.run(
            ["exiftool", "-j", "-a", "-G1", "-Vorbis:all", str(path)],
            capture_output=True, check=True,
        ).stdout  # fmt: skip
        assert set(json.loads(tags)[0]) <= {"SourceFile", "Vorbis:Vendor", "Vorbis:Date"}
        assert float(_probe(data)["duration"]) == pytest.approx(3.0, abs=0.01)
    finally:
        pair.close()


def _stream_hash(data: bytes) -> str:
    return subprocess.run(
        ["ffmpeg", "-v", "error", "-i", "pipe:0", "-map", "0:a", "-c", "copy", "-f", "streamhash",
         "-hash", "sha256", "-"],
        input=data, capture_output=True, check=True,
    ).stdout.decode()  # fmt: skip
