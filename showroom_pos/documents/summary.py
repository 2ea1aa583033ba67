"""The treasurer's month overview: every maker's sums and payable, as a PDF and as a CSV."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from showroom_pos.documents.base import (
    Letterhead,
    build_pdf,
    draft_mark,
    escape,
    footer,
    grid_table,
    letterhead_block,
    month_name,
    spreadsheet_text,
    styles,
)
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.text import render, section
from showroom_pos.services.settlement.types import SettlementView

SUMS = ("gross_sales", "refunds", "adjustments", "commission", "deductions", "payable", "carried")
SHOWN_NEGATIVE = {"refunds", "commission", "deductions"}


def _sum_of(view: SettlementView, key: str) -> int:
    """A column's value: what is owed to the maker and a balance the maker owes are kept
    apart, so a total never nets one against the other."""
    if key == "payable":
        return max(view.payable, 0)
    if key == "carried":
        return min(view.payable, 0)
    return int(getattr(view, key))


def _status(view: SettlementView, text: dict[str, str]) -> str:
    status = "carried" if view.payable < 0 else view.status
    return text[STATUS_TEXT[status]] if status in STATUS_TEXT else status


# How a statement's state reads in the overview's status column (`summary_pdf.*`).
STATUS_TEXT = {"draft": "draft", "final": "final", "paid": "paid", "carried": "carried_status"}

# The spreadsheet's columns, headed by `summary_csv.<column>` of the catalogue.
CSV_COLUMNS = (
    "maker_code",
    "maker_name",
    "gross_sales",
    "refunds",
    "adjustments",
    "commission",
    "deductions",
    "payable",
    "carried",
    "bank_name",
    "bank_account",
    "account_holder",
    "status",
    "statement_no",
)


def summary_file_stem(period: str, maker_code: str | None = None) -> str:
    return f"rekap-{period}" + (f"-{maker_code}" if maker_code else "")


def _bank(view: SettlementView) -> str:
    last_digits = view.bank_account_masked[-4:]
    return " ".join(
        part for part in (view.bank_name or "", f"•••{last_digits}" if last_digits else "") if part
    )


def write_summary_pdf(
    views: Sequence[SettlementView],
    head: Letterhead,
    target: Path,
    *,
    period: str,
    lang: str = "id",
    printed_on: str = "",
) -> None:
    text = section("summary_pdf.", lang)
    style = styles()
    width = landscape(A4)[0] - 30 * mm
    rows: list[list[object]] = [
        [text["code"], text["maker"], *(text[k] for k in SUMS), text["bank"], text["status"]]
    ]
    for view in views:
        rows.append(
            [
                view.maker_code,
                Paragraph(escape(view.maker_name), style["cell"]),
                *(
                    format_rupiah(_sum_of(view, key) * (-1 if key in SHOWN_NEGATIVE else 1))
                    for key in SUMS
                ),
                Paragraph(escape(_bank(view)), style["cell"]),
                _status(view, text),
            ]
        )
    totals = {key: sum(_sum_of(v, key) for v in views) for key in SUMS}
    rows.append(
        [
            "",
            text["total"].format(count=len(views)),
            *(format_rupiah(totals[key] * (-1 if key in SHOWN_NEGATIVE else 1)) for key in SUMS),
            "",
            "",
        ]
    )
    widths = [18 * mm, 40 * mm, *(22 * mm,) * len(SUMS), 0.0, 16 * mm]
    widths[2 + len(SUMS)] = width - sum(widths)
    unpaid = [v for v in views if v.status != "paid" and v.payable > 0]
    story: list[Flowable] = [
        letterhead_block(head, width),
        Spacer(1, 3 * mm),
        Paragraph(escape(text["title"]), style["title"]),
        Paragraph(escape(month_name(period, lang)), style["subtitle"]),
        Spacer(1, 4 * mm),
        grid_table(rows, widths, right_columns=range(2, 2 + len(SUMS)), total_row=True),
        Spacer(1, 3 * mm),
        Paragraph(
            escape(
                text["unpaid"].format(
                    count=len(unpaid), amount=format_rupiah(sum(v.payable for v in unpaid))
                )
            ),
            style["body"],
        ),
    ]
    drafts = any(view.status == "draft" for view in views)
    left = " · ".join(
        part
        for part in (
            text["title"].title(),
            month_name(period, lang),
            text["printed"].format(date=printed_on),
        )
        if part
    )

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        if drafts:
            draft_mark(canvas, text["mark"], landscape(A4))
        footer(canvas, left, text["page"].format(page=page, pages=pages), landscape(A4))

    build_pdf(
        target,
        story,
        title=f"{text['title'].title()} {period}",
        subject=period,
        keywords=f"showroom-pos summary {period}",
        decorate=decorate,
        pagesize=landscape(A4),
    )


def write_summary_csv(views: Sequence[SettlementView], target: Path, lang: str = "id") -> None:
    """Plain numbers (whole rupiah, no formatting) for the treasurer's spreadsheet.

    The first row names the columns in the treasurer's language, the second gives their
    stable keys (maker_code, gross_sales, ...) for scripts; the last row is the total. Names
    are written so that no spreadsheet runs them as formulas."""
    text = section("summary_pdf.", lang)
    with target.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        # What the treasurer reads atop each column; the stable keys follow in the second row.
        writer.writerow([render(f"summary_csv.{column}", lang) for column in CSV_COLUMNS])
        writer.writerow(CSV_COLUMNS)
        for view in views:
            writer.writerow(
                [
                    view.maker_code,
                    spreadsheet_text(view.maker_name),
                    *(_sum_of(view, key) for key in SUMS),
                    spreadsheet_text(view.bank_name or ""),
                    view.bank_account_masked,
                    spreadsheet_text(view.bank_account_holder or ""),
                    _status(view, text),
                    view.statement_no or "",
                ]
            )
        writer.writerow(
            [
                "TOTAL",
                f"{len(views)}",
                *(sum(_sum_of(v, key) for v in views) for key in SUMS),
                "",
                "",
                "",
                "",
                "",
            ]
        )
