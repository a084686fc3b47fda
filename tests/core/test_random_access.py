"""Random-access reads of a sealed attachment: any range, every chunk authenticated."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from humdoc.core.blobs import BlobStore
from humdoc.core.crypto.stream import CHUNK_SIZE, HEADER_SIZE, SEALED_CHUNK_SIZE
from humdoc.core.errors import BlobCorrupt


def sealed(tmp_path: Path, data: bytes) -> tuple[BlobStore, str, bytes]:
    store = BlobStore(tmp_path / "blobs")
    with store.writer() as w:
        w.write(data)
    return store, w.blob_id, w.key


@pytest.mark.parametrize(
    "size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 7 * CHUNK_SIZE + 5]
)
def test_any_range_reads_back(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    store, blob_id, key = sealed(tmp_path, data)
    rng = random.Random(size)
    with store.open_random(blob_id, key) as reader:
        assert reader.size == size
        for _ in range(60):
            a = rng.randrange(0, size + 2)
            n = rng.randrange(0, 5 * CHUNK_SIZE)
            assert reader.read_at(a, n) == data[a : a + n]
        assert reader.read_at(0, size + 10) == data


def _path(store: BlobStore, blob_id: str) -> Path:
    return store.folder / blob_id[:2] / blob_id


def test_truncation_at_a_chunk_boundary_is_refused_at_open(tmp_path: Path) -> None:
    store, blob_id, key = sealed(tmp_path, os.urandom(3 * CHUNK_SIZE + 10))
    path = _path(store, blob_id)
    raw = path.read_bytes()
    path.write_bytes(raw[: HEADER_SIZE + 2 * SEALED_CHUNK_SIZE])
    with pytest.raises(BlobCorrupt):
        store.open_random(blob_id, key)


def test_a_changed_byte_is_refused_when_its_chunk_is_read(tmp_path: Path) -> None:
    data = os.urandom(6 * CHUNK_SIZE)
    store, blob_id, key = sealed(tmp_path, data)
    path = _path(store, blob_id)
    raw = bytearray(path.read_bytes())
    raw[HEADER_SIZE + 3 * SEALED_CHUNK_SIZE + 100] ^= 1
    path.write_bytes(bytes(raw))
    with store.open_random(blob_id, key) as reader:
        assert reader.read_at(0, CHUNK_SIZE) == data[:CHUNK_SIZE]
        with pytest.raises(BlobCorrupt):
            reader.read_at(0, len(data))
        with pytest.raises(BlobCorrupt):
            reader.read_at(3 * CHUNK_SIZE + 5, 10)


def test_swapped_chunks_are_refused(tmp_path: Path) -> None:
    store, blob_id, key = sealed(tmp_path, os.urandom(5 * CHUNK_SIZE + 1))
    path = _path(store, blob_id)
    raw = path.read_bytes()
    a = HEADER_SIZE + SEALED_CHUNK_SIZE
    b = a + SEALED_CHUNK_SIZE
    swapped = raw[:a] + raw[b : b + SEALED_CHUNK_SIZE] + raw[a:b] + raw[b + SEALED_CHUNK_SIZE :]
    path.write_bytes(swapped)
    with store.open_random(blob_id, key) as reader, pytest.raises(BlobCorrupt):
        reader.read_at(0, 5 * CHUNK_SIZE)


def test_wrong_key_is_refused_at_open(tmp_path: Path) -> None:
    store, blob_id, _ = sealed(tmp_path, b"x" * 100)
    with pytest.raises(BlobCorrupt):
        store.open_random(blob_id, bytes(32))
