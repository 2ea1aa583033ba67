"""Time in the showroom: stored in UTC, shown and cut into days and months in Asia/Jakarta (WIB)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from showroom_pos.domain.errors import ValidationError

JAKARTA = ZoneInfo("Asia/Jakarta")
_PERIOD = re.compile(r"^(\d{4})-(\d{2})$")


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_local(moment: datetime) -> datetime:
    """The WIB wall-clock time of an aware UTC moment."""
    return moment.astimezone(JAKARTA)


def format_day(day: date) -> str:
    """A day as people here write it: 05-10-2026."""
    return day.strftime("%d-%m-%Y")


def period_of(moment: datetime) -> str:
    """The Jakarta calendar month `YYYY-MM` a moment falls in."""
    return to_local(moment).strftime("%Y-%m")


def parse_period(text: str) -> tuple[int, int]:
    match = _PERIOD.match(text.strip()) if isinstance(text, str) else None
    if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 2000:
        raise ValidationError("period.invalid", period=text)
    return int(match.group(1)), int(match.group(2))


def period_bounds(period: str) -> tuple[datetime, datetime]:
    """UTC start (inclusive) and end (exclusive) of a Jakarta calendar month."""
    year, month = parse_period(period)
    start = datetime(year, month, 1, tzinfo=JAKARTA)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=JAKARTA)
    return start.astimezone(UTC), end.astimezone(UTC)


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """UTC start and end of a Jakarta calendar day."""
    start = datetime.combine(day, time(), tzinfo=JAKARTA)
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)


def previous_period(period: str) -> str:
    year, month = parse_period(period)
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


def next_period(period: str) -> str:
    year, month = parse_period(period)
    return f"{year + 1}-01" if month == 12 else f"{year}-{month + 1:02d}"


def year_start(period: str) -> datetime:
    year, _ = parse_period(period)
    return datetime(year, 1, 1, tzinfo=JAKARTA).astimezone(UTC)
