"""The fuzz targets: every parser that reads outside input, and the contract it must keep.

Each target's ``run(data)`` feeds ``data`` to one parser (or a parser and the step that consumes
its output) and returns if the parser kept its contract: it returned, or it raised one of the
``HumdocError`` subclasses its docstring documents. Any other exception escaping ``run`` is a
finding, and so is a ``ContractBroken`` raised by the checks on what a parser returned (a
stripped file that still holds EXIF, a record file that does not read back the same, a header
whose bytes do not add up). Hangs and unbounded memory are caught by the harness's time and
memory bounds. The targets import no fuzzing library, so tests replay inputs through them.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from humdoc.core.bundle import bagit
from humdoc.core.bundle.ageheader import read_header
from humdoc.core.bundle.minisign import PublicKey, SigningKey, sign, signature_key_id, verify
from humdoc.core.bundle.tarsafe import TarLimits, iter_members
from humdoc.core.custody import CustodyEvent, verify_chain
from humdoc.core.errors import (
    BundleRejected,
    InvalidInput,
    MalformedMedia,
    PolicyRefused,
    UnsupportedMedia,
)
from humdoc.core.exchange import records
from humdoc.core.media import gif, jpeg, png, webp
from humdoc.core.media.audio_meta import AUDIO_KEYS
from humdoc.core.media.bmff import BytesSource
from humdoc.core.media.metadata import extract_metadata
from humdoc.core.media.policy import Policy, make_derivative, remove_location, streams_derivative
from humdoc.core.media.sniff import GIF, HEAD_BYTES, JPEG, PNG, TIFF, WEBP, MediaType, sniff
from humdoc.core.media.tiffdir import blank_gps, read_evidence_fields
from humdoc.core.media.videometa import describe, load_moov

T = TypeVar("T")

#: What a media parser may raise on a hostile file.
MEDIA_ERRORS = (MalformedMedia, PolicyRefused)


class ContractBroken(AssertionError):
    """A parser returned something its contract rules out (a finding, like a stray exception)."""


@dataclass(frozen=True)
class Target:
    """One fuzz target: ``run`` checks one input; the bounds are per input (libFuzzer's)."""

    name: str
    run: Callable[[bytes], None]
    #: Longest input the fuzzer makes.
    max_len: int = 16 * 1024
    #: Seconds one input may take before it counts as a hang.
    timeout: int = 10
    #: Resident memory, in MiB, beyond which the process counts as running out of bounds.
    rss_mb: int = 2048
    #: Libraries besides humdoc whose Python code is instrumented for coverage.
    libraries: tuple[str, ...] = ()
    #: A libFuzzer dictionary in fuzz/dicts/ (tokens the mutations insert), if any.
    dictionary: str | None = None


def expect(
    allowed: tuple[type[BaseException], ...], call: Callable[..., T], *args: Any
) -> T | None:
    """``call(*args)``, or None if it raised one of ``allowed``; anything else propagates."""
    try:
        return call(*args)
    except allowed:
        return None


def _check(holds: bool, message: str) -> None:
    if not holds:
        raise ContractBroken(message)


# --- media -------------------------------------------------------------------------------------

_ExifOf = Callable[[bytes], bytes]


def _reparses(parse: Callable[[bytes], object], made: bytes) -> None:
    try:
        parse(made)
    except MalformedMedia:
        raise ContractBroken("a derivative does not parse as its own format") from None


def _in_place(
    mtype: MediaType, parse: Callable[[bytes], object], exif_of: _ExifOf | None
) -> Callable[[bytes], None]:
    """A target for a format stripped in place: strip, evidence and remove_location."""

    def run(data: bytes) -> None:
        for policy in (Policy.STRIP, Policy.EVIDENCE):
            derivative = expect(MEDIA_ERRORS, make_derivative, data, mtype, policy)
            if derivative is None:
                continue
            _reparses(parse, derivative.data)
            if exif_of is not None and policy is Policy.STRIP:
                _check(exif_of(derivative.data) == b"", "a stripped file still holds EXIF")
        located = expect(MEDIA_ERRORS, remove_location, data, mtype)
        if located is not None:
            _reparses(parse, located[0])
            if exif_of is not None:
                _check(not blank_gps(bytearray(exif_of(located[0]))), "GPS left after removal")

    return run


def run_tiff(data: bytes) -> None:
    """TIFF: the bounds-checked IFD reader (never raises) and the conversion to PNG."""
    read_evidence_fields(data)
    blank_gps(bytearray(data))
    derivative = expect(MEDIA_ERRORS, make_derivative, data, TIFF, Policy.STRIP)
    if derivative is not None:
        _reparses(png.parse, derivative.data)
        _check(png.exif_block(derivative.data) == b"", "a stripped file still holds EXIF")
    located = expect(MEDIA_ERRORS, remove_location, data, TIFF)
    if located is not None:
        _reparses(png.parse, located[0])
        _check(not blank_gps(bytearray(png.exif_block(located[0]))), "GPS left after removal")


def run_heic(data: bytes) -> None:
    """The HEIC hand-off: sniff, then convert to PNG under evidence and remove_location."""
    mtype = expect((UnsupportedMedia,), sniff, data[:HEAD_BYTES])
    if mtype is None or mtype.format not in ("heic", "heif"):
        return
    derivative = expect(MEDIA_ERRORS, make_derivative, data, mtype, Policy.EVIDENCE)
    if derivative is not None:
        _reparses(png.parse, derivative.data)
    located = expect(MEDIA_ERRORS, remove_location, data, mtype)
    if located is not None:
        _reparses(png.parse, located[0])
        _check(not blank_gps(bytearray(png.exif_block(located[0]))), "GPS left after removal")


def run_video(data: bytes) -> None:
    """MP4/MOV: the box parser, ``describe``, and the streamed remover under strip and evidence;
    a cleaned copy parses again and holds no ``meta`` (nor, under strip, any ``udta``)."""
    mtype = expect((UnsupportedMedia,), sniff, data[:HEAD_BYTES])
    if mtype is None or not streams_derivative(mtype):
        return
    expect(MEDIA_ERRORS, describe, BytesSource(data))
    for policy in (Policy.STRIP, Policy.EVIDENCE):
        derivative = expect(MEDIA_ERRORS, make_derivative, data, mtype, policy)
        if derivative is None:
            continue
        moov = load_moov(BytesSource(derivative.data))
        _check(moov.find(b"meta") is None, "a cleaned video still holds a meta box")
        if policy is Policy.STRIP:
            _check(moov.find(b"udta") is None, "a stripped video still holds a udta box")
        describe(BytesSource(derivative.data))


_METADATA_KEYS = frozenset({
    "capture_time", "make", "model", "serial", "artist", "owner", "copyright", "software",
    "orientation", "width", "height", "gps", "gps_tags", "description", "comment",
    "has_thumbnail", "xmp", "iptc", "tags", "errors",
})  # fmt: skip


def run_metadata(data: bytes) -> None:
    """Sniffing and metadata extraction: a JSON-ready dict with the documented keys."""
    mtype = expect((UnsupportedMedia,), sniff, data[:HEAD_BYTES])
    if mtype is None:
        return
    result = expect((MalformedMedia,), extract_metadata, data, mtype)
    if result is None:
        return
    expected = _METADATA_KEYS | (AUDIO_KEYS if mtype.kind == "audio" else frozenset())
    _check(set(result) == expected, "metadata keys differ from the documented ones")
    json.dumps(result, allow_nan=False)


# --- bundles -----------------------------------------------------------------------------------

_TAR_LIMITS = TarLimits(
    max_members=64, max_member_size=1 << 20, max_total=1 << 22, max_pax_size=4096
)


def run_tar(data: bytes) -> None:
    """The streaming tar reader; every other member is read to its end, the rest skipped."""
    try:
        for n, member in enumerate(iter_members(io.BytesIO(data), _TAR_LIMITS)):
            got = 0
            while n % 2 and (chunk := member.read(4096)):
                got += len(chunk)
            _check(not n % 2 or got == member.size, "a member read back a different size")
    except BundleRejected:
        pass


def run_age(data: bytes) -> None:
    """The age header reader: what it consumed, what it read ahead and the rest add up."""
    src = io.BytesIO(data)
    header = expect((BundleRejected,), read_header, src)
    if header is not None:
        _check(header.raw + header.rest + src.read() == data, "header bytes do not add up")
        _check(bool(header.stanzas), "a header without stanzas was accepted")


#: A fixed key, so that the seeds hold a signature that verifies (it protects nothing).
FUZZ_KEY = SigningKey(bytes(range(32)), b"humdocfz")
FUZZ_PUB = FUZZ_KEY.public()
SIGNED = b"tagmanifest bytes the fuzz seeds sign\n"


def fuzz_signature() -> str:
    """A minisign signature of ``SIGNED`` by ``FUZZ_KEY`` (a seed of the minisign target)."""
    return sign(FUZZ_KEY, SIGNED, "timestamp:1700000000 humdoc fuzz seed")


def run_minisign(data: bytes) -> None:
    """minisign public key and signature text, as a partner's key or a bundle's .minisig."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return  # every caller decodes first (the bundle reader as ASCII) and refuses this
    pub = expect((InvalidInput,), PublicKey.from_text, text)
    if pub is not None:
        _check(PublicKey.from_text(pub.to_text()) == pub, "a public key does not read back")
    key_id = expect((BundleRejected,), signature_key_id, text)
    comment = expect((BundleRejected,), verify, FUZZ_PUB, SIGNED, text)
    if comment is not None:
        _check(key_id == FUZZ_PUB.key_id, "a signature verified under another key id")
        _check("\n" not in comment, "a trusted comment spans lines")


_TAG_NAMES = (*bagit.TAG_FILES, bagit.TAGMANIFEST_NAME)


def run_bagit(data: bytes) -> None:
    """BagIt tag files: NUL-separated bagit.txt, bag-info, manifest, tagmanifest, payload sizes."""
    parts = data.split(b"\x00")
    tags = dict(zip(_TAG_NAMES, parts, strict=False))
    sizes = [int(s) for s in re.findall(rb"\d{1,12}", parts[4])] if len(parts) > 4 else []
    expect((BundleRejected,), bagit.parse_bag_info, tags.get(bagit.BAG_INFO_NAME, b""))
    expect((BundleRejected,), bagit.parse_manifest, tags.get(bagit.TAGMANIFEST_NAME, b""))
    manifest = expect((BundleRejected,), bagit.parse_manifest, tags.get(bagit.MANIFEST_NAME, b""))
    payload = {
        path: bagit.FileDigest(sizes[n] if n < len(sizes) else 0, digest)
        for n, (path, digest) in enumerate((manifest or {}).items())
    }
    info = expect((BundleRejected,), bagit.validate_bag, tags, payload)
    if info is not None:
        _check(
            info == bagit.parse_bag_info(tags[bagit.BAG_INFO_NAME]), "bag-info read twice differs"
        )


_RECORD_KINDS = (*records.RECORD_FILES, *records.OPTIONAL_RECORD_FILES)


def run_records(data: bytes) -> None:
    """A bundle record file (the first byte picks its kind); what passes reads back the same."""
    if not data:
        return
    kind = _RECORD_KINDS[data[0] % len(_RECORD_KINDS)]
    rows = expect((BundleRejected,), records.decode, kind, data[1:])
    if rows is not None:
        _check(
            records.decode(kind, records.encode(kind, rows)) == rows, "records do not round trip"
        )


#: The device key that signed the custody logs of the seed bundle (tests/core/fixtures).
DEVICE_PUB = PublicKey.from_text("RWTKSPJmnYsIxHZ+DuEbUoR+kR34RdfLUtbW+Zvgdot3LFubIbMtYUQl")


def _device_key(fingerprint: str) -> PublicKey | None:
    return DEVICE_PUB if fingerprint == DEVICE_PUB.fingerprint() else None


def run_custody(data: bytes) -> None:
    """A carried custody log (first line: the item id), then the check of its chain."""
    head, _, log = data.partition(b"\n")
    try:
        item_id = head.decode("utf-8")
    except UnicodeDecodeError:
        return  # the id is a bundle member's name, already checked as UTF-8 by the tar reader
    lines = expect((BundleRejected,), records.decode_custody, item_id, log)
    if lines is None:
        return
    events = [CustodyEvent.from_json(line) for line in lines]
    problems = verify_chain(item_id, events, _device_key)
    _check(all(isinstance(p, str) for p in problems), "verify_chain returned a non-text problem")


def run_audio(data: bytes) -> None:
    """Audio: sniffing, then strip and evidence cleaning of whatever audio format it names."""
    mtype = expect((UnsupportedMedia,), sniff, data[:HEAD_BYTES])
    if mtype is None or mtype.kind != "audio":
        return
    for policy in (Policy.STRIP, Policy.EVIDENCE):
        derivative = expect(MEDIA_ERRORS, make_derivative, data, mtype, policy)
        if derivative is None:
            continue
        _check(len(derivative.data) > 0, "an audio derivative is empty")
        # A cleaned file is still a file of its format, and cleaning it again keeps the contract.
        again = make_derivative(derivative.data, mtype, Policy.STRIP)
        _check(sniff(again.data[:HEAD_BYTES]).format == mtype.format, "cleaning changed the format")


def _media(name: str, run: Callable[[bytes], None]) -> Target:
    # Decoding a hostile image up to Pillow's pixel limit legitimately takes a few seconds.
    # Pillow's and exifread's container and tag parsers are Python: coverage there guides the
    # fuzzer towards files that reach deeper into the decoders.
    libraries = ("PIL", "exifread", "pillow_heif")
    return Target(name, run, max_len=64 * 1024, timeout=30, libraries=libraries)


def _targets() -> Iterator[Target]:
    yield _media("jpeg", _in_place(JPEG, jpeg.parse, jpeg.exif_block))
    yield _media("png", _in_place(PNG, png.parse, png.exif_block))
    yield _media("webp", _in_place(WEBP, webp.parse, webp.exif_block))
    yield _media("gif", _in_place(GIF, gif.parse, None))
    yield _media("tiff", run_tiff)
    yield _media("heic", run_heic)
    yield _media("metadata", run_metadata)
    yield Target("audio", run_audio, max_len=64 * 1024, timeout=30, libraries=("mutagen",))
    yield Target("audio-metadata", run_metadata, max_len=64 * 1024, libraries=("mutagen",))
    yield Target("video", run_video, max_len=64 * 1024)
    yield Target("tar", run_tar, max_len=64 * 1024)
    yield Target("age", run_age)
    yield Target("minisign", run_minisign, max_len=4096)
    yield Target("bagit", run_bagit)
    yield Target("records", run_records, dictionary="json.dict")
    yield Target("custody", run_custody, dictionary="json.dict")


def warm_up() -> None:
    """Import every module the targets reach lazily (Pillow's plugins, the HEIF opener, exifread),
    so that the harness instruments them and the first inputs are not slowed by imports."""
    import exifread  # noqa: F401  (extract_metadata imports it on first use)
    from PIL import Image

    from humdoc.core.media._imaging import ensure_heif

    Image.init()
    ensure_heif()


#: Every target by name, in the order ``make fuzz`` runs them.
TARGETS: dict[str, Target] = {t.name: t for t in _targets()}
