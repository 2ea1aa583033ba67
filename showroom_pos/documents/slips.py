"""Intake and return slips as A5 or A4 PDFs, for makers who want a full-size paper to sign."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from showroom_pos.documents.base import (
    MARGIN,
    Letterhead,
    build_pdf,
    escape,
    footer,
    grid_table,
    letterhead_block,
    styles,
)
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.kinds import technique_label
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.domain.text import Term, render, text
from showroom_pos.services.admin.settings import get_settings
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.stock.types import Slip
from showroom_pos.services.till.printing import record_slip_print, slip_for_print

PAGE_SIZES = {"A5": A5, "A4": A4}
COLUMNS = ("no", "code", "item", "qty", "price", "amount")  # of the table of lines
LANG = "id"  # the slip the maker signs is in Bahasa Indonesia
# The slip's words: `slip_pdf.*` of the catalogue, by slip kind where they differ.
TITLES = {"intake": "slip_paper.intake", "return": "slip_paper.return"}
CLAUSES = {"intake": "slip_pdf.intake_clause", "return": "slip_pdf.return_clause"}


def _title(kind: str) -> str:
    return render(TITLES[kind], LANG) if kind in TITLES else ""


def slip_file_name(slip: Slip) -> str:
    return f"{slip.number}.pdf"


def _lines_table(slip: Slip, width: float) -> Table:
    style = styles()
    rows: list[list[object]] = [[render(f"slip_pdf.{column}", LANG) for column in COLUMNS]]
    for number, line in enumerate(slip.lines, start=1):
        described = Paragraph(
            f"{escape(line.description)}<br/><font size=6.5>"
            f"{escape(technique_label(line.technique))}</font>",
            style["cell"],
        )
        rows.append(
            [
                str(number),
                line.item_code,
                described,
                str(line.quantity),
                format_rupiah(line.price),
                format_rupiah(line.amount),
            ]
        )
    rows.append(
        [
            "",
            "",
            render("slip_pdf.total", LANG),
            str(slip.total_quantity),
            "",
            format_rupiah(sum(line.amount for line in slip.lines)),
        ]
    )
    fixed = [7 * mm, 22 * mm, 0.0, 8 * mm, 20 * mm, 22 * mm]
    fixed[2] = width - sum(fixed)
    return grid_table(rows, fixed, right_columns=(0, 3, 4, 5), total_row=True)


def _signatures(slip: Slip, width: float) -> Flowable:
    style = styles()
    maker, staff = render("slip_paper.maker_role", LANG), render("slip_pdf.staff_role", LANG)
    giver, taker = (maker, staff) if slip.kind == "intake" else (staff, maker)
    giver_name, taker_name = (
        (slip.maker_name, slip.staff_name)
        if slip.kind == "intake"
        else (slip.staff_name, slip.maker_name)
    )
    center = style["center"]
    half = width / 2
    table = Table(
        [
            [
                Paragraph(render("slip_paper.handed", LANG), center),
                Paragraph(render("slip_paper.received", LANG), center),
            ],
            [Paragraph(giver, center), Paragraph(taker, center)],
            ["", ""],
            [
                Paragraph(f"( {escape(giver_name)} )", center),
                Paragraph(f"( {escape(taker_name)} )", center),
            ],
        ],
        colWidths=[half, half],
        rowHeights=[None, None, 18 * mm, None],
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return KeepTogether([Spacer(1, 5 * mm), table])


def make_slip_pdf(
    ledger: Ledger, *, actor: Actor, number: str, target: Path, size: str = "A5"
) -> tuple[Slip, int | None]:
    """The slip as a PDF to print and sign, journaled as one of its papers: after a thermal
    slip (or an earlier PDF) it says SALINAN KE-n. Returns the slip and its copy number."""
    if size.upper() not in PAGE_SIZES:
        raise ValidationError(
            "field.choice", field=Term("field_name.paper_size"), value=size, choices="A5, A4"
        )
    slip, copy_number = slip_for_print(ledger, actor=actor, number=number)
    head = Letterhead.from_settings(get_settings(ledger))
    target.parent.mkdir(parents=True, exist_ok=True)
    write_slip_pdf(slip, head, target, size=size, copy_number=copy_number)
    record_slip_print(
        ledger,
        actor=actor,
        number=slip.number,
        printer=f"pdf:{target.name}",
        copy_number=copy_number,
    )
    return slip, copy_number


def write_slip_pdf(
    slip: Slip,
    head: Letterhead,
    target: str | Path | BinaryIO,
    *,
    size: str = "A5",
    copy_number: int | None = None,
) -> None:
    """The slip with every line, the totals at the maker's prices, and two signature places."""
    page = PAGE_SIZES.get(size.upper())
    if page is None:
        raise ValidationError(
            "field.choice", field=Term("field_name.paper_size"), value=size, choices="A5, A4"
        )
    width = page[0] - 2 * MARGIN
    style = styles()
    when = to_local(slip.at).strftime(render("receipt_paper.when", LANG))
    details = [
        [render("slip_pdf.number", LANG), slip.number],
        [render("slip_pdf.date", LANG), when],
        [render("slip_paper.maker_role", LANG), f"{slip.maker_code} - {slip.maker_name}"],
    ]
    if slip.maker_business:
        details.append([render("slip_pdf.business", LANG), slip.maker_business])
    info = Table(
        [
            [Paragraph(escape(a), style["cell"]), Paragraph(escape(b), style["cell"])]
            for a, b in details
        ],
        colWidths=[22 * mm, width - 22 * mm],
    )
    info.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    story: list[Flowable] = [
        letterhead_block(head, width),
        Spacer(1, 3 * mm),
        Paragraph(_title(slip.kind) or slip.kind.upper(), style["title"]),
        *(
            [Paragraph(text("receipt_paper.copy", LANG, number=copy_number), style["title"])]
            if copy_number
            else []
        ),
        Spacer(1, 2 * mm),
        info,
        Spacer(1, 3 * mm),
        _lines_table(slip, width),
        Spacer(1, 2 * mm),
        Paragraph(
            text(
                "slip_pdf.totals",
                LANG,
                count=slip.total_quantity,
                value=format_rupiah(sum(x.amount for x in slip.lines)),
            ),
            style["body"],
        ),
    ]
    if slip.notes:
        story.append(
            Paragraph(text("slip_paper.notes", LANG, notes=escape(slip.notes)), style["body"])
        )
    clause = render(CLAUSES[slip.kind], LANG) if slip.kind in CLAUSES else ""
    story += [Spacer(1, 2 * mm), Paragraph(clause, style["small"]), _signatures(slip, width)]

    def decorate(canvas: Canvas, number: int, pages: int) -> None:
        footer(
            canvas,
            f"{_title(slip.kind)} {slip.number}",
            text("slip_pdf.page", LANG, page=number, pages=pages),
            page,
        )

    build_pdf(
        target,
        story,
        title=f"{_title(slip.kind)} {slip.number}",
        subject=f"{slip.maker_code} {slip.maker_name}",
        keywords=f"showroom-pos slip {slip.number}",
        decorate=decorate,
        pagesize=page,
    )
