"""X and Z reports of a till's day: sales by payment method, refunds, training apart, the cash
drawer, receipt numbers; the Z report also closes the day with a consecutive number and the
perpetual grand totals, which nothing can reset, and the journal's hash at closing.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom_pos.db import journal
from showroom_pos.db.models import (
    CashMovement,
    DayClose,
    JournalHead,
    Payment,
    Refund,
    Sale,
    Shift,
    ShiftClose,
    Terminal,
)
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import day_bounds, format_day, to_local
from showroom_pos.domain.roles import Action
from showroom_pos.domain.validation import check_day
from showroom_pos.services.admin import anchors
from showroom_pos.services.admin.auth import require
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.common import record
from showroom_pos.services.context import Ledger
from showroom_pos.services.reports.types import DayReport
from showroom_pos.services.stock.events import assert_till_here
from showroom_pos.services.till.shifts import open_shift_row, terminal_row

METHODS = ("cash", "qris", "card", "transfer")


def _by_method(rows: Any) -> dict[str, int]:
    found = {method: 0 for method in METHODS}
    for method, amount in rows:
        found[str(method)] = found.get(str(method), 0) + int(amount or 0)
    return found


def _previous_close(session: Session, terminal: Terminal, day: date) -> DayClose | None:
    return session.scalar(
        select(DayClose)
        .where(DayClose.terminal_id == terminal.id, DayClose.business_day < day)
        .order_by(DayClose.z_number.desc())
        .limit(1)
    )


def _compute(
    session: Session, terminal: Terminal, day: date, kind: str, now: datetime, made_by: str
) -> DayReport:
    start, end = day_bounds(day)
    in_day = (Sale.terminal_id == terminal.id, Sale.sold_at >= start, Sale.sold_at < end)
    real = (*in_day, Sale.training.is_(False))
    count, total = session.execute(
        select(func.count(), func.coalesce(func.sum(Sale.total), 0)).where(*real)
    ).one()
    first, last = session.execute(
        select(func.min(Sale.receipt_seq), func.max(Sale.receipt_seq)).where(*in_day)
    ).one()

    def receipt_no(seq: int | None) -> str | None:
        return (
            None
            if seq is None
            else session.scalar(
                select(Sale.receipt_no).where(
                    Sale.terminal_id == terminal.id, Sale.receipt_seq == seq
                )
            )
        )

    by_method = _by_method(
        session.execute(
            select(Payment.method, func.sum(Payment.amount))
            .join(Sale, Sale.id == Payment.sale_id)
            .where(*real)
            .group_by(Payment.method)
        )
    )
    training_count, training_total = session.execute(
        select(func.count(), func.coalesce(func.sum(Sale.total), 0)).where(
            *in_day, Sale.training.is_(True)
        )
    ).one()
    refund_where = (
        Refund.terminal_id == terminal.id,
        Refund.refunded_at >= start,
        Refund.refunded_at < end,
    )
    refund_count, refund_total = session.execute(
        select(func.count(), func.coalesce(func.sum(Refund.total), 0)).where(*refund_where)
    ).one()
    refunds_by_method = _by_method(
        session.execute(
            select(Refund.method, func.sum(Refund.total))
            .where(*refund_where)
            .group_by(Refund.method)
        )
    )
    shifts = list(
        session.scalars(
            select(Shift).where(
                Shift.terminal_id == terminal.id, Shift.opened_at >= start, Shift.opened_at < end
            )
        )
    )
    shift_ids = [shift.id for shift in shifts]
    closes = list(session.scalars(select(ShiftClose).where(ShiftClose.shift_id.in_(shift_ids))))
    floats = sum(shift.opening_float for shift in shifts)
    cash_in_out = int(
        session.scalar(
            select(func.coalesce(func.sum(CashMovement.amount), 0)).where(
                CashMovement.shift_id.in_(shift_ids)
            )
        )
        or 0
    )
    expected = floats + by_method["cash"] - refunds_by_method["cash"] + cash_in_out
    counted = sum(c.counted_cash for c in closes) if len(closes) == len(shifts) else None
    previous = _previous_close(session, terminal, day)
    net = int(total) - int(refund_total)
    return DayReport(
        kind=kind,
        terminal_code=terminal.code,
        business_day=day,
        made_at=now,
        made_by=made_by,
        receipts=int(count),
        first_receipt=receipt_no(first),
        last_receipt=receipt_no(last),
        gross_sales=int(total),
        sales_by_method=by_method,
        refunds=int(refund_total),
        refund_count=int(refund_count),
        refunds_by_method=refunds_by_method,
        training_receipts=int(training_count),
        training_total=int(training_total),
        opening_floats=floats,
        cash_in_out=cash_in_out,
        cash_expected=expected,
        cash_counted=counted,
        grand_total=(previous.grand_total if previous else 0) + net,
        grand_total_absolute=(previous.grand_total_absolute if previous else 0)
        + int(total)
        + int(refund_total),
    )


def x_report(ledger: Ledger, *, actor: Actor, terminal_code: str, day: date) -> DayReport:
    """The day so far (or any day): read only, as often as wanted."""
    day = check_day("field_name.day", day)
    with ledger.read() as session:
        user = require(session, actor, Action.CLOSE_DAY)
        terminal = terminal_row(session, terminal_code)
        closed = _stored(session, terminal, day)
        if closed is not None:
            return closed
        return _compute(session, terminal, day, "X", ledger.now(), user.full_name)


def _stored(session: Session, terminal: Terminal, day: date) -> DayReport | None:
    row = session.scalar(
        select(DayClose).where(DayClose.terminal_id == terminal.id, DayClose.business_day == day)
    )
    return None if row is None else report_from_json(row.content)


def report_from_json(text: str) -> DayReport:
    data = json.loads(text)
    data["business_day"] = date.fromisoformat(data["business_day"])
    data["made_at"] = datetime.fromisoformat(data["made_at"])
    return DayReport(**data)


def z_report(ledger: Ledger, *, actor: Actor, terminal_code: str, day: date) -> DayReport:
    """Close the till's day: once, after every shift of the day is closed and the day is over
    or its last shift closed; the numbers are frozen and journaled."""
    day = check_day("field_name.day", day)

    def work(session: Session) -> DayReport:
        user = require(session, actor, Action.CLOSE_DAY)
        terminal = terminal_row(session, terminal_code, lock=True)
        assert_till_here(session, terminal)
        now = ledger.now()
        if day > to_local(now).date():
            raise ValidationError("z.future", day=format_day(day))
        if _stored(session, terminal, day) is not None:
            raise ValidationError("z.exists", till=terminal.code, day=format_day(day))
        later = session.scalar(
            select(DayClose.id).where(
                DayClose.terminal_id == terminal.id, DayClose.business_day > day
            )
        )
        if later is not None:
            raise ValidationError("z.later_exists", till=terminal.code, day=format_day(day))
        shift = open_shift_row(session, terminal)
        if shift is not None and to_local(shift.opened_at).date() <= day:
            raise ValidationError("z.shift_open", till=terminal.code)
        anchors.assert_intact_since_last_anchor(session)
        previous = session.scalar(
            select(func.max(DayClose.z_number)).where(DayClose.terminal_id == terminal.id)
        )
        anchors.ensure_registered(
            session, at=now, user_id=user.id, database=anchors.database_name(ledger.url)
        )
        head = session.get(JournalHead, 1)
        report = _compute(session, terminal, day, "Z", now, user.full_name)
        report = DayReport(
            **{
                **asdict(report),
                "z_number": int(previous or 0) + 1,
                "journal_hash": head.last_hash if head else "",
            }
        )
        row = DayClose(
            terminal_id=terminal.id,
            z_number=report.z_number,
            business_day=day,
            closed_at=now,
            user_id=user.id,
            net_sales=report.net_sales,
            grand_total=report.grand_total,
            grand_total_absolute=report.grand_total_absolute,
            journal_hash=report.journal_hash or "",
            content=journal.canonical_json(asdict(report)),
        )
        session.add(row)
        session.flush()
        anchor = anchors.sign(
            session,
            kind=anchors.Z,
            reference=anchors.z_reference(terminal.code, row.z_number),
            content_hash=anchors.z_content_hash(row.content),
            at=now,
            user_id=user.id,
            database=anchors.database_name(ledger.url),
        )
        record(
            session,
            action="day.close",
            user_id=user.id,
            at=now,
            summary=f"Z {report.z_number} of till {terminal.code} for "
            f"{day.isoformat()}: net {format_rupiah(report.net_sales)}",
            records=[row, anchor],
        )
        return report

    return ledger.run_write(work)


def z_reports(ledger: Ledger, *, actor: Actor, terminal_code: str) -> list[DayReport]:
    """Every Z report of a till, oldest first."""
    with ledger.read() as session:
        require(session, actor, Action.CLOSE_DAY)
        terminal = terminal_row(session, terminal_code)
        rows = session.scalars(
            select(DayClose).where(DayClose.terminal_id == terminal.id).order_by(DayClose.z_number)
        )
        return [report_from_json(row.content) for row in rows]


_RECOMPUTED_FIELDS = (
    "receipts",
    "first_receipt",
    "last_receipt",
    "gross_sales",
    "sales_by_method",
    "refunds",
    "refund_count",
    "refunds_by_method",
    "training_receipts",
    "training_total",
    "opening_floats",
    "cash_in_out",
    "cash_expected",
    "cash_counted",
    "grand_total",
    "grand_total_absolute",
)


def z_differences(session: Session, close: DayClose) -> list[str]:
    """What a Z report's frozen numbers no longer agree with in the day's records (a sale or
    refund added, changed or removed after the day was closed)."""
    terminal = session.get_one(Terminal, close.terminal_id)
    frozen = report_from_json(close.content)
    again = _compute(session, terminal, close.business_day, "Z", frozen.made_at, frozen.made_by)
    return [name for name in _RECOMPUTED_FIELDS if getattr(frozen, name) != getattr(again, name)]
