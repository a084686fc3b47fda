"""Files of every size around every chunk, block and buffer boundary arrive byte for byte.

One ``read(n)`` of a stream returns at most one chunk; a reader that forgets it keeps a prefix
of any file larger than the chunk. The sizes here sit on each boundary on the way from the
field to the centre: the tar's 512-byte blocks and 10 KiB records, the attachment cipher's
64 KiB chunks (which the centre's spool uses), the tar reader's and the exact-read helper's
1 MiB slices, the age pipe's 1 MiB, the 4 KiB a media type is sniffed from, and the memory
budget that decides whether the centre decrypts a bundle whose signature comes last once or
twice.

The bundle-level property test uses the centre's own spool (encrypted blobs on disk); the
session-level tests go through export, the bundle file and ``Receiver.receive``.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from bundle_helpers import CREATED, Centre, payload_files, payload_first
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humdoc.core.blobs import BlobStore
from humdoc.core.bundle import FIRST_BUNDLE, SigningKey, open_bundle, reader, write_bundle
from humdoc.core.exchange import records
from humdoc.core.exchange.spool import VaultSpool
from humdoc.core.session import Session
from humdoc.core.streams import read_all
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE

KIB = 1024
MIB = 1024 * KIB
#: Boundaries in bytes: tar block and record, sniffing head, cipher chunk (and two), 1 MiB slices.
BOUNDARIES = [512, 10 * KIB, 4 * KIB, 64 * KIB, 128 * KIB, 16 * 64 * KIB, MIB + 64 * KIB]
SIZES = sorted({0, 1} | {b + d for b in BOUNDARIES for d in (-1, 0, 1)})


def content(size: int, seed: int) -> bytes:
    """Deterministic bytes that differ at every offset (a dropped or repeated chunk shows)."""
    return random.Random(seed).randbytes(size)


@dataclass
class Spooled:
    spool: VaultSpool
    blobs: BlobStore


@pytest.fixture
def vault_spool(tmp_path: Path) -> Spooled:
    blobs = BlobStore(tmp_path / "blobs")
    return Spooled(VaultSpool(blobs), blobs)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    sizes=st.lists(st.sampled_from(SIZES), min_size=1, max_size=3),
    layout=st.sampled_from(["signed-first", "payload-first", "payload-first-two-passes"]),
    seed=st.integers(0, 2**32),
)
def test_every_size_arrives_byte_for_byte_in_the_centres_spool(
    tmp_path: Path,
    device_key: SigningKey,
    centre: Centre,
    vault_spool: Spooled,
    monkeypatch: pytest.MonkeyPatch,
    sizes: list[int],
    layout: str,
    seed: int,
) -> None:
    kinds = ["records/testimonies.json", "custody/t-0000000000.jsonl", "media/m-0000000000.txt"]
    files = {kinds[i]: content(size, seed + i) for i, size in enumerate(sizes)}
    out = tmp_path / f"{seed}-{'-'.join(map(str, sizes))}.humdoc"
    write_bundle(
        out,
        payload_files(files),
        [],
        device_key,
        [centre.recipient],
        "bundle-0001",
        1,
        CREATED,
        previous_bundle_sha256=FIRST_BUNDLE,
    )
    # A bundle whose signature comes last (as earlier versions wrote them) is decrypted twice
    # when its payload does not fit the memory budget; one signed first, always once.
    if layout != "signed-first":
        payload_first(out, centre.identity)
    two_passes = layout == "payload-first-two-passes"
    monkeypatch.setattr(reader, "UNVERIFIED_MEMORY", 0 if two_passes else 64 * MIB)
    bag = open_bundle(out, [str(centre.identity)], centre.lookup, vault_spool.spool)
    try:
        for name, data in files.items():
            received = bag.files[name]
            assert (received.size, received.sha256) == (len(data), hashlib.sha256(data).hexdigest())
            with bag.open(name) as fh:  # one read, as the centre once did, now gets it all
                assert fh.read(len(data) + 1) == data
            with bag.open(name) as fh:
                assert read_all(fh, len(data), len(data)) == data
    finally:
        bag.discard()
    assert list(vault_spool.blobs.ids()) == []


def test_the_memory_budget_boundary_spools_the_same_bytes(
    tmp_path: Path, device_key: SigningKey, centre: Centre, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {"media/a.bin": content(64 * KIB + 1, 1), "media/b.bin": content(3 * KIB, 2)}
    total = sum(map(len, files.values()))
    out = tmp_path / "b.humdoc"
    write_bundle(
        out, payload_files(files), [], device_key, [centre.recipient], "bundle-0001", 1,
        CREATED, previous_bundle_sha256=FIRST_BUNDLE,
    )  # fmt: skip
    payload_first(out, centre.identity)  # the budget matters only when the signature comes last
    for budget in (total - 1, total, total + 1):
        monkeypatch.setattr(reader, "UNVERIFIED_MEMORY", budget)
        spooled = VaultSpool(BlobStore(tmp_path / f"blobs-{budget}"))
        bag = open_bundle(out, [str(centre.identity)], centre.lookup, spooled)
        for name, data in files.items():
            with bag.open(name) as fh:
                assert fh.read() == data
        bag.discard()


# --- field → bundle → centre ------------------------------------------------------------------


@dataclass
class Pair:
    field: Session
    centre: Session
    tmp: Path
    exports: int = 0

    def send(self, case_id: str, policy: str = "keep") -> dict[str, object]:
        self.exports += 1
        out = self.tmp / f"b{self.exports}.humdoc"
        self.field.exporter.export([case_id], ["Centre"], out, policy)
        return self.centre.receiver().receive(out)


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    tmp = tmp_path_factory.mktemp("sizes")
    field = Session.create(tmp / "field", PASSPHRASE, "field", KdfParams.floor())
    centre = Session.create(tmp / "centre", PASSPHRASE, "centre", KdfParams.floor())
    field.recipients.add("Centre", centre.device_keys.age_recipient())
    centre.devices.enrol("Laptop", field.device_keys.public_key().to_text())
    yield Pair(field, centre, tmp)
    field.close()
    centre.close()


def _testimonies_json_size(pair: Pair, case_id: str) -> int:
    plan = pair.field.exporter.plan([case_id], "keep")
    return len(records.encode("testimonies", plan.rows["testimonies"]))


@pytest.mark.parametrize("target", [64 * KIB - 1, 64 * KIB, 64 * KIB + 1, 128 * KIB + 1, MIB + 1])
def test_a_testimonies_file_of_exactly_this_size_arrives_whole(pair: Pair, target: int) -> None:
    case = pair.field.cases.create(f"Records of {target} bytes")
    t = pair.field.testimonies.add(case.id, "W-1", "s", consent="record,share-centre")
    # Grow the statement until the record file the export writes is exactly ``target`` bytes.
    statement = "s" * (1 + target - _testimonies_json_size(pair, case.id))
    pair.field.testimonies.update(t.id, statement=statement)
    assert _testimonies_json_size(pair, case.id) == target
    summary = pair.send(case.id)
    assert summary["testimonies"] == 1
    arrived = pair.centre.testimonies.get(t.id)
    assert (
        arrived.statement == statement
        and arrived.updated == pair.field.testimonies.get(t.id).updated
    )


def test_a_custody_log_past_several_cipher_chunks_arrives_whole(pair: Pair) -> None:
    case = pair.field.cases.create("A long chain")
    t = pair.field.testimonies.add(case.id, "W-2", "first", consent="record,share-centre")
    for n in range(260):  # about 640 bytes an event: past 64 KiB and 128 KiB
        pair.field.custody.append(t.id, "extracted", {"what": "statement", "n": n})
    chain = pair.field.custody.chain(t.id)
    size = sum(len(json.dumps(e.to_json(), sort_keys=True)) + 1 for e in chain)  # the .jsonl
    assert size > 128 * KIB
    pair.send(case.id)
    arrived = pair.centre.custody.chain(t.id)
    assert [e.to_json() for e in arrived[: len(chain)]] == [e.to_json() for e in chain]
    assert arrived[-1].fields["action"] == "received"


@pytest.mark.parametrize("size", [4 * KIB - 1, 4 * KIB, 4 * KIB + 1, 64 * KIB, 64 * KIB + 1])
def test_a_media_file_of_exactly_this_size_arrives_byte_for_byte(
    pair: Pair, size: int, tmp_path: Path
) -> None:
    # Plain text (a document) with a three-byte character across the 4 KiB sniffing boundary.
    body = bytearray(b"Witness notes. " * (size // 15 + 1))[:size]
    if size >= 4 * KIB + 2:
        body[4 * KIB - 1 : 4 * KIB + 2] = "€".encode()
    source = tmp_path / "notes.txt"
    source.write_bytes(body)
    case = pair.field.cases.create(f"A document of {size} bytes")
    item = pair.field.media.import_file(case.id, source)
    pair.send(case.id)
    out = tmp_path / "arrived.txt"
    pair.centre.media.extract(item.id, out)
    assert out.read_bytes() == body
