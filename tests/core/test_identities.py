"""The identity compartment: its own passphrase, records bound to their person, nothing in the clear."""

from __future__ import annotations

import secrets
from pathlib import Path
from types import SimpleNamespace

import pytest

from humdoc.core.domain.identities import IdentityRecord
from humdoc.core.errors import InvalidInput, NotFound, VaultCorrupt, VaultLocked, WrongPassphrase
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from humdoc.core.vault.schema import MIGRATIONS, current_version, migrate
from humdoc.core.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.test_no_plaintext import assert_absent

COMPARTMENT = b"a different passphrase for identities"


def _witness(session: Session, code: str) -> str:
    case = session.cases.create("Arrests")
    return session.testimonies.add(case.id, code, "A statement.").witness_id


def test_round_trip_update_delete_and_reopen(session: Session, vault_dir: Path) -> None:
    pid = _witness(session, "W-1")
    other = session.persons.create("V-2", "victim").id
    assert not session.identities.exists()
    session.identities.create(COMPARTMENT, KdfParams.floor())
    assert session.identities.exists()
    with session.identities.open(COMPARTMENT) as comp:
        assert comp.get(pid) is None
        comp.set(pid, IdentityRecord("Amal Haddad", "+961 1 234 567", "Lives near the market"))
        comp.set(other, IdentityRecord("Youssef"))
        comp.set(pid, IdentityRecord("Amal K. Haddad", "+961 1 234 567"))
        assert comp.get(pid) == IdentityRecord("Amal K. Haddad", "+961 1 234 567", "")
        assert sorted(comp.person_ids()) == sorted([pid, other])
        assert comp.delete(other) is True
        assert comp.delete(other) is False
    assert session.identities.person_ids() == [pid]
    session.close()
    with Session.open(vault_dir, PASSPHRASE) as again, again.identities.open(COMPARTMENT) as comp:
        assert comp.get(pid) == IdentityRecord("Amal K. Haddad", "+961 1 234 567", "")


def test_key_is_wiped_when_the_compartment_is_closed(session: Session) -> None:
    pid = _witness(session, "W-1")
    session.identities.create(COMPARTMENT, KdfParams.floor())
    with session.identities.open(COMPARTMENT) as comp:
        comp.set(pid, IdentityRecord("Amal"))
    assert not any(comp._key)
    with pytest.raises(VaultLocked):
        comp.get(pid)
    with pytest.raises(VaultLocked):
        comp.set(pid, IdentityRecord("Someone else"))


def test_wrong_and_vault_passphrases_do_not_open_it(session: Session) -> None:
    session.identities.create(COMPARTMENT, KdfParams.floor())
    with pytest.raises(WrongPassphrase, match="identity-compartment"):
        session.identities.open(b"not it")
    with pytest.raises(WrongPassphrase):
        session.identities.open(PASSPHRASE)
    with pytest.raises(InvalidInput):
        session.identities.open(b"")


def test_vault_passphrase_and_bad_inputs_are_refused(session: Session) -> None:
    with pytest.raises(NotFound, match="identity init"):
        session.identities.open(COMPARTMENT)
    with pytest.raises(InvalidInput, match="differ from the vault passphrase"):
        session.identities.create(PASSPHRASE, KdfParams.floor())
    with pytest.raises(InvalidInput):
        session.identities.create(b"", KdfParams.floor())
    assert not session.identities.exists()
    session.identities.create(COMPARTMENT, KdfParams.floor())
    with pytest.raises(InvalidInput, match="already has"):
        session.identities.create(b"another one", KdfParams.floor())
    with session.identities.open(COMPARTMENT) as comp, pytest.raises(NotFound):
        comp.set("p-0000000000", IdentityRecord("Nobody"))
    for bad in ({"name": " "}, {"name": "x" * 501}, {"name": "a", "contact": "c" * 2001}):
        with pytest.raises(InvalidInput):
            IdentityRecord.from_json(bad)
    with pytest.raises(InvalidInput):
        IdentityRecord.from_json({"name": "a", "address": "extra field"})


def test_change_passphrase_rewraps_only_the_key(session: Session) -> None:
    pid = _witness(session, "W-1")
    session.identities.create(COMPARTMENT, KdfParams.floor())
    with session.identities.open(COMPARTMENT) as comp:
        comp.set(pid, IdentityRecord("Amal"))
    before = session.db.one("SELECT nonce, ciphertext FROM identities")
    with pytest.raises(WrongPassphrase):
        session.identities.change_passphrase(
            b"wrong", b"new compartment passphrase", KdfParams.floor()
        )
    with pytest.raises(InvalidInput):
        session.identities.change_passphrase(COMPARTMENT, PASSPHRASE, KdfParams.floor())
    session.identities.change_passphrase(
        COMPARTMENT, b"new compartment passphrase", KdfParams.floor()
    )
    with pytest.raises(WrongPassphrase):
        session.identities.open(COMPARTMENT)
    with session.identities.open(b"new compartment passphrase") as comp:
        assert comp.get(pid) == IdentityRecord("Amal")
    assert tuple(session.db.one("SELECT nonce, ciphertext FROM identities")) == tuple(before)


def test_records_swapped_between_persons_do_not_decrypt(session: Session) -> None:
    a = _witness(session, "W-1")
    b = session.persons.create("W-2").id
    session.identities.create(COMPARTMENT, KdfParams.floor())
    with session.identities.open(COMPARTMENT) as comp:
        comp.set(a, IdentityRecord("Amal"))
        comp.set(b, IdentityRecord("Bilal"))
    rows = {
        r[0]: (r[1], r[2])
        for r in session.db.all("SELECT person_id, nonce, ciphertext FROM identities")
    }
    for pid, other in ((a, b), (b, a)):
        session.db.execute(
            "UPDATE identities SET nonce = ?, ciphertext = ? WHERE person_id = ?",
            (*rows[other], pid),
        )
    with session.identities.open(COMPARTMENT) as comp:
        for pid in (a, b):
            with pytest.raises(VaultCorrupt, match="moved from another person"):
                comp.get(pid)


def test_flipped_ciphertext_byte_is_detected(session: Session) -> None:
    pid = _witness(session, "W-1")
    session.identities.create(COMPARTMENT, KdfParams.floor())
    with session.identities.open(COMPARTMENT) as comp:
        comp.set(pid, IdentityRecord("Amal"))
        sealed = bytearray(session.db.one("SELECT ciphertext FROM identities")[0])
        sealed[0] ^= 1
        session.db.execute("UPDATE identities SET ciphertext = ?", (bytes(sealed),))
        with pytest.raises(VaultCorrupt):
            comp.get(pid)


def test_deleting_the_person_deletes_the_identity(session: Session) -> None:
    pid = session.persons.create("S-9", "source").id
    session.identities.create(COMPARTMENT, KdfParams.floor())
    with session.identities.open(COMPARTMENT) as comp:
        comp.set(pid, IdentityRecord("Samir"))
    session.persons.delete(pid)
    assert session.identities.person_ids() == []


def test_search_never_finds_identity_text(session: Session) -> None:
    pid = _witness(session, "W-1")
    session.identities.create(COMPARTMENT, KdfParams.floor())
    with session.identities.open(COMPARTMENT) as comp:
        comp.set(pid, IdentityRecord("Zenobia Quartermain", "zenobia@example.org", "Quokka"))
    for word in ("Zenobia", "Quartermain", "zenobia", "Quokka", "example"):
        assert session.search(word) == []
    rows = session.db.all("SELECT title, body, tags FROM search_index")
    assert not any("Zenobia" in " ".join(map(str, r)) for r in rows)


def test_no_plaintext_of_identities_on_disk(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    mk = {k: f"{k}{secrets.token_hex(6)}" for k in ("name", "contact", "notes", "edit", "gone")}
    s = Session.create(vault, PASSPHRASE, params=KdfParams.floor())
    pid = _witness(s, "W-1")
    doomed = s.persons.create("W-2").id
    s.identities.create(COMPARTMENT, KdfParams.floor())
    with s.identities.open(COMPARTMENT) as comp:
        comp.set(pid, IdentityRecord(f"Name {mk['name']}", mk["contact"], mk["notes"]))
        comp.set(pid, IdentityRecord(f"Name {mk['edit']}", mk["contact"], mk["notes"]))
        comp.set(doomed, IdentityRecord(f"Gone {mk['gone']}"))
        assert_absent(list(mk.values()), vault, tmp_path / "home")  # while open: the WAL too
        comp.delete(doomed)
    assert_absent(list(mk.values()), vault, tmp_path / "home")
    s.close()
    assert_absent(list(mk.values()), vault, tmp_path / "home")
    with Session.open(vault, PASSPHRASE) as again, again.identities.open(COMPARTMENT) as comp:
        got = comp.get(pid)
        assert got is not None and mk["edit"] in got.name


def test_migration_from_schema_3_keeps_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import humdoc.core.vault.vault as vault_mod

    assert len(MIGRATIONS) >= 4
    monkeypatch.setattr(vault_mod, "migrate", lambda db: migrate(db, target=3))
    old = Vault.create(tmp_path / "v", PASSPHRASE, params=KdfParams.floor())
    with old.db.transaction() as db:  # rows as a schema-3 humdoc wrote them
        db.execute(
            "INSERT INTO cases VALUES ('c-0000000003', 'Made under schema 3', '', 'open', NULL, "
            "'2026-01-01', '2026-01-01')"
        )
        db.execute("INSERT INTO persons VALUES ('p-0000000003', 'W-1', 'witness', '2026-01-01')")
        db.execute(
            "INSERT INTO testimonies VALUES ('t-0000000003', 'c-0000000003', 'p-0000000003', "
            "'Said before identities existed.', '', NULL, '', '2026-01-01', '2026-01-01')"
        )
    assert current_version(old.db) == 3
    assert old.db.one("SELECT 1 FROM sqlite_master WHERE name = 'identities'") is None
    old.lock()
    t = SimpleNamespace(id="t-0000000003", witness_id="p-0000000003")
    monkeypatch.undo()
    monkeypatch.setenv("HUMDOC_KDF", "floor")
    with Session.open(tmp_path / "v", PASSPHRASE) as new:
        assert current_version(new.db) == len(MIGRATIONS)
        assert new.testimonies.get(t.id).statement == "Said before identities existed."
        assert not new.identities.exists()
        new.identities.create(COMPARTMENT)
        with new.identities.open(COMPARTMENT) as comp:
            comp.set(t.witness_id, IdentityRecord("Amal"))
            assert comp.get(t.witness_id) == IdentityRecord("Amal")
