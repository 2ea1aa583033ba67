"""The till's shifts: which till this is, opening with a float, cash put in or taken out, and
closing with the drawer counted (over/short recorded)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom_pos.db import journal
from showroom_pos.db.models import (
    CashMovement,
    DayClose,
    Payment,
    Refund,
    Sale,
    Shift,
    ShiftClose,
    Terminal,
    User,
)
from showroom_pos.domain.cash import (
    cash_movement_amount,
    check_drawer_after,
    count_drawer,
    opening_float_amount,
)
from showroom_pos.domain.errors import NotFound, ValidationError
from showroom_pos.domain.kinds import PaymentMethod
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import format_day, to_local
from showroom_pos.domain.roles import Action
from showroom_pos.domain.validation import clean_text
from showroom_pos.services.admin.auth import current_user, require
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.stock.events import assert_till_here
from showroom_pos.services.till.types import ShiftView


def terminal_row(session: Session, code: Any, *, lock: bool = False) -> Terminal:
    """The till with this code (K1, ...), or a clear refusal."""
    text = code.strip().upper() if isinstance(code, str) else ""
    query = select(Terminal).where(Terminal.code == text)
    if lock:
        query = query.with_for_update()
    terminal = session.scalar(query) if text else None
    if terminal is None:
        raise NotFound("terminal.not_found", code=text or "-")
    return terminal


def assert_day_open(session: Session, terminal: Terminal, at: datetime) -> None:
    """Refuse what would land in a day of this till that its Z report has closed."""
    day = to_local(at).date()
    closed = session.scalar(
        select(DayClose.business_day)
        .where(DayClose.terminal_id == terminal.id, DayClose.business_day >= day)
        .limit(1)
    )
    if closed is not None:
        raise ValidationError(
            "day.closed",
            till=terminal.code,
            day=format_day(day),
            next=format_day(closed + timedelta(days=1)),
        )


def open_shift_row(session: Session, terminal: Terminal) -> Shift | None:
    return session.scalar(
        select(Shift)
        .outerjoin(ShiftClose, ShiftClose.shift_id == Shift.id)
        .where(Shift.terminal_id == terminal.id, ShiftClose.id.is_(None))
        .order_by(Shift.id.desc())
    )


def own_shift(session: Session, terminal: Terminal, user: User) -> Shift:
    shift = open_shift_row(session, terminal)
    if shift is None:
        raise ValidationError("shift.none_open", terminal=terminal.code)
    if shift.cashier_id != user.id:
        owner = session.get(User, shift.cashier_id)
        raise ValidationError(
            "shift.not_owner", terminal=terminal.code, cashier=owner.full_name if owner else "?"
        )
    return shift


def open_shift(
    ledger: Ledger, *, actor: Actor, terminal_code: str, opening_float: int
) -> ShiftView:
    def work(session: Session) -> ShiftView:
        user = require(session, actor, Action.RUN_SHIFT)
        terminal = terminal_row(session, terminal_code, lock=True)
        assert_till_here(session, terminal)
        assert_day_open(session, terminal, ledger.now())
        existing = open_shift_row(session, terminal)
        if existing is not None:
            owner = session.get(User, existing.cashier_id)
            raise ValidationError(
                "shift.already_open",
                terminal=terminal.code,
                cashier=owner.full_name if owner else "?",
            )
        now = ledger.now()
        shift = Shift(
            terminal_id=terminal.id,
            cashier_id=user.id,
            opened_at=now,
            opening_float=opening_float_amount(opening_float),
        )
        session.add(shift)
        session.flush()
        journal.append(
            session,
            action="shift.open",
            user_id=user.id,
            at=now,
            summary=f"shift opened at {terminal.code} with {format_rupiah(shift.opening_float)}",
            records=[shift],
        )
        return shift_view(session, shift)

    return ledger.run_write(work)


def shift_view(session: Session, shift: Shift) -> ShiftView:
    """The shift with the cash it should hold now (float + cash sales - cash refunds +- cash)."""
    terminal = session.get(Terminal, shift.terminal_id)
    cashier = session.get(User, shift.cashier_id)
    assert terminal is not None and cashier is not None
    cash_sales = session.scalar(
        select(func.coalesce(func.sum(Payment.amount), 0))
        .join(Sale)
        .where(
            Sale.shift_id == shift.id,
            Payment.method == PaymentMethod.CASH,
            Sale.training.is_(False),
        )
    )
    cash_refunds = session.scalar(
        select(func.coalesce(func.sum(Refund.total), 0)).where(
            Refund.shift_id == shift.id, Refund.method == PaymentMethod.CASH
        )
    )
    cash_in_out = session.scalar(
        select(func.coalesce(func.sum(CashMovement.amount), 0)).where(
            CashMovement.shift_id == shift.id
        )
    )
    close = session.scalar(select(ShiftClose).where(ShiftClose.shift_id == shift.id))
    return ShiftView(
        id=shift.id,
        terminal_code=terminal.code,
        cashier_username=cashier.username,
        cashier_name=cashier.full_name,
        opened_at=shift.opened_at,
        opening_float=shift.opening_float,
        cash_sales=int(cash_sales or 0),
        cash_refunds=int(cash_refunds or 0),
        cash_in_out=int(cash_in_out or 0),
        closed_at=close.closed_at if close else None,
        counted_cash=close.counted_cash if close else None,
    )


def current_shift(ledger: Ledger, *, actor: Actor, terminal_code: str) -> ShiftView | None:
    with ledger.read() as session:
        current_user(session, actor)
        shift = open_shift_row(session, terminal_row(session, terminal_code))
        return shift_view(session, shift) if shift else None


def record_cash_movement(
    ledger: Ledger, *, actor: Actor, terminal_code: str, amount: int, reason: str
) -> ShiftView:
    """Cash put into (positive) or taken out of (negative) the drawer, with a reason."""

    def work(session: Session) -> ShiftView:
        user = require(session, actor, Action.CASH_IN_OUT)
        terminal = terminal_row(session, terminal_code, lock=True)
        assert_day_open(session, terminal, ledger.now())
        shift = own_shift(session, terminal, user)
        value = cash_movement_amount(amount)
        now = ledger.now()
        movement = CashMovement(
            shift_id=shift.id,
            amount=value,
            occurred_at=now,
            user_id=user.id,
            reason=clean_text("field_name.reason", reason, max_len=300),
        )
        view = shift_view(session, shift)
        check_drawer_after(view.expected_cash, value)
        session.add(movement)
        session.flush()
        journal.append(
            session,
            action="cash.move",
            user_id=user.id,
            at=now,
            summary=f"cash {'in' if value > 0 else 'out'} {format_rupiah(abs(value))}"
            f" at {terminal.code}: {movement.reason}",
            records=[movement],
        )
        return shift_view(session, shift)

    return ledger.run_write(work)


def close_shift(
    ledger: Ledger,
    *,
    actor: Actor,
    terminal_code: str,
    denominations: Mapping[int, int],
    notes: str | None = None,
) -> ShiftView:
    """Close the shift with the cash counted by denomination; over/short is recorded."""

    def work(session: Session) -> ShiftView:
        user = require(session, actor, Action.RUN_SHIFT)
        terminal = terminal_row(session, terminal_code, lock=True)
        shift = open_shift_row(session, terminal)
        if shift is None:
            raise ValidationError("shift.none_open", terminal=terminal.code)
        if shift.cashier_id != user.id:
            require(session, actor, Action.REFUND)  # a supervisor may close another's shift
        count = count_drawer(denominations)
        counted = count.counted
        clean = {str(value): number for value, number in count.pieces.items()}
        view = shift_view(session, shift)
        now = ledger.now()
        close = ShiftClose(
            shift_id=shift.id,
            closed_at=now,
            user_id=user.id,
            expected_cash=view.expected_cash,
            counted_cash=counted,
            denominations=json.dumps(clean, sort_keys=True),
            notes=clean_text("field_name.notes", notes, max_len=1000, required=False) or None,
        )
        session.add(close)
        session.flush()
        journal.append(
            session,
            action="shift.close",
            user_id=user.id,
            at=now,
            summary=f"shift at {terminal.code} closed: expected "
            f"{format_rupiah(view.expected_cash)}, counted {format_rupiah(counted)}",
            records=[close],
        )
        return shift_view(session, shift)

    return ledger.run_write(work)
