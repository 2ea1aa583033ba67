"""How long an account stays locked after failed logins (the program and PostgreSQL agree)."""

from __future__ import annotations

from datetime import timedelta

FREE_ATTEMPTS = 5
LOCK_BASE = timedelta(minutes=1)
LOCK_MAX = timedelta(hours=1)


def lock_delay(failed_logins: int) -> timedelta:
    """No delay for the first few failures, then one that doubles with each further one."""
    if failed_logins < FREE_ATTEMPTS:
        return timedelta(0)
    delay: timedelta = LOCK_BASE * 2 ** (failed_logins - FREE_ATTEMPTS)
    return min(delay, LOCK_MAX)
