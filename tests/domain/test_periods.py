"""Months and days are counted on the Pekalongan clock (WIB, UTC+7)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.periods import (
    day_bounds,
    next_period,
    parse_period,
    period_bounds,
    period_of,
    previous_period,
    to_local,
    year_start,
)


def test_a_sale_late_on_the_last_evening_belongs_to_that_month_in_wib() -> None:
    # 31 October 23:30 WIB is 16:30 UTC: still October.
    assert period_of(datetime(2026, 10, 31, 16, 30, tzinfo=UTC)) == "2026-10"
    # 1 November 00:30 WIB is 31 October 17:30 UTC: already November.
    assert period_of(datetime(2026, 10, 31, 17, 30, tzinfo=UTC)) == "2026-11"


def test_period_bounds_are_wib_midnights() -> None:
    start, end = period_bounds("2026-12")
    assert start == datetime(2026, 11, 30, 17, 0, tzinfo=UTC)
    assert end == datetime(2026, 12, 31, 17, 0, tzinfo=UTC)
    assert to_local(start).hour == 0


def test_day_bounds() -> None:
    start, end = day_bounds(date(2026, 10, 5))
    assert (end - start).total_seconds() == 86_400
    assert to_local(start).date() == date(2026, 10, 5)


def test_neighbouring_months_and_year_start() -> None:
    assert previous_period("2026-01") == "2025-12"
    assert next_period("2026-12") == "2027-01"
    assert year_start("2026-07") == period_bounds("2026-01")[0]


@pytest.mark.parametrize("bad", ["2026-13", "2026-1", "26-10", "oktober", ""])
def test_bad_periods_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        parse_period(bad)


def test_days_in_messages_are_written_day_month_year() -> None:
    from showroom_pos.domain.periods import format_day

    assert format_day(date(2026, 10, 5)) == "05-10-2026"
    refused = ValidationError("z.exists", till="K1", day=format_day(date(2026, 10, 5)))
    assert refused.message("id") == (
        "Hari 05-10-2026 di kasir K1 sudah ditutup (laporan Z sudah dibuat)."
    )
