"""Render resources/icons/carrousel.svg to the PNG sizes, .ico and .icns the installers need.

Uses Qt's own SVG renderer (PySide6.QtSvg ships in PySide6-Essentials), so no ImageMagick or Pillow is
needed. ICO and ICNS both accept PNG-compressed entries, so they are written here directly.
Run after editing the SVG:  QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""
from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # hicolor theme sizes we install
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an ICO directory entry can describe
# ICNS element types that hold PNG data, with their pixel size (Apple's "@2x" types reuse bigger renders).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"ic12", 64), (b"ic07", 128),
    (b"ic08", 256), (b"ic13", 256), (b"ic09", 512), (b"ic14", 512), (b"ic10", 1024),
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size}px icon as PNG")
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (readable by Windows Vista and later, NSIS and PyInstaller)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    directory, blobs = b"", b""
    for size in ICO_SIZES:
        png = pngs[size]
        side = size % 256  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + directory + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    elements = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QImage text/painting needs one
    renderer = QSvgRenderer(str(ICONS / "carrousel.svg"))
    if not renderer.isValid():
        print(f"make_icons: {ICONS / 'carrousel.svg'} is not a valid SVG", file=sys.stderr)
        return 1
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: render_png(renderer, size) for size in sizes}
    for size in PNG_SIZES:
        (ICONS / f"carrousel-{size}.png").write_bytes(pngs[size])
    (ICONS / "carrousel.ico").write_bytes(ico_bytes(pngs))
    (ICONS / "carrousel.icns").write_bytes(icns_bytes(pngs))
    del app
    print(f"make_icons: wrote {len(PNG_SIZES)} PNGs, carrousel.ico and carrousel.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
