"""The till's cart: the same item again is one line; unique pieces; stock; amounts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom_pos.domain.cart import (
    cart_total,
    check_stock,
    check_unique,
    line_amount,
    line_for,
    merge_lines,
)
from showroom_pos.domain.errors import ShowroomError, StockError, ValidationError


def test_the_same_item_again_joins_its_line() -> None:
    assert line_for(["BTK-1", "BTK-2"], "BTK-2") == 1
    assert line_for(["BTK-1", "BTK-2"], "BTK-3") is None
    assert line_for([], "BTK-1") is None


def test_merged_lines_keep_the_first_order() -> None:
    assert merge_lines([("B", 1), ("A", 2), ("B", 3)]) == {"B": 4, "A": 2}
    assert list(merge_lines([("B", 1), ("A", 2), ("B", 3)])) == ["B", "A"]
    assert merge_lines([]) == {}


def test_a_unique_piece_is_one() -> None:
    check_unique(1, unique_piece=True)
    check_unique(5, unique_piece=False)
    with pytest.raises(ValidationError) as refused:
        check_unique(2, unique_piece=True)
    assert refused.value.code == "quantity.unique"


@pytest.mark.parametrize(
    ("quantity", "unique", "on_hand", "code"),
    [
        (1, True, 0, "stock.sold_out"),
        (1, False, 0, "stock.sold_out"),
        (3, False, 2, "stock.insufficient"),
        (2, True, 1, "stock.sold_out"),
    ],
)
def test_no_more_than_on_the_shelf(quantity: int, unique: bool, on_hand: int, code: str) -> None:
    with pytest.raises(StockError) as refused:
        check_stock("BTK-1", quantity, unique_piece=unique, on_hand=on_hand)
    assert refused.value.code == code


def test_the_shortfall_says_how_many_are_left() -> None:
    with pytest.raises(StockError) as refused:
        check_stock("BTK-1", 3, unique_piece=False, on_hand=2)
    assert refused.value.params == {"code": "BTK-1", "available": 2, "requested": 3}
    check_stock("BTK-1", 2, unique_piece=False, on_hand=2)
    check_stock("BTK-1", 1, unique_piece=True, on_hand=1)


def test_amounts() -> None:
    assert line_amount(125_000, 3) == 375_000
    assert cart_total([(125_000, 3), (50_000, 1)]) == 425_000
    assert cart_total([]) == 0


scans = st.lists(st.tuples(st.sampled_from("ABCDE"), st.integers(1, 20)), max_size=30)


@given(scans)
def test_merging_keeps_every_piece_once_per_code(lines: list[tuple[str, int]]) -> None:
    merged = merge_lines(lines)
    assert sum(merged.values()) == sum(quantity for _code, quantity in lines)
    assert list(merged) == list(dict.fromkeys(code for code, _quantity in lines))
    for code, quantity in merged.items():
        assert quantity == sum(q for c, q in lines if c == code)


@given(scans, st.dictionaries(st.sampled_from("ABCDE"), st.integers(1, 1_000_000)))
def test_the_total_is_the_same_merged_or_not(
    lines: list[tuple[str, int]], prices: dict[str, int]
) -> None:
    priced = [(code, q) for code, q in lines if code in prices]
    merged = merge_lines(priced)
    assert cart_total((prices[c], q) for c, q in priced) == cart_total(
        (prices[c], q) for c, q in merged.items()
    )


@given(st.integers(1, 50), st.booleans(), st.integers(0, 50))
def test_a_line_passes_exactly_when_the_shelf_holds_it(
    quantity: int, unique: bool, on_hand: int
) -> None:
    try:
        check_unique(quantity, unique_piece=unique)
        check_stock("X", quantity, unique_piece=unique, on_hand=on_hand)
    except ShowroomError:
        assert quantity > on_hand or (unique and quantity > 1)
    else:
        assert quantity <= on_hand and (not unique or quantity == 1)
