"""The records of trust: closed days, signed anchors, the journal and its head, events' journals
and the papers printed."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from showroom_pos.db.models.base import Base, Money
from showroom_pos.db.types import UTCDateTime


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


class DocumentPrint(Base):
    """One paper of a receipt or a slip that came out (or a slip's PDF): copy 0 is the original,
    copy n the paper that says SALINAN KE-n. Written with the print's journal entry; the next
    copy's number is the count of a document's rows, which the unique key keeps gapless."""

    __tablename__ = "document_prints"
    __immutable__ = True
    __table_args__ = (
        UniqueConstraint("kind", "document_no", "copy_no", name="uq_document_prints_copy"),
        CheckConstraint("kind IN ('receipt', 'slip')", name="kind"),
        CheckConstraint("copy_no >= 0", name="copy_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    document_no: Mapped[str] = mapped_column(String(32))  # receipt_no, intake_no or return_no
    copy_no: Mapped[int] = mapped_column(Integer)
    printed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # None: not known
    terminal_id: Mapped[int | None] = mapped_column(ForeignKey("terminals.id"))  # None: no till
    printer: Mapped[str] = mapped_column(String(200))
