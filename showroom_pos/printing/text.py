"""Text a thermal printer can print: transliterated to plain ASCII, wrapped to the paper.

Every job selects code table 0 (PC437 on every ESC/POS printer) and sends only its ASCII half,
which all code tables share, so no printer prints a wrong glyph; what ASCII lacks is
transliterated by anyascii: «Sidomukti» -> <<Sidomukti>>, 2½ -> 2 1/2, Javanese script in Latin.
"""

from __future__ import annotations

import textwrap

from anyascii import anyascii


def printable(text: str) -> str:
    """ASCII the printer shows as written; line breaks kept, other control characters blanked."""
    out: list[str] = []
    for char in text:
        if char == "\n" or " " <= char <= "~":
            out.append(char)
            continue
        if char.isspace() or ord(char) < 32 or ord(char) == 127:
            out.append(" ")
            continue
        latin = "".join(c if " " <= c <= "~" else " " for c in anyascii(char))
        if latin[:1].isdigit() and out and out[-1][-1:].isdigit():
            latin = " " + latin  # 2½ -> "2 1/2", not "21/2"
        out.append(latin)
    return "".join(out)


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Lines no longer than `width`; long words are broken rather than overflow; `indent`
    starts every line."""
    return textwrap.wrap(
        printable(text),
        width=width,
        break_long_words=True,
        break_on_hyphens=False,
        initial_indent=indent,
        subsequent_indent=indent,
    ) or [""]


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
