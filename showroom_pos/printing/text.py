"""Text a thermal printer can print: transliterated to its code page, wrapped to the paper."""

from __future__ import annotations

import textwrap
import unicodedata

# Characters that NFKD does not reduce to ASCII but that have an obvious ASCII form.
_REPLACEMENTS = str.maketrans({
    "‘": "'", "’": "'", "‚": ",", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-",
    "…": "...", "•": "*", "×": "x", "÷": "/", "€": "EUR", "°": "o", "ß": "ss", "æ": "ae",
    "Æ": "AE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "\u00a0": " ",
})


def printable(text: str) -> str:
    """ASCII the printer's basic code page shows as written: é -> e, “ -> ", unknown -> ?."""
    replaced = text.translate(_REPLACEMENTS)
    decomposed = unicodedata.normalize("NFKD", replaced)
    out = []
    for char in decomposed:
        if unicodedata.combining(char):
            continue
        if char == "\n" or (32 <= ord(char) < 127):
            out.append(char)
        elif char.isspace():
            out.append(" ")
        else:
            out.append("?")
    return "".join(out)


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Lines no longer than `width`; long words are broken rather than overflow; `indent`
    starts every line."""
    return textwrap.wrap(printable(text), width=width, break_long_words=True,
                         break_on_hyphens=False, initial_indent=indent,
                         subsequent_indent=indent) or [""]


def columns(left: str, right: str, width: int) -> list[str]:
    """`left` and a right-aligned `right` on one line, or `left` wrapped with `right` after."""
    left, right = printable(left), printable(right)
    if len(left) + 1 + len(right) <= width:
        return [left + " " * (width - len(left) - len(right)) + right]
    lines = wrap(left, width)
    if len(lines[-1]) + 1 + len(right) <= width:
        last = lines.pop()
        return [*lines, last + " " * (width - len(last) - len(right)) + right]
    return [*lines, right.rjust(width)]


def centre(text: str, width: int) -> list[str]:
    return [line.center(width).rstrip() for line in wrap(text, width)]


def rule(width: int, char: str = "-") -> str:
    return char * width
