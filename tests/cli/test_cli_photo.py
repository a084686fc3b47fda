"""Photo evidence from the command line: HEIC orientation in show and in a bundle, raw files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import ExifTags, Image

from humdoc.core.media._imaging import decode_pixels
from tests.cli.helpers import Cli
from tests.core.media.test_media_heic_orientation import expected_display, make_heic
from tests.core.media.test_media_raw import make_raw


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


def test_heic_orientation_is_shown_and_travels_in_the_record_not_in_the_copy(
    pair: tuple[Cli, Cli], tmp_path: Path
) -> None:
    field, centre = pair
    case = field.ok("case", "new", "Phone photos")["id"]
    photo = tmp_path / "samsung.heic"
    photo.write_bytes(make_heic(0, None, 6))  # EXIF Orientation 6, no rotation box
    (item,) = field.ok("media", "import", case, str(photo), "--policy", "evidence")["imported"]
    shown = field("media", "show", item["id"])
    assert shown.code == 0 and "Orientation (EXIF): 6" in shown.out
    assert field.ok("media", "show", item["id"])["metadata"]["orientation"] == 6
    bundle = tmp_path / "photos.humdoc"
    field.ok("export", case, "--to", "Centre", "--out", str(bundle), "--policy", "evidence")
    centre.ok("receive", str(bundle))
    received = centre.ok("media", "show", item["id"])
    assert received["metadata"]["orientation"] == 6
    copy = tmp_path / "copy.png"
    centre.ok("media", "extract", item["id"], "--out", str(copy), "--original")
    assert decode_pixels(copy.read_bytes()) == expected_display(0, None)
    with Image.open(copy) as png:
        assert ExifTags.Base.Orientation not in png.getexif()


def test_importing_a_dng_says_at_once_it_can_leave_only_under_keep(
    pair: tuple[Cli, Cli], tmp_path: Path
) -> None:
    field, _ = pair
    case = field.ok("case", "new", "Raw")["id"]
    dng = tmp_path / "IMG_0001.DNG"
    dng.write_bytes(make_raw())
    for policy in ("keep", "strip"):
        result = field("media", "import", case, str(dng), "--policy", policy)
        assert result.code == 0, result.err
        assert "Raw camera files cannot be cleaned" in result.out + result.err, policy
    extracted = tmp_path / "again.dng"
    item = field.ok("media", "import", case, str(dng))["imported"][0]
    field.ok("media", "extract", item["id"], "--out", str(extracted), "--original")
    assert extracted.read_bytes() == dng.read_bytes()  # sealed as it is, never its preview
