"""The ledger's tables as SQLAlchemy typed models.

Completed records (sales, intakes, movements, settlements, ...) are marked `__immutable__`: the
database refuses to update or delete them (triggers, see `db.guards`), and every one of them is
covered by a journal entry. Master data (makers, items, users, terminals, settings) may change,
and each change is journaled as a snapshot of the row, less its `__journal_exclude__` columns.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from showroom_pos.db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    __immutable__: bool = False
    __journal_exclude__: frozenset[str] = frozenset()
    # Journaled only as a digest keyed by the ledger's key (`db/private.py`): a change is
    # caught, the value is neither exported nor guessable from the journal.
    __journal_secret__: frozenset[str] = frozenset()


Money = BigInteger  # whole rupiah


class User(Base):
    __tablename__ = "users"
    __journal_exclude__ = frozenset({"failed_logins", "locked_until", "last_login_at"})
    __journal_secret__ = frozenset({"password_hash"})

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    # Not read with the rest: the tills' PostgreSQL login may not read it (`db/private.py`).
    password_hash: Mapped[str] = mapped_column(String(200), deferred=True,
                                               deferred_group="private")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Terminal(Base):
    """A till, with its gapless receipt and refund counters."""

    __tablename__ = "terminals"
    __journal_exclude__ = frozenset({"last_receipt_seq", "last_refund_seq"})

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    last_receipt_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_refund_seq: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Event(Base):
    """An exhibition or bazaar (pameran) the showroom takes pieces to, with its own till.

    planned: pieces are sent and brought back; packed: its laptop's database was made
    (`services/stock/events.py`) and holds the event's pieces; merged: its records are in this
    ledger, the unsold pieces back in the showroom, its own journal kept in `event_journal`.
    """

    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("status IN ('planned', 'packed', 'merged')", name="status"),
        CheckConstraint("ends_on >= starts_on", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    place: Mapped[str] = mapped_column(String(150))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    terminal_id: Mapped[int] = mapped_column(ForeignKey("terminals.id"), unique=True)
    status: Mapped[str] = mapped_column(String(12), default="planned")
    packs: Mapped[int] = mapped_column(Integer, default=0)
    # The laptop database's journal head when it was packed: its chain must pass through it.
    pack_seq: Mapped[int | None] = mapped_column(BigInteger)
    pack_hash: Mapped[str | None] = mapped_column(String(64))
    packed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    merged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The event journal's last entry as merged; `event_journal` must chain up to it.
    merged_seq: Mapped[int | None] = mapped_column(BigInteger)
    merged_hash: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LedgerKey(Base):
    """The ledger's own secret, keying the digests of private fields in the journal; on
    PostgreSQL only the owner's login reads it. Never journaled, exported or changed."""

    __tablename__ = "ledger_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    secret: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Counter(Base):
    """Gapless document numbers (intake and return slips); locked while one is taken."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class Maker(Base):
    __tablename__ = "makers"
    __journal_secret__ = frozenset({"nik", "phone", "bank_account"})
    __table_args__ = (
        CheckConstraint("commission_bp >= 0 AND commission_bp <= 10000", name="commission"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    business_name: Mapped[str | None] = mapped_column(String(150))
    nik: Mapped[str | None] = mapped_column(String(16), deferred=True,
                                             deferred_group="private")
    nib: Mapped[str | None] = mapped_column(String(13))
    phone: Mapped[str | None] = mapped_column(String(24), deferred=True,
                                               deferred_group="private")
    address: Mapped[str | None] = mapped_column(String(300))
    village: Mapped[str | None] = mapped_column(String(60))
    bank_name: Mapped[str | None] = mapped_column(String(60))
    bank_account: Mapped[str | None] = mapped_column(String(32), deferred=True,
                                                      deferred_group="private")
    bank_account_holder: Mapped[str | None] = mapped_column(String(100))
    commission_bp: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    joined_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


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
    __table_args__ = (
        CheckConstraint("expected >= 0 AND counted >= 0", name="not_negative"),
    )

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
    __table_args__ = (
        UniqueConstraint("maker_id", "period", name="uq_settlements_maker_period"),
    )

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


class DayClose(Base):
    """A till's Z report: its day closed with a consecutive number and perpetual totals.

    grand_total and grand_total_absolute carry on from the till's previous Z and only grow by
    what the day adds; the row is immutable, so no action can reset them.
    """

    __tablename__ = "day_closes"
    __immutable__ = True
    __table_args__ = (
        UniqueConstraint("terminal_id", "business_day", name="uq_day_closes_terminal_day"),
        UniqueConstraint("terminal_id", "z_number", name="uq_day_closes_terminal_z"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    terminal_id: Mapped[int] = mapped_column(ForeignKey("terminals.id"), index=True)
    z_number: Mapped[int] = mapped_column(Integer)
    business_day: Mapped[date] = mapped_column(Date)
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    net_sales: Mapped[int] = mapped_column(Money)
    grand_total: Mapped[int] = mapped_column(Money)
    grand_total_absolute: Mapped[int] = mapped_column(Money)
    journal_hash: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)  # the report as canonical JSON


class Anchor(Base):
    """A point of the journal signed with the showroom's own key (kept outside the database).

    kind "key" registers the key (its public half in content_hash, signed by itself); "z" a Z
    report, "statement" a finalized statement, "document" a statement PDF as issued (the file's
    SHA-256). Each signs the journal's head when it was made, so a chain recomputed by someone
    without the key no longer matches what was signed.
    """

    __tablename__ = "anchors"
    __immutable__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    reference: Mapped[str] = mapped_column(String(80))
    journal_seq: Mapped[int] = mapped_column(BigInteger)
    journal_hash: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(16))
    signature: Mapped[str] = mapped_column(String(128))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class EventJournalEntry(Base):
    """An event laptop's journal, entry for entry as it was merged: a chain of its own, from
    the genesis hash to the event's `merged_hash`, which the merge's entry in this ledger's
    journal holds."""

    __tablename__ = "event_journal"
    __immutable__ = True
    __table_args__ = (UniqueConstraint("event_id", "seq", name="uq_event_journal_event_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(48))
    summary: Mapped[str] = mapped_column(String(300))
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class JournalHead(Base):
    """One row: the last journal entry's number and hash; locking it orders all appends."""

    __tablename__ = "journal_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    last_hash: Mapped[str] = mapped_column(String(64))


class JournalEntry(Base):
    """Append-only, hash-chained record of every event that moves money or stock."""

    __tablename__ = "journal"
    __immutable__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(48), index=True)
    summary: Mapped[str] = mapped_column(String(300))
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


IMMUTABLE_TABLES: tuple[str, ...] = tuple(sorted(
    mapper.class_.__tablename__
    for mapper in Base.registry.mappers
    if mapper.class_.__immutable__
))
