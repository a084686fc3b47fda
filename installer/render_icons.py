"""Render resources/icons/humdoc.svg to the icon formats Windows and macOS want.

    python installer/render_icons.py OUTDIR      -> OUTDIR/humdoc.ico, OUTDIR/humdoc.icns, OUTDIR/humdoc.png

Qt's own SVG renderer draws the icon (the same one the application uses at run time) and Pillow
writes .ico and .icns, so no Inkscape, rsvg-convert or iconutil is needed on any build machine.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "humdoc.svg"


def render_png(size: int) -> bytes:
    """The SVG icon as a square PNG of ``size`` pixels."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons.py: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: render_icons.py OUTDIR\n")
        return 2
    from PIL import Image

    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    big = Image.open(io.BytesIO(render_png(1024)))
    big.save(out / "humdoc.png")
    big.save(out / "humdoc.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(out / "humdoc.icns")
    for name in ("humdoc.png", "humdoc.ico", "humdoc.icns"):
        print(out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
