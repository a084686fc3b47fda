"""The duress passphrase and panic: the keys are destroyed and it looks like a failed unlock."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest

from humdoc.core.errors import InvalidInput, VaultNotFound, WrongPassphrase
from humdoc.core.session import Session
from humdoc.core.vault import keyslots
from humdoc.core.vault.duress import destroy_keyslots, panic
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE
from tests.core.keyfile_tools import current_doc

DURESS = b"the river is calm tonight"


def shape(vault_dir: Path) -> list[tuple[object, ...]]:
    """Everything about vault.json but the random bytes: keys, parameters, field lengths."""
    doc = current_doc(vault_dir / "vault.json")
    assert set(doc) == {"format", "version", "generation", "keyslots", "note"}
    assert doc["version"] == 2 and len(base64.b64decode(doc["note"])) == keyslots.NOTE_LEN
    return [
        (
            s["kdf"],
            s["memory_kib"],
            s["iterations"],
            s["lanes"],
            len(s["salt"]),
            len(s["nonce"]),
            len(s["wrapped"]),
        )
        for s in doc["keyslots"]
    ]


def opened_slots(vault_dir: Path, passphrase: bytes) -> list[int]:
    kf = keyslots.KeyFile.from_bytes((vault_dir / "vault.json").read_bytes())
    return [i for i, s in enumerate(kf.slots) if keyslots.try_slot(s, passphrase) is not None]


@pytest.fixture
def duress_vault(session: Session, vault_dir: Path) -> Iterator[Path]:
    """A vault with one case and a duress passphrase, locked."""
    session.cases.create("Detention centre visits")
    session.set_duress(PASSPHRASE, DURESS)
    session.close()
    yield vault_dir


class DeriveCounter:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        real = KdfParams.derive

        def counting(params: KdfParams, passphrase: bytes, salt: bytes) -> bytearray:
            self.calls += 1
            return real(params, passphrase, salt)

        monkeypatch.setattr(KdfParams, "derive", counting)

    def take(self) -> int:
        calls, self.calls = self.calls, 0
        return calls


def test_duress_slot_takes_a_filler_position_with_the_master_parameters(
    duress_vault: Path,
) -> None:
    master_at = opened_slots(duress_vault, PASSPHRASE)
    duress_at = opened_slots(duress_vault, DURESS)
    assert len(master_at) == 1 and len(duress_at) == 1 and duress_at != master_at
    kf = keyslots.KeyFile.from_bytes((duress_vault / "vault.json").read_bytes())
    opened = keyslots.try_slot(kf.slots[duress_at[0]], DURESS)
    assert opened is not None and opened[0] == keyslots.SLOT_DURESS and len(opened[1]) == 32
    assert len({s.params for s in kf.slots}) == 1
    assert len(shape(duress_vault)) == keyslots.SLOT_COUNT
    with Session.open(duress_vault, PASSPHRASE) as again:
        assert [c.title for c in again.cases.list()] == ["Detention centre visits"]


def test_duress_unlock_destroys_the_keys_and_looks_like_a_wrong_passphrase(
    duress_vault: Path,
) -> None:
    before_shape = shape(duress_vault)
    before_size = (duress_vault / "vault.json").stat().st_size
    with pytest.raises(WrongPassphrase) as wrong:
        Session.open(duress_vault, b"a mistyped passphrase")
    with pytest.raises(WrongPassphrase) as duress:
        Session.open(duress_vault, DURESS)
    assert type(duress.value) is type(wrong.value) is WrongPassphrase
    assert str(duress.value) == str(wrong.value) == "Wrong passphrase."
    assert duress.value.exit_code == wrong.value.exit_code
    with pytest.raises(WrongPassphrase, match=r"^Wrong passphrase\.$"):
        Session.open(duress_vault, PASSPHRASE)
    assert (duress_vault / "vault.json").stat().st_size == before_size
    assert shape(duress_vault) == before_shape
    assert opened_slots(duress_vault, PASSPHRASE) == []
    assert opened_slots(duress_vault, DURESS) == []
    assert (duress_vault / "vault.db").exists()  # undecryptable now; left as a failed unlock would


def test_duress_costs_exactly_as_many_argon2_runs_as_a_wrong_passphrase(
    duress_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counter = DeriveCounter(monkeypatch)
    Session.open(duress_vault, PASSPHRASE).close()
    # A correct unlock may stop at the master slot, wherever the last rewrite put it.
    assert 1 <= counter.take() <= keyslots.SLOT_COUNT
    with pytest.raises(WrongPassphrase):
        Session.open(duress_vault, b"a mistyped passphrase")
    wrong = counter.take()
    with pytest.raises(WrongPassphrase):
        Session.open(duress_vault, DURESS)
    assert counter.take() == wrong == keyslots.SLOT_COUNT


def test_duress_passphrase_must_differ_from_the_vault_passphrase(
    session: Session, vault_dir: Path
) -> None:
    before = (vault_dir / "vault.json").read_bytes()
    with pytest.raises(InvalidInput, match="differ"):
        session.set_duress(PASSPHRASE, PASSPHRASE)
    with pytest.raises(InvalidInput, match="empty"):
        session.set_duress(PASSPHRASE, b"")
    with pytest.raises(WrongPassphrase):
        session.set_duress(b"not the passphrase", DURESS)
    assert (vault_dir / "vault.json").read_bytes() == before


def test_setting_duress_again_replaces_the_old_one(duress_vault: Path) -> None:
    with Session.open(duress_vault, PASSPHRASE) as s:
        s.set_duress(PASSPHRASE, b"a second duress passphrase")
    assert opened_slots(duress_vault, DURESS) == []
    with pytest.raises(WrongPassphrase):
        Session.open(duress_vault, DURESS)  # now just a wrong passphrase: nothing destroyed
    assert len(opened_slots(duress_vault, b"a second duress passphrase")) == 1
    Session.open(duress_vault, PASSPHRASE).close()


def test_clear_duress(duress_vault: Path) -> None:
    with Session.open(duress_vault, PASSPHRASE) as s:
        s.clear_duress(PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Session.open(duress_vault, DURESS)
    Session.open(duress_vault, PASSPHRASE).close()


def test_new_passphrase_may_not_be_the_duress_passphrase(duress_vault: Path) -> None:
    with Session.open(duress_vault, PASSPHRASE) as s:
        with pytest.raises(InvalidInput, match="duress"):
            s.change_passphrase(PASSPHRASE, DURESS, KdfParams.floor())
        s.change_passphrase(PASSPHRASE, b"a fresh passphrase", KdfParams.floor())
    assert len(opened_slots(duress_vault, DURESS)) == 1  # the duress slot survives a change
    Session.open(duress_vault, b"a fresh passphrase").close()


def test_duress_passphrase_given_to_a_change_also_destroys(duress_vault: Path) -> None:
    with Session.open(duress_vault, PASSPHRASE) as s, pytest.raises(WrongPassphrase):
        s.change_passphrase(DURESS, b"anything", KdfParams.floor())
    assert opened_slots(duress_vault, PASSPHRASE) == []


def test_panic_destroys_keys_without_a_passphrase(duress_vault: Path) -> None:
    before_shape = shape(duress_vault)
    result = panic(duress_vault)
    assert result.keys_destroyed and not result.wiped
    assert shape(duress_vault) == before_shape
    for passphrase in (PASSPHRASE, DURESS):
        with pytest.raises(WrongPassphrase, match=r"^Wrong passphrase\.$"):
            Session.open(duress_vault, passphrase)


def test_panic_works_while_the_vault_is_open(session: Session, vault_dir: Path) -> None:
    panic(vault_dir)
    session.close()
    with pytest.raises(WrongPassphrase):
        Session.open(vault_dir, PASSPHRASE)


def test_panic_wipe_removes_every_vault_file(session: Session, vault_dir: Path) -> None:
    session.cases.create("Gone")
    session.close()
    (vault_dir / "vault.db-wal").write_bytes(b"\0" * 10)
    result = panic(vault_dir, wipe=True)
    assert result.keys_destroyed and result.wiped
    assert not vault_dir.exists()
    with pytest.raises(VaultNotFound):
        panic(vault_dir)


def test_panic_wipe_keeps_what_is_not_humdoc_s(session: Session, vault_dir: Path) -> None:
    session.close()
    (vault_dir / "notes.txt").write_text("mine")
    panic(vault_dir, wipe=True)
    assert sorted(p.name for p in vault_dir.iterdir()) == ["notes.txt"]


def test_destroying_an_unreadable_vault_json_scrubs_it(vault_dir: Path) -> None:
    vault_dir.mkdir()
    keyfile = vault_dir / "vault.json"
    keyfile.write_bytes(b'{"format": "humdoc-vault", "version": 99, "secret": "abc"}')
    size = keyfile.stat().st_size
    destroy_keyslots(keyfile)
    assert keyfile.stat().st_size == size
    assert b"secret" not in keyfile.read_bytes()


def slot_bytes(vault_dir: Path) -> list[tuple[bytes, bytes, bytes]]:
    kf = keyslots.KeyFile.from_bytes((vault_dir / "vault.json").read_bytes())
    return [(s.salt, s.nonce, s.wrapped) for s in kf.slots]


def test_no_slot_bytes_survive_a_rewrite_and_the_master_slot_wanders(
    session: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two copies of vault.json, taken around any rewrite, share no slot bytes at all."""
    floor = KdfParams.floor()
    positions: list[int] = []
    real_unlock = keyslots.KeyFile.unlock

    def spy(kf: keyslots.KeyFile, *args: object, **kwargs: object) -> tuple[int, int, bytearray]:
        found = real_unlock(kf, *args, **kwargs)  # type: ignore[arg-type]
        positions.append(found[0])  # every rewrite first finds the master slot it replaces
        return found

    monkeypatch.setattr(keyslots.KeyFile, "unlock", spy)
    passphrases = [PASSPHRASE, b"second lantern passphrase", b"third lantern passphrase"]
    current = PASSPHRASE
    rewrites = [
        lambda p: session.set_duress(p, DURESS),
        lambda p: session.clear_duress(p),
        lambda p: session.set_duress(p, DURESS),
        None,  # a passphrase change while a duress slot exists
        lambda p: session.set_duress(p, b"another duress passphrase"),
        None,
        lambda p: session.clear_duress(p),
        None,
        lambda p: session.set_duress(p, DURESS),
        None,
    ]
    for step, rewrite in enumerate(rewrites):
        before = slot_bytes(vault_dir)
        if rewrite is None:
            new = passphrases[(passphrases.index(current) + 1) % len(passphrases)]
            session.change_passphrase(current, new, floor)
            current = new
        else:
            rewrite(current)
        after = slot_bytes(vault_dir)
        fields_before = {field for slot in before for field in slot}
        fields_after = {field for slot in after for field in slot}
        assert not fields_before & fields_after, f"rewrite {step} kept a slot's bytes"
    assert len(positions) == len(rewrites)
    # Ten places drawn from four: all alike by chance once in 4**9 (about 260,000) runs.
    assert len(set(positions)) > 1, f"the master slot stayed at {positions[0]}"
    session.close()
    # The duress passphrase set last survived the passphrase change after it, re-sealed.
    assert len(opened_slots(vault_dir, DURESS)) == 1


def test_a_passphrase_change_and_a_duress_set_look_alike(session: Session, vault_dir: Path) -> None:
    """Neither keeps a slot in place; both keep the file's size, shape and parameters."""
    shapes = [shape(vault_dir)]
    session.set_duress(PASSPHRASE, DURESS)
    shapes.append(shape(vault_dir))
    session.change_passphrase(PASSPHRASE, b"a new lantern passphrase")
    shapes.append(shape(vault_dir))
    assert shapes[0] == shapes[1] == shapes[2]
    sizes = {(vault_dir / "vault.json").stat().st_size}
    assert sizes == {keyslots.FILE_SIZE}
