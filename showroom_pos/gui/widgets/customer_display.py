"""The screen the buyer sees (a second monitor facing the counter): the cart at the makers'
prices, the total, the QRIS code with the amount filled in, and a thank-you after the sale.

It speaks both Indonesian and English, for museum visitors from anywhere."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from showroom_pos.domain.money import format_rupiah
from showroom_pos.gui.models.cart_model import CartRow
from showroom_pos.gui.widgets.qr_image import qr_pixmap

NO_MARKUP = "Harga sesuai harga pembatik, tanpa mark-up · Makers' own prices, no mark-up"
LINES_SHOWN = 8


STYLE = """
#displayTitle { font-size: 22pt; font-weight: bold; }
#displayLines { font-size: 18pt; }
#displayTotal { font-size: 40pt; font-weight: bold; }
#displayCaption { font-size: 20pt; font-weight: bold; }
#displayFooter { font-size: 12pt; }
"""


class CustomerDisplay(QWidget):
    def __init__(self, showroom_name: str, parent: QWidget | None = None) -> None:
        # The buyer's screen never takes the keyboard: the next scan goes to the till.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("customerDisplay")
        self.setWindowTitle(showroom_name)
        self.resize(800, 600)
        layout = QVBoxLayout(self)
        self.title = QLabel(showroom_name)
        self.setStyleSheet(STYLE)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lines = QListWidget()

        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.total = QLabel()

        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()

        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        footer = QLabel(NO_MARKUP)
        footer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        footer.setWordWrap(True)
        for name, widget in (
            ("displayTitle", self.title),
            ("displayLines", self.lines),
            ("displayTotal", self.total),
            ("displayQr", self.qr),
            ("displayCaption", self.caption),
            ("displayFooter", footer),
        ):
            widget.setObjectName(name)
            layout.addWidget(widget)
        self.welcome()

    def welcome(self) -> None:
        self.lines.clear()
        self.total.setText("")
        self.hide_qr()
        self.caption.setText("Selamat datang · Welcome")

    def show_cart(self, rows: Sequence[CartRow], total: int, training: bool = False) -> None:
        if not rows:
            self.welcome()
            return
        self.lines.clear()
        for row in list(rows)[-LINES_SHOWN:]:
            self.lines.addItem(
                f"{row.quantity} x {row.description}  ·  {format_rupiah(row.amount)}"
            )
        self.lines.scrollToBottom()
        label = "LATIHAN · TRAINING  " if training else ""
        self.total.setText(f"{label}Total {format_rupiah(total)}")
        self.hide_qr()
        self.caption.setText("")

    def show_qr(self, payload: str, amount: int) -> None:
        """The QRIS code with the amount in it, large enough to scan from the counter."""
        if not payload:
            self.hide_qr()
            return
        self.qr.setPixmap(qr_pixmap(payload, 320))
        self.qr.setVisible(True)
        self.caption.setText(f"Scan QRIS: {format_rupiah(amount)}")

    def hide_qr(self) -> None:
        self.qr.clear()
        self.qr.setVisible(False)

    def thank_you(self, total: int, change: int) -> None:
        self.lines.clear()
        self.hide_qr()
        self.total.setText(f"Total {format_rupiah(total)}")
        text = "Terima kasih · Thank you"
        if change:
            text = f"Kembalian · Change {format_rupiah(change)}\n{text}"
        self.caption.setText(text)

    def place(self) -> None:
        """Full screen on a second monitor when there is one, else a normal window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        else:
            self.show()
