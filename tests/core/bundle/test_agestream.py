"""humdoc's own age payload against the age tools: the ``age`` CLI and pyrage read what humdoc
writes, humdoc reads what they write, and damaged, truncated or reordered chunks are refused."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
from pathlib import Path
from typing import BinaryIO

import pyrage
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyrage import x25519

from humdoc.core.bundle.ageheader import read_header
from humdoc.core.bundle.agestream import (
    CHUNK,
    SEALED_CHUNK,
    AgeFailure,
    PayloadReader,
    unwrap_file_key,
)
from humdoc.core.bundle.agewrap import decrypt_stream, encrypt_stream
from humdoc.core.crypto.points import age_identity_bytes
from humdoc.core.errors import BundleRejected

#: Plaintext sizes around the chunk boundaries STREAM has to get right.
EDGE_SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17]


@pytest.fixture(scope="module")
def age_keys(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """An identity file made by ``age-keygen``, its recipient and its identity string."""
    for tool in ("age", "age-keygen"):
        assert shutil.which(tool), f"{tool} is required (apt-get install age)"
    folder = tmp_path_factory.mktemp("age")
    identity_file = folder / "identity.txt"
    subprocess.run(["age-keygen", "-o", str(identity_file)], check=True, capture_output=True)
    recipient = subprocess.run(
        ["age-keygen", "-y", str(identity_file)], check=True, capture_output=True, text=True
    ).stdout.strip()
    identity = next(
        line for line in identity_file.read_text().splitlines() if line.startswith("AGE-")
    )
    return identity_file, recipient, identity


def encrypt(data: bytes, recipients: list[str]) -> bytes:
    out = io.BytesIO()

    def produce(sink: BinaryIO) -> None:
        for start in range(0, len(data), 100_003):  # writes that straddle chunk boundaries
            sink.write(data[start : start + 100_003])

    encrypt_stream(produce, out, recipients)
    return out.getvalue()


def decrypt(encrypted: bytes, identities: list[str]) -> bytes:
    parts: list[bytes] = []

    def consume(stream: BinaryIO) -> None:
        while chunk := stream.read(70_000):
            parts.append(chunk)

    decrypt_stream(io.BytesIO(encrypted), identities, consume)
    return b"".join(parts)


@pytest.mark.parametrize("size", EDGE_SIZES)
def test_age_cli_decrypts_what_humdoc_writes(age_keys: tuple[Path, str, str], size: int) -> None:
    identity_file, recipient, _ = age_keys
    data = bytes(i * 7 % 251 for i in range(size))
    encrypted = encrypt(data, [recipient])
    result = subprocess.run(
        ["age", "-d", "-i", str(identity_file)], input=encrypted, capture_output=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == data
    assert (
        len(encrypted) - len(read_header(io.BytesIO(encrypted)).raw)
        == 16 + max(1, -(-size // CHUNK)) * 16 + size
    )  # nonce, one tag per chunk (one chunk if empty), the plaintext


@pytest.mark.parametrize("size", EDGE_SIZES)
def test_humdoc_decrypts_what_the_age_cli_writes(
    age_keys: tuple[Path, str, str], size: int
) -> None:
    _, recipient, identity = age_keys
    data = bytes(i * 13 % 251 for i in range(size))
    encrypted = subprocess.run(
        ["age", "-r", recipient], input=data, check=True, capture_output=True
    ).stdout
    assert decrypt(encrypted, [identity]) == data


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=3 * CHUNK + 5), recipients=st.integers(1, 3))
def test_round_trip_with_pyrage_both_ways(data: bytes, recipients: int) -> None:
    identities = [x25519.Identity.generate() for _ in range(recipients)]
    ours = encrypt(data, [str(i.to_public()) for i in identities])
    for identity in identities:  # every recipient opens it, with pyrage and with humdoc
        assert pyrage.decrypt(ours, [identity]) == data
        assert decrypt(ours, [str(identity)]) == data
    theirs = pyrage.encrypt(data, [identities[-1].to_public()])
    assert decrypt(theirs, [str(identities[-1])]) == data


def _chunks(encrypted: bytes) -> tuple[bytes, list[bytes]]:
    """Split an age file into header + nonce, and its sealed chunks."""
    start = len(read_header(io.BytesIO(encrypted)).raw) + 16
    body = encrypted[start:]
    return encrypted[:start], [
        body[i : i + SEALED_CHUNK] for i in range(0, len(body), SEALED_CHUNK)
    ]


def _refused(encrypted: bytes, identity: str) -> None:
    with pytest.raises(BundleRejected) as err:
        decrypt(encrypted, [identity])
    assert err.value.reason == "decrypt-failed"
    with pytest.raises(pyrage.DecryptError):  # the reference agrees it is no age file
        pyrage.decrypt(encrypted, [x25519.Identity.from_str(identity)])


def test_truncated_reordered_and_altered_payloads_are_refused() -> None:
    identity = x25519.Identity.generate()
    encrypted = encrypt(bytes(3 * CHUNK + 100), [str(identity.to_public())])
    head, chunks = _chunks(encrypted)
    assert len(chunks) == 4
    cases = {
        "last chunk dropped": head + b"".join(chunks[:3]),
        "cut inside the last chunk": encrypted[:-50],
        "cut inside the nonce": head[:-5],
        "chunks swapped": head + chunks[1] + chunks[0] + chunks[2] + chunks[3],
        "chunk repeated": head + chunks[0] + b"".join(chunks),
        "a byte flipped": encrypted[:-70] + bytes([encrypted[-70] ^ 1]) + encrypted[-69:],
        "data after the end": encrypted + b"\x00",
        "empty final chunk added": encrypted,  # replaced below
    }
    # A payload that ends on a chunk boundary must not be followed by an empty last chunk.
    whole = encrypt(bytes(2 * CHUNK), [str(identity.to_public())])
    _, whole_chunks = _chunks(whole)
    cases["empty final chunk added"] = whole + whole_chunks[-1][:16]
    for name, damaged in cases.items():
        assert damaged != encrypted, name
        _refused(damaged, str(identity))


def test_header_mac_and_wrong_identity_are_refused() -> None:
    identity = x25519.Identity.generate()
    encrypted = encrypt(b"testimony", [str(identity.to_public())])
    with pytest.raises(BundleRejected) as err:
        decrypt(encrypted, [str(x25519.Identity.generate())])
    assert err.value.reason == "decrypt-failed"
    header = read_header(io.BytesIO(encrypted)).raw
    second = encrypt(b"testimony", [str(identity.to_public())])
    # the MAC of another file's header: well-formed, but it authenticates another file key
    swapped = header[: header.rindex(b"---")] + second[second.index(b"---") :]
    _refused(swapped, str(identity))


def test_reader_releases_only_authenticated_chunks() -> None:
    """A reader fed a payload whose second chunk is altered yields the first chunk, then fails
    before yielding a byte of the altered one."""
    identity = x25519.Identity.generate()
    data = hashlib.sha256(b"seed").digest() * (3 * CHUNK // 32)
    encrypted = encrypt(data, [str(identity.to_public())])
    head, chunks = _chunks(encrypted)
    altered = bytearray(chunks[1])
    altered[5] ^= 0x40
    stream = io.BytesIO(head + chunks[0] + bytes(altered) + b"".join(chunks[2:]))
    header = read_header(stream)
    secret = age_identity_bytes(str(identity))
    assert secret is not None
    reader = PayloadReader(stream.readinto, unwrap_file_key(header, [secret]), header.rest)
    assert reader.read(CHUNK) == data[:CHUNK]
    with pytest.raises(AgeFailure):
        reader.read(1)


@pytest.mark.parametrize("write_thread", [False, True], ids=["one-thread", "write-thread"])
def test_both_ways_of_writing_give_files_the_age_cli_reads_and_report_a_full_disk(
    age_keys: tuple[Path, str, str], monkeypatch: pytest.MonkeyPatch, write_thread: bool
) -> None:
    from humdoc.core.bundle import agewrap

    monkeypatch.setattr(agewrap, "WRITE_THREAD", write_thread)
    identity_file, recipient, _ = age_keys
    data = bytes(i * 31 % 256 for i in range(9 * CHUNK + 5)) * 10  # several 4 MiB batches
    encrypted = encrypt(data, [recipient])
    result = subprocess.run(
        ["age", "-d", "-i", str(identity_file)], input=encrypted, capture_output=True
    )
    assert result.returncode == 0 and result.stdout == data

    class Full(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, data: object) -> int:
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError) as err:
        encrypt_stream(lambda sink: sink.write(data), Full(), [recipient])  # type: ignore[arg-type]
    assert err.value.errno == 28


def test_the_write_thread_is_used_unless_the_cores_are_busy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os

    from humdoc.core.bundle import agewrap

    monkeypatch.setattr(agewrap, "WRITE_THREAD", None)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setattr(os, "getloadavg", lambda: (0.5, 0.5, 0.5))
    assert agewrap._write_thread() is True
    monkeypatch.setattr(os, "getloadavg", lambda: (4.0, 0.5, 0.5))
    assert agewrap._write_thread() is False
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert agewrap._write_thread() is False  # one core: nothing to overlap with
    monkeypatch.setattr(agewrap, "WRITE_THREAD", True)
    assert agewrap._write_thread() is True
