"""A thermal printer in software: the bytes a job sends, printed onto an image dot for dot.

It keeps the printer's state across jobs as a real printer does (alignment, size, bold, code
table survive until ESC @), so a job that leaves a style on shows it in the next job. Bars and
QR codes are read back with zxing-cpp, a reader this program does not use; hardware barcodes
and native QR codes (which the printer itself would draw) are drawn with zxing-cpp's writer.
Anything this model does not know fails loudly: no command slips onto paper unread.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import zxingcpp
from PIL import Image, ImageDraw, ImageFont

ESC, GS, LF = 0x1B, 0x1D, 0x0A
CELL_HEIGHT = 24
LINE_DOTS = 30  # Epson's default line spacing (1/6 inch)
FEED_DOTS = LINE_DOTS
HRI_DOTS = 30
WHITE, BLACK = 255, 0
_FONT = ImageFont.load_default(size=20)


@dataclass(frozen=True)
class Style:
    """What the printer remembers between commands; ESC @ brings back the first one."""

    align: int = 0  # 0 left, 1 centre, 2 right
    bold: bool = False
    underline: int = 0
    width: int = 1
    height: int = 1
    font: int = 0
    invert: bool = False
    flip: bool = False
    smooth: bool = False
    code_table: int = 0
    barcode_height: int = 162
    barcode_module: int = 3
    barcode_text: int = 0  # HRI position: 0 none, 1 above, 2 below, 3 both

    def of_text(self) -> Style:
        """The state text is printed in; barcode settings apart, which every barcode sets."""
        return replace(
            self,
            barcode_height=POWER_ON.barcode_height,
            barcode_module=POWER_ON.barcode_module,
            barcode_text=POWER_ON.barcode_text,
        )


POWER_ON = Style()


@dataclass
class Region:
    """Where something was drawn that may carry a code: a raster image or a barcode."""

    kind: str  # image | barcode | qr
    top: int
    bottom: int
    data: str = ""  # for a hardware barcode or native QR: what the printer was sent


@dataclass
class PrintedLine:
    text: str
    style: Style
    top: int


@dataclass
class Printout:
    strips: list[Image.Image] = field(default_factory=list)
    height: int = 0
    lines: list[PrintedLine] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    job_starts: list[int] = field(default_factory=list)  # y of every ESC @
    left_by_previous: list[Style] = field(default_factory=list)  # the state each ESC @ met
    drawer_kicks: int = 0
    cuts: list[int] = field(default_factory=list)
    final: Style = POWER_ON

    def image(self) -> Image.Image:
        width = max((strip.width for strip in self.strips), default=8)
        paper = Image.new("L", (width, max(self.height, 1)), WHITE)
        y = 0
        for strip in self.strips:
            paper.paste(strip, (0, y))
            y += strip.height
        return paper

    def texts(self) -> list[str]:
        return [line.text for line in self.lines]


class ThermalPrinter:
    """Prints on a paper `dots` wide with `columns` characters of font A per line."""

    def __init__(self, dots: int, columns: int) -> None:
        self.dots = dots
        self.cell = dots // columns
        self.style = POWER_ON
        self.out = Printout()
        self.pending: list[tuple[str, Style]] = []
        self.qr_module = 3
        self.qr_data = ""

    # -- paper ------------------------------------------------------------------------------

    def _add(self, strip: Image.Image) -> int:
        top = self.out.height
        self.out.strips.append(strip)
        self.out.height += strip.height
        return top

    def _x(self, width: int, align: int) -> int:
        free = max(self.dots - width, 0)
        return {0: 0, 1: free // 2, 2: free}[align]

    def _glyph(self, char: str, style: Style) -> Image.Image:
        wide = 18  # drawn wider, then squeezed into the cell: the default font is not monospaced
        tile = Image.new("L", (wide, CELL_HEIGHT), WHITE)
        draw = ImageDraw.Draw(tile)
        left = (wide - draw.textlength(char, font=_FONT)) / 2
        draw.text((left, 1), char, fill=BLACK, font=_FONT)
        if style.bold:
            draw.text((left + 1, 1), char, fill=BLACK, font=_FONT)
        if style.underline:
            draw.line((0, CELL_HEIGHT - 2, wide, CELL_HEIGHT - 2), fill=BLACK)
        tile = tile.resize(
            (self.cell * style.width, CELL_HEIGHT * style.height), Image.Resampling.NEAREST
        )
        if style.invert:
            tile = Image.eval(tile, lambda value: 255 - value)
        return tile

    def _print_line(self) -> None:
        chars = self.pending
        self.pending = []
        align = chars[0][1].align if chars else self.style.align
        tallest = max((style.height for _, style in chars), default=self.style.height)
        strip = Image.new("L", (self.dots, LINE_DOTS * tallest), WHITE)
        width = sum(self.cell * style.width for _, style in chars)
        assert width <= self.dots, f"line wider than the paper: {''.join(c for c, _ in chars)}"
        x = self._x(width, align)
        for char, style in chars:
            glyph = self._glyph(char, style)
            strip.paste(glyph, (x, strip.height - glyph.height))
            x += glyph.width
        top = self._add(strip)
        text = "".join(char for char, _ in chars)
        self.out.lines.append(PrintedLine(text, chars[0][1] if chars else self.style, top))

    def _picture(self, picture: Image.Image, kind: str, data: str = "") -> None:
        assert picture.width <= self.dots, f"{kind} wider than the paper: {picture.width}"
        strip = Image.new("L", (self.dots, picture.height), WHITE)
        strip.paste(picture, (self._x(picture.width, self.style.align), 0))
        top = self._add(strip)
        self.out.regions.append(Region(kind, top, top + picture.height, data))

    def _feed(self, dots: int) -> None:
        if dots:
            self._add(Image.new("L", (self.dots, dots), WHITE))

    # -- commands ---------------------------------------------------------------------------

    def feed(self, data: bytes) -> Printout:
        at = 0
        while at < len(data):
            at = self._command(data, at)
        if self.pending:
            self._print_line()
        self.out.final = self.style
        return self.out

    def _command(self, data: bytes, at: int) -> int:
        byte = data[at]
        if byte == LF:
            self._print_line()
            return at + 1
        if 32 <= byte < 127:
            self.pending.append((chr(byte), self.style))
            return at + 1
        if byte == ESC:
            return self._esc(data, at)
        if byte == GS:
            return self._gs(data, at)
        raise AssertionError(f"byte {byte:#x} at {at} would print garbage")

    def _esc(self, data: bytes, at: int) -> int:
        command, arg = data[at + 1], (data[at + 2] if at + 2 < len(data) else 0)
        style = self.style
        if command == 0x40:  # ESC @
            self.out.job_starts.append(self.out.height)
            self.out.left_by_previous.append(style)
            self.style = POWER_ON
            return at + 2
        simple = {
            0x61: lambda: replace(style, align=arg % 48 if arg >= 48 else arg),
            0x45: lambda: replace(style, bold=bool(arg & 1)),
            0x2D: lambda: replace(style, underline=arg % 48 if arg >= 48 else arg),
            0x4D: lambda: replace(style, font=arg % 48 if arg >= 48 else arg),
            0x74: lambda: replace(style, code_table=arg),
            0x7B: lambda: replace(style, flip=bool(arg & 1)),
            0x21: lambda: replace(
                style,
                font=arg & 1,
                bold=bool(arg & 8),
                height=2 if arg & 16 else 1,
                width=2 if arg & 32 else 1,
                underline=1 if arg & 128 else 0,
            ),
        }
        if command in simple:
            self.style = simple[command]()
            return at + 3
        if command == 0x64:  # ESC d n: print and feed n lines
            if self.pending:
                self._print_line()
            self._feed(arg * FEED_DOTS)
            return at + 3
        if command == 0x70:  # ESC p m t1 t2: drawer kick
            self.out.drawer_kicks += 1
            return at + 5
        raise AssertionError(f"unknown ESC command {command:#x} at {at}")

    def _gs(self, data: bytes, at: int) -> int:
        command, arg = data[at + 1], (data[at + 2] if at + 2 < len(data) else 0)
        style = self.style
        simple = {
            0x21: lambda: replace(style, width=(arg >> 4) + 1, height=(arg & 7) + 1),
            0x42: lambda: replace(style, invert=bool(arg & 1)),
            0x62: lambda: replace(style, smooth=bool(arg & 1)),
            0x68: lambda: replace(style, barcode_height=arg),
            0x77: lambda: replace(style, barcode_module=arg),
            0x48: lambda: replace(style, barcode_text=arg % 48 if arg >= 48 else arg),
            0x66: lambda: style,
        }
        if command in simple:
            self.style = simple[command]()
            return at + 3
        if command == 0x76:  # GS v 0 m xL xH yL yH data: raster image
            width_bytes = data[at + 4] + 256 * data[at + 5]
            rows = data[at + 6] + 256 * data[at + 7]
            raster = data[at + 8 : at + 8 + width_bytes * rows]
            bits = Image.frombytes("1", (width_bytes * 8, rows), raster)
            self._picture(Image.eval(bits.convert("L"), lambda value: 255 - value), "image")
            return at + 8 + width_bytes * rows
        if command == 0x6B:  # GS k m n data (function B)
            length = data[at + 3]
            sent = data[at + 4 : at + 4 + length].decode("ascii")
            self._hardware_barcode(sent)
            return at + 4 + length
        if command == 0x28 and data[at + 2] == 0x6B:  # GS ( k pL pH cn fn ...: 2D codes
            size = data[at + 3] + 256 * data[at + 4]
            body = data[at + 5 : at + 5 + size]
            self._two_d(body)
            return at + 5 + size
        if command == 0x56:  # GS V m [n]: cut
            mode = data[at + 2]
            if self.pending:
                self._print_line()
            self.out.cuts.append(self.out.height)
            strip = Image.new("L", (self.dots, 9), WHITE)
            ImageDraw.Draw(strip).line((0, 4, self.dots, 4), fill=160)  # where the paper parts
            self._add(strip)
            return at + 3 + (1 if mode in (65, 66) else 0)
        raise AssertionError(f"unknown GS command {command:#x} at {at}")

    def _hardware_barcode(self, sent: str) -> None:
        assert sent.startswith("{B"), f"Code128 without its code set: {sent!r}"
        code = sent[2:]
        bars = zxingcpp.create_barcode(code, zxingcpp.BarcodeFormat.Code128).to_image(
            scale=1, add_quiet_zones=False
        )
        view = memoryview(bars)
        row = Image.frombytes("L", (view.shape[1], view.shape[0]), view.tobytes())
        style = self.style
        picture = row.resize(
            (row.width * style.barcode_module, style.barcode_height), Image.Resampling.NEAREST
        )
        if picture.width > self.dots:
            raise AssertionError(f"barcode {code} wider than the paper: the printer skips it")
        self._picture(picture, "barcode", code)
        if style.barcode_text in (2, 3):
            self.pending = [(char, replace(style, width=1, height=1)) for char in code]
            self._print_line()

    def _two_d(self, body: bytes) -> None:
        symbol, function = body[0], body[1]
        assert symbol == 49, f"only QR codes are sent, not 2D symbol {symbol}"
        if function == 67:
            self.qr_module = body[2]
        elif function == 80:
            self.qr_data = body[3:].decode("ascii")
        elif function == 81:
            matrix = zxingcpp.create_barcode(self.qr_data, zxingcpp.BarcodeFormat.QRCode)
            view = memoryview(matrix.to_image(scale=self.qr_module, add_quiet_zones=True))
            picture = Image.frombytes("L", (view.shape[1], view.shape[0]), view.tobytes())
            self._picture(picture, "qr", self.qr_data)


def render(data: bytes, dots: int, columns: int) -> Printout:
    return ThermalPrinter(dots, columns).feed(data)


def read_codes(printout: Printout) -> list[tuple[str, str]]:
    """(format, text) of every code a scanner reads, region by region, top to bottom."""
    paper = printout.image()
    found: list[tuple[str, str]] = []
    for region in printout.regions:
        crop = paper.crop(
            (0, max(region.top - 10, 0), paper.width, min(region.bottom + 10, paper.height))
        )
        framed = Image.new("L", (crop.width + 40, crop.height + 40), WHITE)
        framed.paste(crop, (20, 20))
        for result in zxingcpp.read_barcodes(framed):
            found.append((result.format.name, result.text))
    return found
