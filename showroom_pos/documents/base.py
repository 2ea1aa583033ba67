"""What every PDF shares: the shipped fonts, paragraph styles, "page x of y" and the DRAFT mark."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from babel.dates import format_date
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from showroom_pos.domain.periods import parse_period
from showroom_pos.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
MARGIN = 15 * mm
GRID = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#eeeeee")


@cache
def register_fonts() -> None:
    """The shipped DejaVu fonts, embedded in every PDF (they cover Indonesian and more)."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=11)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7, leading=9),
        "cell": ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9.5),
        "cell_right": ParagraphStyle(
            "cell_right", parent=body, fontSize=7.5, leading=9.5, alignment=TA_RIGHT
        ),
        "cell_head": ParagraphStyle(
            "cell_head",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=7,
            leading=8.5,
            alignment=TA_RIGHT,
        ),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=16,
            alignment=TA_CENTER,
            spaceAfter=2,
        ),
        "subtitle": ParagraphStyle("subtitle", parent=body, alignment=TA_CENTER),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=12,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "letterhead": ParagraphStyle(
            "letterhead", parent=body, fontName=FONT_BOLD, fontSize=12, leading=15
        ),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
    }


def escape(text: object) -> str:
    """Plain text made safe for a Paragraph's mini-markup."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def month_name(period: str, lang: str) -> str:
    year, month = parse_period(period)
    return format_date(date(year, month, 1), "MMMM yyyy", locale=lang)


def long_date(day: date, lang: str) -> str:
    return format_date(day, "d MMMM yyyy", locale=lang)


def grid_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    right_columns: Sequence[int] = (),
    header_rows: int = 1,
    total_row: bool = False,
) -> Table:
    """A bordered table whose header repeats on every page."""
    table = Table(list(rows), colWidths=list(widths), repeatRows=header_rows)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),
        ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, 7.5),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for column in right_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if total_row:
        commands += [
            ("FONT", (0, -1), (-1, -1), FONT_BOLD, 7.5),
            ("BACKGROUND", (0, -1), (-1, -1), SHADE),
        ]
    table.setStyle(TableStyle(commands))
    return table


def logo(path: str, *, height: float = 16 * mm) -> Image | None:
    """The showroom's logo when its file is there and readable; a letterhead without it else."""
    if not path or not Path(path).is_file():
        return None
    try:
        image = Image(path)
    except (OSError, ValueError):
        return None
    ratio = image.imageWidth / image.imageHeight if image.imageHeight else 1
    image.drawHeight = height
    image.drawWidth = height * ratio
    return image


PageDecorator = Callable[[Canvas, int, int], None]


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until the end so that each can say "page x of y"."""

    decorate: PageDecorator = staticmethod(lambda canvas, page, pages: None)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.decorate(self, number, total)
            super().showPage()
        super().save()


def draft_mark(canvas: Canvas, word: str, page: tuple[float, float] = A4) -> None:
    canvas.saveState()
    canvas.setFont(FONT_BOLD, 96)
    canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.13))
    canvas.translate(page[0] / 2, page[1] / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -30, word)
    canvas.restoreState()


def build_pdf(
    target: str | Path | BinaryIO,
    story: list[Flowable],
    *,
    title: str,
    subject: str,
    keywords: str,
    decorate: PageDecorator,
    pagesize: tuple[float, float] = A4,
) -> None:
    """Lay the story out on A4; `decorate` draws footer and marks once the page count is known."""
    register_fonts()
    doc = SimpleDocTemplate(
        str(target) if isinstance(target, str | Path) else target,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=title,
        subject=subject,
        keywords=keywords,
        author="Showroom POS",
        creator="Showroom POS",
    )
    canvas_class = type("PageCanvas", (_NumberedCanvas,), {"decorate": staticmethod(decorate)})
    try:
        doc.build(story, canvasmaker=canvas_class)
    except LayoutError as error:  # a cell too big for a page is our bug, not the user's
        raise RuntimeError(f"PDF layout failed: {error}") from error


def footer(canvas: Canvas, left: str, right: str, page: tuple[float, float] = A4) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 7)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawString(MARGIN, MARGIN, left)
    canvas.drawRightString(page[0] - MARGIN, MARGIN, right)
    canvas.restoreState()


def cell_text(text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """Plain text when it fits its column (much cheaper to lay out), else a wrapping Paragraph."""
    if pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= width - 6:
        return text
    return Paragraph(escape(text), style)


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text, style)


@dataclass(frozen=True)
class Letterhead:
    """The showroom as it appears at the top of its papers (from the settings)."""

    name: str
    address: str = ""
    phone: str = ""
    npwp: str = ""
    logo_path: str = ""

    @classmethod
    def from_settings(cls, values: dict[str, str]) -> Letterhead:
        return cls(
            values.get("showroom.name", ""),
            values.get("showroom.address", ""),
            values.get("showroom.phone", ""),
            values.get("showroom.npwp", ""),
            values.get("showroom.logo", "") or values.get("logo.path", ""),
        )


def letterhead_block(head: Letterhead, width: float) -> Table:
    """Logo beside the showroom's name and address, ruled off underneath."""
    style = styles()
    lines = [paragraph(escape(head.name), style["letterhead"])]
    contact = " · ".join(escape(part) for part in (head.address, head.phone) if part)
    if contact:
        lines.append(paragraph(contact, style["body"]))
    if head.npwp:
        lines.append(paragraph("NPWP " + escape(head.npwp), style["small"]))
    picture = logo(head.logo_path)
    cells = [[picture, lines]] if picture else [[lines]]
    widths = (
        [picture.drawWidth + 4 * mm, width - picture.drawWidth - 4 * mm] if picture else [width]
    )
    table = Table(cells, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value: str) -> str:
    """Text a spreadsheet shows as written: a leading = + - @ (or tab, CR) would start a
    formula (OWASP's CSV injection advice: such text gets a leading apostrophe)."""
    if value.startswith(FORMULA_STARTS) and value != "-":
        return "'" + value
    return value
