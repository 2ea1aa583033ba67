"""Two small charts drawn with QPainter: columns (sales per day) and labelled horizontal bars
(techniques, top makers). Three plain charts do not justify PySide6-Addons' QtCharts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#8b5a2b")  # sogan brown, like the navigation
TEXT = QColor("#222222")
GRID = QColor("#d8d2c8")


def short_rupiah(amount: int) -> str:
    """Rp1,2 jt / Rp350 rb: short enough to stand on a bar."""
    if abs(amount) >= 1_000_000:
        return f"Rp{amount / 1_000_000:.1f} jt".replace(".", ",")
    if abs(amount) >= 1_000:
        return f"Rp{amount // 1_000} rb"
    return f"Rp{amount}"


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[tuple[str, int]] = []
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_values(self, values: Sequence[tuple[str, int]]) -> None:
        self.values = list(values)
        self.update()


class ColumnChart(_Chart):
    """One column per label (a day of the month), the largest value written on top."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(8, 20, -8, -22)
        painter.setPen(GRID)
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        if not self.values:
            return
        top = max(max(v for _, v in self.values), 1)
        step = area.width() / len(self.values)
        for index, (label, value) in enumerate(self.values):
            height = area.height() * max(value, 0) / top
            bar = QRectF(
                area.left() + index * step + step * 0.15, area.bottom() - height, step * 0.7, height
            )
            painter.fillRect(bar, BAR)
            painter.setPen(TEXT)
            if len(self.values) <= 16 or index % 2 == 0:
                painter.drawText(
                    QRectF(bar.left() - 6, area.bottom() + 2, bar.width() + 12, 18),
                    Qt.AlignmentFlag.AlignHCenter,
                    label,
                )
            if value == top:
                painter.drawText(
                    QRectF(bar.center().x() - 60, bar.top() - 18, 120, 16),
                    Qt.AlignmentFlag.AlignHCenter,
                    short_rupiah(value),
                )


class BarChart(_Chart):
    """Horizontal bars, each with its label on the left and its value at the end."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = QRectF(self.rect()).adjusted(8, 6, -8, -6)
        if not self.values:
            return
        label_width = area.width() * 0.42
        value_width = 80
        top = max(max(v for _, v in self.values), 1)
        row = min(area.height() / len(self.values), 30)
        for index, (label, value) in enumerate(self.values):
            y = area.top() + index * row
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(area.left(), y, label_width - 6, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                painter.fontMetrics().elidedText(
                    label, Qt.TextElideMode.ElideRight, int(label_width - 8)
                ),
            )
            span = (area.width() - label_width - value_width) * max(value, 0) / top
            painter.fillRect(QRectF(area.left() + label_width, y + row * 0.2, span, row * 0.6), BAR)
            painter.drawText(
                QRectF(area.left() + label_width + span + 4, y, value_width, row),
                Qt.AlignmentFlag.AlignVCenter,
                short_rupiah(value),
            )
