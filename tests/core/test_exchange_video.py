"""A phone video with location and a GoPro-style clip with telemetry travel field → bundle → centre
under ``evidence``: nothing identifying arrives, and every audio and video stream is byte-identical."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.exchange_helpers import make_pair
from tests.core.media import videokit as vk


def test_videos_travel_under_evidence_clean_and_byte_identical(tmp_path: Path) -> None:
    pair = make_pair(tmp_path)
    try:
        phone = vk.plant(vk.make_video(tmp_path / "IMG_0042.MOV", rotate=90), gpmd=False)
        gopro = vk.plant(vk.make_video(tmp_path / "GX010042.MP4", subtitles=True))
        field = pair.field
        items = {
            path.name: field.media.import_file(
                pair.case_id, path, policy="evidence", testimony_id=pair.testimony_id
            )
            for path in (phone, gopro)
        }
        on_field = field.media.get(items[phone.name].id)
        assert on_field.metadata["gps"]["lat"] == 48.8584  # read at intake, from the sealed copy
        assert [d.policy for d in on_field.derivatives] == ["evidence"]
        assert "udta ©xyz (location)" in on_field.derivatives[0].removed
        gopro_removed = field.media.get(items[gopro.name].id).derivatives[0].removed
        assert "track 99 (timed metadata, 'gpmd' samples)" in gopro_removed

        bundle = pair.export("field.humdoc", policy="evidence")
        summary = pair.centre.receiver().receive(bundle)
        assert summary["media"] == 3  # the two videos and make_pair's photo
        for name, original in ((phone.name, phone), (gopro.name, gopro)):
            item = pair.centre.media.get(items[name].id)
            assert item.metadata.get("gps") is None
            assert "48.8584" not in json.dumps(item.metadata)
            arrived = tmp_path / f"arrived-{name}"
            pair.centre.media.extract(item.id, arrived)
            assert vk.stream_hashes(arrived) == vk.stream_hashes(original)
            assert vk.probe_streams(arrived) == ["video", "audio"]
            assert vk.decodes_cleanly(arrived)
            raw, dump = arrived.read_bytes(), vk.exiftool_dump(arrived)
            for marker in vk.MARKERS:
                assert marker not in raw and marker.decode() not in dump, (name, marker)
            tags = json.loads(dump)[0]
            assert tags["UserData:Make"] == "MarkerMake"  # evidence keeps the device
            assert tags["QuickTime:CreateDate"] == "2026:01:02 03:04:05"
            assert not [k for k in tags if "GPS" in k or k.startswith(("XMP", "Keys:"))]
    finally:
        pair.close()
