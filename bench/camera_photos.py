"""Large camera photos for the intake benchmark, reproducible from a seed.

Each is a 12–24 MP JPEG as phones and cameras write them today (3–15 MB): Pillow encodes a
generated picture (soft gradients and sensor-like noise, so that it compresses as a photo does,
not as a flat colour or pure noise) with the complete EXIF block of a real camera file from the
sample corpus (maker notes and the embedded thumbnail included) and an XMP packet naming a
creator and a place. The same seed gives the same files, byte for byte.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import numpy as np
from PIL import Image

#: Width × height of each size made, in turn: 12, 16, 20 and 24 megapixels.
SIZES = [(4000, 3000), (4608, 3456), (5184, 3888), (5664, 4248)]
XMP = (
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:exif="http://ns.adobe.com/exif/1.0/">'
    "<dc:creator><rdf:Seq><rdf:li>Field Photographer {n}</rdf:li></rdf:Seq></dc:creator>"
    "<exif:GPSLatitude>36,12.{n:02}N</exif:GPSLatitude>"
    "<exif:GPSLongitude>37,9.{n:02}E</exif:GPSLongitude>"
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)


def exif_donors(corpus_jpegs: list[Path]) -> list[bytes]:
    """The EXIF blocks of the corpus files whose EXIF holds a maker note, in name order."""
    donors = []
    for path in sorted(corpus_jpegs):
        with Image.open(path) as image:
            exif = image.info.get("exif")
        if isinstance(exif, bytes) and len(exif) < 65_000 and b"\x7c\x92" in exif + exif[::-1]:
            donors.append(exif)  # 0x927C (MakerNote) in either byte order
    return donors


def _picture(width: int, height: int, rng: np.random.Generator) -> Image.Image:
    small = rng.integers(0, 256, size=(height // 64 + 1, width // 64 + 1, 3), dtype=np.uint8)
    base = Image.fromarray(small, "RGB").resize((width, height), Image.Resampling.BICUBIC)
    noise = rng.normal(0.0, 9.0, size=(height, width, 3)).astype(np.int16)
    pixels = np.clip(np.asarray(base, dtype=np.int16) + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "RGB")


def make_camera_jpegs(folder: Path, count: int, corpus_jpegs: list[Path], seed: int) -> list[Path]:
    """Write ``count`` camera JPEGs into ``folder`` (made if needed); return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    donors = exif_donors(corpus_jpegs)
    if not donors:
        raise SystemExit("no corpus JPEG with a maker note to copy EXIF from")
    pick = random.Random(seed)
    rng = np.random.default_rng(seed)
    out = []
    for n in range(count):
        width, height = SIZES[n % len(SIZES)]
        buf = io.BytesIO()
        _picture(width, height, rng).save(
            buf,
            "JPEG",
            quality=92,
            exif=pick.choice(donors),
            xmp=XMP.format(n=n).encode("utf-8"),
        )
        path = folder / f"IMG_{n:04}.jpg"
        path.write_bytes(buf.getvalue())
        out.append(path)
    return out
