"""Cash at the counter: the amounts a buyer is likely to hand over."""

from __future__ import annotations

# Rupiah notes go up to Rp100.000; a buyer rounds up to the next ten, fifty or hundred
# thousand, or hands over a round half-million or million for a dear piece.
ROUNDINGS = (10_000, 50_000, 100_000, 500_000, 1_000_000)
MOST_AMOUNTS = 5


def quick_cash_amounts(due: int) -> list[int]:
    """Exact money first, then each next round amount above it, smallest first, no repeats."""
    if due <= 0:
        return []
    amounts = [due]
    for step in ROUNDINGS:
        rounded = -(-due // step) * step
        if rounded not in amounts:
            amounts.append(rounded)
    return amounts[:MOST_AMOUNTS]
