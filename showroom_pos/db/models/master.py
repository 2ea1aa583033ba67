"""Master data, which may change and is journaled as snapshots: users, tills, events, the ledger's
keys, settings, counters and makers."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from showroom_pos.db.models.base import Base
from showroom_pos.db.types import UTCDateTime


class User(Base):
    __tablename__ = "users"
    __journal_exclude__ = frozenset({"failed_logins", "locked_until", "last_login_at"})
    __journal_secret__ = frozenset({"password_hash"})

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    # Not read with the rest: the tills' PostgreSQL login may not read it (`db/private.py`).
    password_hash: Mapped[str] = mapped_column(String(200), deferred=True, deferred_group="private")
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
    nik: Mapped[str | None] = mapped_column(String(16), deferred=True, deferred_group="private")
    nib: Mapped[str | None] = mapped_column(String(13))
    phone: Mapped[str | None] = mapped_column(String(24), deferred=True, deferred_group="private")
    address: Mapped[str | None] = mapped_column(String(300))
    village: Mapped[str | None] = mapped_column(String(60))
    bank_name: Mapped[str | None] = mapped_column(String(60))
    bank_account: Mapped[str | None] = mapped_column(
        String(32), deferred=True, deferred_group="private"
    )
    bank_account_holder: Mapped[str | None] = mapped_column(String(100))
    commission_bp: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    joined_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
