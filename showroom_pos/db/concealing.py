"""The one-time upgrade that gave the ledger its key: private fields the journal held the old way
(the value, or its plain SHA-256) recorded again as keyed digests."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from showroom_pos.db import journal, private
from showroom_pos.db.models import Base, JournalEntry


def _matches_as_journaled(
    session: Session, cls: type[Base], journaled: dict[str, Any], row: Base
) -> bool:
    """Whether a row is as an entry recorded it, private columns in whatever form the entry
    holds them (the value itself, its plain SHA-256 of old, or the keyed digest)."""
    table = cls.__table__
    assert isinstance(table, Table)
    for name in journal.journaled_columns(table, cls):
        now, then = journal.plain_value(getattr(row, name)), journaled.get(name)
        if name in cls.__journal_secret__ and isinstance(now, str) and isinstance(then, str):
            if then in (
                now,
                private.conceal(session, now),
                private.LEGACY_PREFIX + hashlib.sha256(now.encode()).hexdigest(),
            ):
                continue
            return False
        if then != now:
            return False
    return True


def journal_private_fields_keyed(session: Session, *, at: datetime) -> int:
    """After the upgrade that gave the ledger its key: one entry recording every account and
    maker whose last entry still holds private fields the old way, so that their last state
    is the keyed one (which a login that may not read them can check). A row that no longer
    matches its last entry is left out: `journal verify` goes on reporting it. Returns the
    number of rows recorded."""
    secret_classes = [cls for cls in journal.JOURNALED_TABLES.values() if cls.__journal_secret__]
    names = {cls.__tablename__ for cls in secret_classes}
    latest: dict[str, dict[Any, dict[str, Any]]] = defaultdict(dict)
    for payload in session.execute(
        select(JournalEntry.payload)
        .order_by(JournalEntry.seq)
        .execution_options(yield_per=journal.CHUNK)
    ).scalars():
        try:
            records = json.loads(payload).get("records", [])
        except (ValueError, AttributeError):
            continue
        for table, values in records:
            if table in names:
                key = journal.primary_key(journal.JOURNALED_TABLES[table])
                latest[table][values.get(key)] = values
    recorded: list[Base] = []
    for cls in secret_classes:
        known = latest.get(cls.__tablename__, {})
        query = private.with_private(select(cls), session)
        for row in session.execute(query).scalars():
            values = known.get(getattr(row, journal.primary_key(cls)))
            if values is None or not _matches_as_journaled(session, cls, values, row):
                continue
            if any(
                isinstance(values.get(name), str)
                and not values[name].startswith(private.KEYED_PREFIX)
                for name in cls.__journal_secret__
            ):
                recorded.append(row)
    if recorded:
        journal.append(
            session,
            action="ledger.conceal",
            user_id=None,
            at=at,
            summary=f"private fields of {len(recorded)} records now kept as keyed digests",
            records=recorded,
        )
    return len(recorded)
