"""Anchors: journal points signed with the showroom's own key (immutable).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 17:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from showroom_pos.db.guards import drop_guards, install_guards
from showroom_pos.db.types import UTCDateTime

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

IMMUTABLE = ('anchors',)


def upgrade() -> None:
    op.create_table('anchors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('reference', sa.String(length=80), nullable=False),
    sa.Column('journal_seq', sa.BigInteger(), nullable=False),
    sa.Column('journal_hash', sa.String(length=64), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('signature', sa.String(length=128), nullable=False),
    sa.Column('signed_at', UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_anchors'))
    )
    with op.batch_alter_table('anchors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_anchors_kind'), ['kind'], unique=False)
    install_guards(op.get_bind(), IMMUTABLE)


def downgrade() -> None:
    drop_guards(op.get_bind(), IMMUTABLE)
    with op.batch_alter_table('anchors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_anchors_kind'))
    op.drop_table('anchors')
