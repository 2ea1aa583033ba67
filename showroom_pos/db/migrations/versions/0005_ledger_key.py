"""The ledger's own key for private fields in the journal; on PostgreSQL the functions and the
view through which the tills' login gets what it needs of private data.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 03:00:00
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from showroom_pos.db.guards import drop_guards, install_guards
from showroom_pos.db.pg_private import drop_private_functions, install_private_functions

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FROZEN = ('ledger_keys',)


def upgrade() -> None:
    keys = op.create_table('ledger_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('secret', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_keys'))
    )
    op.bulk_insert(keys, [{'id': 1, 'secret': secrets.token_hex(32)}])
    install_guards(op.get_bind(), FROZEN)
    install_private_functions(op.get_bind())


def downgrade() -> None:
    drop_private_functions(op.get_bind())
    drop_guards(op.get_bind(), FROZEN)
    op.drop_table('ledger_keys')
