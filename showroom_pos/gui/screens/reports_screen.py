"""Reports: close a till's day (X and Z, printed or as PDF), and sales and stock reports for any
range on screen, exported as PDF, Excel or CSV; pieces due back can become return slips."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from showroom_pos.documents import tables
from showroom_pos.documents.base import Letterhead
from showroom_pos.domain.errors import ShowroomError
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.domain.roles import Action
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.desktop import open_with_desktop
from showroom_pos.gui.errors import message_of, show_error
from showroom_pos.gui.generated.ui_reports_screen import Ui_ReportsScreen
from showroom_pos.gui.ops import Change, query
from showroom_pos.printing.day_report import day_report_lines
from showroom_pos.printing.receipt import ReceiptHeader
from showroom_pos.printing.service import PrintService
from showroom_pos.services.admin import settings
from showroom_pos.services.reports import day_reports, reports
from showroom_pos.services.reports.types import AgingRow, DayReport
from showroom_pos.services.stock import consignment

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ReportsScreen()
        self.ui.setupUi(self)
        self.day_report: DayReport | None = None
        self.made_returns: list[str] = []  # the slips the last return made
        self.table: tables.ReportTable | None = None
        self.aging: list[AgingRow] = []
        self.asked = 0  # which report request is the latest
        self.open_file: Callable[[Path], None] = open_with_desktop
        today = to_local(context.ledger.now()).date()
        self.ui.dayEdit.setDate(_qdate(today))
        self.ui.fromEdit.setDate(_qdate(today.replace(day=1)))
        self.ui.toEdit.setDate(_qdate(today))
        self.ui.dayPreview.setObjectName("reportPreview")
        self.ui.dayPreview.setStyleSheet("font-family: monospace;")
        self.values: dict[str, str] = {}  # the showroom's settings, for report headers
        ledger, actor = context.ledger, context.actor
        query(
            self,
            lambda: (settings.list_terminals(ledger, actor=actor), settings.get_settings(ledger)),
            quiet=True,
        ).success(lambda found: self.fill_tills(*found)).run()
        kinds = [
            ("sales:maker", self.tr("Sales by maker")),
            ("sales:category", self.tr("Sales by category")),
            ("sales:technique", self.tr("Sales by technique")),
            ("sales:motif", self.tr("Sales by motif")),
            ("sales:payment", self.tr("Sales by payment method")),
            ("sales:hour", self.tr("Sales by hour of day")),
            ("sales:location", self.tr("Sales by location (showroom, events)")),
            ("items", self.tr("Best and slowest items")),
            ("stock", self.tr("Stock per maker")),
            ("locations", self.tr("Stock by location (showroom, events)")),
            ("aging", self.tr("Pieces due back to their makers")),
        ]
        for key, label in kinds:
            self.ui.kindCombo.addItem(label, key)
        self.ui.kindCombo.currentIndexChanged.connect(lambda _i: self.show_report())
        self.ui.xButton.clicked.connect(self.x_report)
        self.ui.zButton.clicked.connect(self.confirm_z)
        self.ui.printDayButton.clicked.connect(self.print_day)
        self.ui.pdfDayButton.clicked.connect(self.ask_day_pdf)
        self.ui.showButton.clicked.connect(self.show_report)
        self.ui.exportButton.clicked.connect(self.ask_export)
        self.ui.returnDueButton.clicked.connect(self.return_chosen)
        may_close = context.may(Action.CLOSE_DAY)
        if not may_close:
            self.ui.tabs.removeTab(self.ui.tabs.indexOf(self.ui.dayTab))
        if not context.may(Action.VIEW_REPORTS):
            self.ui.tabs.removeTab(self.ui.tabs.indexOf(self.ui.rangeTab))
        self.update_buttons()

    def update_buttons(self) -> None:
        self.ui.printDayButton.setEnabled(self.day_report is not None)
        self.ui.pdfDayButton.setEnabled(self.day_report is not None)
        self.ui.exportButton.setEnabled(self.table is not None)
        aging = self.ui.kindCombo.currentData() == "aging"
        self.ui.returnDueButton.setVisible(aging and self.context.may(Action.RETURN_TO_MAKER))
        self.ui.fromEdit.setEnabled(
            str(self.ui.kindCombo.currentData()).startswith(("sales", "items"))
        )
        self.ui.toEdit.setEnabled(self.ui.fromEdit.isEnabled())

    # -- closing the day ------------------------------------------------------------------

    def fill_tills(self, terminals: list[Any], values: dict[str, str]) -> None:
        self.values = values
        for terminal in terminals:
            self.ui.tillCombo.addItem(f"{terminal.code}  {terminal.name}", terminal.code)
        if self.context.terminal_code:
            self.ui.tillCombo.setCurrentIndex(
                self.ui.tillCombo.findData(self.context.terminal_code)
            )

    def showroom_settings(self) -> dict[str, str]:
        return self.values or settings.get_settings(self.context.ledger)

    def till(self) -> str:
        return str(self.ui.tillCombo.currentData() or "")

    def show_day(self, report: DayReport) -> None:
        self.day_report = report
        header = ReceiptHeader.from_settings(self.showroom_settings())
        self.ui.dayPreview.setPlainText("\n".join(day_report_lines(report, header, 42)))
        self.update_buttons()

    def x_report(self) -> None:
        ledger, actor, till, day = (
            self.context.ledger,
            self.context.actor,
            self.till(),
            _day(self.ui.dayEdit.date()),
        )
        query(
            self,
            lambda: day_reports.x_report(ledger, actor=actor, terminal_code=till, day=day),
            label=self.tr("Counting the day..."),
        ).success(self.show_day).refusals_to(self.ui.dayPreview.setPlainText).run()

    def confirm_z(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Close the day"),
            self.tr(
                "Close day %1 of till %2 with a Z report? It is done once and cannot be undone."
            )
            .replace("%1", self.ui.dayEdit.date().toString("dd-MM-yyyy"))
            .replace("%2", self.till()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.z_report()

    def z_report(self) -> None:
        ledger, actor, till, day = (
            self.context.ledger,
            self.context.actor,
            self.till(),
            _day(self.ui.dayEdit.date()),
        )

        def closed(report: DayReport) -> None:
            self.show_day(report)
            self.print_day()

        self.context.save(
            self,
            lambda: day_reports.z_report(ledger, actor=actor, terminal_code=till, day=day),
            Change.SALES,
            self.tr("Closing the day..."),
        ).success(closed).refusals_to(self.ui.dayPreview.setPlainText).run()

    def print_day(self) -> None:
        report = self.day_report
        if report is None:
            return
        printing = PrintService(self.context.ledger, self.context.actor)
        query(self, lambda: printing.print_day_report(report), quiet=True).failure(
            lambda error: self.ui.dayPreview.appendPlainText("\n" + message_of(error))
        ).run()

    def ask_day_pdf(self) -> None:
        report = self.day_report
        if report is None:
            return
        name = (
            f"laporan-{report.kind.lower()}-{report.terminal_code}-"
            f"{report.business_day.isoformat()}.pdf"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(Path.home() / name), "PDF (*.pdf)"
        )
        if path:
            self.day_pdf(Path(path))

    def day_pdf(self, path: Path) -> None:
        from showroom_pos.documents.day_report import write_day_report

        report = self.day_report
        assert report is not None
        head = Letterhead.from_settings(self.showroom_settings())
        query(self, lambda: write_day_report(report, head, path)).success(
            lambda _none: self.open_file(path)
        ).run()

    # -- range reports --------------------------------------------------------------------

    def build_table(
        self, kind: str, first: date, last: date
    ) -> tuple[tables.ReportTable, list[AgingRow]]:
        """The chosen report (run off the GUI thread: a year of a city's sales takes a while),
        and the pieces due back when the report is the stock aging."""
        ledger, actor = self.context.ledger, self.context.actor
        if kind.startswith("sales:"):
            return tables.sales_table(
                reports.sales_report(
                    ledger, actor=actor, first_day=first, last_day=last, by=kind.split(":")[1]
                )
            ), []
        if kind == "items":
            top, slow = reports.item_ranking(ledger, actor=actor, first_day=first, last_day=last)
            return tables.items_table(top, slow, f"{first:%d-%m-%Y} s.d. {last:%d-%m-%Y}"), []
        today = to_local(ledger.now()).date()
        if kind == "stock":
            return tables.stock_table(
                reports.stock_by_maker(ledger, actor=actor), f"{today:%d-%m-%Y}"
            ), []
        if kind == "locations":
            return tables.location_stock_table(
                reports.stock_by_location(ledger, actor=actor), f"{today:%d-%m-%Y}"
            ), []
        days = int(settings.get_settings(ledger).get("stock.return_after_days") or 0)
        aging = reports.stock_aging(ledger, actor=actor, min_days=days)
        return tables.aging_table(aging, days), aging

    def show_report(self, then_say: str = "") -> None:
        """Ask for the chosen report; it is shown when it arrives (only the latest asked)."""
        self.update_buttons()
        self.asked += 1
        asked = self.asked
        kind = str(self.ui.kindCombo.currentData())
        first, last = _day(self.ui.fromEdit.date()), _day(self.ui.toEdit.date())
        self.ui.rangeMessage.setText(self.tr("Counting..."))
        query(self, lambda: self.build_table(kind, first, last), quiet=True).success(
            lambda made: (
                self.fill_report(made[0], made[1], then_say) if asked == self.asked else None
            )
        ).failure(lambda error: self.report_refused(error) if asked == self.asked else None).run()

    def report_refused(self, error: BaseException) -> None:
        if not isinstance(error, ShowroomError):
            show_error(self, error)
        self.ui.rangeMessage.setText(message_of(error))

    def fill_report(
        self, table: tables.ReportTable, aging: list[AgingRow], then_say: str = ""
    ) -> None:
        self.table = table
        self.aging = aging
        grid = self.ui.reportTable
        grid.setColumnCount(len(table.headers))
        grid.setHorizontalHeaderLabels(list(table.headers))
        shown = list(table.rows) + ([table.total] if table.total is not None else [])
        grid.setRowCount(0)  # fresh rows: replacing cells re-measures columns
        grid.setRowCount(len(shown))
        for row, values in enumerate(shown):
            for column, value in enumerate(values):
                text = (
                    format_rupiah(value)
                    if column in table.money_columns and isinstance(value, int)
                    else str(value)
                )
                item = QTableWidgetItem(text)
                if isinstance(value, int):
                    item.setTextAlignment(RIGHT)
                grid.setItem(row, column, item)
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.rangeMessage.setText(
            then_say
            or f"{table.title} · {table.subtitle} · "
            + self.tr("%1 rows").replace("%1", str(len(table.rows)))
        )
        self.update_buttons()

    def ask_export(self) -> None:
        if self.table is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the report"),
            str(Path.home() / "laporan.xlsx"),
            "Excel (*.xlsx);;PDF (*.pdf);;CSV (*.csv)",
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        table = self.table
        assert table is not None
        head = Letterhead.from_settings(self.showroom_settings())
        query(self, lambda: tables.write_table(table, path, head)).success(
            lambda _none: self.ui.rangeMessage.setText(
                self.tr("Written to %1.").replace("%1", str(path))
            )
        ).run()

    def return_chosen(self) -> None:
        rows = sorted(
            {
                index.row()
                for index in self.ui.reportTable.selectedIndexes()
                if index.row() < len(self.aging)
            }
        )
        if not rows:
            self.ui.rangeMessage.setText(self.tr("Choose the pieces to return first."))
            return
        by_maker: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for row in rows:
            piece = self.aging[row]
            by_maker[piece.maker_code].append((piece.item_code, piece.on_hand))
        answer = QMessageBox.question(
            self,
            self.tr("Return to makers"),
            self.tr("Make return slips for %1 items of %2 makers?")
            .replace("%1", str(len(rows)))
            .replace("%2", str(len(by_maker))),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.return_pieces(dict(by_maker))

    def return_pieces(self, by_maker: dict[str, list[tuple[str, int]]]) -> None:
        """One return slip per maker, maker by maker; a refusal stops there and is told."""
        ledger, actor = self.context.ledger, self.context.actor
        notes = self.tr("Due back after the shelf time")

        def work() -> tuple[list[str], str]:
            made: list[str] = []
            for maker_code, lines in sorted(by_maker.items()):
                try:
                    slip = consignment.return_to_maker(
                        ledger, actor=actor, maker_code=maker_code, lines=lines, notes=notes
                    )
                except ShowroomError as refused:
                    return made, message_of(refused)
                made.append(slip.number)
            return made, ""

        def done(result: tuple[list[str], str]) -> None:
            made, refusal = result
            self.made_returns = made
            if made:
                self.show_report(
                    then_say=self.tr("Return slips made: %1").replace("%1", ", ".join(made))
                    + (" " + refusal if refusal else "")
                )
            elif refusal:
                self.ui.rangeMessage.setText(refusal)

        self.context.save(self, work, Change.STOCK, self.tr("Making the return slips...")).success(
            done
        ).run()
