"""Shared helpers and fixtures for the bundle tests: keys, a small valid bundle, rebuilding one by hand."""

from __future__ import annotations

import contextlib
import io
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from humdoc.core.bundle import (
    FIRST_BUNDLE,
    MemorySpool,
    PayloadFile,
    PublicKey,
    ReceivedBag,
    SigningKey,
    open_bundle,
    write_bundle,
)
from humdoc.core.bundle.minisign import sign
from humdoc.core.bundle.tarsafe import TarWriter

CREATED = datetime(2024, 5, 1, 12, 30, 0, tzinfo=UTC)
PAYLOAD = {
    "records/cases.json": b'{"cases": [{"id": "c1", "title": "Market fire"}]}\n',
    "records/testimonies.json": b'{"testimonies": []}\n',
    "media/0f3c9a.jpg": bytes(range(256)) * 400,
    "custody/events.jsonl": b'{"event": "intake"}\n{"event": "exported"}\n',
}


def payload_files(files: dict[str, bytes]) -> list[PayloadFile]:
    """PayloadFile entries serving the given bytes from memory."""
    return [
        PayloadFile(path, len(data), lambda data=data: contextlib.nullcontext(io.BytesIO(data)))
        for path, data in files.items()
    ]


@dataclass
class Centre:
    """A documentation centre: its age identity and the device keys it enrolled."""

    identity: x25519.Identity
    enrolled: dict[str, PublicKey]

    @property
    def recipient(self) -> str:
        return str(self.identity.to_public())

    def lookup(self, key_id: str) -> PublicKey | None:
        return self.enrolled.get(key_id)

    def open(self, path: Path, spool: MemorySpool | None = None) -> ReceivedBag:
        return open_bundle(path, [str(self.identity)], self.lookup, spool or MemorySpool())


@pytest.fixture
def device_key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def centre(device_key: SigningKey) -> Centre:
    pub = device_key.public()
    return Centre(x25519.Identity.generate(), {pub.key_id_hex(): pub})


@pytest.fixture
def make_bundle(tmp_path: Path, device_key: SigningKey, centre: Centre) -> Callable[..., Path]:
    """Write a bundle of ``files`` (default ``PAYLOAD``) and return its path."""

    def make(
        files: dict[str, bytes] | None = None,
        name: str = "out.humdoc",
        bundle_id: str = "bundle-0001",
        sequence: int = 1,
    ) -> Path:
        out = tmp_path / name
        write_bundle(
            out,
            payload_files(PAYLOAD if files is None else files),
            [("Source-Organization", "Field team north")],
            device_key,
            [centre.recipient],
            bundle_id,
            sequence,
            CREATED,
            previous_bundle_sha256=FIRST_BUNDLE,
        )
        return out

    return make


def read_members(bundle: Path, identity: x25519.Identity) -> dict[str, bytes]:
    """Decrypt a (small) bundle with pyrage and return its tar members in order."""
    plain = pyrage.decrypt(bundle.read_bytes(), [identity])
    members: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        for info in tar.getmembers():
            extracted = tar.extractfile(info)
            assert extracted is not None
            members[info.name] = extracted.read()
    return members


def pack(members: dict[str, bytes], recipient: str, out: Path) -> Path:
    """Tar ``members`` with humdoc's writer and encrypt them to ``recipient`` with pyrage."""
    buffer = io.BytesIO()
    tar = TarWriter(buffer, int(CREATED.timestamp()))
    for name, data in members.items():
        tar.add_bytes(name, data)
    tar.close()
    out.write_bytes(pyrage.encrypt(buffer.getvalue(), [x25519.Recipient.from_str(recipient)]))
    return out


def payload_first(bundle: Path, identity: x25519.Identity) -> Path:
    """Rewrite ``bundle`` in place with its payload before its tag files and signature, as
    humdoc wrote bundles before the signed tag files came first; returns ``bundle``."""
    members = read_members(bundle, identity)
    tags = [name for name in members if "/data/" not in name]
    reordered = {name: members[name] for name in members if name not in tags}
    reordered.update((name, members[name]) for name in tags)
    assert list(reordered) != list(members)
    return pack(reordered, str(identity.to_public()), bundle)


def resign(members: dict[str, bytes], key: SigningKey, top: str = "bundle-0001") -> None:
    """Sign the tag manifest in ``members`` again, as a device holding ``key`` would."""
    tagmanifest = members[f"{top}/tagmanifest-sha256.txt"]
    comment = f"humdoc bundle {top} sequence 1"
    members[f"{top}/tagmanifest-sha256.txt.minisig"] = sign(key, tagmanifest, comment).encode()


def leftovers(folder: Path) -> list[str]:
    """Names in ``folder`` other than the isolated home the root conftest puts there."""
    return sorted(p.name for p in folder.iterdir() if p.name != "home")
