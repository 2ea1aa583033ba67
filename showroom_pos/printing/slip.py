"""Intake slips (tanda terima titipan) and return slips (berita acara pengembalian) on the
thermal printer, with the two signature places the maker and the staff sign."""

from __future__ import annotations

from escpos.escpos import Escpos

from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.printing.connection import has_cutter, paper_columns
from showroom_pos.printing.receipt import ReceiptHeader
from showroom_pos.printing.text import centre, columns, printable, rule, wrap
from showroom_pos.services.dto import Slip

TITLES = {"intake": "TANDA TERIMA TITIPAN", "return": "BERITA ACARA PENGEMBALIAN"}


def slip_lines(slip: Slip, header: ReceiptHeader, width: int,
               copy_number: int | None = None) -> list[str]:
    lines = [*centre(header.showroom_name, width), rule(width, "=")]
    lines += centre(TITLES.get(slip.kind, slip.kind.upper()), width)
    if copy_number:
        lines += centre(f"SALINAN KE-{copy_number}", width)
    lines += columns(f"No. {slip.number}", to_local(slip.at).strftime("%d-%m-%Y %H:%M"), width)
    lines += wrap(f"Pembatik: {slip.maker_code} {slip.maker_name}", width)
    if slip.maker_business:
        lines += wrap(slip.maker_business, width, "  ")
    lines.append(rule(width))
    value = 0
    for line in slip.lines:
        lines += wrap(f"{line.item_code} {line.description}", width)
        lines += columns(f"  {line.quantity} x {format_rupiah(line.price)}",
                         format_rupiah(line.quantity * line.price), width)
        value += line.quantity * line.price
    lines.append(rule(width))
    lines += columns("Jumlah barang", f"{slip.total_quantity} buah", width)
    lines += columns("Nilai (harga pembatik)", format_rupiah(value), width)
    if slip.notes:
        lines += wrap(f"Catatan: {slip.notes}", width)
    giver, taker = ("Pembatik", "Petugas") if slip.kind == "intake" else ("Petugas", "Pembatik")
    half = width // 2
    blank = "(" + "." * (half - 4) + ")"
    staff = slip.staff_name if slip.kind == "intake" else ""

    def pair(left: str, right: str) -> str:
        return f"{left:<{half}}{right}"[:width]

    lines += ["", pair("Yang menyerahkan,", "Yang menerima,"), pair(giver, taker), "", "", "",
              pair(blank, blank), pair("", staff)]
    return [printable(line)[:width] for line in lines]


def print_slip(printer: Escpos, slip: Slip, header: ReceiptHeader,
               copy_number: int | None = None) -> None:
    width = paper_columns(printer)
    for line in slip_lines(slip, header, width, copy_number):
        printer.textln(line)
    if has_cutter(printer):
        printer.cut()
    else:
        printer.ln(4)
