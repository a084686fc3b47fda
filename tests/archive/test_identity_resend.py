"""A witness's identity sent again: the later bundle's replaces the one the archive holds (a new
contact number must reach the protection officer), an earlier bundle's arriving late does not,
as in a centre vault."""

from __future__ import annotations

import psycopg

from humdoc.core.archive import store
from humdoc.core.domain.identities import IdentityRecord
from tests.archive.conftest import archive, pg  # noqa: F401 - fixtures
from tests.archive.receiving import FIELD_IDS, WITNESS_NAME, Intake
from tests.archive.receiving import intake as w  # noqa: F401 - the fixture


def _new_contact(w: Intake, contact: str) -> None:  # noqa: F811 - the fixture's name
    with w.field.identities.open(FIELD_IDS) as comp:
        comp.set(w.witness_id, IdentityRecord(WITNESS_NAME, contact, "moved to the river quarter"))


def _held(w: Intake) -> dict[str, str]:  # noqa: F811
    with w.session("prot1") as prot:
        return dict(store.read_identity(prot.conn, prot.keys, w.witness_id))


def test_a_later_bundles_identity_replaces_the_one_held(w: Intake) -> None:  # noqa: F811
    first = w.export(identity=True)
    _new_contact(w, "+1 555 0199")
    second = w.export(identity=True)
    s, receiver = w.receiver()
    with s:
        receiver.receive(first)
        assert _held(w)["contact"] == "+1 555 0100"
        summary = receiver.receive(second)
    assert summary["identities"] == 1
    held = _held(w)
    assert held["contact"] == "+1 555 0199" and held["notes"] == "moved to the river quarter"
    assert held["name"] == WITNESS_NAME
    with psycopg.connect(w.archive.dba_url) as conn:  # one row, naming the later bundle
        rows = conn.execute("SELECT rank FROM identities").fetchall()
    assert rows == [(2,)]


def test_an_earlier_bundles_identity_arriving_late_does_not_replace_it(w: Intake) -> None:  # noqa: F811
    first = w.export(identity=True)
    _new_contact(w, "+1 555 0199")
    second = w.export(identity=True)
    s, receiver = w.receiver()
    with s:
        receiver.receive(second)
        late = receiver.receive(first)
    assert ("identity", w.witness_id) in {(o["kind"], o["id"]) for o in late["older_versions"]}
    assert _held(w)["contact"] == "+1 555 0199"
