"""The frame of every print job: it starts from the printer's power-on state (ESC @) with code
table 0 chosen, and it ends with every style undone, so no job depends on what another left.
"""

from __future__ import annotations

from collections.abc import Iterable

from escpos.escpos import Escpos
from escpos.magicencode import Encoder, MagicEncode

from showroom_pos.printing.connection import has_cutter
from showroom_pos.printing.text import printable

# Code table 0 is PC437 on every ESC/POS printer; only its ASCII half is ever sent (text.py),
# so the table of the profile (which for POS-5890 names Katakana first) does not matter.
CODE_TABLE = "CP437"


def begin_job(printer: Escpos) -> None:
    """ESC @ (the printer's initial state), then ESC t 0, before anything else is sent."""
    printer.hw("INIT")
    printer.magic = MagicEncode(printer, encoder=Encoder({CODE_TABLE: 0}))
    printer.magic.force_encoding(CODE_TABLE)


def reset_style(printer: Escpos) -> None:
    """Left aligned, font A, normal size, no bold, underline or inversion."""
    printer.set_with_default()


def text_lines(printer: Escpos, lines: Iterable[str]) -> None:
    for line in lines:
        printer.textln(printable(line))


def end_job(printer: Escpos, *, feed_lines: int = 4, cut: str = "FULL") -> None:
    """Styles undone, then the paper cut (or fed out where the printer has no cutter)."""
    reset_style(printer)
    if has_cutter(printer):
        printer.cut(mode=cut)
    else:
        printer.ln(feed_lines)
