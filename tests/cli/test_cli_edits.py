"""Edits and deletions from the command line: what the GUI can do, the CLI can do too."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import Cli


@pytest.fixture
def cli(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cli_field_vault: Path,
) -> Cli:
    c = Cli(tmp_path / "vault", capsys, monkeypatch)
    c.init_from(cli_field_vault)
    return c


def test_case_edit_including_policy(cli: Cli) -> None:
    case = cli.ok("case", "new", "Draft title", "--policy", "strip")
    edited = cli.ok("case", "edit", case["id"], "--title", "Final title", "--status", "closed")
    assert (edited["title"], edited["status"], edited["policy"]) == (
        "Final title",
        "closed",
        "strip",
    )
    assert cli.ok("case", "edit", case["id"], "--vault-policy")["policy"] is None
    assert cli.ok("case", "edit", case["id"], "--policy", "keep")["policy"] == "keep"
    assert cli("case", "edit", case["id"], "--title", " ").code == 2


def test_incident_edit_and_delete(cli: Cli) -> None:
    case = cli.ok("case", "new", "c")
    inc = cli.ok(
        "incident", "add", case["id"], "Raid", "--from", "2026-01-02", "--location", "North"
    )
    edited = cli.ok(
        "incident", "edit", inc["id"], "--location", "North district", "--to", "2026-01-03"
    )
    assert (edited["location"], edited["occurred_to"], edited["occurred_from"]) == (
        "North district",
        "2026-01-03",
        "2026-01-02",
    )
    assert [h["ref"] for h in cli.ok("search", "district")["hits"]] == [inc["id"]]
    cli.ok("incident", "delete", inc["id"])
    assert cli.ok("case", "show", case["id"])["incidents"] == []
    assert cli.ok("search", "district")["hits"] == []


def test_testimony_edit_replaces_lists_and_statement(cli: Cli, tmp_path: Path) -> None:
    case = cli.ok("case", "new", "c")
    s = tmp_path / "s.txt"
    s.write_text("first telling")
    t = cli.ok(
        "testimony", "add", case["id"], "--witness", "W-1", "--statement-file", str(s),
        "--tag", "a", "--violation", "03.01",
    )  # fmt: skip
    s.write_text("second telling")
    edited = cli.ok(
        "testimony", "edit", t["id"], "--statement-file", str(s), "--tag", "b", "--language", "fr"
    )
    assert (edited["statement"], edited["tags"], edited["language"]) == (
        "second telling",
        ["b"],
        "fr",
    )
    assert edited["violations"] == ["03.01"]  # not given: unchanged
    assert cli.ok("search", "telling")["hits"][0]["snippet"].startswith("second")
    custody = cli.ok("custody", t["id"])
    assert [e["fields"]["action"] for e in custody["events"]] == ["intake", "edit"]


def test_media_delete_and_recipient_remove(cli: Cli, corpus: Path) -> None:
    case = cli.ok("case", "new", "c")
    item = cli.ok("media", "import", case["id"], str(corpus / "exif-samples/jpg/Canon_40D.jpg"))
    item_id = item["imported"][0]["id"]
    cli.ok("media", "delete", item_id)
    assert cli.ok("media", "list", case["id"])["items"] == []
    assert cli("media", "show", item_id).code == 3
    cli.ok(
        "recipients",
        "add",
        "Centre",
        "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
    )
    cli.ok("recipients", "remove", "Centre")
    assert cli.ok("recipients", "list")["recipients"] == []
