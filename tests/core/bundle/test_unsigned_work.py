"""What a forged bundle can make the centre do before its signature is checked: nothing on disk.

Anyone can encrypt a bundle to a centre (its age recipient is public). Before the signature is
checked, the centre now only decrypts, parses and hashes: these tests count the fsyncs, files
created and bytes written by the centre process while it refuses hostile bundles, and check
that tar numbers in hostile headers give a one-line ``BundleRejected``, never an internal error.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
import pytest
from bundle_helpers import CREATED, Centre, pack, payload_files, payload_first
from pyrage import x25519

from humdoc.core.blobs import BlobStore
from humdoc.core.bundle import FIRST_BUNDLE, SigningKey, open_bundle, reader, write_bundle
from humdoc.core.bundle.limits import Limits
from humdoc.core.bundle.minisign import sign
from humdoc.core.bundle.tarsafe import BLOCK, TarLimits, _header, _pax_record, iter_members
from humdoc.core.errors import BundleRejected
from humdoc.core.exchange.spool import VaultSpool
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE

TOP = "b-000000000000000000000001"


@dataclass
class Work:
    fsyncs: int = 0
    created: int = 0
    written: int = 0


@contextmanager
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[Work]:
    """Count this process's fsyncs, file creations and bytes written with os.write."""
    work = Work()
    real_fsync, real_open, real_write = os.fsync, os.open, os.write

    def fsync(fd: Any) -> None:
        work.fsyncs += 1
        real_fsync(fd)

    def open_(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        work.created += bool(flags & os.O_CREAT)
        return real_open(path, flags, *args, **kwargs)

    def write(fd: int, data: Any) -> int:
        n = real_write(fd, data)
        work.written += n
        return n

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", fsync)
        patch.setattr(os, "open", open_)
        patch.setattr(os, "write", write)
        yield work


@pytest.fixture
def centre_vault(tmp_path: Path) -> Iterator[Session]:
    s = Session.create(tmp_path / "centre", PASSPHRASE, "centre", KdfParams.floor())
    yield s
    s.close()


def _vault_files(session: Session) -> list[str]:
    root = session.blobs.folder
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")) if root.exists() else []


def test_ten_thousand_and_one_unsigned_members_cost_no_write(
    centre_vault: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = {f"{TOP}/data/media/f{i:05}.bin": b"x" for i in range(10_001)}
    bundle = pack(members, centre_vault.device_keys.age_recipient(), tmp_path / "many.humdoc")
    before = _vault_files(centre_vault)
    receiver = centre_vault.receiver()
    receiver.limits = Limits(max_members=10_000)  # the default, 200,000, would cost more to build
    with counting(monkeypatch) as work, pytest.raises(BundleRejected) as err:
        receiver.verify(bundle)
    assert err.value.reason == "too-many-members"
    assert (work.fsyncs, work.created, work.written) == (0, 0, 0)  # was 30,256 / 10,000 / …
    assert _vault_files(centre_vault) == before


@pytest.mark.parametrize("budget", [1 << 20, 64 << 20], ids=["hashed-only", "held-in-memory"])
def test_unsigned_payload_is_never_written_whatever_its_size(
    centre_vault: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, budget: int
) -> None:
    monkeypatch.setattr(reader, "UNVERIFIED_MEMORY", budget)
    members = {f"{TOP}/data/media/f{i}.bin": os.urandom(1 << 20) for i in range(6)}
    stranger = SigningKey.generate()
    members[f"{TOP}/tagmanifest-sha256.txt"] = b"0" * 64 + b"  bagit.txt\n"
    members[f"{TOP}/tagmanifest-sha256.txt.minisig"] = sign(
        stranger, members[f"{TOP}/tagmanifest-sha256.txt"], f"humdoc bundle {TOP} sequence 1"
    ).encode()
    unknown = pack(members, centre_vault.device_keys.age_recipient(), tmp_path / "stranger.humdoc")
    del members[f"{TOP}/tagmanifest-sha256.txt.minisig"]
    unsigned = pack(members, centre_vault.device_keys.age_recipient(), tmp_path / "unsigned.humdoc")
    for bundle, reason in ((unknown, "unknown-device"), (unsigned, "bad-signature")):
        with counting(monkeypatch) as work, pytest.raises(BundleRejected) as err:
            centre_vault.receiver().verify(bundle)
        assert err.value.reason == reason
        assert (work.fsyncs, work.created, work.written) == (0, 0, 0)
    assert _vault_files(centre_vault) == []


def test_a_bundle_that_changes_between_the_two_passes_is_refused(
    tmp_path: Path, device_key: SigningKey, centre: Centre, monkeypatch: pytest.MonkeyPatch
) -> None:
    def bundle(name: str, fill: bytes) -> Path:
        files = {"media/a.bin": fill * 70_000, "records/cases.json": fill * 10}
        out = tmp_path / name
        write_bundle(
            out, payload_files(files), [], device_key, [centre.recipient], "bundle-0001", 1,
            CREATED, previous_bundle_sha256=FIRST_BUNDLE,
        )  # fmt: skip
        return payload_first(out, centre.identity)  # only such a bundle needs two passes

    target, other = bundle("a.humdoc", b"a"), bundle("b.humdoc", b"b")
    monkeypatch.setattr(reader, "UNVERIFIED_MEMORY", 0)  # two passes
    swapped: list[bool] = []
    second_pass = reader._spool_again

    def swap_then_read_again(*args: Any, **kwargs: Any) -> None:
        # Once the first pass has checked the whole file, put another genuine bundle in its place.
        with target.open("r+b") as fh:
            fh.truncate(0)
            fh.write(other.read_bytes())
        swapped.append(True)
        second_pass(*args, **kwargs)

    monkeypatch.setattr(reader, "_spool_again", swap_then_read_again)
    blobs = BlobStore(tmp_path / "blobs")
    with pytest.raises(BundleRejected) as err:
        open_bundle(target, [str(centre.identity)], centre.lookup, VaultSpool(blobs))
    assert swapped
    assert err.value.reason == "changed-while-read"
    assert list(blobs.ids()) == [] and not any((tmp_path / "blobs").rglob("*.tmp*"))


# --- tar numbers are ASCII -------------------------------------------------------------------


def _tar_with_pax(records: bytes, size_field: int = 5) -> io.BytesIO:
    out = io.BytesIO()
    out.write(_header(b"././@PaxHeader", len(records), 0, b"x"))
    out.write(records + b"\x00" * (-len(records) % BLOCK))
    out.write(_header(f"{TOP}/data/x".encode(), size_field, 0, b"0"))
    out.write(b"hello" + b"\x00" * (BLOCK - 5))
    out.write(b"\x00" * 2 * BLOCK)
    out.seek(0)
    return out


@pytest.mark.parametrize(
    "records",
    [
        _pax_record("size", "²"),
        _pax_record("size", "١٢"),
        _pax_record("size", "５"),
        _pax_record("size", "5" * 20),
        _pax_record("size", "+5"),
        _pax_record("size", " 5"),
        "١٢ size=5\n".encode(),
        b"12 size=5\n\n",
        _pax_record("path", "a") + _pax_record("path", "b"),
    ],
    ids=[
        "superscript",
        "arabic-indic",
        "fullwidth",
        "20-digits",
        "sign",
        "space",
        "length-digits",
        "length",
        "repeat",
    ],
)
def test_pax_numbers_are_ascii_digits_only(records: bytes) -> None:
    with pytest.raises(BundleRejected) as err:
        for member in iter_members(_tar_with_pax(records), TarLimits()):
            member.read()
    assert err.value.reason == "bad-tar"


def test_a_pax_size_in_a_superscript_is_one_line_at_the_centre(
    centre_vault: Session, tmp_path: Path
) -> None:
    data = _tar_with_pax(_pax_record("size", "²")).getvalue()
    recipient = x25519.Recipient.from_str(centre_vault.device_keys.age_recipient())
    bundle = tmp_path / "pax.humdoc"
    bundle.write_bytes(pyrage.encrypt(data, [recipient]))
    with pytest.raises(BundleRejected, match="malformed pax size") as err:
        centre_vault.receiver().verify(bundle)
    assert err.value.reason == "bad-tar"
