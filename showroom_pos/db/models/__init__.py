"""The ledger's tables as SQLAlchemy typed models.

Completed records (sales, intakes, movements, settlements, ...) are marked `__immutable__`: the
database refuses to update or delete them (triggers, see `db.guards`), and every one of them is
covered by a journal entry. Master data (makers, items, users, terminals, settings) may change,
and each change is journaled as a snapshot of the row, less its `__journal_exclude__` columns.
"""

from __future__ import annotations

from showroom_pos.db.models.base import NAMING_CONVENTION, Base, Money
from showroom_pos.db.models.master import (
    Counter,
    Event,
    LedgerKey,
    Maker,
    Setting,
    Terminal,
    User,
)
from showroom_pos.db.models.records import (
    Anchor,
    DayClose,
    DocumentPrint,
    EventJournalEntry,
    JournalEntry,
    JournalHead,
)
from showroom_pos.db.models.settlement import (
    Deduction,
    PeriodClose,
    Settlement,
    SettlementPayment,
)
from showroom_pos.db.models.stock import (
    Intake,
    IntakeLine,
    Item,
    MakerReturn,
    MakerReturnLine,
    PriceChange,
    StockCount,
    StockCountLine,
    StockMovement,
)
from showroom_pos.db.models.till import (
    CashMovement,
    Payment,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    Shift,
    ShiftClose,
)

__all__ = [
    "IMMUTABLE_TABLES",
    "NAMING_CONVENTION",
    "Anchor",
    "Base",
    "CashMovement",
    "Counter",
    "DayClose",
    "Deduction",
    "DocumentPrint",
    "Event",
    "EventJournalEntry",
    "Intake",
    "IntakeLine",
    "Item",
    "JournalEntry",
    "JournalHead",
    "LedgerKey",
    "Maker",
    "MakerReturn",
    "MakerReturnLine",
    "Money",
    "Payment",
    "PeriodClose",
    "PriceChange",
    "Refund",
    "RefundLine",
    "Sale",
    "SaleLine",
    "Setting",
    "Settlement",
    "SettlementPayment",
    "Shift",
    "ShiftClose",
    "StockCount",
    "StockCountLine",
    "StockMovement",
    "Terminal",
    "User",
]

IMMUTABLE_TABLES: tuple[str, ...] = tuple(
    sorted(
        mapper.class_.__tablename__
        for mapper in Base.registry.mappers
        if mapper.class_.__immutable__
    )
)
