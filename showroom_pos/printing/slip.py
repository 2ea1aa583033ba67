"""Intake slips (tanda terima titipan) and return slips (berita acara pengembalian) on the
thermal printer, with the two signature places the maker and the staff sign, each with the
signer's name under it."""

from __future__ import annotations

from escpos.escpos import Escpos

from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.domain.text import render, text
from showroom_pos.printing.commands import begin_job, end_job, text_lines
from showroom_pos.printing.connection import paper_columns
from showroom_pos.printing.receipt import LANG, ReceiptHeader
from showroom_pos.printing.text import centre, columns, printable, rule, wrap
from showroom_pos.services.stock.types import Slip

TITLES = {"intake": "slip_paper.intake", "return": "slip_paper.return"}  # catalogue codes
SIGNING_SPACE = 3  # blank lines to sign in


def _signature_block(heading: str, role: str, name: str, width: int) -> list[str]:
    """One signer: who hands over or takes, their role, room to sign, the dotted line, name."""
    line = "(" + "." * (width - 2) + ")"
    return [heading, role, *[""] * SIGNING_SPACE, line, *wrap(name, width)]


def signature_lines(slip: Slip, width: int) -> list[str]:
    """The giver's and the taker's places side by side, or one under the other where the
    paper is too narrow for both (58 mm)."""
    maker = (render("slip_paper.maker_role", LANG), slip.maker_name)
    staff = (render("slip_paper.staff_role", LANG), slip.staff_name)
    giver, taker = (maker, staff) if slip.kind == "intake" else (staff, maker)
    handed, received = render("slip_paper.handed", LANG), render("slip_paper.received", LANG)
    half = (width - 2) // 2
    left = _signature_block(handed, *giver, half)
    right = _signature_block(received, *taker, half)
    fits = all(len(printable(text)) <= half for text in (*left, *right)) and len(left) == len(right)
    if fits:
        return [f"{a:<{half}}  {b}".rstrip() for a, b in zip(left, right, strict=True)]
    return [
        *_signature_block(handed, *giver, width * 2 // 3),
        "",
        *_signature_block(received, *taker, width * 2 // 3),
    ]


def slip_lines(
    slip: Slip, header: ReceiptHeader, width: int, copy_number: int | None = None
) -> list[str]:
    lines = [*centre(header.showroom_name, width), rule(width, "=")]
    title = TITLES.get(slip.kind)
    lines += centre(render(title, LANG) if title else slip.kind.upper(), width)
    if copy_number:
        lines += centre(text("receipt_paper.copy", LANG, number=copy_number), width)
    lines += columns(
        text("receipt_paper.number", LANG, number=slip.number),
        to_local(slip.at).strftime(render("receipt_paper.when", LANG)),
        width,
    )
    lines += wrap(text("slip_paper.maker", LANG, code=slip.maker_code, name=slip.maker_name), width)
    if slip.maker_business:
        lines += wrap(slip.maker_business, width, "  ")
    lines += wrap(text("slip_paper.staff", LANG, name=slip.staff_name), width)
    lines.append(rule(width))
    for line in slip.lines:
        lines += wrap(f"{line.item_code} {line.description}", width)
        lines += columns(
            f"  {line.quantity} x {format_rupiah(line.price)}", format_rupiah(line.amount), width
        )
    lines.append(rule(width))
    lines += columns(
        render("slip_paper.pieces", LANG),
        text("slip_paper.piece_count", LANG, count=slip.total_quantity),
        width,
    )
    lines += columns(render("slip_paper.value", LANG), format_rupiah(slip.total_value), width)
    if slip.notes:
        lines += wrap(text("slip_paper.notes", LANG, notes=slip.notes), width)
    lines += ["", *signature_lines(slip, width)]
    return [printable(line)[:width] for line in lines]


def print_slip(
    printer: Escpos, slip: Slip, header: ReceiptHeader, copy_number: int | None = None
) -> None:
    begin_job(printer)
    text_lines(printer, slip_lines(slip, header, paper_columns(printer), copy_number))
    end_job(printer)
