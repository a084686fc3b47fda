"""What audio files say about themselves, as ``media show`` and the window report it."""

from __future__ import annotations

from pathlib import Path

import pytest

from humdoc.core.media import extract_metadata, location_fields, sniff
from humdoc.core.session import Session
from tests.core.media.test_audio_clean import (
    DATE,
    MAKERS,
    NAME,
    _find_markers,
    stream_hash,
)


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_audio_metadata_reports_time_people_and_place(tmp_path: Path, fmt: str) -> None:
    data = MAKERS[fmt](tmp_path)
    meta = extract_metadata(data, sniff(data[:4096]))
    assert meta["errors"] == []
    if fmt == "amr":  # no tags in the format; nothing to report but that
        assert meta["gps"] is None and meta["tags"] == {}
        return
    assert meta["duration"] == pytest.approx(2.0, abs=0.1)
    assert meta["codec"] and meta["channels"] in (1, 2)
    assert str(meta["capture_time"]).startswith(DATE)
    assert meta["artist"] == NAME
    if fmt != "wav":  # WAV has no standard place for coordinates (they sit in free text)
        gps = meta["gps"]
        assert isinstance(gps, dict)
        assert gps["lat"] == pytest.approx(48.8577) and gps["lon"] == pytest.approx(2.295)
        assert meta["gps_tags"]
        assert "48.8577" not in repr({k: v for k, v in meta.items() if k not in location_fields()})


def test_strip_at_intake_seals_audio_without_its_location(session: Session, tmp_path: Path) -> None:
    session.update_settings(strip_at_intake=True)
    case = session.cases.create("Audio")
    path = tmp_path / "voice.m4a"
    path.write_bytes(MAKERS["m4a"](tmp_path))
    item = session.media.import_file(case.id, path)
    sealed = session.media.read_original(item.id)
    assert item.location_removed
    assert stream_hash(sealed) == stream_hash(path.read_bytes())
    assert _find_markers(sealed, tmp_path / "sealed.m4a") == []
    # The rest of the metadata stays in the (encrypted) database, as for photos; no place does.
    assert "48.8577" not in repr(item.metadata) and "48 deg" not in repr(item.metadata)
    assert item.metadata.get("gps") is None
