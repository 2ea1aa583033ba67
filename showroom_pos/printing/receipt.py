"""The sale receipt (struk): laid out as text lines for the paper's width, then printed.

The layout is a plain list of lines so it can be tested and previewed; `print_receipt` sends it
with the printer's own commands for bold, barcode, drawer kick and cut.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from escpos.escpos import Escpos
from PIL import Image

from showroom_pos.domain.kinds import payment_label, technique_label
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.domain.text import render, text
from showroom_pos.printing.barcodes import paper_dots, print_code128, print_qr
from showroom_pos.printing.commands import begin_job, end_job, text_lines
from showroom_pos.printing.connection import paper_columns
from showroom_pos.printing.text import centre, columns, printable, rule, wrap
from showroom_pos.services.till.types import SaleReceipt

log = logging.getLogger(__name__)

LANG = "id"  # receipts, slips and day reports on paper are in Bahasa Indonesia
NO_MARKUP = render("receipt_paper.no_markup", LANG)


@dataclass(frozen=True)
class ReceiptHeader:
    showroom_name: str
    address: str = ""
    phone: str = ""
    footer: str = ""
    logo_path: str = ""  # printed above the name when the file is there
    qr_text: str = ""  # e.g. the showroom's page, printed under the barcode

    @classmethod
    def from_settings(cls, values: dict[str, str]) -> ReceiptHeader:
        return cls(
            values.get("showroom.name", ""),
            values.get("showroom.address", ""),
            values.get("showroom.phone", ""),
            values.get("receipt.footer", ""),
            values.get("receipt.logo", ""),
            values.get("receipt.qr", ""),
        )


def _logo(printer: Escpos, path: str) -> None:
    """The logo scaled to two thirds of the paper, centred; a bad file is skipped."""
    try:
        with Image.open(path) as picture:
            most = paper_dots(printer) * 2 // 3
            picture.thumbnail((most, most))
            printer.image(picture.convert("RGB"), center=True)
    except (OSError, ValueError) as error:
        log.warning("receipt logo %s not printed: %s", path, error)


def _technique(value: str) -> str:
    return technique_label(value, LANG)


def _method(value: str) -> str:
    return payment_label(value, LANG)


def receipt_lines(
    receipt: SaleReceipt,
    header: ReceiptHeader,
    width: int,
    copy_number: int | None = None,
    refund_numbers: tuple[str, ...] = (),
) -> list[str]:
    """Every line a buyer reads, none longer than `width`."""
    lines: list[str] = []
    lines += centre(header.showroom_name, width)
    for part in (header.address, header.phone):
        if part:
            lines += centre(part, width)
    if receipt.event:
        lines += centre(receipt.event, width)
    lines.append(rule(width, "="))
    if copy_number:
        lines += centre(text("receipt_paper.copy", LANG, number=copy_number), width)
    if refund_numbers:
        whole = all(line.refunded_quantity >= line.quantity for line in receipt.lines)
        lines += centre(
            text(
                "receipt_paper.refunded" if whole else "receipt_paper.part_refunded",
                LANG,
                refunds=", ".join(refund_numbers),
            ),
            width,
        )
    if receipt.training:
        lines += centre(render("receipt_paper.training_banner", LANG), width)
    when = to_local(receipt.sold_at).strftime(render("receipt_paper.when", LANG))
    lines += columns(text("receipt_paper.number", LANG, number=receipt.receipt_no), when, width)
    lines += columns(
        text("receipt_paper.cashier", LANG, name=receipt.cashier_name),
        text("receipt_paper.till", LANG, till=receipt.terminal_code),
        width,
    )
    lines.append(rule(width))
    for line in receipt.lines:
        lines += wrap(line.description, width)
        lines += wrap(f"{line.maker_name} - {_technique(line.technique)}", width, "  ")
        lines += columns(
            f"  {line.quantity} x {format_rupiah(line.unit_price)}",
            format_rupiah(line.amount),
            width,
        )
        if line.refunded_quantity:
            lines += wrap(
                text(
                    "receipt_paper.line_refunded",
                    LANG,
                    refunded=line.refunded_quantity,
                    quantity=line.quantity,
                ),
                width,
                "  ",
            )
    lines.append(rule(width))
    lines += columns(render("receipt_paper.total", LANG), format_rupiah(receipt.total), width)
    for payment in receipt.payments:
        paid = payment.tendered if payment.tendered is not None else payment.amount
        label = _method(payment.method)
        lines += columns(label, format_rupiah(paid), width)
        reference = payment.reference or payment.approval_code
        if reference:
            lines += wrap(text("receipt_paper.reference", LANG, reference=reference), width, "  ")
    if receipt.change:
        lines += columns(render("receipt_paper.change", LANG), format_rupiah(receipt.change), width)
    lines.append(rule(width))
    lines += centre(NO_MARKUP, width)
    if header.footer:
        lines += centre(header.footer, width)
    if receipt.training:
        lines += centre(render("receipt_paper.training", LANG), width)
    return [printable(line)[:width] for line in lines]


def print_receipt(
    printer: Escpos,
    receipt: SaleReceipt,
    header: ReceiptHeader,
    copy_number: int | None = None,
    *,
    refund_numbers: tuple[str, ...] = (),
    open_drawer: bool = False,
) -> None:
    """Send the receipt: text, the receipt number as a barcode, the drawer kick when asked
    (the original of a cash sale at this till), cut."""
    width = paper_columns(printer)
    begin_job(printer)
    if header.logo_path and Path(header.logo_path).is_file():
        _logo(printer, header.logo_path)
    text_lines(printer, receipt_lines(receipt, header, width, copy_number, refund_numbers))
    printer.ln()
    print_code128(printer, receipt.receipt_no)
    if header.qr_text:
        print_qr(printer, header.qr_text)
    if open_drawer:
        printer.cashdraw(2)
    end_job(printer)
