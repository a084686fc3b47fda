"""A video's cleaned copy kept as a recipe over its sealed original: the disk holds one copy of
the video, the copy reads back byte for byte, and damage to either attachment is found."""

from __future__ import annotations

import hashlib
import subprocess
from array import array
from pathlib import Path

import pytest

from humdoc.core import recipes
from humdoc.core.check import DAMAGED
from humdoc.core.errors import BlobCorrupt
from humdoc.core.media import Policy, sniff
from humdoc.core.media.bmff import BytesSource
from humdoc.core.media.policy import clean_stream, plan_stream
from humdoc.core.session import Session
from humdoc.core.vault.schema import current_version, migrate
from tests.core.media import videokit as vk


def raw_video(path: Path, seconds: float = 1.8) -> Path:
    """About 5 MB of uncompressed video with a planted telemetry track and metadata."""
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25",
         "-t", str(seconds), "-c:v", "rawvideo", "-pix_fmt", "yuv420p", str(path)],
        check=True, capture_output=True,
    )  # fmt: skip
    return vk.plant(path)


@pytest.fixture(scope="module")
def video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return raw_video(tmp_path_factory.mktemp("recipes") / "raw.mov")


def cleaned(data: bytes, policy: Policy) -> bytes:
    out = bytearray()
    clean_stream(BytesSource(data), sniff(data[:64]), policy, out.extend)
    return bytes(out)


def blob_path(vault_dir: Path, blob_id: str) -> Path:
    return vault_dir / "blobs" / blob_id[:2] / blob_id


def stored_bytes(vault_dir: Path) -> int:
    return sum(p.stat().st_size for p in (vault_dir / "blobs").rglob("*") if p.is_file())


# --- the format --------------------------------------------------------------------------------


def test_a_recipe_reads_back_as_the_cleaned_copy_and_names_its_original(video: Path) -> None:
    data = video.read_bytes()
    plan = plan_stream(BytesSource(data), sniff(data[:64]), Policy.STRIP)
    sha = hashlib.sha256(data).hexdigest()
    encoded = recipes.encode(plan, sha)
    recipe = recipes.decode(encoded, sha, len(data))
    assert recipe.size == plan.size and recipe.head == plan.head
    assert list(recipe.starts) == list(plan.starts) and list(recipe.ends) == list(plan.ends)
    assert len(encoded) < len(data) // 50  # the layout, not the media

    class Source:  # the original as ``RandomAccessReader`` serves it
        size = len(data)

        def read_at(self, offset: int, n: int) -> bytes:
            return data[offset : offset + n]

        def close(self) -> None:
            pass

    reader = recipes.RecipeReader(Source(), recipe)  # type: ignore[arg-type]
    assert reader.read(7) + reader.read() == cleaned(data, Policy.STRIP)
    reader = recipes.RecipeReader(Source(), recipe)  # type: ignore[arg-type]
    buffer, out = bytearray(100_003), bytearray()
    while n := reader.readinto(buffer):
        out += buffer[:n]
    assert bytes(out) == cleaned(data, Policy.STRIP)

    other = "0" * 64
    with pytest.raises(BlobCorrupt, match="made from another original"):
        recipes.decode(encoded, other, len(data))
    with pytest.raises(BlobCorrupt, match="outside the original"):
        recipes.decode(encoded, sha, plan.ends[-1] - 1)
    with pytest.raises(BlobCorrupt, match="do not fill it exactly"):
        recipes.decode(encoded[:-1], sha, len(data))
    with pytest.raises(BlobCorrupt, match="does not begin as a recipe"):
        recipes.decode(b"HDBLOB01" + encoded[8:], sha, len(data))


def test_ranges_out_of_order_or_overlapping_are_refused() -> None:
    sha = "ab" * 32

    def with_runs(runs: list[int]) -> bytes:
        values = array("Q", runs)
        values.byteswap()  # big-endian on disk (little-endian machines)
        head = b"HEAD"
        return (
            recipes.MAGIC + bytes.fromhex(sha) + len(head).to_bytes(4, "big") + head
            + (len(runs) // 2).to_bytes(4, "big") + values.tobytes()
        )  # fmt: skip

    assert recipes.decode(with_runs([10, 20, 20, 30]), sha, 100).size == 4 + 20
    for runs in ([10, 20, 15, 30], [20, 30, 10, 15], [10, 10], [30, 20]):
        with pytest.raises(BlobCorrupt):
            recipes.decode(with_runs(runs), sha, 100)


# --- in a vault --------------------------------------------------------------------------------


def test_the_vault_holds_one_copy_of_the_video_and_reads_both_back(
    session: Session, vault_dir: Path, video: Path, tmp_path: Path
) -> None:
    case = session.cases.create("Recipes", "", "evidence")
    before = stored_bytes(vault_dir)
    (item,) = session.media.import_files(case.id, [video], "evidence").imported
    size = video.stat().st_size
    # the sealed original, and a recipe of a few kilobytes: not a second copy of the media
    assert stored_bytes(vault_dir) - before < size + size // 20
    (deriv,) = item.derivatives
    data = video.read_bytes()
    assert deriv.size == len(cleaned(data, Policy.EVIDENCE))
    out = tmp_path / "evidence.mov"
    session.media.extract(item.id, out, "evidence")
    assert out.read_bytes() == cleaned(data, Policy.EVIDENCE)
    assert vk.stream_hashes(out) == vk.stream_hashes(video)
    # a copy made later (strip, at export time) is a recipe too, and so is checked
    with session.media.open_derivative(item.id, "strip") as reader:
        assert reader.read() == cleaned(data, Policy.STRIP)
    assert stored_bytes(vault_dir) - before < size + size // 10
    assert [f for f in session.check() if f.kind == DAMAGED] == []


@pytest.mark.parametrize("damaged", ["recipe", "original"])
def test_damage_to_the_recipe_or_its_original_is_found_and_refused(
    session: Session, vault_dir: Path, video: Path, tmp_path: Path, damaged: str
) -> None:
    case = session.cases.create("Recipes", "", "evidence")
    (item,) = session.media.import_files(case.id, [video], "evidence").imported
    recipe_blob, sealed_blob = session.db.one(
        "SELECT d.blob, m.sealed_blob FROM derivatives d JOIN media_items m ON m.id = d.item_id "
        "WHERE d.item_id = ?",
        (item.id,),
    )
    target = blob_path(vault_dir, recipe_blob if damaged == "recipe" else sealed_blob)
    raw = bytearray(target.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    target.write_bytes(bytes(raw))
    with pytest.raises(BlobCorrupt), session.media.open_derivative(item.id, "evidence") as reader:
        while reader.read(1 << 20):
            pass
    found = {(f.kind, f.item, f.copy) for f in session.check()}
    assert (DAMAGED, item.id, "evidence") in found


def test_a_recipe_moved_onto_another_item_does_not_read(
    session: Session, vault_dir: Path, video: Path, tmp_path: Path
) -> None:
    case = session.cases.create("Recipes", "", "evidence")
    other = tmp_path / "other.mov"
    raw_video(other, seconds=1.2)
    (a,) = session.media.import_files(case.id, [video], "evidence").imported
    (b,) = session.media.import_files(case.id, [other], "evidence").imported
    # the database row of b now names a's recipe (its id and key): a's recipe is bound to a's
    # original, whose SHA-256 b's original does not have
    with session.db.transaction() as db:
        row = db.one(
            "SELECT blob, blob_key FROM derivatives WHERE item_id = ? AND policy = 'evidence'",
            (a.id,),
        )
        db.execute(
            "UPDATE derivatives SET blob = ?, blob_key = ? WHERE item_id = ? AND policy = ?",
            (row[0], row[1], b.id, "evidence"),
        )
    with (
        pytest.raises(BlobCorrupt, match="made from another original"),
        session.media.open_derivative(b.id, "evidence") as reader,
    ):
        reader.read()


def test_a_vault_at_version_9_is_brought_to_recipes_with_its_copies_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, video: Path
) -> None:
    import humdoc.core.vault.vault as vault_mod
    from humdoc.core.vault.keyslots import KdfParams
    from tests.conftest import PASSPHRASE

    monkeypatch.setattr(vault_mod, "migrate", lambda db: migrate(db, target=9))
    old = Session.create(tmp_path / "v", PASSPHRASE, "field", KdfParams.floor())
    assert current_version(old.db) == 9
    case = old.cases.create("Before recipes", "", "keep")
    (item,) = old.media.import_files(case.id, [video], "keep").imported
    copy = cleaned(video.read_bytes(), Policy.EVIDENCE)
    with old.blobs.writer() as w:  # a whole second copy, as version 9 stored every derivative
        w.write(copy)
    with old.db.transaction() as db:
        db.execute(
            "INSERT INTO derivatives VALUES (?, 'evidence', 'mov', 'video/quicktime', 'mov', "
            "?, ?, ?, ?, 0, '[]', '2026-01-01T00:00:00Z')",
            (item.id, w.blob_id, w.key, len(copy), hashlib.sha256(copy).hexdigest()),
        )
    old.close()
    monkeypatch.undo()
    monkeypatch.setenv("HUMDOC_KDF", "floor")
    with Session.open(tmp_path / "v", PASSPHRASE) as new:
        assert current_version(new.db) >= 10
        assert [tuple(r) for r in new.db.all("SELECT form FROM derivatives")] == [("copy",)]
        with new.media.open_derivative(item.id, "evidence") as reader:
            assert reader.read() == copy
        assert [f for f in new.check() if f.kind == DAMAGED] == []
