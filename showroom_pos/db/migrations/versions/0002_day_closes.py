"""Z reports: a till's day closed with a consecutive number and perpetual totals (immutable).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 23:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from showroom_pos.db.guards import drop_guards, install_guards
from showroom_pos.db.types import UTCDateTime

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

IMMUTABLE = ('day_closes',)


def upgrade() -> None:
    op.create_table('day_closes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('terminal_id', sa.Integer(), nullable=False),
    sa.Column('z_number', sa.Integer(), nullable=False),
    sa.Column('business_day', sa.Date(), nullable=False),
    sa.Column('closed_at', UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('net_sales', sa.BigInteger(), nullable=False),
    sa.Column('grand_total', sa.BigInteger(), nullable=False),
    sa.Column('grand_total_absolute', sa.BigInteger(), nullable=False),
    sa.Column('journal_hash', sa.String(length=64), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['terminal_id'], ['terminals.id'], name=op.f('fk_day_closes_terminal_id_terminals')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_day_closes_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_day_closes')),
    sa.UniqueConstraint('terminal_id', 'business_day', name='uq_day_closes_terminal_day'),
    sa.UniqueConstraint('terminal_id', 'z_number', name='uq_day_closes_terminal_z')
    )
    with op.batch_alter_table('day_closes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_day_closes_terminal_id'), ['terminal_id'], unique=False)
    install_guards(op.get_bind(), IMMUTABLE)


def downgrade() -> None:
    drop_guards(op.get_bind(), IMMUTABLE)
    with op.batch_alter_table('day_closes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_day_closes_terminal_id'))
    op.drop_table('day_closes')
