"""Pillow behind one guarded door: every decode in this package goes through ``open_image``.

Pillow's own exceptions (and the odd ``struct.error`` or ``IndexError`` from a hostile file) become
``MalformedMedia``; a decompression bomb is refused instead of decoded. ``Image.MAX_IMAGE_PIXELS`` is
left at Pillow's default on purpose.
"""

from __future__ import annotations

import io
import re
import struct
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from PIL import Image, UnidentifiedImageError

from humdoc.core.errors import MalformedMedia

_heif_registered = False

#: Images larger than this many bytes are refused before any parsing (a file, not pixels).
MAX_IMAGE_BYTES = 256 * 1024 * 1024

#: Exceptions a hostile or broken image can make Pillow, pillow_heif or a parser raise.
DECODE_ERRORS: tuple[type[BaseException], ...] = (
    UnidentifiedImageError,
    OSError,
    SyntaxError,
    ValueError,
    TypeError,
    struct.error,
    EOFError,
    IndexError,
    KeyError,
    ZeroDivisionError,
    OverflowError,
    RuntimeError,
    MemoryError,
    Image.DecompressionBombError,
    Image.DecompressionBombWarning,
)


def check_size(data: bytes) -> None:
    """Raise ``MalformedMedia`` if ``data`` is larger than ``MAX_IMAGE_BYTES``."""
    if len(data) > MAX_IMAGE_BYTES:
        mib = MAX_IMAGE_BYTES // (1024 * 1024)
        raise MalformedMedia(f"The image is too large to process safely (over {mib} MiB).")


def ensure_heif() -> None:
    """Teach Pillow to open HEIC/HEIF, once; done lazily to keep start-up fast."""
    global _heif_registered
    if not _heif_registered:
        import pillow_heif

        pillow_heif.register_heif_opener()
        _heif_registered = True


# The warning filters are the process's, not a thread's: ``guarded_warnings`` sets them when the
# first block of any thread enters and restores them when the last one leaves.
_GUARD_LOCK = threading.Lock()
_guard_users = 0
_guard_saved: warnings.catch_warnings[None] | None = None


@contextmanager
def guarded_warnings() -> Iterator[None]:
    """Within the block, a decompression bomb warning raises and other warnings stay silent.

    Pillow warns about every oddity of a damaged file (corrupt EXIF, truncated reads); those are
    reported through ``MalformedMedia`` or a metadata ``errors`` list instead of on the console.
    Safe across threads (intake decodes on several): while any thread is inside such a block,
    the filters hold for every thread, and they are restored once the last block is left, never
    while another thread is still decoding (``warnings.catch_warnings`` alone would restore the
    first block's saved filters under the second).
    """
    global _guard_users, _guard_saved
    with _GUARD_LOCK:
        if _guard_users == 0:
            saved = warnings.catch_warnings(record=False)
            saved.__enter__()
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            _guard_saved = saved
        _guard_users += 1
    try:
        yield
    finally:
        with _GUARD_LOCK:
            _guard_users -= 1
            if _guard_users == 0 and _guard_saved is not None:
                saved, _guard_saved = _guard_saved, None
                saved.__exit__(None, None, None)


@contextmanager
def open_image(data: bytes) -> Iterator[Image.Image]:
    """Yield the image in ``data``, fully decoded; ``MalformedMedia`` if it cannot be.

    A ``DecompressionBombWarning`` is raised as an error rather than ignored, so an image just
    under Pillow's hard limit is refused too. Exceptions raised by the caller's block pass through.
    """
    check_size(data)
    ensure_heif()
    with guarded_warnings():
        try:
            image = Image.open(io.BytesIO(data))
            image.load()
        except DECODE_ERRORS as exc:
            raise MalformedMedia(f"The image cannot be decoded: {describe_error(exc)}") from None
        try:
            yield image
        finally:
            image.close()


# A Python object's repr, as Pillow puts the file object it was handed into its messages.
_OBJECT_REPR = re.compile(r"<[^<>]*? at 0x[0-9a-fA-F]+>")


def describe_error(exc: BaseException) -> str:
    """Why a reader failed, in one line of words: never a Python object's repr.

    Pillow names the file object it could not identify (``cannot identify image file
    <_io.BytesIO object at 0x…>``); that says nothing to a documenter, so an unidentified image
    gets its own sentence and any other object repr in a message is replaced by "the file".
    """
    if isinstance(exc, Image.DecompressionBombError | Image.DecompressionBombWarning):
        return "it has too many pixels to decode safely."
    if isinstance(exc, UnidentifiedImageError):
        return "its format is not recognised, or its header is damaged."
    lines = str(exc).strip().splitlines()
    text = _OBJECT_REPR.sub("the file", lines[0]).strip() if lines else ""
    return text[:160] if text else f"the reader stopped ({type(exc).__name__})."


def pixels(image: Image.Image) -> tuple[str, tuple[int, int], bytes]:
    """The decoded content of ``image`` as (mode, size, raw bytes), for exact comparisons."""
    return image.mode, image.size, image.tobytes()


#: Rows compared at a time by ``same_pixels``: small enough to stay in the processor's cache.
_STRIP_ROWS = 64


def same_pixels(first: Image.Image, second: Image.Image) -> bool:
    """Whether ``first`` and ``second`` (both loaded) have the same mode, size and raw pixel bytes:
    ``pixels(first) == pixels(second)``, compared a strip of rows at a time instead of over two
    whole copies of the image (a 50 MP photo's are 150 MB each)."""
    if first.mode != second.mode or first.size != second.size:
        return False
    width, height = first.size
    for top in range(0, height, _STRIP_ROWS):
        box = (0, top, width, min(top + _STRIP_ROWS, height))
        if first.crop(box).tobytes() != second.crop(box).tobytes():
            return False
    return True


def decode_pixels(data: bytes) -> tuple[str, tuple[int, int], bytes]:
    """Decode ``data`` and return ``pixels`` of it; ``MalformedMedia`` if it cannot be decoded."""
    with open_image(data) as image:
        try:
            return pixels(image)
        except DECODE_ERRORS as exc:
            raise MalformedMedia(f"The image cannot be decoded: {describe_error(exc)}") from None
