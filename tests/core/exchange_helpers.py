"""A field device and a documentation centre, wired together, for the exchange tests."""

from __future__ import annotations

import atexit
import hashlib
import io
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PIL.PngImagePlugin import PngInfo

from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE


@dataclass
class Pair:
    field: Session
    centre: Session
    case_id: str
    testimony_id: str
    media_id: str
    tmp: Path

    def export(self, name: str, policy: str = "strip") -> Path:
        out = self.tmp / name
        self.field.exporter.export([self.case_id], ["Centre"], out, policy)
        return out

    def close(self) -> None:
        self.field.close()
        self.centre.close()


def new_centre(path: Path, field: Session, age_secret: str | None = None) -> Session:
    """A centre vault that has enrolled ``field`` as "Laptop 1" (with ``age_secret`` as its age
    identity, if given, as a centre whose key was made elsewhere)."""
    centre = Session.create(path, PASSPHRASE, "centre", KdfParams.floor())
    if age_secret is not None:
        set_age_identity(centre, age_secret)
    centre.devices.enrol("Laptop 1", field.device_keys.public_key().to_text())
    return centre


def set_age_identity(centre: Session, secret: str) -> None:
    """Give a new centre vault a known age identity (as if it had made that key itself)."""
    import pyrage

    ident = pyrage.x25519.Identity.from_str(secret.strip())
    with centre.db.transaction() as db:
        db.execute(
            "INSERT INTO device_keys VALUES ('age', ?, ?, '2026-01-01T00:00:00Z')",
            (str(ident).encode(), str(ident.to_public())),
        )


def small_png(path: Path, colour: tuple[int, int, int] = (200, 30, 30)) -> Path:
    """A small PNG with a text chunk, so that its stripped copy differs from the original."""
    info = PngInfo()
    info.add_text("Author", "Field documenter")
    Image.new("RGB", (16, 16), colour).save(path, pnginfo=info)
    return path


def _build_pair(tmp: Path) -> tuple[str, str, str]:
    """Create the pair of ``make_pair`` in ``tmp``, locked again; the case, testimony, media ids."""
    field = Session.create(tmp / "field", PASSPHRASE, "field", KdfParams.floor())
    centre = Session.create(tmp / "centre", PASSPHRASE, "centre", KdfParams.floor())
    try:
        field.recipients.add("Centre", centre.device_keys.age_recipient())
        centre.devices.enrol("Laptop 1", field.device_keys.public_key().to_text())
        case = field.cases.create("Checkpoint", "Detentions at the north checkpoint")
        t = field.testimonies.add(
            case.id, "W-001", "First telling: three men were taken.", consent="record,share-centre"
        )
        item = field.media.import_file(case.id, small_png(tmp / "photo.png"), testimony_id=t.id)
        return case.id, t.id, item.id
    finally:
        field.close()
        centre.close()


#: This worker's pair, built once by ``make_pair`` (folder, ids), removed when the worker exits.
_TEMPLATE: list[tuple[Path, tuple[str, str, str]]] = []


def make_pair(tmp: Path) -> Pair:
    """A field vault (a case, a testimony, a photo) addressed to a centre that enrolled it.

    Both are copies of a pair built once per worker: a field and a centre with keys of their own,
    which sealing, key generation and the first unlocks would otherwise pay again in every test
    (copies share their keys only with other tests' pairs, which no test sees). Tests that need
    a second device or centre create it (``new_centre``).
    """
    if not _TEMPLATE:
        where = Path(tempfile.mkdtemp(prefix="humdoc-pair-"))
        atexit.register(shutil.rmtree, where, True)
        _TEMPLATE.append((where, _build_pair(where)))
    template, (case_id, testimony_id, media_id) = _TEMPLATE[0]
    for part in ("field", "centre"):
        shutil.copytree(template / part, tmp / part)
    small_png(tmp / "photo.png")  # the photo the field imported, as a test may compare with it
    field = Session.open(tmp / "field", PASSPHRASE)
    centre = Session.open(tmp / "centre", PASSPHRASE)
    return Pair(field, centre, case_id, testimony_id, media_id, tmp)


def age_identity_file(centre: Session, path: Path) -> Path:
    path.write_text(centre.device_keys.age_identity() + "\n")
    return path


def rewrap(bundle: Path, centre: Session, out: Path) -> Path:
    """Decrypt ``bundle`` with the centre's key and encrypt it again to the centre, with ``age``:
    what anyone holding a decrypted copy can do."""
    key = age_identity_file(centre, out.with_suffix(".key"))
    plain = subprocess.run(
        ["age", "-d", "-i", str(key), str(bundle)], check=True, capture_output=True
    ).stdout
    subprocess.run(
        ["age", "-r", centre.device_keys.age_recipient(), "-o", str(out)],
        input=plain,
        check=True,
        capture_output=True,
    )
    key.unlink()
    return out


def bag_file(bundle: Path, centre: Session, name: str) -> bytes:
    """One tag file of a bundle, taken out with ``age`` and ``tarfile`` (not humdoc's reader)."""
    key = age_identity_file(centre, bundle.with_suffix(".key"))
    plain = subprocess.run(
        ["age", "-d", "-i", str(key), str(bundle)], check=True, capture_output=True
    ).stdout
    key.unlink()
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/" + name))
        data = tar.extractfile(member)
        assert data is not None
        return data.read()


def bag_info(bundle: Path, centre: Session) -> dict[str, str]:
    text = bag_file(bundle, centre, "bag-info.txt").decode()
    return dict(line.split(": ", 1) for line in text.splitlines())


def identity_by_hand(bundle: Path, centre: Session) -> str:
    """The bundle's identity as docs/verify-by-hand.md computes it: SHA-256 of the tag manifest."""
    return hashlib.sha256(bag_file(bundle, centre, "tagmanifest-sha256.txt")).hexdigest()


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
