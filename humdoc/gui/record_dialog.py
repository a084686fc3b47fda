"""Recording a spoken testimony: a level meter, the elapsed time, pause/resume, stop and save.

The microphone's raw PCM comes from ``QAudioSource`` through a ``QIODevice`` in memory and goes
straight into the core ``Recorder``, which seals it in the vault every couple of seconds; no
file is written. Where there is no microphone, the dialog says so; tests (and demonstrations)
use the synthetic source, which feeds the same recorder from a timer.

The recorder is fed on the GUI thread on purpose: the sound must reach the vault in order, and
the session's one database connection must not be used from two threads at once. Sealing a
chunk is one small encrypted write and one commit every ``CHUNK_SECONDS``.
"""

from __future__ import annotations

from PySide6.QtCore import QIODevice, QTimer, Signal
from PySide6.QtMultimedia import QAudioFormat, QAudioSource, QMediaDevices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.errors import HumdocError, SessionClosed
from humdoc.core.mediaitems import MediaItem
from humdoc.core.recording import SAMPLE_RATES, Recorder, synthetic_pcm
from humdoc.core.session import Session
from humdoc.gui import dialogs
from humdoc.gui.workers import run_in_background

#: How often the synthetic source delivers sound, and the elapsed time is redrawn.
TICK_MS = 100
_PREFERRED_RATE = 16000  # speech; FLAC at 16 kHz mono is about 30 MB an hour


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:d}:{s // 60 % 60:02d}:{s % 60:02d}"


class RecordDialog(QDialog):
    """Record the testimony ``testimony_id`` into the vault.

    ``source`` is ``"microphone"`` (the system's default input) or ``"synthetic"`` (a test
    voice). Closing the dialog while recording stops and saves, as the Stop button does.
    """

    #: The recording was saved as a media item; carries the item.
    saved = Signal(object)

    def __init__(
        self,
        session: Session,
        testimony_id: str,
        source: str = "microphone",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record testimony"))
        self.session = session
        self.testimony_id = testimony_id
        self.source = source
        self.recorder: Recorder | None = None
        self.item: MediaItem | None = None
        self._saving = False
        self._audio: QAudioSource | None = None
        self._device: QIODevice | None = None
        self._synthetic_pos = 0.0
        self._format = QAudioFormat()

        self.meter = QProgressBar()
        self.meter.setObjectName("levelMeter")
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Input level"))
        self.elapsed = QLabel(_clock(0))
        self.elapsed.setObjectName("elapsed")
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.stop_button = QPushButton(self.tr("Stop and save"))
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.record_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.discard_button.clicked.connect(self.discard)
        row = QHBoxLayout()
        for button in (self.record_button, self.pause_button, self.stop_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Level")))
        layout.addWidget(self.meter)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.state)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._prepare_source()
        self._update()

    @property
    def recording(self) -> bool:
        """True from Record until the recording is saved or discarded (paused included)."""
        return self.recorder is not None and not self.recorder.closed

    # --- the source -------------------------------------------------------------------------

    def _prepare_source(self) -> None:
        self._rate = _PREFERRED_RATE
        if self.source == "synthetic":
            self.state.setText(self.tr("Test source: a synthetic voice, no microphone."))
            return
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            self.state.setText(self.tr("No microphone was found on this computer."))
            self.record_button.setEnabled(False)
            return
        fmt = QAudioFormat()
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        fmt.setSampleRate(_PREFERRED_RATE)
        if not device.isFormatSupported(fmt):
            preferred = device.preferredFormat().sampleRate()
            fmt.setSampleRate(preferred if preferred in SAMPLE_RATES else 48000)
        self._rate = fmt.sampleRate()
        self._format = fmt
        self._audio = QAudioSource(device, fmt, self)
        self.state.setText(self.tr("Microphone: {name}").format(name=device.description()))

    def _read_microphone(self) -> None:
        if self._device is None or self.recorder is None:
            return
        data = bytes(self._device.readAll().data())
        if data:
            self._feed(data)

    def _tick(self) -> None:
        if self.source == "synthetic" and self.recorder is not None:
            seconds = TICK_MS / 1000
            self._feed(synthetic_pcm(self._rate, 1, seconds, start=self._synthetic_pos))
            self._synthetic_pos += seconds
        self._update()

    def _feed(self, pcm: bytes) -> None:
        assert self.recorder is not None
        try:
            level = self.recorder.feed(pcm)
        except HumdocError as exc:
            self._stop_source()
            dialogs.show_error(self, self.tr("Record testimony"), str(exc))
            return
        self.meter.setValue(int(level * 100))

    def _stop_source(self) -> None:
        self._timer.stop()
        if self._audio is not None:
            self._audio.stop()
        self._device = None

    # --- actions ----------------------------------------------------------------------------

    def start(self) -> None:
        """Begin recording (the testimony's consent must include ``record``)."""
        if self.recorder is not None:
            return
        try:
            self.recorder = self.session.recordings.start(self.testimony_id, self._rate)
        except HumdocError as exc:
            dialogs.show_error(self, self.tr("Record testimony"), str(exc))
            return
        if self._audio is not None:
            self._device = self._audio.start()
            self._device.readyRead.connect(self._read_microphone)
        self._timer.start()
        self._update()

    def toggle_pause(self) -> None:
        """Pause (what was recorded is sealed at once) or resume."""
        if self.recorder is None:
            return
        if self.recorder.paused:
            self.recorder.resume()
            if self._audio is not None:
                self._audio.resume()
        else:
            if self._audio is not None:
                self._read_microphone()
                self._audio.suspend()
            self.recorder.pause()
        self._update()

    def stop(self) -> None:
        """Stop, save the recording as a media item linked to the testimony, and close.

        What is still buffered is sealed here (encryption only); reading the sealed sound back,
        encoding and importing it run on a worker, never on the GUI thread. If the vault is
        locked meanwhile, the sealed recording stays pending and the next unlock completes it.
        """
        recorder = self.recorder
        if recorder is None or recorder.closed or self._saving:
            return
        self._read_microphone()
        self._stop_source()
        if not recorder.paused:
            recorder.pause()  # seals the buffered sound now
        self._saving = True
        for button in (self.record_button, self.pause_button, self.stop_button):
            button.setEnabled(False)
        self.elapsed.setText(self.tr("Saving the recording…"))
        run_in_background(recorder.finish, self._saved, self._save_failed)

    def _saved(self, item: MediaItem) -> None:
        self._saving = False
        self.item = item
        self.saved.emit(item)
        self.accept()

    def _save_failed(self, err: HumdocError) -> None:
        self._saving = False
        if isinstance(err, SessionClosed):
            # Locked while saving: the sound is sealed, and the next unlock completes it.
            super().reject()
            return
        dialogs.show_error(self, self.tr("Record testimony"), str(err))
        self._update()
        if self.recorder is not None and self.recorder.closed:
            super().reject()

    def discard(self) -> None:
        """Throw the recording away, after confirmation."""
        if self.recorder is None or self.recorder.closed:
            self.reject()
            return
        question = self.tr("Discard this recording? The sound recorded so far is deleted.")
        if not dialogs.confirm(self, self.tr("Discard recording"), question):
            return
        self._stop_source()
        self.recorder.discard()
        self.reject()

    def reject(self) -> None:
        """Closing while recording keeps the sound: it stops and saves, as Stop does."""
        if self._saving:
            return  # closes by itself once saved
        if self.recorder is not None and not self.recorder.closed:
            self.stop()
            return
        self._stop_source()
        super().reject()

    def _update(self) -> None:
        recording = self.recorder is not None and not self.recorder.closed
        paused = recording and self.recorder is not None and self.recorder.paused
        self.record_button.setEnabled(not recording and self.record_button.isEnabled())
        self.pause_button.setEnabled(recording)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.stop_button.setEnabled(recording)
        seconds = self.recorder.seconds if self.recorder is not None else 0.0
        if paused:
            self.elapsed.setText(self.tr("{time}  (paused)").format(time=_clock(seconds)))
        else:
            self.elapsed.setText(_clock(seconds))
