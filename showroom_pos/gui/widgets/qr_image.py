"""A QR code drawn with QPainter from ReportLab's encoder (no extra dependency)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

QUIET_ZONE = 4  # modules of white around the code, as scanners expect


def qr_modules(text: str) -> list[list[bool]]:
    # Imported here: ReportLab's barcode package takes a noticeable part of the start-up.
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    return [[bool(cell) for cell in row] for row in code.modules]


def qr_pixmap(text: str, size: int) -> QPixmap:
    modules = qr_modules(text)
    count = len(modules) + 2 * QUIET_ZONE
    scale = max(1, size // count)
    side = count * scale
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for row, cells in enumerate(modules):
        for column, dark in enumerate(cells):
            if dark:
                painter.drawRect(
                    QRectF((column + QUIET_ZONE) * scale, (row + QUIET_ZONE) * scale, scale, scale)
                )
    painter.end()
    return QPixmap.fromImage(image)
