"""The till: shifts, sales at the maker's price, payments, refunds with a supervisor."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom_pos.db import journal
from showroom_pos.db.models import (
    CashMovement,
    DayClose,
    Item,
    Maker,
    Payment,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    Setting,
    Shift,
    ShiftClose,
    Terminal,
    User,
)
from showroom_pos.domain.errors import NotFound, StockError, ValidationError
from showroom_pos.domain.kinds import MovementKind, PaymentMethod
from showroom_pos.domain.money import MAX_AMOUNT, format_rupiah
from showroom_pos.domain.periods import format_day, to_local
from showroom_pos.domain.roles import Action
from showroom_pos.domain.validation import check_quantity, clean_code, clean_text, whole_number
from showroom_pos.services.admin.auth import approve, current_user, require, require_or_approved
from showroom_pos.services.admin.settings import DEFAULTS
from showroom_pos.services.common import assert_period_open, move_stock
from showroom_pos.services.context import Ledger
from showroom_pos.services.dto import (
    Actor,
    Approval,
    PaymentView,
    RefundLineView,
    RefundReceipt,
    SaleLineView,
    SaleReceipt,
    ShiftView,
)
from showroom_pos.services.stock.events import assert_till_here, event_name_of_till

DENOMINATIONS = (100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100)


@dataclass(frozen=True)
class CartLine:
    """What the till sends: an item code and how many. The price is never the till's to say."""

    item_code: str
    quantity: int = 1


@dataclass(frozen=True)
class PaymentInput:
    """A payment as taken. For cash, `amount` is what the buyer handed over."""

    method: str
    amount: int
    reference: str | None = None
    approval_code: str | None = None


@dataclass(frozen=True)
class RefundLineInput:
    sale_line_id: int
    quantity: int
    restock: bool = True


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


def qris_reference_required(session: Session) -> bool:
    """Whether a QRIS payment needs its reference (the setting; yes unless switched off)."""
    row = session.get(Setting, "qris.reference_required")
    return (row.value if row is not None else DEFAULTS["qris.reference_required"]) != "0"


def assert_day_open(session: Session, terminal: Terminal, at: datetime) -> None:
    """Refuse what would land in a day of this till that its Z report has closed."""
    day = to_local(at).date()
    closed = session.scalar(select(DayClose.business_day).where(
        DayClose.terminal_id == terminal.id, DayClose.business_day >= day).limit(1))
    if closed is not None:
        raise ValidationError("day.closed", till=terminal.code, day=format_day(day),
                              next=format_day(closed + timedelta(days=1)))


def open_shift_row(session: Session, terminal: Terminal) -> Shift | None:
    return session.scalar(
        select(Shift)
        .outerjoin(ShiftClose, ShiftClose.shift_id == Shift.id)
        .where(Shift.terminal_id == terminal.id, ShiftClose.id.is_(None))
        .order_by(Shift.id.desc())
    )


def _own_shift(session: Session, terminal: Terminal, user: User) -> Shift:
    shift = open_shift_row(session, terminal)
    if shift is None:
        raise ValidationError("shift.none_open", terminal=terminal.code)
    if shift.cashier_id != user.id:
        owner = session.get(User, shift.cashier_id)
        raise ValidationError("shift.not_owner", terminal=terminal.code,
                              cashier=owner.full_name if owner else "?")
    return shift


def _amount(field: str, value: Any, *, allow_zero: bool = True) -> int:
    amount = whole_number(field, value)
    if amount < 0 or amount > MAX_AMOUNT or (amount == 0 and not allow_zero):
        raise ValidationError("payment.invalid_amount")
    return amount


def open_shift(ledger: Ledger, *, actor: Actor, terminal_code: str,
               opening_float: int) -> ShiftView:
    def work(session: Session) -> ShiftView:
        user = require(session, actor, Action.RUN_SHIFT)
        terminal = terminal_row(session, terminal_code, lock=True)
        assert_till_here(session, terminal)
        assert_day_open(session, terminal, ledger.now())
        existing = open_shift_row(session, terminal)
        if existing is not None:
            owner = session.get(User, existing.cashier_id)
            raise ValidationError("shift.already_open", terminal=terminal.code,
                                  cashier=owner.full_name if owner else "?")
        now = ledger.now()
        shift = Shift(terminal_id=terminal.id, cashier_id=user.id, opened_at=now,
                      opening_float=_amount("Modal awal", opening_float))
        session.add(shift)
        session.flush()
        journal.append(session, action="shift.open", user_id=user.id, at=now,
                       summary=f"shift opened at {terminal.code} with "
                       f"{format_rupiah(shift.opening_float)}", records=[shift])
        return shift_view(session, shift)

    return ledger.run_write(work)


def shift_view(session: Session, shift: Shift) -> ShiftView:
    """The shift with the cash it should hold now (float + cash sales - cash refunds +- cash)."""
    terminal = session.get(Terminal, shift.terminal_id)
    cashier = session.get(User, shift.cashier_id)
    assert terminal is not None and cashier is not None
    cash_sales = session.scalar(
        select(func.coalesce(func.sum(Payment.amount), 0)).join(Sale).where(
            Sale.shift_id == shift.id, Payment.method == PaymentMethod.CASH,
            Sale.training.is_(False))
    )
    cash_refunds = session.scalar(
        select(func.coalesce(func.sum(Refund.total), 0)).where(
            Refund.shift_id == shift.id, Refund.method == PaymentMethod.CASH)
    )
    cash_in_out = session.scalar(
        select(func.coalesce(func.sum(CashMovement.amount), 0)).where(
            CashMovement.shift_id == shift.id)
    )
    close = session.scalar(select(ShiftClose).where(ShiftClose.shift_id == shift.id))
    return ShiftView(
        id=shift.id, terminal_code=terminal.code, cashier_username=cashier.username,
        cashier_name=cashier.full_name, opened_at=shift.opened_at,
        opening_float=shift.opening_float, cash_sales=int(cash_sales or 0),
        cash_refunds=int(cash_refunds or 0), cash_in_out=int(cash_in_out or 0),
        closed_at=close.closed_at if close else None,
        counted_cash=close.counted_cash if close else None,
    )


def current_shift(ledger: Ledger, *, actor: Actor, terminal_code: str) -> ShiftView | None:
    with ledger.read() as session:
        current_user(session, actor)
        shift = open_shift_row(session, terminal_row(session, terminal_code))
        return shift_view(session, shift) if shift else None


def record_cash_movement(ledger: Ledger, *, actor: Actor, terminal_code: str, amount: int,
                         reason: str) -> ShiftView:
    """Cash put into (positive) or taken out of (negative) the drawer, with a reason."""

    def work(session: Session) -> ShiftView:
        user = require(session, actor, Action.CASH_IN_OUT)
        terminal = terminal_row(session, terminal_code, lock=True)
        assert_day_open(session, terminal, ledger.now())
        shift = _own_shift(session, terminal, user)
        value = whole_number("Jumlah", amount)
        if value == 0 or abs(value) > MAX_AMOUNT:
            raise ValidationError("payment.invalid_amount")
        now = ledger.now()
        movement = CashMovement(shift_id=shift.id, amount=value, occurred_at=now,
                                user_id=user.id,
                                reason=clean_text("Alasan", reason, max_len=300))
        view = shift_view(session, shift)
        if view.expected_cash + value < 0 and value < 0:
            raise ValidationError("shift.bad_count")
        session.add(movement)
        session.flush()
        journal.append(session, action="cash.move", user_id=user.id, at=now,
                       summary=f"cash {'in' if value > 0 else 'out'} {format_rupiah(abs(value))}"
                       f" at {terminal.code}: {movement.reason}", records=[movement])
        return shift_view(session, shift)

    return ledger.run_write(work)


def close_shift(ledger: Ledger, *, actor: Actor, terminal_code: str,
                denominations: Mapping[int, int], notes: str | None = None) -> ShiftView:
    """Close the shift with the cash counted by denomination; over/short is recorded."""

    def work(session: Session) -> ShiftView:
        user = require(session, actor, Action.RUN_SHIFT)
        terminal = terminal_row(session, terminal_code, lock=True)
        shift = open_shift_row(session, terminal)
        if shift is None:
            raise ValidationError("shift.none_open", terminal=terminal.code)
        if shift.cashier_id != user.id:
            require(session, actor, Action.REFUND)  # a supervisor may close another's shift
        counted = 0
        clean: dict[str, int] = {}
        if not isinstance(denominations, Mapping):
            raise ValidationError("shift.bad_count")
        for value, pieces in denominations.items():
            if type(value) is not int or value not in DENOMINATIONS:
                raise ValidationError("shift.bad_count")
            number = whole_number("Jumlah", pieces)
            if not 0 <= number <= 100_000:
                raise ValidationError("shift.bad_count")
            if number:
                clean[str(value)] = number
                counted += value * number
        view = shift_view(session, shift)
        now = ledger.now()
        close = ShiftClose(shift_id=shift.id, closed_at=now, user_id=user.id,
                           expected_cash=view.expected_cash, counted_cash=counted,
                           denominations=json.dumps(clean, sort_keys=True),
                           notes=clean_text("Catatan", notes, max_len=1000,
                                            required=False) or None)
        session.add(close)
        session.flush()
        journal.append(session, action="shift.close", user_id=user.id, at=now,
                       summary=f"shift at {terminal.code} closed: expected "
                       f"{format_rupiah(view.expected_cash)}, counted {format_rupiah(counted)}",
                       records=[close])
        return shift_view(session, shift)

    return ledger.run_write(work)


def _merge_cart(lines: Sequence[CartLine]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for line in lines:
        if not isinstance(line, CartLine):
            raise ValidationError("lines.empty")
        code = clean_code("Kode barang", line.item_code, max_len=32)
        merged[code] = merged.get(code, 0) + check_quantity(line.quantity)
    if not merged:
        raise ValidationError("lines.empty")
    return merged


def _method(value: Any) -> PaymentMethod:
    try:
        return PaymentMethod(value)
    except ValueError:
        raise ValidationError("payment.method", method=value) from None


def _settle_payments(total: int, payments: Sequence[PaymentInput],
                     qris_reference_required: bool = True) -> list[Payment]:
    """Payment rows for a total: non-cash exactly as given, cash what remains, with change."""
    if not payments:
        raise ValidationError("payment.insufficient", paid=format_rupiah(0),
                              total=format_rupiah(total))
    rows: list[Payment] = []
    cash_tendered = 0
    non_cash = 0
    for payment in payments:
        method = _method(payment.method)
        amount = _amount("Jumlah", payment.amount, allow_zero=False)
        reference = clean_text("Referensi", payment.reference, max_len=64, required=False)
        approval_code = clean_text("Kode persetujuan", payment.approval_code, max_len=32,
                                   required=False)
        if method == PaymentMethod.CASH:
            cash_tendered += amount
            continue
        needs_reference = method == PaymentMethod.TRANSFER or (
            method == PaymentMethod.QRIS and qris_reference_required)
        if needs_reference and not reference:
            raise ValidationError("payment.reference_required", method=method.value.upper())
        if method == PaymentMethod.CARD and not approval_code:
            raise ValidationError("payment.approval_required")
        non_cash += amount
        rows.append(Payment(method=method.value, amount=amount, tendered=None, change_given=0,
                            reference=reference or None, approval_code=approval_code or None))
    if non_cash > total:
        raise ValidationError("payment.overpaid")
    cash_due = total - non_cash
    if cash_tendered < cash_due:
        raise ValidationError("payment.insufficient", paid=format_rupiah(non_cash + cash_tendered),
                              total=format_rupiah(total))
    if cash_tendered and not cash_due:
        raise ValidationError("payment.overpaid")
    if cash_due:
        rows.insert(0, Payment(method=PaymentMethod.CASH.value, amount=cash_due,
                               tendered=cash_tendered, change_given=cash_tendered - cash_due,
                               reference=None, approval_code=None))
    return rows


def complete_sale(ledger: Ledger, *, actor: Actor, terminal_code: str,
                  lines: Sequence[CartLine], payments: Sequence[PaymentInput],
                  training: bool = False) -> SaleReceipt:
    """Sell the cart at each item's current maker price, take the payments, journal it.

    One transaction: the stock, the receipt number, the lines, payments and journal entry are
    all there or none is. A training sale is recorded and marked but moves no stock or money.
    """
    wanted = _merge_cart(lines)

    def work(session: Session) -> SaleReceipt:
        user = require(session, actor, Action.SELL)
        now = ledger.now()
        items = {
            item.code: item
            for item in session.scalars(
                select(Item).where(Item.code.in_(wanted)).order_by(Item.id).with_for_update()
            )
        }
        makers: dict[int, Maker] = {}
        for code, quantity in wanted.items():
            item = items.get(code)
            if item is None:
                raise NotFound("item.not_found", code=code)
            if not item.active:
                raise ValidationError("item.inactive", code=code)
            maker = makers.get(item.maker_id) or session.get(Maker, item.maker_id)
            assert maker is not None
            makers[item.maker_id] = maker
            if not maker.active:
                raise ValidationError("maker.inactive", code=maker.code)
            if item.unique_piece and quantity > 1:
                raise ValidationError("quantity.unique")
            if item.on_hand < quantity:
                if item.unique_piece or item.on_hand == 0:
                    raise StockError("stock.sold_out", code=code)
                raise StockError("stock.insufficient", code=code, available=item.on_hand,
                                 requested=quantity)
        if not training:  # once per maker, not per line
            for maker in makers.values():
                assert_period_open(session, maker_id=maker.id, maker_code=maker.code, at=now)
        total = sum(items[code].price * quantity for code, quantity in wanted.items())
        if total > MAX_AMOUNT:
            raise ValidationError("payment.invalid_amount")
        payment_rows = _settle_payments(total, payments, qris_reference_required(session))
        terminal = terminal_row(session, terminal_code, lock=True)
        assert_day_open(session, terminal, now)
        shift = _own_shift(session, terminal, user)
        terminal.last_receipt_seq += 1
        sale = Sale(receipt_no=f"{terminal.code}-{terminal.last_receipt_seq:06d}",
                    terminal_id=terminal.id, receipt_seq=terminal.last_receipt_seq,
                    shift_id=shift.id, cashier_id=user.id, sold_at=now, total=total,
                    training=bool(training))
        session.add(sale)
        session.flush()
        records: list[Any] = [sale]
        lines = []
        for line_no, (code, quantity) in enumerate(wanted.items(), start=1):
            item = items[code]
            maker = makers[item.maker_id]
            lines.append(SaleLine(
                sale_id=sale.id, line_no=line_no, item_id=item.id, item_code=item.code,
                maker_id=maker.id, maker_code=maker.code, maker_name=maker.name,
                description=item.name, technique=item.technique, quantity=quantity,
                unit_price=item.price, amount=item.price * quantity, sold_at=now,
                training=sale.training))
        session.add_all(lines)
        session.flush()  # one flush gives every line its id
        for line, item in zip(lines, (items[code] for code in wanted), strict=True):
            records.append(line)
            if not training:
                records.append(move_stock(session, item=item,
                                          kind=MovementKind.SALE, quantity=-line.quantity,
                                          at=now, user_id=user.id, sale_line_id=line.id))
        for payment in payment_rows:
            payment.sale_id = sale.id
            session.add(payment)
        session.flush()
        records.extend(payment_rows)
        journal.append(session, action="sale.training" if training else "sale",
                       user_id=user.id, at=now,
                       summary=f"sale {sale.receipt_no}: {format_rupiah(total)}",
                       records=records)
        return _receipt(session, sale)

    return ledger.run_write(work)


def _refunded_by_line(session: Session, sale_id: int) -> dict[int, int]:
    return {
        line_id: int(quantity)
        for line_id, quantity in session.execute(
            select(RefundLine.sale_line_id, func.sum(RefundLine.quantity))
            .join(Refund, Refund.id == RefundLine.refund_id)
            .where(Refund.sale_id == sale_id)
            .group_by(RefundLine.sale_line_id)
        )
    }


def _receipt(session: Session, sale: Sale) -> SaleReceipt:
    terminal = session.get(Terminal, sale.terminal_id)
    cashier = session.get(User, sale.cashier_id)
    assert terminal is not None and cashier is not None
    refunded = _refunded_by_line(session, sale.id)
    lines = session.scalars(
        select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.line_no))
    payments = session.scalars(select(Payment).where(Payment.sale_id == sale.id).order_by(
        Payment.id))
    return SaleReceipt(
        id=sale.id, receipt_no=sale.receipt_no, terminal_code=terminal.code,
        cashier_name=cashier.full_name, sold_at=sale.sold_at,
        lines=tuple(SaleLineView(ln.id, ln.line_no, ln.item_code, ln.description, ln.maker_code,
                                 ln.maker_name, ln.technique, ln.quantity, ln.unit_price,
                                 ln.amount, refunded.get(ln.id, 0)) for ln in lines),
        payments=tuple(PaymentView(p.method, p.amount, p.tendered, p.change_given, p.reference,
                                   p.approval_code) for p in payments),
        total=sale.total, training=sale.training,
        event=event_name_of_till(session, terminal.id),
    )


def _sale_by_number(session: Session, receipt_no: Any) -> Sale:
    text = receipt_no.strip().upper() if isinstance(receipt_no, str) else ""
    sale = session.scalar(select(Sale).where(Sale.receipt_no == text)) if text else None
    if sale is None:
        raise NotFound("sale.not_found", receipt=text or "-")
    return sale


def get_sale(ledger: Ledger, *, actor: Actor, receipt_no: str) -> SaleReceipt:
    with ledger.read() as session:
        current_user(session, actor)
        return _receipt(session, _sale_by_number(session, receipt_no))


def refund_sale(ledger: Ledger, *, actor: Actor, terminal_code: str, receipt_no: str,
                lines: Sequence[RefundLineInput], reason: str, method: str = "cash",
                approval: Approval | None = None) -> RefundReceipt:
    """Give money back for lines of an earlier sale; a supervisor does it or approves it.

    Refunded pieces go back on the shelf unless the line says otherwise (damaged goods).
    """
    approver_id = approve(ledger, approval)

    def work(session: Session) -> RefundReceipt:
        user, approver = require_or_approved(session, actor, Action.REFUND, approver_id)
        sale = _sale_by_number(session, receipt_no)
        if sale.training:
            raise ValidationError("sale.training_refund")
        why = clean_text("Alasan", reason, max_len=300, required=False)
        if not why:
            raise ValidationError("refund.reason_required")
        refund_method = _method(method)
        if not lines:
            raise ValidationError("lines.empty")
        now = ledger.now()
        sale_lines = {ln.id: ln for ln in session.scalars(
            select(SaleLine).where(SaleLine.sale_id == sale.id))}
        already = _refunded_by_line(session, sale.id)
        wanted: dict[int, tuple[int, bool]] = {}
        for line in lines:
            if not isinstance(line, RefundLineInput) or line.sale_line_id not in sale_lines:
                raise ValidationError("refund.line_not_in_sale",
                                      line=getattr(line, "sale_line_id", "?"),
                                      receipt=sale.receipt_no)
            quantity = check_quantity(line.quantity)
            previous = wanted.get(line.sale_line_id, (0, True))[0]
            wanted[line.sale_line_id] = (previous + quantity, bool(line.restock))
        for line_id, (quantity, _restock) in wanted.items():
            sold = sale_lines[line_id]
            if quantity + already.get(line_id, 0) > sold.quantity:
                raise ValidationError("refund.too_much", code=sold.item_code, sold=sold.quantity,
                                      refunded=already.get(line_id, 0))
        terminal = terminal_row(session, terminal_code, lock=True)
        assert_day_open(session, terminal, now)
        shift = open_shift_row(session, terminal)
        if shift is None:
            raise ValidationError("shift.none_open", terminal=terminal.code)
        total = sum(sale_lines[i].unit_price * q for i, (q, _r) in wanted.items())
        if refund_method == PaymentMethod.CASH:
            in_drawer = shift_view(session, shift).expected_cash
            if total > in_drawer:
                raise ValidationError("refund.not_enough_cash", total=format_rupiah(total),
                                      cash=format_rupiah(in_drawer))
        terminal.last_refund_seq += 1
        refund = Refund(refund_no=f"R{terminal.code}-{terminal.last_refund_seq:06d}",
                        terminal_id=terminal.id, refund_seq=terminal.last_refund_seq,
                        sale_id=sale.id, shift_id=shift.id, user_id=user.id,
                        approved_by_id=approver.id, refunded_at=now, reason=why,
                        method=refund_method.value, total=total)
        session.add(refund)
        session.flush()
        records: list[Any] = [refund]
        views: list[RefundLineView] = []
        for line_id, (quantity, restock) in sorted(wanted.items()):
            sold = sale_lines[line_id]
            maker = session.get(Maker, sold.maker_id)
            assert maker is not None
            assert_period_open(session, maker_id=maker.id, maker_code=maker.code, at=now)
            row = RefundLine(refund_id=refund.id, sale_line_id=sold.id, item_id=sold.item_id,
                             maker_id=sold.maker_id, quantity=quantity,
                             amount=sold.unit_price * quantity, restocked=restock,
                             refunded_at=now)
            session.add(row)
            session.flush()
            records.append(row)
            if restock:
                item = session.get(Item, sold.item_id, with_for_update=True)
                assert item is not None
                records.append(move_stock(session, item=item, kind=MovementKind.REFUND,
                                          quantity=quantity, at=now, user_id=user.id,
                                          approved_by_id=approver.id, refund_line_id=row.id))
            views.append(RefundLineView(sold.id, sold.item_code, sold.description,
                                        sold.maker_name, quantity, row.amount, restock))
        session.flush()
        journal.append(session, action="refund", user_id=user.id, at=now,
                       summary=f"refund {refund.refund_no} of {sale.receipt_no}: "
                       f"{format_rupiah(total)}, approved by {approver.username}",
                       records=records)
        cashier = user.full_name
        return RefundReceipt(refund.id, refund.refund_no, sale.receipt_no, terminal.code,
                             cashier, approver.full_name, now, why, refund.method, tuple(views),
                             total)

    return ledger.run_write(work)
