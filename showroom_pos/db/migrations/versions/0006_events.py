"""Events (pameran, bazaar): where stock can be besides the showroom, each with its own till,
and the journals of event laptops as merged.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 21:35:28.869300
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from showroom_pos.db.guards import drop_guards, install_guards
from showroom_pos.db.types import UTCDateTime


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FROZEN = ('event_journal',)
MOVEMENTS = ('stock_movements',)


def upgrade() -> None:
    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('place', sa.String(length=150), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('terminal_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('packs', sa.Integer(), nullable=False),
    sa.Column('pack_seq', sa.BigInteger(), nullable=True),
    sa.Column('pack_hash', sa.String(length=64), nullable=True),
    sa.Column('packed_at', UTCDateTime(), nullable=True),
    sa.Column('merged_at', UTCDateTime(), nullable=True),
    sa.Column('merged_seq', sa.BigInteger(), nullable=True),
    sa.Column('merged_hash', sa.String(length=64), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.CheckConstraint("status IN ('planned', 'packed', 'merged')", name=op.f('ck_events_status')),
    sa.CheckConstraint('ends_on >= starts_on', name=op.f('ck_events_dates')),
    sa.ForeignKeyConstraint(['terminal_id'], ['terminals.id'], name=op.f('fk_events_terminal_id_terminals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events')),
    sa.UniqueConstraint('code', name=op.f('uq_events_code')),
    sa.UniqueConstraint('terminal_id', name=op.f('uq_events_terminal_id'))
    )
    op.create_table('event_journal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('occurred_at', UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=48), nullable=False),
    sa.Column('summary', sa.String(length=300), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_journal_event_id_events')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_journal')),
    sa.UniqueConstraint('event_id', 'seq', name='uq_event_journal_event_seq')
    )
    # on SQLite the table is rebuilt, which drops its guards: they are put back after
    drop_guards(op.get_bind(), MOVEMENTS)
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('event_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_stock_movements_event_id'), ['event_id'],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_stock_movements_event_id_events'), 'events',
                                    ['event_id'], ['id'])
    install_guards(op.get_bind(), MOVEMENTS)
    install_guards(op.get_bind(), FROZEN)


def downgrade() -> None:
    drop_guards(op.get_bind(), FROZEN)
    drop_guards(op.get_bind(), MOVEMENTS)
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_stock_movements_event_id_events'),
                                 type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_stock_movements_event_id'))
        batch_op.drop_column('event_id')

    install_guards(op.get_bind(), MOVEMENTS)
    op.drop_table('event_journal')
    op.drop_table('events')
