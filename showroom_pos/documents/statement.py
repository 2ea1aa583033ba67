"""A maker's monthly statement as an A4 PDF: every sale to tick off, the sums, and what is paid."""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from showroom_pos.documents.base import (
    Letterhead,
    build_pdf,
    draft_mark,
    escape,
    footer,
    letterhead_block,
    month_name,
    styles,
)
from showroom_pos.documents.statement_parts import (
    identity_block,
    payment_block,
    signature_block,
    summary_box,
    verification_block,
)
from showroom_pos.documents.statement_tables import refund_table, sales_table, stock_table
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import parse_period
from showroom_pos.domain.text import LANGUAGES, section
from showroom_pos.services.settlement.months import verification_code
from showroom_pos.services.settlement.types import SettlementView

WIDTH = 180 * mm


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
    story += identity_block(view, text, lang, printed_on)
    story += summary_box(view, text, lang)
    story += sales_table(view, text)
    story += refund_table(view, text)
    story += stock_table(view, text)
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
    story += payment_block(view, text, lang)
    story.append(signature_block(view, text))
    story += verification_block(view, text)
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
