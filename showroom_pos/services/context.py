"""The ledger handle the services work on: engines, a clock, and transaction scopes.

`ledger.write()` is one user action's transaction: it commits when the block ends and rolls back
when it raises. Writers take turns on every engine: SQLite's write lock is taken at `BEGIN
IMMEDIATE`; on PostgreSQL each write transaction first takes one advisory lock, so every check a
service makes (stock, refunded so far, month open, already finalized or paid) is made after the
lock that keeps it true until commit. Busy or serialization failures are retried a few times by
`run_write`; a unique or check violation that still slips through becomes a clean refusal.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from showroom_pos.db.engine import Engines, open_engines, resolve_url
from showroom_pos.db.faults import fault_in
from showroom_pos.domain.errors import DatabaseError
from showroom_pos.domain.periods import utc_now

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRIES = 6
WRITE_LOCK = 0x53484F57  # the one PostgreSQL advisory lock all write transactions take in turn
_RETRYABLE_PG_CODES = {"40001", "40P01", "55P03"}


def _sqlstate(error: DBAPIError) -> str | None:
    code = getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None)
    return str(code) if code else None


def _is_retryable(error: DBAPIError) -> bool:
    code = _sqlstate(error)
    if code in _RETRYABLE_PG_CODES:
        return True
    text = str(error.orig).lower()
    return isinstance(error, OperationalError) and (
        "database is locked" in text or "database is busy" in text
    )


@dataclass
class Ledger:
    """Everything a service needs to reach the database, plus the clock it dates records by."""

    engines: Engines
    clock: Callable[[], datetime] = field(default=utc_now)
    warnings: tuple[str, ...] = ()  # message codes found when the database was opened

    def __post_init__(self) -> None:
        self._write_sessions = sessionmaker(self.engines.write, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.engines.read, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, *, clock: Callable[[], datetime] = utc_now) -> Ledger:
        return cls(open_engines(resolve_url(url)), clock)

    @property
    def url(self) -> str:
        return self.engines.url

    def now(self) -> datetime:
        return self.clock()

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._write_sessions() as session, session.begin():
            if not self.engines.is_sqlite:
                session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_sessions() as session:
            try:
                yield session
            except DBAPIError as error:
                self._raise_fault(error)
                raise
            finally:
                session.rollback()

    def _raise_fault(self, error: DBAPIError) -> None:
        """For a failure of the disk, file or server, the refusal that says so (anything else
        is a bug, raised as it is by the caller)."""
        fault = fault_in(error, self.url)
        if fault is not None:
            raise fault from error

    def run_write(self, work: Callable[[Session], T]) -> T:
        """Run `work` in one write transaction, retrying busy and serialization failures."""
        for attempt in range(RETRIES):
            try:
                with self.write() as session:
                    return work(session)
            except IntegrityError as error:
                raise DatabaseError("save.conflict") from error
            except DBAPIError as error:
                if _sqlstate(error) == "42501":  # insufficient_privilege
                    raise DatabaseError("db.not_permitted") from error
                if not _is_retryable(error) or attempt == RETRIES - 1:
                    if _is_retryable(error):
                        raise DatabaseError("busy.retry") from error
                    self._raise_fault(error)
                    raise
                log.info("retrying a busy transaction (attempt %d)", attempt + 1)
                time.sleep(0.02 * (2**attempt) * (1 + random.random()))
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.engines.dispose()
