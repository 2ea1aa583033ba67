"""The till's records: shifts and their closes, cash movements, sales, their lines and payments,
refunds."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from showroom_pos.db.models.base import Base, Money
from showroom_pos.db.types import UTCDateTime


class Shift(Base):
    """A cashier's session at a till, opened with a cash float."""

    __tablename__ = "shifts"
    __immutable__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    terminal_id: Mapped[int] = mapped_column(ForeignKey("terminals.id"), index=True)
    cashier_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    opening_float: Mapped[int] = mapped_column(Money)


class ShiftClose(Base):
    """The cash count that closed a shift (setoran)."""

    __tablename__ = "shift_closes"
    __immutable__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), unique=True)
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    expected_cash: Mapped[int] = mapped_column(Money)
    counted_cash: Mapped[int] = mapped_column(Money)
    denominations: Mapped[str] = mapped_column(Text)  # JSON {"100000": 3, ...}
    notes: Mapped[str | None] = mapped_column(Text)


class CashMovement(Base):
    """Cash put into or taken out of a till's drawer outside a sale (kas masuk/keluar)."""

    __tablename__ = "cash_movements"
    __immutable__ = True
    __table_args__ = (CheckConstraint("amount <> 0", name="amount_not_zero"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    amount: Mapped[int] = mapped_column(Money)
    reason: Mapped[str] = mapped_column(String(300))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class Sale(Base):
    __tablename__ = "sales"
    __immutable__ = True
    __table_args__ = (
        UniqueConstraint("terminal_id", "receipt_seq", name="uq_sales_terminal_seq"),
        Index("ix_sales_sold_at", "sold_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(32), unique=True)
    terminal_id: Mapped[int] = mapped_column(ForeignKey("terminals.id"))
    receipt_seq: Mapped[int] = mapped_column(Integer)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    cashier_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    sold_at: Mapped[datetime] = mapped_column(UTCDateTime)
    total: Mapped[int] = mapped_column(Money)
    training: Mapped[bool] = mapped_column(Boolean, default=False)


class SaleLine(Base):
    """A sold item; item, maker, description and price are copied as they were at the sale."""

    __tablename__ = "sale_lines"
    __immutable__ = True
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("amount = quantity * unit_price", name="amount_matches"),
        Index("ix_sale_lines_maker_sold", "maker_id", "sold_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    item_code: Mapped[str] = mapped_column(String(32))
    maker_id: Mapped[int] = mapped_column(ForeignKey("makers.id"))
    maker_code: Mapped[str] = mapped_column(String(16))
    maker_name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(String(150))
    technique: Mapped[str] = mapped_column(String(16))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Money)
    amount: Mapped[int] = mapped_column(Money)
    sold_at: Mapped[datetime] = mapped_column(UTCDateTime)
    training: Mapped[bool] = mapped_column(Boolean, default=False)


class Payment(Base):
    """One way a sale was paid; `amount` is what it contributes to the total."""

    __tablename__ = "payments"
    __immutable__ = True
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("change_given >= 0", name="change_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    method: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int] = mapped_column(Money)
    tendered: Mapped[int | None] = mapped_column(Money)
    change_given: Mapped[int] = mapped_column(Money, default=0)
    reference: Mapped[str | None] = mapped_column(String(64))
    approval_code: Mapped[str | None] = mapped_column(String(32))


class Refund(Base):
    """Money given back to a buyer for lines of an earlier sale (retur penjualan)."""

    __tablename__ = "refunds"
    __immutable__ = True
    __table_args__ = (
        UniqueConstraint("terminal_id", "refund_seq", name="uq_refunds_terminal_seq"),
        Index("ix_refunds_refunded_at", "refunded_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    refund_no: Mapped[str] = mapped_column(String(32), unique=True)
    terminal_id: Mapped[int] = mapped_column(ForeignKey("terminals.id"))
    refund_seq: Mapped[int] = mapped_column(Integer)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    refunded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(String(300))
    method: Mapped[str] = mapped_column(String(16))
    total: Mapped[int] = mapped_column(Money)


class RefundLine(Base):
    __tablename__ = "refund_lines"
    __immutable__ = True
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        Index("ix_refund_lines_maker_refunded", "maker_id", "refunded_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    refund_id: Mapped[int] = mapped_column(ForeignKey("refunds.id"), index=True)
    sale_line_id: Mapped[int] = mapped_column(ForeignKey("sale_lines.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    maker_id: Mapped[int] = mapped_column(ForeignKey("makers.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Money)
    restocked: Mapped[bool] = mapped_column(Boolean)
    refunded_at: Mapped[datetime] = mapped_column(UTCDateTime)
