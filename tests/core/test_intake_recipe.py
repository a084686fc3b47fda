"""A JPEG's evidence or strip copy made at intake is kept as a recipe over the sealed original.

The copy is the start of the image and its rewritten segments, then runs of the original: the
vault keeps that layout (a small encrypted attachment) instead of a second encrypted copy of the
image data, and makes the copy's bytes whenever it is read. What leaves the vault is the same,
byte for byte, as the copy ``make_derivative`` makes: in an extraction, in a bundle and at the
centre that receives it.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from humdoc.core.errors import BlobCorrupt, HumdocError
from humdoc.core.media import HEAD_BYTES, Policy, make_derivative, sniff
from humdoc.core.media.policy import derivative_layout
from humdoc.core.session import Session
from tests.core.bundle_tamper import members_of
from tests.core.exchange_helpers import make_pair

GPS_JPEG = "exif-samples/jpg/gps/DSCN0010.jpg"


@pytest.fixture
def case_id(session: Session) -> str:
    return session.cases.create("Recipes").id


def _form(session: Session, item_id: str, policy: str) -> tuple[str, int]:
    row = session.db.one(
        "SELECT form, blob FROM derivatives WHERE item_id = ? AND policy = ?", (item_id, policy)
    )
    return row[0], (session.blobs.folder / row[1][:2] / row[1]).stat().st_size


@pytest.mark.parametrize("policy", [Policy.EVIDENCE, Policy.STRIP])
def test_every_corpus_jpeg_layout_makes_the_copy_byte_for_byte(
    corpus: Path, policy: Policy
) -> None:
    laid_out = 0
    jpegs = sorted((corpus / "exif-samples").rglob("*.jp*g"))
    assert len(jpegs) > 20
    for path in jpegs:
        data = path.read_bytes()
        mtype = sniff(data[:HEAD_BYTES])
        try:
            expected = make_derivative(data, mtype, policy)
        except HumdocError as exc:  # a file no copy can be made of has no layout either
            with pytest.raises(type(exc)):
                derivative_layout(data, mtype, policy)
            continue
        layout = derivative_layout(data, mtype, policy)
        if layout is None:
            continue
        laid_out += 1
        made = layout.head + b"".join(
            data[s:e] for s, e in zip(layout.starts, layout.ends, strict=True)
        )
        assert made == expected.data, path.name
        assert layout.removed == expected.removed, path.name
        assert layout.size == len(expected.data)
    assert laid_out >= len(jpegs) * 3 // 4  # the usual case, not an exception


def test_other_formats_and_keep_have_no_layout(corpus: Path) -> None:
    data = (corpus / GPS_JPEG).read_bytes()
    assert derivative_layout(data, sniff(data[:HEAD_BYTES]), Policy.KEEP) is None
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (1, 2, 3)).save(buffer, "PNG")
    png = buffer.getvalue()
    assert derivative_layout(png, sniff(png[:HEAD_BYTES]), Policy.EVIDENCE) is None


def test_an_evidence_jpeg_is_kept_as_a_recipe_and_read_back_whole(
    session: Session, case_id: str, corpus: Path, tmp_path: Path
) -> None:
    src = corpus / GPS_JPEG
    data = src.read_bytes()
    expected = make_derivative(data, sniff(data[:HEAD_BYTES]), Policy.EVIDENCE)
    (item,) = session.media.import_files(case_id, [src], "evidence").imported
    form, stored_size = _form(session, item.id, "evidence")
    assert form == "recipe"
    assert stored_size < len(expected.data) // 4  # not a second copy of the image data
    (copy,) = item.derivatives
    assert copy.sha256 == hashlib.sha256(expected.data).hexdigest()
    assert copy.size == len(expected.data)
    assert copy.removed == expected.removed
    out = tmp_path / "copy.jpg"
    session.media.extract(item.id, out, derivative_policy="evidence")
    assert out.read_bytes() == expected.data
    tags = json.loads(
        subprocess.run(
            ["exiftool", "-j", "-G", str(out)], capture_output=True, text=True, check=True
        ).stdout
    )[0]
    assert not [k for k in tags if "GPS" in k]
    assert tags["EXIF:Make"]  # the evidence fields written back
    assert session.check().ok
    chain = session.custody.chain(item.id)
    assert chain[1].fields["details"]["sha256"] == copy.sha256


def test_a_damaged_recipe_is_found_and_never_read_as_the_copy(
    session: Session, case_id: str, corpus: Path
) -> None:
    (item,) = session.media.import_files(case_id, [corpus / GPS_JPEG], "strip").imported
    row = session.db.one("SELECT blob FROM derivatives WHERE item_id = ?", (item.id,))
    path = session.blobs.folder / row[0][:2] / row[0]
    raw = bytearray(path.read_bytes())
    raw[-20] ^= 1
    path.write_bytes(bytes(raw))
    with pytest.raises(BlobCorrupt), session.media.open_derivative(item.id, "strip") as reader:
        reader.read()
    assert not session.check().ok


def test_a_recipe_copy_leaves_in_a_bundle_as_the_copy_and_the_centre_keeps_it(
    tmp_path: Path, corpus: Path
) -> None:
    pair = make_pair(tmp_path)
    try:
        src = tmp_path / "photo.jpg"
        shutil.copyfile(corpus / GPS_JPEG, src)
        data = src.read_bytes()
        expected = make_derivative(data, sniff(data[:HEAD_BYTES]), Policy.EVIDENCE).data
        (item,) = pair.field.media.import_files(pair.case_id, [src], "evidence").imported
        assert _form(pair.field, item.id, "evidence")[0] == "recipe"
        bundle = pair.export("out.humdoc", "evidence")
        members = members_of(bundle, pair.centre)
        mine = [b for name, b in members.items() if f"/media/{item.id}" in name]
        assert mine == [expected]  # the copy itself, not the recipe, nor the original
        pair.centre.receiver().receive(bundle)
        assert pair.centre.media.read_original(item.id) == expected
        assert pair.centre.check().ok
    finally:
        pair.close()
