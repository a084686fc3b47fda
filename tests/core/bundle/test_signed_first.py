"""Signed tag files first: the writer's order, digests given by the caller, and what the centre
writes (nothing, or only what it discards) for a bundle that fails after its signature."""

from __future__ import annotations

import contextlib
import hashlib
import io
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import pytest
from bundle_helpers import (
    CREATED,
    PAYLOAD,
    Centre,
    leftovers,
    pack,
    payload_files,
    read_members,
    resign,
)

from humdoc.core.bundle import (
    FIRST_BUNDLE,
    MemorySpool,
    PayloadFile,
    SigningKey,
    SpoolWriter,
    write_bundle,
)
from humdoc.core.bundle import format as fmt
from humdoc.core.bundle.bagit import format_manifest, sha256_hex
from humdoc.core.bundle.minisign import sign
from humdoc.core.bundle.offload import Batch, Offload
from humdoc.core.errors import BundleRejected, InvalidInput

TOP = "bundle-0001"
TAGS = [
    "manifest-sha256.txt",
    "bagit.txt",
    "bag-info.txt",
    "tagmanifest-sha256.txt",
    "tagmanifest-sha256.txt.minisig",
]


class CountingSpool(MemorySpool):
    """A memory spool that counts the items it was asked to create."""

    def __init__(self) -> None:
        super().__init__()
        self.created = 0

    def create(self) -> SpoolWriter:
        self.created += 1
        return super().create()


def test_the_signed_tag_files_come_first(make_bundle: Callable[..., Path], centre: Centre) -> None:
    names = list(read_members(make_bundle(), centre.identity))
    assert names[: len(TAGS)] == [f"{TOP}/{name}" for name in TAGS]
    assert names[len(TAGS) :] == [f"{TOP}/data/{path}" for path in PAYLOAD]


def _export(tmp_path: Path, key: SigningKey, centre: Centre, files: list[PayloadFile]) -> Path:
    out = tmp_path / "x.humdoc"
    write_bundle(
        out, files, [], key, [centre.recipient], TOP, 1, CREATED,
        previous_bundle_sha256=FIRST_BUNDLE,
    )  # fmt: skip
    return out


def test_given_digests_are_used_as_they_are_and_the_centre_checks_them(
    tmp_path: Path, device_key: SigningKey, centre: Centre
) -> None:
    """A digest the caller gives is not computed again (hash once); it is signed as given, and a
    wrong one (the vault's record and the stored file disagree) makes the centre refuse."""
    files = payload_files(PAYLOAD)
    for item in files:
        item.sha256 = hashlib.sha256(PAYLOAD[item.path]).hexdigest()
    bag = centre.open(_export(tmp_path, device_key, centre, files))
    assert {path: f.sha256 for path, f in bag.files.items()} == {
        path: hashlib.sha256(data).hexdigest() for path, data in PAYLOAD.items()
    }
    (tmp_path / "x.humdoc").unlink()
    files[2].sha256 = "0" * 64
    spool = CountingSpool()
    with pytest.raises(BundleRejected) as err:
        centre.open(_export(tmp_path, device_key, centre, files), spool)
    assert err.value.reason == "payload-mismatch"
    assert spool.held() == 0
    (tmp_path / "x.humdoc").unlink()
    files[2].sha256 = "not a digest"
    with pytest.raises(InvalidInput):
        _export(tmp_path, device_key, centre, files)
    assert leftovers(tmp_path) == []


def test_files_without_a_digest_are_hashed_once_before_writing(
    tmp_path: Path, device_key: SigningKey, centre: Centre
) -> None:
    opened: list[int] = []

    @contextlib.contextmanager
    def counted() -> Iterator[BinaryIO]:
        opened.append(1)
        yield io.BytesIO(b"z" * 200_000)

    bag = centre.open(
        _export(tmp_path, device_key, centre, [PayloadFile("media/a.bin", 200_000, counted)])
    )
    assert len(opened) == 2  # hashed, then written
    assert bag.files["media/a.bin"].sha256 == hashlib.sha256(b"z" * 200_000).hexdigest()


def test_a_signed_first_bundle_from_an_unknown_device_creates_nothing(
    make_bundle: Callable[..., Path], centre: Centre
) -> None:
    bundle = make_bundle()
    stranger = Centre(centre.identity, {})
    spool = CountingSpool()
    with pytest.raises(BundleRejected) as err:
        stranger.open(bundle, spool)
    assert err.value.reason == "unknown-device"
    assert spool.created == 0


def _rebuilt(
    bundle: Path, centre: Centre, key: SigningKey, change: Callable[[dict[str, bytes]], None]
) -> Path:
    members = read_members(bundle, centre.identity)
    change(members)
    resign(members, key)
    return pack(members, centre.recipient, bundle.with_name("rebuilt.humdoc"))


def test_a_payload_file_the_signed_manifest_does_not_list_is_never_written(
    make_bundle: Callable[..., Path], centre: Centre, device_key: SigningKey
) -> None:
    def plant_first(members: dict[str, bytes]) -> None:
        tags = {name: data for name, data in members.items() if "/data/" not in name}
        rest = {name: data for name, data in members.items() if name not in tags}
        members.clear()
        members.update(tags)
        members[f"{TOP}/data/media/planted.jpg"] = b"planted"
        members.update(rest)

    spool = CountingSpool()
    with pytest.raises(BundleRejected) as err:
        centre.open(_rebuilt(make_bundle(), centre, device_key, plant_first), spool)
    assert err.value.reason == "payload-mismatch"
    assert spool.created == 0 and spool.held() == 0


def test_payload_beyond_the_signed_oxum_is_refused_and_what_came_before_discarded(
    make_bundle: Callable[..., Path], centre: Centre, device_key: SigningKey
) -> None:
    def list_one_more(members: dict[str, bytes]) -> None:
        extra = f"{TOP}/data/media/extra.bin"
        members[extra] = b"x" * 300_000
        manifest = members[f"{TOP}/manifest-sha256.txt"]
        members[f"{TOP}/manifest-sha256.txt"] = manifest + format_manifest(
            [("data/media/extra.bin", sha256_hex(members[extra]))]
        )
        members[f"{TOP}/tagmanifest-sha256.txt"] = format_manifest(
            (name, sha256_hex(members[f"{TOP}/{name}"]))
            for name in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
        )

    spool = CountingSpool()
    with pytest.raises(BundleRejected) as err:
        centre.open(_rebuilt(make_bundle(), centre, device_key, list_one_more), spool)
    assert err.value.reason == "oxum-mismatch"
    assert spool.created >= 1 and spool.held() == 0  # written while signed, then discarded


def test_altered_payload_of_a_signed_first_bundle_is_discarded(
    make_bundle: Callable[..., Path], centre: Centre, device_key: SigningKey
) -> None:
    big = {**PAYLOAD, "media/video.bin": bytes(range(256)) * 8192}  # 2 MiB: to the spool

    def alter(members: dict[str, bytes]) -> None:
        name = f"{TOP}/data/media/video.bin"
        members[name] = members[name][:-1] + b"!"

    spool = CountingSpool()
    with pytest.raises(BundleRejected) as err:
        centre.open(_rebuilt(make_bundle(big), centre, device_key, alter), spool)
    assert err.value.reason == "payload-mismatch"
    assert spool.created >= 1 and spool.held() == 0


def test_the_trusted_comment_is_checked_before_any_payload_is_written(
    make_bundle: Callable[..., Path], centre: Centre, device_key: SigningKey
) -> None:
    members = read_members(make_bundle(), centre.identity)
    tagmanifest = members[f"{TOP}/tagmanifest-sha256.txt"]
    comment = f"humdoc bundle {TOP} sequence 2"  # signed by the device, but not this bundle's
    members[f"{TOP}/{fmt.SIGNATURE_NAME}"] = sign(device_key, tagmanifest, comment).encode()
    spool = CountingSpool()
    with pytest.raises(BundleRejected) as err:
        centre.open(pack(members, centre.recipient, make_bundle().with_name("c.humdoc")), spool)
    assert err.value.reason == "comment-mismatch"
    assert spool.created == 0


def test_batches_reach_the_helper_thread_in_order_and_errors_come_back() -> None:
    got = bytearray()
    threads: set[str] = set()

    def consume(view: memoryview) -> None:
        threads.add(threading.current_thread().name)
        got.extend(view)

    pieces = [bytes([i % 251]) * (i * 977 % 70_000) for i in range(300)]
    with Offload("test-helper") as helper:
        batch = Batch(helper, size=100_000)
        for piece in pieces:
            batch.add(piece, consume)
        batch.wait()
    assert bytes(got) == b"".join(pieces)
    assert threads == {"test-helper"}

    def fail(view: memoryview) -> None:
        raise OSError(28, "No space left on device")

    with Offload("test-helper") as helper, pytest.raises(OSError) as err:
        batch = Batch(helper, size=1000)
        for _ in range(50):  # the failure surfaces in the caller while it keeps adding
            batch.add(b"y" * 700, fail)
        batch.wait()
    assert err.value.errno == 28


@pytest.mark.parametrize("payload_first", [False, True], ids=["signed-first", "payload-first"])
def test_receiving_with_helper_threads_gives_the_same_bag_and_the_same_refusals(
    make_bundle: Callable[..., Path],
    centre: Centre,
    device_key: SigningKey,
    monkeypatch: pytest.MonkeyPatch,
    payload_first: bool,
) -> None:
    """``reader.HELPER_THREADS`` reads and hashes the file on one helper thread and hashes the
    payload on another; off, everything runs in the caller's thread."""
    from humdoc.core.bundle import reader

    big = {**PAYLOAD, "media/video.bin": bytes(range(256)) * 40_000}  # 10 MiB, several batches
    bundle = make_bundle(big)
    if payload_first:
        bundle = _rebuilt(bundle, centre, device_key, lambda m: None)
        members = read_members(bundle, centre.identity)
        ordered = dict(sorted(members.items(), key=lambda item: "/data/" not in item[0]))
        bundle = pack(ordered, centre.recipient, bundle)
        monkeypatch.setattr(reader, "UNVERIFIED_MEMORY", 0)  # two passes
    monkeypatch.setattr(reader, "HELPER_THREADS", False)
    inline = centre.open(bundle)
    monkeypatch.setattr(reader, "HELPER_THREADS", True)
    threaded = centre.open(bundle)
    assert threaded.bundle_sha256 == inline.bundle_sha256 == sha256_hex(bundle.read_bytes())
    assert {p: f.sha256 for p, f in threaded.files.items()} == {
        p: hashlib.sha256(data).hexdigest() for p, data in big.items()
    }

    def alter(members: dict[str, bytes]) -> None:
        name = f"{TOP}/data/media/video.bin"
        members[name] = members[name][:-1] + b"!"

    spool = CountingSpool()
    with pytest.raises(BundleRejected) as err:
        centre.open(_rebuilt(make_bundle(big), centre, device_key, alter), spool)
    assert err.value.reason == "payload-mismatch"
    assert spool.held() == 0
