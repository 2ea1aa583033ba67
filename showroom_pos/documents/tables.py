"""Any report table as PDF (to print), CSV or XLSX (to work with), chosen by the file's suffix.

Money stays whole rupiah: plain integers in CSV and Excel, `Rp1.250.000` in the PDF.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from showroom_pos.documents.base import (
    Letterhead,
    build_pdf,
    escape,
    footer,
    grid_table,
    letterhead_block,
    spreadsheet_text,
    styles,
)
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.text import Term, render, text
from showroom_pos.services.reports.types import (
    AgingRow,
    ItemRow,
    LocationStockRow,
    SalesReport,
    StockRow,
)

Cell = str | int


@dataclass(frozen=True)
class ReportTable:
    title: str
    subtitle: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    money_columns: frozenset[int] = frozenset()
    total: tuple[Cell, ...] | None = None
    lang: str | None = "id"  # of its words, and of the PDF's page numbers


def write_table(table: ReportTable, target: Path, head: Letterhead | None = None) -> None:
    suffix = target.suffix.lower()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".csv":
            _csv(table, target)
        elif suffix == ".xlsx":
            _xlsx(table, target)
        elif suffix == ".pdf":
            _pdf(table, target, head or Letterhead(""))
        else:
            raise ValidationError(
                "field.choice",
                field=Term("field_name.file"),
                value=suffix or target.name,
                choices=".pdf, .csv, .xlsx",
            )
    except OSError as error:
        raise ValidationError("file.unwritable", path=str(target), reason=str(error)) from None


def _safe(row: Sequence[Cell]) -> list[Cell]:
    return [spreadsheet_text(cell) if isinstance(cell, str) else cell for cell in row]


def _csv(table: ReportTable, target: Path) -> None:
    with target.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(_safe(table.headers))
        writer.writerows(_safe(row) for row in table.rows)
        if table.total is not None:
            writer.writerow(_safe(table.total))


def _xlsx(table: ReportTable, target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = table.title[:31]
    sheet.append([table.title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([table.subtitle])
    sheet.append([])
    sheet.append(list(table.headers))
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append(list(row))
    if table.total is not None:
        sheet.append(list(table.total))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    for cells in sheet.iter_rows():
        for cell in cells:  # text stays text: openpyxl would store "=..." as a formula
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    for index in table.money_columns:
        for (cell,) in sheet.iter_rows(min_row=5, min_col=index + 1, max_col=index + 1):
            cell.number_format = '"Rp"#,##0'
    for column, header in enumerate(table.headers, start=1):
        width = max([len(str(header))] + [len(str(r[column - 1])) for r in table.rows])
        sheet.column_dimensions[sheet.cell(4, column).column_letter].width = min(width + 4, 60)
    sheet.freeze_panes = "A5"
    book.save(target)


def _shown(table: ReportTable, row: Sequence[Cell]) -> list[object]:
    style = styles()
    cells: list[object] = []
    for index, value in enumerate(row):
        if index in table.money_columns and isinstance(value, int):
            cells.append(format_rupiah(value))
        elif isinstance(value, str) and len(value) > 28:
            cells.append(Paragraph(escape(value), style["cell"]))
        else:
            cells.append(str(value))
    return cells


def _pdf(table: ReportTable, target: Path, head: Letterhead) -> None:
    style = styles()
    width = 180 * mm
    numeric = (
        {i for i, value in enumerate(table.rows[0]) if isinstance(value, int)}
        if table.rows
        else set()
    )
    first = width * 0.40 if len(table.headers) > 2 else width * 0.6
    rest = (width - first) / max(len(table.headers) - 1, 1)
    widths = [first] + [rest] * (len(table.headers) - 1)
    rows: list[list[object]] = [list(table.headers)]
    rows += [_shown(table, row) for row in table.rows]
    if table.total is not None:
        rows.append(_shown(table, table.total))
    story: list[Flowable] = [
        letterhead_block(head, width),
        Spacer(1, 3 * mm),
        Paragraph(escape(table.title), style["title"]),
        Paragraph(escape(table.subtitle), style["subtitle"]),
        Spacer(1, 4 * mm),
        grid_table(rows, widths, right_columns=sorted(numeric), total_row=table.total is not None),
    ]

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        footer(
            canvas,
            f"{table.title} · {table.subtitle}",
            text("report_table.page", table.lang, page=page, pages=pages),
        )

    build_pdf(
        target,
        story,
        title=table.title,
        subject=table.subtitle,
        keywords="showroom-pos report",
        decorate=decorate,
    )


BY_TITLES = {
    "maker": "report_table.by_maker",
    "category": "report_table.by_category",
    "technique": "report_table.by_technique",
    "motif": "report_table.by_motif",
    "payment": "report_table.by_payment",
    "hour": "report_table.by_hour",
    "location": "report_table.by_location",
}


def period_span(first: object, last: object, lang: str | None = "id") -> str:
    """A span of days as the report tables show it: `01-06-2026 s.d. 30-06-2026`."""
    from datetime import date

    assert isinstance(first, date) and isinstance(last, date)
    return text(
        "report_table.span", lang, first=first.strftime("%d-%m-%Y"), last=last.strftime("%d-%m-%Y")
    )


def sales_table(report: SalesReport, lang: str | None = "id") -> ReportTable:
    def word(code: str) -> str:
        return render(code, lang)

    by = BY_TITLES[report.by]
    quantity = word(
        "report_table.receipts" if report.by == "payment" else "report_table.sold_pieces"
    )
    return ReportTable(
        text("report_table.sales_title", lang, by=Term(by)),
        period_span(report.first_day, report.last_day, lang),
        (
            word(by).title(),
            quantity,
            word("report_table.sales"),
            word("report_table.refunds"),
            word("report_table.net"),
        ),
        tuple((r.label, r.quantity, r.sales, r.refunds, r.net) for r in report.rows),
        frozenset({2, 3, 4}),
        # A split payment counts under each of its methods, so receipts do not add up.
        (
            word("report_table.total"),
            "" if report.by == "payment" else report.total_quantity,
            report.total_sales,
            report.total_refunds,
            report.total_sales - report.total_refunds,
        ),
        lang,
    )


def stock_table(rows: Sequence[StockRow], on: object, lang: str | None = "id") -> ReportTable:
    def word(code: str) -> str:
        return render(code, lang)

    return ReportTable(
        word("report_table.stock_title"),
        text("report_table.on", lang, day=on),
        (
            word("report_table.maker"),
            word("report_table.item_kinds"),
            word("report_table.pieces"),
            word("report_table.value"),
        ),
        tuple((f"{r.maker_code} {r.maker_name}", r.items, r.pieces, r.value) for r in rows),
        frozenset({3}),
        (
            word("report_table.total"),
            sum(r.items for r in rows),
            sum(r.pieces for r in rows),
            sum(r.value for r in rows),
        ),
        lang,
    )


def location_stock_table(
    rows: Sequence[LocationStockRow], on: object, lang: str | None = "id"
) -> ReportTable:
    def word(code: str) -> str:
        return render(code, lang)

    return ReportTable(
        word("report_table.location_title"),
        text("report_table.on", lang, day=on),
        (
            word("report_table.location"),
            word("report_table.item_kinds"),
            word("report_table.pieces"),
            word("report_table.value"),
        ),
        tuple((r.label, r.items, r.pieces, r.value) for r in rows),
        frozenset({3}),
        (word("report_table.total"), "", sum(r.pieces for r in rows), sum(r.value for r in rows)),
        lang,
    )


def aging_table(rows: Sequence[AgingRow], min_days: int, lang: str | None = "id") -> ReportTable:
    def word(code: str) -> str:
        return render(code, lang)

    subtitle = (
        text("report_table.aging_since", lang, days=min_days)
        if min_days
        else word("report_table.aging_all")
    )
    return ReportTable(
        word("report_table.aging_title"),
        subtitle,
        (
            word("report_table.item"),
            word("report_table.maker"),
            word("report_table.pieces"),
            word("report_table.price"),
            word("report_table.received"),
            word("report_table.days"),
        ),
        tuple(
            (
                f"{r.item_code} {r.name}",
                r.maker_code,
                r.on_hand,
                r.price,
                r.received_on.strftime("%d-%m-%Y"),
                r.days,
            )
            for r in rows
        ),
        frozenset({3}),
        (
            word("report_table.total"),
            "",
            sum(r.on_hand for r in rows),
            sum(r.on_hand * r.price for r in rows),
            "",
            "",
        ),
        lang,
    )


def items_table(
    top: Sequence[ItemRow], slow: Sequence[ItemRow], span: str, lang: str | None = "id"
) -> ReportTable:
    """Best and slowest sellers over `span` (as `period_span` writes it)."""

    def word(code: str) -> str:
        return render(code, lang)

    rows = [
        (
            word("report_table.top"),
            f"{r.code} {r.name}",
            r.sold,
            r.sales,
            r.on_hand,
            r.days_on_shelf,
        )
        for r in top
    ]
    rows += [
        (
            word("report_table.slow"),
            f"{r.code} {r.name}",
            r.sold,
            r.sales,
            r.on_hand,
            r.days_on_shelf,
        )
        for r in slow
    ]
    return ReportTable(
        word("report_table.items_title"),
        span,
        (
            word("report_table.list"),
            word("report_table.item"),
            word("report_table.sold"),
            word("report_table.sales"),
            word("report_table.stock"),
            word("report_table.days_on_shelf"),
        ),
        tuple(rows),
        frozenset({3}),
        None,
        lang,
    )
