"""Writing a humdoc bundle: payload files → BagIt bag → signed → POSIX tar → age, in one stream."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
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
from humdoc.core.errors import InvalidInput
from humdoc.core.progress import (
    Cancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)
from humdoc.core.safefs import atomic_writer


@dataclass
class PayloadFile:
    """One file to put under ``data/``; ``open`` yields exactly ``size`` bytes each time."""

    path: str  # relative to data/, e.g. "media/<item-id>.jpg" or "records/cases.json"
    size: int
    open: Callable[[], ContextManager[BinaryIO]]


@dataclass(frozen=True)
class WrittenBundle:
    """What the exporter records about a bundle it wrote."""

    path: Path
    sha256: str  # of the whole .humdoc file: the next bundle's Previous-Bundle-SHA256
    size: int
    bundle_id: str
    tagmanifest_sha256: str


class _HashingWriter:
    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.sha256.update(data)
        self.size += len(data)
        return self._out.write(data)

    def flush(self) -> None:
        self._out.flush()


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
    previous: str,
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
        (fmt.LABEL_FORMAT, fmt.FORMAT),
        (fmt.LABEL_ID, bundle_id),
        (fmt.LABEL_DEVICE_FINGERPRINT, public.fingerprint()),
        (fmt.LABEL_DEVICE_KEY_ID, public.key_id_hex()),
        (fmt.LABEL_SEQUENCE, str(sequence)),
        (fmt.LABEL_PREVIOUS, previous),
        (fmt.LABEL_RECIPIENTS, ", ".join(fmt.recipient_fingerprint(r) for r in recipients)),
        (fmt.LABEL_CREATED, fmt.format_created(created)),
        *bag_info,
    ]


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
    previous_bundle_sha256: str,
) -> WrittenBundle:
    """Write a signed, encrypted bundle of ``payload`` to ``out_path`` (format humdoc/1).

    ``bag_info`` holds extra labels written after humdoc's own; ``previous_bundle_sha256`` is
    ``WrittenBundle.sha256`` of this device's previous bundle, or ``FIRST_BUNDLE``. Progress
    counts payload bytes. ``out_path`` appears if and only if the whole bundle was written and
    synced; on any failure or cancellation it is left as it was and no temporary file remains.

    Raises ``InvalidInput`` before writing anything if an argument is malformed (bundle id, path,
    label, recipient, naive ``created`` …), ``OperationCancelled`` if ``cancelled()`` became
    true, ``DiskFull`` if the disk filled up, ``BundleError`` if a payload file changed size, and
    whatever a payload file's ``open`` raised.
    """
    if not fmt.is_bundle_id(bundle_id):
        raise InvalidInput(f"{bundle_id!r} is not a valid bundle id.")
    if not 0 <= sequence <= fmt.MAX_SEQUENCE:
        raise InvalidInput("The sequence number must be between 0 and 2**63-1.")
    if not fmt.is_sha256_hex(previous_bundle_sha256):
        raise InvalidInput("The previous bundle's SHA-256 must be 64 lower-case hex digits.")
    parse_recipients(list(recipients))
    _check_payload(payload)
    labels = _labels(
        bag_info, key, recipients, bundle_id, sequence, created, previous_bundle_sha256
    )
    bagit.format_bag_info(labels)  # reject bad labels before any byte is written
    total = sum(item.size for item in payload)
    top = bundle_id + "/"
    tagmanifest_digest: list[str] = []

    def produce(pipe: BinaryIO) -> None:
        tar = TarWriter(pipe, int(created.timestamp()))
        done = 0

        def on_chunk(chunk: memoryview) -> None:
            nonlocal done
            digest.update(chunk)
            done += len(chunk)
            progress(done, total)
            check_cancelled(cancelled)

        entries = []
        for item in payload:
            check_cancelled(cancelled)
            digest = hashlib.sha256()
            with item.open() as src:
                tar.add_stream(top + "data/" + item.path, item.size, src, on_chunk)
            entries.append(("data/" + item.path, digest.hexdigest()))
        day = created.astimezone(UTC).strftime("%Y-%m-%d")
        info = [
            *labels,
            (fmt.LABEL_OXUM, bagit.payload_oxum(item.size for item in payload)),
            (fmt.LABEL_BAGGING_DATE, day),
        ]
        tags = {
            bagit.MANIFEST_NAME: bagit.format_manifest(entries),
            bagit.BAGIT_TXT_NAME: bagit.BAGIT_TXT,
            bagit.BAG_INFO_NAME: bagit.format_bag_info(info),
        }
        tagmanifest = bagit.format_manifest(
            (name, bagit.sha256_hex(tags[name])) for name in bagit.TAG_FILES
        )
        signature = sign(key, tagmanifest, fmt.trusted_comment(bundle_id, sequence))
        for name, data in tags.items():
            tar.add_bytes(top + name, data)
        tar.add_bytes(top + bagit.TAGMANIFEST_NAME, tagmanifest)
        tar.add_bytes(top + fmt.SIGNATURE_NAME, signature.encode("ascii"))
        tar.close()
        tagmanifest_digest.append(bagit.sha256_hex(tagmanifest))
        check_cancelled(cancelled)

    with atomic_writer(out_path, 0o600) as fh:
        out = _HashingWriter(fh)
        encrypt_stream(produce, out, list(recipients))  # type: ignore[arg-type]
        fh.flush()
        os.fsync(fh.fileno())
    return WrittenBundle(
        path=out_path,
        sha256=out.sha256.hexdigest(),
        size=out.size,
        bundle_id=bundle_id,
        tagmanifest_sha256=tagmanifest_digest[0],
    )
