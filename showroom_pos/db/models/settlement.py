"""The monthly settlement: deductions, settlements, their payments and the closed months."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
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


class Deduction(Base):
    """A named deduction from a maker's month (dues, event fee), never netted silently."""

    __tablename__ = "deductions"
    __immutable__ = True
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        Index("ix_deductions_maker_period", "maker_id", "period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    maker_id: Mapped[int] = mapped_column(ForeignKey("makers.id"))
    period: Mapped[str] = mapped_column(String(7))
    name: Mapped[str] = mapped_column(String(100))
    amount: Mapped[int] = mapped_column(Money)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class Settlement(Base):
    """A finalized monthly statement; its numbers are frozen and hashed into the journal."""

    __tablename__ = "settlements"
    __immutable__ = True
    __table_args__ = (UniqueConstraint("maker_id", "period", name="uq_settlements_maker_period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_no: Mapped[str] = mapped_column(String(32), unique=True)
    maker_id: Mapped[int] = mapped_column(ForeignKey("makers.id"))
    period: Mapped[str] = mapped_column(String(7), index=True)
    gross_sales: Mapped[int] = mapped_column(Money)
    refunds: Mapped[int] = mapped_column(Money)
    adjustments: Mapped[int] = mapped_column(Money)
    commission_bp: Mapped[int] = mapped_column(Integer)
    commission: Mapped[int] = mapped_column(Money)
    deductions: Mapped[int] = mapped_column(Money)
    payable: Mapped[int] = mapped_column(Money)
    content_hash: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)  # the frozen statement as canonical JSON
    finalized_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class SettlementPayment(Base):
    """The payout of a finalized statement to its maker."""

    __tablename__ = "settlement_payments"
    __immutable__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    settlement_id: Mapped[int] = mapped_column(ForeignKey("settlements.id"), unique=True)
    paid_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))
    reference: Mapped[str | None] = mapped_column(String(64))
    amount: Mapped[int] = mapped_column(Money)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class PeriodClose(Base):
    """The whole showroom's month closed (tutup buku)."""

    __tablename__ = "period_closes"
    __immutable__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(7), unique=True)
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
