"""Demo data: made through the services, consistent, deterministic, and only on empty databases."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from showroom_pos.app import open_ledger
from showroom_pos.cli import main
from showroom_pos.db.models import (
    Item,
    Maker,
    Sale,
    Settlement,
    SettlementPayment,
    StockMovement,
    User,
)
from showroom_pos.domain.errors import ValidationError
from showroom_pos.services.admin import auth, demo
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.admin.types import DemoSummary
from tests.ledgerstate import table_counts

NOW = datetime(2026, 11, 20, 5, 0, tzinfo=UTC)


def _fill(url: str, **size: int) -> DemoSummary:
    ledger = open_ledger(url)
    try:
        return demo.fill_demo_data(ledger, seed=3, now=NOW, **size)
    finally:
        ledger.close()


def test_demo_showroom_is_complete_and_verifies(sqlite_url: str) -> None:
    summary = _fill(sqlite_url, makers=6, items=60, days=40)
    ledger = open_ledger(sqlite_url)
    try:
        with ledger.read() as session:
            assert session.scalar(select(func.count()).select_from(Maker)) == 6
            assert session.scalar(select(func.count()).select_from(Item)) == 60
            assert session.scalar(select(func.count()).select_from(Sale)) == summary.sales > 20
            assert (
                session.scalar(select(func.count()).select_from(Settlement))
                == summary.settlements
                > 0
            )
            assert (
                session.scalar(select(func.count()).select_from(SettlementPayment))
                == summary.payouts
                > 0
            )
            # Stock on hand is what the movements say, item by item.
            moved = dict(
                session.execute(
                    select(StockMovement.item_id, func.sum(StockMovement.quantity)).group_by(
                        StockMovement.item_id
                    )
                ).all()
            )
            for item_id, stock_on_hand in session.execute(select(Item.id, Item.on_hand)):
                assert stock_on_hand == moved.get(item_id, 0) >= 0
            last_sale = session.scalar(select(func.max(Sale.sold_at)))
        assert last_sale is not None and last_sale < NOW
        report = check_ledger(ledger)
        assert report.ok, report.lines("en")
        for username, password, role in demo.DEMO_LOGINS:
            assert auth.login(ledger, username=username, password=password).role == role
        assert "6 pembatik" in demo.describe_database(ledger)
    finally:
        ledger.close()


def test_a_month_that_just_ended_is_closed_and_paid_with_nothing_in_the_future(
    sqlite_url: str,
) -> None:
    """The demo made on the second of a month: the month before is closed and paid, all of
    it dated before the moment the demo was made."""
    from datetime import date

    from showroom_pos.db.models import JournalEntry

    made_at = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)  # 10:00 in Pekalongan
    ledger = open_ledger(sqlite_url)
    try:
        demo.fill_demo_data(ledger, makers=4, items=30, days=35, seed=5, now=made_at)
        with ledger.read() as session:
            periods = set(session.scalars(select(Settlement.period)))
            paid_on = list(session.scalars(select(SettlementPayment.paid_on)))
            latest = [
                session.scalar(select(func.max(column)))
                for column in (
                    SettlementPayment.recorded_at,
                    Settlement.finalized_at,
                    JournalEntry.occurred_at,
                    Sale.sold_at,
                )
            ]
    finally:
        ledger.close()
    assert "2026-11" in periods and paid_on
    assert max(paid_on) <= date(2026, 12, 1)
    assert all(moment is not None and moment <= made_at for moment in latest), latest


def test_same_seed_same_showroom(tmp_path: object, sqlite_url: str) -> None:
    other = sqlite_url.replace("showroom.sqlite3", "kembar.sqlite3")
    _fill(sqlite_url, makers=4, items=30, days=20)
    _fill(other, makers=4, items=30, days=20)

    def receipts(url: str) -> list[tuple[str, int]]:
        ledger = open_ledger(url)
        try:
            with ledger.read() as session:
                return [
                    tuple(r)
                    for r in session.execute(  # type: ignore[misc]
                        select(Sale.receipt_no, Sale.total).order_by(Sale.id)
                    )
                ]
        finally:
            ledger.close()

    first = receipts(sqlite_url)
    assert first and first == receipts(other)


def test_demo_is_refused_on_a_database_with_users(sqlite_url: str) -> None:
    _fill(sqlite_url, makers=2, items=10, days=3)
    ledger = open_ledger(sqlite_url)
    try:
        before = table_counts(ledger)
        with pytest.raises(ValidationError) as refused:
            demo.fill_demo_data(ledger, makers=2, items=10, days=3)
        assert refused.value.code == "demo.not_empty"
        assert table_counts(ledger) == before
        with ledger.read() as session:
            assert session.scalar(select(func.count()).select_from(User)) == 6
    finally:
        ledger.close()


def test_demo_data_command_then_journal_verify(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (
        main(["--db", sqlite_url, "demo-data", "--makers", "5", "--items", "40", "--days", "35"])
        == 0
    )
    assert "makers 5" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO("demo-sari\n"))
    assert main(["--db", sqlite_url, "journal", "verify", "--as", "sari"]) == 0
    assert "OK" in capsys.readouterr().out
    assert main(["--db", sqlite_url, "demo-data", "--makers", "5", "--items", "2"]) == 2
