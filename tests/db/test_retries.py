"""A write that meets a serialization failure, a deadlock or a busy file is tried again a few
times, then refused with a clear message; the failed tries leave nothing behind."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from showroom_pos.domain.errors import DatabaseError, StorageFault
from showroom_pos.services.context import RETRIES, Ledger
from tests.ledgerstate import table_counts


def _conflict(code: str) -> str:
    return f"DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '{code}'; END $$"


@pytest.fixture
def pg_ledger(request: pytest.FixtureRequest) -> Ledger:
    from showroom_pos.app import open_ledger
    from tests.conftest import _postgres_url

    ledger = open_ledger(_postgres_url(request))
    request.addfinalizer(ledger.close)
    return ledger


@pytest.mark.postgres
@pytest.mark.parametrize("code", ["serialization_failure", "deadlock_detected"])
def test_postgresql_conflicts_are_tried_again_then_refused(pg_ledger: Ledger, code: str) -> None:
    tries: list[int] = []
    before = table_counts(pg_ledger)

    def flaky(session: Session) -> str:
        tries.append(1)
        session.execute(
            text("INSERT INTO settings (key, value, updated_at) VALUES (:k, 'x', now())"),
            {"k": f"try.{len(tries)}"},
        )
        if len(tries) < 3:
            session.execute(text(_conflict(code)))  # PostgreSQL itself raises it
        return "done"

    assert pg_ledger.run_write(flaky) == "done" and len(tries) == 3
    assert table_counts(pg_ledger)["settings"] == before["settings"] + 1  # the third try only

    tries.clear()

    def hopeless(session: Session) -> None:
        tries.append(1)
        session.execute(text(_conflict(code)))

    with pytest.raises(DatabaseError) as refused:
        pg_ledger.run_write(hopeless)
    assert refused.value.code == "busy.retry" and len(tries) == RETRIES
    assert refused.value.message("id") and refused.value.message("en")


def test_a_busy_sqlite_file_is_tried_again(sqlite_ledger: Ledger) -> None:
    tries: list[int] = []

    def busy_once(session: Session) -> str:
        tries.append(1)
        if len(tries) == 1:
            raise OperationalError(
                "BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked")
            )
        return "done"

    assert sqlite_ledger.run_write(busy_once) == "done" and len(tries) == 2

    failed: list[int] = []

    def broken(session: Session) -> None:
        failed.append(1)
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("disk I/O error"))

    with pytest.raises(StorageFault) as refused:  # not a conflict: not tried again, but said
        sqlite_ledger.run_write(broken)
    assert failed == [1] and refused.value.code == "fault.io"


def test_a_unique_violation_is_a_clean_refusal_that_changes_nothing(ledger: Ledger) -> None:
    before = table_counts(ledger)

    def twice(session: Session) -> None:
        for _ in range(2):
            session.execute(text("INSERT INTO counters (name, value) VALUES ('twice', 1)"))

    with pytest.raises(DatabaseError) as refused:
        ledger.run_write(twice)
    assert refused.value.code == "save.conflict"
    assert table_counts(ledger) == before
