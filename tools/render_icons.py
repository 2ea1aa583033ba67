"""Render resources/icons/showroom-pos.svg to the PNG sizes and the Windows .ico the program
and its installers use. Run after changing the SVG: `python tools/render_icons.py`."""

from __future__ import annotations

import os
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "showroom-pos.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"showroom-pos-{size}.png"))
    largest = Image.open(ICONS / "showroom-pos-256.png")
    largest.save(ICONS / "showroom-pos.ico", sizes=[(s, s) for s in SIZES])
    del app


if __name__ == "__main__":
    main()
