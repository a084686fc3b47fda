"""A bundle is what its device signed, not its ciphertext: format humdoc/2, and humdoc/1 still read.

Whoever holds a decrypted copy of a bundle can encrypt it again to the centre. The centre must
take that copy for the bundle it is (received before, nothing imported twice, never a replay or
a fork), whichever arrives first, and the device's next bundle must still be accepted.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from humdoc.core.bundle import MemorySpool, open_bundle, write_bundle
from humdoc.core.custody import verify_chain
from humdoc.core.errors import BundleRejected
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from humdoc.core.vault.schema import MIGRATIONS, current_version, migrate
from tests.conftest import PASSPHRASE
from tests.core.exchange_helpers import (
    Pair,
    age_identity_file,
    bag_info,
    identity_by_hand,
    make_pair,
    rewrap,
    set_age_identity,
    sha256_file,
)

V1 = Path(__file__).parent / "fixtures" / "bundle_v1"


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    for tool in ("age", "tar", "sha256sum"):
        assert shutil.which(tool), f"{tool} must be installed (CI installs it)"
    p = make_pair(tmp_path)
    yield p
    p.close()


def holdings(centre: Session) -> tuple[int, int, int, set[str]]:
    """What a receipt could change: bundles, custody events, versions, attachments."""
    db = centre.db
    return (
        db.one("SELECT count(*) FROM received_bundles")[0],
        db.one("SELECT count(*) FROM custody_events")[0],
        db.one("SELECT count(*) FROM received_versions")[0],
        set(centre.blobs.ids()),
    )


def test_rewrapped_copy_first_then_genuine_then_next(pair: Pair) -> None:
    one = pair.export("1.humdoc")
    pair.field.testimonies.update(pair.testimony_id, statement="Second telling: four men.")
    two = pair.export("2.humdoc")
    copy = rewrap(one, pair.centre, pair.tmp / "copy.humdoc")
    assert sha256_file(copy) != sha256_file(one)  # another ciphertext of the same bag

    r = pair.centre.receiver()
    first = r.receive(copy)
    assert first["already_received"] is False and first["testimonies"] == 1
    before = holdings(pair.centre)
    genuine = r.receive(one)
    assert genuine["already_received"] is True
    assert any(w.startswith("Already received") for w in genuine["warnings"])
    assert genuine["identity"] == first["identity"] == identity_by_hand(one, pair.centre)
    assert holdings(pair.centre) == before  # nothing imported twice, no blob left behind
    assert r.verify(one)["already_received"] is True

    nxt = r.receive(two)  # names bundle 1 by its identity, which the copy shares
    assert nxt["already_received"] is False and nxt["warnings"] == [] and nxt["missing"] == []
    t = pair.centre.testimonies.get(pair.testimony_id)
    assert t.statement == "Second telling: four men."
    chain = pair.centre.custody.chain(pair.testimony_id)
    assert verify_chain(pair.testimony_id, chain, pair.centre.known_key) == []
    assert [e.fields["action"] for e in chain].count("received") == 2


def test_genuine_first_then_rewrapped_copy(pair: Pair) -> None:
    one = pair.export("1.humdoc")
    copy = rewrap(one, pair.centre, pair.tmp / "copy.humdoc")
    r = pair.centre.receiver()
    r.receive(one)
    before = holdings(pair.centre)
    again = r.receive(copy)
    assert again["already_received"] is True
    assert holdings(pair.centre) == before
    # Both files are now known as that one bundle.
    copies = pair.centre.db.all("SELECT sha256 FROM received_copies ORDER BY sha256")
    assert sorted(r[0] for r in copies) == sorted([sha256_file(one), sha256_file(copy)])


def test_same_sequence_with_other_content_is_still_a_replay(pair: Pair) -> None:
    one = pair.export("1.humdoc")
    pair.centre.receiver().receive(one)
    pair.field.db.execute("DELETE FROM exports")  # a device rolled back to an earlier backup
    pair.field.testimonies.update(pair.testimony_id, statement="A rewritten story.")
    forged = pair.export("again-1.humdoc")
    with pytest.raises(BundleRejected) as err:
        pair.centre.receiver().receive(forged)
    assert err.value.reason == "replay"


def test_format_2_names_its_predecessor_by_signed_content(pair: Pair) -> None:
    one = pair.export("1.humdoc")
    two = pair.export("2.humdoc")
    first, second = bag_info(one, pair.centre), bag_info(two, pair.centre)
    assert first["Bundle-Format"] == second["Bundle-Format"] == "humdoc/2"
    assert first["Previous-Tagmanifest-SHA256"] == "0" * 64
    assert second["Previous-Tagmanifest-SHA256"] == identity_by_hand(one, pair.centre)
    assert "Previous-Bundle-SHA256" not in first and "Previous-Bundle-SHA256" not in second
    rows = pair.field.db.all("SELECT tagmanifest_sha256 FROM exports ORDER BY sequence")
    assert rows[0][0] == identity_by_hand(one, pair.centre)


def test_identity_by_hand_as_the_guide_says(pair: Pair) -> None:
    """docs/verify-by-hand.md step 6: decrypt, extract, sha256sum the tag manifest."""
    out = pair.export("1.humdoc")
    key = age_identity_file(pair.centre, pair.tmp / "key.txt")
    subprocess.run(
        ["age", "-d", "-i", str(key), "-o", str(pair.tmp / "bundle.tar"), str(out)], check=True
    )
    (pair.tmp / "x").mkdir()
    subprocess.run(["tar", "-xf", str(pair.tmp / "bundle.tar"), "-C", str(pair.tmp / "x")])
    (bag,) = list((pair.tmp / "x").iterdir())
    by_hand = subprocess.run(
        ["sha256sum", "tagmanifest-sha256.txt"], cwd=bag, capture_output=True, text=True
    ).stdout.split()[0]
    assert pair.centre.receiver().verify(out)["identity"] == by_hand


def _v1_centre(tmp: Path) -> Session:
    centre = Session.create(tmp, PASSPHRASE, "centre", KdfParams.floor())
    set_age_identity(centre, (V1 / "centre-age.key").read_text())
    centre.devices.enrol("Old laptop", (V1 / "device.pub").read_text())
    return centre


def test_humdoc_1_bundles_still_verify_and_import(tmp_path: Path) -> None:
    centre = _v1_centre(tmp_path / "centre")
    try:
        r = centre.receiver()
        for name in ("1.humdoc", "2.humdoc"):
            summary = r.verify(V1 / name)
            assert summary["format"] == "humdoc/1" and summary["testimonies"] == 1
        two = r.receive(V1 / "2.humdoc")  # out of order, as a stick may arrive
        assert two["missing"] == [[1, 1]]
        one = r.receive(V1 / "1.humdoc")  # chained to 2 by the SHA-256 of this file
        assert one["warnings"] == [] and one["missing"] == []
        (t,) = centre.testimonies.list()
        assert t.statement == "Version two of the statement."  # the newest, not the last
        assert [v.sequence for v in r.versions(t.id)] == [2, 1]
        assert verify_chain(t.id, centre.custody.chain(t.id), centre.known_key) == []
        (item,) = centre.media.list()
        assert len(centre.media.read_original(item.id)) == item.size
        copy = tmp_path / "copy.humdoc"
        subprocess.run(
            ["age", "-d", "-i", str(V1 / "centre-age.key"), "-o", str(tmp_path / "p.tar")],
            input=(V1 / "1.humdoc").read_bytes(),
            check=True,
        )
        subprocess.run(
            ["age", "-r", centre.device_keys.age_recipient(), "-o", str(copy)],
            input=(tmp_path / "p.tar").read_bytes(),
            check=True,
        )
        assert r.receive(copy)["already_received"] is True  # a humdoc/1 copy is that bundle too
    finally:
        centre.close()


def test_humdoc_1_bundle_received_before_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A centre at schema 5 received bundle 1; after the upgrade, a re-wrapped copy of it is
    recognised and bundle 2 (which names bundle 1's file) is accepted."""
    import humdoc.core.vault.vault as vault_mod

    monkeypatch.setattr(vault_mod, "migrate", lambda db: migrate(db, target=5))
    old = _v1_centre(tmp_path / "centre")
    bag = open_bundle(
        V1 / "1.humdoc",
        [(V1 / "centre-age.key").read_text().strip()],
        lambda _: old.devices.list()[0].key(),
        MemorySpool(),
    )
    bag.discard()
    device = old.devices.list()[0].fingerprint
    with old.db.transaction() as db:  # the row as schema 5 wrote it
        db.execute(
            "INSERT INTO received_bundles VALUES (?, ?, 1, ?, ?, ?, '2026-01-02', '{}')",
            (bag.bundle_id, device, bag.bundle_sha256, "0" * 64, bag.created.isoformat()),
        )
    assert current_version(old.db) == 5
    old.close()
    monkeypatch.undo()
    monkeypatch.setenv("HUMDOC_KDF", "floor")
    with Session.open(tmp_path / "centre", PASSPHRASE) as centre:
        assert current_version(centre.db) == len(MIGRATIONS)
        row = centre.db.one(
            "SELECT tagmanifest_sha256, format, previous_kind FROM received_bundles"
        )
        assert tuple(row) == (None, "humdoc/1", "file")
        key = V1 / "centre-age.key"
        plain = subprocess.run(
            ["age", "-d", "-i", str(key), str(V1 / "1.humdoc")], check=True, capture_output=True
        ).stdout
        copy = tmp_path / "copy.humdoc"
        subprocess.run(
            ["age", "-r", centre.device_keys.age_recipient(), "-o", str(copy)],
            input=plain,
            check=True,
        )
        r = centre.receiver()
        assert r.receive(copy)["already_received"] is True
        two = r.receive(V1 / "2.humdoc")
        assert two["already_received"] is False and two["warnings"] == []


def test_first_format_2_bundle_after_format_1_ones_links_by_file(pair: Pair) -> None:
    """A device upgraded after humdoc/1 exports never recorded their identities: its first
    humdoc/2 bundle names the last one by file, and the centre checks that link."""
    ex = pair.field.exporter
    previous = "0" * 64
    files = []
    for seq in (1, 2):  # as the humdoc/1 exporter wrote them (and then recorded them)
        plan = ex.plan([pair.case_id], "strip")
        ex.prepare(plan)
        out = pair.tmp / f"v1-{seq}.humdoc"
        key = pair.field.device_keys.signing_key()
        written = write_bundle(
            out,
            ex._payload(plan),
            [],
            key,
            [pair.centre.device_keys.age_recipient()],
            f"b-old{seq}",
            seq,
            datetime.now(UTC).replace(microsecond=0),
            previous_bundle_sha256=previous,
        )
        key.wipe()
        pair.field.db.execute(
            "INSERT INTO exports(sequence, bundle_id, status, out_path, sha256, previous, "
            "created, summary) VALUES (?, ?, 'done', ?, ?, ?, '2026-01-01', '{}')",
            (seq, f"b-old{seq}", str(out), written.sha256, previous),
        )
        for item in (pair.testimony_id, pair.media_id):
            pair.field.custody.append(item, "exported", {"bundle_id": f"b-old{seq}"})
        previous = written.sha256
        files.append(out)
    three = pair.export("3.humdoc")
    info = bag_info(three, pair.centre)
    assert info["Bundle-Format"] == "humdoc/2"
    assert info["Previous-Bundle-SHA256"] == sha256_file(files[1])
    assert "Previous-Tagmanifest-SHA256" not in info
    four = pair.export("4.humdoc")
    assert bag_info(four, pair.centre)["Previous-Tagmanifest-SHA256"] == identity_by_hand(
        three, pair.centre
    )
    r = pair.centre.receiver()
    r.receive(files[0])
    r.receive(three)  # before its predecessor: the gap is reported, nothing rejected
    assert r.receive(files[1])["warnings"] == []  # bundle 3 names this file: no fork
    assert r.receive(four)["warnings"] == []
    forged = pair.tmp / "v1-2-copy.humdoc"
    rewrap(files[1], pair.centre, forged)
    assert r.receive(forged)["already_received"] is True


def test_a_copy_of_the_centres_v1_predecessor_does_not_break_a_later_v1_link(
    tmp_path: Path,
) -> None:
    """humdoc/1 links name one ciphertext; once the genuine file has arrived too, the next
    humdoc/1 bundle is accepted even though the centre first saw a re-wrapped copy."""
    centre = _v1_centre(tmp_path / "centre")
    try:
        plain = subprocess.run(
            ["age", "-d", "-i", str(V1 / "centre-age.key"), str(V1 / "1.humdoc")],
            check=True,
            capture_output=True,
        ).stdout
        copy = tmp_path / "copy.humdoc"
        subprocess.run(
            ["age", "-r", centre.device_keys.age_recipient(), "-o", str(copy)],
            input=plain,
            check=True,
        )
        r = centre.receiver()
        r.receive(copy)
        with pytest.raises(BundleRejected) as err:  # names a file the centre has not seen
            r.receive(V1 / "2.humdoc")
        assert err.value.reason == "fork"
        assert r.receive(V1 / "1.humdoc")["already_received"] is True
        assert r.receive(V1 / "2.humdoc")["warnings"] == []
    finally:
        centre.close()
