"""Print jobs: a sale's receipt (after the sale is committed), slips, price tags, day reports
and the test page; each opens the printer, sends one framed job and closes it again."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from escpos.escpos import Escpos

from showroom_pos.domain.errors import PrinterError, ValidationError
from showroom_pos.printing.commands import begin_job, end_job, text_lines
from showroom_pos.printing.connection import connect, open_printer, paper_columns
from showroom_pos.printing.day_report import print_day_report
from showroom_pos.printing.receipt import ReceiptHeader, print_receipt
from showroom_pos.printing.slip import print_slip
from showroom_pos.printing.tags import print_tags
from showroom_pos.printing.text import centre, rule
from showroom_pos.services.admin import settings
from showroom_pos.services.context import Ledger
from showroom_pos.services.dto import Actor
from showroom_pos.services.reports.day_reports import DayReport
from showroom_pos.services.stock.tags import PriceTag
from showroom_pos.services.till.printing import (
    receipt_for_print,
    record_receipt_print,
    record_slip_print,
    slip_for_print,
)

log = logging.getLogger(__name__)


def _target(values: dict[str, str], printer_uri: str | None, profile: str | None,
            labels: bool = False) -> tuple[str, str | None]:
    """The printer asked for, else the one of the settings (the label printer for tags)."""
    configured = (values.get("label.printer") if labels else "") or values.get(
        "receipt.printer", "")
    return printer_uri or configured, profile or values.get("receipt.profile") or None


def print_sale_receipt(ledger: Ledger, *, actor: Actor, receipt_no: str,
                       printer_uri: str | None = None, profile: str | None = None,
                       till: str | None = None) -> int | None:
    """Print (or reprint) a receipt at till `till`; the print is journaled; returns the copy
    number. A printer's failure says that the sale itself is saved."""
    values = settings.get_settings(ledger)
    uri, chosen_profile = _target(values, printer_uri, profile)
    if not uri:
        raise ValidationError("printer.not_set")
    paper = receipt_for_print(ledger, actor=actor, receipt_no=receipt_no, till=till)
    header = ReceiptHeader.from_settings(values)
    try:
        _print_on(uri, chosen_profile, lambda printer: print_receipt(
            printer, paper.receipt, header, paper.copy_number,
            refund_numbers=paper.refund_numbers, open_drawer=paper.open_drawer))
    except PrinterError as error:
        raise PrinterError(error.code, sale_saved=True, **error.params) from error
    record_receipt_print(ledger, actor=actor, receipt_no=paper.receipt.receipt_no, printer=uri,
                         copy_number=paper.copy_number)
    return paper.copy_number


def _print_on(uri: str, profile: str | None, draw: Callable[[Escpos], None]) -> None:
    """Open the printer, send one job, close; the printer's failure becomes a clear refusal."""
    if not uri:
        raise ValidationError("printer.not_set")
    printer = open_printer(uri, profile)
    connect(printer, uri)
    try:
        draw(printer)
        printer.close()
    except Exception as error:  # unplugged, no paper, asleep
        log.info("print job not done on %s: %r", uri, error)
        try:
            printer.close()
        except Exception as closing:  # the connection is gone already
            log.info("closing %s after a failed job: %r", uri, closing)
        raise PrinterError("printer.failed", printer=uri) from error


def print_slip_now(ledger: Ledger, *, actor: Actor, number: str,
                   printer_uri: str | None = None, profile: str | None = None) -> int | None:
    """An intake or return slip on the receipt printer of the settings; a second paper says
    SALINAN KE-n; journaled. Returns the copy number."""
    values = settings.get_settings(ledger)
    header = ReceiptHeader.from_settings(values)
    uri, chosen_profile = _target(values, printer_uri, profile)
    slip, copy_number = slip_for_print(ledger, actor=actor, number=number)
    _print_on(uri, chosen_profile, lambda printer: print_slip(printer, slip, header, copy_number))
    record_slip_print(ledger, actor=actor, number=slip.number, printer=uri,
                      copy_number=copy_number)
    return copy_number


def print_tags_now(ledger: Ledger, tags: Sequence[PriceTag], printer_uri: str | None = None,
                   profile: str | None = None) -> None:
    """Price tags on the label printer of the settings (else the receipt printer)."""
    _print_on(*_target(settings.get_settings(ledger), printer_uri, profile, labels=True),
              lambda printer: print_tags(printer, tags))


def sample_page_lines(width: int) -> list[str]:
    return [*centre("Showroom POS", width), rule(width),
            *centre("Tes printer / printer test", width),
            ("1234567890" * (width // 10 + 1))[:width], rule(width)]


def print_test_page(uri: str, profile: str | None = None) -> int:
    """A short test page (name, a ruler of the paper's width); returns the width in columns."""
    columns: list[int] = []

    def draw(printer: Escpos) -> None:
        width = paper_columns(printer)
        columns.append(width)
        begin_job(printer)
        text_lines(printer, sample_page_lines(width))
        end_job(printer)

    _print_on(uri, profile, draw)
    return columns[0]


def print_day_report_now(ledger: Ledger, report: DayReport, printer_uri: str | None = None,
                         profile: str | None = None) -> None:
    """An X or Z report on the receipt printer of the settings."""
    values = settings.get_settings(ledger)
    header = ReceiptHeader.from_settings(values)
    _print_on(*_target(values, printer_uri, profile),
              lambda printer: print_day_report(printer, report, header))
