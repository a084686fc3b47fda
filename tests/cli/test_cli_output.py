"""Nothing the command line prints can drive the terminal: record text is shown, never obeyed."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from PIL import Image

from humdoc.cli.output import safe_json, safe_text, table
from humdoc.core.session import Session
from tests.cli.helpers import Cli

ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x9b31m\x7f\u202eevil\u2066"
# Everything a terminal acts on: C0 (but tab and line feed), DEL, C1, bidi overrides/isolates.
UNSAFE = {chr(c) for c in [*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]} | set(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def assert_safe(text: str) -> None:
    found = sorted({f"U+{ord(c):04X}" for c in text if c in UNSAFE})
    assert not found, f"printed raw: {found}"


def test_safe_text_escapes_what_a_terminal_acts_on_and_keeps_the_rest() -> None:
    text = "Témoin W-017: «شاهد» 证人\n\tline two " + ESCAPES + " \ud800"
    shown = safe_text(text)
    assert_safe(shown)
    assert "\\x1b[2J" in shown and "\\u202e" in shown and "\\x9b" in shown and "\\ud800" in shown
    assert shown.startswith("Témoin W-017: «شاهد» 证人\n\tline two ")
    one = safe_text("a\nb\tc\rd", one_line=True)
    assert one == "a\\x0ab\\x09c\\x0dd"
    assert safe_text(safe_text(ESCAPES)) == safe_text(ESCAPES)  # escaping twice changes nothing
    rows = table([["c-1", "Title\nFAKE LINE\x1b[1A"]], ["ID", "TITLE"])
    assert len(rows) == 3 and all("\n" not in r for r in rows)
    assert_safe("".join(rows))


def test_safe_json_is_the_same_data_with_nothing_raw() -> None:
    data = {"title": ESCAPES, "statement": "ok\nfine", "n": [1, None, True]}
    text = safe_json(data)
    assert_safe(text)
    assert json.loads(text) == data


@pytest.fixture
def pair(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cli_field_vault: Path,
    cli_centre_vault: Path,
) -> tuple[Cli, Cli]:
    field = Cli(tmp_path / "field", capsys, monkeypatch)
    centre = Cli(tmp_path / "centre", capsys, monkeypatch)
    field.init_from(cli_field_vault)
    centre.init_from(cli_centre_vault)
    field.ok("recipients", "add", "Centre", centre.ok("keys", "show")["age_recipient"])
    pub = tmp_path / "laptop.pub"
    pub.write_text(field.ok("keys", "show")["minisign_public"])
    centre.ok("devices", "enrol", "Laptop", str(pub))
    return field, centre


def test_titles_statements_and_camera_metadata_print_as_escapes(
    pair: tuple[Cli, Cli], tmp_path: Path
) -> None:
    field, centre = pair
    refused = field("case", "new", "Title " + ESCAPES)  # refused where it is typed, safely
    assert refused.code == 2 and refused.err.count("\n") == 1 and "control character" in refused.err
    assert_safe(refused.err)
    case = field.ok("case", "new", "Title")
    # A title stored by an older version, before entry refused control characters.
    with (
        Session.open(field.vault, os.environ["HUMDOC_PASSPHRASE"].encode()) as s,
        s.db.transaction() as db,
    ):
        db.execute("UPDATE cases SET title = ? WHERE id = ?", ("Title " + ESCAPES, case["id"]))
    for args in (("case", "list"), ("case", "show", case["id"])):
        shown = field(*args)
        assert shown.code == 0
        assert_safe(shown.out)
        assert "\\x1b[2J" in shown.out
        as_json = field("--json", *args)
        assert_safe(as_json.out)
        doc = as_json.json()
        assert (doc["cases"][0] if "cases" in doc else doc)["title"] == "Title " + ESCAPES

    # A camera may write anything into its tags; a bundle carries them under "keep".
    photo = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x010F] = "Cam\x1b[2J\x1b]0;pwned\x07era"  # Make
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, "JPEG", exif=exif)
    photo.write_bytes(buffer.getvalue())
    clean = field.ok("case", "new", "Photos")
    item = field.ok("media", "import", clean["id"], str(photo), "--policy", "keep")
    item_id = item["imported"][0]["id"]
    out = tmp_path / "b.humdoc"
    field.ok("export", clean["id"], "--to", "Centre", "--out", str(out), "--policy", "keep")
    assert centre.ok("receive", str(out))
    shown = centre("media", "show", item_id)
    assert shown.code == 0, shown.err
    assert_safe(shown.out)
    assert "Camera: Cam\\x1b[2J\\x1b]0;pwned\\x07era" in shown.out


def test_an_error_quoting_what_the_user_gave_is_one_safe_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    centre = Cli(tmp_path / "centre", capsys, monkeypatch)
    centre.ok("init", "--role", "centre")
    result = centre("verify", "x\x1b[2J\rhumdoc: verified OK\n.humdoc")
    assert result.code != 0
    assert result.err.count("\n") == 1
    assert_safe(result.err)
    assert "\\x1b[2J\\x0dhumdoc: verified OK .humdoc" in result.err
