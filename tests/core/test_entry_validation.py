"""What the centre refuses is refused where it is typed, and never leaves in a bundle.

The centre checks every received record (humdoc.core.exchange.schema); a field device that let
a control character into a title or statement would write a bundle that travels for days to be
refused. Entry refuses it with a one-line reason, and export checks its own records against the
centre's schema before it burns a sequence number or writes a byte.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from humdoc.core.errors import InvalidInput
from humdoc.core.session import Session
from tests.core.exchange_helpers import make_pair

ESC = "\x1b[2J"


@pytest.mark.parametrize("bad", [ESC, "\x00", "\x7f", "\x85", "\ud800", "a\rb"])
def test_control_characters_are_refused_in_one_line_fields(session: Session, bad: str) -> None:
    with pytest.raises(InvalidInput, match="control character") as info:
        session.cases.create("Title " + bad + " end")
    assert "\n" not in str(info.value)
    case = session.cases.create("A clean title")
    with pytest.raises(InvalidInput, match="control character"):
        session.cases.update(case.id, title="Edited " + bad + " end")
    with pytest.raises(InvalidInput, match="control character"):
        session.cases.add_incident(case.id, "Incident", location="Square " + bad + " end")
    with pytest.raises(InvalidInput, match="control character"):
        session.testimonies.add(case.id, "W-001", "Statement", interviewer="I " + bad + " end")
    assert [c.title for c in session.cases.list()] == ["A clean title"]


def test_statements_and_descriptions_keep_tabs_and_line_breaks(session: Session) -> None:
    case = session.cases.create("Title", "Line one\nLine two\twith a tab\r\n")
    text = "Paragraph one.\n\n\tIndented paragraph.\r\nA form feed\x0cand a vertical tab\x0b."
    t = session.testimonies.add(case.id, "W-001", text)
    assert session.testimonies.get(t.id).statement == text.strip()
    with pytest.raises(InvalidInput, match="control character"):
        session.testimonies.add(case.id, "W-002", "Bell \x07 in a statement")
    with pytest.raises(InvalidInput, match="control character"):
        session.cases.create("Title", "Escape " + ESC)


def test_export_refuses_a_record_the_centre_would_refuse_and_writes_nothing(
    tmp_path: Path,
) -> None:
    pair = make_pair(tmp_path)
    try:
        # A statement stored by an older version, before entry refused control characters.
        with pair.field.db.transaction() as db:
            db.execute(
                "UPDATE testimonies SET statement = ? WHERE id = ?",
                ("Taken at dawn " + ESC, pair.testimony_id),
            )
        out = tmp_path / "out.humdoc"
        with pytest.raises(InvalidInput, match="centre would refuse") as info:
            pair.field.exporter.export([pair.case_id], ["Centre"], out, "strip")
        assert "\n" not in str(info.value)
        assert list(tmp_path.glob("out*")) == []
        assert not any(p.name.startswith(".tmp-") for p in tmp_path.iterdir())
        # No sequence number was burnt: once corrected, the export is bundle 1.
        pair.field.testimonies.update(pair.testimony_id, statement="Taken at dawn.")
        result = pair.field.exporter.export([pair.case_id], ["Centre"], out, "strip")
        assert result.sequence == 1
        checked = pair.centre.receiver().receive(out)
        assert checked
    finally:
        pair.close()
