"""Monthly settlement statements: computed as drafts, finalized (frozen, hashed), and paid.

payable = gross sales - refunds + adjustments - commission - deductions, to the rupiah.
Refunds of sales from a month already finalized appear as named adjustment lines, and so does a
negative balance carried forward from the previous statement.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, select, union
from sqlalchemy.orm import Session

from showroom_pos.db import journal, private
from showroom_pos.db.models import (
    Deduction,
    Event,
    Item,
    Maker,
    PeriodClose,
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
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.kinds import MovementKind, PayoutMethod
from showroom_pos.domain.money import MAX_AMOUNT, format_rupiah
from showroom_pos.domain.periods import (
    parse_period,
    period_bounds,
    period_of,
    previous_period,
    to_local,
    year_start,
)
from showroom_pos.domain.roles import Action
from showroom_pos.domain.validation import (
    clean_text,
    commission_of,
    commission_returned,
    whole_number,
)
from showroom_pos.services.admin import anchors
from showroom_pos.services.admin.auth import require
from showroom_pos.services.context import Ledger
from showroom_pos.services.dto import (
    CORRECTION_PREFIX,
    Actor,
    NamedAmount,
    PayoutView,
    SettlementRefundLine,
    SettlementSaleLine,
    SettlementView,
    StatementEvent,
    StockRow,
)
from showroom_pos.services.stock.events import assert_events_merged
from showroom_pos.services.stock.makers import get_maker_row


@dataclass(frozen=True)
class SettlementSummary:
    """One maker's line in the month's overview for the treasurer."""

    maker_code: str
    maker_name: str
    bank_name: str | None
    bank_account_masked: str
    gross_sales: int
    refunds: int
    adjustments: int
    commission: int
    deductions: int
    payable: int
    status: str


def verification_code(content_hash: str) -> str:
    """The short code printed on a statement: the first 12 hex digits of its hash, grouped."""
    text = content_hash[:12].upper()
    return "-".join(text[i:i + 4] for i in range(0, 12, 4))


def _content(view: SettlementView) -> dict[str, Any]:
    data = asdict(view)
    for key in ("status", "content_hash", "finalized_at", "payout", "statement_no"):
        data.pop(key, None)
    if not data["events"]:  # as statements were before events: their hashes stay the same
        data.pop("events")
    return data


def content_hash(view: SettlementView) -> str:
    return hashlib.sha256(journal.canonical_json(_content(view)).encode()).hexdigest()


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _from_content(data: dict[str, Any], settlement: Settlement,
                  payout: PayoutView | None) -> SettlementView:
    return SettlementView(
        **{k: v for k, v in data.items() if k not in {
            "sales", "refund_lines", "adjustment_lines", "deduction_lines", "stock",
            "events"}},
        events=tuple(StatementEvent(**e) for e in data.get("events", [])),
        sales=tuple(SettlementSaleLine(**{**s, "sold_at": _dt(s["sold_at"])})
                    for s in data["sales"]),
        refund_lines=tuple(SettlementRefundLine(**{**r, "refunded_at": _dt(r["refunded_at"])})
                           for r in data["refund_lines"]),
        adjustment_lines=tuple(NamedAmount(**a) for a in data["adjustment_lines"]),
        deduction_lines=tuple(NamedAmount(**d) for d in data["deduction_lines"]),
        stock=tuple(StockRow(**s) for s in data["stock"]),
        status="paid" if payout else "final",
        statement_no=settlement.statement_no,
        content_hash=settlement.content_hash,
        finalized_at=settlement.finalized_at,
        payout=payout,
    )


def _payout(session: Session, settlement: Settlement) -> PayoutView | None:
    paid = session.scalar(select(SettlementPayment).where(
        SettlementPayment.settlement_id == settlement.id))
    if paid is None:
        return None
    user = session.get(User, paid.user_id)
    return PayoutView(paid.paid_on, paid.method, paid.reference, paid.amount,
                      user.full_name if user else "?")


def _closed_periods(session: Session, maker_id: int) -> set[str]:
    return set(session.scalars(select(Settlement.period).where(Settlement.maker_id == maker_id)))


def _draft(session: Session, maker: Maker, period: str) -> SettlementView:
    start, end = period_bounds(period)
    closed = _closed_periods(session, maker.id)
    sales = tuple(
        SettlementSaleLine(line.sold_at, receipt_no, line.item_code, line.description,
                           line.quantity, line.unit_price, line.amount)
        for line, receipt_no in session.execute(
            select(SaleLine, Sale.receipt_no).join(Sale, Sale.id == SaleLine.sale_id).where(
                SaleLine.maker_id == maker.id, SaleLine.training.is_(False),
                SaleLine.sold_at >= start, SaleLine.sold_at < end,
            ).order_by(SaleLine.sold_at, Sale.receipt_no, SaleLine.line_no)
        )
    )
    refund_lines: list[SettlementRefundLine] = []
    adjustment_lines: list[NamedAmount] = []
    refund_rows = session.execute(
        select(RefundLine, Refund.refund_no, Sale.receipt_no, SaleLine)
        .join(Refund, Refund.id == RefundLine.refund_id)
        .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(RefundLine.maker_id == maker.id, RefundLine.refunded_at >= start,
               RefundLine.refunded_at < end)
        .order_by(RefundLine.refunded_at, RefundLine.id)
    )
    closed_rates = dict(session.execute(select(Settlement.period, Settlement.commission_bp)
                                        .where(Settlement.maker_id == maker.id)).all())
    commission_back = 0
    for row, refund_no, receipt_no, sold in refund_rows:
        sale_period = period_of(sold.sold_at)
        if sale_period != period and sale_period in closed:
            adjustment_lines.append(NamedAmount(
                f"{CORRECTION_PREFIX} {refund_no} atas struk {receipt_no} ({sale_period}), "
                f"{sold.item_code} x{row.quantity}", -row.amount))
            commission_back += commission_returned(row.amount, closed_rates[sale_period])
        else:
            refund_lines.append(SettlementRefundLine(
                row.refunded_at, refund_no, receipt_no, sale_period, sold.item_code,
                sold.description, row.quantity, row.amount))
    previous = session.scalar(
        select(Settlement).where(Settlement.maker_id == maker.id, Settlement.period < period)
        .order_by(Settlement.period.desc()).limit(1)
    )
    if previous is not None and previous.payable < 0:
        adjustment_lines.append(NamedAmount(
            f"Saldo minus dari rekap {previous.period} ({previous.statement_no})",
            previous.payable))
    deduction_lines = tuple(
        NamedAmount(d.name, d.amount) for d in session.scalars(
            select(Deduction).where(Deduction.maker_id == maker.id, Deduction.period == period)
            .order_by(Deduction.id))
    )
    gross = sum(s.amount for s in sales)
    refunds = sum(r.amount for r in refund_lines)
    adjustments = sum(a.amount for a in adjustment_lines)
    own = gross - refunds  # this month's sales less their refunds (and open months')
    commission = (commission_of(own, maker.commission_bp) if own >= 0
                  else -commission_returned(-own, maker.commission_bp)) - commission_back
    deductions = sum(d.amount for d in deduction_lines)
    return SettlementView(
        maker_code=maker.code, maker_name=maker.name, maker_business=maker.business_name,
        maker_address=", ".join(p for p in (maker.address, maker.village) if p) or None,
        bank_name=maker.bank_name,
        bank_account_masked=private.masked(*private.maker_private(session, maker))[2] or "",
        bank_account_holder=maker.bank_account_holder, period=period, status="draft",
        statement_no=None, sales=sales, refund_lines=tuple(refund_lines),
        adjustment_lines=tuple(adjustment_lines), deduction_lines=deduction_lines,
        stock=_stock_rows(session, maker.id, start, end),
        gross_sales=gross, refunds=refunds, adjustments=adjustments,
        commission_bp=maker.commission_bp, commission=commission, deductions=deductions,
        payable=gross - refunds + adjustments - commission - deductions,
        ytd_sales=_ytd(session, maker.id, period, end),
        events=_events_of(session, sales),
    )


def _events_of(session: Session, sales: tuple[SettlementSaleLine, ...]
               ) -> tuple[StatementEvent, ...]:
    """The events whose tills rang up some of these sales, in the order they began."""
    tills = {line.receipt_no.rsplit("-", 1)[0] for line in sales}
    if not tills:
        return ()
    return tuple(
        StatementEvent(event.code, event.name, event.place, event.starts_on.isoformat(),
                       event.ends_on.isoformat(), till_code)
        for event, till_code in session.execute(
            select(Event, Terminal.code).join(Terminal, Terminal.id == Event.terminal_id)
            .where(Terminal.code.in_(tills)).order_by(Event.starts_on, Event.id)))


def _stock_rows(session: Session, maker_id: int, start: datetime,
                end: datetime) -> tuple[StockRow, ...]:
    def in_period(kind: MovementKind) -> Any:
        return func.sum(case((and_(StockMovement.occurred_at >= start,
                                   StockMovement.kind == kind.value), StockMovement.quantity),
                             else_=0))

    rows = session.execute(
        select(
            Item.code, Item.name,
            func.sum(case((StockMovement.occurred_at < start, StockMovement.quantity), else_=0)),
            in_period(MovementKind.INTAKE), in_period(MovementKind.SALE),
            in_period(MovementKind.REFUND), in_period(MovementKind.RETURN),
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
        result.append(StockRow(code, name, opening_n, received_n, -sold_n, refunded_n,
                               -returned_n, adjusted_n, closing))
    return tuple(result)


def _ytd(session: Session, maker_id: int, period: str, end: datetime) -> int:
    start = year_start(period)
    sold = session.scalar(select(func.coalesce(func.sum(SaleLine.amount), 0)).where(
        SaleLine.maker_id == maker_id, SaleLine.training.is_(False),
        SaleLine.sold_at >= start, SaleLine.sold_at < end))
    refunded = session.scalar(select(func.coalesce(func.sum(RefundLine.amount), 0)).where(
        RefundLine.maker_id == maker_id, RefundLine.refunded_at >= start,
        RefundLine.refunded_at < end))
    return int(sold or 0) - int(refunded or 0)


def settlement_in(session: Session, maker: Maker, period: str) -> SettlementView:
    parse_period(period)
    settlement = session.scalar(select(Settlement).where(
        Settlement.maker_id == maker.id, Settlement.period == period))
    if settlement is None:
        return _draft(session, maker, period)
    return _from_content(json.loads(settlement.content), settlement,
                         _payout(session, settlement))


def compute_settlement(ledger: Ledger, *, actor: Actor, maker_code: str,
                       period: str) -> SettlementView:
    """A maker's month: the frozen statement once finalized, else a draft from the ledger."""
    with ledger.read() as session:
        require(session, actor, Action.VIEW_SETTLEMENT)
        return settlement_in(session, get_maker_row(session, maker_code), period)


def makers_with_activity(session: Session, period: str) -> list[Maker]:
    """Makers who sold, were refunded, moved stock, owe a deduction or carry a balance."""
    start, end = period_bounds(period)
    ids = union(
        select(SaleLine.maker_id).where(SaleLine.sold_at >= start, SaleLine.sold_at < end,
                                        SaleLine.training.is_(False)),
        select(RefundLine.maker_id).where(RefundLine.refunded_at >= start,
                                          RefundLine.refunded_at < end),
        select(StockMovement.maker_id).where(StockMovement.occurred_at >= start,
                                             StockMovement.occurred_at < end),
        select(Deduction.maker_id).where(Deduction.period == period),
        select(Settlement.maker_id).where(Settlement.period == period),
        select(Settlement.maker_id).where(Settlement.period == previous_period(period),
                                          Settlement.payable < 0),
    ).subquery()
    return list(session.scalars(private.with_private(  # statements show the bank account
        select(Maker).where(Maker.id.in_(select(ids.c[0]))).order_by(Maker.code), session)))


def list_settlements(ledger: Ledger, *, actor: Actor, period: str) -> list[SettlementSummary]:
    """The month's statements of every maker with activity, for the treasurer's overview."""
    with ledger.read() as session:
        require(session, actor, Action.VIEW_SETTLEMENT)
        parse_period(period)
        result = []
        for maker in makers_with_activity(session, period):
            view = settlement_in(session, maker, period)
            result.append(SettlementSummary(
                maker.code, maker.name, maker.bank_name, view.bank_account_masked,
                view.gross_sales, view.refunds, view.adjustments, view.commission,
                view.deductions, view.payable, view.status))
        return result


@dataclass(frozen=True)
class StatementLine:
    """One finalized month of a maker, for the maker's page."""

    period: str
    statement_no: str
    gross_sales: int
    payable: int
    paid_on: date | None


def maker_statements(ledger: Ledger, *, actor: Actor, maker_code: str) -> list[StatementLine]:
    """A maker's finalized statements, newest first, with the day each was paid."""
    with ledger.read() as session:
        require(session, actor, Action.VIEW_SETTLEMENT)
        maker = get_maker_row(session, maker_code)
        rows = session.execute(
            select(Settlement, SettlementPayment.paid_on)
            .outerjoin(SettlementPayment, SettlementPayment.settlement_id == Settlement.id)
            .where(Settlement.maker_id == maker.id).order_by(Settlement.period.desc()))
        return [StatementLine(s.period, s.statement_no, s.gross_sales, s.payable, paid_on)
                for s, paid_on in rows]


def add_deduction(ledger: Ledger, *, actor: Actor, maker_code: str, period: str, name: str,
                  amount: int) -> SettlementView:
    """A named deduction (dues, event fee) for a maker's open month."""

    def work(session: Session) -> SettlementView:
        user = require(session, actor, Action.ADD_DEDUCTION)
        maker = get_maker_row(session, maker_code)
        parse_period(period)
        label = clean_text("Nama potongan", name, max_len=100, required=False)
        value = whole_number("Jumlah", amount)
        if not label or not 0 < value <= MAX_AMOUNT:
            raise ValidationError("deduction.invalid")
        _assert_not_final(session, maker, period)
        now = ledger.now()
        row = Deduction(maker_id=maker.id, period=period, name=label, amount=value,
                        created_at=now, user_id=user.id)
        session.add(row)
        session.flush()
        journal.append(session, action="settlement.deduction", user_id=user.id, at=now,
                       summary=f"deduction {label} {format_rupiah(value)} for {maker.code} "
                       f"{period}", records=[row])
        return settlement_in(session, maker, period)

    return ledger.run_write(work)


def _assert_not_final(session: Session, maker: Maker, period: str) -> None:
    if session.scalar(select(Settlement.id).where(Settlement.maker_id == maker.id,
                                                  Settlement.period == period)):
        raise ValidationError("settlement.already_final", maker=maker.code, period=period)
    if session.scalar(select(PeriodClose.id).where(PeriodClose.period == period)):
        raise ValidationError("period.closed", maker=maker.code, period=period)


def _finalize_in(session: Session, ledger: Ledger, user: User, maker: Maker,
                 period: str) -> SettlementView:
    now = ledger.now()
    _, end = period_bounds(period)
    if now < end:
        raise ValidationError("period.not_ended", period=period)
    assert_events_merged(session, period_end=to_local(end - timedelta(microseconds=1)).date())
    if session.scalar(select(Settlement.id).where(Settlement.maker_id == maker.id,
                                                  Settlement.period == period)):
        raise ValidationError("settlement.already_final", maker=maker.code, period=period)
    draft = _draft(session, maker, period)
    digest = content_hash(draft)
    settlement = Settlement(
        statement_no=f"RB-{period}-{maker.code}", maker_id=maker.id, period=period,
        gross_sales=draft.gross_sales, refunds=draft.refunds, adjustments=draft.adjustments,
        commission_bp=draft.commission_bp, commission=draft.commission,
        deductions=draft.deductions, payable=draft.payable, content_hash=digest,
        content=journal.canonical_json(_content(draft)), finalized_at=now, user_id=user.id)
    session.add(settlement)
    session.flush()
    anchor = anchors.sign(session, kind=anchors.STATEMENT, reference=settlement.statement_no,
                          content_hash=digest, at=now, user_id=user.id,
                          database=anchors.database_name(ledger.url))
    journal.append(session, action="settlement.finalize", user_id=user.id, at=now,
                   summary=f"statement {settlement.statement_no} finalized: payable "
                   f"{format_rupiah(draft.payable)}", records=[settlement, anchor],
                   data={"content_hash": digest})
    return _from_content(json.loads(settlement.content), settlement, None)


def finalize_settlement(ledger: Ledger, *, actor: Actor, maker_code: str,
                        period: str) -> SettlementView:
    """Freeze a maker's month after it ended: numbers and lines hashed into the journal, and
    nothing more can be dated into that month for this maker."""

    def work(session: Session) -> SettlementView:
        user = require(session, actor, Action.FINALIZE_SETTLEMENT)
        parse_period(period)
        maker = get_maker_row(session, maker_code)
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
        assert_events_merged(session, period_end=to_local(
            period_bounds(period)[1] - timedelta(microseconds=1)).date())
        done = []
        final = set(session.scalars(select(Settlement.maker_id).where(
            Settlement.period == period)))
        for maker in makers_with_activity(session, period):
            if maker.id not in final:
                done.append(_finalize_in(session, ledger, user, maker, period))
        now = ledger.now()
        close = PeriodClose(period=period, closed_at=now, user_id=user.id)
        session.add(close)
        session.flush()
        journal.append(session, action="period.close", user_id=user.id, at=now,
                       summary=f"month {period} closed, {len(done)} statements finalized",
                       records=[close])
        return done

    return ledger.run_write(work)


def statement_unsound(session: Session, settlement: Settlement) -> str | None:
    """Why a finalized statement can no longer be trusted as it stands, or None: its content
    against its hash, its columns against its content, its signature, and its month's records."""
    content = json.loads(settlement.content)
    if hashlib.sha256(journal.canonical_json(content).encode()).hexdigest() \
            != settlement.content_hash:
        return "hash"
    numbers = ("gross_sales", "refunds", "adjustments", "commission_bp", "commission",
               "deductions", "payable")
    if any(content.get(name) != getattr(settlement, name) for name in numbers):
        return "numbers"
    since = anchors.signing_required_since(session)
    if since is not None and settlement.finalized_at >= since and not anchors.is_signed(
            session, kind=anchors.STATEMENT, reference=settlement.statement_no,
            content_hash=settlement.content_hash):
        return "signature"
    differs = statement_differences(session, settlement)
    return f"records: {', '.join(differs)}" if differs else None


def record_payout(ledger: Ledger, *, actor: Actor, maker_code: str, period: str, method: str,
                  reference: str | None = None, paid_on: date | None = None) -> SettlementView:
    """The treasurer pays a finalized statement: date, cash or transfer, reference, who."""

    def work(session: Session) -> SettlementView:
        user = require(session, actor, Action.RECORD_PAYOUT)
        maker = get_maker_row(session, maker_code)
        parse_period(period)
        settlement = session.scalar(select(Settlement).where(
            Settlement.maker_id == maker.id, Settlement.period == period))
        if settlement is None:
            raise ValidationError("settlement.not_final", maker=maker.code, period=period)
        if _payout(session, settlement) is not None:
            raise ValidationError("settlement.already_paid", maker=maker.code, period=period)
        if settlement.payable <= 0:  # a negative balance is carried to the next month
            raise ValidationError("settlement.nothing_to_pay", statement=settlement.statement_no,
                                  amount=format_rupiah(settlement.payable))
        unsound = statement_unsound(session, settlement)
        if unsound is not None:
            raise ValidationError("settlement.tampered", statement=settlement.statement_no,
                                  reason=unsound)
        try:
            how = PayoutMethod(method)
        except ValueError:
            raise ValidationError("payment.method", method=method) from None
        ref = clean_text("Referensi", reference, max_len=64, required=False)
        if how == PayoutMethod.TRANSFER and not ref:
            raise ValidationError("payment.reference_required", method="transfer")
        now = ledger.now()
        payment = SettlementPayment(
            settlement_id=settlement.id, paid_on=paid_on or to_local(now).date(),
            method=how.value, reference=ref or None, amount=settlement.payable,
            recorded_at=now, user_id=user.id)
        session.add(payment)
        session.flush()
        signed = anchors.sign_payout_if_key_here(
            session, payment, settlement.statement_no, at=now, user_id=user.id,
            database=anchors.database_name(ledger.url))
        journal.append(session, action="settlement.pay", user_id=user.id, at=now,
                       summary=f"statement {settlement.statement_no} paid "
                       f"{format_rupiah(payment.amount)} by {how.value}",
                       records=[payment, *([signed] if signed else [])])
        return settlement_in(session, maker, period)

    return ledger.run_write(work)


def find_settlement_by_code(ledger: Ledger, *, code: str) -> list[SettlementView]:
    """Finalized statements whose verification code matches (for `statement verify`)."""
    wanted = code.replace("-", "").strip().lower() if isinstance(code, str) else ""
    if len(wanted) < 8 or not all(c in "0123456789abcdef" for c in wanted):
        return []
    with ledger.read() as session:
        found = session.scalars(select(Settlement).where(
            Settlement.content_hash.like(wanted + "%")).order_by(Settlement.id))
        return [_from_content(json.loads(s.content), s, _payout(session, s)) for s in found]


def statement_differences(session: Session, settlement: Settlement) -> list[str]:
    """What a finalized statement's frozen money no longer agrees with in the month's sale,
    refund and deduction records (names of the parts that differ)."""
    frozen = _from_content(json.loads(settlement.content), settlement, None)
    again = _draft(session, session.get_one(Maker, settlement.maker_id), settlement.period)

    def sold(view: SettlementView) -> list[tuple[Any, ...]]:
        return [(s.receipt_no, s.item_code, s.quantity, s.unit_price, s.amount)
                for s in view.sales]

    def refunded(view: SettlementView) -> int:  # a refund is a refund line or a correction
        return view.refunds - sum(a.amount for a in view.corrections)

    checks = {
        "sales": sold(frozen) == sold(again),
        "gross_sales": frozen.gross_sales == again.gross_sales,
        "refunds": refunded(frozen) == refunded(again),
        "deductions": frozen.deductions == again.deductions,
    }  # the commission and payable follow from these at the frozen rate, under its hash
    return [name for name, same in checks.items() if not same]
