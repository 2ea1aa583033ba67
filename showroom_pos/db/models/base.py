"""The base of the ledger's models: the naming convention and the flags every table carries.

Completed records (sales, intakes, movements, settlements, ...) are marked `__immutable__`: the
database refuses to update or delete them (triggers, see `db.guards`), and every one of them is
covered by a journal entry. Master data (makers, items, users, terminals, settings) may change,
and each change is journaled as a snapshot of the row, less its `__journal_exclude__` columns.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    MetaData,
)
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    __immutable__: bool = False
    __journal_exclude__: frozenset[str] = frozenset()
    # Journaled only as a digest keyed by the ledger's key (`db/private.py`): a change is
    # caught, the value is neither exported nor guessable from the journal.
    __journal_secret__: frozenset[str] = frozenset()


Money = BigInteger  # whole rupiah
