"""Consigned stock: items, intakes, returns to makers, stock counts, stock movements and price
changes."""

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
)
from sqlalchemy.orm import Mapped, mapped_column

from showroom_pos.db.models.base import Base, Money
from showroom_pos.db.types import UTCDateTime


class Item(Base):
    """A product on consignment; its code is also its barcode. `on_hand` caches the movements."""

    __tablename__ = "items"
    __journal_exclude__ = frozenset({"on_hand"})
    __table_args__ = (
        CheckConstraint("on_hand >= 0", name="on_hand_not_negative"),
        CheckConstraint("price > 0", name="price_positive"),
        CheckConstraint("NOT unique_piece OR on_hand <= 1", name="unique_piece_single"),
        Index("ix_items_maker_id", "maker_id"),
        Index("ix_items_name", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    maker_id: Mapped[int] = mapped_column(ForeignKey("makers.id"))
    name: Mapped[str] = mapped_column(String(150))
    category: Mapped[str] = mapped_column(String(40))
    technique: Mapped[str] = mapped_column(String(16))
    motif: Mapped[str | None] = mapped_column(String(60))
    material: Mapped[str | None] = mapped_column(String(60))
    size: Mapped[str | None] = mapped_column(String(40))
    colour: Mapped[str | None] = mapped_column(String(40))
    batikmark_cert: Mapped[str | None] = mapped_column(String(40))
    price: Mapped[int] = mapped_column(Money)
    unique_piece: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    on_hand: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Intake(Base):
    """Goods a maker dropped off, with the slip they signed (tanda terima titipan)."""

    __tablename__ = "intakes"
    __immutable__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    intake_no: Mapped[str] = mapped_column(String(24), unique=True)
    maker_id: Mapped[int] = mapped_column(ForeignKey("makers.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    notes: Mapped[str | None] = mapped_column(Text)


class IntakeLine(Base):
    __tablename__ = "intake_lines"
    __immutable__ = True
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    price: Mapped[int] = mapped_column(Money)


class MakerReturn(Base):
    """Unsold goods handed back to their maker (berita acara pengembalian)."""

    __tablename__ = "maker_returns"
    __immutable__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    return_no: Mapped[str] = mapped_column(String(24), unique=True)
    maker_id: Mapped[int] = mapped_column(ForeignKey("makers.id"), index=True)
    returned_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    notes: Mapped[str | None] = mapped_column(Text)


class MakerReturnLine(Base):
    __tablename__ = "maker_return_lines"
    __immutable__ = True
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("maker_returns.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    price: Mapped[int] = mapped_column(Money)


class StockCount(Base):
    """A stock count (stok opname), of one maker's goods or of all."""

    __tablename__ = "stock_counts"
    __immutable__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    maker_id: Mapped[int | None] = mapped_column(ForeignKey("makers.id"), index=True)
    counted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    notes: Mapped[str | None] = mapped_column(Text)


class StockCountLine(Base):
    __tablename__ = "stock_count_lines"
    __immutable__ = True
    __table_args__ = (CheckConstraint("expected >= 0 AND counted >= 0", name="not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    count_id: Mapped[int] = mapped_column(ForeignKey("stock_counts.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    expected: Mapped[int] = mapped_column(Integer)
    counted: Mapped[int] = mapped_column(Integer)
    explanation: Mapped[str | None] = mapped_column(String(300))


class StockMovement(Base):
    """One change of an item's stock; the stock of an item is the sum of its movements."""

    __tablename__ = "stock_movements"
    __immutable__ = True
    __table_args__ = (
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        Index("ix_stock_movements_item_occurred", "item_id", "occurred_at"),
        Index("ix_stock_movements_maker_occurred", "maker_id", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    maker_id: Mapped[int] = mapped_column(ForeignKey("makers.id"))
    kind: Mapped[str] = mapped_column(String(16))
    quantity: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(String(300))
    intake_line_id: Mapped[int | None] = mapped_column(ForeignKey("intake_lines.id"))
    sale_line_id: Mapped[int | None] = mapped_column(ForeignKey("sale_lines.id"))
    refund_line_id: Mapped[int | None] = mapped_column(ForeignKey("refund_lines.id"))
    return_line_id: Mapped[int | None] = mapped_column(ForeignKey("maker_return_lines.id"))
    count_line_id: Mapped[int | None] = mapped_column(ForeignKey("stock_count_lines.id"))
    # Where the stock moved: None at the showroom (`items.on_hand`), else at that event.
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True)


class PriceChange(Base):
    """A maker's price changed, with the maker's consent recorded (who, when, how)."""

    __tablename__ = "price_changes"
    __immutable__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    old_price: Mapped[int] = mapped_column(Money)
    new_price: Mapped[int] = mapped_column(Money)
    consent_note: Mapped[str] = mapped_column(String(300))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
