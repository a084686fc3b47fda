"""Arrival order never rolls evidence back; a missing bundle is reported by number.

Three bundles carry successive edits of one testimony (statement and consent) and of one media
item's custody (its file changes policy in the last one). In every one of the six orders they
can arrive in, the centre shows the newest of each, keeps every version with the custody chain
it came with, and holds a complete chain of custody that verifies.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from humdoc.core.custody import verify_chain
from humdoc.core.session import Session
from tests.core.exchange_helpers import Pair, make_pair, new_centre

STATEMENTS = (
    "First telling: three men were taken.",
    "Second telling: four men were taken at dawn.",
    "Third telling: four men and a boy were taken at dawn.",
)


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Pair, list[Path]]]:
    tmp = tmp_path_factory.mktemp("arrival")
    pair = make_pair(tmp)
    t = pair.testimony_id
    bundles = [pair.export("1.humdoc", "strip")]
    pair.field.testimonies.update(t, statement=STATEMENTS[1])
    bundles.append(pair.export("2.humdoc", "strip"))
    pair.field.testimonies.update(t, statement=STATEMENTS[2])
    pair.field.testimonies.record_consent(
        t, ["record", "share-centre", "share-accountability"], "Interviewer K."
    )
    bundles.append(pair.export("3.humdoc", "keep"))  # the sealed original this time
    yield pair, bundles
    pair.close()


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_every_arrival_order_shows_the_newest(
    three: tuple[Pair, list[Path]], tmp_path: Path, order: tuple[int, ...]
) -> None:
    pair, bundles = three
    t, m = pair.testimony_id, pair.media_id
    centre = new_centre(tmp_path / "centre", pair.field, pair.centre.device_keys.age_identity())
    try:
        r = centre.receiver()
        held: set[int] = set()
        for n in order:
            summary = r.receive(bundles[n])
            held.add(n + 1)
            top = max(held)
            gaps = ranges([k for k in range(1, top) if k not in held])
            assert summary["missing"] == gaps  # every gap named by number
            assert bool(gaps) == any("have not arrived" in w for w in summary["warnings"])
            assert [o["id"] for o in summary["older_versions"]] == (
                [] if n + 1 == top else [c for c in (pair.case_id, t, m)]
            )
            # After each arrival the newest received so far is current.
            assert centre.testimonies.get(t).statement == STATEMENTS[top - 1]
        assert_newest_everywhere(centre, pair)
        assert_versions_and_custody(centre, pair, bundles)
        assert centre.devices.arrivals(pair.field.device_keys.fingerprint()).missing == []
    finally:
        centre.close()


def ranges(numbers: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for k in numbers:
        if out and out[-1][1] == k - 1:
            out[-1][1] = k
        else:
            out.append([k, k])
    return out


def assert_newest_everywhere(centre: Session, pair: Pair) -> None:
    t, m = pair.testimony_id, pair.media_id
    got = centre.testimonies.get(t)
    assert got.statement == STATEMENTS[2]
    assert got.consent.scopes == ("record", "share-centre", "share-accountability")
    assert [h.ref for h in centre.search("boy")] == [t]
    assert centre.search("three") == []  # only the current version is searchable
    item = centre.media.get(m)
    original = pair.field.media.get(m)
    assert item.metadata["received_under_policy"] == "keep"
    assert item.sealed_sha256 == original.sealed_sha256
    assert centre.media.read_original(m) == pair.field.media.read_original(m)


def assert_versions_and_custody(centre: Session, pair: Pair, bundles: list[Path]) -> None:
    t, m = pair.testimony_id, pair.media_id
    r = centre.receiver()
    versions = r.versions(t)
    assert [v.sequence for v in versions] == [3, 2, 1] and versions[0].current
    assert [v.record["statement"] for v in versions] == list(reversed(STATEMENTS))
    for v in versions:  # each version kept with the custody chain it came with, which verifies
        assert verify_chain(t, v.custody, centre.known_key) == []
        assert len(v.custody) == v.rank
    media = r.versions(m)
    assert [(v.sequence, v.record["policy"]) for v in media] == [
        (3, "keep"),
        (2, "strip"),
        (1, "strip"),
    ]
    # The strip copy of the earlier versions is still held, once, and still decrypts intact.
    copies = {c.copy: c for c in centre.media.stored_copies() if c.item_id == m}
    assert set(copies) == {"original", "received in " + media[2].bundle_id}
    earlier = copies["received in " + media[2].bundle_id]
    with centre.media.open_copy(earlier) as fh:
        data = fh.read()
    assert hashlib.sha256(data).hexdigest() == earlier.sha256 == media[1].record["sha256"]
    centre.sweep()  # an unlock's sweep must not take the earlier version's file for an orphan
    assert earlier.blob_id in set(centre.blobs.ids())
    report = centre.check()  # every attachment, earlier versions' too, decrypted and hashed
    assert report.ok and list(report) == [], [str(f) for f in report]
    field_chain = {e.hash for e in pair.field.custody.chain(t)}
    for item in (t, m):
        chain = centre.custody.chain(item)
        assert verify_chain(item, chain, centre.known_key) == []
        received = [
            e.fields["details"]["sequence"] for e in chain if e.fields["action"] == "received"
        ]
        assert sorted(received) == [1, 2, 3]
    newest_from_field = {e.hash for e in versions[0].custody}
    assert newest_from_field <= {e.hash for e in centre.custody.chain(t)}
    # Everything the device had signed when it wrote bundle 3 reached the centre.
    assert newest_from_field <= field_chain


def test_a_gap_is_reported_by_number_and_closes(tmp_path: Path) -> None:
    pair = make_pair(tmp_path)
    try:
        out = [pair.export(f"{n}.humdoc") for n in range(1, 6)]
        r = pair.centre.receiver()
        r.receive(out[0])
        r.receive(out[1])
        five = r.receive(out[4])
        assert five["missing"] == [[3, 4]]
        assert "Bundles from Laptop 1 that have not arrived (yet): 3–4." in five["warnings"]
        verified = r.verify(out[3])  # verify counts the bundle it checks as held
        assert verified["missing"] == [[3, 3]]
        fp = pair.field.device_keys.fingerprint()
        assert pair.centre.devices.arrivals(fp).missing == [(3, 4)]
        r.receive(out[3])
        arrivals = pair.centre.devices.arrivals(fp)
        assert (arrivals.received, arrivals.last_sequence, arrivals.missing) == (4, 5, [(3, 3)])
    finally:
        pair.close()


def test_records_received_before_versions_were_kept_are_not_rolled_back(tmp_path: Path) -> None:
    """A centre that received bundle 2 before it kept versions (schema < 6) holds no version of
    it; bundle 1 arriving later still does not displace it."""
    pair = make_pair(tmp_path)
    try:
        one = pair.export("1.humdoc")
        pair.field.testimonies.update(pair.testimony_id, statement=STATEMENTS[1])
        two = pair.export("2.humdoc")
        r = pair.centre.receiver()
        r.receive(two)
        pair.centre.db.execute("DELETE FROM received_versions")  # as an older humdoc left it
        summary = r.receive(one)
        assert {o["id"] for o in summary["older_versions"]} == {
            pair.case_id,
            pair.testimony_id,
            pair.media_id,
        }
        assert pair.centre.testimonies.get(pair.testimony_id).statement == STATEMENTS[1]
    finally:
        pair.close()


def test_deleting_a_record_deletes_its_versions(tmp_path: Path) -> None:
    pair = make_pair(tmp_path)
    try:
        pair.centre.receiver().receive(pair.export("1.humdoc"))
        db = pair.centre.db
        assert db.one("SELECT count(*) FROM received_versions WHERE kind = 'testimony'")[0] == 1
        pair.centre.testimonies.delete(pair.testimony_id)
        pair.centre.media.delete(pair.media_id)
        assert (
            db.one(
                "SELECT count(*) FROM received_versions WHERE ref IN (?, ?)",
                (pair.testimony_id, pair.media_id),
            )[0]
            == 0
        )
        assert list(pair.centre.blobs.ids()) == []
    finally:
        pair.close()
