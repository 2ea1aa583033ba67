"""A maker's monthly statement as an A4 PDF: every sale to tick off, the sums, and what is paid."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from showroom_pos.documents.base import (
    FONT,
    FONT_BOLD,
    GRID,
    SHADE,
    Letterhead,
    build_pdf,
    cell_text,
    draft_mark,
    escape,
    footer,
    grid_table,
    letterhead_block,
    long_date,
    month_name,
    styles,
)
from showroom_pos.domain.money import format_rupiah, rupiah_in_words
from showroom_pos.domain.periods import parse_period, to_local
from showroom_pos.domain.text import LANGUAGES, render, section
from showroom_pos.services.settlement.months import verification_code
from showroom_pos.services.settlement.types import SettlementSaleLine, SettlementView

WIDTH = 180 * mm
METERAI_THRESHOLD = 5_000_000


def labels(lang: str) -> dict[str, str]:
    """The statement's words in `lang` (`statement_pdf.*` of the catalogue)."""
    return section("statement_pdf.", lang)


def statement_file_name(view: SettlementView) -> str:
    kind = "draft" if view.status == "draft" else "laporan"
    return f"{kind}-{view.period}-{view.maker_code}.pdf"


def statement_keywords(view: SettlementView) -> str:
    """Machine-readable identity in the PDF's metadata, read back by `statement verify`."""
    if view.status == "draft" or not view.content_hash:
        return f"showroom-pos draft {view.maker_code} {view.period}"
    return (
        f"showroom-pos statement {view.statement_no} code "
        f"{verification_code(view.content_hash)} hash {view.content_hash}"
    )


def read_printed_sums(text: str) -> dict[str, int]:
    """The gross sales, line count and payable as printed, read back from a statement's text."""
    found: dict[str, int] = {}
    for text_of in map(labels, LANGUAGES):
        gross = re.search(
            re.escape(text_of["gross"]).replace(r"\{count\}", r"(\d+)") + r"\s+(-?Rp[\d.]+)", text
        )
        if gross:
            found["lines"], found["gross_sales"] = int(gross.group(1)), _amount(gross.group(2))
        for key in ("payable", "payable_negative"):
            payable = re.search(re.escape(text_of[key]) + r"\s+(-?Rp[\d.]+)", text)
            if payable:
                found["payable"] = _amount(payable.group(1))
    return found


def _amount(printed: str) -> int:
    value = int(printed.lstrip("-").removeprefix("Rp").replace(".", ""))
    return -value if printed.startswith("-") else value


def _rate(basis_points: int, lang: str) -> str:
    whole, rest = divmod(basis_points, 100)
    decimal = render("statement_pdf.decimal_mark", lang)
    return f"{whole}%" if not rest else f"{whole}{decimal}{rest:02d}%"


def _money_rows(view: SettlementView, text: dict[str, str], lang: str) -> list[list[object]]:
    rows: list[list[object]] = [
        [text["gross"].format(count=len(view.sales)), format_rupiah(view.gross_sales)],
        [text["refunds"], format_rupiah(-view.refunds)],
    ]
    rows += [
        [text["adjustment"].format(name=line.name), format_rupiah(line.amount)]
        for line in view.corrections
    ]
    rows.append([text["net"], format_rupiah(view.commission_base)])
    label = text["commission" if view.commission >= 0 else "commission_back"]
    rows.append(
        [label.format(rate=_rate(view.commission_bp, lang)), format_rupiah(-view.commission)]
    )
    rows += [
        [text["deduction"].format(name=line.name), format_rupiah(-line.amount)]
        for line in view.deduction_lines
    ]
    rows += [
        [text["adjustment"].format(name=line.name), format_rupiah(line.amount)]
        for line in view.carried
    ]
    return rows


def _summary(view: SettlementView, text: dict[str, str], lang: str) -> list[Flowable]:
    style = styles()
    rows: list[list[object]] = [[text["summary"], ""], *_money_rows(view, text, lang)]
    last_label = text["payable"] if view.payable >= 0 else text["payable_negative"]
    rows.append([last_label, format_rupiah(view.payable)])
    table = Table(rows, colWidths=[125 * mm, 55 * mm])
    net_row = 2 + len(view.corrections) + 1
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9.5),
                ("FONT", (0, net_row), (-1, net_row), FONT_BOLD, 9),
                ("FONT", (0, -1), (-1, -1), FONT_BOLD, 11),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("BOX", (0, 0), (-1, -1), 1, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, GRID),
                ("LINEABOVE", (0, net_row), (-1, net_row), 0.4, GRID),
                ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
                ("BACKGROUND", (0, -1), (-1, -1), SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    parts: list[Flowable] = [table, Spacer(1, 2 * mm)]
    if view.payable > 0:
        parts.append(
            Paragraph(
                f"{text['in_words']}: <i>{escape(rupiah_in_words(view.payable))}</i>", style["body"]
            )
        )
    if view.payable > METERAI_THRESHOLD:
        parts.append(Paragraph(f"<b>{escape(text['meterai'])}</b>", style["body"]))
    return [KeepTogether(parts)]


def _sales_table(view: SettlementView, text: dict[str, str]) -> list[Flowable]:
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


def _refund_table(view: SettlementView, text: dict[str, str]) -> list[Flowable]:
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


def _stock_table(view: SettlementView, text: dict[str, str]) -> list[Flowable]:
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


def _payment(view: SettlementView, text: dict[str, str], lang: str) -> list[Flowable]:
    style = styles()
    paid = view.payout
    if paid is None:
        line = text["not_paid"]
    else:
        line = text["paid"].format(
            date=long_date(paid.paid_on, lang),
            method=text.get(paid.method, paid.method),
            reference=text["reference"].format(ref=paid.reference) if paid.reference else "",
            amount=format_rupiah(paid.amount),
            who=paid.recorded_by,
        )
    return [
        Paragraph(escape(text["payment"]), style["heading"]),
        Paragraph(escape(line), style["body"]),
    ]


def _signatures(view: SettlementView, text: dict[str, str]) -> Flowable:
    style = styles()
    center = style["center"]
    stamp: Flowable = Spacer(1, 1)
    if view.payable > METERAI_THRESHOLD:
        box = Table([[text["meterai_box"]]], colWidths=[24 * mm], rowHeights=[14 * mm])
        box.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 6.5),
                    ("BOX", (0, 0), (-1, -1), 0.5, GRID, None, (2, 2)),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TEXTCOLOR", (0, 0), (-1, -1), GRID),
                ]
            )
        )
        stamp = box
    rows = [
        [
            Paragraph(escape(text["handed"]), center),
            "",
            Paragraph(escape(text["received_by"]), center),
        ],
        [
            Paragraph(escape(text["treasurer"]), center),
            "",
            Paragraph(escape(text["maker"]), center),
        ],
        ["", "", stamp],
        [
            Paragraph("( ______________________ )", center),
            "",
            Paragraph(f"( {escape(view.maker_name)} )", center),
        ],
    ]
    table = Table(
        rows, colWidths=[70 * mm, 40 * mm, 70 * mm], rowHeights=[None, None, 20 * mm, None]
    )
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (-1, -1), "CENTER")])
    )
    return KeepTogether([Spacer(1, 6 * mm), table])


def _verification(view: SettlementView, text: dict[str, str]) -> list[Flowable]:
    style = styles()
    if view.status == "draft" or not view.content_hash:
        return [Spacer(1, 4 * mm), Paragraph(escape(text["verify_draft"]), style["small"])]
    code = verification_code(view.content_hash)
    widget = QrCodeWidget(f"{view.statement_no} {code}")
    left, bottom, right, top = widget.getBounds()
    size = 22 * mm
    drawing = Drawing(
        size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0]
    )
    drawing.add(widget)
    words = [
        Paragraph(f"{escape(text['verify'])}: <b>{code}</b>", style["body"]),
        Paragraph(escape(text["verify_note"]), style["small"]),
    ]
    table = Table([[drawing, words]], colWidths=[26 * mm, 154 * mm])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return [Spacer(1, 4 * mm), KeepTogether([table])]


def _identity(
    view: SettlementView, text: dict[str, str], lang: str, printed_on: str
) -> list[Flowable]:
    style = styles()
    number = view.statement_no if view.status != "draft" else text["draft_no"]
    bank = " ".join(part for part in (view.bank_name or "", view.bank_account_masked) if part)
    if view.bank_account_holder:
        bank += f" ({text['holder']} {view.bank_account_holder})"
    left = [[text["maker"], f"{view.maker_code} - {view.maker_name}"]]
    if view.maker_business:
        left.append([text["business"], view.maker_business])
    if view.maker_address:
        left.append([text["address"], view.maker_address])
    left.append([text["bank"], bank or "-"])
    right = [
        [text["period"], month_name(view.period, lang)],
        [text["statement_no"], number or "-"],
        [text["printed"], printed_on],
    ]
    cell = style["cell"]

    def block(rows: list[list[str]], label_width: float, width: float) -> Table:
        table = Table(
            [[Paragraph(escape(a), cell), Paragraph(escape(b), cell)] for a, b in rows],
            colWidths=[label_width, width - label_width],
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table

    both = Table(
        [[block(left, 24 * mm, 105 * mm), block(right, 25 * mm, 75 * mm)]],
        colWidths=[105 * mm, 75 * mm],
    )
    both.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return [both, Spacer(1, 3 * mm)]


def statement_story(
    view: SettlementView, head: Letterhead, *, lang: str = "id", printed_on: str = ""
) -> list[Flowable]:
    text = labels(lang)
    style = styles()
    year, _ = parse_period(view.period)
    story: list[Flowable] = [
        letterhead_block(head, WIDTH),
        Spacer(1, 3 * mm),
        Paragraph(escape(text["title"]), style["title"]),
        Paragraph(escape(month_name(view.period, lang)), style["subtitle"]),
        Spacer(1, 3 * mm),
    ]
    story += _identity(view, text, lang, printed_on)
    story += _summary(view, text, lang)
    story += _sales_table(view, text)
    story += _refund_table(view, text)
    story += _stock_table(view, text)
    story.append(Spacer(1, 2 * mm))
    story.append(
        Paragraph(
            escape(
                text["ytd"].format(
                    year=year,
                    month=month_name(view.period, lang),
                    amount=format_rupiah(view.ytd_sales),
                )
            ),
            style["body"],
        )
    )
    story += _payment(view, text, lang)
    story.append(_signatures(view, text))
    story += _verification(view, text)
    return story


def write_statement(
    view: SettlementView,
    head: Letterhead,
    target: str | Path | BinaryIO,
    *,
    lang: str = "id",
    printed_on: str = "",
) -> None:
    """The maker's statement as a PDF; drafts carry a DRAFT watermark on every page."""
    text = labels(lang)
    draft = view.status == "draft" or not view.content_hash
    code = "" if draft else verification_code(view.content_hash or "")
    left = " · ".join(
        part
        for part in (
            view.statement_no if not draft else text["draft"],
            view.maker_code,
            month_name(view.period, lang),
            f"{text['verify']} {code}" if code else "",
        )
        if part
    )

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        if draft:
            draft_mark(canvas, text["draft"])
        footer(canvas, left, text["page"].format(page=page, pages=pages))

    build_pdf(
        target,
        statement_story(view, head, lang=lang, printed_on=printed_on),
        title=f"{text['title'].title()} {view.maker_code} {view.period}",
        subject=f"{view.maker_name} {view.period}",
        keywords=statement_keywords(view),
        decorate=decorate,
    )
