"""X and Z reports as rows of label and figure, in the language the report is printed in
(Bahasa Indonesia unless told otherwise, as the showroom's records are kept): the receipt printer
and the PDF lay out the same rows."""

from __future__ import annotations

from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.domain.text import render, text
from showroom_pos.services.reports.types import DayReport

METHODS = {
    "cash": "day_report.cash",
    "qris": "day_report.qris",
    "card": "day_report.card",
    "transfer": "day_report.transfer",
}
BOLD = ("day_report.net_sales", "day_report.grand_total", "day_report.grand_total_absolute")
RULE = ("", "")  # a row that is drawn as a line


def report_title(report: DayReport, lang: str | None = "id") -> str:
    return (
        text("day_report.z_title", lang, number=report.z_number)
        if report.kind == "Z"
        else render("day_report.x_title", lang)
    )


def bold_labels(lang: str | None = "id") -> frozenset[str]:
    """The labels of the rows set in bold (the PDF's)."""
    return frozenset(render(code, lang) for code in BOLD)


def _method(method: str, lang: str | None) -> str:
    code = METHODS.get(method)
    return f"  {render(code, lang) if code else method}"


def report_rows(report: DayReport, lang: str | None = "id") -> list[tuple[str, str]]:
    """(label, figure) rows in order; RULE rows separate the blocks."""

    def word(code: str) -> str:
        return render(code, lang)

    rows = [
        (word("day_report.till"), report.terminal_code),
        (word("day_report.day"), report.business_day.strftime("%d-%m-%Y")),
        (word("day_report.made"), to_local(report.made_at).strftime("%d-%m-%Y %H:%M") + " WIB"),
        (word("day_report.made_by"), report.made_by),
        RULE,
        (word("day_report.receipts"), str(report.receipts)),
        (word("day_report.first_receipt"), report.first_receipt or "-"),
        (word("day_report.last_receipt"), report.last_receipt or "-"),
        RULE,
        (word("day_report.gross_sales"), format_rupiah(report.gross_sales)),
    ]
    rows += [(_method(m, lang), format_rupiah(v)) for m, v in report.sales_by_method.items() if v]
    rows.append(
        (
            text("day_report.refunds", lang, count=report.refund_count),
            format_rupiah(-report.refunds),
        )
    )
    rows += [
        (_method(m, lang), format_rupiah(-v)) for m, v in report.refunds_by_method.items() if v
    ]
    rows += [
        (word("day_report.net_sales"), format_rupiah(report.net_sales)),
        RULE,
        (word("day_report.opening_floats"), format_rupiah(report.opening_floats)),
        (word("day_report.cash_sales"), format_rupiah(report.sales_by_method.get("cash", 0))),
        (word("day_report.cash_refunds"), format_rupiah(-report.refunds_by_method.get("cash", 0))),
        (word("day_report.cash_in_out"), format_rupiah(report.cash_in_out)),
        (word("day_report.cash_expected"), format_rupiah(report.cash_expected)),
        (
            word("day_report.cash_counted"),
            format_rupiah(report.cash_counted)
            if report.cash_counted is not None
            else word("day_report.shift_open"),
        ),
    ]
    if report.over_short is not None:
        over_short = (
            "day_report.over"
            if report.over_short > 0
            else "day_report.short"
            if report.over_short < 0
            else "day_report.even"
        )
        rows.append((word(over_short), format_rupiah(report.over_short)))
    rows += [
        RULE,
        (
            text("day_report.training", lang, count=report.training_receipts),
            format_rupiah(report.training_total),
        ),
        (f"  {word('day_report.training_note')}", ""),
        RULE,
        (word("day_report.grand_total"), format_rupiah(report.grand_total)),
        (word("day_report.grand_total_absolute"), format_rupiah(report.grand_total_absolute)),
    ]
    return rows
