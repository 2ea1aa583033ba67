"""Code128 on any profile: the printer's own barcode command where it has one, else an image.

The ESC/POS command needs the code set in front of the data (`{B`); the image renderer must get
the bare code, or the scanner would read the braces too.
"""

from __future__ import annotations

import contextlib
import io

from escpos.escpos import Escpos


def has_hardware_code128(printer: Escpos) -> bool:
    return bool(printer.profile.supports("barcodeB"))


def print_code128(printer: Escpos, code: str, *, height: int = 60) -> None:
    """The code centred as a Code128 barcode with its text underneath."""
    with contextlib.redirect_stdout(io.StringIO()):  # python-escpos announces its renderer
        if has_hardware_code128(printer):
            printer.barcode("{B" + code, "CODE128", height=height, width=2, pos="BELOW",
                            align_ct=True, function_type="B", check=False)
        else:
            printer.barcode(code, "CODE128", height=height, width=2, pos="BELOW",
                            align_ct=True, check=False, force_software=True)
