"""The chunked attachment cipher: round trips, the documented layout, and every kind of tampering."""

from __future__ import annotations

import io
import itertools
import random
import secrets

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humdoc.core.crypto.stream import (
    CHUNK_SIZE,
    HEADER_SIZE,
    MAGIC,
    SEALED_CHUNK_SIZE,
    TAG_SIZE,
    DecryptingReader,
    StreamDecryptor,
    StreamEncryptor,
    ciphertext_size,
    new_file_key,
    plaintext_size,
)
from humdoc.core.errors import BlobCorrupt

BLOB_ID = "0123456789abcdef0123456789abcdef"
OTHER_ID = "fedcba9876543210fedcba9876543210"
BOUNDARIES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE]


def _plaintext(size: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(size)


def _pieces(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({0, len(data), *(c % (len(data) + 1) for c in cuts)})
    return [data[a:b] for a, b in itertools.pairwise(points)]


def encrypt(plaintext: bytes, key: bytes | bytearray, blob_id: str = BLOB_ID) -> bytes:
    encryptor = StreamEncryptor(key, blob_id)
    return encryptor.update(plaintext) + encryptor.finish()


def decrypt_all_ways(ciphertext: bytes, key: bytes | bytearray, blob_id: str = BLOB_ID) -> bytes:
    """Decrypt with the one-shot decryptor, a byte-trickle decryptor and the reader; all must agree."""
    whole = StreamDecryptor(key, blob_id)
    result = whole.update(ciphertext) + whole.finish()

    trickle = StreamDecryptor(key, blob_id)
    parts = [trickle.update(ciphertext[i : i + 7001]) for i in range(0, len(ciphertext), 7001)]
    assert b"".join(parts) + trickle.finish() == result

    with DecryptingReader(io.BytesIO(ciphertext), key, blob_id) as reader:
        assert reader.read() == result
        assert reader.complete
    return result


def assert_rejected(ciphertext: bytes, key: bytes | bytearray, blob_id: str = BLOB_ID) -> None:
    """Every decryption path must refuse ``ciphertext`` with ``BlobCorrupt``."""
    with pytest.raises(BlobCorrupt):
        decryptor = StreamDecryptor(key, blob_id)
        decryptor.update(ciphertext)
        decryptor.finish()
    with pytest.raises(BlobCorrupt):
        decryptor = StreamDecryptor(key, blob_id)
        for i in range(0, len(ciphertext), 4099):
            decryptor.update(ciphertext[i : i + 4099])
        decryptor.finish()
    with pytest.raises(BlobCorrupt), DecryptingReader(io.BytesIO(ciphertext), key, blob_id) as r:
        r.read()


def chunks_of(ciphertext: bytes) -> tuple[bytes, list[bytes]]:
    body = ciphertext[HEADER_SIZE:]
    chunks = [body[i : i + SEALED_CHUNK_SIZE] for i in range(0, len(body), SEALED_CHUNK_SIZE)]
    return ciphertext[:HEADER_SIZE], chunks


def subkey(key: bytes | bytearray, salt: bytes, blob_id: str) -> bytes:
    """The chunk key as the format documents it, derived independently of the module."""
    info = b"humdoc blob v1\x00" + blob_id.encode()
    return HKDF(algorithm=SHA256(), length=32, salt=salt, info=info).derive(bytes(key))


def forge(key: bytes, salt: bytes, blob_id: str, chunks: list[tuple[bytes, bool]]) -> bytes:
    """Build a validly authenticated stream of arbitrary chunks, to probe the structural rules."""
    aead = ChaCha20Poly1305(subkey(key, salt, blob_id))
    out = [MAGIC, salt]
    for counter, (plaintext, last) in enumerate(chunks):
        nonce = counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        out.append(aead.encrypt(nonce, plaintext, None))
    return b"".join(out)


@pytest.fixture
def key() -> bytearray:
    return new_file_key()


# --- round trips -----------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_round_trip_with_random_sizes_and_split_points(data: st.DataObject) -> None:
    size = data.draw(st.one_of(st.integers(0, 300 * 1024), st.sampled_from(BOUNDARIES)))
    plaintext = _plaintext(size, data.draw(st.integers(0, 2**32)))
    cuts = data.draw(st.lists(st.integers(0, size), max_size=12))
    key = new_file_key()

    encryptor = StreamEncryptor(key, BLOB_ID)
    ciphertext = b"".join(encryptor.update(p) for p in _pieces(plaintext, cuts))
    ciphertext += encryptor.finish()

    assert len(ciphertext) == ciphertext_size(size)
    assert plaintext_size(len(ciphertext)) == size
    assert decrypt_all_ways(ciphertext, key) == plaintext

    decryptor = StreamDecryptor(key, BLOB_ID)
    ct_cuts = data.draw(st.lists(st.integers(0, len(ciphertext)), max_size=12))
    parts = [decryptor.update(p) for p in _pieces(ciphertext, ct_cuts)]
    assert b"".join(parts) + decryptor.finish() == plaintext

    read_size = data.draw(st.integers(1, 3 * CHUNK_SIZE))
    with DecryptingReader(io.BytesIO(ciphertext), key, BLOB_ID) as reader:
        got = bytearray()
        while part := reader.read(read_size):
            assert len(part) <= read_size
            got += part
    assert got == plaintext


@given(st.binary(max_size=2048), st.lists(st.integers(0, 2048), max_size=8))
def test_small_round_trip_with_empty_updates(plaintext: bytes, cuts: list[int]) -> None:
    key = new_file_key()
    encryptor = StreamEncryptor(key, BLOB_ID)
    out = encryptor.update(b"")
    for piece in _pieces(plaintext, cuts):
        out += encryptor.update(piece) + encryptor.update(b"")
    out += encryptor.finish()
    assert decrypt_all_ways(out, key) == plaintext


@pytest.mark.parametrize("size", BOUNDARIES)
def test_boundary_sizes_follow_the_documented_layout(size: int, key: bytearray) -> None:
    """Decrypt by hand from the format description alone: magic, salt, counter||flag nonces."""
    plaintext = _plaintext(size, size)
    ciphertext = encrypt(plaintext, key)
    header, chunks = chunks_of(ciphertext)
    assert header[:8] == b"HDBLOB01"
    assert len(ciphertext) == ciphertext_size(size)

    expected_chunks = max(1, -(-size // CHUNK_SIZE))
    assert len(chunks) == expected_chunks
    aead = ChaCha20Poly1305(subkey(key, header[8:], BLOB_ID))
    recovered = b""
    for counter, chunk in enumerate(chunks):
        last = counter == len(chunks) - 1
        nonce = counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        part = aead.decrypt(nonce, chunk, None)
        assert len(part) == (CHUNK_SIZE if not last else size - counter * CHUNK_SIZE)
        recovered += part
    assert recovered == plaintext
    # The final chunk is empty only when everything is.
    assert (len(chunks[-1]) == TAG_SIZE) == (size == 0)
    assert decrypt_all_ways(ciphertext, key) == plaintext


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 3 * CHUNK_SIZE + 5), max_size=6))
def test_sealing_into_a_fixed_buffer_gives_what_sealed_size_says(sizes: list[int]) -> None:
    key = new_file_key()
    encryptor = StreamEncryptor(key, BLOB_ID)
    plaintext, ciphertext = bytearray(), bytearray()
    for n in sizes:
        piece = _plaintext(n, len(plaintext))
        size = encryptor.sealed_size(n)
        out = memoryview(bytearray(size + 7))
        if size:  # a view too small is refused before anything is sealed
            with pytest.raises(ValueError, match="too small"):
                encryptor.update_into(piece, out[: size - 1])
        assert encryptor.update_into(piece, out) == size
        plaintext += piece
        ciphertext += out[:size]
    ciphertext += encryptor.finish()
    assert len(ciphertext) == ciphertext_size(len(plaintext))
    assert decrypt_all_ways(bytes(ciphertext), key) == plaintext


def test_the_same_plaintext_never_encrypts_the_same_way(key: bytearray) -> None:
    assert encrypt(b"same", key) != encrypt(b"same", key)


def test_sizes_map_both_ways_and_impossible_sizes_are_refused() -> None:
    for size in [*BOUNDARIES, 3 * CHUNK_SIZE + 5, 10**9]:
        assert plaintext_size(ciphertext_size(size)) == size
    for bad in [0, HEADER_SIZE, HEADER_SIZE + TAG_SIZE - 1, HEADER_SIZE + SEALED_CHUNK_SIZE + 3]:
        with pytest.raises(BlobCorrupt):
            plaintext_size(bad)
    with pytest.raises(BlobCorrupt):  # an empty final chunk after a full one
        plaintext_size(HEADER_SIZE + SEALED_CHUNK_SIZE + TAG_SIZE)


# --- tampering -------------------------------------------------------------------------------


def _flip_offsets(length: int) -> list[int]:
    header = list(range(HEADER_SIZE))
    first_chunk = [HEADER_SIZE, HEADER_SIZE + 1, HEADER_SIZE + 1000, HEADER_SIZE + CHUNK_SIZE - 1]
    first_tag = [HEADER_SIZE + CHUNK_SIZE + i for i in (0, 7, 15)]
    final = [length - TAG_SIZE - 1, length - TAG_SIZE, length - 1]
    rng = random.Random(7)
    return sorted({*header, *first_chunk, *first_tag, *final, *rng.sample(range(length), 40)})


def test_every_sampled_single_byte_flip_is_rejected(key: bytearray) -> None:
    ciphertext = encrypt(_plaintext(2 * CHUNK_SIZE + 300), key)
    for offset in _flip_offsets(len(ciphertext)):
        for mask in (0x01, 0x80):
            tampered = bytearray(ciphertext)
            tampered[offset] ^= mask
            assert_rejected(bytes(tampered), key)


@pytest.mark.parametrize("size", [0, 1, 100])
def test_flips_in_a_single_chunk_stream_are_rejected(size: int, key: bytearray) -> None:
    ciphertext = encrypt(_plaintext(size), key)
    for offset in range(len(ciphertext)):
        tampered = bytearray(ciphertext)
        tampered[offset] ^= 0x04
        assert_rejected(bytes(tampered), key)


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE])
def test_truncation_anywhere_is_rejected(size: int, key: bytearray) -> None:
    ciphertext = encrypt(_plaintext(size), key)
    boundaries = [HEADER_SIZE + k * SEALED_CHUNK_SIZE for k in range(4)]
    points = {0, 1, 8, HEADER_SIZE - 1, HEADER_SIZE, HEADER_SIZE + 1, len(ciphertext) - 1}
    points |= {b + d for b in boundaries for d in (-1, 0, 1)}
    points |= set(random.Random(size).sample(range(len(ciphertext)), min(30, len(ciphertext))))
    for cut in sorted(p for p in points if 0 <= p < len(ciphertext)):
        assert_rejected(ciphertext[:cut], key)


def test_truncation_exactly_at_a_chunk_boundary_is_caught_by_the_last_flag(key: bytearray) -> None:
    plaintext = _plaintext(3 * CHUNK_SIZE + 10)
    ciphertext = encrypt(plaintext, key)
    cut = ciphertext[: HEADER_SIZE + 2 * SEALED_CHUNK_SIZE]
    assert_rejected(cut, key)
    decryptor = StreamDecryptor(key, BLOB_ID)
    decryptor.update(cut)
    with pytest.raises(BlobCorrupt, match="incomplete"):
        decryptor.finish()


def test_the_reader_hands_out_only_authenticated_data_and_fails_at_the_cut(
    key: bytearray,
) -> None:
    plaintext = _plaintext(3 * CHUNK_SIZE)
    ciphertext = encrypt(plaintext, key)
    cut = ciphertext[: HEADER_SIZE + 2 * SEALED_CHUNK_SIZE]
    with DecryptingReader(io.BytesIO(cut), key, BLOB_ID) as reader:
        assert reader.read(CHUNK_SIZE) == plaintext[:CHUNK_SIZE]
        assert not reader.complete
        with pytest.raises(BlobCorrupt, match="incomplete"):
            reader.read()
        with pytest.raises(BlobCorrupt):  # and it stays failed
            reader.read(1)
        assert not reader.complete


def test_reordered_duplicated_or_dropped_chunks_are_rejected(key: bytearray) -> None:
    ciphertext = encrypt(_plaintext(3 * CHUNK_SIZE + 77), key)
    header, chunks = chunks_of(ciphertext)
    assert len(chunks) == 4
    variants = {
        "swap 0 and 1": [chunks[1], chunks[0], chunks[2], chunks[3]],
        "swap 2 and final": [chunks[0], chunks[1], chunks[3], chunks[2]],
        "duplicate 0": [chunks[0], chunks[0], chunks[1], chunks[2], chunks[3]],
        "duplicate final": [*chunks, chunks[3]],
        "drop 1": [chunks[0], chunks[2], chunks[3]],
        "drop 0": chunks[1:],
    }
    for name, order in variants.items():
        assert b"".join(order) != ciphertext[HEADER_SIZE:], name
        assert_rejected(header + b"".join(order), key)


@pytest.mark.parametrize("size", [0, 5, CHUNK_SIZE, 2 * CHUNK_SIZE + 9])
def test_trailing_bytes_are_rejected(size: int, key: bytearray) -> None:
    ciphertext = encrypt(_plaintext(size), key)
    _, chunks = chunks_of(ciphertext)
    for extra in (b"\x00", secrets.token_bytes(TAG_SIZE), chunks[-1], secrets.token_bytes(70000)):
        assert_rejected(ciphertext + extra, key)


def test_wrong_key_wrong_id_or_wrong_magic_is_rejected_when_the_reader_opens(
    key: bytearray,
) -> None:
    ciphertext = encrypt(_plaintext(CHUNK_SIZE * 2), key)
    assert_rejected(ciphertext, new_file_key())
    assert_rejected(ciphertext, key, OTHER_ID)
    assert_rejected(b"HDBLOB02" + ciphertext[8:], key)
    for args in ((new_file_key(), BLOB_ID), (key, OTHER_ID)):
        with pytest.raises(BlobCorrupt):
            DecryptingReader(io.BytesIO(ciphertext), *args)
    with pytest.raises(BlobCorrupt, match="not a humdoc attachment"):
        DecryptingReader(io.BytesIO(b"PK\x03\x04" + ciphertext[4:]), key, BLOB_ID)


def test_streams_that_break_the_structural_rules_are_rejected_even_if_authentic() -> None:
    key = secrets.token_bytes(32)
    salt = secrets.token_bytes(16)
    full = _plaintext(CHUNK_SIZE)
    # The forger itself is faithful: a well-formed forged stream decrypts.
    assert decrypt_all_ways(forge(key, salt, BLOB_ID, [(full, False), (b"x", True)]), key) == (
        full + b"x"
    )
    broken = {
        "empty final chunk after a full one": [(full, False), (b"", True)],
        "a last flag in the middle": [(full, True), (b"tail", True)],
        "no last flag at all": [(full, False), (b"tail", False)],
        "a short chunk that is not the last": [(b"short", False), (b"tail", True)],
        "a final chunk longer than a chunk": [(full + b"!", True)],
    }
    for chunks in broken.values():
        assert_rejected(forge(key, salt, BLOB_ID, chunks), key)


def test_a_failed_decryptor_stays_failed(key: bytearray) -> None:
    ciphertext = bytearray(encrypt(_plaintext(3 * CHUNK_SIZE), key))
    ciphertext[HEADER_SIZE + 5] ^= 1
    decryptor = StreamDecryptor(key, BLOB_ID)
    with pytest.raises(BlobCorrupt):
        decryptor.update(bytes(ciphertext))
    with pytest.raises(BlobCorrupt):
        decryptor.update(b"")
    with pytest.raises(BlobCorrupt):
        decryptor.finish()


# --- contracts -------------------------------------------------------------------------------


def test_spent_streams_and_bad_keys_are_programming_errors(key: bytearray) -> None:
    encryptor = StreamEncryptor(key, BLOB_ID)
    encryptor.finish()
    with pytest.raises(ValueError):
        encryptor.update(b"more")
    with pytest.raises(ValueError):
        encryptor.finish()
    with pytest.raises(ValueError):
        StreamEncryptor(bytes(16), BLOB_ID)
    with pytest.raises(ValueError):
        StreamDecryptor(bytes(31), BLOB_ID)
    with pytest.raises(ValueError):
        DecryptingReader(io.BytesIO(encrypt(b"", key)), bytes(33), BLOB_ID)


def test_the_reader_owns_its_source_unless_told_otherwise(key: bytearray) -> None:
    ciphertext = encrypt(b"hello", key)
    owned = io.BytesIO(ciphertext)
    with DecryptingReader(owned, key, BLOB_ID) as reader:
        assert reader.readable() and not reader.seekable()
        assert reader.read() == b"hello"
    assert owned.closed
    borrowed = io.BytesIO(ciphertext)
    with DecryptingReader(borrowed, key, BLOB_ID, close_source=False) as reader:
        assert reader.read() == b"hello"
    assert not borrowed.closed
    with pytest.raises(ValueError):
        reader.read()
    rejected = io.BytesIO(ciphertext)
    with pytest.raises(BlobCorrupt):
        DecryptingReader(rejected, new_file_key(), BLOB_ID)
    assert rejected.closed


def test_the_reader_works_under_a_buffered_wrapper(key: bytearray) -> None:
    lines = b"".join(b"line %d\n" % i for i in range(20000))
    with io.BufferedReader(DecryptingReader(io.BytesIO(encrypt(lines, key)), key, BLOB_ID)) as f:
        assert f.readline() == b"line 0\n"
        assert f.read() == lines[len(b"line 0\n") :]
