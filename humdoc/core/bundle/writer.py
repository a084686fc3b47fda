"""Writing a humdoc bundle: payload files → BagIt bag → signed → POSIX tar → age, in one stream.

A bundle is written under a temporary name whose bytes are not a bundle: its first bytes say
``humdoc-unfinished-tmp`` where the age header's first line belongs. Only when the whole file
is on disk and synced is that line put back, and the file renamed into place at once; a process
killed at any earlier instant leaves a file that no age implementation opens. (A file killed in
the instant between the two is complete but still has its temporary name, which the centre
refuses; see ``humdoc.core.safefs.is_temp_name``.)
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager as ContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from humdoc.core.bundle import bagit
from humdoc.core.bundle import format as fmt
from humdoc.core.bundle.agewrap import encrypt_stream, parse_recipients
from humdoc.core.bundle.minisign import SigningKey, sign
from humdoc.core.bundle.tarsafe import TarWriter
from humdoc.core.errors import BundleError, InvalidInput, OperationCancelled
from humdoc.core.progress import (
    Cancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)
from humdoc.core.safefs import atomic_writer, start_write_back


@dataclass
class PayloadFile:
    """One file to put under ``data/``; ``open`` yields exactly ``size`` bytes each time.

    ``sha256`` is the file's SHA-256 (lower-case hex) if the caller already knows it (the vault
    records every stored copy's, hashed once at intake); otherwise the writer reads the file
    once more to hash it before writing. It goes into the signed manifest as it is: the centre
    checks every file against it, so a wrong one makes a bundle the centre refuses.
    """

    path: str  # relative to data/, e.g. "media/<item-id>.jpg" or "records/cases.json"
    size: int
    open: Callable[[], ContextManager[BinaryIO]]
    sha256: str | None = None


#: Files hashed at once, and the read size, when the caller did not give a file's SHA-256.
HASH_THREADS = 2
HASH_CHUNK = 1 << 20

#: How much of a bundle is written before the kernel is asked to start writing it to the disk.
WRITE_BACK_STEP = 4 * 1024 * 1024

#: What an age v1 file starts with, and what a bundle being written has there instead.
AGE_MAGIC = b"age-encryption.org/v1\n"
UNFINISHED_MAGIC = b"humdoc-unfinished-tmp\n"


@dataclass(frozen=True)
class WrittenBundle:
    """What the exporter records about a bundle it wrote."""

    path: Path
    sha256: str  # of the whole .humdoc file (a humdoc/1 successor's Previous-Bundle-SHA256)
    size: int
    bundle_id: str
    #: The bundle's identity: SHA-256 of its signed tagmanifest-sha256.txt, which a re-encrypted
    #: copy shares; a humdoc/2 successor's Previous-Tagmanifest-SHA256.
    tagmanifest_sha256: str
    format: str = fmt.FORMAT


class _HashingWriter:
    """Hashes and counts the age file as it will be, but writes ``UNFINISHED_MAGIC`` over its
    first bytes, so the file on disk is no age file until ``finish`` puts them back."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.head = b""
        self._flushed_to = 0  # where the last early write-back ended
        self.synced = False  # whether every byte written so far is on disk

    def write(self, data: bytes | memoryview) -> int:
        self.synced = False
        self.sha256.update(data)
        start = self.size
        self.size += len(data)
        if start < len(UNFINISHED_MAGIC):
            cut = min(len(data), len(UNFINISHED_MAGIC) - start)
            self.head += bytes(data[:cut])
            self._out.write(UNFINISHED_MAGIC[start : start + cut])
            self._out.write(data[cut:])
        else:
            self._out.write(data)
        if self.size - self._flushed_to >= WRITE_BACK_STEP:
            self._start_write_back()
        return len(data)

    def _start_write_back(self) -> None:
        """Have the kernel start writing what was written since the last call to the disk, and
        go on without waiting: the sync in ``finish`` then waits only for the last pages,
        rather than for the whole bundle after the last byte (on a USB stick, most of an
        export's time)."""
        self._out.flush()
        start_write_back(self._out.fileno(), self._flushed_to, self.size - self._flushed_to)
        self._flushed_to = self.size

    def sync(self) -> None:
        """Flush and fsync what was written."""
        self._out.flush()
        os.fsync(self._out.fileno())
        self.synced = True

    def flush(self) -> None:
        self._out.flush()

    def finish(self) -> None:
        """Sync the file, then put the real first bytes back: from then on it is a valid age
        file, whose every other byte is on disk. The caller syncs it again before giving it its
        name (``safefs.atomic_writer`` does), so those first bytes are on disk too by then."""
        if self.head != AGE_MAGIC:  # pyrage always starts so; anything else is a broken writer
            raise BundleError("The encrypted bundle does not start with an age header.")
        if not self.synced:
            self.sync()
        self._out.seek(0)
        self._out.write(self.head)
        self._out.flush()
        self._out.seek(0, os.SEEK_END)


class _Counter:
    """Progress over the bytes hashed and written, and the cancellation check."""

    def __init__(self, progress: Progress, cancelled: Cancelled, total: int) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._total = total
        self._done = 0
        self._lock = threading.Lock()
        self.stopped = False

    def add(self, n: int) -> None:
        """Count ``n`` more bytes; raises ``OperationCancelled`` if cancelled or stopped."""
        with self._lock:  # two hashing threads: keep the figures reported in order
            self._done += n
            self._progress(self._done, self._total)
        self.check()

    def check(self) -> None:
        if self.stopped:
            raise OperationCancelled("Cancelled; nothing was kept.")
        check_cancelled(self._cancelled)


def _hash_file(item: PayloadFile, counted: _Counter) -> str:
    digest = hashlib.sha256()
    got = 0
    with item.open() as src:
        while chunk := src.read(HASH_CHUNK):
            digest.update(chunk)
            got += len(chunk)
            counted.add(len(chunk))
    if got != item.size:
        raise BundleError(f"{item.path} changed size while it was being exported.")
    return digest.hexdigest()


def _digests(payload: Sequence[PayloadFile], counted: _Counter) -> list[str]:
    """Every payload file's SHA-256: the caller's, or hashed here, two files at a time (hashlib
    and file reads release the GIL, so both cores hash)."""
    unknown = [item for item in payload if item.sha256 is None]
    found: dict[str, str] = {}
    if unknown:
        with ThreadPoolExecutor(HASH_THREADS, thread_name_prefix="humdoc-prehash") as pool:
            jobs = {item.path: pool.submit(_hash_file, item, counted) for item in unknown}
            try:
                found = {path: job.result() for path, job in jobs.items()}
            except BaseException:
                counted.stopped = True  # the other thread gives up at its next chunk
                for job in jobs.values():
                    job.cancel()
                raise
    digests = []
    for item in payload:
        digest = item.sha256 if item.sha256 is not None else found[item.path]
        if not fmt.is_sha256_hex(digest):
            raise InvalidInput(f"The SHA-256 given for {item.path!r} is malformed.")
        digests.append(digest)
    return digests


def _hold_while_writing(fh: BinaryIO) -> None:
    """Lock the temporary file so that a leftover sweep (``safefs.remove_temp_leftovers``) by
    another export to the same folder leaves it alone while this process lives."""
    with contextlib.suppress(ImportError, OSError):
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _check_payload(payload: Sequence[PayloadFile]) -> None:
    seen: set[str] = set()
    parents: set[str] = set()
    for item in payload:
        fmt.check_payload_path(item.path)
        if item.size < 0:
            raise InvalidInput(f"{item.path!r} has a negative size.")
        key = item.path.casefold()
        prefixes = ["/".join(key.split("/")[:i]) for i in range(1, key.count("/") + 1)]
        if key in seen or key in parents or any(p in seen for p in prefixes):
            raise InvalidInput(f"{item.path!r} appears twice in the bundle.")
        seen.add(key)
        parents.update(prefixes)


def _labels(
    bag_info: Sequence[tuple[str, str]],
    key: SigningKey,
    recipients: Sequence[str],
    bundle_id: str,
    sequence: int,
    created: datetime,
    bundle_format: str,
    previous: tuple[str, str],
) -> list[tuple[str, str]]:
    extra_labels = [label for label, _ in bag_info]
    reserved = {label.casefold() for label in fmt.RESERVED_LABELS}
    for label in extra_labels:
        if label.casefold() in reserved:
            raise InvalidInput(f"The bag-info label {label!r} is written by humdoc itself.")
    if len({label.casefold() for label in extra_labels}) != len(extra_labels):
        raise InvalidInput("A bag-info label is given twice.")
    public = key.public()
    return [
        (fmt.LABEL_FORMAT, bundle_format),
        (fmt.LABEL_ID, bundle_id),
        (fmt.LABEL_DEVICE_FINGERPRINT, public.fingerprint()),
        (fmt.LABEL_DEVICE_KEY_ID, public.key_id_hex()),
        (fmt.LABEL_SEQUENCE, str(sequence)),
        previous,
        (fmt.LABEL_RECIPIENTS, ", ".join(fmt.recipient_fingerprint(r) for r in recipients)),
        (fmt.LABEL_CREATED, fmt.format_created(created)),
        *bag_info,
    ]


def _previous_label(
    bundle_format: str | None, by_file: str | None, by_tagmanifest: str | None
) -> tuple[str, tuple[str, str]]:
    """The format to write and the label that links to the predecessor; ``InvalidInput`` if
    the combination is not one the format allows."""
    if (by_file is None) == (by_tagmanifest is None):
        raise InvalidInput("Name the previous bundle exactly once.")
    if bundle_format is None:
        bundle_format = fmt.FORMAT if by_tagmanifest is not None else fmt.FORMAT_V1
    if bundle_format not in fmt.FORMATS:
        raise InvalidInput(f"humdoc writes bundle formats {', '.join(fmt.FORMATS)} only.")
    if bundle_format == fmt.FORMAT_V1 and by_file is None:
        raise InvalidInput("A humdoc/1 bundle names its predecessor by the file's SHA-256.")
    label, value = (
        (fmt.LABEL_PREVIOUS, by_file)
        if by_file is not None
        else (fmt.LABEL_PREVIOUS_TAGMANIFEST, by_tagmanifest)
    )
    assert value is not None
    if not fmt.is_sha256_hex(value):
        raise InvalidInput("The previous bundle's SHA-256 must be 64 lower-case hex digits.")
    return bundle_format, (label, value)


def write_bundle(
    out_path: Path,
    payload: Sequence[PayloadFile],
    bag_info: Sequence[tuple[str, str]],
    key: SigningKey,
    recipients: Sequence[str],
    bundle_id: str,
    sequence: int,
    created: datetime,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    *,
    previous_bundle_sha256: str | None = None,
    previous_tagmanifest_sha256: str | None = None,
    bundle_format: str | None = None,
    before_publish: Callable[[WrittenBundle], None] | None = None,
) -> WrittenBundle:
    """Write a signed, encrypted bundle of ``payload`` to ``out_path``.

    The predecessor is named exactly once: ``previous_tagmanifest_sha256`` is
    ``WrittenBundle.tagmanifest_sha256`` of this device's previous bundle (or ``FIRST_BUNDLE``)
    and writes format humdoc/2; ``previous_bundle_sha256`` is ``WrittenBundle.sha256`` of a
    previous humdoc/1 bundle and writes humdoc/1, or humdoc/2 if ``bundle_format`` says so (a
    device's first bundle after its humdoc/1 ones, whose identities it never recorded).

    ``bag_info`` holds extra labels written after humdoc's own. Progress counts payload bytes
    as they are written, plus those hashed first (files given without ``sha256``).
    ``before_publish``, if given, is called with the finished bundle's record once the whole
    file is on disk under its temporary name, before it becomes a valid age file and is renamed
    to ``out_path``; if it raises, nothing is published. ``out_path`` appears if and only if the
    whole bundle was written and synced; on any failure or cancellation it is left as it was
    and no temporary file remains (a killed process leaves one that is no bundle).

    Raises ``InvalidInput`` before writing anything if an argument is malformed (bundle id, path,
    label, recipient, format, naive ``created`` …), ``OperationCancelled`` if ``cancelled()``
    became true, ``DiskFull`` if the disk filled up, ``BundleError`` if a payload file changed
    size, and whatever a payload file's ``open`` or ``before_publish`` raised.
    """
    if not fmt.is_bundle_id(bundle_id):
        raise InvalidInput(f"{bundle_id!r} is not a valid bundle id.")
    if not 0 <= sequence <= fmt.MAX_SEQUENCE:
        raise InvalidInput("The sequence number must be between 0 and 2**63-1.")
    bundle_format, previous = _previous_label(
        bundle_format, previous_bundle_sha256, previous_tagmanifest_sha256
    )
    parse_recipients(list(recipients))
    _check_payload(payload)
    labels = _labels(
        bag_info, key, recipients, bundle_id, sequence, created, bundle_format, previous
    )
    bagit.format_bag_info(labels)  # reject bad labels before any byte is written
    total = sum(item.size for item in payload)
    unknown = sum(item.size for item in payload if item.sha256 is None)
    counted = _Counter(progress, cancelled, total + unknown)
    digests = _digests(payload, counted)
    top = bundle_id + "/"
    day = created.astimezone(UTC).strftime("%Y-%m-%d")
    info = [
        *labels,
        (fmt.LABEL_OXUM, bagit.payload_oxum(item.size for item in payload)),
        (fmt.LABEL_BAGGING_DATE, day),
    ]
    tags = {
        bagit.MANIFEST_NAME: bagit.format_manifest(
            ("data/" + item.path, digest) for item, digest in zip(payload, digests, strict=True)
        ),
        bagit.BAGIT_TXT_NAME: bagit.BAGIT_TXT,
        bagit.BAG_INFO_NAME: bagit.format_bag_info(info),
    }
    tagmanifest = bagit.format_manifest(
        (name, bagit.sha256_hex(tags[name])) for name in bagit.TAG_FILES
    )
    signature = sign(key, tagmanifest, fmt.trusted_comment(bundle_id, sequence))

    def produce(sink: BinaryIO) -> None:
        # The signed tag files come first, so a centre can check the signature before it reads
        # (and stores) any payload byte.
        tar = TarWriter(sink, int(created.timestamp()))
        for name, data in tags.items():
            tar.add_bytes(top + name, data)
        tar.add_bytes(top + bagit.TAGMANIFEST_NAME, tagmanifest)
        tar.add_bytes(top + fmt.SIGNATURE_NAME, signature.encode("ascii"))
        for item in payload:
            counted.check()
            with item.open() as src:
                tar.add_stream(top + "data/" + item.path, item.size, src, _count_chunk)
        tar.close()
        counted.check()

    def _count_chunk(chunk: memoryview) -> None:
        counted.add(len(chunk))

    with atomic_writer(out_path, 0o600) as fh:
        _hold_while_writing(fh)
        out = _HashingWriter(fh)
        encrypt_stream(produce, out, list(recipients))  # type: ignore[arg-type]
        written = WrittenBundle(
            path=out_path,
            sha256=out.sha256.hexdigest(),
            size=out.size,
            bundle_id=bundle_id,
            tagmanifest_sha256=bagit.sha256_hex(tagmanifest),
            format=bundle_format,
        )
        if before_publish is not None:
            out.sync()
            before_publish(written)
        out.finish()  # then atomic_writer syncs the file again, renames it and syncs the folder
    return written
