"""Spoken testimonies recorded in the app, sealed in the vault as they are recorded.

A ``Recorder`` takes raw PCM (signed 16-bit little-endian, interleaved) from whatever captures
the sound: the GUI's microphone input, or ``synthetic_pcm`` where there is no microphone (tests,
demonstrations). Every ``CHUNK_SECONDS`` of sound is encrypted into its own attachment in the
blob store and named in the database in one committed step, so a crash, a kill or a power loss
loses at most the chunk being filled. Nothing is ever written in plaintext: the PCM lives in
memory until it is sealed, and the finished recording is encoded to FLAC in memory.

Finishing a recording (``finish``; or, for a recording cut short, ``recover`` at the next
unlock) encodes the chunks, in order, into one FLAC file (lossless, open, played by every common
tool) and imports it as a media item linked to the testimony, through the same intake as any
file: hashed, sealed, and with its chain of custody. Each step can be repeated after a crash:
the media item's id is chosen and committed before it is imported, so a recording is never
imported twice, and its chunks are deleted only once the item exists.
"""

from __future__ import annotations

import contextlib
import io
import math
import struct
from collections.abc import Iterator
from dataclasses import dataclass

from humdoc.core.blobs import BlobStore
from humdoc.core.crypto.stream import wipe
from humdoc.core.domain.common import new_id, now_iso
from humdoc.core.domain.testimonies import Testimonies
from humdoc.core.errors import ConsentWithheld, HumdocError, InvalidInput, NotFound
from humdoc.core.mediaitems import MediaItem, MediaLibrary
from humdoc.core.vault.database import Database

#: How many seconds of sound are sealed together; a crash loses at most this much.
CHUNK_SECONDS = 2.0
#: Sample rates a recording may use (what microphones and Qt offer).
SAMPLE_RATES = frozenset({8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, 96000})
_SAMPLE_BYTES = 2  # signed 16-bit
#: The most one chunk can hold, whatever the rate: a bound for reading it back.
_MAX_CHUNK = int(96000 * 2 * _SAMPLE_BYTES * CHUNK_SECONDS) + 1


@dataclass(frozen=True)
class RecordingInfo:
    """A recording in progress, or cut short and waiting to be recovered."""

    id: str
    case_id: str
    testimony_id: str
    sample_rate: int
    channels: int
    started: str
    seconds: float


def peak_level(pcm: bytes) -> float:
    """The loudest sample of ``pcm`` (16-bit little-endian) as a fraction of full scale, 0 … 1."""
    count = len(pcm) // _SAMPLE_BYTES
    if not count:
        return 0.0
    samples = memoryview(pcm[: count * _SAMPLE_BYTES]).cast("h")
    return min(1.0, max(max(samples), -min(samples)) / 32767)


def synthetic_pcm(
    sample_rate: int = 16000, channels: int = 1, seconds: float = 1.0, start: float = 0.0
) -> bytes:
    """``seconds`` of a test voice: a 220 Hz tone whose loudness rises and falls like speech.

    For tests and demonstrations on machines with no microphone; it feeds the same path.
    """
    frames = int(sample_rate * seconds)
    first = int(sample_rate * start)
    out = bytearray()
    for n in range(first, first + frames):
        t = n / sample_rate
        envelope = 0.3 + 0.25 * math.sin(2 * math.pi * 3 * t)
        value = int(32767 * envelope * math.sin(2 * math.pi * 220 * t))
        out += struct.pack("<h", value) * channels
    return bytes(out)


class Recorder:
    """One recording of a testimony, sealed chunk by chunk. Use ``Recordings.start`` to get one.

    ``feed`` adds sound (ignored while paused); ``finish`` makes the media item; ``discard``
    throws the recording away. After either, the recorder is closed and ``feed`` raises.
    """

    def __init__(self, owner: Recordings, info: RecordingInfo) -> None:
        self._owner = owner
        self.info = info
        self.paused = False
        self._buffer = bytearray()
        self._frame_bytes = _SAMPLE_BYTES * info.channels
        self._chunk_bytes = int(info.sample_rate * CHUNK_SECONDS) * self._frame_bytes
        self._sealed_frames = 0
        self._seq = 0
        self._closed = False

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def closed(self) -> bool:
        """True once the recording was finished or discarded."""
        return self._closed

    @property
    def seconds(self) -> float:
        """How much sound has been recorded (sealed or still buffered), in seconds."""
        frames = self._sealed_frames + len(self._buffer) // self._frame_bytes
        return frames / self.info.sample_rate

    @property
    def sealed_seconds(self) -> float:
        """How much of it is already sealed in the vault (safe from a crash), in seconds."""
        return self._sealed_frames / self.info.sample_rate

    def pause(self) -> None:
        """Stop taking sound until ``resume``; what was fed so far is sealed now."""
        self.paused = True
        self._seal()

    def resume(self) -> None:
        self.paused = False

    def feed(self, pcm: bytes) -> float:
        """Add ``pcm`` (16-bit little-endian, interleaved) and return its peak level (0 … 1).

        Each time ``CHUNK_SECONDS`` of sound have gathered they are sealed in the vault. While
        paused the sound is not kept (the level is still returned, for the meter).
        """
        if self._closed:
            raise InvalidInput("This recording is already finished.")
        level = peak_level(pcm)
        if self.paused:
            return level
        self._buffer += pcm
        while len(self._buffer) >= self._chunk_bytes:
            self._seal_bytes(bytes(self._buffer[: self._chunk_bytes]))
            del self._buffer[: self._chunk_bytes]
        return level

    def _seal(self) -> None:
        usable = len(self._buffer) - len(self._buffer) % self._frame_bytes
        if usable:
            self._seal_bytes(bytes(self._buffer[:usable]))
            del self._buffer[:usable]

    def _seal_bytes(self, pcm: bytes) -> None:
        self._owner.seal_chunk(self.info.id, self._seq, pcm, len(pcm) // self._frame_bytes)
        self._seq += 1
        self._sealed_frames += len(pcm) // self._frame_bytes

    def finish(self, policy: str | None = None) -> MediaItem:
        """Seal what is left, encode the recording to FLAC and import it as a media item.

        Raises ``InvalidInput`` if nothing was recorded (the empty recording is discarded).
        """
        if self._closed:
            raise InvalidInput("This recording is already finished.")
        self._seal()
        self._buffer.clear()
        self._closed = True
        if not self._sealed_frames:
            self._owner.discard(self.info.id)
            raise InvalidInput("Nothing was recorded.")
        return self._owner.complete(self.info.id, policy, recovered=False)

    def discard(self) -> None:
        """Throw the recording away: its sealed chunks are deleted; no media item is made."""
        self._buffer.clear()
        self._closed = True
        self._owner.discard(self.info.id)


class Recordings:
    """The recordings of one vault: starting them, completing them, recovering them."""

    def __init__(
        self, db: Database, blobs: BlobStore, media: MediaLibrary, testimonies: Testimonies
    ) -> None:
        self.db = db
        self.blobs = blobs
        self.media = media
        self.testimonies = testimonies

    def start(self, testimony_id: str, sample_rate: int = 16000, channels: int = 1) -> Recorder:
        """Begin recording ``testimony_id``. Its witness must have consented to ``record``.

        Raises ``NotFound`` for an unknown testimony, ``ConsentWithheld`` without the consent,
        ``InvalidInput`` for a sample rate or channel count humdoc does not record.
        """
        testimony = self.testimonies.get(testimony_id)
        if not self.testimonies.consent(testimony_id).allows("record"):
            raise ConsentWithheld(
                "The witness has not consented to being recorded (consent scope 'record')."
            )
        if sample_rate not in SAMPLE_RATES or channels not in (1, 2):
            raise InvalidInput(
                f"Recordings are made in mono or stereo at a usual sample rate, "
                f"not {channels} channels at {sample_rate} Hz."
            )
        info = RecordingInfo(
            new_id("r"), testimony.case_id, testimony_id, sample_rate, channels, now_iso(), 0
        )
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO recordings (id, case_id, testimony_id, sample_rate, channels, started)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (info.id, info.case_id, testimony_id, sample_rate, channels, info.started),
            )
        return Recorder(self, info)

    def seal_chunk(self, recording_id: str, seq: int, pcm: bytes, frames: int) -> None:
        """Encrypt one chunk into the blob store and name it in the database (durable on return)."""
        with self.blobs.writer() as w:
            w.write(pcm)
        key = bytearray(w.key)
        try:
            with self.db.transaction() as db:
                db.execute(
                    "INSERT INTO recording_chunks (recording_id, seq, blob, blob_key, frames)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (recording_id, seq, w.blob_id, bytes(key), frames),
                )
        except BaseException:
            with contextlib.suppress(OSError, HumdocError):
                self.blobs.delete(w.blob_id)
            raise
        finally:
            wipe(key)

    def pending(self) -> list[RecordingInfo]:
        """Recordings not yet made into media items (in progress, or cut short by a crash)."""
        rows = self.db.all(
            "SELECT r.id, r.case_id, r.testimony_id, r.sample_rate, r.channels, r.started,"
            " coalesce(sum(c.frames), 0) FROM recordings r"
            " LEFT JOIN recording_chunks c ON c.recording_id = r.id GROUP BY r.id ORDER BY r.started"
        )
        return [RecordingInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6] / r[3]) for r in rows]

    def recover(self) -> list[MediaItem]:
        """Make every recording a crash cut short into its media item; returns the items made.

        For the unlock after a crash: no recorder of this vault can be running (the vault is
        opened by one process at a time). A recording with no sealed sound is removed. A
        recording whose chunks cannot be read stays pending, for ``humdoc check`` to report.
        """
        made = []
        for info in self.pending():
            if info.seconds <= 0:
                self.discard(info.id)
                continue
            with contextlib.suppress(HumdocError):
                made.append(self.complete(info.id, None, recovered=True))
        return made

    def complete(self, recording_id: str, policy: str | None, recovered: bool) -> MediaItem:
        """Encode a recording's chunks to FLAC, import it, then delete the chunks. Repeatable."""
        from humdoc.core.intake import Intake

        row = self.db.one(
            "SELECT case_id, testimony_id, sample_rate, channels, started, item_id"
            " FROM recordings WHERE id = ?",
            (recording_id,),
        )
        if row is None:
            raise NotFound(f"No recording with id {recording_id!r}.")
        case_id, testimony_id, rate, channels, started, item_id = row
        if item_id is None:
            item_id = new_id("m")
            with self.db.transaction() as db:
                db.execute(
                    "UPDATE recordings SET item_id = ? WHERE id = ?", (item_id, recording_id)
                )
        if self.db.one("SELECT 1 FROM media_items WHERE id = ?", (item_id,)) is None:
            chunks = list(self._chunks(recording_id))
            flac = encode_flac(self._pcm(chunks), rate, channels, started)
            frames = sum(c[2] for c in chunks)
            name = f"testimony-recording-{started[:19].replace(':', '-')}.flac"
            Intake(self.media).import_bytes(
                case_id, name, flac, policy, testimony_id, item_id=item_id
            )
            self.media.custody.append(
                item_id,
                "recorded",
                {
                    "recording": recording_id,
                    "started": started,
                    "milliseconds": frames * 1000 // rate,  # custody details hold no floats
                    "chunks": len(chunks),
                    "recovered_after_interruption": recovered,
                },
            )
        self.discard(recording_id)
        return self.media.get(item_id)

    def discard(self, recording_id: str) -> None:
        """Forget a recording and delete its chunks (the media item made from it, if any, stays)."""
        blobs = [r[0] for r in self.db.all(
            "SELECT blob FROM recording_chunks WHERE recording_id = ?", (recording_id,)
        )]  # fmt: skip
        with self.db.transaction() as db:
            db.execute("DELETE FROM recording_chunks WHERE recording_id = ?", (recording_id,))
            db.execute("DELETE FROM recordings WHERE id = ?", (recording_id,))
        for blob_id in blobs:  # a crash here leaves orphans, which the next unlock sweeps
            with contextlib.suppress(OSError, HumdocError):
                self.blobs.delete(blob_id)

    def _chunks(self, recording_id: str) -> Iterator[tuple[str, bytes, int]]:
        for blob, key, frames in self.db.all(
            "SELECT blob, blob_key, frames FROM recording_chunks WHERE recording_id = ?"
            " ORDER BY seq",
            (recording_id,),
        ):
            yield blob, bytes(key), int(frames)

    def _pcm(self, chunks: list[tuple[str, bytes, int]]) -> Iterator[bytes]:
        for blob, key, _ in chunks:
            yield self.blobs.read_all(blob, key, _MAX_CHUNK)

    def blob_ids(self) -> set[str]:
        """Every attachment a recording names (so that a sweep keeps them)."""
        return {r[0] for r in self.db.all("SELECT blob FROM recording_chunks")}


def encode_flac(pcm: Iterator[bytes], sample_rate: int, channels: int, started: str) -> bytes:
    """16-bit PCM chunks encoded, in memory, into one FLAC file whose DATE is ``started``."""
    import soundfile

    out = io.BytesIO()
    with soundfile.SoundFile(
        out, "w", samplerate=sample_rate, channels=channels, format="FLAC", subtype="PCM_16"
    ) as flac:
        flac.date = started[:19]
        for piece in pcm:
            flac.buffer_write(piece, dtype="int16")
    return out.getvalue()
