"""Monthly statements: the month's makers and sums, PDFs in the background, close and pay."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from babel.dates import format_date
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from showroom_pos.documents import statements
from showroom_pos.documents.statements import StatementBatch
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import period_of, previous_period, to_local
from showroom_pos.domain.roles import Action
from showroom_pos.domain.text import render
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.desktop import open_with_desktop
from showroom_pos.gui.errors import current_language, show_error
from showroom_pos.gui.generated.ui_statements_screen import Ui_StatementsScreen
from showroom_pos.gui.ops import Change, FollowChanges, Latest, ProgressTask, query
from showroom_pos.paths import data_dir
from showroom_pos.services.settlement import months, settlements
from showroom_pos.services.settlement.types import SettlementSummary

MONTHS_SHOWN = 13
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SUMS = ("gross_sales", "refunds", "adjustments", "commission", "deductions", "payable")


class PayoutDialog(QDialog):
    """Date, cash or transfer, and the transfer's reference for one maker's payout."""

    def __init__(
        self, summary: SettlementSummary, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record payment"))
        form = QFormLayout(self)
        form.addRow(
            self.tr("Maker:"),
            QLineEdit(f"{summary.maker_code} {summary.maker_name}", readOnly=True),
        )
        form.addRow(
            self.tr("Amount:"), QLineEdit(format_rupiah(max(summary.payable, 0)), readOnly=True)
        )
        self.method = QComboBox()
        self.method.addItem(self.tr("Bank transfer"), "transfer")
        self.method.addItem(self.tr("Cash"), "cash")
        form.addRow(self.tr("&Method:"), self.method)
        self.reference = QLineEdit()
        self.reference.setMaxLength(64)
        self.reference.setPlaceholderText(self.tr("transfer reference"))
        form.addRow(self.tr("&Reference:"), self.reference)
        self.paid_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("dd-MM-yyyy")
        form.addRow(self.tr("&Paid on:"), self.paid_on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, date]:
        chosen = self.paid_on.date()
        return (
            str(self.method.currentData()),
            self.reference.text().strip(),
            date(chosen.year(), chosen.month(), chosen.day()),
        )


class StatementsScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_StatementsScreen()
        self.ui.setupUi(self)
        self.rows: list[SettlementSummary] = []
        self.task: ProgressTask | None = None
        self.last_batch: StatementBatch | None = None
        self.open_file: Callable[[Path], Any] = open_with_desktop
        headers = [
            self.tr("Code"),
            self.tr("Maker"),
            self.tr("Sales"),
            self.tr("Refunds"),
            self.tr("Adjustments"),
            self.tr("Commission"),
            self.tr("Deductions"),
            self.tr("Payable"),
            self.tr("Bank"),
            self.tr("Status"),
        ]
        table = self.ui.statementsTable
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        this_month = period_of(context.ledger.now())
        period = this_month
        for _ in range(MONTHS_SHOWN):
            year, month = int(period[:4]), int(period[5:])
            self.ui.periodCombo.addItem(
                format_date(date(year, month, 1), "MMMM yyyy", locale=context.lang), period
            )
            period = previous_period(period)
        self.ui.periodCombo.setCurrentIndex(1)  # last month: the one to settle
        self.ui.periodCombo.currentIndexChanged.connect(self.reload)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.recordPaymentButton.clicked.connect(self.pay_selected)
        self.ui.pdfButton.clicked.connect(self.choose_folder_and_make_pdfs)
        self.ui.closeMonthButton.clicked.connect(self.close_month)
        self.ui.finalizeButton.clicked.connect(self.finalize_selected)
        self.ui.finalizeButton.setVisible(context.may(Action.FINALIZE_SETTLEMENT))
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.recordPaymentButton.setVisible(context.may(Action.RECORD_PAYOUT))
        self.ui.closeMonthButton.setVisible(context.may(Action.CLOSE_PERIOD))
        table.itemSelectionChanged.connect(self.update_buttons)
        table.doubleClicked.connect(self.open_selected)
        self.rows_read = Latest(self)
        self.follow = FollowChanges(
            self, context.changes, Change.SALES | Change.SETTLEMENTS | Change.MAKERS, self.reload
        )
        self.follow.load()  # now, or when first shown

    # -- data -----------------------------------------------------------------------------

    @property
    def period(self) -> str:
        return str(self.ui.periodCombo.currentData())

    def reload(self) -> None:
        """The month's statements, read off the GUI thread; the newest answer wins."""
        ledger, actor, period = self.context.ledger, self.context.actor, self.period
        self.rows_read.load(
            lambda: months.list_settlements(ledger, actor=actor, period=period), self.show_rows
        )

    def show_rows(self, rows: list[SettlementSummary]) -> None:
        self.rows = rows
        status_text = {
            "draft": self.tr("draft"),
            "final": self.tr("final"),
            "paid": self.tr("paid"),
        }
        table = self.ui.statementsTable
        table.setRowCount(0)  # new items, not replaced ones: each replacement re-measures
        table.setRowCount(len(self.rows))
        for row, summary in enumerate(self.rows):
            values = [
                summary.maker_code,
                summary.maker_name,
                *(format_rupiah(getattr(summary, key)) for key in SUMS),
                " ".join(p for p in (summary.bank_name or "", summary.bank_account_masked) if p),
                status_text.get(summary.status, summary.status),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if 2 <= column <= 7:
                    item.setTextAlignment(RIGHT)
                table.setItem(row, column, item)
        payable = sum(max(r.payable, 0) for r in self.rows)
        unpaid = [r for r in self.rows if r.status != "paid" and r.payable > 0]
        self.ui.totalsLabel.setText(
            self.tr("%1 makers · sales %2 · payable %3 · not paid yet: %4 (%5)")
            .replace("%1", str(len(self.rows)))
            .replace("%2", format_rupiah(sum(r.gross_sales for r in self.rows)))
            .replace("%3", format_rupiah(payable))
            .replace("%4", str(len(unpaid)))
            .replace("%5", format_rupiah(sum(r.payable for r in unpaid)))
        )
        self.update_buttons()

    def selected(self) -> SettlementSummary | None:
        rows = self.ui.statementsTable.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def update_buttons(self) -> None:
        chosen = self.selected()
        busy = self.task is not None
        ended = self.period < period_of(self.context.ledger.now())
        self.ui.openButton.setEnabled(chosen is not None and not busy)
        self.ui.recordPaymentButton.setEnabled(
            chosen is not None and chosen.status == "final" and chosen.payable > 0 and not busy
        )
        self.ui.pdfButton.setEnabled(bool(self.rows) and not busy)
        self.ui.finalizeButton.setEnabled(
            ended and not busy and chosen is not None and chosen.status == "draft"
        )
        self.ui.closeMonthButton.setEnabled(
            ended and not busy and any(r.status == "draft" for r in self.rows)
        )

    # -- one maker ------------------------------------------------------------------------

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        ledger, actor, period, lang = (
            self.context.ledger,
            self.context.actor,
            self.period,
            self.context.lang,
        )
        folder = data_dir() / "statements"

        def work() -> StatementBatch:
            return statements.write_statements(
                ledger,
                actor=actor,
                period=period,
                out_dir=folder,
                maker_code=chosen.maker_code,
                lang=lang,
            )

        query(self, work, label=self.tr("Making the statement...")).success(
            lambda batch: self.open_file(batch.statements[0])
        ).run()

    def pay_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = PayoutDialog(chosen, to_local(self.context.ledger.now()).date(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.record_payment(chosen.maker_code, *dialog.values())

    def record_payment(self, maker_code: str, method: str, reference: str, paid_on: date) -> None:
        ledger, actor, period = self.context.ledger, self.context.actor, self.period
        self.context.save(
            self,
            lambda: settlements.record_payout(
                ledger,
                actor=actor,
                maker_code=maker_code,
                period=period,
                method=method,
                reference=reference or None,
                paid_on=paid_on,
            ),
            Change.SETTLEMENTS,
            self.tr("Recording the payment..."),
        ).run()

    def finalize_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Finalize statement"),
            self.tr(
                "Finalize the statement of %1 for %2 (payable %3)? It cannot change "
                "afterwards; later corrections go into the next month."
            )
            .replace("%1", f"{chosen.maker_code} {chosen.maker_name}")
            .replace("%2", self.ui.periodCombo.currentText())
            .replace("%3", format_rupiah(chosen.payable)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.finalize_maker(chosen.maker_code)

    def finalize_maker(self, maker_code: str) -> None:
        ledger, actor, period = self.context.ledger, self.context.actor, self.period
        self.context.save(
            self,
            lambda: settlements.finalize_settlement(
                ledger, actor=actor, maker_code=maker_code, period=period
            ),
            Change.SETTLEMENTS,
            self.tr("Finalizing the statement..."),
        ).run()

    # -- the whole month ------------------------------------------------------------------

    def close_month(self) -> None:
        drafts = [r for r in self.rows if r.status == "draft"]
        answer = QMessageBox.question(
            self,
            self.tr("Close the month"),
            self.tr(
                "Close %1 for every maker? %2 statements are finalized (payable %3). "
                "Afterwards nothing can be recorded into this month; later corrections "
                "go into the next month."
            )
            .replace("%1", self.ui.periodCombo.currentText())
            .replace("%2", str(len(drafts)))
            .replace("%3", format_rupiah(sum(max(r.payable, 0) for r in drafts))),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.close_month_confirmed()

    def close_month_confirmed(self) -> None:
        ledger, actor, period = self.context.ledger, self.context.actor, self.period
        self.context.save(
            self,
            lambda: settlements.close_period(ledger, actor=actor, period=period),
            Change.SETTLEMENTS,
            self.tr("Closing the month..."),
        ).run()

    def choose_folder_and_make_pdfs(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the statements"), str(Path.home())
        )
        if folder:
            self.make_pdfs(Path(folder))

    def make_pdfs(self, folder: Path) -> None:
        """Every statement of the month plus the summary, in the background; cancellable."""
        ledger, actor, period, lang = (
            self.context.ledger,
            self.context.actor,
            self.period,
            self.context.lang,
        )

        def work(
            progress: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> StatementBatch:
            return statements.write_statements(
                ledger,
                actor=actor,
                period=period,
                out_dir=folder,
                lang=lang,
                progress=progress,
                cancelled=cancelled,
            )

        self.task = ProgressTask(work, self)
        self.task.progressed.connect(self.show_progress)
        self.task.done.connect(self.pdfs_done)
        self.task.failed.connect(self.pdfs_failed)
        self.ui.progressBar.setRange(0, max(len(self.rows), 1))
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setVisible(True)
        self.ui.cancelButton.setVisible(True)
        self.ui.cancelButton.setEnabled(True)
        self.update_buttons()
        self.task.start()

    def show_progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, total)
        self.ui.progressBar.setValue(done)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.ui.cancelButton.setEnabled(False)

    def _task_over(self) -> None:
        self.task = None
        self.ui.progressBar.setVisible(False)
        self.ui.cancelButton.setVisible(False)
        self.update_buttons()

    def pdfs_done(self, batch: StatementBatch) -> None:
        self._task_over()
        self.last_batch = batch
        if batch.cancelled:
            text = self.tr("Stopped: %1 statements were written before cancelling.").replace(
                "%1", str(len(batch.statements))
            )
        else:
            text = (
                self.tr("%1 statements and the summary written to %2.")
                .replace("%1", str(len(batch.statements)))
                .replace("%2", str(batch.summary_pdf.parent if batch.summary_pdf else ""))
            )
        if batch.unrecorded:
            text += " " + render("statement.not_issued", current_language(), {})
        self.ui.totalsLabel.setText(text)

    def pdfs_failed(self, error: BaseException) -> None:
        self._task_over()
        show_error(self, error)
