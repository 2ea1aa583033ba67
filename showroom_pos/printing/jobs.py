"""Print jobs by name: the test page, which needs no ledger, and the command line's ways of
asking `PrintService` (`printing/service.py`) for a receipt, a slip, tags or a day report;
each opens the printer, sends one framed job and closes it again."""

from __future__ import annotations

from collections.abc import Sequence

from escpos.escpos import Escpos

from showroom_pos.domain.text import render
from showroom_pos.printing.commands import begin_job, end_job, text_lines
from showroom_pos.printing.connection import paper_columns, send_job
from showroom_pos.printing.service import PrintService
from showroom_pos.printing.text import centre, rule
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.reports.types import DayReport
from showroom_pos.services.stock.types import PriceTag


def print_sale_receipt(
    ledger: Ledger,
    *,
    actor: Actor,
    receipt_no: str,
    printer_uri: str | None = None,
    profile: str | None = None,
    till: str | None = None,
) -> int | None:
    """Print (or reprint) a receipt at till `till`: `PrintService.print_receipt`."""
    return PrintService(ledger, actor, till=till).print_receipt(
        receipt_no, printer_uri=printer_uri, profile=profile
    )


def print_slip_now(
    ledger: Ledger,
    *,
    actor: Actor,
    number: str,
    printer_uri: str | None = None,
    profile: str | None = None,
) -> int | None:
    """An intake or return slip: `PrintService.print_slip`."""
    return PrintService(ledger, actor).print_slip(number, printer_uri=printer_uri, profile=profile)


def print_tags_now(
    ledger: Ledger,
    tags: Sequence[PriceTag],
    printer_uri: str | None = None,
    profile: str | None = None,
) -> None:
    """Price tags: `PrintService.print_tags`."""
    PrintService(ledger).print_tags(tags, printer_uri=printer_uri, profile=profile)


def print_day_report_now(
    ledger: Ledger, report: DayReport, printer_uri: str | None = None, profile: str | None = None
) -> None:
    """An X or Z report: `PrintService.print_day_report`."""
    PrintService(ledger).print_day_report(report, printer_uri=printer_uri, profile=profile)


def sample_page_lines(width: int, lang: str | None = "id") -> list[str]:
    return [
        *centre("Showroom POS", width),
        rule(width),
        *centre(render("printer_test.title", lang), width),
        ("1234567890" * (width // 10 + 1))[:width],
        rule(width),
    ]


def print_test_page(uri: str, profile: str | None = None) -> int:
    """A short test page (name, a ruler of the paper's width); returns the width in columns."""
    columns: list[int] = []

    def draw(printer: Escpos) -> None:
        width = paper_columns(printer)
        columns.append(width)
        begin_job(printer)
        text_lines(printer, sample_page_lines(width))
        end_job(printer)

    send_job(uri, profile, draw)
    return columns[0]
