"""Test helpers that read the ledger directly, independently of the services under test."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from showroom_pos.db.models import Base, Item, JournalEntry
from showroom_pos.services.context import Ledger


def table_counts(ledger: Ledger) -> dict[str, int]:
    """Rows per table: compared before and after a refused action to show nothing changed."""
    with ledger.read() as session:
        return {
            table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }


def journal_actions(ledger: Ledger) -> list[str]:
    with ledger.read() as session:
        return list(session.scalars(select(JournalEntry.action).order_by(JournalEntry.seq)))


def on_hand(ledger: Ledger, code: str) -> int:
    with ledger.read() as session:
        value = session.scalar(select(Item.on_hand).where(Item.code == code))
        assert value is not None, code
        return int(value)


def scalar(ledger: Ledger, statement: Any) -> Any:
    with ledger.read() as session:
        return session.scalar(statement)


def ledger_snapshot(ledger: Ledger) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order: equal before and after means nothing changed."""
    with ledger.read() as session:
        return {
            table.name: [
                tuple(row)
                for row in session.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }
