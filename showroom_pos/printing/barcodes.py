"""Code128 and QR codes that a scanner reads on any profile and paper width.

A bar is a whole number of printer dots wide, with a quiet zone of ten modules on each side:
the printer's own barcode command where the profile has one, else an image drawn dot for dot
across the paper's full width (so no alignment state can shift it). A code too long to fit
readably is printed as text with a note, never squeezed into bars no scanner reads.
"""

from __future__ import annotations

import contextlib
import io

import barcode
import qrcode
from escpos.escpos import Escpos
from PIL import Image, ImageDraw

from showroom_pos.domain.text import render
from showroom_pos.printing.connection import paper_columns
from showroom_pos.printing.text import centre, printable

QUIET_MODULES = 10  # Code128's quiet zone on each side
QR_QUIET_MODULES = 4
MODULE_DOTS = (3, 2)  # widest first; one dot (0.125 mm) smears on thermal paper
QR_MODULE_DOTS = (6, 5, 4, 3)
NATIVE_QR_DOTS = 4
DOTS_BY_COLUMNS = {32: 384, 42: 512, 48: 576}
TOO_LONG_NOTE = render("barcode_paper.too_long", "id")  # paper is in Bahasa Indonesia


def paper_dots(printer: Escpos) -> int:
    """Printable dots across the paper: the profile's, else what its columns imply."""
    pixels = printer.profile.profile_data.get("media", {}).get("width", {}).get("pixels")
    try:
        return int(pixels)
    except (TypeError, ValueError):
        return DOTS_BY_COLUMNS.get(paper_columns(printer), 512)


def code128_modules(code: str) -> str:
    """The bars as '1' (black) and '0' (white) modules, start to stop, without quiet zones."""
    return str(barcode.get_barcode_class("code128")(code).build()[0])


def module_dots(
    modules: int, paper: int, quiet: int = QUIET_MODULES, choices: tuple[int, ...] = MODULE_DOTS
) -> int | None:
    """The widest module (in dots) at which the code and its quiet zones fit, or None."""
    return next((dots for dots in choices if (modules + 2 * quiet) * dots <= paper), None)


def code128_image(code: str, paper: int, height: int) -> Image.Image | None:
    """The code drawn dot for dot, centred on an image as wide as the paper (bytes whole)."""
    modules = code128_modules(code)
    dots = module_dots(len(modules), paper)
    if dots is None:
        return None
    width = paper // 8 * 8
    picture = Image.new("1", (width, height), 1)
    draw = ImageDraw.Draw(picture)
    left = (width - len(modules) * dots) // 2
    for index, module in enumerate(modules):
        if module == "1":
            x = left + index * dots
            draw.rectangle((x, 0, x + dots - 1, height - 1), fill=0)
    return picture


def has_hardware_code128(printer: Escpos) -> bool:
    return bool(printer.profile.supports("barcodeB"))


def print_code128(printer: Escpos, code: str, *, height: int = 64) -> None:
    """The code centred as a Code128 barcode with its text underneath; alignment left after."""
    paper = paper_dots(printer)
    width = paper_columns(printer)
    if has_hardware_code128(printer):
        dots = module_dots(11 * (len(code) + 3) + 2, paper)  # code set B throughout
        if dots is not None:
            printer.set(align="center")
            with contextlib.redirect_stdout(io.StringIO()):  # python-escpos talks
                printer.barcode(
                    "{B" + code,
                    "CODE128",
                    height=height,
                    width=dots,
                    pos="BELOW",
                    font="A",
                    align_ct=False,
                    function_type="B",
                    check=False,
                )
            printer.set(align="left")
            return
    picture = code128_image(code, paper, height)
    if picture is None:
        for line in [*centre(code, width), *centre(TOO_LONG_NOTE, width)]:
            printer.textln(line)
        return
    printer.set(align="left")
    printer.image(picture, impl="bitImageRaster", center=False)
    for line in centre(code, width):
        printer.textln(line)


def qr_image(text: str, paper: int) -> Image.Image | None:
    """A QR code dot for dot with its quiet zone, centred on a paper-wide image, or None."""
    code = qrcode.QRCode(border=0, box_size=1, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(printable(text))
    code.make(fit=True)
    matrix = code.get_matrix()
    dots = module_dots(len(matrix), paper, QR_QUIET_MODULES, QR_MODULE_DOTS)
    if dots is None:
        return None
    width = paper // 8 * 8
    size = (len(matrix) + 2 * QR_QUIET_MODULES) * dots
    picture = Image.new("1", (width, size), 1)
    draw = ImageDraw.Draw(picture)
    left = (width - len(matrix) * dots) // 2
    top = QR_QUIET_MODULES * dots
    for row, cells in enumerate(matrix):
        for column, black in enumerate(cells):
            if black:
                x, y = left + column * dots, top + row * dots
                draw.rectangle((x, y, x + dots - 1, y + dots - 1), fill=0)
    return picture


def print_qr(printer: Escpos, text: str) -> None:
    """A QR code centred: the printer's own where the profile has it, else an image."""
    if printer.profile.supports("qrCode"):
        printer.set(align="center")
        printer.qr(printable(text), size=NATIVE_QR_DOTS, native=True)
        printer.set(align="left")
        return
    picture = qr_image(text, paper_dots(printer))
    if picture is not None:
        printer.image(picture, impl="bitImageRaster", center=False)
