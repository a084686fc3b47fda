"""Receiving a humdoc bundle: every check of the centre, in the order DESIGN.md fixes.

size cap → streaming decrypt (members checked from their tar headers as they stream, payload
hashed) → signature against the pinned device key → tag manifest, manifest, exact file set,
Payload-Oxum → humdoc's own bag-info labels → only then the payload into the caller's ``Spool``.
Sequence numbers and the previous-bundle hash chain need the centre's database: the caller checks
them with what ``ReceivedBag`` exposes. If any check fails, every spooled item is discarded before
the error is raised, so a rejected bundle leaves nothing behind; one that fails before its
signature is checked never had anything spooled.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager as ContextManager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from humdoc.core.bundle import bagit
from humdoc.core.bundle import format as fmt
from humdoc.core.bundle.agewrap import decrypt_stream
from humdoc.core.bundle.limits import Limits
from humdoc.core.bundle.minisign import (
    PublicKey,
    key_id_hex,
    parse_fingerprint,
    signature_key_id,
    verify,
)
from humdoc.core.bundle.offload import Feed, feed, helpers_wanted
from humdoc.core.bundle.source import CountedSource, counted_source
from humdoc.core.bundle.spool import Spool, SpoolWriter
from humdoc.core.bundle.tarsafe import CHUNK, TarMember, iter_members
from humdoc.core.errors import BundleRejected, StreamLengthMismatch
from humdoc.core.progress import Cancelled, Progress, check_cancelled, never_cancelled, no_progress
from humdoc.core.safefs import open_regular
from humdoc.core.streams import read_all

_TAG_NAMES = frozenset({*bagit.TAG_FILES, bagit.TAGMANIFEST_NAME, fmt.SIGNATURE_NAME})

#: Payload bytes a bundle may make the centre hold in memory before its signature is checked.
#: A bundle whose payload fits is decrypted once; a larger one twice (see ``open_bundle``).
UNVERIFIED_MEMORY = 64 * 1024 * 1024

#: Read and hash the bundle file on one helper thread (``source.ReadAhead``) and hash the
#: payload on another (``offload.Direct``), beside the decrypting thread: True, False, or None
#: to decide by the load (``offload.helpers_wanted``, the export's rule). On the 2-core machine
#: of docs/benchmarks.md they made a receipt faster while a core was free, and slower while
#: other jobs kept both cores busy.
HELPER_THREADS: bool | None = None

#: ``lookup_key(key id as minisign prints it)`` returns the pinned key of an enrolled device.
KeyLookup = Callable[[str], PublicKey | None]


#: The largest verified payload file ``open_bundle(hold=…)`` keeps in memory rather than in the
#: spool: record and custody files, which the centre parses and drops, then never touch the
#: disk, and a small media file is written once, when it is adopted.
HELD_FILE = 1024 * 1024
#: The payload folders of the files a receiver parses (``hold`` keeps a budget for them apart
#: from the media's: the media come first in a bundle, and would otherwise use it all up).
PARSED_FOLDERS = ("records/", "custody/")


class ReceivedFile:
    """A verified payload file: its size and SHA-256, its bytes in memory or in the spool.

    A file still in memory goes into the spool the first time its ``handle`` is asked for (to
    adopt it); ``open`` reads it from wherever it is; ``discard`` releases it from both.
    """

    def __init__(
        self,
        spool: Spool,
        size: int,
        sha256: str,
        *,
        data: bytes | None = None,
        handle: object = None,
    ) -> None:
        self.size = size
        self.sha256 = sha256
        self._spool = spool
        self._data = data
        self._handle = handle

    @property
    def handle(self) -> object:
        """The file's handle in the caller's spool (writing it there first if need be)."""
        if self._handle is None and self._data is not None:
            writer = self._spool.create()
            try:
                writer.write(self._data)
            except BaseException:
                writer.abort()
                raise
            self._handle, self._data = writer.commit(), None
        return self._handle

    def open(self) -> ContextManager[BinaryIO]:
        """Read the file back, from memory or from the spool."""
        if self._data is not None:
            return contextlib.nullcontext(io.BytesIO(self._data))
        return self._spool.open(self._handle)

    def discard(self) -> None:
        """Release the file; safe to call more than once."""
        handle, self._handle, self._data = self._handle, None, None
        if handle is not None:
            self._spool.discard(handle)


@dataclass
class ReceivedBag:
    """A bundle that passed every check ``open_bundle`` makes. Call ``discard`` when done."""

    bundle_id: str
    sequence: int
    #: The predecessor as ``Previous-Bundle-SHA256`` names it (SHA-256 of its whole .humdoc
    #: file); None if the bag names it by ``previous_tagmanifest_sha256`` instead.
    previous_bundle_sha256: str | None
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

    @property
    def format(self) -> str:
        """``humdoc/1`` or ``humdoc/2``."""
        return self.info[fmt.LABEL_FORMAT]

    @property
    def previous_tagmanifest_sha256(self) -> str | None:
        """The predecessor's identity (SHA-256 of its signed tag manifest) as a humdoc/2 bag
        names it; None if the bag names its predecessor by ``previous_bundle_sha256``."""
        if self.previous_bundle_sha256 is not None:
            return None
        return self.info[fmt.LABEL_PREVIOUS_TAGMANIFEST]

    def open(self, path: str) -> ContextManager[BinaryIO]:
        """Read a payload file back (``path`` relative to ``data/``)."""
        return self.files[path].open()

    def discard(self) -> None:
        """Release every payload file still held or spooled; safe to call more than once."""
        files, self.files = self.files, {}
        for item in files.values():
            item.discard()


@dataclass(frozen=True)
class _Member:
    """A member as the first pass saw it."""

    name: str
    size: int


def _payload_path(member_name: str) -> str | None:
    """The path below ``data/`` of a payload member, or None for anything else."""
    rest = member_name.partition("/")[2]
    return rest[len(bagit.PAYLOAD_DIR) :] if rest.startswith(bagit.PAYLOAD_DIR) else None


class _Survey:
    """The first pass: every member checked, tag files kept, payload hashed.

    Tag files and the signature come first in a bundle written by this humdoc: as soon as all
    of them have arrived, before any payload, ``verify_tags`` checks the signature and the tag
    files and returns a ``_Spooler``, and the payload goes straight to it: one pass. In a bundle
    whose payload comes first (written by earlier versions), nothing is written in this pass:
    payload is hashed, and also held in memory while all of it fits in ``budget`` bytes, so a
    bundle that small needs no second pass; past the budget, what was held is dropped.
    """

    def __init__(
        self,
        limits: Limits,
        budget: int,
        tick: Callable[[], None],
        hasher: Feed,
        verify_tags: Callable[[str, dict[str, bytes]], _Spooler],
    ) -> None:
        self.limits = limits
        self.budget = budget
        self.tick = tick
        self.hasher = hasher
        self.verify_tags = verify_tags
        self.top: str | None = None
        self.tags: dict[str, bytes] = {}
        self.members: list[_Member] = []
        self.held: dict[str, bytes] | None = {}
        self.spooler: _Spooler | None = None
        self._held_bytes = 0
        self._hashes: dict[str, tuple[int, Any]] = {}  # path below data/: (size, running hash)

    def digests(self) -> dict[str, bagit.FileDigest]:
        """Each payload file's size and SHA-256, keyed by the path relative to data/ (once the
        hasher has caught up)."""
        return {
            path: bagit.FileDigest(size, digest.hexdigest())
            for path, (size, digest) in self._hashes.items()
        }

    def consume(self, plaintext: BinaryIO) -> None:
        payload_seen = False
        for member in iter_members(plaintext, self.limits.tar()):
            self.tick()
            self.top, _, rest = member.name.partition("/")
            path = _payload_path(member.name)
            if path is not None:
                payload_seen = True
                digest = hashlib.sha256()
                self._hashes[path] = (member.size, digest)
                if self.spooler is not None:
                    self.spooler.take(path, member, digest)
                else:
                    self._payload(member, path, digest)
                self.members.append(_Member(member.name, member.size))
            elif rest in _TAG_NAMES:
                try:  # tag files are small and held in memory: cap before reading
                    self.tags[rest] = read_all(
                        member, member.size, self.limits.max_tag_file_size, rest
                    )
                except StreamLengthMismatch:
                    raise BundleRejected(
                        "member-too-large", f"{rest} is implausibly large."
                    ) from None
                self.members.append(_Member(member.name, member.size))
                if not payload_seen and set(self.tags) == _TAG_NAMES:
                    self.spooler = self.verify_tags(self.top, self.tags)
                    self.held = None
            else:
                raise BundleRejected(
                    "unexpected-file", f"The bag holds {rest!r}, which a humdoc bag never has."
                )

    def _payload(self, member: TarMember, path: str, digest: Any) -> None:
        keep = self.held is not None and self._held_bytes + member.size <= self.budget
        parts: list[bytes] = []
        got = 0
        update = digest.update
        while chunk := member.read(CHUNK):
            self.hasher.add(chunk, update)
            got += len(chunk)
            if keep:
                parts.append(chunk)
            self.tick()
        if got != member.size:  # TarMember promises this; a wrong count must never pass
            raise BundleRejected("bad-tar", f"{member.name!r} is not the size its header says.")
        if keep and self.held is not None:
            self.held[path] = b"".join(parts)
            self._held_bytes += member.size
        else:
            self.held = None  # the second pass will read every payload file again


class _Spooler:
    """Hands verified payload to the caller's spool (or holds small files in memory).

    Fed in one of three ways: by the first pass, once the signed tag files that came first were
    checked (``take``: each file must be listed in the signed manifest and the payload must
    stay within the signed Payload-Oxum before a byte is written; digests are compared once the
    pass is complete); from what the first pass held in memory (``from_memory``); or by a second
    decryption pass (``consume``), in which every member must be exactly the one the first pass
    verified (name, size, SHA-256): the file on disk could have changed in between.
    """

    def __init__(
        self,
        spool: Spool,
        limits: Limits,
        tick: Callable[[], None],
        budget: int,
        hasher: Feed,
    ) -> None:
        self.spool = spool
        self.limits = limits
        self.tick = tick
        self.budget = budget  # for media files
        self.parsed_budget = budget  # for record and custody files (``PARSED_FOLDERS``)
        self.hasher = hasher
        self.files: dict[str, ReceivedFile] = {}
        self.pending: SpoolWriter | None = None
        self.manifest: dict[str, str] = {}
        self.allowed = (0, 0)  # bytes and files the signed Payload-Oxum declares
        self._taken = (0, 0)

    def sign_off(self, manifest: dict[str, str], oxum: tuple[int, int]) -> None:
        """Accept payload listed in ``manifest`` (paths relative to data/) within ``oxum``."""
        self.manifest, self.allowed = manifest, oxum

    def take(self, path: str, member: TarMember, digest: Any) -> None:
        """Spool one payload member of a bundle whose signed tags were checked; ``digest`` is
        updated with its bytes (on the hasher thread)."""
        if path not in self.manifest:
            raise BundleRejected(
                "payload-mismatch",
                f"The bag holds {bagit.PAYLOAD_DIR + path!r}, which its manifest does not list.",
            )
        size, count = self._taken[0] + member.size, self._taken[1] + 1
        if size > self.allowed[0] or count > self.allowed[1]:
            raise BundleRejected(
                "oxum-mismatch", "The payload's size or file count does not match Payload-Oxum."
            )
        self._taken = (size, count)
        if self._may_hold(path, member.size):
            data = read_all(member, member.size, member.size, member.name)
            self.hasher.add(data, digest.update)
            self.files[path] = ReceivedFile(self.spool, member.size, self.manifest[path], data=data)
        else:
            handle = self._write(_chunks(member), digest)
            self.files[path] = ReceivedFile(
                self.spool, member.size, self.manifest[path], handle=handle
            )

    def from_memory(self, held: dict[str, bytes], digests: dict[str, bagit.FileDigest]) -> None:
        """Hand on what the first pass held and hashed: kept in memory while the budget lasts."""
        for path, data in held.items():
            want = digests[path]
            if self._may_hold(path, len(data)):
                self.files[path] = ReceivedFile(self.spool, want.size, want.sha256, data=data)
            else:
                self._store(path, iter((data,)), want)

    def _may_hold(self, path: str, size: int) -> bool:
        if size > HELD_FILE:
            return False
        if path.startswith(PARSED_FOLDERS):
            if size <= self.parsed_budget:
                self.parsed_budget -= size
                return True
        elif size <= self.budget:
            self.budget -= size
            return True
        return False

    def consume(
        self,
        plaintext: BinaryIO,
        members: Sequence[_Member],
        digests: dict[str, bagit.FileDigest],
    ) -> None:
        """The second pass over a bundle whose payload came first."""
        expected = iter(members)
        for member in iter_members(plaintext, self.limits.tar()):
            self.tick()
            seen = next(expected, None)
            if seen is None or (member.name, member.size) != (seen.name, seen.size):
                raise _changed()
            path = _payload_path(member.name)
            if path is None:
                continue
            if self._may_hold(path, member.size):
                self._hold(path, member, digests[path])
            else:
                self._store(path, _chunks(member), digests[path])
        if next(expected, None) is not None:
            raise _changed()

    def _hold(self, path: str, member: TarMember, want: bagit.FileDigest) -> None:
        data = read_all(member, member.size, member.size, member.name)
        if hashlib.sha256(data).hexdigest() != want.sha256:
            raise _changed()
        self.files[path] = ReceivedFile(self.spool, want.size, want.sha256, data=data)

    def _write(self, chunks: Iterator[bytes], digest: Any) -> object:
        self.pending = self.spool.create()
        update = digest.update
        for chunk in chunks:
            self.hasher.add(chunk, update)
            self.pending.write(chunk)
            self.tick()
        handle = self.pending.commit()
        self.pending = None
        return handle

    def _store(self, path: str, chunks: Iterator[bytes], want: bagit.FileDigest) -> None:
        digest = hashlib.sha256()
        counted = _Counted(chunks)
        handle = self._write(iter(counted), digest)
        self.files[path] = ReceivedFile(self.spool, want.size, want.sha256, handle=handle)
        self.hasher.then(_expect, counted, digest, want)

    def discard_all(self) -> None:
        if self.pending is not None:
            self.pending.abort()
            self.pending = None
        files, self.files = self.files, {}
        for item in files.values():
            item.discard()


class _Counted:
    """An iterator over chunks that counts the bytes it passed on."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self.got = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks:
            self.got += len(chunk)
            yield chunk


def _expect(counted: _Counted, digest: Any, want: bagit.FileDigest) -> None:
    if (counted.got, digest.hexdigest()) != (want.size, want.sha256):
        raise _changed()


def _chunks(member: TarMember) -> Iterator[bytes]:
    while chunk := member.read(CHUNK):
        yield chunk


def _changed() -> BundleRejected:
    return BundleRejected(
        "changed-while-read",
        "The bundle file changed while it was being read; copy it again and retry.",
    )


def _reject(message: str, reason: str = "bad-bag-info") -> BundleRejected:
    return BundleRejected(reason, message)


def _check_signature(tags: dict[str, bytes], lookup_key: KeyLookup) -> tuple[PublicKey, str]:
    if fmt.SIGNATURE_NAME not in tags or bagit.TAGMANIFEST_NAME not in tags:
        raise _reject("The bundle carries no signature.", "bad-signature")
    try:
        minisig = tags[fmt.SIGNATURE_NAME].decode("ascii")
    except UnicodeDecodeError:
        raise _reject("The bundle's signature file is malformed.", "bad-signature") from None
    key_id = key_id_hex(signature_key_id(minisig))
    signer = lookup_key(key_id)
    if signer is None:
        # Named by the fingerprint its bag-info claims (unverified), as enrolment shows keys.
        claimed = _claimed_fingerprint(tags.get(bagit.BAG_INFO_NAME, b""))
        raise _reject(
            f"The bundle says it comes from device {claimed}, which this centre has not enrolled."
            if claimed
            else "The bundle is signed by a device key this centre has not enrolled.",
            "unknown-device",
        )
    return signer, verify(signer, tags[bagit.TAGMANIFEST_NAME], minisig)


def _claimed_fingerprint(bag_info: bytes) -> str | None:
    """The ``Device-Fingerprint`` a bag-info claims, if it is one well-formed fingerprint."""
    prefix = fmt.LABEL_DEVICE_FINGERPRINT.encode("ascii") + b": "
    for line in bag_info.splitlines()[:64]:
        if line.startswith(prefix):
            claim = line[len(prefix) :].decode("ascii", "replace").strip()
            return claim if parse_fingerprint(claim) == claim else None
    return None


def _check_labels(
    info: list[tuple[str, str]], top: str, signer: PublicKey, comment: str
) -> tuple[str, int, str | None, datetime]:
    """Check humdoc's labels; return bundle id, sequence, the ``Previous-Bundle-SHA256`` link
    (None when the bag names its predecessor by ``Previous-Tagmanifest-SHA256``) and creation."""
    labels = [label for label, _ in info]
    if len({label.casefold() for label in labels}) != len(labels):
        raise _reject("bag-info.txt repeats a label.")
    values = dict(info)
    if fmt.LABEL_FORMAT in values and values[fmt.LABEL_FORMAT] not in fmt.FORMATS:
        raise _reject(
            f"The bundle is in format {values[fmt.LABEL_FORMAT]!r}; this humdoc reads "
            f"{' and '.join(fmt.FORMATS)} only.",
            "unsupported-format",
        )
    missing = [label for label in fmt.REQUIRED_LABELS if label not in values]
    links = [label for label in fmt.PREVIOUS_LABELS if label in values]
    if values.get(fmt.LABEL_FORMAT) == fmt.FORMAT_V1:  # v1 links by file; others are extras
        links = [fmt.LABEL_PREVIOUS] if fmt.LABEL_PREVIOUS in values else []
        if not links:
            missing.append(fmt.LABEL_PREVIOUS)
    elif not links:
        missing.append(" or ".join(fmt.PREVIOUS_LABELS))
    if missing:
        raise _reject(f"bag-info.txt lacks {', '.join(missing)}.")
    if len(links) > 1:
        raise _reject("bag-info.txt names the previous bundle twice.")
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
    if not fmt.is_sha256_hex(values[links[0]]):
        raise _reject("The previous bundle's hash is malformed.")
    previous = values[links[0]] if links[0] == fmt.LABEL_PREVIOUS else None
    created = fmt.parse_created(values[fmt.LABEL_CREATED])
    if created is None:
        raise _reject("The creation time is malformed.")
    if comment != fmt.trusted_comment(bundle_id, sequence):
        raise _reject(
            "The signature's trusted comment does not name this bundle and sequence number.",
            "comment-mismatch",
        )
    return bundle_id, sequence, previous, created


def _oxum(info: list[tuple[str, str]]) -> tuple[int, int]:
    """Bytes and files the signed Payload-Oxum declares (``oxum-mismatch`` if malformed)."""
    value = dict(info).get(fmt.LABEL_OXUM, "")
    octets, dot, count = value.partition(".")
    if not (dot and octets.isascii() and octets.isdigit() and count.isascii() and count.isdigit()):
        raise BundleRejected("oxum-mismatch", "The bundle's Payload-Oxum is malformed.")
    return int(octets), int(count)


def open_bundle(
    path: Path,
    identities: Sequence[str],
    lookup_key: KeyLookup,
    spool: Spool,
    limits: Limits | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    *,
    hold: int = 0,
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

    Nothing reaches ``spool`` before the signature, the tag files and the labels have been
    checked, so a bundle that is not signed by an enrolled device costs the centre decryption
    time and bounded memory, never a write. In a bundle written by this humdoc those come first
    in the tar: they are checked as soon as they have arrived, and the payload then streams to
    ``spool`` in the same, single decryption pass, each file listed in the signed manifest and
    within the signed Payload-Oxum before it is written, and its checksum compared at the end.
    In a bundle whose signature comes last (earlier versions), a first pass checks everything
    holding only the tag files, the digests and, while they fit in ``UNVERIFIED_MEMORY``, the
    payload files; a larger one is decrypted a second time into the spool, every file checked
    against the digest the first pass verified (``changed-while-read`` if the file changed).
    With ``hold``, verified files of up to ``HELD_FILE`` bytes stay in memory instead, record and
    custody files (``PARSED_FOLDERS``) up to ``hold`` bytes in all and the others up to another
    ``hold`` bytes (each never more than ``UNVERIFIED_MEMORY``), and reach ``spool`` only if
    their ``ReceivedFile.handle`` is asked for (to adopt them): a caller that only parses them
    saves their writes.
    """
    limits = limits or Limits()
    threaded = helpers_wanted(HELPER_THREADS)
    with (
        open_regular(path) as fh,
        feed("humdoc-bundle-payload-hash", threaded) as hasher,
    ):
        size = os.fstat(fh.fileno()).st_size
        if size > limits.max_bundle_size:
            raise BundleRejected(
                "too-large",
                f"The bundle is {size} bytes, over the cap of {limits.max_bundle_size}.",
            )
        # Progress runs over one pass; over two if a bundle of an earlier version needs them.
        total = [size]
        first = counted_source(fh, limits.max_bundle_size, threaded, "humdoc-bundle-file-read")

        def tick_first() -> None:
            progress(first.count, total[0])
            check_cancelled(cancelled)

        spooler = _Spooler(spool, limits, tick_first, min(hold, UNVERIFIED_MEMORY), hasher)

        def verify_tags(top: str, tags: dict[str, bytes]) -> _Spooler:
            signer, comment = _check_signature(tags, lookup_key)
            info, manifest = bagit.check_tag_files(tags)
            _check_labels(info, top, signer, comment)
            listed = {name[len(bagit.PAYLOAD_DIR) :]: digest for name, digest in manifest.items()}
            spooler.sign_off(listed, _oxum(info))
            return spooler

        survey = _Survey(limits, UNVERIFIED_MEMORY, tick_first, hasher, verify_tags)
        try:
            try:
                decrypt_stream(first, list(identities), survey.consume)
            finally:
                first.close()
            hasher.wait()
            if survey.top is None:
                raise _reject("The bundle holds no bag.", "bad-bag")
            signer, comment = _check_signature(survey.tags, lookup_key)
            digests = survey.digests()
            info = bagit.validate_bag(
                survey.tags, {bagit.PAYLOAD_DIR + name: d for name, d in digests.items()}
            )
            bundle_id, sequence, previous, created = _check_labels(
                info, survey.top, signer, comment
            )
            if survey.spooler is None:
                _spool_again(
                    fh, identities, limits, survey, spooler, digests, first, total, progress,
                    cancelled, threaded,
                )  # fmt: skip
        except BaseException:
            spooler.discard_all()
            raise
    progress(total[0], total[0])
    return ReceivedBag(
        bundle_id=bundle_id,
        sequence=sequence,
        previous_bundle_sha256=previous,
        created=created,
        bag_info=info,
        signer=signer,
        trusted_comment=comment,
        files=spooler.files,
        bundle_sha256=first.sha256.hexdigest(),
        bundle_size=first.count,
        tagmanifest_sha256=bagit.sha256_hex(survey.tags[bagit.TAGMANIFEST_NAME]),
        spool=spool,
    )


def _spool_again(
    fh: BinaryIO,
    identities: Sequence[str],
    limits: Limits,
    survey: _Survey,
    spooler: _Spooler,
    digests: dict[str, bagit.FileDigest],
    first: CountedSource,
    total: list[int],
    progress: Progress,
    cancelled: Cancelled,
    threaded: bool,
) -> None:
    """Spool a verified bundle whose payload came before its signature: from memory if the
    first pass held it, else by decrypting the file a second time."""
    if survey.held is not None:
        spooler.from_memory(survey.held, digests)
        survey.held = None
        spooler.hasher.wait()
        return
    size = first.count
    total[0] = 2 * size
    fh.seek(0)
    second = counted_source(fh, limits.max_bundle_size, threaded, "humdoc-bundle-file-read")

    def tick_second() -> None:
        progress(min(total[0], size + second.count), total[0])
        check_cancelled(cancelled)

    spooler.tick = tick_second
    try:
        decrypt_stream(
            second,
            list(identities),
            lambda plain: spooler.consume(plain, survey.members, digests),
        )
    finally:
        second.close()
    spooler.hasher.wait()
    if (second.count, second.sha256.digest()) != (first.count, first.sha256.digest()):
        raise _changed()
