"""Video cleaning, checked by independent tools: ffmpeg stream hashes, ffprobe, exiftool, raw bytes."""

from __future__ import annotations

import io
import json
import struct
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humdoc.core.errors import MalformedMedia, OperationCancelled, PolicyRefused
from humdoc.core.media import Policy, can_leave, make_derivative, sniff
from humdoc.core.media.bmff import BytesSource
from humdoc.core.media.policy import clean_stream
from humdoc.core.media.videometa import describe
from tests.core.media import videokit as vk


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("video")


@pytest.fixture(scope="module")
def phone(work: Path) -> Path:
    """A video loaded with location, device, serial, a name and markers everywhere."""
    return vk.plant(vk.make_video(work / "phone.mp4", subtitles=True, chapters=True, rotate=90))


def clean(path: Path, policy: str) -> tuple[Path, tuple[str, ...]]:
    data = path.read_bytes()
    deriv = make_derivative(data, sniff(data[:4096]), Policy(policy))
    out = path.with_name(f"{path.stem}.{policy}{path.suffix}")
    out.write_bytes(deriv.data)
    assert deriv.mtype == sniff(data[:4096]) and not deriv.converted
    return out, deriv.removed


def test_planted_video_carries_everything_before(phone: Path) -> None:
    """The oracle sees what was planted: otherwise the tests below would prove nothing."""
    dump = vk.exiftool_dump(phone)
    raw = phone.read_bytes()
    for marker in vk.MARKERS:
        assert marker in raw, marker
    for marker in (b"Jane Witness", b"48.8584", b"HUMDOC-MARKER-7F3K", b"MarkerMake"):
        assert marker.decode() in dump
    assert vk.probe_streams(phone) == ["video", "audio", "subtitle", "data", "data"]


@pytest.mark.parametrize("policy", ["strip", "evidence"])
def test_clean_copy_keeps_streams_and_loses_every_marker(phone: Path, policy: str) -> None:
    out, removed = clean(phone, policy)
    assert vk.stream_hashes(out) == vk.stream_hashes(phone)
    assert vk.probe_streams(out) == ["video", "audio"]
    assert vk.decodes_cleanly(out)
    raw, dump = out.read_bytes(), vk.exiftool_dump(out)
    for marker in vk.MARKERS:
        assert marker not in raw, marker
        assert marker.decode() not in dump, marker
    for marker in vk.DEVICE:
        assert (marker in raw) is (policy == "evidence"), marker
    tags = json.loads(dump)[0]
    if policy == "evidence":
        assert tags["UserData:Make"] == "MarkerMake"
        assert tags["UserData:Model"] == "MarkerModel"
        assert tags["QuickTime:CreateDate"] == "2026:01:02 03:04:05"
    else:
        assert tags["QuickTime:CreateDate"] == "0000:00:00 00:00:00"
        assert not [k for k in tags if k.startswith("UserData:")]
    assert "GPS" not in dump and "Jane" not in dump
    for what in (
        "udta ©xyz (location)",
        "meta item com.apple.quicktime.location.ISO6709",
        "meta item com.apple.quicktime.content.identifier",
        "track 99 (timed metadata, 'gpmd' samples)",
        "track 3 (subtitle, 'tx3g' samples)",
        "top-level box 'uuid' (XMP or vendor data)",
        "top-level box 'skip' (50 bytes)",
        "udta CAME (camera serial)",
    ):
        assert what in removed
    assert any(r.startswith("track reference 'chap'") for r in removed)
    assert ("make and model written back (udta ©mak, ©mod)" in removed) is (policy == "evidence")


def test_rotation_survives_both_policies(phone: Path) -> None:
    for policy in ("strip", "evidence"):
        out, _ = clean(phone, policy)
        probe = subprocess.run(
            ["ffprobe", "-v", "error", "-show_streams", "-of", "json", str(out)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        video = json.loads(probe)["streams"][0]
        assert abs(video["side_data_list"][0]["rotation"]) == 90


def test_describe_reports_tracks_device_and_location(phone: Path) -> None:
    info = describe(BytesSource(phone.read_bytes()))
    assert info["gps"]["lat"] == pytest.approx(48.8584)
    assert info["gps"]["lon"] == pytest.approx(2.2945)
    assert (info["make"], info["model"]) == ("MarkerMake", "MarkerModel")
    assert info["capture_time"] == "2026-01-02T03:04:05+00:00"
    assert info["duration"] == pytest.approx(2.0, abs=0.1)
    assert (info["width"], info["height"], info["rotation"]) == (320, 240, 270)
    handlers = [(t["handler"], t["codec"]) for t in info["tracks"]]
    assert ("vide", "avc1") in handlers and ("soun", "mp4a") in handlers
    assert ("meta", "gpmd") in handlers and ("sbtl", "tx3g") in handlers
    assert "48.8584" not in json.dumps(info["tags"])  # location only under gps / gps_tags


def _hash_clean(path: Path) -> list[str]:
    out, _ = clean(path, "strip")
    assert vk.decodes_cleanly(out)
    return vk.stream_hashes(out)


def test_faststart_mov(work: Path) -> None:
    mov = vk.make_video(work / "fast.mov", faststart=True)
    assert _hash_clean(mov) == vk.stream_hashes(mov)


def test_size_zero_last_mdat_and_64_bit_header(work: Path) -> None:
    src = vk.make_video(work / "f2.mp4", faststart=True)
    data = bytearray(src.read_bytes())
    at = data.index(b"mdat") - 4
    zero = bytes(data)
    zero = zero[:at] + b"\x00\x00\x00\x00" + zero[at + 4 :]
    p0 = work / "zero.mp4"
    p0.write_bytes(zero)
    # The 8-byte free box ffmpeg leaves before mdat becomes room for a 64-bit size: no offset moves.
    assert data[at - 8 : at] == struct.pack(">I4s", 8, b"free")
    size = len(data) - at + 8
    wide = bytes(data[: at - 8]) + struct.pack(">I4sQ", 1, b"mdat", size) + bytes(data[at + 8 :])
    p1 = work / "wide.mp4"
    p1.write_bytes(wide)
    for p in (p0, p1):
        assert vk.stream_hashes(p) == vk.stream_hashes(src)
        assert _hash_clean(p) == vk.stream_hashes(src)


def test_fragmented_mp4_is_refused(work: Path) -> None:
    src = vk.make_video(work / "plain.mp4")
    frag = work / "frag.mp4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-i", str(src), "-c", "copy", "-movflags",
         "frag_keyframe+empty_moov", str(frag)],
        check=True,
    )  # fmt: skip
    with pytest.raises(PolicyRefused, match="fragmented"):
        clean(frag, "strip")


@pytest.mark.parametrize(
    ("suffix", "words"), [(".mkv", "EBML"), (".webm", "EBML"), (".avi", "RIFF")]
)
def test_other_containers_are_refused_naming_what_is_needed(
    work: Path, suffix: str, words: str
) -> None:
    src = vk.make_video(work / "plain2.mp4")
    other = work / f"other{suffix}"
    codecs = ["-c:v", "libvpx", "-c:a", "libopus"] if suffix == ".webm" else ["-c", "copy"]
    if suffix == ".avi":
        codecs = ["-c:v", "mpeg4", "-c:a", "libmp3lame"]
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-i", str(src), "-t", "0.5", *codecs, str(other)],
        check=True,
    )
    data = other.read_bytes()
    mtype = sniff(data[:4096])
    assert mtype.kind == "video"
    reason = can_leave(mtype, Policy.EVIDENCE)
    assert reason is not None and words in reason
    with pytest.raises(PolicyRefused, match=words):
        make_derivative(data, mtype, Policy.EVIDENCE)
    assert make_derivative(data, mtype, Policy.KEEP).data == data


def _patch_first(data: bytes, kind: bytes, payload_at: int, value: bytes) -> bytes:
    at = data.index(kind) + 4 + payload_at
    return data[:at] + value + data[at + len(value) :]


def test_chunk_outside_media_data_is_refused(work: Path) -> None:
    data = vk.make_video(work / "o.mp4", faststart=True).read_bytes()
    bad = _patch_first(data, b"stco", 8, struct.pack(">I", len(data) + 10))
    with pytest.raises(PolicyRefused, match="outside the media data"):
        make_derivative(bad, sniff(bad[:4096]), Policy.STRIP)


def test_external_data_reference_is_refused(work: Path) -> None:
    data = vk.make_video(work / "e.mp4", faststart=True).read_bytes()
    at = data.index(b"url ")
    bad = data[: at + 4] + b"\x00\x00\x00\x00" + data[at + 8 :]
    with pytest.raises(PolicyRefused, match="another file"):
        make_derivative(bad, sniff(bad[:4096]), Policy.STRIP)


def test_cut_off_video_is_malformed(work: Path) -> None:
    data = vk.make_video(work / "cut.mp4", faststart=True).read_bytes()
    with pytest.raises(MalformedMedia):
        make_derivative(data[: len(data) // 2], sniff(data[:4096]), Policy.STRIP)


def test_cancel_stops_and_progress_counts(work: Path) -> None:
    data = vk.make_video(work / "c.mp4").read_bytes()
    seen: list[tuple[int, int]] = []
    out = io.BytesIO()
    clean_stream(
        BytesSource(data),
        sniff(data[:4096]),
        Policy.STRIP,
        out.write,
        lambda d, t: seen.append((d, t)),
    )
    assert seen and seen[-1][0] == seen[-1][1] == len(out.getvalue())
    with pytest.raises(OperationCancelled):
        clean_stream(
            BytesSource(data),
            sniff(data[:4096]),
            Policy.STRIP,
            io.BytesIO().write,
            cancelled=lambda: True,
        )


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_damaged_index_gives_a_named_error_only(work: Path, data: st.DataObject) -> None:
    path = work / "fuzz.mp4"
    if not path.exists():
        vk.make_video(path, seconds=0.5, faststart=True)
    raw = bytearray(path.read_bytes())
    moov = raw.index(b"moov")
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(moov - 4, moov + 2000))
        raw[at] = data.draw(st.integers(0, 255))
    try:
        make_derivative(bytes(raw), sniff(bytes(raw[:4096])), Policy.STRIP)
        describe(BytesSource(bytes(raw)))
    except (MalformedMedia, PolicyRefused):
        pass
