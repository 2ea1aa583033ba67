"""The cart at the till: one line per item, its quantity, its amount at the maker's price.

Scanning an item already in the cart adds to its line rather than opening another; a unique
piece (most batik tulis) is never more than one; no line asks for more than is on the shelf.
The till's cart model and the sale service share these rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from showroom_pos.domain.errors import StockError, ValidationError


def line_for(codes: Sequence[str], code: str) -> int | None:
    """The cart line another piece of `code` joins, or None when it starts a new line."""
    for number, existing in enumerate(codes):
        if existing == code:
            return number
    return None


def merge_lines(lines: Iterable[tuple[str, int]]) -> dict[str, int]:
    """(item code, quantity) pairs as cart lines: one per code, first seen first, summed."""
    merged: dict[str, int] = {}
    for code, quantity in lines:
        merged[code] = merged.get(code, 0) + quantity
    return merged


def check_unique(quantity: int, *, unique_piece: bool) -> None:
    """A unique piece is sold one at a time."""
    if unique_piece and quantity > 1:
        raise ValidationError("quantity.unique")


def check_stock(code: str, quantity: int, *, unique_piece: bool, on_hand: int) -> None:
    """Refuse a line asking for more than is on the shelf: sold out, or how many are left."""
    if on_hand < quantity:
        if unique_piece or on_hand == 0:
            raise StockError("stock.sold_out", code=code)
        raise StockError("stock.insufficient", code=code, available=on_hand, requested=quantity)


def line_amount(unit_price: int, quantity: int) -> int:
    return unit_price * quantity


def cart_total(lines: Iterable[tuple[int, int]]) -> int:
    """The sum of the lines' amounts, each given as (unit price, quantity)."""
    return sum(line_amount(unit_price, quantity) for unit_price, quantity in lines)
