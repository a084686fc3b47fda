"""Writing and opening whole bundles, and checking them with standard tools alone."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import subprocess
import tarfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import bagit
import pytest
from bundle_helpers import CREATED, PAYLOAD, Centre, leftovers, payload_files
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humdoc.core.bundle import FIRST_BUNDLE, MemorySpool, PayloadFile, SigningKey, write_bundle
from humdoc.core.errors import BundleError, DiskFull, InvalidInput, OperationCancelled


def test_round_trip(
    make_bundle: Callable[..., Path], centre: Centre, device_key: SigningKey
) -> None:
    path = make_bundle()
    spool = MemorySpool()
    bag = centre.open(path, spool)
    assert bag.bundle_id == "bundle-0001" and bag.sequence == 1
    assert bag.previous_bundle_sha256 == FIRST_BUNDLE
    assert bag.created == CREATED
    assert bag.signer == device_key.public()
    assert bag.trusted_comment == "humdoc bundle bundle-0001 sequence 1"
    assert bag.info["Device-Fingerprint"] == device_key.public().fingerprint()
    assert bag.info["Source-Organization"] == "Field team north"
    assert bag.info["Payload-Oxum"] == f"{sum(map(len, PAYLOAD.values()))}.{len(PAYLOAD)}"
    assert [label for label, _ in bag.bag_info][:2] == ["Bundle-Format", "Bundle-Id"]
    assert bag.bundle_sha256 == __import__("hashlib").sha256(path.read_bytes()).hexdigest()
    assert set(bag.files) == set(PAYLOAD)
    for name, data in PAYLOAD.items():
        with bag.open(name) as fh:
            assert fh.read() == data
    assert spool.held() == len(PAYLOAD)
    bag.discard()
    assert spool.held() == 0


def test_written_bundle_record(tmp_path: Path, device_key: SigningKey, centre: Centre) -> None:
    written = write_bundle(
        tmp_path / "a.humdoc",
        payload_files(PAYLOAD),
        [],
        device_key,
        [centre.recipient],
        "b-7",
        7,
        CREATED,
        previous_bundle_sha256="ab" * 32,
    )
    data = written.path.read_bytes()
    assert written.size == len(data)
    assert written.sha256 == __import__("hashlib").sha256(data).hexdigest()
    bag = centre.open(written.path)
    assert bag.tagmanifest_sha256 == written.tagmanifest_sha256
    assert bag.previous_bundle_sha256 == "ab" * 32 and bag.sequence == 7
    assert leftovers(tmp_path) == ["a.humdoc"]


def test_standard_tools_verify_a_bundle(tmp_path: Path, device_key: SigningKey) -> None:
    for tool in ("age", "age-keygen", "minisign", "tar"):
        assert shutil.which(tool), f"{tool} is required by this test"
    subprocess.run(
        ["age-keygen", "-o", str(tmp_path / "identity.txt")], check=True, capture_output=True
    )
    recipient = subprocess.run(
        ["age-keygen", "-y", str(tmp_path / "identity.txt")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    bundle = tmp_path / "export.humdoc"
    write_bundle(
        bundle,
        payload_files(PAYLOAD),
        [],
        device_key,
        [recipient],
        "bundle-0001",
        1,
        CREATED,
        previous_bundle_sha256=FIRST_BUNDLE,
    )
    (tmp_path / "device.pub").write_text(device_key.public().to_text())
    tar_path = tmp_path / "bundle.tar"
    with tar_path.open("wb") as out:
        subprocess.run(
            ["age", "-d", "-i", str(tmp_path / "identity.txt"), str(bundle)], stdout=out, check=True
        )
    extract = tmp_path / "extract"
    extract.mkdir()
    subprocess.run(["tar", "-x", "-f", str(tar_path), "-C", str(extract)], check=True)
    bag_dir = extract / "bundle-0001"
    done = subprocess.run(
        ["minisign", "-V", "-p", str(tmp_path / "device.pub"), "-m", "tagmanifest-sha256.txt"],
        cwd=bag_dir,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "humdoc bundle bundle-0001 sequence 1" in done.stdout
    bag = bagit.Bag(str(bag_dir))
    bag.validate()
    assert bag.info["Bundle-Format"] == "humdoc/1"
    for cmd in (
        ["sha256sum", "-c", "tagmanifest-sha256.txt"],
        ["sha256sum", "-c", "manifest-sha256.txt"],
    ):
        subprocess.run(cmd, cwd=bag_dir, check=True, capture_output=True)
    (bag_dir / "data" / "records" / "cases.json").write_bytes(b"{}")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(bag_dir)).validate()


def test_no_plaintext_reaches_the_output_folder(
    tmp_path: Path, device_key: SigningKey, centre: Centre
) -> None:
    marker = b"WITNESS-NAME-MARKER-7731"
    out = tmp_path / "out"
    out.mkdir()
    write_bundle(
        out / "x.humdoc",
        payload_files({"records/t.json": marker * 100}),
        [],
        device_key,
        [centre.recipient],
        "b1",
        1,
        CREATED,
        previous_bundle_sha256=FIRST_BUNDLE,
    )
    for path in out.iterdir():
        assert marker not in path.read_bytes()
        assert b"bagit.txt" not in path.read_bytes()


def test_cancel_and_errors_leave_no_file(
    tmp_path: Path, device_key: SigningKey, centre: Centre
) -> None:
    big = {"media/a.bin": os.urandom(3 * 1024 * 1024)}
    calls = []

    def cancelled() -> bool:
        return len(calls) > 1

    with pytest.raises(OperationCancelled):
        write_bundle(
            tmp_path / "x.humdoc",
            payload_files(big),
            [],
            device_key,
            [centre.recipient],
            "b1",
            1,
            CREATED,
            lambda done, total: calls.append(done),
            cancelled,
            previous_bundle_sha256=FIRST_BUNDLE,
        )
    assert leftovers(tmp_path) == []

    def broken() -> contextlib.AbstractContextManager[io.BytesIO]:
        raise OSError("the vault blob could not be read")

    with pytest.raises(OSError, match="vault blob"):
        write_bundle(
            tmp_path / "x.humdoc",
            [PayloadFile("media/a.bin", 3, broken)],
            [],
            device_key,
            [centre.recipient],
            "b1",
            1,
            CREATED,
            previous_bundle_sha256=FIRST_BUNDLE,
        )
    with pytest.raises(BundleError):
        write_bundle(
            tmp_path / "x.humdoc",
            [PayloadFile("media/a.bin", 5, lambda: contextlib.nullcontext(io.BytesIO(b"abc")))],
            [],
            device_key,
            [centre.recipient],
            "b1",
            1,
            CREATED,
            previous_bundle_sha256=FIRST_BUNDLE,
        )
    assert leftovers(tmp_path) == []


def test_disk_full_becomes_diskfull(
    tmp_path: Path, device_key: SigningKey, centre: Centre, monkeypatch: pytest.MonkeyPatch
) -> None:
    from humdoc.core.bundle import writer

    real = writer._HashingWriter.write

    def full(self: writer._HashingWriter, data: bytes) -> int:
        if self.size + len(data) > 1_000_000:  # the disk fills up during this write
            raise OSError(28, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(writer._HashingWriter, "write", full)
    with pytest.raises(DiskFull):
        write_bundle(
            tmp_path / "x.humdoc",
            payload_files({"media/a.bin": os.urandom(3_000_000)}),
            [],
            device_key,
            [centre.recipient],
            "b1",
            1,
            CREATED,
            previous_bundle_sha256=FIRST_BUNDLE,
        )
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("digests_given", [True, False])
def test_progress_counts_payload_bytes(
    tmp_path: Path, device_key: SigningKey, centre: Centre, digests_given: bool
) -> None:
    """Progress counts the payload written, plus the payload hashed first when the caller did
    not give its SHA-256."""
    seen: list[tuple[int, int]] = []
    files = payload_files(PAYLOAD)
    if digests_given:
        for item in files:
            item.sha256 = hashlib.sha256(PAYLOAD[item.path]).hexdigest()
    write_bundle(
        tmp_path / "x.humdoc",
        files,
        [],
        device_key,
        [centre.recipient],
        "b1",
        1,
        CREATED,
        lambda d, t: seen.append((d, t)),
        previous_bundle_sha256=FIRST_BUNDLE,
    )
    total = sum(map(len, PAYLOAD.values())) * (1 if digests_given else 2)
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.parametrize(
    "change",
    [
        {"bundle_id": "../evil"},
        {"bundle_id": ""},
        {"sequence": -1},
        {"previous_bundle_sha256": "AB" * 32},
        {"created": datetime(2024, 1, 1)},
        {"recipients": ["age1bogus"]},
        {"recipients": []},
        {"bag_info": [("Bundle-Id", "x")]},
        {"bag_info": [("Bad:Label", "x")]},
        {"bag_info": [("Note", "two\nlines")]},
        {"payload": [PayloadFile("../x", 0, lambda: contextlib.nullcontext(io.BytesIO()))]},
        {"payload": [PayloadFile("media/Ä.jpg", 0, lambda: contextlib.nullcontext(io.BytesIO()))]},
        {"payload": payload_files({"a/b": b"", "A/B": b""})},
    ],
)
def test_bad_arguments_are_refused_before_writing(
    tmp_path: Path, device_key: SigningKey, centre: Centre, change: dict[str, object]
) -> None:
    args: dict[str, object] = {
        "out_path": tmp_path / "x.humdoc",
        "payload": payload_files(PAYLOAD),
        "bag_info": [],
        "key": device_key,
        "recipients": [centre.recipient],
        "bundle_id": "b1",
        "sequence": 1,
        "created": CREATED,
        "previous_bundle_sha256": FIRST_BUNDLE,
    }
    args.update(change)
    with pytest.raises(InvalidInput):
        write_bundle(**args)  # type: ignore[arg-type]
    assert leftovers(tmp_path) == []


_names = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,12}", fullmatch=True)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    files=st.dictionaries(
        st.lists(_names, min_size=1, max_size=3).map("/".join), st.binary(max_size=3000), max_size=6
    ),
    sequence=st.integers(0, 2**63 - 1),
    extra=st.lists(
        st.tuples(
            st.from_regex(r"X-[A-Za-z]{1,8}", fullmatch=True),
            st.text(
                st.characters(
                    min_codepoint=33,
                    max_codepoint=0x2FFF,
                    exclude_categories=("Cc", "Cs", "Zs", "Zl", "Zp"),
                ),
                max_size=20,
            ),
        ),
        max_size=3,
        unique_by=lambda t: t[0].casefold(),
    ),
)
def test_write_open_round_trip_property(
    tmp_path_factory: pytest.TempPathFactory,
    device_key: SigningKey,
    centre: Centre,
    files: dict[str, bytes],
    sequence: int,
    extra: list[tuple[str, str]],
) -> None:
    folded = [p.casefold() for p in files]
    prefixes = {"/".join(p.split("/")[:i]) for p in folded for i in range(1, p.count("/") + 1)}
    if len(set(folded)) != len(folded) or prefixes & set(folded):
        with pytest.raises(InvalidInput):
            write_bundle(
                tmp_path_factory.mktemp("w") / "x.humdoc",
                payload_files(files),
                extra,
                device_key,
                [centre.recipient],
                "b1",
                sequence,
                datetime.now(UTC),
                previous_bundle_sha256=FIRST_BUNDLE,
            )
        return
    path = tmp_path_factory.mktemp("w") / "x.humdoc"
    write_bundle(
        path,
        payload_files(files),
        extra,
        device_key,
        [centre.recipient],
        "b1",
        sequence,
        datetime.now(UTC),
        previous_bundle_sha256=FIRST_BUNDLE,
    )
    spool = MemorySpool()
    bag = centre.open(path, spool)
    assert bag.sequence == sequence
    assert [pair for pair in bag.bag_info if pair[0].startswith("X-")] == extra
    assert {name: spool._items[f.handle] for name, f in bag.files.items()} == files  # type: ignore[index]
    bag.discard()
    assert spool.held() == 0


def test_tar_inside_is_deterministic_apart_from_encryption(
    tmp_path: Path, device_key: SigningKey, centre: Centre
) -> None:
    import pyrage

    plains = []
    for name in ("a.humdoc", "b.humdoc"):
        write_bundle(
            tmp_path / name,
            payload_files(PAYLOAD),
            [],
            device_key,
            [centre.recipient],
            "b1",
            1,
            CREATED,
            previous_bundle_sha256=FIRST_BUNDLE,
        )
        plains.append(pyrage.decrypt((tmp_path / name).read_bytes(), [centre.identity]))
    assert (tmp_path / "a.humdoc").read_bytes() != (tmp_path / "b.humdoc").read_bytes()
    # Signatures are deterministic (Ed25519), so the whole tar is identical.
    assert plains[0] == plains[1]
    with tarfile.open(fileobj=io.BytesIO(plains[0])) as tar:
        assert all(m.isreg() for m in tar.getmembers())
