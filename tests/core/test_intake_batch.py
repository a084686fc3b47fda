"""A batch of an import is recorded at once: its custody events signed with the device key
loaded once, its rows written one statement per table, and the result the same as one by one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from humdoc.core import intake
from humdoc.core.bundle.minisign import SigningKey, sign
from humdoc.core.custody import GENESIS, verify_chain
from humdoc.core.errors import InvalidInput, UnknownMedia
from humdoc.core.session import Session
from tests.minisign_tool import assert_minisign_verifies


@pytest.fixture
def case_id(session: Session) -> str:
    return session.cases.create("Batch").id


def _photos(corpus: Path, folder: Path, count: int) -> list[Path]:
    sources = sorted((corpus / "exif-samples" / "jpg").glob("*.jpg"))[:count]
    folder.mkdir()
    out = []
    for index, source in enumerate(sources):
        out.append(folder / f"{index:02}-{source.name}")
        shutil.copyfile(source, out[-1])
    assert len(out) == count
    return out


def test_a_batch_signs_with_the_key_loaded_once_and_every_chain_verifies(
    session: Session, case_id: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _photos(corpus, tmp_path / "card", 6)
    session.custody.append(case_id, "intake", {"note": "an earlier event of this device"})
    loads: list[int] = []
    real = Ed25519PrivateKey.from_private_bytes

    def counted(data: bytes) -> Ed25519PrivateKey:
        loads.append(1)
        return real(data)

    # Counts how often the seed is made into a key; every signature is still real.
    monkeypatch.setattr(Ed25519PrivateKey, "from_private_bytes", staticmethod(counted))
    report = session.media.import_files(case_id, files, "evidence")
    monkeypatch.undo()
    assert len(report.imported) == 6 and not report.failed
    assert len(loads) == 1  # one batch: 12 events, one key (it was 4 per file)

    seqs = []
    for item in report.imported:
        chain = session.custody.chain(item.id)
        assert [e.fields["action"] for e in chain] == ["intake", "derivative"]
        assert chain[0].fields["prev"] == GENESIS
        assert chain[1].fields["prev"] == chain[0].hash
        assert chain[0].fields["details"]["sha256"] == item.sha256
        assert chain[1].fields["details"]["sha256"] == item.derivatives[0].sha256
        assert verify_chain(item.id, chain, session.known_key) == []
        seqs += [e.fields["device_seq"] for e in chain]
    # The device's sequence goes on from the earlier event, one number per event, no gap.
    assert sorted(seqs) == list(range(2, 14))


def test_a_batch_event_verifies_with_the_minisign_tool(
    session: Session, case_id: str, corpus: Path, tmp_path: Path
) -> None:
    files = _photos(corpus, tmp_path / "card", 3)
    report = session.media.import_files(case_id, files, "evidence")
    (tmp_path / "device.pub").write_text(session.device_keys.public_key().to_text())
    for ev in session.custody.chain(report.imported[-1].id):
        assert_minisign_verifies(ev, tmp_path / "device.pub", tmp_path)


def test_a_batch_links_to_an_item_chain_that_exists_already(
    session: Session, case_id: str, corpus: Path, tmp_path: Path
) -> None:
    item = session.media.import_files(case_id, _photos(corpus, tmp_path / "card", 1), "keep")
    item_id = item.imported[0].id
    before = session.custody.chain(item_id)
    with session.custody.batch([item_id, "m-new"]) as batch:
        batch.append(item_id, "edit", {"note": "second"})
        batch.append("m-new", "intake", {"note": "first"})
        batch.append(item_id, "edit", {"note": "third"})
        with pytest.raises(ValueError):
            batch.append("m-elsewhere", "edit", {})
    chain = session.custody.chain(item_id)
    assert chain[: len(before)] == before
    assert [e.fields["details"].get("note") for e in chain[len(before) :]] == ["second", "third"]
    assert verify_chain(item_id, chain, session.known_key) == []
    assert verify_chain("m-new", session.custody.chain("m-new"), session.known_key) == []


def test_a_failed_batch_stores_none_of_its_events(session: Session, case_id: str) -> None:
    with pytest.raises(RuntimeError), session.custody.batch(["m-a"]) as batch:
        batch.append("m-a", "intake", {})
        raise RuntimeError("the import failed after signing")
    assert session.custody.chain("m-a") == []
    event = session.custody.append("m-a", "intake", {})
    assert event.fields["prev"] == GENESIS


def test_a_wiped_key_no_longer_signs_though_it_signed_before() -> None:
    key = SigningKey.generate()
    sign(key, b"first", "one")
    sign(key, b"second", "two")
    key.wipe()
    with pytest.raises(InvalidInput):
        sign(key, b"third", "three")


def test_batches_split_by_count_each_record_their_items(
    session: Session, case_id: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(intake, "BATCH_FILES", 2)
    files = _photos(corpus, tmp_path / "card", 5)
    report = session.media.import_files(case_id, files, "evidence")
    assert [i.original_name for i in report.imported] == [f.name for f in files]
    for got, listed in zip(
        report.imported, [session.media.get(i.id) for i in report.imported], strict=True
    ):
        assert got == listed
    assert session.media.get_many([i.id for i in reversed(report.imported)]) == list(
        reversed(report.imported)
    )


def test_get_many_names_an_item_that_does_not_exist(session: Session) -> None:
    with pytest.raises(UnknownMedia, match="m-none"):
        session.media.get_many(["m-none"])
    assert session.media.get_many([]) == []
