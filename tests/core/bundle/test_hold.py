"""Verified files the centre only parses stay in memory; a file reaches the spool when adopted."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from bundle_helpers import CREATED, Centre, payload_files

from humdoc.core.bundle import FIRST_BUNDLE, MemorySpool, SigningKey, open_bundle, write_bundle
from humdoc.core.bundle.reader import HELD_FILE
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE

FILES = {
    "records/cases.json": b"{}" * 1000,
    "custody/t-0000000000.jsonl": b"line\n" * 3000,
    "media/big.bin": os.urandom(HELD_FILE + 1),
}


def _bundle(tmp_path: Path, key: SigningKey, centre: Centre) -> Path:
    out = tmp_path / "b.humdoc"
    write_bundle(
        out, payload_files(FILES), [], key, [centre.recipient], "bundle-0001", 1, CREATED,
        previous_bundle_sha256=FIRST_BUNDLE,
    )  # fmt: skip
    return out


@pytest.mark.parametrize("hold", [0, 10_000, 64 << 20])
def test_small_files_are_held_until_their_handle_is_asked_for(
    tmp_path: Path, device_key: SigningKey, centre: Centre, hold: int
) -> None:
    spool = MemorySpool()
    bag = open_bundle(
        _bundle(tmp_path, device_key, centre), [str(centre.identity)], centre.lookup, spool,
        hold=hold,
    )  # fmt: skip
    # Over HELD_FILE always spooled; the small ones while the budget lasts (in file order).
    expected_spooled = {"media/big.bin"} | (
        set() if hold >= 64 << 20 else {"custody/t-0000000000.jsonl"} if hold else set(FILES)
    )
    assert spool.held() == len(expected_spooled)
    for name, data in FILES.items():
        with bag.open(name) as fh:
            assert fh.read() == data
    handle = bag.files["records/cases.json"].handle  # adopting it puts it in the spool
    assert spool._items[handle] == FILES["records/cases.json"]  # type: ignore[index]
    assert spool.held() == len(expected_spooled | {"records/cases.json"})
    bag.discard()
    assert spool.held() == 0


def test_media_that_use_up_the_budget_leave_the_custody_logs_after_them_held(
    tmp_path: Path, device_key: SigningKey, centre: Centre
) -> None:
    # As an export orders them: the record files, the media, then one custody log per item.
    files = {"records/cases.json": b"{}" * 500}
    files |= {f"media/m-{n}.bin": os.urandom(9_000) for n in range(3)}
    files |= {f"custody/m-{n}.jsonl": b"line\n" * 600 for n in range(3)}
    out = tmp_path / "b.humdoc"
    write_bundle(
        out, payload_files(files), [], device_key, [centre.recipient], "bundle-0001", 1, CREATED,
        previous_bundle_sha256=FIRST_BUNDLE,
    )  # fmt: skip
    spool = MemorySpool()
    bag = open_bundle(out, [str(centre.identity)], centre.lookup, spool, hold=20_000)
    # Two media files fit the media's 20,000 bytes, the third is spooled; the record file and
    # the three logs (10,000 bytes) fit the budget of the files the centre parses.
    assert spool.held() == 1
    for name, data in files.items():
        with bag.open(name) as fh:
            assert fh.read() == data
    bag.discard()
    assert spool.held() == 0


def test_the_centre_writes_only_the_media_it_keeps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    field = Session.create(tmp_path / "field", PASSPHRASE, "field", KdfParams.floor())
    centre = Session.create(tmp_path / "centre", PASSPHRASE, "centre", KdfParams.floor())
    try:
        field.recipients.add("Centre", centre.device_keys.age_recipient())
        centre.devices.enrol("Laptop", field.device_keys.public_key().to_text())
        case = field.cases.create("Notes")
        for n in range(3):
            doc = tmp_path / f"note{n}.txt"
            doc.write_text(f"note {n}\n" * 100)
            field.media.import_file(case.id, doc)
        field.testimonies.add(case.id, "W-1", "A statement.", consent="record,share-centre")
        out = tmp_path / "b.humdoc"
        field.exporter.export([case.id], ["Centre"], out, "keep")
        created: list[str] = []
        real_open = os.open

        def counting_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if flags & os.O_CREAT:
                created.append(str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", counting_open)
        centre.receiver().receive(out)
        monkeypatch.undo()
        # Nine payload files (five record files, four custody logs) and three media files:
        # only the three media files became files in the vault.
        assert len(created) == 3 and all("blobs" in p for p in created)
        assert len(list(centre.blobs.ids())) == 3
    finally:
        field.close()
        centre.close()
