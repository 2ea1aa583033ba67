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
from showroom_pos.services.dto import SettlementView

SUMS = ("gross_sales", "refunds", "adjustments", "commission", "deductions", "payable",
        "carried")
SHOWN_NEGATIVE = {"refunds", "commission", "deductions"}


def _sum_of(view: SettlementView, key: str) -> int:
    """A column's value: what is owed to the maker and a balance the maker owes are kept
    apart, so a total never nets one against the other."""
    if key == "payable":
        return max(view.payable, 0)
    if key == "carried":
        return min(view.payable, 0)
    return int(getattr(view, key))


def _status(view: SettlementView) -> str:
    return "carried" if view.payable < 0 else view.status

TEXT: dict[str, dict[str, str]] = {
    "id": {"title": "REKAP PEMBAYARAN PEMBATIK", "code": "Kode", "maker": "Pembatik",
           "gross_sales": "Penjualan", "refunds": "Retur", "adjustments": "Penyesuaian",
           "commission": "Komisi", "deductions": "Potongan", "payable": "Dibayarkan",
           "carried": "Saldo kurang", "carried_status": "dibawa",
           "bank": "Bank / rekening", "status": "Status", "total": "TOTAL ({count} pembatik)",
           "draft": "draf", "final": "final", "paid": "dibayar", "page": "Halaman {page} dari "
           "{pages}", "printed": "Dicetak {date}", "mark": "DRAFT",
           "unpaid": "Belum dibayar: {count} pembatik, {amount}."},
    "en": {"title": "MAKERS' PAYOUT SUMMARY", "code": "Code", "maker": "Maker",
           "gross_sales": "Sales", "refunds": "Refunds", "adjustments": "Adjustments",
           "commission": "Commission", "deductions": "Deductions", "payable": "Payable",
           "carried": "Balance owed", "carried_status": "carried",
           "bank": "Bank / account", "status": "Status", "total": "TOTAL ({count} makers)",
           "draft": "draft", "final": "final", "paid": "paid", "page": "Page {page} of {pages}",
           "printed": "Printed {date}", "mark": "DRAFT",
           "unpaid": "Not paid yet: {count} makers, {amount}."},
}

CSV_COLUMNS = ("maker_code", "maker_name", "gross_sales", "refunds", "adjustments",
               "commission", "deductions", "payable", "carried", "bank_name", "bank_account",
               "account_holder", "status", "statement_no")
# What the treasurer reads atop each column; the stable keys follow in the second row.
CSV_LABELS = {
    "id": ("Kode", "Pembatik", "Penjualan", "Retur", "Penyesuaian", "Komisi", "Potongan",
           "Dibayarkan", "Saldo kurang", "Bank", "Rekening", "Atas nama", "Status",
           "No. rekap"),
    "en": ("Code", "Maker", "Sales", "Refunds", "Adjustments", "Commission", "Deductions",
           "Payable", "Balance owed", "Bank", "Account", "Account holder", "Status",
           "Statement no."),
}


def summary_file_stem(period: str, maker_code: str | None = None) -> str:
    return f"rekap-{period}" + (f"-{maker_code}" if maker_code else "")


def _bank(view: SettlementView) -> str:
    last_digits = view.bank_account_masked[-4:]
    return " ".join(part for part in (view.bank_name or "",
                                      f"•••{last_digits}" if last_digits else "") if part)


def write_summary_pdf(views: Sequence[SettlementView], head: Letterhead, target: Path, *,
                      period: str, lang: str = "id", printed_on: str = "") -> None:
    text = TEXT["en" if lang == "en" else "id"]
    style = styles()
    width = landscape(A4)[0] - 30 * mm
    rows: list[list[object]] = [[text["code"], text["maker"], *(text[k] for k in SUMS),
                                 text["bank"], text["status"]]]
    for view in views:
        rows.append([view.maker_code, Paragraph(escape(view.maker_name), style["cell"]),
                     *(format_rupiah(_sum_of(view, key) * (-1 if key in SHOWN_NEGATIVE
                                                           else 1)) for key in SUMS),
                     Paragraph(escape(_bank(view)), style["cell"]),
                     text.get(f"{_status(view)}_status", text.get(view.status, view.status))])
    totals = {key: sum(_sum_of(v, key) for v in views) for key in SUMS}
    rows.append(["", text["total"].format(count=len(views)),
                 *(format_rupiah(totals[key] * (-1 if key in SHOWN_NEGATIVE else 1))
                   for key in SUMS), "", ""])
    widths = [18 * mm, 40 * mm, *(22 * mm,) * len(SUMS), 0.0, 16 * mm]
    widths[2 + len(SUMS)] = width - sum(widths)
    unpaid = [v for v in views if v.status != "paid" and v.payable > 0]
    story: list[Flowable] = [
        letterhead_block(head, width), Spacer(1, 3 * mm),
        Paragraph(escape(text["title"]), style["title"]),
        Paragraph(escape(month_name(period, lang)), style["subtitle"]), Spacer(1, 4 * mm),
        grid_table(rows, widths, right_columns=range(2, 2 + len(SUMS)), total_row=True),
        Spacer(1, 3 * mm),
        Paragraph(escape(text["unpaid"].format(
            count=len(unpaid), amount=format_rupiah(sum(v.payable for v in unpaid)))),
            style["body"]),
    ]
    drafts = any(view.status == "draft" for view in views)
    left = " · ".join(part for part in (text["title"].title(), month_name(period, lang),
                                        text["printed"].format(date=printed_on)) if part)

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        if drafts:
            draft_mark(canvas, text["mark"], landscape(A4))
        footer(canvas, left, text["page"].format(page=page, pages=pages), landscape(A4))

    build_pdf(target, story, title=f"{text['title'].title()} {period}", subject=period,
              keywords=f"showroom-pos summary {period}", decorate=decorate,
              pagesize=landscape(A4))


def write_summary_csv(views: Sequence[SettlementView], target: Path, lang: str = "id") -> None:
    """Plain numbers (whole rupiah, no formatting) for the treasurer's spreadsheet.

    The first row names the columns in the treasurer's language, the second gives their
    stable keys (maker_code, gross_sales, ...) for scripts; the last row is the total. Names
    are written so that no spreadsheet runs them as formulas."""
    text = TEXT["en" if lang == "en" else "id"]
    with target.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_LABELS["en" if lang == "en" else "id"])
        writer.writerow(CSV_COLUMNS)
        for view in views:
            writer.writerow([view.maker_code, spreadsheet_text(view.maker_name),
                             *(_sum_of(view, key) for key in SUMS),
                             spreadsheet_text(view.bank_name or ""), view.bank_account_masked,
                             spreadsheet_text(view.bank_account_holder or ""),
                             text.get(f"{_status(view)}_status",
                                      text.get(view.status, view.status)),
                             view.statement_no or ""])
        writer.writerow(["TOTAL", f"{len(views)}",
                         *(sum(_sum_of(v, key) for v in views) for key in SUMS),
                         "", "", "", "", ""])
