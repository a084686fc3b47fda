"""Rebuild the seed corpora in ``fuzz/corpus/<target>/``: ``python -m fuzz.seeds``.

Seeds come from the test corpus (small camera JPEGs, TIFFs and the CCTV age vectors, see
tests/corpus/SOURCES.md), from the humdoc/1 fixture bundle in tests/core/fixtures (decrypted with
its test key: its tar, tag files, records, custody logs) and from tiny images made here with
metadata in every place a stripper looks. Files named ``regress-*`` are inputs that once broke a
parser; they are kept, never rebuilt. The whole corpus stays a few hundred KB.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pyrage
from PIL import Image, PngImagePlugin

from fuzz.targets import FUZZ_PUB, fuzz_signature
from humdoc.core.bundle import bagit
from humdoc.core.bundle.tarsafe import TarWriter
from humdoc.core.exchange import records
from humdoc.core.media._imaging import ensure_heif
from humdoc.core.media.tiffdir import EvidenceFields, build_exif

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"
SAMPLES = ROOT / "tests" / "corpus"
FIXTURE = ROOT / "tests" / "core" / "fixtures" / "bundle_v1"

_JPEGS = (
    "gps/DSCN0010.jpg", "orientation/portrait_6.jpg", "xmp/BlueSquare.jpg", "Canon_40D.jpg",
    "tests/30-type_error.jpg", "tests/42_IndexError.jpg", "tests/67-0_length_string.jpg",
    "invalid/image00971.jpg", "mobile/jolla.jpg", "exif-org/kodak-dc210.jpg", "corrupted.jpg",
)  # fmt: skip
_TIFFS = ("Arbitro.tiff", "Jobagent.tiff")
_MAX_SAMPLE = 24 * 1024


def _exif_with_gps() -> bytes:
    """A little-endian EXIF block: make, model, time, orientation and a GPS position."""
    image = Image.new("RGB", (1, 1))
    exif = image.getexif()
    exif[0x010F], exif[0x0110], exif[0x0132], exif[0x0112] = "Cam", "X1", "2026:01:02 03:04:05", 6
    exif.get_ifd(0x8825).update({1: "N", 2: (12.0, 30.0, 0.0), 3: "E", 4: (45.0, 15.0, 0.0)})
    return exif.tobytes()


def _xmp() -> bytes:
    return (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
        b'exif:GPSLatitude="12,30N" dc:creator="Name"/></rdf:RDF></x:xmpmeta>'
    )


def _images() -> Iterator[tuple[str, str, bytes]]:
    """(target, name, bytes) for tiny generated images carrying metadata."""
    exif = _exif_with_gps()
    picture = Image.new("RGB", (8, 8), (200, 30, 30))
    for fmt, target, kwargs in (
        ("PNG", "png", {"exif": exif}),
        ("WEBP", "webp", {"exif": exif, "xmp": _xmp(), "lossless": True}),
        ("WEBP", "webp", {"quality": 50}),
        ("JPEG", "jpeg", {"exif": exif, "comment": b"free text"}),
        ("TIFF", "tiff", {"exif": exif}),
        ("GIF", "gif", {"comment": b"free text"}),
        ("HEIF", "heic", {"exif": exif, "quality": -1}),
    ):
        out = io.BytesIO()
        picture.save(out, format=fmt, **kwargs)
        yield target, f"made-{len(kwargs)}.{fmt.lower()}", out.getvalue()
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", _xmp().decode())
    info.add_text("Author", "a name")
    out = io.BytesIO()
    Image.new("P", (4, 4)).save(out, format="PNG", pnginfo=info, exif=exif)
    yield "png", "made-text.png", out.getvalue()
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, format="HEIF", quality=-1)
    yield "heic", "made-plain.heif", out.getvalue()
    yield "gif", "made-xmp.gif", _gif_with_xmp()


def _gif_with_xmp() -> bytes:
    out = io.BytesIO()
    Image.new("P", (2, 2)).save(out, format="GIF")
    data = out.getvalue()
    xmp = b"\x21\xff\x0bXMP DataXMP" + _xmp() + bytes(range(255, -1, -1)) + b"\x00"
    at = data.index(b"\x2c")  # before the image descriptor
    return data[:at] + xmp + data[at:]


def _bundle() -> dict[str, bytes]:
    """The fixture bundle's tar and its members by name below the bag's folder."""
    key = (FIXTURE / "centre-age.key").read_text().split()[-1]
    identity = pyrage.x25519.Identity.from_str(key)
    tar = pyrage.decrypt((FIXTURE / "1.humdoc").read_bytes(), [identity])
    members: dict[str, bytes] = {"": tar}
    pos = 0
    while tar[pos : pos + 1] not in (b"", b"\x00"):
        name = tar[pos : pos + 100].split(b"\x00")[0].decode()
        size = int(tar[pos + 124 : pos + 136].strip(b"\x00 ") or b"0", 8)
        members[name.split("/", 1)[1]] = tar[pos + 512 : pos + 512 + size]
        pos += 512 + -(-size // 512) * 512
    return members


def _small_tar() -> bytes:
    out = io.BytesIO()
    writer = TarWriter(out, 0)
    writer.add_bytes("bag/" + "long-name-" * 12 + ".txt", b"pax path")
    writer.add_bytes("bag/data/a.txt", b"x" * 700)
    writer.close()
    return out.getvalue()


def _age_vectors() -> Iterator[tuple[str, bytes]]:
    for path in sorted((SAMPLES / "cctv-age" / "testdata").iterdir()):
        meta, _, body = path.read_bytes().partition(b"\n\n")
        if b"compressed:" in meta or len(body) > 2048:
            continue
        yield path.name, body


def _files() -> Iterator[tuple[str, str, bytes]]:
    """(target, name, bytes) for every seed."""
    for rel in _JPEGS:
        data = (SAMPLES / "exif-samples" / "jpg" / rel).read_bytes()
        if len(data) <= _MAX_SAMPLE:
            yield "jpeg", rel.replace("/", "-"), data
    for rel in _TIFFS:
        yield "tiff", rel, (SAMPLES / "exif-samples" / "tiff" / rel).read_bytes()
    yield from _images()
    yield "tiff", "evidence-exif.tiff", build_exif(EvidenceFields(make="Cam", orientation=3))
    bundle = _bundle()
    yield "tar", "bundle.tar", bundle[""]
    yield "tar", "pax.tar", _small_tar()
    yield "age", "bundle-head", (FIXTURE / "1.humdoc").read_bytes()[:600]
    for name, body in _age_vectors():
        yield "age", name, body
    yield "minisign", "signature", fuzz_signature().encode()
    yield "minisign", "public-key", FUZZ_PUB.to_text().encode()
    yield "minisign", "bundle-signature", bundle["tagmanifest-sha256.txt.minisig"]
    tags = [bundle[name] for name in (*bagit.TAG_FILES, bagit.TAGMANIFEST_NAME)]
    manifest = bagit.parse_manifest(bundle[bagit.MANIFEST_NAME])
    sizes = " ".join(str(len(bundle[path])) for path in manifest).encode()
    yield "bagit", "bundle-tags", b"\x00".join([*tags, sizes])
    kinds = (*records.RECORD_FILES, *records.OPTIONAL_RECORD_FILES)
    for kind in records.RECORD_FILES:
        yield "records", kind, bytes([kinds.index(kind)]) + bundle[f"data/records/{kind}.json"]
    for name, data in bundle.items():
        if name.startswith("data/custody/"):
            item = name.rsplit("/", 1)[1].removesuffix(".jsonl")
            yield "custody", item, item.encode() + b"\n" + data
    media = {"jpeg", "png", "webp", "gif", "tiff", "heic"}
    for target, name, data in list(_images()):
        if target in media:
            yield "metadata", f"{target}-{name}", data
    for rel in ("Canon_40D.jpg", "tests/67-0_length_string.jpg", "xmp/BlueSquare.jpg"):
        data = (SAMPLES / "exif-samples" / "jpg" / rel).read_bytes()
        yield "metadata", rel.replace("/", "-"), data
    yield "metadata", "text.txt", b"A plain statement.\n"
    yield from _audio()
    yield from _videos()


_AUDIO = {"mp3": "libmp3lame", "m4a": "aac", "ogg": "libvorbis", "opus": "libopus",
          "flac": "flac", "wav": "pcm_s16le"}  # fmt: skip


def _audio() -> Iterator[tuple[str, str, bytes]]:
    """A fifth of a second of each audio format, tagged by ffmpeg, and an AMR file by hand."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for ext, codec in _AUDIO.items():
            path = Path(folder) / f"made.{ext}"
            subprocess.run(
                ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=d=0.2", "-ar", "8000",
                 "-c:a", codec, "-metadata", "artist=Name", "-metadata", "location=+12.5+045.25/",
                 "-metadata", "date=2026-01-02", str(path)],
                check=True,
            )  # fmt: skip
            yield "audio", path.name, path.read_bytes()
            yield "audio-metadata", path.name, path.read_bytes()
    yield "audio", "made.amr", b"#!AMR\n" + (b"\x3c" + bytes(range(31))) * 10 + b"TAG" + bytes(125)


def _videos() -> Iterator[tuple[str, str, bytes]]:
    """Tiny videos made with ffmpeg and loaded with metadata (the tests' planter)."""
    import tempfile

    from tests.core.media import videokit

    with tempfile.TemporaryDirectory() as tmp:
        for name, fast in (("planted.mp4", False), ("faststart.mov", True)):
            path = videokit.make_video(Path(tmp) / name, seconds=0.3, faststart=fast, size="64x48")
            if not fast:
                videokit.plant(path)
            yield "video", name, path.read_bytes()


def main() -> None:
    """Replace every generated seed; keep the ``regress-*`` inputs."""
    for folder in CORPUS.glob("*"):
        for path in folder.iterdir():
            if not path.name.startswith("regress-"):
                path.unlink()
    ensure_heif()
    for target, name, data in _files():
        folder = CORPUS / target
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    total = sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file())
    count = sum(1 for p in CORPUS.rglob("*") if p.is_file())
    print(f"{count} seeds, {total // 1024} KB in fuzz/corpus")


if __name__ == "__main__":
    main()
