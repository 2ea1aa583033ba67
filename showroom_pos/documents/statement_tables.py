"""The statement's tables of the month: sales (events apart), refunds and stock movement."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, TableStyle

from showroom_pos.documents.base import FONT_BOLD, cell_text, escape, grid_table, styles
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.services.settlement.types import SettlementSaleLine, SettlementView


def sales_table(view: SettlementView, text: dict[str, str]) -> list[Flowable]:
    """Every sale of the month; those rung up at an event listed apart under its name, with
    the receipt numbers its till gave, so a buyer's event receipt can be ticked off."""
    style = styles()
    heading = Paragraph(escape(text["sales"]), style["heading"])
    if not view.sales:
        return [heading, Paragraph(escape(text["no_sales"]), style["body"])]
    rows: list[list[object]] = [
        [
            text["no"],
            text["date"],
            text["time"],
            text["receipt"],
            text["code"],
            text["item"],
            text["qty"],
            text["price"],
            text["amount"],
        ]
    ]
    section_rows: list[int] = []
    at_showroom = view.sales_at(None)
    # (title, lines, subtotal shown): without events, one untitled list as always
    groups: list[tuple[str | None, tuple[SettlementSaleLine, ...], bool]] = [
        (text["showroom_sales"] if view.events else None, at_showroom, False)
    ]
    for event in view.events:
        first, last = (
            date.fromisoformat(day).strftime("%d-%m-%Y") for day in (event.starts_on, event.ends_on)
        )
        groups.append(
            (
                text["event_sales"].format(
                    name=event.name, place=event.place, first=first, last=last
                ),
                view.sales_at(event.till_code),
                True,
            )
        )
    number = 0
    for title, lines, subtotal in groups:
        if not lines:
            continue
        if title is not None:
            section_rows.append(len(rows))
            rows.append([cell_text(title, style["cell"], 180 * mm), "", "", "", "", "", "", "", ""])
        for line in lines:
            number += 1
            local = to_local(line.sold_at)
            rows.append(
                [
                    str(number),
                    local.strftime("%d-%m-%Y"),
                    local.strftime("%H:%M"),
                    line.receipt_no,
                    line.item_code,
                    cell_text(line.description, style["cell"], 46 * mm),
                    str(line.quantity),
                    format_rupiah(line.unit_price),
                    format_rupiah(line.amount),
                ]
            )
        if subtotal:
            section_rows.append(len(rows))
            rows.append(
                [
                    "",
                    "",
                    "",
                    "",
                    "",
                    text["event_subtotal"],
                    str(sum(s.quantity for s in lines)),
                    "",
                    format_rupiah(sum(s.amount for s in lines)),
                ]
            )
    rows.append(
        [
            "",
            "",
            "",
            "",
            "",
            text["total"],
            str(sum(s.quantity for s in view.sales)),
            "",
            format_rupiah(view.gross_sales),
        ]
    )
    widths = [w * mm for w in (7, 17, 9, 20, 21, 46, 8, 24, 28)]
    table = grid_table(rows, widths, right_columns=(0, 6, 7, 8), total_row=True)
    commands: list[tuple[object, ...]] = []
    for row in section_rows:
        if rows[row][0]:  # a section's title spans the line
            commands += [("SPAN", (0, row), (-1, row)), ("ALIGN", (0, row), (-1, row), "LEFT")]
        commands += [("FONT", (0, row), (-1, row), FONT_BOLD, 7.5)]
    table.setStyle(TableStyle(commands))
    return [heading, table]


def refund_table(view: SettlementView, text: dict[str, str]) -> list[Flowable]:
    if not view.refund_lines:
        return []
    style = styles()
    rows: list[list[object]] = [
        [
            text["date"],
            text["time"],
            text["refund_no"],
            text["sale_receipt"],
            text["code"],
            text["item"],
            text["qty"],
            text["amount"],
        ]
    ]
    for line in view.refund_lines:
        local = to_local(line.refunded_at)
        rows.append(
            [
                local.strftime("%d-%m-%Y"),
                local.strftime("%H:%M"),
                line.refund_no,
                line.receipt_no,
                line.item_code,
                cell_text(line.description, style["cell"], 57 * mm),
                str(line.quantity),
                format_rupiah(-line.amount),
            ]
        )
    rows.append(
        [
            "",
            "",
            "",
            "",
            "",
            text["total"],
            str(sum(r.quantity for r in view.refund_lines)),
            format_rupiah(-view.refunds),
        ]
    )
    widths = [w * mm for w in (16, 9, 21, 20, 21, 57, 8, 28)]
    return [
        Paragraph(escape(text["refund_lines"]), style["heading"]),
        grid_table(rows, widths, right_columns=(6, 7), total_row=True),
    ]


def stock_table(view: SettlementView, text: dict[str, str]) -> list[Flowable]:
    style = styles()
    heading = Paragraph(escape(text["stock"]), style["heading"])
    if not view.stock:
        return [heading, Paragraph(escape(text["no_stock"]), style["body"])]
    keys = ("opening", "received", "sold", "refunded", "returned", "adjusted", "closing")
    bold = styles()["cell_head"]
    rows: list[list[object]] = [
        [text["code"], text["item"], *(Paragraph(escape(text[k]), bold) for k in keys)]
    ]
    for row in view.stock:
        rows.append(
            [
                row.item_code,
                cell_text(row.description, style["cell"], 53 * mm),
                *(str(getattr(row, k)) for k in keys),
            ]
        )
    rows.append(["", text["total"], *(str(sum(getattr(r, k) for r in view.stock)) for k in keys)])
    widths = [w * mm for w in (22, 53, 15, 15, 15, 15, 15, 15, 15)]
    return [heading, grid_table(rows, widths, right_columns=range(2, 9), total_row=True)]
