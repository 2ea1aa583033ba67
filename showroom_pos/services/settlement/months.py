"""A maker's month as the statement shows it: computed from the ledger as a draft, or read
back from the frozen content of its finalized statement; and the month's overview.

payable = gross sales - refunds + adjustments - commission - deductions, to the rupiah.
Refunds of sales from a month already finalized appear as named adjustment lines, and so does a
negative balance carried forward from the previous statement.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, select, union
from sqlalchemy.orm import Session

from showroom_pos.db import journal, private
from showroom_pos.db.models import (
    Deduction,
    Event,
    Item,
    Maker,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    Settlement,
    SettlementPayment,
    StockMovement,
    Terminal,
    User,
)
from showroom_pos.domain.kinds import MovementKind
from showroom_pos.domain.periods import (
    parse_period,
    period_bounds,
    period_of,
    previous_period,
    year_start,
)
from showroom_pos.domain.roles import Action
from showroom_pos.domain.validation import (
    commission_of,
    commission_returned,
)
from showroom_pos.services.admin.auth import require
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.lookups import maker_row
from showroom_pos.services.settlement.types import (
    CORRECTION_PREFIX,
    NamedAmount,
    PayoutView,
    SettlementRefundLine,
    SettlementSaleLine,
    SettlementSummary,
    SettlementView,
    StatementEvent,
    StatementLine,
    StockRow,
)


def verification_code(content_hash: str) -> str:
    """The short code printed on a statement: the first 12 hex digits of its hash, grouped."""
    text = content_hash[:12].upper()
    return "-".join(text[i : i + 4] for i in range(0, 12, 4))


def statement_content(view: SettlementView) -> dict[str, Any]:
    data = asdict(view)
    for key in ("status", "content_hash", "finalized_at", "payout", "statement_no"):
        data.pop(key, None)
    if not data["events"]:  # as statements were before events: their hashes stay the same
        data.pop("events")
    return data


def content_hash(view: SettlementView) -> str:
    return hashlib.sha256(journal.canonical_json(statement_content(view)).encode()).hexdigest()


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def from_content(
    data: dict[str, Any], settlement: Settlement, payout: PayoutView | None
) -> SettlementView:
    return SettlementView(
        **{
            k: v
            for k, v in data.items()
            if k
            not in {
                "sales",
                "refund_lines",
                "adjustment_lines",
                "deduction_lines",
                "stock",
                "events",
            }
        },
        events=tuple(StatementEvent(**e) for e in data.get("events", [])),
        sales=tuple(
            SettlementSaleLine(**{**s, "sold_at": _dt(s["sold_at"])}) for s in data["sales"]
        ),
        refund_lines=tuple(
            SettlementRefundLine(**{**r, "refunded_at": _dt(r["refunded_at"])})
            for r in data["refund_lines"]
        ),
        adjustment_lines=tuple(NamedAmount(**a) for a in data["adjustment_lines"]),
        deduction_lines=tuple(NamedAmount(**d) for d in data["deduction_lines"]),
        stock=tuple(StockRow(**s) for s in data["stock"]),
        status="paid" if payout else "final",
        statement_no=settlement.statement_no,
        content_hash=settlement.content_hash,
        finalized_at=settlement.finalized_at,
        payout=payout,
    )


def payout_view(session: Session, settlement: Settlement) -> PayoutView | None:
    paid = session.scalar(
        select(SettlementPayment).where(SettlementPayment.settlement_id == settlement.id)
    )
    if paid is None:
        return None
    user = session.get(User, paid.user_id)
    return PayoutView(
        paid.paid_on, paid.method, paid.reference, paid.amount, user.full_name if user else "?"
    )


def _closed_periods(session: Session, maker_id: int) -> set[str]:
    return set(session.scalars(select(Settlement.period).where(Settlement.maker_id == maker_id)))


def draft_settlement(session: Session, maker: Maker, period: str) -> SettlementView:
    start, end = period_bounds(period)
    closed = _closed_periods(session, maker.id)
    sales = tuple(
        SettlementSaleLine(
            line.sold_at,
            receipt_no,
            line.item_code,
            line.description,
            line.quantity,
            line.unit_price,
            line.amount,
        )
        for line, receipt_no in session.execute(
            select(SaleLine, Sale.receipt_no)
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(
                SaleLine.maker_id == maker.id,
                SaleLine.training.is_(False),
                SaleLine.sold_at >= start,
                SaleLine.sold_at < end,
            )
            .order_by(SaleLine.sold_at, Sale.receipt_no, SaleLine.line_no)
        )
    )
    refund_lines: list[SettlementRefundLine] = []
    adjustment_lines: list[NamedAmount] = []
    refund_rows = session.execute(
        select(RefundLine, Refund.refund_no, Sale.receipt_no, SaleLine)
        .join(Refund, Refund.id == RefundLine.refund_id)
        .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(
            RefundLine.maker_id == maker.id,
            RefundLine.refunded_at >= start,
            RefundLine.refunded_at < end,
        )
        .order_by(RefundLine.refunded_at, RefundLine.id)
    )
    closed_rates = dict(
        session.execute(
            select(Settlement.period, Settlement.commission_bp).where(
                Settlement.maker_id == maker.id
            )
        ).all()
    )
    commission_back = 0
    for row, refund_no, receipt_no, sold in refund_rows:
        sale_period = period_of(sold.sold_at)
        if sale_period != period and sale_period in closed:
            adjustment_lines.append(
                NamedAmount(
                    f"{CORRECTION_PREFIX} {refund_no} atas struk {receipt_no} ({sale_period}), "
                    f"{sold.item_code} x{row.quantity}",
                    -row.amount,
                )
            )
            commission_back += commission_returned(row.amount, closed_rates[sale_period])
        else:
            refund_lines.append(
                SettlementRefundLine(
                    row.refunded_at,
                    refund_no,
                    receipt_no,
                    sale_period,
                    sold.item_code,
                    sold.description,
                    row.quantity,
                    row.amount,
                )
            )
    previous = session.scalar(
        select(Settlement)
        .where(Settlement.maker_id == maker.id, Settlement.period < period)
        .order_by(Settlement.period.desc())
        .limit(1)
    )
    if previous is not None and previous.payable < 0:
        adjustment_lines.append(
            NamedAmount(
                f"Saldo minus dari rekap {previous.period} ({previous.statement_no})",
                previous.payable,
            )
        )
    deduction_lines = tuple(
        NamedAmount(d.name, d.amount)
        for d in session.scalars(
            select(Deduction)
            .where(Deduction.maker_id == maker.id, Deduction.period == period)
            .order_by(Deduction.id)
        )
    )
    gross = sum(s.amount for s in sales)
    refunds = sum(r.amount for r in refund_lines)
    adjustments = sum(a.amount for a in adjustment_lines)
    own = gross - refunds  # this month's sales less their refunds (and open months')
    commission = (
        commission_of(own, maker.commission_bp)
        if own >= 0
        else -commission_returned(-own, maker.commission_bp)
    ) - commission_back
    deductions = sum(d.amount for d in deduction_lines)
    return SettlementView(
        maker_code=maker.code,
        maker_name=maker.name,
        maker_business=maker.business_name,
        maker_address=", ".join(p for p in (maker.address, maker.village) if p) or None,
        bank_name=maker.bank_name,
        bank_account_masked=private.masked(*private.maker_private(session, maker))[2] or "",
        bank_account_holder=maker.bank_account_holder,
        period=period,
        status="draft",
        statement_no=None,
        sales=sales,
        refund_lines=tuple(refund_lines),
        adjustment_lines=tuple(adjustment_lines),
        deduction_lines=deduction_lines,
        stock=_stock_rows(session, maker.id, start, end),
        gross_sales=gross,
        refunds=refunds,
        adjustments=adjustments,
        commission_bp=maker.commission_bp,
        commission=commission,
        deductions=deductions,
        payable=gross - refunds + adjustments - commission - deductions,
        ytd_sales=_ytd(session, maker.id, period, end),
        events=_events_of(session, sales),
    )


def _events_of(
    session: Session, sales: tuple[SettlementSaleLine, ...]
) -> tuple[StatementEvent, ...]:
    """The events whose tills rang up some of these sales, in the order they began."""
    tills = {line.receipt_no.rsplit("-", 1)[0] for line in sales}
    if not tills:
        return ()
    return tuple(
        StatementEvent(
            event.code,
            event.name,
            event.place,
            event.starts_on.isoformat(),
            event.ends_on.isoformat(),
            till_code,
        )
        for event, till_code in session.execute(
            select(Event, Terminal.code)
            .join(Terminal, Terminal.id == Event.terminal_id)
            .where(Terminal.code.in_(tills))
            .order_by(Event.starts_on, Event.id)
        )
    )


def _stock_rows(
    session: Session, maker_id: int, start: datetime, end: datetime
) -> tuple[StockRow, ...]:
    def in_period(kind: MovementKind) -> Any:
        return func.sum(
            case(
                (
                    and_(StockMovement.occurred_at >= start, StockMovement.kind == kind.value),
                    StockMovement.quantity,
                ),
                else_=0,
            )
        )

    rows = session.execute(
        select(
            Item.code,
            Item.name,
            func.sum(case((StockMovement.occurred_at < start, StockMovement.quantity), else_=0)),
            in_period(MovementKind.INTAKE),
            in_period(MovementKind.SALE),
            in_period(MovementKind.REFUND),
            in_period(MovementKind.RETURN),
            in_period(MovementKind.ADJUSTMENT) + in_period(MovementKind.COUNT),
        )
        .join(Item, Item.id == StockMovement.item_id)
        .where(StockMovement.maker_id == maker_id, StockMovement.occurred_at < end)
        .group_by(Item.code, Item.name)
        .order_by(Item.code)
    )
    result = []
    for code, name, opening, received, sold, refunded, returned, adjusted in rows:
        values = [int(v or 0) for v in (opening, received, sold, refunded, returned, adjusted)]
        opening_n, received_n, sold_n, refunded_n, returned_n, adjusted_n = values
        if not any(values):
            continue
        closing = opening_n + received_n + sold_n + refunded_n + returned_n + adjusted_n
        result.append(
            StockRow(
                code,
                name,
                opening_n,
                received_n,
                -sold_n,
                refunded_n,
                -returned_n,
                adjusted_n,
                closing,
            )
        )
    return tuple(result)


def _ytd(session: Session, maker_id: int, period: str, end: datetime) -> int:
    start = year_start(period)
    sold = session.scalar(
        select(func.coalesce(func.sum(SaleLine.amount), 0)).where(
            SaleLine.maker_id == maker_id,
            SaleLine.training.is_(False),
            SaleLine.sold_at >= start,
            SaleLine.sold_at < end,
        )
    )
    refunded = session.scalar(
        select(func.coalesce(func.sum(RefundLine.amount), 0)).where(
            RefundLine.maker_id == maker_id,
            RefundLine.refunded_at >= start,
            RefundLine.refunded_at < end,
        )
    )
    return int(sold or 0) - int(refunded or 0)


def settlement_in(session: Session, maker: Maker, period: str) -> SettlementView:
    parse_period(period)
    settlement = session.scalar(
        select(Settlement).where(Settlement.maker_id == maker.id, Settlement.period == period)
    )
    if settlement is None:
        return draft_settlement(session, maker, period)
    return from_content(
        json.loads(settlement.content), settlement, payout_view(session, settlement)
    )


def compute_settlement(
    ledger: Ledger, *, actor: Actor, maker_code: str, period: str
) -> SettlementView:
    """A maker's month: the frozen statement once finalized, else a draft from the ledger."""
    with ledger.read() as session:
        require(session, actor, Action.VIEW_SETTLEMENT)
        return settlement_in(session, maker_row(session, maker_code), period)


def makers_with_activity(session: Session, period: str) -> list[Maker]:
    """Makers who sold, were refunded, moved stock, owe a deduction or carry a balance."""
    start, end = period_bounds(period)
    ids = union(
        select(SaleLine.maker_id).where(
            SaleLine.sold_at >= start, SaleLine.sold_at < end, SaleLine.training.is_(False)
        ),
        select(RefundLine.maker_id).where(
            RefundLine.refunded_at >= start, RefundLine.refunded_at < end
        ),
        select(StockMovement.maker_id).where(
            StockMovement.occurred_at >= start, StockMovement.occurred_at < end
        ),
        select(Deduction.maker_id).where(Deduction.period == period),
        select(Settlement.maker_id).where(Settlement.period == period),
        select(Settlement.maker_id).where(
            Settlement.period == previous_period(period), Settlement.payable < 0
        ),
    ).subquery()
    return list(
        session.scalars(
            private.with_private(  # statements show the bank account
                select(Maker).where(Maker.id.in_(select(ids.c[0]))).order_by(Maker.code), session
            )
        )
    )


def list_settlements(ledger: Ledger, *, actor: Actor, period: str) -> list[SettlementSummary]:
    """The month's statements of every maker with activity, for the treasurer's overview."""
    with ledger.read() as session:
        require(session, actor, Action.VIEW_SETTLEMENT)
        parse_period(period)
        result = []
        for maker in makers_with_activity(session, period):
            view = settlement_in(session, maker, period)
            result.append(
                SettlementSummary(
                    maker.code,
                    maker.name,
                    maker.bank_name,
                    view.bank_account_masked,
                    view.gross_sales,
                    view.refunds,
                    view.adjustments,
                    view.commission,
                    view.deductions,
                    view.payable,
                    view.status,
                )
            )
        return result


def maker_statements(ledger: Ledger, *, actor: Actor, maker_code: str) -> list[StatementLine]:
    """A maker's finalized statements, newest first, with the day each was paid."""
    with ledger.read() as session:
        require(session, actor, Action.VIEW_SETTLEMENT)
        maker = maker_row(session, maker_code)
        rows = session.execute(
            select(Settlement, SettlementPayment.paid_on)
            .outerjoin(SettlementPayment, SettlementPayment.settlement_id == Settlement.id)
            .where(Settlement.maker_id == maker.id)
            .order_by(Settlement.period.desc())
        )
        return [
            StatementLine(s.period, s.statement_no, s.gross_sales, s.payable, paid_on)
            for s, paid_on in rows
        ]
