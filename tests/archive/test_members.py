"""Members of an archive: each connects as their own role and unlocks their own keyslot."""

from __future__ import annotations

import pytest

from humdoc.core.archive.session import ArchiveSession, ArchiveUnavailable, NotPermitted
from humdoc.core.errors import WrongPassphrase
from humdoc.core.vault.kdf import KdfParams
from tests.archive.conftest import PG_PASSWORD, ArchiveFixture
from tests.conftest import PASSPHRASE


def test_admin_adds_an_analyst_who_unlocks_the_same_archive_key(archive: ArchiveFixture) -> None:
    with archive.open(archive.role("admin1")) as admin:
        admin.add_member(archive.role("ana"), "analyst", PG_PASSWORD, PASSPHRASE, KdfParams.floor())
        key = admin.keys.archive_key
    with archive.open(archive.role("ana")) as ana:
        assert ana.duty == "analyst"
        assert ana.keys.archive_key == key
        assert ana.keys.identity_private is None


def test_wrong_passphrase_is_refused(archive: ArchiveFixture) -> None:
    with pytest.raises(WrongPassphrase):
        archive.open(archive.role("admin1"), b"not the passphrase at all, no")


def test_wrong_database_password_is_one_line(archive: ArchiveFixture) -> None:
    url = archive.server.url(archive.role("admin1"), archive.database, "wrong")
    with pytest.raises(ArchiveUnavailable) as err:
        ArchiveSession.open(url, PASSPHRASE)
    assert "\n" not in str(err.value)


def test_only_protection_holds_the_identity_key(archive: ArchiveFixture) -> None:
    with archive.open(archive.role("prot1")) as prot:
        assert prot.keys.identity_private is not None
    with archive.open(archive.role("admin1")) as admin:
        assert admin.keys.identity_private is None


def test_an_analyst_cannot_add_members_or_read_the_access_log(archive: ArchiveFixture) -> None:
    with archive.open(archive.role("admin1")) as admin:
        admin.add_member(archive.role("ana"), "analyst", PG_PASSWORD, PASSPHRASE, KdfParams.floor())
    with archive.open(archive.role("ana")) as ana:
        with pytest.raises(NotPermitted):
            ana.access_log()
        with pytest.raises(NotPermitted):
            ana.add_member(archive.role("x"), "admin", PG_PASSWORD, PASSPHRASE, KdfParams.floor())


def test_a_removed_member_can_no_longer_connect(archive: ArchiveFixture) -> None:
    with archive.open(archive.role("admin1")) as admin:
        admin.add_member(archive.role("ana"), "analyst", PG_PASSWORD, PASSPHRASE, KdfParams.floor())
        admin.remove_member(archive.role("ana"))
    with pytest.raises(ArchiveUnavailable):
        archive.open(archive.role("ana"))
