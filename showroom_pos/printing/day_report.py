"""X and Z reports laid out for the receipt printer (their rows:
`services/reports/day_report_rows.py`, which the PDF uses too)."""

from __future__ import annotations

from escpos.escpos import Escpos

from showroom_pos.printing.commands import begin_job, end_job, text_lines
from showroom_pos.printing.connection import paper_columns
from showroom_pos.printing.receipt import ReceiptHeader
from showroom_pos.printing.text import centre, columns, printable, rule, wrap
from showroom_pos.services.reports.day_report_rows import RULE, report_rows, report_title
from showroom_pos.services.reports.day_reports import DayReport


def day_report_lines(report: DayReport, header: ReceiptHeader, width: int) -> list[str]:
    lines = [*centre(header.showroom_name, width), rule(width, "=")]
    lines += centre(report_title(report), width)
    lines.append(rule(width, "="))
    for label, figure in report_rows(report):
        if (label, figure) == RULE:
            lines.append(rule(width))
        elif not figure:
            lines += wrap(label, width)
        else:
            lines += columns(label, figure, width)
    if report.kind == "Z" and report.journal_hash:
        lines += ["Hash jurnal saat tutup:", *wrap(report.journal_hash, width)]
    return [printable(line)[:width] for line in lines]


def print_day_report(printer: Escpos, report: DayReport, header: ReceiptHeader) -> None:
    begin_job(printer)
    text_lines(printer, day_report_lines(report, header, paper_columns(printer)))
    end_job(printer)
