"""Duress and panic erase every copy of the keys: the raw disk is searched for every slot ever written.

A small ext4 filesystem is made in a file and mounted through a loop device (the tests run as
root; without ``mkfs.ext4`` or a working ``mount -o loop`` they fail, they never skip). A vault
lives on it through init, passphrase change, identity init, duress set, a duress unlock and panic;
every slot written along the way is recorded from vault.json and the database. After unmounting,
the raw image is searched for each recorded salt, wrapped key and note: none may be left. The
same search is shown to work: it finds the slots that are on the disk now, and it finds slots
that a rename (what humdoc did before vault.json format 2) left in freed blocks.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from humdoc.core import safefs
from humdoc.core.errors import WrongPassphrase
from humdoc.core.session import Session
from humdoc.core.vault import keyslots
from humdoc.core.vault.keyslots import KdfParams
from tests.core.keyfile_tools import area_docs

PASS_1 = b"first vault passphrase"
PASS_2 = b"second vault passphrase"
DURESS = b"the duress passphrase"
COMPARTMENT = b"identity compartment passphrase"
IMAGE_MIB = 32


class Ext4:
    """An ext4 filesystem in a file, mounted at ``mount`` until ``unmount``."""

    def __init__(self, image: Path, mount: Path) -> None:
        self.image = image
        self.mount = mount
        self.mounted = False

    def unmount(self) -> bytes:
        """Unmount (everything reaches the image) and return the raw image."""
        if self.mounted:
            subprocess.run(["umount", str(self.mount)], check=True, capture_output=True)
            self.mounted = False
        return self.image.read_bytes()


@pytest.fixture
def ext4(tmp_path: Path) -> Iterator[Ext4]:
    mkfs = shutil.which("mkfs.ext4") or shutil.which("mkfs.ext4", path="/usr/sbin:/sbin")
    assert mkfs, "mkfs.ext4 is missing: install e2fsprogs (apt-get install -y e2fsprogs)"
    assert os.geteuid() == 0, "mounting a loop device needs root (CI runs as root)"
    image, mount = tmp_path / "disk.img", tmp_path / "mnt"
    mount.mkdir()
    with open(image, "wb") as fh:
        fh.truncate(IMAGE_MIB * 1024 * 1024)
    subprocess.run([mkfs, "-q", "-F", "-b", "4096", str(image)], check=True, capture_output=True)
    # No discard: a TRIM would zero freed blocks of the image and hide what a real disk keeps.
    done = subprocess.run(
        ["mount", "-t", "ext4", "-o", "loop,nodiscard", str(image), str(mount)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, f"mount -o loop failed: {done.stderr.strip()}"
    fs = Ext4(image, mount)
    fs.mounted = True
    try:
        yield fs
    finally:
        fs.unmount()


def as_stored(raw: bytes) -> set[bytes]:
    """What a carver looks for: the bytes, and their base64 as vault.json stores them."""
    return {raw, base64.b64encode(raw).rstrip(b"=")}


def slots_on_file(keyfile: Path) -> set[bytes]:
    """Every salt, wrapped key and note in both areas of vault.json."""
    found: set[bytes] = set()
    for doc in area_docs(keyfile.read_bytes()):
        assert doc is not None
        found |= as_stored(base64.b64decode(doc["note"]))
        for slot in doc["keyslots"]:
            found |= as_stored(base64.b64decode(slot["salt"]))
            found |= as_stored(base64.b64decode(slot["wrapped"]))
    return found


def identity_slot(session: Session) -> set[bytes]:
    row = session.db.one("SELECT slot FROM identity_compartment WHERE id = 1")
    assert row is not None
    slot = json.loads(row[0])
    return as_stored(base64.b64decode(slot["salt"])) | as_stored(base64.b64decode(slot["wrapped"]))


def _b64(raw: bytes) -> bytes:
    return base64.b64encode(raw).rstrip(b"=")


def found_in(image: bytes, needles: set[bytes]) -> set[bytes]:
    return {n for n in needles if image.find(n) >= 0}


def test_no_slot_survives_duress_and_panic_on_ext4(ext4: Ext4) -> None:
    root = ext4.mount / "vault"
    keyfile = root / "vault.json"
    floor = KdfParams.floor()
    written: set[bytes] = set()

    session = Session.create(root, PASS_1, params=floor)
    written |= slots_on_file(keyfile)
    session.change_passphrase(PASS_1, PASS_2, floor)
    written |= slots_on_file(keyfile)
    session.identities.create(COMPARTMENT, floor)
    written |= slots_on_file(keyfile)
    identity = identity_slot(session)
    session.set_duress(PASS_2, DURESS)
    written |= slots_on_file(keyfile)
    session.close()

    with pytest.raises(WrongPassphrase):
        Session.open(root, DURESS)
    with pytest.raises(WrongPassphrase):
        Session.open(root, PASS_2)
    written |= slots_on_file(keyfile)
    Session.panic(root)
    remaining = slots_on_file(keyfile)
    assert not remaining & written, "panic kept a slot's bytes"
    assert keyfile.stat().st_size == keyslots.FILE_SIZE

    image = ext4.unmount()
    stored = {n for n in remaining if n.isascii()}  # the file holds base64, not raw bytes
    assert found_in(image, stored) == stored, "the search does not see vault.json at all"
    assert not found_in(image, written), "a slot written earlier is still on the raw disk"
    # The identity compartment's slot lives inside SQLCipher: never on disk in the clear.
    assert not found_in(image, identity)


def test_a_rename_leaves_slots_in_freed_blocks_and_the_search_finds_them(ext4: Ext4) -> None:
    """The search is not blind: what the old way of writing vault.json left behind is found."""
    root = ext4.mount / "vault"
    root.mkdir()
    keyfile = root / "vault.json"
    planted = [keyslots.filler_slot(KdfParams.floor()) for _ in range(keyslots.SLOT_COUNT)]

    def legacy_document(slots: list[keyslots.Slot]) -> bytes:
        doc = {"format": "humdoc-vault", "version": 1, "keyslots": [s.to_json() for s in slots]}
        return (json.dumps(doc, indent=1) + "\n").encode()

    safefs.atomic_write(keyfile, legacy_document(planted))
    replacement = [keyslots.filler_slot(KdfParams.floor()) for _ in range(keyslots.SLOT_COUNT)]
    safefs.atomic_write(keyfile, legacy_document(replacement))  # temp file + rename
    image = ext4.unmount()
    needles = {b64 for s in planted for b64 in (_b64(s.wrapped), _b64(s.salt))}
    assert found_in(image, needles) == needles


def test_migrating_a_version_1_vault_overwrites_its_slots_in_place(ext4: Ext4) -> None:
    """The old document's own blocks are overwritten by the migration (older ones cannot be)."""
    root = ext4.mount / "vault"
    keyfile = root / "vault.json"
    floor = KdfParams.floor()
    with Session.create(root, PASS_1, params=floor) as session:
        master = bytes(session.vault._master)
    v1_slots = [keyslots.seal_slot(keyslots.SLOT_MASTER, master, PASS_1, floor)]
    v1_slots += [keyslots.filler_slot(floor) for _ in range(keyslots.SLOT_COUNT - 1)]
    doc = {"format": "humdoc-vault", "version": 1, "keyslots": [s.to_json() for s in v1_slots]}
    # Written in place over the version-2 file's first block, as if humdoc 1 had made it there.
    with safefs.open_in_place(keyfile) as fh:
        fh.write_at(0, (json.dumps(doc, indent=1) + "\n").encode().ljust(keyslots.FILE_SIZE))
        fh.shrink_to(len(json.dumps(doc, indent=1)) + 1)
    Session.open(root, PASS_1).close()  # migrates
    assert keyfile.stat().st_size == keyslots.FILE_SIZE
    assert all(d is not None for d in area_docs(keyfile.read_bytes()))
    Session.panic(root)
    image = ext4.unmount()
    needles = {n for s in v1_slots for n in as_stored(s.wrapped) | as_stored(s.salt)}
    assert not found_in(image, needles)
