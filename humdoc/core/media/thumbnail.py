"""Small previews for the GUI, made in memory only (no thumbnail ever touches the disk)."""

from __future__ import annotations

import io

from PIL import Image, ImageOps

from humdoc.core.errors import InvalidInput, MalformedMedia, UnsupportedMedia
from humdoc.core.media._imaging import DECODE_ERRORS, describe_error, open_image
from humdoc.core.media.sniff import MediaType

_MAX_SIDE = 4096


def make_thumbnail(data: bytes, mtype: MediaType, max_px: int = 256) -> bytes:
    """A PNG preview of ``data`` fitting in ``max_px`` × ``max_px``, shown the right way up.

    The EXIF orientation is applied (for HEIC/HEIF its own irot/imir transformations instead), so
    the preview looks as a viewer shows the photo. Holds no
    metadata (Pillow writes none to PNG unless asked). Raises ``UnsupportedMedia`` for non-images,
    ``MalformedMedia`` if the image cannot be decoded or is a decompression bomb, ``InvalidInput``
    if ``max_px`` is not between 1 and 4096.
    """
    if not 1 <= max_px <= _MAX_SIDE:
        raise InvalidInput(f"Thumbnail size must be between 1 and {_MAX_SIDE} pixels.")
    if mtype.kind != "image":
        raise UnsupportedMedia(f"No preview can be made of a {mtype.kind} file.")
    with open_image(data) as image:
        try:
            if image.format == "JPEG":
                # Let the JPEG decoder scale down by 1/2…1/8 while decoding: far less work for a
                # large photo, and the result is resampled to max_px below anyway.
                image.draft("RGB", (max_px * 2, max_px * 2))
            # A HEIF image is already upright: the decoder applied its irot/imir boxes, and an
            # EXIF Orientation inside a HEIF is not for viewers (conforming readers ignore it).
            heif = image.format == "HEIF"
            upright = image if heif else ImageOps.exif_transpose(image)
            if upright.mode not in ("RGB", "RGBA", "L", "LA"):
                has_alpha = "A" in upright.getbands() or "transparency" in upright.info
                upright = upright.convert("RGBA" if has_alpha else "RGB")
            upright.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            upright.save(out, format="PNG")
        except DECODE_ERRORS as exc:
            raise MalformedMedia(
                f"No preview can be made of this image: {describe_error(exc)}"
            ) from None
    return out.getvalue()
