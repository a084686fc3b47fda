"""Recording a testimony in the window, playing audio and video from memory, poster frames.

The recorder is fed by the synthetic source (this machine has no microphone); Qt Multimedia's
FFmpeg backend decodes offscreen. "No file" is checked three ways: no new file in the temporary
folder, the home folder (config and caches) or the vault folder (other than encrypted blobs and
the database), no plaintext in the new blobs, and no file descriptor of this process open on
any of those folders' other files while the media plays.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from humdoc.core.session import Session
from humdoc.gui.main_window import MainWindow
from humdoc.gui.media_tab import MediaTab
from humdoc.gui.playback import PlayerDialog, PosterFrame
from humdoc.gui.record_dialog import RecordDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import session_of, wait_job

_DB_FILES = (
    "vault.json",
    "vault.db",
    "vault.db-wal",
    "vault.db-shm",
    "vault.db-journal",
    "vault.lock",
)


@pytest.fixture
def watched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """The folders where no plaintext file may appear: a private TMPDIR and the test's home."""
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    yield [tmp, tmp_path / "home"]


def _files(folders: list[Path]) -> set[Path]:
    return {p for f in folders for p in f.rglob("*") if p.is_file()}


def _new_plain_files(before: set[Path], folders: list[Path]) -> list[Path]:
    """New files that are neither encrypted blobs nor the database."""
    new = _files(folders) - before
    return sorted(p for p in new if "blobs" not in p.parts and p.name not in _DB_FILES)


def _open_files_under(folders: list[Path]) -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if any(target.startswith(str(f)) for f in folders) and not target.endswith(_DB_FILES):
            found.append(target)
    return found


def _testimonies_tab_with_one(win: MainWindow) -> tuple[Session, str]:
    session = session_of(win)
    case = session.cases.list()[0]
    t = session.testimonies.add(case.id, "W-21", "Spoken.", consent=("record", "share-centre"))
    workspace = win.workspace
    assert workspace.select_case(case.id)
    workspace.case_view.set_case(session, session.cases.get(case.id))
    assert workspace.case_view.testimonies.select(t.id)
    return session, t.id


def test_record_pause_resume_stop_saves_a_linked_item_and_no_file(
    qtbot: QtBot, unlocked: MainWindow, watched: list[Path], always_confirm: list[str]
) -> None:
    session, tid = _testimonies_tab_with_one(unlocked)
    folders = [*watched, session.root]
    before = _files(folders)
    tab = unlocked.workspace.case_view.testimonies
    assert tab.record_button.isEnabled()
    dialog = tab.record_testimony(source="synthetic")
    assert isinstance(dialog, RecordDialog)
    assert not dialog.pause_button.isEnabled()
    dialog.record_button.click()
    assert dialog.recorder is not None
    qtbot.waitUntil(
        lambda: dialog.recorder is not None and dialog.recorder.seconds >= 2.3, timeout=10_000
    )
    assert dialog.meter.value() > 5  # the level meter moves
    assert dialog.elapsed.text().startswith("0:00:02")
    dialog.pause_button.click()
    assert dialog.recorder.paused and "paused" in dialog.elapsed.text()
    held = dialog.recorder.seconds
    qtbot.wait(400)
    assert dialog.recorder.seconds == held  # nothing is kept while paused
    dialog.pause_button.click()
    qtbot.waitUntil(
        lambda: dialog.recorder is not None and dialog.recorder.seconds >= held + 0.5,
        timeout=10_000,
    )
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.stop_button.click()
    item = saved.args[0]
    assert item.testimony_id == tid and item.format == "flac"
    assert session.recordings.pending() == []
    assert _new_plain_files(before, folders) == []
    for path in _files(folders) - before:  # what is new is encrypted
        assert b"fLaC" not in path.read_bytes()
    assert unlocked.workspace.media.model.row_of(item.id) >= 0  # shown in the Media tab


def test_without_a_microphone_the_dialog_says_so(qtbot: QtBot, unlocked: MainWindow) -> None:
    session, tid = _testimonies_tab_with_one(unlocked)
    dialog = RecordDialog(session, tid, "microphone")
    qtbot.addWidget(dialog)
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.defaultAudioInput().isNull():
        assert "No microphone" in dialog.state.text()
        assert not dialog.record_button.isEnabled()
    else:
        assert dialog.record_button.isEnabled()


def _media_tab(win: MainWindow) -> MediaTab:
    workspace = win.workspace
    case = session_of(win).cases.list()[0]
    assert workspace.select_case(case.id)
    workspace.case_view.tabs.setCurrentWidget(workspace.media)
    return workspace.media


def _video(path: Path) -> Path:
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=160x120:rate=10:d=2",
         "-f", "lavfi", "-i", "sine=d=2", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac",
         "-shortest", str(path)],
        check=True,
    )  # fmt: skip
    return path


def test_video_gets_a_poster_frame_decoded_in_memory(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, watched: list[Path]
) -> None:
    session = session_of(unlocked)
    case = session.cases.list()[0]
    source = _video(tmp_path / "clip.mp4")
    item = session.media.import_file(case.id, source)
    tab = _media_tab(unlocked)
    tab.model.refresh()
    folders = [*watched, session.root]
    before = _files(folders)
    assert tab.poster is None  # Qt Multimedia is loaded only when first needed
    assert tab.select(item.id)
    qtbot.waitUntil(lambda: tab.poster_image is not None, timeout=15_000)
    pixmap = tab.preview.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    assert tab.poster_image.width() == 320 and tab.poster_image.height() == 240
    # The first frame of testsrc has colour bars: not a blank picture.
    assert len({tab.poster_image.pixel(x, 60) for x in range(0, 320, 20)}) >= 4
    assert _new_plain_files(before, folders) == []


def test_poster_frame_of_a_broken_video_fails_with_a_reason(qtbot: QtBot) -> None:
    poster = PosterFrame()
    with qtbot.waitSignal(poster.failed, timeout=20_000) as failed:
        poster.grab(b"\x00\x00\x00\x18ftypisom" + bytes(500), "mp4")
    assert failed.args[0] and "<" not in failed.args[0]


@pytest.mark.parametrize("kind", ["audio", "video"])
def test_playing_from_memory_creates_no_file(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, watched: list[Path], kind: str
) -> None:
    session = session_of(unlocked)
    case = session.cases.list()[0]
    if kind == "video":
        source = _video(tmp_path / "clip.mp4")
    else:
        source = tmp_path / "voice.ogg"
        subprocess.run(
            ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=d=3", "-c:a", "libopus",
             str(source)],
            check=True,
        )  # fmt: skip
    item = session.media.import_file(case.id, source)
    tab = _media_tab(unlocked)
    tab.model.refresh()
    assert tab.select(item.id)
    assert tab.play_button.isEnabled()
    folders = [*watched, session.root]
    before = _files(folders)
    job = tab.play_selected()
    assert job is not None
    wait_job(qtbot, job)
    player = tab.player_dialog
    assert isinstance(player, PlayerDialog)
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=15_000)
    assert player.player.error() == QMediaPlayer.Error.NoError, player.player.errorString()
    assert player.player.hasAudio()
    assert player.player.hasVideo() is (kind == "video")
    qtbot.waitUntil(lambda: player.player.position() > 200, timeout=15_000)
    assert _open_files_under(folders) == []
    player.reject()
    assert _new_plain_files(before, folders) == []


def test_idle_does_not_lock_while_recording_and_a_lock_saves_the_recording(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    session, tid = _testimonies_tab_with_one(unlocked)
    root = session.root
    unlocked.auto_lock.setInterval(300)
    dialog = unlocked.workspace.case_view.testimonies.record_testimony(source="synthetic")
    assert dialog is not None
    dialog.record_button.click()
    unlocked.auto_lock.start()
    qtbot.wait(1200)  # four idle timeouts go by
    assert unlocked.session is not None and dialog.recording
    unlocked.lock()  # as a screen lock or sleep would
    assert unlocked.session is None
    with Session.open(root, PASSPHRASE) as reopened:
        (item,) = reopened.media.list()
        assert item.testimony_id == tid and item.format == "flac"
        # saved as the dialog closed, or (if the lock came first) completed at this unlock
        assert reopened.recordings.pending() == [] and len(reopened.recovered) <= 1
