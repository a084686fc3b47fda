"""HEIC/HEIF and TIFF photos converted ahead at intake: on two threads, in order, losing nothing.

An import converts the next convertible files to PNG on a pool of threads while the importing
thread handles one (``humdoc.core.convert_ahead``). These tests import real files through the
real pool and read what the vault holds: each file's outcome is the one converting it on the
importing thread gives (the same report lines, in the given order), every copy decodes to the
source's exact pixels, at most ``AHEAD`` conversions are in flight (counted by the gauge the pool
keeps as it works), a conversion of bytes other than those sealed is not used, and a process
killed while conversions run keeps every file it reported.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pillow_heif
import pytest
from PIL import Image

from humdoc.core.convert_ahead import AHEAD, GAUGE, Ahead, derivative_of
from humdoc.core.errors import HumdocError, OperationCancelled
from humdoc.core.media import HEAD_BYTES, Policy, make_derivative, remove_location, sniff
from humdoc.core.media._imaging import decode_pixels
from humdoc.core.session import Session
from tests.conftest import PASSPHRASE
from tests.core.test_intake_kill import _check_after_kill, _reported

HEIC = "exif-samples/heic/IMG_5195.HEIC"
HEIF = "exif-samples/heic/samplefilehub.heif"
GPS_JPEG = "exif-samples/jpg/gps/DSCN0010.jpg"


@pytest.fixture
def case_id(session: Session) -> str:
    return session.cases.create("Phone photos").id


def _two_image_heic() -> bytes:
    """A HEIC holding two images: its conversion is refused (PolicyRefused)."""
    heif = pillow_heif.from_pillow(Image.new("RGB", (64, 48), "red"))
    heif.add_from_pillow(Image.new("RGB", (64, 48), "blue"))
    out = io.BytesIO()
    heif.save(out, quality=-1)
    return out.getvalue()


def _tiff() -> bytes:
    image = Image.new("RGB", (300, 200))
    image.putdata([(x % 256, y % 256, (x * y) % 256) for y in range(200) for x in range(300)])
    out = io.BytesIO()
    image.save(out, format="TIFF")
    return out.getvalue()


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (40, 30), (10, 200, 30, 128)).save(out, format="PNG")
    return out.getvalue()


def _inline_refusal(data: bytes) -> str:
    """What the report says of a file whose copy cannot be made, made on this thread."""
    try:
        make_derivative(data, sniff(data[:HEAD_BYTES]), Policy.EVIDENCE)
    except HumdocError as exc:
        return f"no evidence copy could be made ({exc}); it can leave only under the keep policy."
    raise AssertionError("the copy was made")


def _copy(session: Session, item_id: str, policy: str = "evidence") -> bytes:
    with session.media.open_derivative(item_id, policy) as reader:
        return reader.read()


def test_a_mixed_batch_imports_in_order_with_each_files_outcome_and_exact_pixels(
    session: Session, case_id: str, corpus: Path, tmp_path: Path
) -> None:
    heic = (corpus / HEIC).read_bytes()
    files = {
        "01-camera.jpg": (corpus / GPS_JPEG).read_bytes(),
        "02-phone.heic": heic,
        "03-broken.heic": heic[:3000],
        "03b-program.jpg": b"MZ" + bytes(4094),  # refused by its type, when looked at ahead too
        "04-drawing.png": _png(),
        "05-phone.heif": (corpus / HEIF).read_bytes(),
        "06-burst.heic": _two_image_heic(),
        "07-scan.tiff": _tiff(),
        "08-phone-again.heic": heic,
    }
    card = tmp_path / "card"
    card.mkdir()
    for name, data in files.items():
        (card / name).write_bytes(data)
    paths = [card / name for name in files]
    GAUGE.reset()

    report = session.media.import_files(case_id, paths, "evidence")

    assert [i.original_name for i in report.imported] == [n for n in files if "program" not in n]
    assert [(name, why.split(":")[0]) for name, why in report.failed] == [
        ("03b-program.jpg", "This file cannot be imported")
    ]
    # The broken file's metadata cannot be read either: said once, as for any broken file.
    assert [(name, why.split(" (")[0]) for name, why in report.warnings] == [
        ("03-broken.heic", "metadata could not be read")
    ]
    # The broken file and the refused one: one line each, in order, worded as when converted on
    # the importing thread.
    assert report.cannot_leave == [
        ("03-broken.heic", _inline_refusal(files["03-broken.heic"])),
        ("06-burst.heic", _inline_refusal(files["06-burst.heic"])),
    ]
    assert all("\n" not in why for _name, why in report.cannot_leave)
    assert "cannot be decoded" in report.cannot_leave[0][1]
    assert "several images" in report.cannot_leave[1][1]
    for item in report.imported:
        source = files[item.original_name]
        assert session.media.read_original(item.id) == source
        if item.original_name in ("03-broken.heic", "06-burst.heic"):
            assert item.derivatives == ()
            continue
        copy = _copy(session, item.id)
        assert decode_pixels(copy) == decode_pixels(source), item.original_name
        # HEIC, HEIF and TIFF are converted to PNG; JPEG and PNG are cleaned in place.
        magic = b"\xff\xd8" if item.format == "jpeg" else b"\x89PNG"
        assert copy.startswith(magic), item.original_name
    # Every HEIC/HEIF/TIFF was converted on the pool and its result used (errors included).
    assert GAUGE.used == 6
    assert GAUGE.peak_in_flight <= AHEAD and GAUGE.peak_running <= AHEAD
    assert GAUGE.in_flight == 0


def test_at_most_the_bound_of_conversions_are_in_flight(
    session: Session, case_id: str, corpus: Path, tmp_path: Path
) -> None:
    card = tmp_path / "card"
    card.mkdir()
    paths = []
    for index in range(6):
        paths.append(card / f"{index:02}-phone.heic")
        shutil.copyfile(corpus / HEIC, paths[-1])
    seen: list[tuple[int, int]] = []

    def imported(_item: object) -> None:
        seen.append((GAUGE.in_flight, GAUGE.running))

    GAUGE.reset()
    report = session.media.import_files(case_id, paths, "strip", imported=imported)

    assert len(report.imported) == 6 and not report.cannot_leave and not report.failed
    assert GAUGE.used == 6
    # Two conversions were submitted together and ran together, never more.
    assert GAUGE.peak_in_flight == AHEAD == 2
    assert GAUGE.peak_running == AHEAD
    assert all(flight <= AHEAD and running <= AHEAD for flight, running in seen)
    assert GAUGE.in_flight == 0 and GAUGE.running == 0
    first = decode_pixels((corpus / HEIC).read_bytes())
    assert all(decode_pixels(_copy(session, i.id, "strip")) == first for i in report.imported)


def test_under_strip_at_intake_the_copies_sealed_without_location_are_converted_ahead(
    session: Session, case_id: str, corpus: Path, tmp_path: Path
) -> None:
    session.update_settings(strip_at_intake=True)
    heic = (corpus / HEIC).read_bytes()
    files = {
        "01-camera.jpg": (corpus / GPS_JPEG).read_bytes(),
        "02-phone.heic": heic,
        "03-broken.heic": heic[:3000],
        "04-phone.heif": (corpus / HEIF).read_bytes(),
    }
    card = tmp_path / "card"
    card.mkdir()
    for name, data in files.items():
        (card / name).write_bytes(data)
    GAUGE.reset()

    report = session.media.import_files(case_id, [card / n for n in files], "keep")

    assert [i.original_name for i in report.imported] == ["01-camera.jpg", "02-phone.heic",
                                                          "04-phone.heif"]  # fmt: skip
    with pytest.raises(HumdocError) as refused:  # what sealing it on this thread says
        remove_location(files["03-broken.heic"], sniff(heic[:HEAD_BYTES]))
    assert report.failed == [("03-broken.heic", str(refused.value))]
    for item in report.imported:
        assert item.location_removed and item.sha256 != item.sealed_sha256
        sealed = session.media.read_original(item.id)
        assert decode_pixels(sealed) == decode_pixels(files[item.original_name])
        if item.original_name.endswith((".heic", ".heif")):
            assert sealed.startswith(b"\x89PNG")
    assert GAUGE.used == 3 and GAUGE.in_flight == 0


def test_a_conversion_of_other_bytes_than_those_sealed_is_not_used(
    corpus: Path, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.heic"
    shutil.copyfile(corpus / HEIC, photo)
    ahead = Ahead([photo], Policy.EVIDENCE)
    ahead.fill(0)
    future = ahead.take(0)
    assert future is not None
    assert future.result() is not None
    # The file changes between the pool's read and the importing thread's.
    shutil.copyfile(corpus / HEIF, photo)
    data = photo.read_bytes()
    GAUGE.reset()
    made = derivative_of(data, sniff(data[:HEAD_BYTES]), Policy.EVIDENCE, future)
    assert GAUGE.used == 0
    assert made.data == make_derivative(data, sniff(data[:HEAD_BYTES]), Policy.EVIDENCE).data
    assert decode_pixels(made.data) == decode_pixels(data)
    # Under another policy it is not used either.
    heic = (corpus / HEIC).read_bytes()
    shutil.copyfile(corpus / HEIC, photo)
    ahead = Ahead([photo], Policy.EVIDENCE)
    ahead.fill(0)
    made = derivative_of(heic, sniff(heic[:HEAD_BYTES]), Policy.STRIP, ahead.take(0))
    assert GAUGE.used == 0 and made.policy is Policy.STRIP


def test_cancelling_drops_the_conversions_in_flight_and_keeps_what_was_read(
    session: Session, case_id: str, corpus: Path, tmp_path: Path, vault_dir: Path
) -> None:
    card = tmp_path / "card"
    card.mkdir()
    paths = [card / "00-camera.jpg"]
    shutil.copyfile(corpus / GPS_JPEG, paths[0])
    for index in range(1, 5):
        paths.append(card / f"{index:02}-phone.heic")
        shutil.copyfile(corpus / HEIC, paths[-1])
    # Cancelled while the first HEIC is read: its conversion, taken, and the next one, in
    # flight, are dropped; the JPEG read whole before is kept.
    first = paths[0].stat().st_size + paths[1].stat().st_size
    done: list[int] = []

    def cancelled() -> bool:
        return bool(done) and done[-1] >= first

    GAUGE.reset()
    with pytest.raises(OperationCancelled):
        session.media.import_files(
            case_id, paths, "evidence", progress=lambda d, _t: done.append(d), cancelled=cancelled
        )
    assert GAUGE.in_flight == 0
    kept = [i.original_name for i in session.media.list(case_id)]
    assert kept == ["00-camera.jpg"]
    assert session.sweep() == 0
    assert not [p for p in (vault_dir / "blobs").rglob(".tmp-*")]


CHILD = r"""
import os, signal, sys
from pathlib import Path
from humdoc.core import convert_ahead, intake
from humdoc.core.session import Session

root, case_id, *names = sys.argv[1:]
session = Session.open(Path(root), os.environ["HUMDOC_PASSPHRASE"].encode())
intake.BATCH_FILES = 4
reported = []

def imported(item):
    reported.append(item.id)
    print("IMPORTED", item.id, item.sha256, item.original_name, flush=True)

real = convert_ahead.make_derivative
def convert_then_die(*args, **kwargs):
    result = real(*args, **kwargs)
    if len(reported) >= 4:  # a conversion on a pool thread, once the first batch is reported
        os.kill(os.getpid(), signal.SIGKILL)
    return result
convert_ahead.make_derivative = convert_then_die
session.media.import_files(case_id, [Path(n) for n in names], "evidence", imported=imported)
print("DONE", flush=True)
"""


def test_a_kill_while_conversions_run_loses_nothing_reported(corpus: Path, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    with Session.create(vault, PASSPHRASE, "field") as s:
        case_id = s.cases.create("Checkpoint photos").id
    card = tmp_path / "card"
    card.mkdir()
    jpegs = sorted((corpus / "exif-samples" / "jpg").glob("*.jpg"))[:6]
    files = []
    for index, jpeg in enumerate(jpegs):  # JPEG, HEIC, JPEG, HEIC, ...: three batches of four
        files.append(card / f"{2 * index:02}-{jpeg.name}")
        shutil.copyfile(jpeg, files[-1])
        files.append(card / f"{2 * index + 1:02}-phone.heic")
        shutil.copyfile(corpus / HEIC, files[-1])
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault), case_id, *map(str, files)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HUMDOC_KDF": "floor", "HUMDOC_PASSPHRASE": PASSPHRASE.decode()},
    )
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == -signal.SIGKILL, err
    reported = _reported(out)
    assert len(reported) >= 4  # the first batch, reported once committed
    assert _check_after_kill(vault, reported, files) >= len(reported)
