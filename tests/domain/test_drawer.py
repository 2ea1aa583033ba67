"""The cash a shift's drawer should hold, and the over/short of the counted drawer."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom_pos.domain.cash import (
    DENOMINATIONS,
    MAX_PIECES,
    cash_movement_amount,
    check_drawer_after,
    count_drawer,
    expected_cash,
    opening_float_amount,
    over_short,
)
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.money import MAX_AMOUNT


def test_expected_cash() -> None:
    assert (
        expected_cash(
            opening_float=300_000, cash_sales=1_250_000, cash_refunds=150_000, cash_in_out=-200_000
        )
        == 1_200_000
    )


def test_over_and_short() -> None:
    assert over_short(1_210_000, 1_200_000) == 10_000
    assert over_short(1_195_000, 1_200_000) == -5_000
    assert over_short(1_200_000, 1_200_000) == 0


def test_the_count_by_denomination() -> None:
    count = count_drawer({100_000: 12, 50_000: 0, 500: 3})
    assert (count.counted, count.pieces) == (1_201_500, {100_000: 12, 500: 3})
    assert count_drawer({}).counted == 0


@pytest.mark.parametrize(
    "bad",
    [
        None,
        [(100_000, 1)],
        {75_000: 1},
        {"100000": 1},
        {True: 1},
        {100_000: -1},
        {100_000: MAX_PIECES + 1},
    ],
)
def test_a_bad_count_is_refused(bad: Any) -> None:
    with pytest.raises(ValidationError) as refused:
        count_drawer(bad)
    assert refused.value.code == "shift.bad_count"


def test_pieces_are_whole_numbers() -> None:
    with pytest.raises(ValidationError) as refused:
        count_drawer({100_000: 1.5})
    assert refused.value.code == "field.integer"


def test_opening_float_and_cash_in_out() -> None:
    assert opening_float_amount(0) == 0 and opening_float_amount(MAX_AMOUNT) == MAX_AMOUNT
    assert cash_movement_amount(-50_000) == -50_000
    for call in (
        lambda: opening_float_amount(-1),
        lambda: opening_float_amount(MAX_AMOUNT + 1),
        lambda: cash_movement_amount(0),
        lambda: cash_movement_amount(-MAX_AMOUNT - 1),
    ):
        with pytest.raises(ValidationError) as refused:
            call()
        assert refused.value.code == "payment.invalid_amount"


def test_cash_out_cannot_empty_the_drawer_below_nothing() -> None:
    check_drawer_after(100_000, -100_000)
    check_drawer_after(-20_000, 10_000)  # cash put in is always allowed
    with pytest.raises(ValidationError) as refused:
        check_drawer_after(100_000, -100_001)
    assert refused.value.code == "shift.bad_count"


@given(st.dictionaries(st.sampled_from(DENOMINATIONS), st.integers(0, MAX_PIECES)))
def test_the_counted_sum_is_the_pieces_times_their_value(counted: dict[int, int]) -> None:
    count = count_drawer(counted)
    assert count.counted == sum(value * n for value, n in counted.items())
    assert count.pieces == {value: n for value, n in counted.items() if n}


@given(
    st.integers(0, 10**9),
    st.integers(0, 10**9),
    st.integers(0, 10**9),
    st.integers(-(10**9), 10**9),
    st.integers(0, 10**10),
)
def test_a_drawer_holding_what_it_should_is_exact(
    opening: int, sales: int, refunds: int, moved: int, counted: int
) -> None:
    expected = expected_cash(
        opening_float=opening, cash_sales=sales, cash_refunds=refunds, cash_in_out=moved
    )
    assert over_short(expected, expected) == 0
    assert expected + over_short(counted, expected) == counted
