"""Backup and restore: one tar of encrypted files, checked member by member on the way back."""

from __future__ import annotations

import hashlib
import io
import tarfile
from pathlib import Path

import pytest
from PIL import Image

from humdoc.core.errors import (
    InvalidInput,
    OperationCancelled,
    VaultCorrupt,
    VaultExists,
    WrongPassphrase,
)
from humdoc.core.session import Session
from humdoc.core.vault import keyslots
from humdoc.core.vault.backup import MANIFEST
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE

MARKER = "Zanzibar-marker-7741"


@pytest.fixture
def filled(session: Session, tmp_path: Path) -> Session:
    """A vault with a case, a testimony and an imported photo (so blobs/ is not empty)."""
    case = session.cases.create(f"Case {MARKER}")
    session.testimonies.add(case.id, "W-001", f"I saw {MARKER}.", consent=["record"])
    photo = tmp_path / "photo.png"
    Image.new("RGB", (8, 8), (200, 10, 10)).save(photo)
    session.media.import_file(case.id, photo)
    return session


def members(path: Path) -> dict[str, bytes]:
    with tarfile.open(path, "r:") as tar:
        out = {}
        for m in tar.getmembers():
            assert m.isreg() and m.uname == "" and m.uid == 0 and m.mode == 0o600
            fh = tar.extractfile(m)
            assert fh is not None
            out[m.name] = fh.read()
        return out


def write_tar(path: Path, entries: list[tuple[tarfile.TarInfo, bytes]]) -> None:
    with tarfile.open(path, "w", format=tarfile.USTAR_FORMAT) as tar:
        for info, data in entries:
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)


def rebuild(src: Path, dest: Path, change: dict[str, bytes | None]) -> None:
    """Copy a backup with some members replaced (bytes) or dropped (None)."""
    entries = []
    for name, data in members(src).items():
        new = change.get(name, data)
        if new is not None:
            entries.append((tarfile.TarInfo(name), new))
    write_tar(dest, entries)


def test_round_trip(filled: Session, tmp_path: Path) -> None:
    photo_bytes = (tmp_path / "photo.png").read_bytes()
    out = tmp_path / "backup.tar"
    seen: list[tuple[int, int]] = []
    result = filled.backup(out, progress=lambda d, t: seen.append((d, t)))
    filled.close()
    content = members(out)
    names = list(content)
    assert names[:2] == ["vault.json", "vault.db"] and names[-1] == MANIFEST
    assert any(n.startswith("blobs/") for n in names) and result.files == len(names) - 1
    manifest = content[MANIFEST].decode().splitlines()
    assert manifest == [f"{hashlib.sha256(content[n]).hexdigest()}  {n}" for n in names[:-1]]
    assert MARKER.encode() not in out.read_bytes()
    assert (
        seen and seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    )

    target = tmp_path / "restored"
    restored = Session.restore(out, target, PASSPHRASE)
    assert restored.files == len(names) - 1
    with Session.open(target, PASSPHRASE) as s:
        assert s.check() == []
        [case] = s.cases.list()
        assert case.title == f"Case {MARKER}"
        [item] = s.media.list(case.id)
        with s.media.open_sealed(item.id) as reader:
            assert reader.read() == photo_bytes
    assert (target / "vault.json").read_bytes() == content["vault.json"]


def test_backup_refuses_an_existing_file_and_the_vault_folder(
    session: Session, vault_dir: Path, tmp_path: Path
) -> None:
    existing = tmp_path / "exists.tar"
    existing.write_bytes(b"keep me")
    with pytest.raises(InvalidInput, match="already exists"):
        session.backup(existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(InvalidInput, match="outside the vault"):
        session.backup(vault_dir / "blobs" / "b.tar")


def test_cancelled_backup_leaves_nothing(filled: Session, tmp_path: Path) -> None:
    out = tmp_path / "backup.tar"
    calls = iter(range(1000))
    with pytest.raises(OperationCancelled):
        filled.backup(out, cancelled=lambda: next(calls) >= 2)
    assert list(tmp_path.glob("*.tar")) == [] and not any(tmp_path.glob(".tmp-*"))


@pytest.fixture
def backup(filled: Session, tmp_path: Path) -> Path:
    out = tmp_path / "backup.tar"
    filled.backup(out)
    filled.close()
    return out


def test_restore_refuses_a_folder_that_is_not_empty(backup: Path, vault_dir: Path) -> None:
    with pytest.raises(VaultExists):
        Session.restore(backup, vault_dir, PASSPHRASE)  # over the existing vault
    other = backup.parent / "other"
    other.mkdir()
    (other / "x").write_text("x")
    with pytest.raises(VaultExists):
        Session.restore(backup, other, PASSPHRASE)
    assert [p.name for p in other.iterdir()] == ["x"]
    Session.open(vault_dir, PASSPHRASE).close()


def test_restore_into_an_existing_empty_folder_keeps_the_folder_on_failure(
    backup: Path, tmp_path: Path
) -> None:
    target = tmp_path / "empty"
    target.mkdir()
    with pytest.raises(WrongPassphrase):
        Session.restore(backup, target, b"not the passphrase")
    assert target.is_dir() and list(target.iterdir()) == []
    Session.restore(backup, target, PASSPHRASE)


def test_restore_with_the_duress_passphrase_restores_nothing(
    session: Session, tmp_path: Path
) -> None:
    session.set_duress(PASSPHRASE, b"duress words")
    out = tmp_path / "backup.tar"
    session.backup(out)
    session.close()
    before = out.read_bytes()
    target = tmp_path / "restored"
    with pytest.raises(WrongPassphrase):
        Session.restore(out, target, b"duress words")
    assert not target.exists()
    assert out.read_bytes() == before  # the backup itself is out of the duress passphrase's reach


@pytest.mark.parametrize(
    "change",
    [
        {"vault.db": b"\0" * 4096},  # altered: manifest mismatch
        {MANIFEST: None},  # no manifest
        {"vault.json": None},  # a member missing (and missing from the manifest check)
    ],
)
def test_altered_backup_is_refused_and_nothing_kept(
    backup: Path, tmp_path: Path, change: dict[str, bytes | None]
) -> None:
    bad = tmp_path / "bad.tar"
    rebuild(backup, bad, change)
    target = tmp_path / "restored"
    with pytest.raises(InvalidInput, match="not an intact humdoc backup"):
        Session.restore(bad, target, PASSPHRASE)
    assert not target.exists()


def test_consistent_tamper_is_caught_by_the_integrity_check(backup: Path, tmp_path: Path) -> None:
    content = members(backup)
    db = bytearray(content["vault.db"])
    db[5000] ^= 1
    lines = [
        f"{hashlib.sha256(bytes(db) if n == 'vault.db' else d).hexdigest()}  {n}\n"
        for n, d in content.items()
        if n != MANIFEST
    ]
    bad = tmp_path / "bad.tar"
    rebuild(backup, bad, {"vault.db": bytes(db), MANIFEST: "".join(lines).encode()})
    target = tmp_path / "restored"
    with pytest.raises(VaultCorrupt):
        Session.restore(bad, target, PASSPHRASE)
    assert not target.exists()


def hostile(name: str, kind: bytes = tarfile.REGTYPE, link: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    return info


@pytest.mark.parametrize(
    "evil",
    [
        hostile("../escape"),
        hostile("/etc/evil"),
        hostile("blobs/ab/../../x"),
        hostile("notes.txt"),
        hostile("blobs/ab/cd" + "0" * 30),  # shard does not match the id
        hostile("vault.db-wal"),
        hostile("vault.db", tarfile.SYMTYPE, "/etc/passwd"),
        hostile("vault.db", tarfile.LNKTYPE, "vault.json"),
        hostile("blobs", tarfile.DIRTYPE),
        hostile("vault.json"),  # a duplicate
    ],
)
def test_hostile_members_are_refused(backup: Path, tmp_path: Path, evil: tarfile.TarInfo) -> None:
    entries = [(tarfile.TarInfo(n), d) for n, d in members(backup).items()]
    entries.insert(1, (evil, b"x"))
    bad = tmp_path / "evil.tar"
    write_tar(bad, entries)
    target = tmp_path / "sub" / "restored"
    with pytest.raises(InvalidInput, match="not an intact humdoc backup"):
        Session.restore(bad, target, PASSPHRASE)
    assert not target.exists()
    assert not (tmp_path / "escape").exists() and not (tmp_path / "sub" / "x").exists()


def test_not_a_tar_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"this is not a tar file at all" * 100)
    with pytest.raises(InvalidInput, match="not an intact humdoc backup"):
        Session.restore(junk, tmp_path / "restored", PASSPHRASE)
    assert not (tmp_path / "restored").exists()


def test_truncated_backup_is_refused(backup: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.tar"
    cut.write_bytes(backup.read_bytes()[:6000])
    with pytest.raises(InvalidInput):
        Session.restore(cut, tmp_path / "restored", PASSPHRASE)
    assert not (tmp_path / "restored").exists()


def test_a_restored_vault_keeps_its_keyslot_layout_and_is_rewritten_in_place(
    session: Session, tmp_path: Path
) -> None:
    out = tmp_path / "backup.tar"
    session.backup(out)
    session.close()
    target = tmp_path / "restored"
    Session.restore(out, target, PASSPHRASE)
    keyfile = target / "vault.json"
    assert keyfile.stat().st_size == keyslots.FILE_SIZE
    inode = keyfile.stat().st_ino
    with Session.open(target, PASSPHRASE) as s:
        s.change_passphrase(PASSPHRASE, b"changed after restore", KdfParams.floor())
    assert keyfile.stat().st_ino == inode and keyfile.stat().st_size == keyslots.FILE_SIZE
    Session.open(target, b"changed after restore").close()
    # The backup itself still opens with the passphrase it was made with: duress and panic
    # cannot reach a copy (docs/threat-model.md says so).
    Session.restore(out, tmp_path / "again", PASSPHRASE)
