"""The initial schema: makers, items, sales, settlements and the journal, with guards.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 14:16:54.350810
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from showroom_pos.db.guards import drop_guards, install_guards
from showroom_pos.db.types import UTCDateTime

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Tables whose rows may only be added (frozen here: later migrations add their own).
IMMUTABLE = (
    'price_changes', 'settlements', 'shifts', 'stock_counts', 'period_closes',
    'settlement_payments', 'stock_count_lines', 'stock_movements', 'maker_return_lines', 'sales',
    'refunds', 'shift_closes', 'sale_lines', 'journal', 'deductions', 'cash_movements', 'intakes',
    'maker_returns', 'refund_lines', 'intake_lines', 'payments',
)


# The tables in the order they are created; the downgrade drops them the other way round
# (dropping a table drops its indexes).
CREATED = (
    'counters', 'journal', 'journal_head', 'makers', 'settings', 'terminals', 'users',
    'deductions', 'intakes', 'items', 'maker_returns', 'period_closes', 'settlements', 'shifts',
    'stock_counts', 'cash_movements', 'intake_lines', 'maker_return_lines', 'price_changes',
    'sales', 'settlement_payments', 'shift_closes', 'stock_count_lines', 'payments', 'refunds',
    'sale_lines', 'refund_lines', 'stock_movements',
)


def upgrade() -> None:
    op.create_table('counters',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_counters'))
    )
    op.create_table('journal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('occurred_at', UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=48), nullable=False),
    sa.Column('summary', sa.String(length=300), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal')),
    sa.UniqueConstraint('seq', name=op.f('uq_journal_seq'))
    )
    op.create_index(op.f('ix_journal_action'), 'journal', ['action'], unique=False)
    op.create_table('journal_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_head'))
    )
    op.create_table('makers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('business_name', sa.String(length=150), nullable=True),
    sa.Column('nik', sa.String(length=16), nullable=True),
    sa.Column('nib', sa.String(length=13), nullable=True),
    sa.Column('phone', sa.String(length=24), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('village', sa.String(length=60), nullable=True),
    sa.Column('bank_name', sa.String(length=60), nullable=True),
    sa.Column('bank_account', sa.String(length=32), nullable=True),
    sa.Column('bank_account_holder', sa.String(length=100), nullable=True),
    sa.Column('commission_bp', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.CheckConstraint('commission_bp >= 0 AND commission_bp <= 10000', name=op.f('ck_makers_commission')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_makers')),
    sa.UniqueConstraint('code', name=op.f('uq_makers_code'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('terminals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('last_receipt_seq', sa.Integer(), nullable=False),
    sa.Column('last_refund_seq', sa.Integer(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_terminals')),
    sa.UniqueConstraint('code', name=op.f('uq_terminals_code'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=32), nullable=False),
    sa.Column('full_name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', UTCDateTime(), nullable=True),
    sa.Column('last_login_at', UTCDateTime(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('deductions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('maker_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_deductions_amount_positive')),
    sa.ForeignKeyConstraint(['maker_id'], ['makers.id'], name=op.f('fk_deductions_maker_id_makers')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_deductions_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deductions'))
    )
    op.create_index('ix_deductions_maker_period', 'deductions', ['maker_id', 'period'], unique=False)
    op.create_table('intakes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('intake_no', sa.String(length=24), nullable=False),
    sa.Column('maker_id', sa.Integer(), nullable=False),
    sa.Column('received_at', UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['maker_id'], ['makers.id'], name=op.f('fk_intakes_maker_id_makers')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_intakes_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intakes')),
    sa.UniqueConstraint('intake_no', name=op.f('uq_intakes_intake_no'))
    )
    op.create_index(op.f('ix_intakes_maker_id'), 'intakes', ['maker_id'], unique=False)
    op.create_table('items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('maker_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=150), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('technique', sa.String(length=16), nullable=False),
    sa.Column('motif', sa.String(length=60), nullable=True),
    sa.Column('material', sa.String(length=60), nullable=True),
    sa.Column('size', sa.String(length=40), nullable=True),
    sa.Column('colour', sa.String(length=40), nullable=True),
    sa.Column('batikmark_cert', sa.String(length=40), nullable=True),
    sa.Column('price', sa.BigInteger(), nullable=False),
    sa.Column('unique_piece', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('on_hand', sa.Integer(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.CheckConstraint('NOT unique_piece OR on_hand <= 1', name=op.f('ck_items_unique_piece_single')),
    sa.CheckConstraint('on_hand >= 0', name=op.f('ck_items_on_hand_not_negative')),
    sa.CheckConstraint('price > 0', name=op.f('ck_items_price_positive')),
    sa.ForeignKeyConstraint(['maker_id'], ['makers.id'], name=op.f('fk_items_maker_id_makers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_items')),
    sa.UniqueConstraint('code', name=op.f('uq_items_code'))
    )
    op.create_index('ix_items_maker_id', 'items', ['maker_id'], unique=False)
    op.create_index('ix_items_name', 'items', ['name'], unique=False)
    op.create_table('maker_returns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('return_no', sa.String(length=24), nullable=False),
    sa.Column('maker_id', sa.Integer(), nullable=False),
    sa.Column('returned_at', UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['maker_id'], ['makers.id'], name=op.f('fk_maker_returns_maker_id_makers')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_maker_returns_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_maker_returns')),
    sa.UniqueConstraint('return_no', name=op.f('uq_maker_returns_return_no'))
    )
    op.create_index(op.f('ix_maker_returns_maker_id'), 'maker_returns', ['maker_id'], unique=False)
    op.create_table('period_closes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('closed_at', UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_period_closes_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_period_closes')),
    sa.UniqueConstraint('period', name=op.f('uq_period_closes_period'))
    )
    op.create_table('settlements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('statement_no', sa.String(length=32), nullable=False),
    sa.Column('maker_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('gross_sales', sa.BigInteger(), nullable=False),
    sa.Column('refunds', sa.BigInteger(), nullable=False),
    sa.Column('adjustments', sa.BigInteger(), nullable=False),
    sa.Column('commission_bp', sa.Integer(), nullable=False),
    sa.Column('commission', sa.BigInteger(), nullable=False),
    sa.Column('deductions', sa.BigInteger(), nullable=False),
    sa.Column('payable', sa.BigInteger(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('finalized_at', UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['maker_id'], ['makers.id'], name=op.f('fk_settlements_maker_id_makers')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_settlements_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settlements')),
    sa.UniqueConstraint('maker_id', 'period', name='uq_settlements_maker_period'),
    sa.UniqueConstraint('statement_no', name=op.f('uq_settlements_statement_no'))
    )
    op.create_index(op.f('ix_settlements_period'), 'settlements', ['period'], unique=False)
    op.create_table('shifts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('terminal_id', sa.Integer(), nullable=False),
    sa.Column('cashier_id', sa.Integer(), nullable=False),
    sa.Column('opened_at', UTCDateTime(), nullable=False),
    sa.Column('opening_float', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['cashier_id'], ['users.id'], name=op.f('fk_shifts_cashier_id_users')),
    sa.ForeignKeyConstraint(['terminal_id'], ['terminals.id'], name=op.f('fk_shifts_terminal_id_terminals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shifts'))
    )
    op.create_index(op.f('ix_shifts_terminal_id'), 'shifts', ['terminal_id'], unique=False)
    op.create_table('stock_counts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('maker_id', sa.Integer(), nullable=True),
    sa.Column('counted_at', UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['maker_id'], ['makers.id'], name=op.f('fk_stock_counts_maker_id_makers')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_stock_counts_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_counts'))
    )
    op.create_index(op.f('ix_stock_counts_maker_id'), 'stock_counts', ['maker_id'], unique=False)
    op.create_table('cash_movements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('occurred_at', UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount <> 0', name=op.f('ck_cash_movements_amount_not_zero')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_cash_movements_shift_id_shifts')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_cash_movements_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_movements'))
    )
    op.create_index(op.f('ix_cash_movements_shift_id'), 'cash_movements', ['shift_id'], unique=False)
    op.create_table('intake_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('intake_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('price', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_intake_lines_quantity_positive')),
    sa.ForeignKeyConstraint(['intake_id'], ['intakes.id'], name=op.f('fk_intake_lines_intake_id_intakes')),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_intake_lines_item_id_items')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_lines'))
    )
    op.create_index(op.f('ix_intake_lines_intake_id'), 'intake_lines', ['intake_id'], unique=False)
    op.create_index(op.f('ix_intake_lines_item_id'), 'intake_lines', ['item_id'], unique=False)
    op.create_table('maker_return_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('return_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('price', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_maker_return_lines_quantity_positive')),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_maker_return_lines_item_id_items')),
    sa.ForeignKeyConstraint(['return_id'], ['maker_returns.id'], name=op.f('fk_maker_return_lines_return_id_maker_returns')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_maker_return_lines'))
    )
    op.create_index(op.f('ix_maker_return_lines_item_id'), 'maker_return_lines', ['item_id'], unique=False)
    op.create_index(op.f('ix_maker_return_lines_return_id'), 'maker_return_lines', ['return_id'], unique=False)
    op.create_table('price_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('old_price', sa.BigInteger(), nullable=False),
    sa.Column('new_price', sa.BigInteger(), nullable=False),
    sa.Column('consent_note', sa.String(length=300), nullable=False),
    sa.Column('changed_at', UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('approved_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by_id'], ['users.id'], name=op.f('fk_price_changes_approved_by_id_users')),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_price_changes_item_id_items')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_price_changes_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_price_changes'))
    )
    op.create_index(op.f('ix_price_changes_item_id'), 'price_changes', ['item_id'], unique=False)
    op.create_table('sales',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_no', sa.String(length=32), nullable=False),
    sa.Column('terminal_id', sa.Integer(), nullable=False),
    sa.Column('receipt_seq', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('cashier_id', sa.Integer(), nullable=False),
    sa.Column('sold_at', UTCDateTime(), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.Column('training', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['cashier_id'], ['users.id'], name=op.f('fk_sales_cashier_id_users')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_sales_shift_id_shifts')),
    sa.ForeignKeyConstraint(['terminal_id'], ['terminals.id'], name=op.f('fk_sales_terminal_id_terminals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sales')),
    sa.UniqueConstraint('receipt_no', name=op.f('uq_sales_receipt_no')),
    sa.UniqueConstraint('terminal_id', 'receipt_seq', name='uq_sales_terminal_seq')
    )
    op.create_index(op.f('ix_sales_shift_id'), 'sales', ['shift_id'], unique=False)
    op.create_index('ix_sales_sold_at', 'sales', ['sold_at'], unique=False)
    op.create_table('settlement_payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('settlement_id', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('reference', sa.String(length=64), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('recorded_at', UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['settlement_id'], ['settlements.id'], name=op.f('fk_settlement_payments_settlement_id_settlements')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_settlement_payments_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settlement_payments')),
    sa.UniqueConstraint('settlement_id', name=op.f('uq_settlement_payments_settlement_id'))
    )
    op.create_table('shift_closes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('closed_at', UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('expected_cash', sa.BigInteger(), nullable=False),
    sa.Column('counted_cash', sa.BigInteger(), nullable=False),
    sa.Column('denominations', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_shift_closes_shift_id_shifts')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_shift_closes_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_closes')),
    sa.UniqueConstraint('shift_id', name=op.f('uq_shift_closes_shift_id'))
    )
    op.create_table('stock_count_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('count_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('expected', sa.Integer(), nullable=False),
    sa.Column('counted', sa.Integer(), nullable=False),
    sa.Column('explanation', sa.String(length=300), nullable=True),
    sa.CheckConstraint('expected >= 0 AND counted >= 0', name=op.f('ck_stock_count_lines_not_negative')),
    sa.ForeignKeyConstraint(['count_id'], ['stock_counts.id'], name=op.f('fk_stock_count_lines_count_id_stock_counts')),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_stock_count_lines_item_id_items')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_count_lines'))
    )
    op.create_index(op.f('ix_stock_count_lines_count_id'), 'stock_count_lines', ['count_id'], unique=False)
    op.create_index(op.f('ix_stock_count_lines_item_id'), 'stock_count_lines', ['item_id'], unique=False)
    op.create_table('payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('tendered', sa.BigInteger(), nullable=True),
    sa.Column('change_given', sa.BigInteger(), nullable=False),
    sa.Column('reference', sa.String(length=64), nullable=True),
    sa.Column('approval_code', sa.String(length=32), nullable=True),
    sa.CheckConstraint('amount > 0', name=op.f('ck_payments_amount_positive')),
    sa.CheckConstraint('change_given >= 0', name=op.f('ck_payments_change_not_negative')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_payments_sale_id_sales')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    op.create_index(op.f('ix_payments_sale_id'), 'payments', ['sale_id'], unique=False)
    op.create_table('refunds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('refund_no', sa.String(length=32), nullable=False),
    sa.Column('terminal_id', sa.Integer(), nullable=False),
    sa.Column('refund_seq', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('approved_by_id', sa.Integer(), nullable=False),
    sa.Column('refunded_at', UTCDateTime(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by_id'], ['users.id'], name=op.f('fk_refunds_approved_by_id_users')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_refunds_sale_id_sales')),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_refunds_shift_id_shifts')),
    sa.ForeignKeyConstraint(['terminal_id'], ['terminals.id'], name=op.f('fk_refunds_terminal_id_terminals')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_refunds_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refunds')),
    sa.UniqueConstraint('refund_no', name=op.f('uq_refunds_refund_no')),
    sa.UniqueConstraint('terminal_id', 'refund_seq', name='uq_refunds_terminal_seq')
    )
    op.create_index('ix_refunds_refunded_at', 'refunds', ['refunded_at'], unique=False)
    op.create_index(op.f('ix_refunds_sale_id'), 'refunds', ['sale_id'], unique=False)
    op.create_index(op.f('ix_refunds_shift_id'), 'refunds', ['shift_id'], unique=False)
    op.create_table('sale_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('item_code', sa.String(length=32), nullable=False),
    sa.Column('maker_id', sa.Integer(), nullable=False),
    sa.Column('maker_code', sa.String(length=16), nullable=False),
    sa.Column('maker_name', sa.String(length=100), nullable=False),
    sa.Column('description', sa.String(length=150), nullable=False),
    sa.Column('technique', sa.String(length=16), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('sold_at', UTCDateTime(), nullable=False),
    sa.Column('training', sa.Boolean(), nullable=False),
    sa.CheckConstraint('amount = quantity * unit_price', name=op.f('ck_sale_lines_amount_matches')),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_sale_lines_quantity_positive')),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_sale_lines_item_id_items')),
    sa.ForeignKeyConstraint(['maker_id'], ['makers.id'], name=op.f('fk_sale_lines_maker_id_makers')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_sale_lines_sale_id_sales')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sale_lines'))
    )
    op.create_index(op.f('ix_sale_lines_item_id'), 'sale_lines', ['item_id'], unique=False)
    op.create_index('ix_sale_lines_maker_sold', 'sale_lines', ['maker_id', 'sold_at'], unique=False)
    op.create_index(op.f('ix_sale_lines_sale_id'), 'sale_lines', ['sale_id'], unique=False)
    op.create_table('refund_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('refund_id', sa.Integer(), nullable=False),
    sa.Column('sale_line_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('maker_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('restocked', sa.Boolean(), nullable=False),
    sa.Column('refunded_at', UTCDateTime(), nullable=False),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_refund_lines_quantity_positive')),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_refund_lines_item_id_items')),
    sa.ForeignKeyConstraint(['maker_id'], ['makers.id'], name=op.f('fk_refund_lines_maker_id_makers')),
    sa.ForeignKeyConstraint(['refund_id'], ['refunds.id'], name=op.f('fk_refund_lines_refund_id_refunds')),
    sa.ForeignKeyConstraint(['sale_line_id'], ['sale_lines.id'], name=op.f('fk_refund_lines_sale_line_id_sale_lines')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refund_lines'))
    )
    op.create_index('ix_refund_lines_maker_refunded', 'refund_lines', ['maker_id', 'refunded_at'], unique=False)
    op.create_index(op.f('ix_refund_lines_refund_id'), 'refund_lines', ['refund_id'], unique=False)
    op.create_index(op.f('ix_refund_lines_sale_line_id'), 'refund_lines', ['sale_line_id'], unique=False)
    op.create_table('stock_movements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('maker_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('occurred_at', UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('intake_line_id', sa.Integer(), nullable=True),
    sa.Column('sale_line_id', sa.Integer(), nullable=True),
    sa.Column('refund_line_id', sa.Integer(), nullable=True),
    sa.Column('return_line_id', sa.Integer(), nullable=True),
    sa.Column('count_line_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('quantity <> 0', name=op.f('ck_stock_movements_quantity_not_zero')),
    sa.ForeignKeyConstraint(['approved_by_id'], ['users.id'], name=op.f('fk_stock_movements_approved_by_id_users')),
    sa.ForeignKeyConstraint(['count_line_id'], ['stock_count_lines.id'], name=op.f('fk_stock_movements_count_line_id_stock_count_lines')),
    sa.ForeignKeyConstraint(['intake_line_id'], ['intake_lines.id'], name=op.f('fk_stock_movements_intake_line_id_intake_lines')),
    sa.ForeignKeyConstraint(['item_id'], ['items.id'], name=op.f('fk_stock_movements_item_id_items')),
    sa.ForeignKeyConstraint(['maker_id'], ['makers.id'], name=op.f('fk_stock_movements_maker_id_makers')),
    sa.ForeignKeyConstraint(['refund_line_id'], ['refund_lines.id'], name=op.f('fk_stock_movements_refund_line_id_refund_lines')),
    sa.ForeignKeyConstraint(['return_line_id'], ['maker_return_lines.id'], name=op.f('fk_stock_movements_return_line_id_maker_return_lines')),
    sa.ForeignKeyConstraint(['sale_line_id'], ['sale_lines.id'], name=op.f('fk_stock_movements_sale_line_id_sale_lines')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_stock_movements_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_movements'))
    )
    op.create_index('ix_stock_movements_item_occurred', 'stock_movements', ['item_id', 'occurred_at'], unique=False)
    op.create_index('ix_stock_movements_maker_occurred', 'stock_movements', ['maker_id', 'occurred_at'], unique=False)

    install_guards(op.get_bind(), IMMUTABLE)


def downgrade() -> None:
    drop_guards(op.get_bind(), IMMUTABLE)
    for table in reversed(CREATED):
        op.drop_table(table)
