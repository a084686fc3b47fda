"""Every alteration of a bundle is rejected, and a rejected bundle leaves nothing in the spool."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from bundle_helpers import Centre, pack, read_members, resign

from humdoc.core.bundle import Limits, MemorySpool, SigningKey, open_bundle
from humdoc.core.errors import BundleRejected

TOP = "bundle-0001"


def rejected(centre: Centre, path: Path) -> str:
    spool = MemorySpool()
    with pytest.raises(BundleRejected) as err:
        centre.open(path, spool)
    assert spool.held() == 0
    return err.value.reason


@pytest.fixture(params=[False, True], ids=["one-thread", "helper-threads"])
def helper_threads(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Receive in one thread, then with the helper threads (``reader.HELPER_THREADS``)."""
    from humdoc.core.bundle import reader

    monkeypatch.setattr(reader, "HELPER_THREADS", request.param)
    return bool(request.param)


def test_two_hundred_single_byte_flips_are_rejected(
    make_bundle: Callable[..., Path], centre: Centre, tmp_path: Path, helper_threads: bool
) -> None:
    original = make_bundle().read_bytes()
    rng = random.Random(20240501)
    target = tmp_path / "flipped.humdoc"
    for _ in range(200):
        data = bytearray(original)
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        target.write_bytes(bytes(data))
        assert rejected(centre, target) in {"decrypt-failed", "bad-header", "not-age"}


def test_truncations_and_appended_bytes_are_rejected(
    make_bundle: Callable[..., Path], centre: Centre, tmp_path: Path, helper_threads: bool
) -> None:
    original = make_bundle().read_bytes()
    target = tmp_path / "cut.humdoc"
    for cut in (0, 10, 100, 200, len(original) // 2, len(original) - 17, len(original) - 1):
        target.write_bytes(original[:cut])
        assert rejected(centre, target) in {"decrypt-failed", "bad-header", "not-age"}
    target.write_bytes(original + b"\x00")
    assert rejected(centre, target) == "decrypt-failed"


def rebuild(
    bundle: Path,
    centre: Centre,
    key: SigningKey,
    change: Callable[[dict[str, bytes]], None],
    payload_first: bool = False,
) -> Path:
    """Change a bundle's members and sign it again; ``payload_first`` puts the payload before
    the tag files, as bundles of earlier versions had it (the centre reads them in two passes)."""
    members = read_members(bundle, centre.identity)
    change(members)
    resign(members, key)
    if payload_first:
        members = dict(sorted(members.items(), key=lambda item: "/data/" not in item[0]))
    return pack(members, centre.recipient, bundle.with_name("rebuilt.humdoc"))


def test_unchanged_rebuild_is_accepted(
    make_bundle: Callable[..., Path], centre: Centre, device_key: SigningKey
) -> None:
    # The control for the tests below: rebuilding by hand alone does not cause rejection.
    path = rebuild(make_bundle(), centre, device_key, lambda m: None)
    assert centre.open(path).bundle_id == TOP


def _add(m: dict[str, bytes]) -> None:
    m[f"{TOP}/data/media/extra.jpg"] = b"planted"


def _remove(m: dict[str, bytes]) -> None:
    del m[f"{TOP}/data/records/cases.json"]


def _rename(m: dict[str, bytes]) -> None:
    m[f"{TOP}/data/records/renamed.json"] = m.pop(f"{TOP}/data/records/cases.json")


def _alter(m: dict[str, bytes]) -> None:
    m[f"{TOP}/data/records/cases.json"] = b'{"cases": []}\n'


def _tag(m: dict[str, bytes]) -> None:
    info = f"{TOP}/bag-info.txt"
    m[info] = m[info].replace(b"Field team north", b"Field team south")


def _tag_and_manifest(m: dict[str, bytes]) -> None:
    name = f"{TOP}/manifest-sha256.txt"
    m[name] = m[name].replace(b"data/records/cases.json", b"data/records/cases.jsoN")


def _stray(m: dict[str, bytes]) -> None:
    m[f"{TOP}/notes.txt"] = b"hello"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (_add, "payload-mismatch"),
        (_remove, "payload-mismatch"),
        (_rename, "payload-mismatch"),
        (_alter, "payload-mismatch"),
        (_tag, "tag-mismatch"),
        (_tag_and_manifest, "tag-mismatch"),
        (_stray, "unexpected-file"),
    ],
)
@pytest.mark.parametrize("payload_first", [False, True], ids=["signed-first", "payload-first"])
def test_re_signed_bag_changes_are_caught_by_the_bag_check(
    make_bundle: Callable[..., Path],
    centre: Centre,
    device_key: SigningKey,
    change: Callable[[dict[str, bytes]], None],
    reason: str,
    payload_first: bool,
) -> None:
    bundle = rebuild(make_bundle(), centre, device_key, change, payload_first)
    assert rejected(centre, bundle) == reason


def test_bag_signed_by_another_device_is_unknown_device(
    make_bundle: Callable[..., Path], centre: Centre
) -> None:
    assert (
        rejected(centre, rebuild(make_bundle(), centre, SigningKey.generate(), lambda m: None))
        == "unknown-device"
    )


def test_forged_bag_re_encrypted_by_a_third_party(
    make_bundle: Callable[..., Path], centre: Centre, device_key: SigningKey, tmp_path: Path
) -> None:
    # The forger knows the centre's public recipient and what a bag looks like, not the device key.
    members = read_members(make_bundle(), centre.identity)
    members[f"{TOP}/data/records/cases.json"] = b'{"cases": ["forged"]}\n'
    forged = pack(members, centre.recipient, tmp_path / "forged.humdoc")
    assert rejected(centre, forged) == "payload-mismatch"
    # Same bag, tag files recomputed by the forger and signed with a key id copied from the device.
    from humdoc.core.bundle import bagit

    manifest = bagit.parse_manifest(members[f"{TOP}/manifest-sha256.txt"])
    manifest["data/records/cases.json"] = bagit.sha256_hex(
        members[f"{TOP}/data/records/cases.json"]
    )
    members[f"{TOP}/manifest-sha256.txt"] = bagit.format_manifest(manifest.items())
    members[f"{TOP}/tagmanifest-sha256.txt"] = bagit.format_manifest(
        (n, bagit.sha256_hex(members[f"{TOP}/{n}"])) for n in bagit.TAG_FILES
    )
    impostor = SigningKey.from_bytes(SigningKey.generate().to_bytes()[:32], device_key.key_id)
    resign(members, impostor)
    assert (
        rejected(centre, pack(members, centre.recipient, tmp_path / "forged2.humdoc"))
        == "bad-signature"
    )


def test_trusted_comment_must_name_the_bundle(
    make_bundle: Callable[..., Path], centre: Centre, device_key: SigningKey, tmp_path: Path
) -> None:
    from humdoc.core.bundle.minisign import sign

    members = read_members(make_bundle(), centre.identity)
    tagmanifest = members[f"{TOP}/tagmanifest-sha256.txt"]
    members[f"{TOP}/tagmanifest-sha256.txt.minisig"] = sign(
        device_key, tagmanifest, f"humdoc bundle {TOP} sequence 2"
    ).encode()
    assert (
        rejected(centre, pack(members, centre.recipient, tmp_path / "c.humdoc"))
        == "comment-mismatch"
    )


def test_bundle_for_another_centre_and_size_cap(
    make_bundle: Callable[..., Path], centre: Centre
) -> None:
    from pyrage import x25519

    path = make_bundle()
    spool = MemorySpool()
    with pytest.raises(BundleRejected) as err:
        open_bundle(path, [str(x25519.Identity.generate())], centre.lookup, spool)
    assert err.value.reason == "decrypt-failed"
    with pytest.raises(BundleRejected) as err:
        open_bundle(
            path,
            [str(centre.identity)],
            centre.lookup,
            spool,
            Limits(max_bundle_size=path.stat().st_size - 1),
        )
    assert err.value.reason == "too-large"
    assert spool.held() == 0


def test_spool_failure_mid_bundle_releases_everything(
    make_bundle: Callable[..., Path], centre: Centre
) -> None:
    spool = MemorySpool(max_bytes=60_000)  # the 102,400-byte photo does not fit
    with pytest.raises(BundleRejected) as err:
        centre.open(make_bundle(), spool)
    assert err.value.reason == "too-large"
    assert spool.held() == 0
