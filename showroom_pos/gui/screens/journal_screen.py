"""The journal (read-only): the newest entries, and a button that verifies the whole chain."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from showroom_pos.domain.kinds import journal_action_label
from showroom_pos.domain.periods import to_local
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.generated.ui_journal_screen import Ui_JournalScreen
from showroom_pos.gui.ops import query
from showroom_pos.services.admin.integrity import check_ledger, recent_entries
from showroom_pos.services.admin.types import IntegrityReport


class JournalScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_JournalScreen()
        self.ui.setupUi(self)
        headers = [
            self.tr("No."),
            self.tr("When"),
            self.tr("By"),
            self.tr("Event"),
            self.tr("Summary"),
            self.tr("Hash"),
        ]
        self.ui.entriesTable.setColumnCount(len(headers))
        self.ui.entriesTable.setHorizontalHeaderLabels(headers)
        header = self.ui.entriesTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.report: IntegrityReport | None = None
        self.reload()

    def reload(self) -> None:
        ledger, actor = self.context.ledger, self.context.actor
        query(self, lambda: recent_entries(ledger, actor=actor), quiet=True).success(
            self.show_entries
        ).run()

    def show_entries(self, entries: list[Any]) -> None:
        table = self.ui.entriesTable
        table.setRowCount(0)  # fresh rows: replacing cells re-measures columns
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            what = journal_action_label(entry.action, self.context.lang)
            values = (
                str(entry.seq),
                to_local(entry.occurred_at).strftime("%d-%m-%Y %H:%M:%S"),
                entry.username,
                what,
                entry.summary,
                entry.hash[:16],
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == 3:
                    cell.setToolTip(entry.action)  # the code, as the export and verify use it
                table.setItem(row, column, cell)

    def verify(self) -> None:
        ledger = self.context.ledger
        self.ui.resultLabel.setText(self.tr("Verifying..."))
        query(
            self, lambda: check_ledger(ledger), label=self.tr("Verifying the journal...")
        ).success(self.show_report).run()

    def show_report(self, report: IntegrityReport) -> None:
        self.report = report
        lines = report.lines(self.context.lang)
        self.ui.resultLabel.setText("\n".join(lines[-3:]))
        self.ui.resultLabel.setProperty("problem", not report.ok)
        self.ui.resultLabel.style().polish(self.ui.resultLabel)
