"""Rebuild tests/corpus, the bundled test corpus, from the full sample corpus it was trimmed from.

Usage: ``python -m tests.trim_corpus FULL_CORPUS`` (from the project root) where FULL_CORPUS holds ``cctv-age/`` (the C2SP
age test vectors) and ``exif-samples/`` (the ExifRead sample images), as SOURCES.md describes.

What is kept, and why (the tests need every kind of file, not every file):

* every age test vector and the upstream README that carries their licence;
* every sample image except the three largest phone HEIF files (``LEFT_OUT``; the two HEIF files
  kept are an Apple phone photo with GPS and a plain HEIF), with every upstream README text beside
  the files it speaks of;
* JPEGs larger than ``REDUCE_ABOVE`` are *reduced*: every metadata segment (APPn and COM, in their
  order, byte for byte) and anything after the image's end (trailers, appended images) is kept,
  and only the compressed picture is replaced by the same picture scaled down to at most
  ``REDUCED_SIDE`` pixels. Those segments are where EXIF, GPS, XMP, IPTC, maker notes and the
  hostile structures live, so each file still exercises what it was collected for, at a few KB.
  ``KEEP_WHOLE`` names files the tests compare byte for byte with their upstream layout.

The script writes each file, then SOURCES.md with the origin, treatment, licence and SHA-256 of
every file; tests/test_corpus.py checks the folder against that list (and, given the full corpus,
checks each reduced file against its upstream original).
"""

from __future__ import annotations

import hashlib
import io
import shutil
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent / "corpus"
REDUCE_ABOVE = 64 * 1024
REDUCED_SIDE = 160
#: The tests check this file's last 100,000 bytes survive location removal unchanged.
KEEP_WHOLE = {"exif-samples/jpg/gps/DSCN0010.jpg"}
#: The three largest phone HEIF files: 6 MB between them, and several seconds of conversion each.
LEFT_OUT = {
    "exif-samples/heic/mobile/HMD_Nokia_8.3_5G.heif",
    "exif-samples/heic/mobile/HMD_Nokia_8.3_5G_hdr.heif",
    "exif-samples/heic/mobile/iphone_13_pro_max.HEIC",
}
#: Notes written for the full corpus rather than upstream texts: SOURCES.md replaces them.
NOT_UPSTREAM = {"cctv-age/SOURCE.md", "exif-samples/SOURCE.md"}

ORIGINS = {
    "cctv-age": (
        "C2SP/CCTV, folder age/testdata",
        "1e3d2860d46e94e777e1b17c7a6f2436387e3ecc",
        "The vectors may be copied without attribution (cctv-age/README.md).",
    ),
    "exif-samples": (
        "ianare/exif-samples (the ExifRead project's sample images)",
        "5332a9cf0220e9c6c93f88a187daa90808051e10",
        "Wikimedia Commons images under the licence on each image's Commons page (jpg/README and "
        "tiff/README name them); user-contributed images under CC BY-SA 4.0 (README.rst); the "
        "exif.org and GPS folders name their origin in their README.",
    ),
}


@dataclass(frozen=True)
class JpegParts:
    """A JPEG split into its metadata segments, its picture, and what follows the picture."""

    metadata: bytes  # every APPn and COM segment before the first scan, markers included
    trailer: bytes  # every byte after the image's end marker


def split_jpeg(data: bytes) -> JpegParts:
    """Split ``data`` (a JPEG) at its segments. Raises ValueError if it is not one."""
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    pos, metadata = 2, bytearray()
    while True:
        if data[pos] != 0xFF:
            raise ValueError(f"no marker at {pos}")
        marker = data[pos + 1]
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker == 0xDA:
            break
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:
            metadata += data[pos : pos + 2 + length]
        pos += 2 + length
    # Entropy-coded data escapes every 0xFF, so the first end marker after the scan is the image's.
    end = data.index(b"\xff\xd9", pos) + 2
    return JpegParts(bytes(metadata), data[end:])


def picture_segments(data: bytes) -> bytes:
    """``data``'s tables, frame, scans and end marker: everything but SOI and APPn/COM."""
    pos, kept = 2, bytearray()
    while True:
        marker = data[pos + 1]
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker == 0xDA:
            return bytes(kept) + data[pos:]
        if not (0xE0 <= marker <= 0xEF or marker == 0xFE):
            kept += data[pos : pos + 2 + length]
        pos += 2 + length


def reduce_jpeg(data: bytes) -> bytes:
    """The same JPEG with its picture scaled down and every metadata byte kept in order."""
    parts = split_jpeg(data)
    with Image.open(io.BytesIO(data)) as image:
        image.draft("RGB", (REDUCED_SIDE * 2, REDUCED_SIDE * 2))
        small = image.convert("RGB")  # the stored pixels: no orientation is applied
    small.thumbnail((REDUCED_SIDE, REDUCED_SIDE))
    out = io.BytesIO()
    small.save(out, format="JPEG", quality=80)
    return b"\xff\xd8" + parts.metadata + picture_segments(out.getvalue()) + parts.trailer


def _treatment(rel: str, size: int) -> str:
    if rel.lower().endswith((".jpg", ".jpeg")) and size > REDUCE_ABOVE and rel not in KEEP_WHOLE:
        return "reduced"
    return "identical"


def build(full: Path) -> None:
    """Replace this folder's corpus files with a fresh trim of ``full`` and rewrite SOURCES.md."""
    for top in ORIGINS:
        shutil.rmtree(HERE / top, ignore_errors=True)
    rows = []
    for source in sorted(p for p in full.rglob("*") if p.is_file()):
        rel = source.relative_to(full).as_posix()
        if rel in LEFT_OUT or rel in NOT_UPSTREAM or rel.split("/")[0] not in ORIGINS:
            continue
        data = source.read_bytes()
        treatment = _treatment(rel, len(data))
        kept = reduce_jpeg(data) if treatment == "reduced" else data
        target = HERE / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(kept)
        rows.append(
            f"| {rel} | {treatment} | {hashlib.sha256(data).hexdigest()} "
            f"| {hashlib.sha256(kept).hexdigest()} |"
        )
    (HERE / "SOURCES.md").write_text(_sources_md(rows), encoding="utf-8")


def _sources_md(rows: list[str]) -> str:
    origins = "\n".join(
        f"- `{top}/`: {repo}, commit `{commit}`. Licence: {licence}"
        for top, (repo, commit, licence) in ORIGINS.items()
    )
    return (
        f"""# Test corpus: sources and licences

The sample files the tests read, trimmed from two public collections (a few MB instead of 33 MB).
Rebuild with `python -m tests.trim_corpus FULL_CORPUS`; the full collections can also be run
through the whole suite (`make test-extended`, see README). Each folder keeps its upstream layout
and the upstream README texts that carry its licence.

{origins}

Left out, as the largest phone HEIF files (6 MB; they run in the extended run):
{", ".join(f"`{p}`" for p in sorted(LEFT_OUT))}.

`identical` files are upstream's bytes. `reduced` JPEGs keep every metadata segment (APPn and COM)
and every byte after the image's end exactly as upstream has them; only the compressed picture is
replaced by the same picture scaled down to at most {REDUCED_SIDE} pixels (CC BY-SA and Commons
licences allow this with the change noted here). A few hostile files hold maker notes whose
offsets point past their segment into the picture: in the reduced copy those reads land on other
bytes or past the end, which the parsers must survive just the same; the upstream bytes run in the
extended run. tests/test_corpus.py checks this list against the folder, and the reduced files
against upstream when the full corpus is given.

| file | kept as | upstream SHA-256 | SHA-256 here |
| --- | --- | --- | --- |
"""
        + "\n".join(rows)
        + "\n"
    )


if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1], "exif-samples").is_dir():
        sys.exit(
            "usage: python -m tests.trim_corpus FULL_CORPUS (the folder holding cctv-age/ and exif-samples/)"
        )
    build(Path(sys.argv[1]))
