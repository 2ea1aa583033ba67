"""Price tags on the thermal printer: one tag per piece, its item code as a Code128 barcode."""

from __future__ import annotations

from collections.abc import Sequence

from escpos.escpos import Escpos

from showroom_pos.domain.money import format_rupiah
from showroom_pos.printing.barcodes import print_code128
from showroom_pos.printing.connection import has_cutter, paper_columns
from showroom_pos.printing.text import printable, wrap
from showroom_pos.services.tags import PriceTag

DESCRIPTION_LINES = 2


def tag_text(tag: PriceTag, width: int) -> tuple[list[str], str, list[str]]:
    """The lines above the price, the price, and the lines under the barcode."""
    above = wrap(tag.description, width)[:DESCRIPTION_LINES]
    above += wrap(f"{tag.technique_label} - {tag.maker_code}", width)
    below = [f"Batikmark {tag.batikmark_cert}"] if tag.batikmark_cert else []
    return ([printable(line)[:width] for line in above], format_rupiah(tag.price),
            [printable(line)[:width] for line in below])


def print_tags(printer: Escpos, tags: Sequence[PriceTag]) -> None:
    """Each tag: name, technique and maker, the price large, the barcode; cut between tags."""
    width = paper_columns(printer)
    for tag in tags:
        above, price, below = tag_text(tag, width)
        printer.set(align="center", bold=True, double_height=False, double_width=False)
        printer.textln(above[0])
        printer.set(align="center", bold=False, double_height=False, double_width=False)
        for line in above[1:]:
            printer.textln(line)
        printer.set(align="center", bold=True, double_height=True, double_width=True)
        printer.textln(price)
        printer.set(align="center", bold=False, double_height=False, double_width=False)
        print_code128(printer, tag.item_code, height=50)
        for line in below:
            printer.textln(line)
        if has_cutter(printer):
            printer.cut(mode="PART")
        else:
            printer.ln(3)
