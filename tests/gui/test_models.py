"""The table models: Qt's model contract (qtmodeltester), paging, contents, clearing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from humdoc.core.session import Session
from humdoc.gui.models import (
    ID_ROLE,
    CasesModel,
    IncidentsModel,
    SearchModel,
    TestimoniesModel,
    excerpt,
)


def _fill(session: Session) -> str:
    for i in range(5):
        session.cases.create(f"Case {i}", f"description {i}")
    case = session.cases.list()[0]
    inc = session.cases.add_incident(case.id, "Raid", "", "2024-01-02", "2024-01-03", "District 4")
    for i in range(3):
        session.testimonies.add(
            case.id,
            f"W-{i:03}",
            f"Statement number {i} about the raid",
            language="en",
            consent=("record", "share-centre"),
            incidents=(inc.id,),
        )
    return case.id


def test_cases_model_contract_and_paging(session: Session, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _fill(session)
    model = CasesModel(page_size=2)
    model.set_session(session)
    assert model.rowCount() == 2
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 5
    titles = {model.index(r, CasesModel.Column.TITLE).data() for r in range(5)}
    assert titles == {f"Case {i}" for i in range(5)}
    assert model.index(0, CasesModel.Column.STATUS).data() == "Open"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Case"
    first = model.record(0)
    assert model.index(0, 0).data(ID_ROLE) == first.id
    assert model.row_of(first.id) == 0


def test_cases_model_without_session_is_empty(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = CasesModel()
    model.set_session(None)
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_testimonies_model(session: Session, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    case_id = _fill(session)
    model = TestimoniesModel(page_size=2)
    model.set_case(session, case_id)
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 3
    witnesses = {model.index(r, TestimoniesModel.Column.WITNESS).data() for r in range(3)}
    assert witnesses == {"W-000", "W-001", "W-002"}
    assert model.index(0, TestimoniesModel.Column.CONSENT).data() == "record, share-centre"
    assert "about the raid" in model.index(0, TestimoniesModel.Column.STATEMENT).data()
    model.clear()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_incidents_model(session: Session, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    case_id = _fill(session)
    model = IncidentsModel()
    model.set_case(session, case_id)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, IncidentsModel.Column.WHEN).data() == "2024-01-02 – 2024-01-03"
    assert model.index(0, IncidentsModel.Column.LOCATION).data() == "District 4"
    model.set_case(session, None)
    assert model.rowCount() == 0


def test_search_model(session: Session, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _fill(session)
    model = SearchModel()
    model.set_records(session.search("raid"))
    qtmodeltester.check(model)
    kinds = {model.index(r, SearchModel.Column.KIND).data() for r in range(model.rowCount())}
    assert kinds == {"Incident", "Testimony"}
    assert all(model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount()))


def test_excerpt_cuts_long_text_to_one_line() -> None:
    assert excerpt("a\nb") == "a b"
    assert excerpt("x" * 200, 10) == "x" * 9 + "…"
