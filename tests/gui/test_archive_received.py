"""The archive window over what a real receiver imported from a real field bundle.

``tests.archive.demo`` writes records by hand; these tests send a field vault's bundle through
``ArchiveReceiver`` instead, so that the window is checked against the fields a bundle really
carries (a testimony has no title: it is listed by its witness's code and interview date; a
media item has no file name: it is listed by its kind and type).
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from humdoc.core.archive import store
from humdoc.gui.archive_window import ArchiveWindow
from tests.archive.conftest import archive, pg  # noqa: F401 - fixtures
from tests.archive.receiving import Intake
from tests.archive.receiving import intake as w  # noqa: F401 - the fixture


def _received(w: Intake) -> str:  # noqa: F811 - the fixture's name
    """Export the field's case (with a second testimony, dated) and receive it; the code the
    field gave the dated testimony's witness."""
    dated = w.field.testimonies.add(
        w.case_id, "W-207", "They were taken to the old mill at dawn.",
        consent=["record", "share-centre"], interview_date="2026-11-03", language="en",
    )  # fmt: skip
    session, receiver = w.receiver()
    with session:
        receiver.receive(w.export())
    return w.field.testimonies.get(dated.id).witness_code  # "W-207", as the field keeps it


def _window(qtbot: QtBot, w: Intake) -> ArchiveWindow:  # noqa: F811
    win = ArchiveWindow(w.session("ana1"), "postgresql://archive")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: win.cases_model.rowCount() > 0, timeout=10_000)
    return win


def _cells(model: object, column: int) -> list[str]:
    rows = model.rowCount()  # type: ignore[attr-defined]
    return [str(model.data(model.index(r, column))) for r in range(rows)]  # type: ignore[attr-defined]


def test_a_received_case_lists_witness_codes_dates_and_media_kinds(
    qtbot: QtBot,
    w: Intake,  # noqa: F811
) -> None:
    code = _received(w)
    win = _window(qtbot, w)
    with qtbot.waitSignal(win.updated, timeout=10_000, check_params_cb=lambda t: t == "case"):
        win.cases_view.selectRow(0)
    assert win.case_title.text() == "Checkpoint"
    witnesses = _cells(win.testimonies_model, 0)
    assert sorted(witnesses) == sorted(["W-001", code])  # codes, never "—" or a person's id
    dated = witnesses.index(code)
    assert "2026" in _cells(win.testimonies_model, 1)[dated]
    assert _cells(win.testimonies_model, 2)[dated] == "en"
    assert _cells(win.media_model, 0) == ["image · PNG"]
    assert _cells(win.media_model, 1)[0] not in ("", "—")  # its size
    win.lock()


def test_a_search_hit_is_named_and_opens_in_its_case(qtbot: QtBot, w: Intake) -> None:  # noqa: F811
    code = _received(w)
    win = _window(qtbot, w)
    win.search_edit.setText("mill")
    with qtbot.waitSignal(win.updated, timeout=10_000, check_params_cb=lambda t: t == "search"):
        win.search()
    labels = _cells(win.results_model, 0)
    assert len(labels) == 1 and labels[0].startswith(code + " · ")
    with qtbot.waitSignal(win.updated, timeout=10_000, check_params_cb=lambda t: t == "case"):
        win.results_view.selectRow(0)
    assert win.case_title.text() == "Checkpoint"  # the hit's case, not "Choose a case"
    assert win.read_button.isVisibleTo(win)
    assert code in win.detail.toPlainText()
    win.lock()


def test_summaries_of_a_received_bundle_hold_what_listings_show(w: Intake) -> None:  # noqa: F811
    code = _received(w)
    with w.session("ana1") as ana:
        testimonies = store.with_witness_codes(
            ana.conn, ana.keys, store.list_records(ana.conn, ana.keys, "testimonies")
        )
        by_code = {t.summary.get("witness_code"): t.summary for t in testimonies}
        assert set(by_code) == {"W-001", code}
        assert by_code[code]["interview_date"].startswith("2026-11-03")
        assert "statement" not in by_code[code]  # read with a log entry, never listed
        (media,) = store.list_records(ana.conn, ana.keys, "media")
        assert media.summary["kind"] == "image" and media.summary["mime"] == "image/png"
        assert media.summary["size"] > 0 and media.summary["policy"] == "strip"
        persons = store.summaries(ana.conn, ana.keys, "persons", [by_code[code]["witness_id"]])
        assert [p.summary["code"] for p in persons] == [code]


def test_the_custody_view_gives_the_chains_verdict(qtbot: QtBot, w: Intake) -> None:  # noqa: F811
    _received(w)
    win = _window(qtbot, w)
    with qtbot.waitSignal(win.updated, timeout=10_000, check_params_cb=lambda t: t == "case"):
        win.cases_view.selectRow(0)
    with qtbot.waitSignal(win.updated, timeout=10_000, check_params_cb=lambda t: t == "summary"):
        win.testimonies_view.selectRow(0)
    with qtbot.waitSignal(win.updated, timeout=10_000, check_params_cb=lambda t: t == "custody"):
        win.custody_button.click()
    text = win.detail.toPlainText()
    assert "Chain verified" in text and "received by" in text  # the archive's own entry too
    win.lock()
