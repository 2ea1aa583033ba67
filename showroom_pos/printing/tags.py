"""Price tags on the thermal printer: one tag per piece, its item code as a Code128 barcode."""

from __future__ import annotations

from collections.abc import Sequence

from escpos.escpos import Escpos

from showroom_pos.domain.money import format_rupiah
from showroom_pos.printing.barcodes import print_code128
from showroom_pos.printing.commands import begin_job, end_job, reset_style, text_lines
from showroom_pos.printing.connection import has_cutter, paper_columns
from showroom_pos.printing.text import printable, wrap
from showroom_pos.services.stock.types import PriceTag

DESCRIPTION_LINES = 2


def tag_text(tag: PriceTag, width: int) -> tuple[list[str], str, list[str]]:
    """The lines above the price, the price, and the lines under the barcode."""
    above = wrap(tag.description, width)[:DESCRIPTION_LINES]
    above += wrap(f"{tag.technique_label} - {tag.maker_code}", width)
    below = [f"Batikmark {tag.batikmark_cert}"] if tag.batikmark_cert else []
    return (
        [printable(line)[:width] for line in above],
        format_rupiah(tag.price),
        [printable(line)[:width] for line in below],
    )


def print_tags(printer: Escpos, tags: Sequence[PriceTag]) -> None:
    """Each tag: name, technique and maker, the price large, the barcode; cut between tags.

    Every tag undoes its own styles, so each starts (and the job ends) in normal text."""
    width = paper_columns(printer)
    begin_job(printer)
    for number, tag in enumerate(tags, start=1):
        above, price, below = tag_text(tag, width)
        printer.set(align="center", bold=True)
        text_lines(printer, above[:1])
        printer.set(bold=False)
        text_lines(printer, above[1:])
        printer.set(bold=True, double_height=True, double_width=True)
        text_lines(printer, [price])
        reset_style(printer)
        print_code128(printer, tag.item_code)
        printer.set(align="center")
        text_lines(printer, below)
        if number < len(tags):
            reset_style(printer)
            if has_cutter(printer):
                printer.cut(mode="PART")
            else:
                printer.ln(3)
    end_job(printer, feed_lines=3, cut="PART")
