"""Playing audio and video, and a video's poster frame, from memory only.

Qt Multimedia reads the decrypted bytes from a ``QBuffer`` (``QMediaPlayer.setSourceDevice``),
never from a file: no temporary copy, no cache, no external player. The URL given with the
device only names the format (``humdoc:media.mp4``); nothing is fetched from it. Items larger
than ``MAX_PLAY_BYTES`` are not opened here (they can be extracted deliberately instead).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.errors import MediaTooLarge
from humdoc.core.mediaitems import MAX_IN_MEMORY, MediaItem
from humdoc.core.progress import Cancelled, Progress
from humdoc.core.session import Session
from humdoc.gui.workers import JobFunction

#: The largest item played or given a poster frame here (it is decrypted into memory).
MAX_PLAY_BYTES = MAX_IN_MEMORY
#: How long a poster frame may take before the attempt is given up.
POSTER_TIMEOUT_MS = 15_000


def memory_device(data: bytes, parent: QObject | None = None) -> QBuffer:
    """A read-only ``QBuffer`` over a copy of ``data`` (Qt holds its own copy)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


def format_url(extension: str) -> QUrl:
    """A URL that names only the format, for Qt's demuxer to pick; it is never opened."""
    return QUrl(f"humdoc:media.{extension or 'bin'}")


class PosterFrame(QObject):
    """Decode the first picture of a video held in memory, without sound, and hand it over.

    Emits exactly one of ``ready`` or ``failed`` per ``grab`` (unless ``stop`` comes first).
    """

    #: The first decoded frame, as an image.
    ready = Signal(QImage)
    #: Why no frame came: a decoder error, no video track, or the timeout.
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = QMediaPlayer(self)
        self._sink = QVideoSink(self)
        self._player.setVideoSink(self._sink)  # no audio output: nothing is heard
        self._sink.videoFrameChanged.connect(self._frame)
        self._player.errorOccurred.connect(self._error)
        self._player.mediaStatusChanged.connect(self._status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._give_up(self.tr("No picture came in time.")))
        self._buffer: QBuffer | None = None
        self._busy = False

    def grab(self, data: bytes, extension: str) -> None:
        """Start decoding ``data`` (a video file's bytes) for its first frame."""
        self.stop()
        self._busy = True
        self._buffer = memory_device(data, self)
        self._player.setSourceDevice(self._buffer, format_url(extension))
        self._timer.start(POSTER_TIMEOUT_MS)
        self._player.play()

    def stop(self) -> None:
        """Stop decoding and release the bytes; no signal follows."""
        self._busy = False
        self._timer.stop()
        self._player.stop()
        self._player.setSource(QUrl())
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def _frame(self, frame: QVideoFrame) -> None:
        if not self._busy or not frame.isValid():
            return
        image = frame.toImage()
        if image.isNull():
            return
        self.stop()
        self.ready.emit(image)

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._give_up(self.tr("The file holds no picture."))
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._give_up(self.tr("The file cannot be decoded."))

    def _error(self, _error: QMediaPlayer.Error, message: str) -> None:
        self._give_up(message or self.tr("The file cannot be decoded."))

    def _give_up(self, reason: str) -> None:
        if self._busy:
            self.stop()
            self.failed.emit(reason)


def _clock(ms: int) -> str:
    seconds = max(ms, 0) // 1000
    return f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class PlayerDialog(QDialog):
    """Play one audio or video item from memory: play/pause, a position slider, the time."""

    def __init__(self, data: bytes, item: MediaItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Play {name}").format(name=item.original_name))
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.video = QVideoWidget(self)
        self.video.setVisible(item.kind == "video")
        if item.kind == "video":
            self.video.setMinimumSize(480, 270)
            self.player.setVideoOutput(self.video)
        self.buffer = memory_device(data, self)
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setObjectName("playButton")
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(self.tr("Position"))
        self.slider.sliderMoved.connect(self.player.setPosition)
        self.time_label = QLabel(_clock(0))
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.video, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.player.durationChanged.connect(lambda d: self.slider.setRange(0, int(d)))
        self.player.positionChanged.connect(self._moved)
        self.player.playbackStateChanged.connect(self._state)
        self.player.errorOccurred.connect(lambda _e, msg: self.status.setText(msg))
        self.player.setSourceDevice(self.buffer, format_url(item.metadata.get("_extension", "")))

    def toggle(self) -> None:
        """Play, or pause if playing."""
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def _moved(self, position: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(int(position))
        self.time_label.setText(
            self.tr("{position} / {duration}").format(
                position=_clock(position), duration=_clock(self.player.duration())
            )
        )

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def done(self, result: int) -> None:
        """Stop and drop the decrypted bytes when the dialog closes."""
        self.player.stop()
        self.player.setSource(QUrl())
        self.buffer.close()
        self.buffer.setData(QByteArray())
        super().done(result)


def read_for_playing(session: Session, item_id: str) -> bytes:
    """The item's sealed bytes, decrypted into memory; refused above ``MAX_PLAY_BYTES``."""
    item = session.media.get(item_id)
    if item.size > MAX_PLAY_BYTES:
        raise MediaTooLarge(
            f"{item.original_name} is too large to play here "
            f"(over {MAX_PLAY_BYTES // (1024 * 1024)} MiB); extract it deliberately to play it."
        )
    return session.media.read_original(item_id)


def reader_job(session: Session, item_id: str) -> JobFunction:
    """A job function (for ``run_job``) that decrypts an item for playing, off the GUI thread."""

    def work(_progress: Progress, _cancelled: Cancelled) -> bytes:
        return read_for_playing(session, item_id)

    return work
