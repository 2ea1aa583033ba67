"""Printing as the till, the back office and the command line ask for it: one object that, for
a receipt (or its copy), a slip, price tags or an X/Z report, finds the printer in the
settings, lays the paper out, sends it (through this computer's print queue when it has one)
and records the paper, whose copy number comes from the ledger's `document_prints`.

    printing = PrintService(ledger, actor, till="K1", queue=PrintQueue(path))
    printing.queue_receipt("K1-000123")      # the GUI: written down first, then sent
    copy = printing.print_receipt("K1-000123", printer_uri="file:/dev/usb/lp0")  # the CLI
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence

from showroom_pos.domain.errors import PrinterError, ShowroomError, ValidationError
from showroom_pos.printing.connection import send_job
from showroom_pos.printing.day_report import print_day_report
from showroom_pos.printing.queue import PrintJob, PrintQueue
from showroom_pos.printing.receipt import ReceiptHeader, print_receipt
from showroom_pos.printing.slip import print_slip
from showroom_pos.printing.tags import print_tags
from showroom_pos.services.admin import settings
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.reports.types import DayReport
from showroom_pos.services.stock import tags as stock_tags
from showroom_pos.services.stock.types import PriceTag
from showroom_pos.services.till.printing import (
    receipt_for_print,
    record_receipt_print,
    record_slip_print,
    slip_for_print,
)

log = logging.getLogger(__name__)


def printer_of(
    values: dict[str, str],
    printer_uri: str | None = None,
    profile: str | None = None,
    labels: bool = False,
) -> tuple[str, str | None]:
    """The printer asked for, else the one of the settings (the label printer for tags, else
    the receipt printer), and its capability profile."""
    configured = (values.get("label.printer") if labels else "") or values.get(
        "receipt.printer", ""
    )
    return printer_uri or configured, profile or values.get("receipt.profile") or None


class PrintService:
    """Everything a paper needs, for one logged-in person at one place.

    `till` is this computer's till (it decides whether the drawer opens, and is recorded with
    each paper); `queue` this computer's print queue, through which the `queue_*` methods go
    (without one they print at once). The `print_*` methods send at once and raise a
    `ShowroomError` the person can act on when the printer does not take the job.
    """

    def __init__(
        self,
        ledger: Ledger,
        actor: Actor | None = None,
        *,
        till: str | None = None,
        queue: PrintQueue | None = None,
        lang: str = "id",
    ) -> None:
        self.ledger = ledger
        self.actor = actor
        self.till = till
        self.queue = queue
        self.lang = lang

    def _who(self) -> Actor:
        if self.actor is None:
            raise ValueError("printing a recorded paper needs the person who prints it")
        return self.actor

    def _settings(self) -> dict[str, str]:
        return settings.get_settings(self.ledger)

    # -- sent at once ---------------------------------------------------------------------

    def print_receipt(
        self, receipt_no: str, *, printer_uri: str | None = None, profile: str | None = None
    ) -> int | None:
        """Print (or reprint) a receipt; the paper is recorded; returns its copy number (None
        for the original). A printer's failure says that the sale itself is saved."""
        actor = self._who()
        values = self._settings()
        uri, chosen_profile = printer_of(values, printer_uri, profile)
        if not uri:
            raise ValidationError("printer.not_set")
        paper = receipt_for_print(self.ledger, actor=actor, receipt_no=receipt_no, till=self.till)
        header = ReceiptHeader.from_settings(values)
        try:
            send_job(
                uri,
                chosen_profile,
                lambda printer: print_receipt(
                    printer,
                    paper.receipt,
                    header,
                    paper.copy_number,
                    refund_numbers=paper.refund_numbers,
                    open_drawer=paper.open_drawer,
                ),
            )
        except PrinterError as error:
            raise PrinterError(error.code, sale_saved=True, **error.params) from error
        record_receipt_print(
            self.ledger,
            actor=actor,
            receipt_no=paper.receipt.receipt_no,
            printer=uri,
            copy_number=paper.copy_number,
            till=self.till,
        )
        return paper.copy_number

    def print_slip(
        self, number: str, *, printer_uri: str | None = None, profile: str | None = None
    ) -> int | None:
        """An intake or return slip on the receipt printer; a second paper says SALINAN
        KE-n; recorded. Returns the copy number (None for the original)."""
        actor = self._who()
        values = self._settings()
        header = ReceiptHeader.from_settings(values)
        uri, chosen_profile = printer_of(values, printer_uri, profile)
        slip, copy_number = slip_for_print(self.ledger, actor=actor, number=number)
        send_job(
            uri, chosen_profile, lambda printer: print_slip(printer, slip, header, copy_number)
        )
        record_slip_print(
            self.ledger,
            actor=actor,
            number=slip.number,
            printer=uri,
            copy_number=copy_number,
            till=self.till,
        )
        return copy_number

    def print_tags(
        self,
        chosen: Sequence[PriceTag],
        *,
        printer_uri: str | None = None,
        profile: str | None = None,
    ) -> None:
        """Price tags on the label printer of the settings (else the receipt printer)."""
        uri, chosen_profile = printer_of(self._settings(), printer_uri, profile, labels=True)
        send_job(uri, chosen_profile, lambda printer: print_tags(printer, chosen))

    def print_day_report(
        self, report: DayReport, *, printer_uri: str | None = None, profile: str | None = None
    ) -> None:
        """An X or Z report on the receipt printer of the settings."""
        values = self._settings()
        header = ReceiptHeader.from_settings(values)
        uri, chosen_profile = printer_of(values, printer_uri, profile)
        send_job(uri, chosen_profile, lambda printer: print_day_report(printer, report, header))

    # -- through the print queue ----------------------------------------------------------

    def queue_receipt(self, receipt_no: str) -> None:
        """The receipt written into the queue, then sent; one the printer did not take waits
        there, and the `ShowroomError` raised ("printer.queued") says why."""
        self._through_queue("receipt", receipt_no, lambda: self.print_receipt(receipt_no))

    def queue_slip(self, number: str) -> None:
        """A slip through the queue, as `queue_receipt`."""
        self._through_queue("slip", number, lambda: self.print_slip(number))

    def queue_tags(self, chosen: Sequence[PriceTag]) -> None:
        """Price tags through the queue, which keeps each item's code and number of tags."""
        counts = Counter(tag.item_code for tag in chosen)
        self._through_queue(
            "tags",
            ", ".join(counts)[:80],
            lambda: self.print_tags(chosen),
            tag_codes=tuple(counts.items()),
        )

    def _through_queue(
        self,
        kind: str,
        reference: str,
        at_once: Callable[[], object],
        tag_codes: tuple[tuple[str, int], ...] = (),
    ) -> None:
        if self.queue is None:
            at_once()
            return
        job = self.queue.add(kind, reference, tag_codes=tag_codes)
        failed = self.run_job(job.id)
        if failed is not None:
            raise ShowroomError("printer.queued", reason=failed.last_error)

    def run_job(self, job_id: str) -> PrintJob | None:
        """Send one queued job (again); gone from the queue when the printer took it, else
        kept with its error (returned). Never raises for a printer's failure: the sale is
        already safe."""
        queue = self.queue
        if queue is None:
            raise ValueError("no print queue on this computer")
        job = queue.get(job_id)
        if job is None:
            return None
        try:
            self._send(job)
        except ShowroomError as error:
            return queue.failed(job_id, error.message(self.lang))
        except Exception as error:  # a driver's own exception: the job waits with it
            log.exception("print job %s failed", job_id)
            return queue.failed(job_id, str(error) or type(error).__name__)
        queue.remove(job_id)
        return None

    def _send(self, job: PrintJob) -> None:
        uri = job.printer or None
        if job.kind == "receipt":
            self.print_receipt(job.reference, printer_uri=uri)
        elif job.kind == "slip":
            self.print_slip(job.reference, printer_uri=uri)
        else:
            actor = self._who()
            chosen = [
                tag
                for code, count in job.tag_codes
                for tag in stock_tags.tags_for_item(
                    self.ledger, actor=actor, code=code, copies=count
                )
            ]
            self.print_tags(chosen, printer_uri=uri)
