"""Which printer address to type for the printer at hand, on this computer's system."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget


def example_address() -> str:
    """A placeholder that fits this system's usual receipt printer."""
    return "win32:EPSON TM-T82" if sys.platform == "win32" else "file:/dev/usb/lp0"


def hint_text() -> str:
    translate = QCoreApplication.translate
    return "\n".join(
        [
            translate(
                "PrinterHint",
                "USB printer on Windows: win32: and its name as in Windows "
                "Settings > Printers (e.g. win32:EPSON TM-T82).",
            ),
            translate(
                "PrinterHint",
                "USB printer on Linux: file:/dev/usb/lp0, or "
                "usb:VENDOR:PRODUCT (e.g. usb:04b8:0202).",
            ),
            translate(
                "PrinterHint",
                "Bluetooth printer: pair it first, then serial: and its port "
                "(serial:COM5 on Windows, serial:/dev/rfcomm0 on Linux).",
            ),
            translate(
                "PrinterHint", "Network printer: tcp: and its IP address (tcp:192.168.1.50:9100)."
            ),
            translate("PrinterHint", "Profile: TM-T88III for 80 mm paper, POS-5890 for 58 mm."),
        ]
    )


def printer_hint(parent: QWidget | None = None) -> QLabel:
    label = QLabel(hint_text(), parent)
    label.setObjectName("printerHint")
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(mid);")
    return label
