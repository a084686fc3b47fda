"""Round trips of every entity, consent, taxonomy, search, deletion without residue."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humdoc.core.domain.search import plan_query
from humdoc.core.domain.testimonies import SCOPES, parse_scopes
from humdoc.core.errors import InvalidInput, NotFound
from humdoc.core.session import Session
from tests.conftest import PASSPHRASE


def test_case_round_trip_update_and_delete(session: Session) -> None:
    case = session.cases.create("Detention centre", "Reports of beatings", policy="strip")
    assert session.cases.get(case.id) == case
    updated = session.cases.update(
        case.id, title="Detention centre B", status="closed", policy=None
    )
    assert (updated.title, updated.status, updated.policy) == ("Detention centre B", "closed", None)
    assert [c.id for c in session.cases.list()] == [case.id]
    session.cases.delete(case.id)
    with pytest.raises(NotFound):
        session.cases.get(case.id)


def test_case_validation(session: Session) -> None:
    with pytest.raises(InvalidInput):
        session.cases.create("   ")
    with pytest.raises(InvalidInput):
        session.cases.create("x", policy="publish")
    case = session.cases.create("x")
    with pytest.raises(InvalidInput):
        session.cases.update(case.id, status="archived")


def test_incident_round_trip(session: Session) -> None:
    case = session.cases.create("Village raid")
    inc = session.cases.add_incident(
        case.id, "Night raid", "Houses burnt", "2026-03-01", None, "North district"
    )
    assert session.cases.incident(inc.id) == inc
    assert session.cases.incidents(case.id) == [inc]
    with pytest.raises(InvalidInput, match="not a date"):
        session.cases.add_incident(case.id, "Bad", occurred_from="yesterday")
    session.cases.delete_incident(inc.id)
    assert session.cases.incidents(case.id) == []


def test_testimony_round_trip_with_links_and_consent(session: Session) -> None:
    case = session.cases.create("Village raid")
    inc = session.cases.add_incident(case.id, "Night raid")
    t = session.testimonies.add(
        case.id,
        "W-017",
        "They came at night.",
        language="ar",
        interview_date="2026-03-04",
        interviewer="Documenter 3",
        consent="record,share-centre",
        violations=["10.01", "04.01"],
        incidents=[inc.id],
        tags=["Night", "raid"],
    )
    got = session.testimonies.get(t.id)
    assert got == t
    assert got.witness_code == "W-017"
    assert got.consent.scopes == ("record", "share-centre")
    assert got.consent.recorded_by == "Documenter 3"
    assert got.violations == ("04.01", "10.01")
    assert got.incidents == (inc.id,)
    assert got.tags == ("night", "raid")
    assert session.persons.find("W-017") is not None
    updated = session.testimonies.update(t.id, statement="They came before dawn.", tags=["dawn"])
    assert updated.statement == "They came before dawn." and updated.tags == ("dawn",)
    assert session.testimonies.list(case.id) == [updated]


def test_consent_is_replaced_and_history_kept(session: Session) -> None:
    case = session.cases.create("c")
    t = session.testimonies.add(case.id, "W-1", "s", consent=["record", "share-centre"])
    session.testimonies.record_consent(t.id, [], "Documenter 1", "witness withdrew")
    assert session.testimonies.consent(t.id).scopes == ()
    history = session.testimonies.consent_history(t.id)
    assert [h.scopes for h in history] == [("record", "share-centre"), ()]
    assert history[-1].note == "witness withdrew"


def test_unknown_references_are_clear_errors(session: Session) -> None:
    case = session.cases.create("c")
    with pytest.raises(NotFound):
        session.testimonies.add("c-nonexistent", "W-1", "s")
    with pytest.raises(InvalidInput, match="Unknown violation code"):
        session.testimonies.add(case.id, "W-1", "s", violations=["99.99"])
    with pytest.raises(InvalidInput, match="consent scope"):
        session.testimonies.add(case.id, "W-1", "s", consent="share-everyone")
    with pytest.raises(InvalidInput, match="Pseudonym code"):
        session.testimonies.add(case.id, "Jane Doe", "s")
    with pytest.raises(InvalidInput, match="statement"):
        session.testimonies.add(case.id, "W-1", "   ")
    assert session.testimonies.count() == 0


def test_person_round_trip_and_guarded_delete(session: Session) -> None:
    p = session.persons.create("V-3", "victim")
    assert session.persons.get(p.id) == p
    with pytest.raises(InvalidInput):
        session.persons.create("V-3", "victim")
    with pytest.raises(InvalidInput):
        session.persons.create("V-4", "bystander")
    case = session.cases.create("c")
    session.testimonies.add(case.id, "V-3", "statement")
    with pytest.raises(InvalidInput):
        session.persons.delete(p.id)


def test_taxonomy_is_hierarchical_and_consistent(session: Session) -> None:
    tax = session.taxonomy()
    top = tax.children(None)
    assert len(top) >= 10
    assert all(tax.children(t.code) for t in top)
    assert tax.require("03.01").label == "Torture"


def test_search_finds_text_titles_incidents_and_tags_but_never_pseudonyms(session: Session) -> None:
    case = session.cases.create("Quarry massacre", "Killings near the quarry")
    session.cases.add_incident(case.id, "Shooting at the gate", location="Eastgate district")
    t = session.testimonies.add(
        case.id,
        "W-SECRETCODE",
        "I hid behind the cistern",
        interviewer="Interviewer Zed",
        tags=["cistern-hiding"],
    )
    assert {h.ref for h in session.search("cistern")} == {t.id}
    assert {h.kind for h in session.search("quarry")} == {"case"}
    assert {h.kind for h in session.search("eastgate")} == {"incident"}
    assert session.search("SECRETCODE") == []
    assert session.search("Zed") == []
    assert session.search("cist")[0].ref == t.id  # prefix search
    assert "[" in session.search("cistern")[0].snippet


@pytest.mark.parametrize("query", ['"', "AND", "a OR", "NEAR(", "*", "title:x", "-x", "'"])
def test_search_never_fails_on_fts_syntax(session: Session, query: str) -> None:
    try:
        session.search(query)
    except InvalidInput:
        pass


@given(st.text(min_size=1, max_size=40))
@settings(
    max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
def test_search_query_sanitiser_never_produces_bad_syntax(session: Session, text: str) -> None:
    try:
        q, _ = plan_query(session.db, text)
    except InvalidInput:
        return
    session.db.all("SELECT 1 FROM search_index WHERE search_index MATCH ?", (q,))


def test_parse_scopes_orders_and_dedupes() -> None:
    assert parse_scopes("share-centre, record,record") == ("record", "share-centre")
    assert parse_scopes(list(reversed(SCOPES))) == SCOPES


def test_deleted_testimony_leaves_no_search_residue(session: Session) -> None:
    case = session.cases.create("c")
    t = session.testimonies.add(case.id, "W-1", "xylophonist testimony text")
    session.testimonies.delete(t.id)
    assert session.search("xylophonist") == []
    rows = session.db.all("SELECT count(*) FROM search_index WHERE body LIKE '%xylophonist%'")
    assert rows[0][0] == 0


def test_data_survives_reopen(session: Session, vault_dir: Path) -> None:
    case = session.cases.create("Persisted")
    t = session.testimonies.add(case.id, "W-9", "persisted statement", consent="record")
    session.close()
    with Session.open(vault_dir, PASSPHRASE) as s:
        assert s.testimonies.get(t.id).statement == "persisted statement"


def test_many_matches_come_newest_first_few_by_relevance(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from humdoc.core.domain import search as search_mod

    monkeypatch.setattr(search_mod, "RANK_LIMIT", 3)
    case = session.cases.create("c")
    ids = [
        session.testimonies.add(case.id, f"W-{i}", f"checkpoint {'checkpoint ' * (5 - i)}").id
        for i in range(5)
    ]
    assert [h.ref for h in session.search("checkpoint", kind="testimony")] == ids[::-1]
    few = [
        session.testimonies.add(case.id, "W-9", t).id for t in ("quarry", "quarry quarry quarry")
    ]
    assert [h.ref for h in session.search("quarry")] == few[::-1]  # more mentions rank higher
    assert search_mod.plan_query(session.db, "checkpoint") == ('"checkpoint"', False)
    assert search_mod.plan_query(session.db, "quar")[1] is True


def test_prefix_and_exact_choice(session: Session) -> None:
    from humdoc.core.domain.search import plan_query

    case = session.cases.create("c")
    session.testimonies.add(case.id, "W-1", "Détention arbitraire à la frontière")
    assert plan_query(session.db, "DÉTEN")[0] == '"deten"*'  # folded like the index folds
    assert plan_query(session.db, "a")[0] == '"a"'
    assert [h.kind for h in session.search("detention frontiere")] == ["testimony"]


def test_a_witness_pseudonym_finds_their_testimonies_without_being_indexed(
    session: Session,
) -> None:
    case = session.cases.create("Market square", "")
    first = session.testimonies.add(case.id, "W-014", "Shots were fired at the fountain")
    second = session.testimonies.add(case.id, "W-014", "The crowd ran to the river")
    other = session.testimonies.add(case.id, "W-015", "Shots again near the fountain")
    for query in ("W-014", "w-014", "  W-014 "):
        hits = session.search(query)
        assert {h.ref for h in hits} == {first.id, second.id}
        assert all(h.kind == "testimony" and "[W-014]" in h.snippet for h in hits)
    # with words besides the code, those words must match that witness's testimonies
    assert [h.ref for h in session.search("W-014 fountain")] == [first.id]
    assert [h.ref for h in session.search("fountain W-015")] == [other.id]
    assert session.search("W-014 unheard") == []
    assert session.search("W-014", kind="case") == []
    # a part of a code finds nothing, and the codes never reach the full-text index
    assert session.search("014") == []
    rows = session.db.all("SELECT title, body, tags FROM search_index")
    assert rows and not any("014" in " ".join(map(str, r)) for r in rows)
