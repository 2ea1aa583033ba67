"""PostgreSQL: the journal is appended through a function that checks the chain itself.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 18:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from showroom_pos.db.pg_journal import drop_journal_function, install_journal_function

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    install_journal_function(op.get_bind())


def downgrade() -> None:
    drop_journal_function(op.get_bind())
