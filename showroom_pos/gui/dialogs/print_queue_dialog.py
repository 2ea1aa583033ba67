"""The print queue as the cashier sees it: what did not print and why; retry, send to another
printer, or drop (the sale itself is never touched)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom_pos.domain.errors import ShowroomError
from showroom_pos.domain.periods import to_local
from showroom_pos.gui.errors import message_of
from showroom_pos.printing.queue import PrintJob, PrintQueue, check_printer_uri


class PrintQueueDialog(QDialog):
    """`retry(job_id)` sends one job again (in the background); the list refreshes after."""

    def __init__(
        self, queue: PrintQueue, retry: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.queue = queue
        self.retry_job = retry
        self.jobs: list[PrintJob] = []
        self.setWindowTitle(self.tr("Print queue"))
        self.resize(820, 360)
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Paper"),
                self.tr("Number"),
                self.tr("Printer"),
                self.tr("Tries"),
                self.tr("Problem"),
                self.tr("Since"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.redirect_button = QPushButton(self.tr("&Other printer..."))
        self.drop_button = QPushButton(self.tr("&Drop"))
        for button in (self.retry_button, self.redirect_button, self.drop_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.retry_button.clicked.connect(self.retry_selected)
        self.redirect_button.clicked.connect(self.redirect_selected)
        self.drop_button.clicked.connect(self.drop_selected)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.jobs = self.queue.jobs()
        kinds = {
            "receipt": self.tr("Receipt"),
            "slip": self.tr("Slip"),
            "tags": self.tr("Price tags"),
        }
        self.table.setRowCount(0)  # fresh rows: replacing cells re-measures columns
        self.table.setRowCount(len(self.jobs))
        for row, job in enumerate(self.jobs):
            since = to_local(datetime.fromisoformat(job.created_at)).strftime("%d-%m %H:%M")
            values = [
                kinds.get(job.kind, job.kind),
                job.reference,
                job.printer or self.tr("(settings)"),
                str(job.attempts),
                job.last_error or self.tr("waiting"),
                since,
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if self.jobs:
            self.table.selectRow(0)
            self.info.setText(
                self.tr(
                    "These papers were not printed. The sales are saved; "
                    "each paper here is printed once."
                )
            )
        else:
            self.info.setText(self.tr("Nothing waits to be printed."))
        for button in (self.retry_button, self.redirect_button, self.drop_button):
            button.setEnabled(bool(self.jobs))

    def selected(self) -> PrintJob | None:
        rows = self.table.selectionModel().selectedRows()
        return self.jobs[rows[0].row()] if rows else None

    def retry_selected(self) -> None:
        job = self.selected()
        if job is not None:
            self.info.setText(self.tr("Printing %1...").replace("%1", job.reference))
            self.retry_job(job.id)

    def redirect_selected(self) -> None:
        job = self.selected()
        if job is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Other printer"),
            self.tr("Printer address, e.g. tcp:192.168.1.50:9100 or usb:04b8:0202:"),
            QLineEdit.EchoMode.Normal,
            job.printer,
        )
        if ok:
            self.send_to(job.id, text)

    def send_to(self, job_id: str, uri: str) -> None:
        try:
            cleaned = check_printer_uri(uri)
        except ShowroomError as refused:
            self.info.setText(message_of(refused))
            return
        self.queue.redirect(job_id, cleaned)
        self.retry_job(job_id)

    def drop_selected(self) -> None:
        job = self.selected()
        if job is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Drop print job"),
            self.tr("Drop %1 without printing it? The sale stays as it is.").replace(
                "%1", job.reference
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.queue.remove(job.id)
            self.reload()
