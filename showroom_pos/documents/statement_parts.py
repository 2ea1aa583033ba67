"""The statement's other blocks: maker and period, the sums, payment, signatures, the code."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from showroom_pos.documents.base import (
    FONT,
    FONT_BOLD,
    GRID,
    SHADE,
    escape,
    long_date,
    month_name,
    styles,
)
from showroom_pos.domain.money import format_rupiah, rupiah_in_words
from showroom_pos.domain.text import render
from showroom_pos.services.settlement.months import verification_code
from showroom_pos.services.settlement.types import SettlementView

METERAI_THRESHOLD = 5_000_000


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


def summary_box(view: SettlementView, text: dict[str, str], lang: str) -> list[Flowable]:
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


def payment_block(view: SettlementView, text: dict[str, str], lang: str) -> list[Flowable]:
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


def signature_block(view: SettlementView, text: dict[str, str]) -> Flowable:
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


def verification_block(view: SettlementView, text: dict[str, str]) -> list[Flowable]:
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


def identity_block(
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
