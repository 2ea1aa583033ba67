"""Document prints: every paper of a receipt or a slip as a row (immutable), so a copy's
number is counted from a table; filled from the prints the journal recorded until now.

Until this revision a print was only a journal entry ("receipt.print", "slip.print"), and the
copy number was found by searching the entries' text. The upgrade writes one row per such entry
(of this journal, and of the event laptops' journals merged into it), numbered per document in
the order they were printed, and covers the rows with one journal entry ("print.backfill").

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 23:30:00
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from showroom_pos.db.guards import drop_guards, install_guards
from showroom_pos.db.journal import canonical_json, entry_hash
from showroom_pos.db.pg_journal import FUNCTION
from showroom_pos.db.types import UTCDateTime

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

IMMUTABLE = ('document_prints',)
BACKFILL_ACTION = "print.backfill"
# the journal's words for a print until now: "receipt K1-000001 printed (copy 1) on usb:..."
_PRINTED = re.compile(r"^(receipt|slip) (\S+) printed \([^)]*\) on (.*)$", re.DOTALL)
_KINDS = {"receipt.print": "receipt", "slip.print": "slip"}

_entries = sa.table(
    "journal", sa.column("seq", sa.BigInteger()), sa.column("occurred_at", UTCDateTime()),
    sa.column("user_id", sa.Integer()), sa.column("action", sa.String()),
    sa.column("summary", sa.String()), sa.column("payload", sa.Text()))
_written = sa.table(
    "journal", sa.column("seq", sa.BigInteger()), sa.column("occurred_at", UTCDateTime()),
    sa.column("user_id", sa.Integer()), sa.column("action", sa.String()),
    sa.column("summary", sa.String()), sa.column("payload", sa.Text()),
    sa.column("prev_hash", sa.String()), sa.column("hash", sa.String()))
_event_entries = sa.table(
    "event_journal", sa.column("event_id", sa.Integer()), sa.column("seq", sa.BigInteger()),
    sa.column("occurred_at", UTCDateTime()), sa.column("user_id", sa.Integer()),
    sa.column("action", sa.String()), sa.column("summary", sa.String()),
    sa.column("payload", sa.Text()))


def upgrade() -> None:
    prints = op.create_table('document_prints',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('document_no', sa.String(length=32), nullable=False),
    sa.Column('copy_no', sa.Integer(), nullable=False),
    sa.Column('printed_at', UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('terminal_id', sa.Integer(), nullable=True),
    sa.Column('printer', sa.String(length=200), nullable=False),
    sa.CheckConstraint("kind IN ('receipt', 'slip')", name=op.f('ck_document_prints_kind')),
    sa.CheckConstraint('copy_no >= 0', name=op.f('ck_document_prints_copy_not_negative')),
    sa.ForeignKeyConstraint(['terminal_id'], ['terminals.id'], name=op.f('fk_document_prints_terminal_id_terminals')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_document_prints_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_prints')),
    sa.UniqueConstraint('kind', 'document_no', 'copy_no', name='uq_document_prints_copy')
    )
    install_guards(op.get_bind(), IMMUTABLE)
    _backfill(op.get_bind(), prints)


def downgrade() -> None:
    drop_guards(op.get_bind(), IMMUTABLE)
    op.drop_table('document_prints')


# -- the prints journaled so far --------------------------------------------------------------


def _printed(action: str, summary: str, payload: str) -> tuple[str, str, str] | None:
    """(kind, document number, printer) of a print's entry, or None for one not readable."""
    kind = _KINDS[action]
    try:
        data = json.loads(payload).get("data") or {}
    except (ValueError, AttributeError):
        data = {}
    matched = _PRINTED.match(summary)
    number = data.get(f"{kind}_no") if isinstance(data, dict) else None
    if not isinstance(number, str) or not number:
        if matched is None or matched.group(1) != kind:
            return None
        number = matched.group(2)
    printer = matched.group(3) if matched is not None else ""
    return kind, number[:32], printer[:200]


def _backfill(bind: sa.Connection, prints: sa.Table | None) -> None:
    assert prints is not None
    users = set(bind.execute(sa.text("SELECT id FROM users")).scalars())
    found: list[tuple[datetime, int, int, str, str, str, int | None]] = []
    for order, (table, key) in enumerate(((_entries, None), (_event_entries, "event_id"))):
        query = sa.select(table.c.occurred_at, table.c.user_id, table.c.action,
                          table.c.summary, table.c.payload, table.c.seq).where(
            table.c.action.in_(list(_KINDS)))
        if key is not None:
            query = query.order_by(table.c[key], table.c.seq)
        else:
            query = query.order_by(table.c.seq)
        for at, user_id, action, summary, payload, _seq in bind.execute(query):
            printed = _printed(action, summary, payload)
            if printed is not None:
                found.append((at, order, len(found), *printed,
                              user_id if user_id in users else None))
    if not found:
        return
    found.sort(key=lambda row: (row[0], row[1], row[2]))  # as the papers came out
    copies: dict[tuple[str, str], int] = defaultdict(int)
    rows: list[dict[str, Any]] = []
    for at, _order, _index, kind, number, printer, user_id in found:
        rows.append({"id": len(rows) + 1, "kind": kind, "document_no": number,
                     "copy_no": copies[kind, number], "printed_at": at, "user_id": user_id,
                     "terminal_id": None, "printer": printer})
        copies[kind, number] += 1
    op.bulk_insert(prints, rows)
    if bind.dialect.name == "postgresql":  # the ids were given: the sequence goes on after
        bind.execute(sa.text("SELECT setval(pg_get_serial_sequence('document_prints', 'id'), "
                             ":last)"), {"last": len(rows)})
    _journal(bind, rows)


def _journal(bind: sa.Connection, rows: list[dict[str, Any]]) -> None:
    """One entry covering the rows, hashed onto the chain as `db.journal.append` does."""
    at = datetime.now(UTC)
    records = [["document_prints", {**row, "printed_at": row["printed_at"].isoformat()}]
               for row in rows]
    payload = canonical_json({"records": records, "data": {"prints": len(rows)}})
    summary = f"{len(rows)} earlier prints of receipts and slips recorded as document prints"
    head = bind.execute(sa.text("SELECT last_seq, last_hash FROM journal_head WHERE id = 1")
                        ).one()
    seq, previous = int(head[0]) + 1, str(head[1])
    digest = entry_hash(previous, {"seq": seq, "occurred_at": at.isoformat(), "user_id": None,
                                   "action": BACKFILL_ACTION, "summary": summary,
                                   "payload": payload})
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text(f"SELECT {FUNCTION}(:action, :at, NULL, :summary, :payload, "
                             ":hash)"), {"action": BACKFILL_ACTION, "at": at.isoformat(),
                                         "summary": summary, "payload": payload,
                                         "hash": digest})
        return
    bind.execute(sa.insert(_written).values(
        seq=seq, occurred_at=at, user_id=None, action=BACKFILL_ACTION, summary=summary,
        payload=payload, prev_hash=previous, hash=digest))
    bind.execute(sa.text("UPDATE journal_head SET last_seq = :seq, last_hash = :hash "
                         "WHERE id = 1"), {"seq": seq, "hash": digest})
