"""The till on the counter's screen: at 1366x768 and 1280x720, whatever the status bar says,
the total and the buttons that finish a sale stay on the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from showroom_pos.gui.context import AppContext
from showroom_pos.gui.main import application
from showroom_pos.gui.main_window import MainWindow
from showroom_pos.services import settings
from tests.conftest import Showroom

LONG_PRINTER = "tcp:printer-kasir-depan-showroom-dekranasda.pekalongan.local:9100"


def _on_screen(widget: QWidget, screen: QRect, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    box = QRect(top_left, widget.size())
    return widget.isVisible() and screen.contains(box)


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_long_status_bar_never_pushes_the_till_off_the_screen(
        sqlite_showroom: Showroom, qtbot: QtBot, size: tuple[int, int], lang: str) -> None:
    application(lang)
    settings.set_settings(sqlite_showroom.ledger, actor=sqlite_showroom.admin,
                          values={"receipt.printer": LONG_PRINTER})
    window = MainWindow(AppContext(sqlite_showroom.ledger, sqlite_showroom.cashier, "K1", lang))
    qtbot.addWidget(window)
    window.print_queue.add("receipt", "K1-000001")
    window.refresh_queue()
    window.status_labels["database"].setText("Database: " + "/srv/showroom/" * 12)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= size[0]
    assert window.width() <= size[0] and window.height() <= size[1]
    screen = QRect(0, 0, window.width(), window.height())
    till = window.till
    assert till is not None
    for widget in (till.ui.totalLabel, till.ui.payButton):
        assert _on_screen(widget, screen, window), widget.objectName()
    printer = window.status_labels["printer"]
    assert LONG_PRINTER in printer.toolTip()
