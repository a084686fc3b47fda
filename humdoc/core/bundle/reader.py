"""Receiving a humdoc bundle: every check of the centre, in the order DESIGN.md fixes.

size cap → streaming decrypt (members checked from their tar headers as they stream, payload
spooled through the caller's ``Spool``) → signature against the pinned device key → tag manifest,
manifest, exact file set, Payload-Oxum → humdoc's own bag-info labels. Sequence numbers and the
previous-bundle hash chain need the centre's database: the caller checks them with what
``ReceivedBag`` exposes. If any check fails, every spooled item is discarded before the error is
raised, so a rejected bundle leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager as ContextManager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from humdoc.core.bundle import bagit
from humdoc.core.bundle import format as fmt
from humdoc.core.bundle.agewrap import decrypt_stream
from humdoc.core.bundle.limits import Limits
from humdoc.core.bundle.minisign import PublicKey, key_id_hex, signature_key_id, verify
from humdoc.core.bundle.spool import Spool, SpoolWriter
from humdoc.core.bundle.tarsafe import CHUNK, TarMember, iter_members
from humdoc.core.errors import BundleRejected
from humdoc.core.progress import Cancelled, Progress, check_cancelled, never_cancelled, no_progress
from humdoc.core.safefs import open_regular

_TAG_NAMES = frozenset({*bagit.TAG_FILES, bagit.TAGMANIFEST_NAME, fmt.SIGNATURE_NAME})

#: ``lookup_key(key id as minisign prints it)`` returns the pinned key of an enrolled device.
KeyLookup = Callable[[str], PublicKey | None]


@dataclass(frozen=True)
class ReceivedFile:
    """A payload file held in the caller's spool, with what was measured while receiving it."""

    handle: object
    size: int
    sha256: str


@dataclass
class ReceivedBag:
    """A bundle that passed every check ``open_bundle`` makes. Call ``discard`` when done."""

    bundle_id: str
    sequence: int
    previous_bundle_sha256: str
    created: datetime
    bag_info: list[tuple[str, str]]
    signer: PublicKey
    trusted_comment: str
    files: dict[str, ReceivedFile]  # keyed by the path relative to data/
    bundle_sha256: str  # of the whole .humdoc file, for the next bundle's hash chain
    bundle_size: int
    tagmanifest_sha256: str
    spool: Spool = field(repr=False)

    @property
    def info(self) -> dict[str, str]:
        """``bag_info`` as a mapping (labels are unique in a humdoc bag)."""
        return dict(self.bag_info)

    def open(self, path: str) -> ContextManager[BinaryIO]:
        """Read a payload file back from the spool (``path`` relative to ``data/``)."""
        return self.spool.open(self.files[path].handle)

    def discard(self) -> None:
        """Release every spooled file; safe to call more than once."""
        files, self.files = self.files, {}
        for item in files.values():
            self.spool.discard(item.handle)


class _CountingReader:
    """The bundle file as pyrage reads it: hashed, counted and capped on the way."""

    def __init__(self, src: BinaryIO, cap: int) -> None:
        self._src = src
        self._cap = cap
        self.sha256 = hashlib.sha256()
        self.count = 0

    def read(self, n: int = -1) -> bytes:
        data = self._src.read(n if n > 0 else CHUNK)
        self.count += len(data)
        if self.count > self._cap:
            raise BundleRejected("too-large", "The bundle grew beyond the size cap while read.")
        self.sha256.update(data)
        return data


class _Receiver:
    def __init__(
        self, spool: Spool, limits: Limits, progress: Progress, cancelled: Cancelled
    ) -> None:
        self.spool = spool
        self.limits = limits
        self.progress = progress
        self.cancelled = cancelled
        self.top: str | None = None
        self.tags: dict[str, bytes] = {}
        self.files: dict[str, ReceivedFile] = {}
        self.pending: SpoolWriter | None = None
        self.tick: Callable[[], None] = lambda: None

    def consume(self, plaintext: BinaryIO) -> None:
        for member in iter_members(plaintext, self.limits.tar()):
            self.tick()
            top, _, rest = member.name.partition("/")
            self.top = top
            if rest.startswith(bagit.PAYLOAD_DIR):
                self._spool_member(member, rest[len(bagit.PAYLOAD_DIR) :])
            elif rest in _TAG_NAMES:
                if member.size > self.limits.max_tag_file_size:
                    raise BundleRejected("member-too-large", f"{rest} is implausibly large.")
                self.tags[rest] = b"".join(iter(member.read, b""))
            else:
                raise BundleRejected(
                    "unexpected-file", f"The bag holds {rest!r}, which a humdoc bag never has."
                )

    def _spool_member(self, member: TarMember, path: str) -> None:
        digest = hashlib.sha256()
        self.pending = self.spool.create()
        while chunk := member.read(CHUNK):
            digest.update(chunk)
            self.pending.write(chunk)
            self.tick()
        handle = self.pending.commit()
        self.pending = None
        self.files[path] = ReceivedFile(handle, member.size, digest.hexdigest())

    def discard_all(self) -> None:
        if self.pending is not None:
            self.pending.abort()
            self.pending = None
        files, self.files = self.files, {}
        for item in files.values():
            self.spool.discard(item.handle)


def _reject(message: str, reason: str = "bad-bag-info") -> BundleRejected:
    return BundleRejected(reason, message)


def _check_signature(receiver: _Receiver, lookup_key: KeyLookup) -> tuple[PublicKey, str]:
    if fmt.SIGNATURE_NAME not in receiver.tags or bagit.TAGMANIFEST_NAME not in receiver.tags:
        raise _reject("The bundle carries no signature.", "bad-signature")
    try:
        minisig = receiver.tags[fmt.SIGNATURE_NAME].decode("ascii")
    except UnicodeDecodeError:
        raise _reject("The bundle's signature file is malformed.", "bad-signature") from None
    key_id = key_id_hex(signature_key_id(minisig))
    signer = lookup_key(key_id)
    if signer is None:
        raise _reject(
            f"The bundle is signed by device key {key_id}, which this centre has not enrolled.",
            "unknown-device",
        )
    return signer, verify(signer, receiver.tags[bagit.TAGMANIFEST_NAME], minisig)


def _check_labels(
    info: list[tuple[str, str]], top: str, signer: PublicKey, comment: str
) -> tuple[str, int, str, datetime]:
    labels = [label for label, _ in info]
    if len({label.casefold() for label in labels}) != len(labels):
        raise _reject("bag-info.txt repeats a label.")
    values = dict(info)
    missing = [label for label in fmt.RESERVED_LABELS if label not in values]
    if missing:
        raise _reject(f"bag-info.txt lacks {', '.join(missing)}.")
    if values[fmt.LABEL_FORMAT] != fmt.FORMAT:
        raise _reject(
            f"The bundle is in format {values[fmt.LABEL_FORMAT]!r}; this humdoc reads "
            f"{fmt.FORMAT} only.",
            "unsupported-format",
        )
    bundle_id = values[fmt.LABEL_ID]
    if not fmt.is_bundle_id(bundle_id) or bundle_id != top:
        raise _reject("The bundle id does not match the bag's folder.")
    if values[fmt.LABEL_DEVICE_FINGERPRINT] != signer.fingerprint():
        raise _reject("The device fingerprint does not match the signing key.")
    if values[fmt.LABEL_DEVICE_KEY_ID] != signer.key_id_hex():
        raise _reject("The device key id does not match the signing key.")
    sequence = fmt.parse_sequence(values[fmt.LABEL_SEQUENCE])
    if sequence is None:
        raise _reject("The sequence number is malformed.")
    previous = values[fmt.LABEL_PREVIOUS]
    if not fmt.is_sha256_hex(previous):
        raise _reject("The previous bundle's hash is malformed.")
    created = fmt.parse_created(values[fmt.LABEL_CREATED])
    if created is None:
        raise _reject("The creation time is malformed.")
    if comment != fmt.trusted_comment(bundle_id, sequence):
        raise _reject(
            "The signature's trusted comment does not name this bundle and sequence number.",
            "comment-mismatch",
        )
    return bundle_id, sequence, previous, created


def open_bundle(
    path: Path,
    identities: Sequence[str],
    lookup_key: KeyLookup,
    spool: Spool,
    limits: Limits | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> ReceivedBag:
    """Check a received ``.humdoc`` file completely and return its bag, payload in ``spool``.

    Returns if and only if: the file is within ``limits``; it decrypts completely with one of
    ``identities``; its tar holds only regular files, safely named, inside one folder, within
    the caps; its signature verifies with the key ``lookup_key`` returns for the signer's key id;
    the bag is complete and every checksum and Payload-Oxum holds; and the humdoc labels agree
    with the folder name, the signer and the trusted comment. Otherwise raises
    ``BundleRejected(reason)`` (reasons listed in docs/bundle-format.md), ``OperationCancelled``,
    or ``InvalidInput`` (unreadable file, malformed identity), having discarded everything it
    spooled. The caller still checks sequence and previous-bundle hash against its records.
    """
    limits = limits or Limits()
    receiver = _Receiver(spool, limits, progress, cancelled)
    with open_regular(path) as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limits.max_bundle_size:
            raise BundleRejected(
                "too-large",
                f"The bundle is {size} bytes, over the cap of {limits.max_bundle_size}.",
            )
        reader = _CountingReader(fh, limits.max_bundle_size)

        def tick() -> None:
            progress(reader.count, size)
            check_cancelled(cancelled)

        receiver.tick = tick
        try:
            decrypt_stream(reader, list(identities), receiver.consume)  # type: ignore[arg-type]
            if receiver.top is None:
                raise _reject("The bundle holds no bag.", "bad-bag")
            signer, comment = _check_signature(receiver, lookup_key)
            digests = {
                bagit.PAYLOAD_DIR + name: bagit.FileDigest(item.size, item.sha256)
                for name, item in receiver.files.items()
            }
            info = bagit.validate_bag(receiver.tags, digests)
            bundle_id, sequence, previous, created = _check_labels(
                info, receiver.top, signer, comment
            )
        except BaseException:
            receiver.discard_all()
            raise
    progress(size, size)
    return ReceivedBag(
        bundle_id=bundle_id,
        sequence=sequence,
        previous_bundle_sha256=previous,
        created=created,
        bag_info=info,
        signer=signer,
        trusted_comment=comment,
        files=receiver.files,
        bundle_sha256=reader.sha256.hexdigest(),
        bundle_size=reader.count,
        tagmanifest_sha256=bagit.sha256_hex(receiver.tags[bagit.TAGMANIFEST_NAME]),
        spool=spool,
    )
