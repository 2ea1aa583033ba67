"""Cash at the counter: the amounts a buyer is likely to hand over, and the drawer's count.

The drawer should hold the opening float, plus cash sales, less cash refunds, plus cash put in
(less cash taken out); at the shift's close the cashier counts it note by note and coin by coin,
and the difference is over (positive) or short (negative).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.money import MAX_AMOUNT
from showroom_pos.domain.validation import whole_number

# The rupiah notes and coins counted in the drawer, largest first.
DENOMINATIONS = (100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100)
MAX_PIECES = 100_000  # of one denomination in one drawer

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


@dataclass(frozen=True)
class DrawerCount:
    """A counted drawer: the pieces of each denomination there are (none left out), the sum."""

    pieces: dict[int, int]
    counted: int


def expected_cash(
    *, opening_float: int, cash_sales: int, cash_refunds: int, cash_in_out: int
) -> int:
    """The cash a shift's drawer should hold (cash in/out is positive in, negative out)."""
    return opening_float + cash_sales - cash_refunds + cash_in_out


def over_short(counted: int, expected: int) -> int:
    """Over (positive) or short (negative) of a counted drawer; 0 when exact."""
    return counted - expected


def count_drawer(denominations: Any) -> DrawerCount:
    """The drawer counted as {denomination: pieces}; a denomination not in rupiah, or a number
    of pieces below none or beyond MAX_PIECES, is refused."""
    if not isinstance(denominations, Mapping):
        raise ValidationError("shift.bad_count")
    pieces: dict[int, int] = {}
    counted = 0
    for value, number in denominations.items():
        if type(value) is not int or value not in DENOMINATIONS:
            raise ValidationError("shift.bad_count")
        how_many = whole_number("field_name.quantity", number)
        if not 0 <= how_many <= MAX_PIECES:
            raise ValidationError("shift.bad_count")
        if how_many:
            pieces[value] = how_many
            counted += value * how_many
    return DrawerCount(pieces, counted)


def opening_float_amount(value: Any) -> int:
    """The cash a shift starts with: whole rupiah, none or more, within MAX_AMOUNT."""
    amount = whole_number("field_name.opening_float", value)
    if not 0 <= amount <= MAX_AMOUNT:
        raise ValidationError("payment.invalid_amount")
    return amount


def cash_movement_amount(value: Any) -> int:
    """Cash put in (positive) or taken out (negative): never nothing, within MAX_AMOUNT."""
    amount = whole_number("field_name.amount", value)
    if amount == 0 or abs(amount) > MAX_AMOUNT:
        raise ValidationError("payment.invalid_amount")
    return amount


def check_drawer_after(in_drawer: int, movement: int) -> None:
    """Cash taken out may not leave the drawer holding less than nothing."""
    if movement < 0 and in_drawer + movement < 0:
        raise ValidationError("shift.bad_count")
