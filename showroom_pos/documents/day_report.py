"""X and Z reports as an A4 PDF for the supervisor's file, with the same rows as on paper."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from showroom_pos.documents.base import (
    FONT,
    FONT_BOLD,
    GRID,
    Letterhead,
    build_pdf,
    escape,
    footer,
    letterhead_block,
    styles,
)
from showroom_pos.domain.text import render, text
from showroom_pos.services.reports.day_report_rows import (
    RULE,
    bold_labels,
    report_rows,
    report_title,
)
from showroom_pos.services.reports.types import DayReport

LANG = "id"  # the supervisor's file copy is in Bahasa Indonesia, as on paper


def write_day_report(
    report: DayReport, head: Letterhead, target: Path, lang: str | None = LANG
) -> None:
    style = styles()
    rows = report_rows(report, lang)
    bold = bold_labels(lang)
    data = [[label, figure] for label, figure in rows if (label, figure) != RULE]
    table = Table(data, colWidths=[90 * mm, 50 * mm])
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 9.5),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    position = 0
    for label, figure in rows:
        if (label, figure) == RULE:
            commands.append(("LINEABOVE", (0, position), (-1, position), 0.5, GRID))
            continue
        if label in bold:
            commands.append(("FONT", (0, position), (-1, position), FONT_BOLD, 9.5))
        position += 1
    table.setStyle(TableStyle(commands))
    story: list[Flowable] = [
        letterhead_block(head, 180 * mm),
        Spacer(1, 4 * mm),
        Paragraph(escape(report_title(report, lang)), style["title"]),
        Spacer(1, 4 * mm),
        table,
    ]
    if report.kind == "Z" and report.journal_hash:
        story += [
            Spacer(1, 4 * mm),
            Paragraph(
                f"{render('day_report_paper.journal_hash', lang)} <font name='{FONT}' size='8'>"
                f"{report.journal_hash}</font>",
                style["small"],
            ),
        ]
    story += [
        Spacer(1, 14 * mm),
        Paragraph(render("day_report_pdf.signatures", lang), style["body"]),
    ]
    name = (
        f"{report_title(report, lang).split(' (')[0]} {report.terminal_code} "
        f"{report.business_day.isoformat()}"
    )

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        footer(canvas, name, text("slip_pdf.page", lang, page=page, pages=pages))

    build_pdf(
        target,
        story,
        title=name,
        subject=report.terminal_code,
        keywords=f"showroom-pos day-report {report.kind}",
        decorate=decorate,
    )
