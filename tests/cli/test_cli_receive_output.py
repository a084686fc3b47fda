"""What receive prints: a rejection once, counts in good English."""

from __future__ import annotations

from pathlib import Path

from tests.cli.helpers import Cli
from tests.cli.test_cli_output import pair  # noqa: F401 (the field and centre fixture)


def test_a_rejected_bundle_is_said_once_and_counts_read_well(
    pair: tuple[Cli, Cli],  # noqa: F811
    tmp_path: Path,
) -> None:
    field, centre = pair
    case = field.ok("case", "new", "Market")
    statement = tmp_path / "s.txt"
    statement.write_text("Taken at dawn.", encoding="utf-8")
    field.ok(
        "testimony", "add", case["id"], "--witness", "W-014",
        "--statement-file", str(statement), "--consent", "record,share-centre",
    )  # fmt: skip
    out = tmp_path / "b1.humdoc"
    made = field("export", case["id"], "--to", "Centre", "--out", str(out))
    assert made.code == 0, made.err
    assert "Carried: 1 testimony, 0 media files" in made.out

    got = centre("receive", str(out))
    assert got.code == 0
    assert "1 case, 1 testimony, 0 media files." in got.out

    bad = tmp_path / "bad.humdoc"
    data = bytearray(out.read_bytes())
    data[500] ^= 0xFF
    bad.write_bytes(bytes(data))
    r = centre("receive", str(bad))
    assert r.code == 9
    assert r.err.count("\n") == 1 and "could not be decrypted" in r.err
    assert "could not be decrypted" not in r.out  # said once, not twice

    both = centre("receive", str(bad), str(tmp_path / "missing.humdoc"))
    assert both.code != 0
    assert both.out.count("could not be decrypted") == 1  # listed per bundle…
    assert "2 bundles were rejected" in both.err  # …and summed up once
