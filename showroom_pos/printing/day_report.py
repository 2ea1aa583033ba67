"""X and Z reports laid out for the receipt printer (their rows:
`services/reports/day_report_rows.py`, which the PDF uses too), in Bahasa Indonesia as paper is
unless a caller passes another `lang`."""

from __future__ import annotations

from escpos.escpos import Escpos

from showroom_pos.domain.text import render
from showroom_pos.printing.commands import begin_job, end_job, text_lines
from showroom_pos.printing.connection import paper_columns
from showroom_pos.printing.receipt import LANG, ReceiptHeader
from showroom_pos.printing.text import centre, columns, printable, rule, wrap
from showroom_pos.services.reports.day_report_rows import RULE, report_rows, report_title
from showroom_pos.services.reports.types import DayReport


def day_report_lines(
    report: DayReport, header: ReceiptHeader, width: int, lang: str | None = LANG
) -> list[str]:
    lines = [*centre(header.showroom_name, width), rule(width, "=")]
    lines += centre(report_title(report, lang), width)
    lines.append(rule(width, "="))
    for label, figure in report_rows(report, lang):
        if (label, figure) == RULE:
            lines.append(rule(width))
        elif not figure:
            lines += wrap(label, width)
        else:
            lines += columns(label, figure, width)
    if report.kind == "Z" and report.journal_hash:
        lines += [render("day_report_paper.journal_hash", lang), *wrap(report.journal_hash, width)]
    return [printable(line)[:width] for line in lines]


def print_day_report(
    printer: Escpos, report: DayReport, header: ReceiptHeader, lang: str | None = LANG
) -> None:
    begin_job(printer)
    text_lines(printer, day_report_lines(report, header, paper_columns(printer), lang))
    end_job(printer)
