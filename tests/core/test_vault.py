"""The vault: keyslots, wrong passphrases, passphrase change, corruption, locking, migrations."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import pytest

from humdoc.core.errors import (
    InvalidInput,
    KdfTooCostly,
    UnsupportedVersion,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from humdoc.core.session import Session
from humdoc.core.vault import kdf, keyslots
from humdoc.core.vault.keyslots import KdfParams
from humdoc.core.vault.schema import MIGRATIONS, current_version, migrate
from humdoc.core.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.keyfile_tools import area_docs, current_doc, forge, forge_file


def test_vault_json_holds_nothing_but_keyslots(session: Session, vault_dir: Path) -> None:
    data = (vault_dir / "vault.json").read_bytes()
    assert len(data) == keyslots.FILE_SIZE
    first, second = area_docs(data)
    assert first is not None and first == second, "the two copies differ at rest"
    doc = first
    assert set(doc) == {"format", "version", "generation", "keyslots", "note"}
    assert len(doc["keyslots"]) == keyslots.SLOT_COUNT
    assert all(
        set(s) == {"kdf", "memory_kib", "iterations", "lanes", "salt", "nonce", "wrapped"}
        for s in doc["keyslots"]
    )
    # filler slots have the same shape as the real one
    assert len({len(s["wrapped"]) for s in doc["keyslots"]}) == 1
    assert "field" not in data.decode()


def test_wrong_passphrase_is_refused_and_leaves_vault_untouched(
    session: Session, vault_dir: Path
) -> None:
    case = session.cases.create("Checkpoint arrests")
    session.close()
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        Session.open(vault_dir, b"not the passphrase")
    after = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    assert before == after
    with Session.open(vault_dir, PASSPHRASE) as again:
        assert again.cases.get(case.id).title == "Checkpoint arrests"


def test_empty_passphrase_refused(vault_dir: Path) -> None:
    with pytest.raises(InvalidInput):
        Session.create(vault_dir, b"", params=KdfParams.floor())
    assert not (vault_dir / "vault.json").exists()


def test_passphrase_change_rewraps_only_the_master_key(session: Session, vault_dir: Path) -> None:
    session.cases.create("Case kept across passphrase change")
    session.close()
    db_before = (vault_dir / "vault.db").read_bytes()
    with Session.open(vault_dir, PASSPHRASE) as s:
        s.change_passphrase(PASSPHRASE, b"new lantern passphrase", KdfParams.floor())
    assert (vault_dir / "vault.db").read_bytes() == db_before
    with pytest.raises(WrongPassphrase):
        Session.open(vault_dir, PASSPHRASE)
    with Session.open(vault_dir, b"new lantern passphrase") as s:
        assert [c.title for c in s.cases.list()] == ["Case kept across passphrase change"]


def test_passphrase_change_with_wrong_old_passphrase_changes_nothing(
    session: Session, vault_dir: Path
) -> None:
    before = (vault_dir / "vault.json").read_bytes()
    with pytest.raises(WrongPassphrase):
        session.change_passphrase(b"wrong", b"new", KdfParams.floor())
    assert (vault_dir / "vault.json").read_bytes() == before


def test_second_unlock_while_open_is_refused(session: Session, vault_dir: Path) -> None:
    with pytest.raises(VaultLocked):
        Session.open(vault_dir, PASSPHRASE)


def test_missing_and_existing_vault_messages(
    tmp_path: Path, session: Session, vault_dir: Path
) -> None:
    with pytest.raises(VaultNotFound, match="humdoc init"):
        Session.open(tmp_path / "nowhere", PASSPHRASE)
    session.close()
    with pytest.raises(VaultExists):
        Session.create(vault_dir, PASSPHRASE, params=KdfParams.floor())


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: b"{not json",
        lambda d: forge(d, lambda doc: doc.update(format="other")),
        lambda d: forge(d, lambda doc: doc.update(keyslots=[])),
        lambda d: d[: len(d) // 2],
        lambda d: d[:100] + d[keyslots.AREA_SIZE : keyslots.AREA_SIZE + 100],
    ],
)
def test_corrupt_vault_json_gives_clear_error(session: Session, vault_dir: Path, mutate) -> None:  # type: ignore[no-untyped-def]
    session.close()
    path = vault_dir / "vault.json"
    path.write_bytes(mutate(path.read_bytes()))
    with pytest.raises(VaultCorrupt):
        Session.open(vault_dir, PASSPHRASE)


def test_newer_vault_version_refused(session: Session, vault_dir: Path) -> None:
    session.close()
    forge_file(vault_dir / "vault.json", lambda doc: doc.update(version=99))
    with pytest.raises(UnsupportedVersion):
        Session.open(vault_dir, PASSPHRASE)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("memory_kib", 1024, "below the safe minimum"),
        ("iterations", 1, "below the safe minimum"),
        ("memory_kib", 64 * 1024 * 1024, "absurd"),
        ("iterations", 10**9, "absurd"),
    ],
)
def test_crafted_kdf_parameters_are_refused_not_obeyed(
    session: Session, vault_dir: Path, field: str, value: int, message: str
) -> None:
    session.close()

    def craft(doc: dict[str, Any]) -> None:
        for slot in doc["keyslots"]:
            slot[field] = value

    forge_file(vault_dir / "vault.json", craft)
    with pytest.raises(VaultCorrupt, match=message):
        Session.open(vault_dir, PASSPHRASE)


def test_lowering_parameters_of_a_slot_breaks_it(session: Session, vault_dir: Path) -> None:
    """The slot header is associated data: editing a parameter makes the slot fail to open."""
    session.close()

    def lower(doc: dict[str, Any]) -> None:
        for slot in doc["keyslots"]:  # the master slot is one of them, at a random place
            slot["iterations"] = 4

    forge_file(vault_dir / "vault.json", lower)
    with pytest.raises(WrongPassphrase):
        Session.open(vault_dir, PASSPHRASE)


def test_calibration_never_goes_below_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HUMDOC_KDF")
    params = keyslots.calibrate(target=0.01)
    assert params.memory_kib >= keyslots.FLOOR_MEMORY_KIB
    assert params.iterations >= keyslots.FLOOR_ITERATIONS


def linear_cost(floor_seconds: float, noise: float = 0.0) -> kdf.CostModel:
    """A machine on which the floor takes ``floor_seconds`` and time grows with memory × passes."""
    rng = random.Random(7)

    def seconds(params: KdfParams) -> float:
        scale = params.work / KdfParams.floor().work
        return floor_seconds * scale * (1 + rng.uniform(-noise, noise))

    return seconds


def test_calibration_grows_memory_towards_the_target(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HUMDOC_KDF")
    # 64 MiB: 0.15 s, 128: 0.3, 256: 0.6, 512: 1.2 — the first at or past 3/4 of the target.
    assert keyslots.calibrate(1.0, linear_cost(0.15)) == KdfParams(512 * 1024, 3)


def test_calibration_adds_passes_once_memory_reaches_its_cap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("HUMDOC_KDF")
    params = keyslots.calibrate(1.0, linear_cost(0.01))  # 1 GiB at t=3 takes 0.16 s here
    assert params == KdfParams(keyslots.CALIBRATION_CAP_KIB, 19)
    fast = keyslots.calibrate(1.0, linear_cost(0.0001))
    assert fast == KdfParams(keyslots.CALIBRATION_CAP_KIB, keyslots.MAX_ITERATIONS // 2)


def test_calibration_on_a_slow_or_busy_machine_stays_at_or_above_the_floor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("HUMDOC_KDF")
    assert keyslots.calibrate(1.0, linear_cost(2.0)) == KdfParams.floor()
    for floor_seconds in (0.05, 0.15, 0.61, 0.8):  # 0.61 s: what a busy machine once measured
        params = keyslots.calibrate(0.6, linear_cost(floor_seconds, noise=0.3))
        assert params.memory_kib >= keyslots.FLOOR_MEMORY_KIB
        assert params.iterations >= keyslots.FLOOR_ITERATIONS


GIB_KIB = 1024 * 1024


def test_budget_refuses_what_would_take_too_long_here() -> None:
    budget = kdf.KdfBudget.measure(24 * GIB_KIB, linear_cost(0.15))
    assert budget.max_memory_kib == 4 * GIB_KIB
    budget.refuse_unaffordable(KdfParams(GIB_KIB, 3))  # 2.4 s: a vault calibrated elsewhere
    budget.refuse_unaffordable(KdfParams(GIB_KIB, 32))  # 25.6 s: slow, still allowed
    with pytest.raises(KdfTooCostly, match=r"about 205 s .*limit is 30 s"):
        budget.refuse_unaffordable(KdfParams(4 * GIB_KIB, 64))
    with pytest.raises(KdfTooCostly, match="about 51 s"):
        budget.refuse_unaffordable(KdfParams(4 * GIB_KIB, 16))
    slow = kdf.KdfBudget.measure(24 * GIB_KIB, linear_cost(1.0))
    slow.refuse_unaffordable(KdfParams(GIB_KIB, 3))  # 16 s
    with pytest.raises(KdfTooCostly, match="about 32 s"):
        slow.refuse_unaffordable(KdfParams(GIB_KIB, 6))


def test_budget_refuses_more_memory_than_half_the_machine_has() -> None:
    small = kdf.KdfBudget.measure(GIB_KIB, linear_cost(0.15))
    assert small.max_memory_kib == GIB_KIB // 2
    small.refuse_unaffordable(KdfParams(512 * 1024, 3))
    with pytest.raises(KdfTooCostly, match="1024 MiB of memory .* at most 512 MiB"):
        small.refuse_unaffordable(KdfParams(GIB_KIB, 3))
    tiny = kdf.KdfBudget.measure(32 * 1024, linear_cost(0.15))
    tiny.refuse_unaffordable(KdfParams.floor())  # the floor is always allowed
    unknown = kdf.KdfBudget.measure(None, linear_cost(0.15))
    assert unknown.max_memory_kib == keyslots.CALIBRATION_CAP_KIB


def test_this_machine_s_memory_is_known_here() -> None:
    memory = kdf.physical_memory_kib()
    assert memory is not None and memory > keyslots.FLOOR_MEMORY_KIB


def test_crafted_vault_json_is_refused_before_any_derivation(
    session: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The largest parameters check() accepts ran past 150 s; now unlock refuses them at once."""
    session.close()

    def crank(doc: dict[str, Any]) -> None:
        for slot in doc["keyslots"]:
            slot["memory_kib"] = keyslots.MAX_MEMORY_KIB
            slot["iterations"] = keyslots.MAX_ITERATIONS

    forge_file(vault_dir / "vault.json", crank)
    # This machine as a cost model: 24 GiB, floor in 0.15 s (no test depends on real speed).
    monkeypatch.setattr(
        kdf, "_machine_budget", kdf.KdfBudget.measure(24 * GIB_KIB, linear_cost(0.15))
    )
    derived: list[KdfParams] = []
    real = KdfParams.derive
    monkeypatch.setattr(
        KdfParams, "derive", lambda p, pw, salt: derived.append(p) or real(p, pw, salt)
    )
    with pytest.raises(KdfTooCostly, match="^Unlocking this vault would take about 205 s"):
        Session.open(vault_dir, PASSPHRASE)
    assert derived == []


def test_lock_wipes_key_material_and_truncates_wal(session: Session, vault_dir: Path) -> None:
    session.cases.create("Something written")
    master = session.vault._master
    session.close()
    assert master == bytearray(len(master))
    wal = vault_dir / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_altered_database_page_is_detected(session: Session, vault_dir: Path) -> None:
    for i in range(200):
        session.cases.create(f"Case number {i} with some text to fill pages " * 3)
    session.close()
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    assert len(data) > 4096 * 4
    data[4096 * 3 + 100] ^= 0x01
    db.write_bytes(bytes(data))
    try:
        s = Session.open(vault_dir, PASSPHRASE)
    except VaultCorrupt:
        return  # detected at open: fine
    with s:
        problems = s.check()
        assert problems, "an altered page went unnoticed"


def test_database_from_another_vault_is_rejected(tmp_path: Path) -> None:
    a = Session.create(tmp_path / "a", PASSPHRASE, params=KdfParams.floor())
    b = Session.create(tmp_path / "b", PASSPHRASE, params=KdfParams.floor())
    a.close()
    b.close()
    (tmp_path / "a" / "vault.db").write_bytes((tmp_path / "b" / "vault.db").read_bytes())
    with pytest.raises(VaultCorrupt):
        Session.open(tmp_path / "a", PASSPHRASE)


def test_missing_database_is_reported(session: Session, vault_dir: Path) -> None:
    session.close()
    (vault_dir / "vault.db").unlink()
    with pytest.raises(VaultCorrupt, match="vault.db is missing"):
        Session.open(vault_dir, PASSPHRASE)


def test_migration_from_an_older_schema_keeps_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A vault at schema version 1, written as humdoc 1 wrote it, is brought forward on unlock."""
    import humdoc.core.vault.vault as vault_mod

    monkeypatch.setattr(vault_mod, "migrate", lambda db: migrate(db, target=1))
    old = Vault.create(tmp_path / "v", PASSPHRASE, params=KdfParams.floor())
    assert current_version(old.db) == 1
    with old.db.transaction() as db:  # the rows and index entries schema 1 had
        db.execute(
            "INSERT INTO cases VALUES ('c-0000000001', 'Made under schema 1', 'old text', "
            "'open', NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"
        )
        db.execute("INSERT INTO persons VALUES ('p-0000000001', 'W-1', 'witness', '2025-01-01')")
        db.execute(
            "INSERT INTO testimonies VALUES ('t-0000000001', 'c-0000000001', 'p-0000000001', "
            "'An archaeologist saw it', '', NULL, '', '2025-01-01', '2025-01-01')"
        )
        db.execute(
            "INSERT INTO search_index(kind, ref, title, body, tags) VALUES "
            "('case', 'c-0000000001', 'Made under schema 1', 'old text', ''), "
            "('testimony', 't-0000000001', 'Testimony', 'An archaeologist saw it', '')"
        )
    old.lock()
    monkeypatch.undo()
    monkeypatch.setenv("HUMDOC_KDF", "floor")
    with Session.open(tmp_path / "v", PASSPHRASE) as new:
        assert current_version(new.db) == len(MIGRATIONS)
        assert new.cases.get("c-0000000001").title == "Made under schema 1"
        assert [h.ref for h in new.search("archaeologist")] == ["t-0000000001"]
        new.testimonies.update("t-0000000001", statement="A geologist saw it")
        assert new.search("archaeologist") == []
        assert [h.ref for h in new.search("geologist")] == ["t-0000000001"]


def test_newer_schema_refused(session: Session, vault_dir: Path) -> None:
    session.db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    session.close()
    with pytest.raises(UnsupportedVersion):
        Session.open(vault_dir, PASSPHRASE)


def test_vault_files_are_private(session: Session, vault_dir: Path) -> None:
    session.close()
    for path in [vault_dir, vault_dir / "vault.json", vault_dir / "vault.db"]:
        assert os.stat(path).st_mode & 0o077 == 0, path


def test_crash_before_vault_json_leaves_no_openable_half_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import humdoc.core.safefs as safefs_mod

    def boom(*a: object, **k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safefs_mod, "atomic_write", boom)
    with pytest.raises(Exception):
        Vault.create(tmp_path / "v", PASSPHRASE, params=KdfParams.floor())
    monkeypatch.undo()
    with pytest.raises((VaultNotFound, VaultCorrupt)):
        Session.open(tmp_path / "v", PASSPHRASE)


def test_passphrase_change_keeps_every_slot_alike(session: Session, vault_dir: Path) -> None:
    session.change_passphrase(PASSPHRASE, b"another lantern passphrase")
    doc = current_doc(vault_dir / "vault.json")
    shapes = {
        (s["memory_kib"], s["iterations"], s["lanes"], len(s["wrapped"])) for s in doc["keyslots"]
    }
    assert len(shapes) == 1, "the master slot stands out from the others"


DURESS = b"a duress passphrase from humdoc 1"


def write_version_1(vault_dir: Path, master: bytes, duress: bool) -> list[keyslots.Slot]:
    """vault.json as humdoc wrote it before format 2: one JSON document, master slot first."""
    floor = KdfParams.floor()
    slots = [keyslots.seal_slot(keyslots.SLOT_MASTER, master, PASSPHRASE, floor)]
    slots += [keyslots.filler_slot(floor) for _ in range(keyslots.SLOT_COUNT - 1)]
    if duress:
        slots[2] = keyslots.seal_slot(keyslots.SLOT_DURESS, os.urandom(32), DURESS, floor)
    doc = {"format": "humdoc-vault", "version": 1, "keyslots": [s.to_json() for s in slots]}
    (vault_dir / "vault.json").unlink()
    (vault_dir / "vault.json").write_text(json.dumps(doc, indent=1) + "\n")
    return slots


def test_a_version_1_vault_opens_and_is_migrated_in_place(
    session: Session, vault_dir: Path
) -> None:
    session.cases.create("Made before format 2")
    master = bytes(session.vault._master)
    session.close()
    old = write_version_1(vault_dir, master, duress=True)
    inode = (vault_dir / "vault.json").stat().st_ino
    with Session.open(vault_dir, PASSPHRASE) as s:
        assert [c.title for c in s.cases.list()] == ["Made before format 2"]
        keyfile = vault_dir / "vault.json"
        assert keyfile.stat().st_ino == inode, "migrated by a new file, not in place"
        assert keyfile.stat().st_size == keyslots.FILE_SIZE
        first, second = area_docs(keyfile.read_bytes())
        assert first is not None and first == second and first["version"] == 2
        migrated = keyslots.KeyFile.from_bytes(keyfile.read_bytes()).slots
        assert old[0] not in migrated  # the master slot is re-sealed
        assert all(
            slot in migrated for slot in old[1:]
        )  # the others: nothing tells which is filler
        # The duress slot of humdoc 1 still works, and still may not become the passphrase.
        with pytest.raises(InvalidInput, match="duress"):
            s.change_passphrase(PASSPHRASE, DURESS, KdfParams.floor())
        s.change_passphrase(PASSPHRASE, b"after the migration lantern", KdfParams.floor())
    with pytest.raises(WrongPassphrase):
        Session.open(vault_dir, DURESS)
    with pytest.raises(WrongPassphrase):
        Session.open(
            vault_dir, b"after the migration lantern"
        )  # destroyed by the duress passphrase


def test_a_duress_unlock_of_a_version_1_vault_leaves_a_blank_version_2_file(
    session: Session, vault_dir: Path
) -> None:
    master = bytes(session.vault._master)
    session.close()
    write_version_1(vault_dir, master, duress=True)
    with pytest.raises(WrongPassphrase):
        Session.open(vault_dir, DURESS)
    assert (vault_dir / "vault.json").stat().st_size == keyslots.FILE_SIZE
    assert all(d is not None for d in area_docs((vault_dir / "vault.json").read_bytes()))
    with pytest.raises(WrongPassphrase):
        Session.open(vault_dir, PASSPHRASE)


def test_one_torn_copy_still_opens_and_the_next_rewrite_repairs_it(
    session: Session, vault_dir: Path
) -> None:
    session.close()
    keyfile = vault_dir / "vault.json"
    data = bytearray(keyfile.read_bytes())
    data[100:200] = os.urandom(100)  # copy A damaged, as by a torn write
    keyfile.write_bytes(bytes(data))
    with Session.open(vault_dir, PASSPHRASE) as s:
        s.change_passphrase(PASSPHRASE, b"repaired lantern passphrase", KdfParams.floor())
    first, second = area_docs(keyfile.read_bytes())
    assert first is not None and first == second
    Session.open(vault_dir, b"repaired lantern passphrase").close()
