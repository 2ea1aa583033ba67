"""Price tags on A4 label sheets (3x8 or 4x10), starting at any position of a half-used sheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from showroom_pos.documents.base import FONT, FONT_BOLD, register_fonts
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.text import render
from showroom_pos.services.stock.types import PriceTag


@dataclass(frozen=True)
class SheetLayout:
    """A label sheet: columns x rows of labels of one size, and the sheet's margins."""

    columns: int
    rows: int
    width: float
    height: float
    left: float
    top: float

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def origin(self, position: int) -> tuple[float, float]:
        """Bottom-left corner of the label at `position` (0-based, row by row)."""
        row, column = divmod(position, self.columns)
        x = self.left + column * self.width
        y = A4[1] - self.top - (row + 1) * self.height
        return x, y


LAYOUTS: dict[str, SheetLayout] = {
    "3x8": SheetLayout(3, 8, 70 * mm, 37 * mm, 0, 0.5 * mm),
    "4x10": SheetLayout(4, 10, 52.5 * mm, 29.7 * mm, 0, 0),
}


def layout_of(name: str, start: int) -> SheetLayout:
    layout = LAYOUTS.get(name)
    if layout is None:
        raise ValidationError("tags.bad_layout", layout=name, choices=", ".join(LAYOUTS))
    if isinstance(start, bool) or not isinstance(start, int) or not 1 <= start <= layout.per_sheet:
        raise ValidationError("tags.bad_start", max=layout.per_sheet, layout=name)
    return layout


def _draw_tag(canvas: Canvas, tag: PriceTag, x: float, y: float, layout: SheetLayout) -> None:
    pad = 2.5 * mm
    inner = layout.width - 2 * pad
    small = 6.5 if layout.height < 32 * mm else 7.5
    top = y + layout.height - pad - small
    canvas.setFont(FONT_BOLD, small)
    for line in simpleSplit(tag.description, FONT_BOLD, small, inner)[:2]:
        canvas.drawString(x + pad, top, line)
        top -= small * 1.2
    canvas.setFont(FONT, small - 0.5)
    details = f"{tag.technique_label} · {tag.maker_code}"
    if tag.batikmark_cert:
        details += f" · {tag.batikmark_cert}"
    canvas.drawString(x + pad, top, simpleSplit(details, FONT, small - 0.5, inner)[0])
    price_size = 11 if layout.height < 32 * mm else 13
    canvas.setFont(FONT_BOLD, price_size)
    canvas.drawRightString(
        x + layout.width - pad, top - price_size * 1.15, format_rupiah(tag.price)
    )
    bar_height = 7 * mm if layout.height < 32 * mm else 9 * mm
    barcode = Code128(tag.item_code, barHeight=bar_height, barWidth=0.28 * mm, quiet=False)
    bar_x = x + pad
    bar_y = y + pad + small
    barcode.drawOn(canvas, bar_x, bar_y)
    canvas.setFont(FONT, small)
    canvas.drawString(bar_x, y + pad, tag.item_code)


def write_label_sheets(
    tags: Sequence[PriceTag],
    target: str | Path | BinaryIO,
    *,
    layout_name: str = "3x8",
    start: int = 1,
    lang: str | None = "id",
) -> int:
    """Tags laid out label by label, beginning at `start` (1 = top left); returns the pages."""
    layout = layout_of(layout_name, start)
    register_fonts()
    canvas = Canvas(str(target) if isinstance(target, str | Path) else target, pagesize=A4)
    canvas.setTitle(render("labels_pdf.title", lang))
    canvas.setAuthor("Showroom POS")
    position = start - 1
    pages = 1
    for tag in tags:
        if position == layout.per_sheet:
            canvas.showPage()
            pages += 1
            position = 0
        _draw_tag(canvas, tag, *layout.origin(position), layout)
        position += 1
    canvas.showPage()
    canvas.save()
    return pages
