"""A reproducible set of large photos as phones and cameras write them, for benchmarks.

``ensure(count=12, seed=1, heic=2)`` returns the paths of ``count`` JPEGs of 12–50 megapixels
(3–15 MB each) and ``heic`` HEIC photos, generating into a cache folder (``bench/.cache/largeset``,
never committed) only what is not there yet. The same seed, count and Pillow/libheif versions
give the same files, byte for byte; a file's name says how it was made (seed, index, generator
version), so a change of recipe makes new files rather than reusing stale ones.

Each JPEG is a Pillow encoding of a natural-looking picture (smooth colour fields at several
scales plus sensor-like grain, so it compresses like a photo, not like a flat colour), laid out as
a camera writes it::

    SOI, APP1 EXIF, APP1 XMP, APP2 MPF, APP13 IPTC, APP2 ICC, tables, scan, EOI, preview JPEG

- EXIF: the whole EXIF block of a real camera or phone file of the sample corpus, copied as it is:
  its maker notes, GPS position (for the sources that have one) and IFD1 thumbnail come along.
- XMP: a packet with a creator, a caption, a place and GPS coordinates, a serial number.
- IPTC: a Photoshop APP13 block with a by-line, a city, a country, a caption and keywords.
- ICC: an sRGB profile.
- MPF: the index of a second, 1920-pixel JPEG preview written after the primary image's end
  (with its own copy of the EXIF block), as many cameras and phones do.

HEIC photos (12 MP, as phones take them) carry the EXIF of a real phone HEIC of the corpus, the
same XMP packet and an sRGB profile, encoded with pillow-heif.

Run ``python -m bench.largeset [COUNT [SEED [HEIC]]]`` to build the set and list it.
"""

from __future__ import annotations

import io
import random
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageCms

#: The repository's own sample corpus: the real files whose metadata the set carries.
SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "exif-samples"
CACHE = Path(__file__).resolve().parent / ".cache" / "largeset"
#: Bumped whenever the recipe changes, so that cached files made by an older one are not reused.
VERSION = 1


@dataclass(frozen=True)
class Camera:
    """One kind of photo in the set: its size in pixels, JPEG quality and EXIF source."""

    name: str
    width: int
    height: int
    quality: int
    exif_source: str  # a JPEG of the corpus, relative to SAMPLES


#: The kinds of photo the set cycles through (12 to 50 megapixels).
CAMERAS: tuple[Camera, ...] = (
    Camera("phone-12mp", 4032, 3024, 95, "jpg/gps/DSCN0010.jpg"),
    Camera("camera-24mp", 6000, 4000, 93, "jpg/Canon_40D.jpg"),
    Camera("phone-50mp", 8160, 6120, 88, "jpg/mobile/HMD_Nokia_8.3_5G.jpg"),
    Camera("camera-20mp", 5472, 3648, 94, "jpg/gps/DSCN0021.jpg"),
    Camera("camera-45mp", 8256, 5504, 90, "jpg/Nikon_D70.jpg"),
    Camera("phone-16mp", 4608, 3456, 94, "jpg/gps/DSCN0040.jpg"),
    Camera("camera-16mp", 4928, 3264, 95, "jpg/Pentax_K10D.jpg"),
    Camera("camera-12mp", 4000, 3000, 96, "jpg/Panasonic_DMC-FZ30.jpg"),
)
HEIC_SIZE = (4032, 3024)
HEIC_EXIF_SOURCE = "heic/IMG_5195.HEIC"
PREVIEW_WIDTH = 1920


def ensure(count: int = 12, seed: int = 1, heic: int = 0, folder: Path = CACHE) -> list[Path]:
    """The paths of ``count`` large JPEGs then ``heic`` HEIC photos made from ``seed``.

    Files already in ``folder`` are reused; missing ones are generated (a few seconds each).
    Raises ``FileNotFoundError`` if the sample corpus the metadata is copied from is missing.
    """
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        camera = CAMERAS[index % len(CAMERAS)]
        path = folder / f"v{VERSION}-s{seed}-{index:03d}-{camera.name}.jpg"
        if not path.exists():
            _write(path, make_jpeg(camera, random.Random(f"{seed}-{index}")))
        paths.append(path)
    for index in range(heic):
        path = folder / f"v{VERSION}-s{seed}-{index:03d}-phone-12mp.heic"
        if not path.exists():
            _write(path, make_heic(random.Random(f"{seed}-heic-{index}")))
        paths.append(path)
    return paths


def _write(path: Path, data: bytes) -> None:
    part = path.with_name(path.name + ".part")
    part.write_bytes(data)
    part.replace(path)


def picture(width: int, height: int, rng: random.Random) -> Image.Image:
    """A photo-like RGB picture: colour fields at several scales, then fine grain."""
    small = (max(width // 8, 1), max(height // 8, 1))
    channels = []
    for _ in range(3):
        field: Image.Image | None = None
        for cells, weight in ((4, 1.0), (16, 0.45), (96, 0.3), (600, 0.2)):
            grid = (cells, max(cells * height // width, 1))
            layer = Image.frombytes("L", grid, rng.randbytes(grid[0] * grid[1]))
            layer = layer.resize(small, Image.Resampling.BICUBIC)
            field = layer if field is None else Image.blend(field, layer, weight / (1 + weight))
        assert field is not None
        channels.append(field.resize((width, height), Image.Resampling.BICUBIC))
    grain = Image.frombytes("L", (width, height), rng.randbytes(width * height))
    grain = grain.point(lambda v: v // 12)  # 0..21: a sensor's fine noise, centred below
    return ImageChops.add(Image.merge("RGB", channels), Image.merge("RGB", [grain] * 3), 1, -10)


def make_jpeg(camera: Camera, rng: random.Random) -> bytes:
    """One large JPEG laid out as the module docstring says."""
    exif = exif_segment(SAMPLES / camera.exif_source)
    image = picture(camera.width, camera.height, rng)
    primary_body = _encode_body(image, camera.quality)
    preview_size = (PREVIEW_WIDTH, PREVIEW_WIDTH * camera.height // camera.width)
    preview_body = _encode_body(image.resize(preview_size, Image.Resampling.BILINEAR), 85)
    preview = b"\xff\xd8" + exif + preview_body
    head = [exif, _segment(0xE1, _XMP_ID + xmp_packet(rng))]
    iptc = _segment(0xED, iptc_block(rng))
    # The MPF segment's own length is fixed, so the primary's length is known before filling it.
    mpf_at = 2 + sum(len(s) for s in head)
    blank = mpf_segment(0, 0, 0)
    primary_length = mpf_at + len(blank) + len(iptc) + len(primary_body)
    # Offsets count from the MP header, just after the segment's marker, length and "MPF\0".
    header_at = mpf_at + 4 + len(_MPF_ID)
    mpf = mpf_segment(primary_length, len(preview), primary_length - header_at)
    return b"".join([b"\xff\xd8", *head, mpf, iptc, primary_body, preview])


def _encode_body(image: Image.Image, quality: int) -> bytes:
    """Pillow's JPEG of ``image`` with an sRGB profile, less its SOI and JFIF header."""
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, icc_profile=srgb_profile())
    data = out.getvalue()
    at = 2
    if data[2:4] == b"\xff\xe0":  # Pillow's JFIF APP0: cameras write EXIF instead
        at += 2 + struct.unpack_from(">H", data, 4)[0]
    return data[at:]


def srgb_profile() -> bytes:
    """An sRGB ICC profile made by LittleCMS, with a fixed creation date.

    LittleCMS stamps the current time into the header (bytes 24-35), which made two files
    generated from one seed differ whenever a second ticked between them. The profile carries
    no profile ID (bytes 84-99 are zero), so nothing else depends on the date."""
    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    data[24:36] = struct.pack(">6H", 2024, 1, 1, 0, 0, 0)
    return bytes(data)


_EXIF_ID = b"Exif\x00\x00"
_XMP_ID = b"http://ns.adobe.com/xap/1.0/\x00"
_MPF_ID = b"MPF\x00"


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def exif_segment(source: Path) -> bytes:
    """The first EXIF APP1 segment of the JPEG ``source``, marker and length included."""
    data = source.read_bytes()
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        length = struct.unpack_from(">H", data, pos + 2)[0]
        if marker == 0xE1 and data[pos + 4 : pos + 10] == _EXIF_ID:
            return data[pos : pos + 2 + length]
        if marker == 0xDA:
            break
        pos += 2 + length
    raise FileNotFoundError(f"no EXIF segment in {source.name}")


def heic_exif(source: Path) -> bytes:
    """The EXIF block (``Exif\\0\\0`` and the TIFF block) of the HEIC ``source``."""
    import pillow_heif

    exif = pillow_heif.open_heif(source.read_bytes()).info.get("exif")
    if not exif:
        raise FileNotFoundError(f"no EXIF in {source.name}")
    return bytes(exif)


def xmp_packet(rng: random.Random) -> bytes:
    """An XMP packet with the personal and place fields that a strip must remove."""
    lat, lon = rng.uniform(-60, 60), rng.uniform(-170, 170)
    serial = rng.randrange(10**9, 10**10)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:exif="http://ns.adobe.com/exif/1.0/"
    xmlns:aux="http://ns.adobe.com/exif/1.0/aux/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    exif:GPSLatitude="{abs(lat):.6f}{"N" if lat >= 0 else "S"}"
    exif:GPSLongitude="{abs(lon):.6f}{"E" if lon >= 0 else "W"}"
    aux:SerialNumber="{serial}"
    photoshop:City="Sample City"
    photoshop:Country="Sample Country">
   <dc:creator><rdf:Seq><rdf:li>Field Photographer {serial % 97}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">Witness at the market, \
{rng.randrange(1, 28)} March</rdf:li></rdf:Alt></dc:description>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def iptc_block(rng: random.Random) -> bytes:
    """A Photoshop APP13 payload holding one IPTC-NAA record with personal and place fields."""
    datasets = [
        (0, b"\x00\x04"),
        (80, f"Field Photographer {rng.randrange(100)}".encode()),
        (90, b"Sample City"),
        (101, b"Sample Country"),
        (120, b"Witness statement, photographed at the scene"),
        (25, b"testimony"),
    ]
    record = b"".join(
        b"\x1c\x02" + bytes((tag,)) + struct.pack(">H", len(value)) + value
        for tag, value in datasets
    )
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(record))
    return b"Photoshop 3.0\x00" + resource + record + (b"\x00" if len(record) % 2 else b"")


def mpf_segment(primary_size: int, preview_size: int, preview_offset: int) -> bytes:
    """An APP2 MPF index (CIPA DC-007) of a primary image and one large preview after it."""
    entries_at = 8 + 2 + 3 * 12 + 4  # header, count, three entries, next-IFD offset
    ifd = struct.pack(">H", 3) + b"".join(
        (
            struct.pack(">HHI4s", 0xB000, 7, 4, b"0100"),  # MPFVersion
            struct.pack(">HHII", 0xB001, 4, 1, 2),  # NumberOfImages
            struct.pack(">HHII", 0xB002, 7, 32, entries_at),  # MPEntry
        )
    )
    entries = struct.pack(">IIIHH", 0x20030000, primary_size, 0, 0, 0) + struct.pack(
        ">IIIHH", 0x00010002, preview_size, preview_offset, 0, 0
    )
    return _segment(
        0xE2, _MPF_ID + b"MM\x00\x2a" + struct.pack(">I", 8) + ifd + b"\0" * 4 + entries
    )


def make_heic(rng: random.Random, size: tuple[int, int] = HEIC_SIZE) -> bytes:
    """One HEIC photo (12 megapixels unless ``size`` says otherwise) with a real phone's EXIF,
    an XMP packet and an sRGB profile."""
    import pillow_heif

    image = picture(*size, rng)
    heif = pillow_heif.from_pillow(image)
    out = io.BytesIO()
    heif.save(
        out,
        quality=80,
        exif=heic_exif(SAMPLES / HEIC_EXIF_SOURCE),
        xmp=xmp_packet(rng),
        icc_profile=srgb_profile(),
    )
    return out.getvalue()


def main(argv: list[str]) -> int:
    """Build the set (``COUNT SEED HEIC``, all optional) and print each file with its size."""
    defaults = ["12", "1", "2"]
    count, seed, heic = (int(a) for a in [*argv, *defaults[len(argv) :]][:3])
    for path in ensure(count=count, seed=seed, heic=heic):
        print(f"{path.stat().st_size / 1e6:6.1f} MB  {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
