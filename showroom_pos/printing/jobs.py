"""Print jobs: a sale's receipt (after the sale is committed), slips and price tags."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from escpos.escpos import Escpos

from showroom_pos.domain.errors import ShowroomError, ValidationError
from showroom_pos.printing.connection import has_cutter, open_printer
from showroom_pos.printing.receipt import ReceiptHeader, print_receipt
from showroom_pos.printing.slip import print_slip
from showroom_pos.printing.tags import print_tags
from showroom_pos.services import settings
from showroom_pos.services.context import Ledger
from showroom_pos.services.day_reports import DayReport
from showroom_pos.services.dto import Actor, Slip
from showroom_pos.services.printing import receipt_for_print, record_receipt_print
from showroom_pos.services.tags import PriceTag

log = logging.getLogger(__name__)


def _target(values: dict[str, str], printer_uri: str | None, profile: str | None,
            labels: bool = False) -> tuple[str, str | None]:
    """The printer asked for, else the one of the settings (the label printer for tags)."""
    configured = (values.get("label.printer") if labels else "") or values.get(
        "receipt.printer", "")
    return printer_uri or configured, profile or values.get("receipt.profile") or None


def print_sale_receipt(ledger: Ledger, *, actor: Actor, receipt_no: str,
                       printer_uri: str | None = None, profile: str | None = None) -> int | None:
    """Print (or reprint) a receipt; the print is journaled; returns the copy number."""
    values = settings.get_settings(ledger)
    uri, chosen_profile = _target(values, printer_uri, profile)
    if not uri:
        raise ValidationError("printer.not_set")
    receipt, copy_number = receipt_for_print(ledger, actor=actor, receipt_no=receipt_no)
    header = ReceiptHeader.from_settings(values)
    _print_on(uri, chosen_profile,
              lambda printer: print_receipt(printer, receipt, header, copy_number))
    record_receipt_print(ledger, actor=actor, receipt_no=receipt.receipt_no, printer=uri,
                         copy_number=copy_number)
    return copy_number


def _print_on(uri: str, profile: str | None, draw: Callable[[Escpos], None]) -> None:
    """Open the printer, send one job, close; the printer's failure becomes a clear refusal."""
    if not uri:
        raise ValidationError("printer.not_set")
    printer = open_printer(uri, profile)
    try:
        draw(printer)
        printer.close()
    except Exception as error:  # unplugged, no paper, asleep
        log.warning("print job not done on %s: %s", uri, error)
        raise ShowroomError("printer.failed", printer=uri, reason=str(error) or
                            type(error).__name__) from error


def print_slip_now(ledger: Ledger, slip: Slip, printer_uri: str | None = None,
                   profile: str | None = None) -> None:
    """Print an intake or return slip on the receipt printer of the settings."""
    values = settings.get_settings(ledger)
    header = ReceiptHeader.from_settings(values)
    _print_on(*_target(values, printer_uri, profile),
              lambda printer: print_slip(printer, slip, header))


def print_tags_now(ledger: Ledger, tags: Sequence[PriceTag], printer_uri: str | None = None,
                   profile: str | None = None) -> None:
    """Price tags on the label printer of the settings (else the receipt printer)."""
    _print_on(*_target(settings.get_settings(ledger), printer_uri, profile, labels=True),
              lambda printer: print_tags(printer, tags))


def print_test_page(uri: str, profile: str | None = None) -> int:
    """A short test page (name, a ruler of the paper's width); returns the width in columns."""
    from showroom_pos.printing.connection import paper_columns
    from showroom_pos.printing.text import centre, rule

    columns: list[int] = []

    def draw(printer: Escpos) -> None:
        width = paper_columns(printer)
        columns.append(width)
        for line in [*centre("Showroom POS", width), rule(width),
                     *centre("Tes printer / printer test", width),
                     ("1234567890" * (width // 10 + 1))[:width], rule(width)]:
            printer.textln(line)
        if has_cutter(printer):
            printer.cut()
        else:
            printer.ln(4)

    _print_on(uri, profile, draw)
    return columns[0]


def print_day_report_now(ledger: Ledger, report: DayReport, printer_uri: str | None = None,
                         profile: str | None = None) -> None:
    """An X or Z report on the receipt printer of the settings."""
    from showroom_pos.printing.day_report import print_day_report

    values = settings.get_settings(ledger)
    header = ReceiptHeader.from_settings(values)
    _print_on(*_target(values, printer_uri, profile),
              lambda printer: print_day_report(printer, report, header))
