"""Finalizing a maker's month (frozen, hashed, signed), closing a month, paying out, and
checking finalized statements against the ledger; the figures come from `months.py`."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_pos.db import journal
from showroom_pos.db.models import (
    Deduction,
    Maker,
    PeriodClose,
    Settlement,
    SettlementPayment,
    User,
)
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.kinds import PayoutMethod
from showroom_pos.domain.money import MAX_AMOUNT, format_rupiah
from showroom_pos.domain.periods import (
    parse_period,
    period_bounds,
    to_local,
)
from showroom_pos.domain.roles import Action
from showroom_pos.domain.validation import (
    clean_text,
    whole_number,
)
from showroom_pos.services.admin import anchors
from showroom_pos.services.admin.auth import require
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.common import record
from showroom_pos.services.context import Ledger
from showroom_pos.services.lookups import maker_row
from showroom_pos.services.settlement.months import (
    content_hash,
    draft_settlement,
    from_content,
    makers_with_activity,
    payout_view,
    settlement_in,
    statement_content,
)
from showroom_pos.services.settlement.types import SettlementView
from showroom_pos.services.stock.events import assert_events_merged


def add_deduction(
    ledger: Ledger, *, actor: Actor, maker_code: str, period: str, name: str, amount: int
) -> SettlementView:
    """A named deduction (dues, event fee) for a maker's open month."""

    def work(session: Session) -> SettlementView:
        user = require(session, actor, Action.ADD_DEDUCTION)
        maker = maker_row(session, maker_code)
        parse_period(period)
        label = clean_text("field_name.deduction_name", name, max_len=100, required=False)
        value = whole_number("field_name.amount", amount)
        if not label or not 0 < value <= MAX_AMOUNT:
            raise ValidationError("deduction.invalid")
        _assert_not_final(session, maker, period)
        now = ledger.now()
        row = Deduction(
            maker_id=maker.id,
            period=period,
            name=label,
            amount=value,
            created_at=now,
            user_id=user.id,
        )
        session.add(row)
        record(
            session,
            action="settlement.deduction",
            user_id=user.id,
            at=now,
            summary=f"deduction {label} {format_rupiah(value)} for {maker.code} {period}",
            records=[row],
        )
        return settlement_in(session, maker, period)

    return ledger.run_write(work)


def _assert_not_final(session: Session, maker: Maker, period: str) -> None:
    if session.scalar(
        select(Settlement.id).where(Settlement.maker_id == maker.id, Settlement.period == period)
    ):
        raise ValidationError("settlement.already_final", maker=maker.code, period=period)
    if session.scalar(select(PeriodClose.id).where(PeriodClose.period == period)):
        raise ValidationError("period.closed", maker=maker.code, period=period)


def _finalize_in(
    session: Session, ledger: Ledger, user: User, maker: Maker, period: str
) -> SettlementView:
    now = ledger.now()
    _, end = period_bounds(period)
    if now < end:
        raise ValidationError("period.not_ended", period=period)
    assert_events_merged(session, period_end=to_local(end - timedelta(microseconds=1)).date())
    if session.scalar(
        select(Settlement.id).where(Settlement.maker_id == maker.id, Settlement.period == period)
    ):
        raise ValidationError("settlement.already_final", maker=maker.code, period=period)
    draft = draft_settlement(session, maker, period)
    digest = content_hash(draft)
    settlement = Settlement(
        statement_no=f"RB-{period}-{maker.code}",
        maker_id=maker.id,
        period=period,
        gross_sales=draft.gross_sales,
        refunds=draft.refunds,
        adjustments=draft.adjustments,
        commission_bp=draft.commission_bp,
        commission=draft.commission,
        deductions=draft.deductions,
        payable=draft.payable,
        content_hash=digest,
        content=journal.canonical_json(statement_content(draft)),
        finalized_at=now,
        user_id=user.id,
    )
    session.add(settlement)
    session.flush()
    anchor = anchors.sign(
        session,
        kind=anchors.STATEMENT,
        reference=settlement.statement_no,
        content_hash=digest,
        at=now,
        user_id=user.id,
        database=anchors.database_name(ledger.url),
    )
    record(
        session,
        action="settlement.finalize",
        user_id=user.id,
        at=now,
        summary=f"statement {settlement.statement_no} finalized: payable "
        f"{format_rupiah(draft.payable)}",
        records=[settlement, anchor],
        data={"content_hash": digest},
    )
    return from_content(json.loads(settlement.content), settlement, None)


def finalize_settlement(
    ledger: Ledger, *, actor: Actor, maker_code: str, period: str
) -> SettlementView:
    """Freeze a maker's month after it ended: numbers and lines hashed into the journal, and
    nothing more can be dated into that month for this maker."""

    def work(session: Session) -> SettlementView:
        user = require(session, actor, Action.FINALIZE_SETTLEMENT)
        parse_period(period)
        maker = maker_row(session, maker_code)
        anchors.assert_intact_since_last_anchor(session)
        return _finalize_in(session, ledger, user, maker, period)

    return ledger.run_write(work)


def close_period(ledger: Ledger, *, actor: Actor, period: str) -> list[SettlementView]:
    """Tutup buku: finalize every maker with activity at once and close the month for all."""

    def work(session: Session) -> list[SettlementView]:
        user = require(session, actor, Action.CLOSE_PERIOD)
        parse_period(period)
        if ledger.now() < period_bounds(period)[1]:  # a month closes only after it ends
            raise ValidationError("period.not_ended", period=period)
        if session.scalar(select(PeriodClose.id).where(PeriodClose.period == period)):
            raise ValidationError("period.closed", maker="-", period=period)
        anchors.assert_intact_since_last_anchor(session)
        assert_events_merged(
            session,
            period_end=to_local(period_bounds(period)[1] - timedelta(microseconds=1)).date(),
        )
        done = []
        final = set(session.scalars(select(Settlement.maker_id).where(Settlement.period == period)))
        for maker in makers_with_activity(session, period):
            if maker.id not in final:
                done.append(_finalize_in(session, ledger, user, maker, period))
        now = ledger.now()
        close = PeriodClose(period=period, closed_at=now, user_id=user.id)
        session.add(close)
        record(
            session,
            action="period.close",
            user_id=user.id,
            at=now,
            summary=f"month {period} closed, {len(done)} statements finalized",
            records=[close],
        )
        return done

    return ledger.run_write(work)


def statement_unsound(session: Session, settlement: Settlement) -> str | None:
    """Why a finalized statement can no longer be trusted as it stands, or None: its content
    against its hash, its columns against its content, its signature, and its month's records."""
    content = json.loads(settlement.content)
    if (
        hashlib.sha256(journal.canonical_json(content).encode()).hexdigest()
        != settlement.content_hash
    ):
        return "hash"
    numbers = (
        "gross_sales",
        "refunds",
        "adjustments",
        "commission_bp",
        "commission",
        "deductions",
        "payable",
    )
    if any(content.get(name) != getattr(settlement, name) for name in numbers):
        return "numbers"
    since = anchors.signing_required_since(session)
    if (
        since is not None
        and settlement.finalized_at >= since
        and not anchors.is_signed(
            session,
            kind=anchors.STATEMENT,
            reference=settlement.statement_no,
            content_hash=settlement.content_hash,
        )
    ):
        return "signature"
    differs = statement_differences(session, settlement)
    return f"records: {', '.join(differs)}" if differs else None


def record_payout(
    ledger: Ledger,
    *,
    actor: Actor,
    maker_code: str,
    period: str,
    method: str,
    reference: str | None = None,
    paid_on: date | None = None,
) -> SettlementView:
    """The treasurer pays a finalized statement: date, cash or transfer, reference, who."""

    def work(session: Session) -> SettlementView:
        user = require(session, actor, Action.RECORD_PAYOUT)
        maker = maker_row(session, maker_code)
        parse_period(period)
        settlement = session.scalar(
            select(Settlement).where(Settlement.maker_id == maker.id, Settlement.period == period)
        )
        if settlement is None:
            raise ValidationError("settlement.not_final", maker=maker.code, period=period)
        if payout_view(session, settlement) is not None:
            raise ValidationError("settlement.already_paid", maker=maker.code, period=period)
        if settlement.payable <= 0:  # a negative balance is carried to the next month
            raise ValidationError(
                "settlement.nothing_to_pay",
                statement=settlement.statement_no,
                amount=format_rupiah(settlement.payable),
            )
        unsound = statement_unsound(session, settlement)
        if unsound is not None:
            raise ValidationError(
                "settlement.tampered", statement=settlement.statement_no, reason=unsound
            )
        try:
            how = PayoutMethod(method)
        except ValueError:
            raise ValidationError("payment.method", method=method) from None
        ref = clean_text("field_name.reference", reference, max_len=64, required=False)
        if how == PayoutMethod.TRANSFER and not ref:
            raise ValidationError("payment.reference_required", method="transfer")
        now = ledger.now()
        payment = SettlementPayment(
            settlement_id=settlement.id,
            paid_on=paid_on or to_local(now).date(),
            method=how.value,
            reference=ref or None,
            amount=settlement.payable,
            recorded_at=now,
            user_id=user.id,
        )
        session.add(payment)
        session.flush()
        signed = anchors.sign_payout_if_key_here(
            session,
            payment,
            settlement.statement_no,
            at=now,
            user_id=user.id,
            database=anchors.database_name(ledger.url),
        )
        record(
            session,
            action="settlement.pay",
            user_id=user.id,
            at=now,
            summary=f"statement {settlement.statement_no} paid "
            f"{format_rupiah(payment.amount)} by {how.value}",
            records=[payment, *([signed] if signed else [])],
        )
        return settlement_in(session, maker, period)

    return ledger.run_write(work)


def find_settlement_by_code(ledger: Ledger, *, code: str) -> list[SettlementView]:
    """Finalized statements whose verification code matches (for `statement verify`)."""
    wanted = code.replace("-", "").strip().lower() if isinstance(code, str) else ""
    if len(wanted) < 8 or not all(c in "0123456789abcdef" for c in wanted):
        return []
    with ledger.read() as session:
        found = session.scalars(
            select(Settlement)
            .where(Settlement.content_hash.like(wanted + "%"))
            .order_by(Settlement.id)
        )
        return [from_content(json.loads(s.content), s, payout_view(session, s)) for s in found]


def statement_differences(session: Session, settlement: Settlement) -> list[str]:
    """What a finalized statement's frozen money no longer agrees with in the month's sale,
    refund and deduction records (names of the parts that differ)."""
    frozen = from_content(json.loads(settlement.content), settlement, None)
    again = draft_settlement(
        session, session.get_one(Maker, settlement.maker_id), settlement.period
    )

    def sold(view: SettlementView) -> list[tuple[Any, ...]]:
        return [(s.receipt_no, s.item_code, s.quantity, s.unit_price, s.amount) for s in view.sales]

    def refunded(view: SettlementView) -> int:  # a refund is a refund line or a correction
        return view.refunds - sum(a.amount for a in view.corrections)

    checks = {
        "sales": sold(frozen) == sold(again),
        "gross_sales": frozen.gross_sales == again.gross_sales,
        "refunds": refunded(frozen) == refunded(again),
        "deductions": frozen.deductions == again.deductions,
    }  # the commission and payable follow from these at the frozen rate, under its hash
    return [name for name, same in checks.items() if not same]
