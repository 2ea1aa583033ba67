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
from showroom_pos.services.admin import settings
from tests.conftest import Showroom

LONG_PRINTER = "tcp:printer-kasir-depan-showroom-dekranasda.pekalongan.local:9100"


def _on_screen(widget: QWidget, screen: QRect, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    box = QRect(top_left, widget.size())
    return widget.isVisible() and screen.contains(box)


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_long_status_bar_never_pushes_the_till_off_the_screen(
    sqlite_showroom: Showroom, qtbot: QtBot, size: tuple[int, int], lang: str
) -> None:
    application(lang)
    settings.set_settings(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.admin,
        values={"receipt.printer": LONG_PRINTER},
    )
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


def _layout_problems(widget: QWidget, size: tuple[int, int]) -> list[str]:
    """A minimum size larger than the screen, or a table header cut short."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView

    problems = []
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if least.width() > size[0] or least.height() > size[1]:
        problems.append(f"{type(widget).__name__} needs {least.width()}x{least.height()}")
    for header in widget.findChildren(QHeaderView):
        if (
            header.orientation() != Qt.Orientation.Horizontal
            or not header.isVisible()
            or header.model() is None
        ):
            continue
        room = header.fontMetrics()
        for section in range(header.count()):
            text = str(header.model().headerData(section, Qt.Orientation.Horizontal) or "")
            if (
                not header.isSectionHidden(section)
                and header.sectionSize(section) < room.horizontalAdvance(text) + 12
            ):
                problems.append(f"header {text!r} cut ({header.sectionSize(section)} px)")
    return problems


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_screen_and_dialog_fits_the_counter_screen(
    sqlite_showroom: Showroom, qtbot: QtBot, size: tuple[int, int], lang: str
) -> None:
    from PySide6.QtCore import QCoreApplication

    from showroom_pos.gui.dialogs.approval_dialog import ApprovalDialog
    from showroom_pos.gui.dialogs.close_shift_dialog import CloseShiftDialog
    from showroom_pos.gui.dialogs.open_shift_dialog import OpenShiftDialog
    from showroom_pos.gui.dialogs.payment_dialog import PaymentDialog
    from showroom_pos.gui.dialogs.refund_dialog import RefundDialog
    from showroom_pos.gui.dialogs.setup_wizard import SetupWizard
    from showroom_pos.gui.dialogs.stock_count_dialog import StockCountDialog

    application(lang)
    context = AppContext(sqlite_showroom.ledger, sqlite_showroom.supervisor, "K1", lang)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    assert len(window.screens) == 10  # a supervisor sees every screen
    for key in list(window.screens):
        screen = window.show_screen(key)
        QCoreApplication.processEvents()
        problems += [f"{key}: {problem}" for problem in _layout_problems(window, size)]
        problems += [f"{key}: {problem}" for problem in _layout_problems(screen, size)]
    count = StockCountDialog(context, window)
    count.choose_maker("PKL001")
    dialogs = [
        PaymentDialog(1_975_000, "", window),
        ApprovalDialog("retur K1-000001", window),
        OpenShiftDialog(window),
        CloseShiftDialog(300_000, window),
        RefundDialog(context, "K1", lambda _what: None, window),
        count,
        SetupWizard(sqlite_showroom.ledger, window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QCoreApplication.processEvents()
        problems += [f"dialog: {problem}" for problem in _layout_problems(dialog, size)]
        dialog.close()
    assert problems == []
