"""The quick-cash amounts offered at the till."""

from __future__ import annotations

import pytest

from showroom_pos.domain.cash import quick_cash_amounts


@pytest.mark.parametrize(
    ("due", "offered"),
    [
        (865_000, [865_000, 870_000, 900_000, 1_000_000]),
        (975_000, [975_000, 980_000, 1_000_000]),
        (250_000, [250_000, 300_000, 500_000, 1_000_000]),
        (1_250_000, [1_250_000, 1_300_000, 1_500_000, 2_000_000]),
        (15_000, [15_000, 20_000, 50_000, 100_000, 500_000]),
        (1_000_000, [1_000_000]),
        (0, []),
    ],
)
def test_exact_money_then_the_next_round_amounts(due: int, offered: list[int]) -> None:
    assert quick_cash_amounts(due) == offered
