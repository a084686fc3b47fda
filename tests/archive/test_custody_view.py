"""``humdoc archive custody`` and the archive window's custody view check the chain as the
vault's do: every hash link and signature, the devices' and the archive's own; an entry an
insider rewrote (sealed anew with the archive key) breaks it."""

from __future__ import annotations

import json

import psycopg
import pytest

from humdoc.cli.app import main
from tests.archive.conftest import archive, pg  # noqa: F401 - fixtures
from tests.archive.receiving import Intake
from tests.archive.receiving import intake as w  # noqa: F401 - the fixture
from tests.conftest import PASSPHRASE


def _custody(w: Intake, capsys: pytest.CaptureFixture[str], item: str) -> tuple[int, dict, str]:  # noqa: F811
    capsys.readouterr()
    try:
        code = main(
            [
                "--json",
                "archive",
                "custody",
                item,
                "--archive",
                w.archive.url(w.archive.role("ana1")),
            ]
        )
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, json.loads(out.out), out.err


def _rewrite_first_entry(w: Intake, item: str) -> None:  # noqa: F811
    with psycopg.connect(w.archive.dba_url) as conn:
        seq, sealed = conn.execute(
            "SELECT seq, event_ct FROM custody_events WHERE item_id = %s ORDER BY seq LIMIT 1",
            (item,),
        ).fetchone()
    with w.session("ana1") as ana:
        event = ana.keys.open_json(bytes(sealed), "custody_events", item, str(seq))
        event["entry"] = event["entry"].replace('"actor":"', '"actor":"someone else, ', 1)
        forged = ana.keys.seal_json(event, "custody_events", item, str(seq))
    with psycopg.connect(w.archive.dba_url) as conn:
        conn.execute(
            "UPDATE custody_events SET event_ct = %s WHERE item_id = %s AND seq = %s",
            (forged, item, seq),
        )


def test_a_received_chain_verifies_and_a_rewritten_entry_breaks_it(
    w: Intake,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HUMDOC_PASSPHRASE", PASSPHRASE.decode())
    s, receiver = w.receiver()
    with s:
        receiver.receive(w.export())
    code, shown, err = _custody(w, capsys, w.testimony_id)
    assert code == 0 and err == "" and shown["verified"] is True and shown["problems"] == []
    actions = [json.loads(e["entry"])["action"] for e in shown["events"]]
    assert actions[-1] == "received" and len(actions) >= 2  # the device's, then the archive's
    _rewrite_first_entry(w, w.testimony_id)
    code, shown, err = _custody(w, capsys, w.testimony_id)
    assert code != 0 and shown["verified"] is False and shown["problems"]
    assert err.count("\n") == 1 and "does not verify" in err  # one line
    code, shown, _ = _custody(w, capsys, w.media_id)  # the other item's chain is untouched
    assert code == 0 and shown["verified"] is True
