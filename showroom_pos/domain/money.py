"""Rupiah amounts: whole integers, written the Indonesian way, and in Indonesian words."""

from __future__ import annotations

MAX_AMOUNT = 10_000_000_000  # Rp10 miliar: above any single price or sale the showroom will see

_ONES = (
    "",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"))


def format_rupiah(amount: int) -> str:
    """`Rp1.250.000`: no space, dots for thousands, no decimals; `-Rp5.000` when negative."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError("rupiah amounts are whole integers")
    digits = f"{abs(amount):,}".replace(",", ".")  # Indonesian thousands are dots
    return ("-" if amount < 0 else "") + "Rp" + digits


def _below_thousand(n: int) -> str:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds > 1:
        words.append(f"{_ONES[hundreds]} ratus")
    if rest < 12:
        if rest:
            words.append(_ONES[rest])
    elif rest < 20:
        words.append(f"{_ONES[rest - 10]} belas")
    else:
        tens, ones = divmod(rest, 10)
        words.append(f"{_ONES[tens]} puluh")
        if ones:
            words.append(_ONES[ones])
    return " ".join(words)


def _number_words(n: int) -> str:
    if n == 0:
        return "nol"
    parts: list[str] = []
    for scale, name in _SCALES:
        count, n = divmod(n, scale)
        if count:
            parts.append(f"{_number_words(count)} {name}")
    thousands, n = divmod(n, 1000)
    if thousands == 1:
        parts.append("seribu")
    elif thousands:
        parts.append(f"{_below_thousand(thousands)} ribu")
    if n:
        parts.append(_below_thousand(n))
    return " ".join(parts)


def rupiah_in_words(amount: int) -> str:
    """`satu juta dua ratus lima puluh ribu rupiah` (terbilang), as written on statements."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError("rupiah amounts are whole integers")
    words = _number_words(abs(amount)) + " rupiah"
    return ("minus " + words) if amount < 0 else words
