"""The main window's printing: the print queue and its button, printing receipts, slips and
price tags through it, and the receipt printer's own answer. Its texts belong to the main
window's translation context."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QPushButton

from showroom_pos.gui.dialogs.print_queue_dialog import PrintQueueDialog
from showroom_pos.gui.ops import query
from showroom_pos.paths import data_dir
from showroom_pos.printing.queue import PrintQueue
from showroom_pos.printing.service import PrintService
from showroom_pos.services.stock.types import PriceTag, Slip

if TYPE_CHECKING:
    from showroom_pos.gui.main_window import MainWindow

translate = QCoreApplication.translate

PRINTER_CHECK_MS = 60_000


class WindowPrinting:
    """The printing of a `MainWindow`, which keeps the settings it prints by."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        context = window.context
        self.queue = PrintQueue(data_dir() / "print-queue.json")
        self.service = PrintService(
            context.ledger,
            context.actor,
            till=context.terminal_code,
            queue=self.queue,
            lang=context.lang,
        )
        self.queue_button = QPushButton(window)
        self.queue_button.setObjectName("printQueueButton")
        self.queue_button.setFlat(True)
        self.queue_button.clicked.connect(self.open_print_queue)
        window.ui.statusBar.addPermanentWidget(self.queue_button)
        window.ui.printQueueAction.triggered.connect(self.open_print_queue)
        self.queue_dialog: PrintQueueDialog | None = None
        self.printer_answer: tuple[str, str] | None = None
        self.printer_timer = QTimer(window)
        self.printer_timer.setInterval(PRINTER_CHECK_MS)
        self.printer_timer.timeout.connect(self.ask_printer)
        self.printer_timer.start()

    def print_through_queue(self, send: Callable[[], None]) -> None:
        """Run on a worker: `send` queues the job first, then sends it; if the printer does not
        take it, it stays in the queue and the caller hears why."""
        try:
            send()
        finally:
            self.window.queue_changed.emit()

    def has_printer(self, *keys: str) -> bool:

        values = self.window.values
        return any(values.get(key) for key in keys)

    def receipt_printer(self) -> Callable[[str], object] | None:
        """Prints a receipt number through the queue, if a receipt printer is set up."""
        if not self.has_printer("receipt.printer"):
            return None
        return lambda receipt_no: self.print_through_queue(
            lambda: self.service.queue_receipt(receipt_no)
        )

    def _start_print(self, send: Callable[[], None], done_text: str) -> None:
        from showroom_pos.gui.errors import message_of

        status_bar = self.window.ui.statusBar
        query(self.window, lambda: self.print_through_queue(send), quiet=True).success(
            lambda _none: status_bar.showMessage(done_text, 8000)
        ).failure(lambda error: status_bar.showMessage(message_of(error), 15000)).run()

    def slip_printer(self) -> Callable[[Slip], str] | None:
        """Prints a slip in the background; returns what to tell the user meanwhile."""
        if not self.has_printer("receipt.printer"):
            return None

        def start(slip: Slip) -> str:
            self._start_print(
                lambda: self.service.queue_slip(slip.number),
                translate("MainWindow", "Slip %1 printed.").replace("%1", slip.number),
            )
            return translate("MainWindow", "Printing the slip...")

        return start

    def tag_printer(self) -> Callable[[list[PriceTag]], str] | None:
        """Prints price tags in the background on the label (else receipt) printer."""
        if not self.has_printer("label.printer", "receipt.printer"):
            return None

        def start(chosen: list[PriceTag]) -> str:
            self._start_print(
                lambda: self.service.queue_tags(chosen),
                translate("MainWindow", "%1 tags printed.").replace("%1", str(len(chosen))),
            )
            return translate("MainWindow", "Printing %1 tags...").replace("%1", str(len(chosen)))

        return start

    def refresh_queue(self) -> None:
        waiting = len(self.queue.jobs())
        self.queue_button.setText(
            translate("MainWindow", "Print queue: %1 waiting").replace("%1", str(waiting))
        )
        self.queue_button.setVisible(waiting > 0)
        if self.queue_dialog is not None:
            self.queue_dialog.reload()

    def open_print_queue(self) -> PrintQueueDialog:
        if self.queue_dialog is None:
            self.queue_dialog = PrintQueueDialog(self.queue, self.retry_print_job, self.window)
        self.queue_dialog.reload()
        self.queue_dialog.show()
        return self.queue_dialog

    def retry_print_job(self, job_id: str) -> None:
        window = self.window

        def work() -> None:
            try:
                self.service.run_job(job_id)
            finally:
                window.queue_changed.emit()

        query(window, work, quiet=True).failure(
            lambda error: window.ui.statusBar.showMessage(str(error), 15000)
        ).run()

    def printer_status(self) -> str:

        uri = self.window.values.get("receipt.printer", "")
        if not uri:
            return translate("MainWindow", "No printer")
        text = translate("MainWindow", "Printer: %1").replace("%1", uri)
        if self.printer_answer and self.printer_answer[0] == uri:
            text += f" ({self.printer_answer[1]})"
        return text

    def ask_printer(self) -> None:
        """The receipt printer's own answer (online, paper), asked in the background while the
        window is on screen."""
        from showroom_pos.printing.status import printer_status

        window = self.window
        if not window.isVisible():
            return
        uri = window.values.get("receipt.printer", "")
        if not uri:
            return
        lang = window.context.lang

        def answered(status: object) -> None:
            from showroom_pos.printing.status import PrinterStatus

            if isinstance(status, PrinterStatus):
                self.printer_answer = (uri, status.describe(lang))
                window.refresh_status()

        query(window, lambda: printer_status(uri), quiet=True).success(answered).failure(
            lambda _error: None
        ).run()
