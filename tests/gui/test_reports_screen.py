"""The reports screen: a supervisor closes the till's day after the shift, the Z goes to the
printer; range reports on screen and exported; pieces due back become return slips."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from showroom_pos.domain.periods import to_local
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.main import application
from showroom_pos.gui.ops import wait_for_background
from showroom_pos.gui.screens.reports_screen import ReportsScreen
from showroom_pos.services.admin import settings
from showroom_pos.services.stock import events
from showroom_pos.services.till import sales, shifts
from showroom_pos.services.till.types import CartLine, PaymentInput
from tests.conftest import Showroom
from tests.gui.waiting import settle
from tests.ledgerstate import journal_actions, on_hand
from tests.printing.escpos_decode import decode


def screen_for(showroom: Showroom, who: str, qtbot: QtBot) -> ReportsScreen:
    application("en")
    screen = ReportsScreen(AppContext(showroom.ledger, showroom.people()[who], "K1", "en"))
    qtbot.addWidget(screen)
    settle()  # what the screen shows is read off the GUI thread
    return screen


def sell_and_close_shift(showroom: Showroom) -> None:
    sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00002", 2)],
        payments=[PaymentInput("cash", 500_000)],
    )
    shifts.close_shift(
        showroom.ledger, actor=showroom.cashier, terminal_code="K1", denominations={100_000: 8}
    )


def test_close_the_day_and_print_the_z(
    sqlite_showroom: Showroom, qtbot: QtBot, tmp_path: Path
) -> None:
    paper = tmp_path / "lp0"
    settings.set_settings(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.admin,
        values={"receipt.printer": f"file:{paper}"},
    )
    settle()
    screen = screen_for(sqlite_showroom, "supervisor", qtbot)
    screen.z_report()
    settle()
    assert "still open" in screen.ui.dayPreview.toPlainText()
    sell_and_close_shift(sqlite_showroom)
    settle()
    screen.x_report()
    settle()
    preview = screen.ui.dayPreview.toPlainText()
    assert "LAPORAN X" in preview and "Rp500.000" in preview
    assert "day.close" not in journal_actions(sqlite_showroom.ledger)
    screen.z_report()
    settle()
    assert "LAPORAN Z No. 1" in screen.ui.dayPreview.toPlainText()
    assert journal_actions(sqlite_showroom.ledger)[-1] == "day.close"
    printed = decode(paper.read_bytes()).lines
    assert any(line.startswith("Kas dihitung") and line.endswith("Rp800.000") for line in printed)
    assert any(line.startswith("Kas seharusnya") and line.endswith("Rp800.000") for line in printed)
    opened: list[Path] = []
    screen.open_file = opened.append
    screen.day_pdf(tmp_path / "z.pdf")
    settle()
    settle() and opened == [tmp_path / "z.pdf"]
    screen.z_report()
    settle()
    assert "already closed" in screen.ui.dayPreview.toPlainText()


def test_range_reports_and_returns_due(
    sqlite_showroom: Showroom, qtbot: QtBot, tmp_path: Path
) -> None:
    sell_and_close_shift(sqlite_showroom)
    settle()
    settings.set_settings(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.admin,
        values={"stock.return_after_days": "30"},
    )
    settle()
    sqlite_showroom.clock.set(datetime(2026, 11, 20, 3, 0, tzinfo=UTC))
    settle()
    screen = screen_for(sqlite_showroom, "supervisor", qtbot)
    screen.ui.tabs.setCurrentWidget(screen.ui.rangeTab)
    settle()
    screen.ui.fromEdit.setDate(screen.ui.fromEdit.date().addMonths(-2))
    settle()
    screen.ui.kindCombo.setCurrentIndex(screen.ui.kindCombo.findData("sales:technique"))
    settle()
    grid = screen.ui.reportTable
    assert grid.item(0, 0).text() == "Batik cap" and grid.item(0, 2).text() == "Rp500.000"
    assert grid.item(grid.rowCount() - 1, 0).text() == "TOTAL"
    screen.export(tmp_path / "teknik.xlsx")
    settle()
    sheet = load_workbook(tmp_path / "teknik.xlsx").active
    assert sheet is not None and sheet["C5"].value == 500_000

    screen.ui.kindCombo.setCurrentIndex(screen.ui.kindCombo.findData("aging"))
    settle()
    assert screen.ui.returnDueButton.isVisibleTo(screen)
    codes = [piece.item_code for piece in screen.aging]
    assert codes == ["PKL001-00001", "PKL001-00002", "PKL001-00003"]  # all 46 days old
    row = codes.index("PKL001-00002")
    screen.return_pieces({"PKL001": [("PKL001-00002", screen.aging[row].on_hand)]})
    assert wait_for_background()
    assert screen.made_returns == ["BA-000001"]
    assert screen.ui.rangeMessage.text() == "Return slips made: BA-000001"
    assert on_hand(sqlite_showroom.ledger, "PKL001-00002") == 0
    assert "PKL001-00002" not in [piece.item_code for piece in screen.aging]


def test_the_treasurer_sees_reports_but_does_not_close_days(
    sqlite_showroom: Showroom, qtbot: QtBot
) -> None:
    treasurer = screen_for(sqlite_showroom, "treasurer", qtbot)
    assert treasurer.ui.tabs.count() == 1
    assert treasurer.ui.tabs.widget(0) is treasurer.ui.rangeTab


def test_stock_and_sales_by_location(sqlite_showroom: Showroom, qtbot: QtBot) -> None:
    showroom = sqlite_showroom
    day = to_local(showroom.clock()).date()
    event = events.create_event(
        showroom.ledger,
        actor=showroom.supervisor,
        name="Pekan Batik Nusantara",
        place="Lapangan Jetayu",
        starts_on=day,
        ends_on=day,
    )
    events.send_to_event(
        showroom.ledger,
        actor=showroom.staff,
        event_code=event.code,
        lines=[("PKL001-00002", 3), ("PKL001-00003", 1)],
    )
    sell_and_close_shift(showroom)
    screen = screen_for(showroom, "supervisor", qtbot)
    screen.ui.tabs.setCurrentWidget(screen.ui.rangeTab)
    screen.ui.kindCombo.setCurrentIndex(screen.ui.kindCombo.findData("locations"))
    settle()
    grid = screen.ui.reportTable
    rows = [
        [grid.item(r, c).text() for c in range(grid.columnCount())] for r in range(grid.rowCount())
    ]
    assert rows[0][0] == "Showroom" and rows[0][2] == "3"  # the unique cloth and 2 shawls
    assert rows[1][0] == "P1 Pekan Batik Nusantara (Lapangan Jetayu)" and rows[1][2] == "4"
    assert rows[1][3] == "Rp1.225.000"  # 3 x 250.000 + 475.000 at the makers' prices
    screen.ui.kindCombo.setCurrentIndex(screen.ui.kindCombo.findData("sales:location"))
    settle()
    assert grid.item(0, 0).text() == "Showroom" and grid.item(0, 2).text() == "Rp500.000"
