"""The till's sales: the cart sold at each maker's price, the payments, and the receipt."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom_pos.db import journal
from showroom_pos.db.models import (
    Item,
    Maker,
    Payment,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    Setting,
    Terminal,
    User,
)
from showroom_pos.domain.cart import cart_total, check_stock, check_unique, line_amount, merge_lines
from showroom_pos.domain.errors import NotFound, ValidationError
from showroom_pos.domain.kinds import MovementKind, PaymentMethod
from showroom_pos.domain.money import MAX_AMOUNT, format_rupiah
from showroom_pos.domain.payments import (
    Tender,
    check_reference,
    payment_method,
    settle,
    tender_amount,
)
from showroom_pos.domain.roles import Action
from showroom_pos.domain.validation import check_quantity, clean_code, clean_text
from showroom_pos.services.admin.auth import current_user, require
from showroom_pos.services.admin.settings import DEFAULTS
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.common import assert_period_open, move_stock
from showroom_pos.services.context import Ledger
from showroom_pos.services.stock.events import event_name_of_till
from showroom_pos.services.till.shifts import assert_day_open, own_shift, terminal_row
from showroom_pos.services.till.types import (
    CartLine,
    PaymentInput,
    PaymentView,
    SaleLineView,
    SaleReceipt,
)


def qris_reference_required(session: Session) -> bool:
    """Whether a QRIS payment needs its reference (the setting; yes unless switched off)."""
    row = session.get(Setting, "qris.reference_required")
    return (row.value if row is not None else DEFAULTS["qris.reference_required"]) != "0"


def _merge_cart(lines: Sequence[CartLine]) -> dict[str, int]:
    taken: list[tuple[str, int]] = []
    for line in lines:
        if not isinstance(line, CartLine):
            raise ValidationError("lines.empty")
        code = clean_code("field_name.item_code", line.item_code, max_len=32)
        taken.append((code, check_quantity(line.quantity)))
    merged = merge_lines(taken)
    if not merged:
        raise ValidationError("lines.empty")
    return merged


def _settle_payments(
    total: int, payments: Sequence[PaymentInput], qris_reference_required: bool = True
) -> list[Payment]:
    """Payment rows for a total: non-cash exactly as given, cash what remains, with change."""
    rows: list[Payment] = []
    tenders: list[Tender] = []
    for payment in payments or ():
        method = payment_method(payment.method)
        amount = tender_amount(payment.amount)
        reference = clean_text(
            "field_name.reference", payment.reference, max_len=64, required=False
        )
        approval_code = clean_text(
            "field_name.approval_code", payment.approval_code, max_len=32, required=False
        )
        tenders.append(Tender(method.value, amount))
        if method == PaymentMethod.CASH:
            continue
        check_reference(
            method, reference, approval_code, qris_reference_required=qris_reference_required
        )
        rows.append(
            Payment(
                method=method.value,
                amount=amount,
                tendered=None,
                change_given=0,
                reference=reference or None,
                approval_code=approval_code or None,
            )
        )
    settled = settle(total, tenders)
    if settled.cash_due:
        rows.insert(
            0,
            Payment(
                method=PaymentMethod.CASH.value,
                amount=settled.cash_due,
                tendered=settled.cash_tendered,
                change_given=settled.change,
                reference=None,
                approval_code=None,
            ),
        )
    return rows


def complete_sale(
    ledger: Ledger,
    *,
    actor: Actor,
    terminal_code: str,
    lines: Sequence[CartLine],
    payments: Sequence[PaymentInput],
    training: bool = False,
) -> SaleReceipt:
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
            check_unique(quantity, unique_piece=item.unique_piece)
            check_stock(code, quantity, unique_piece=item.unique_piece, on_hand=item.on_hand)
        if not training:  # once per maker, not per line
            for maker in makers.values():
                assert_period_open(session, maker_id=maker.id, maker_code=maker.code, at=now)
        total = cart_total((items[code].price, quantity) for code, quantity in wanted.items())
        if total > MAX_AMOUNT:
            raise ValidationError("payment.invalid_amount")
        payment_rows = _settle_payments(total, payments, qris_reference_required(session))
        terminal = terminal_row(session, terminal_code, lock=True)
        assert_day_open(session, terminal, now)
        shift = own_shift(session, terminal, user)
        terminal.last_receipt_seq += 1
        sale = Sale(
            receipt_no=f"{terminal.code}-{terminal.last_receipt_seq:06d}",
            terminal_id=terminal.id,
            receipt_seq=terminal.last_receipt_seq,
            shift_id=shift.id,
            cashier_id=user.id,
            sold_at=now,
            total=total,
            training=bool(training),
        )
        session.add(sale)
        session.flush()
        records: list[Any] = [sale]
        lines = []
        for line_no, (code, quantity) in enumerate(wanted.items(), start=1):
            item = items[code]
            maker = makers[item.maker_id]
            lines.append(
                SaleLine(
                    sale_id=sale.id,
                    line_no=line_no,
                    item_id=item.id,
                    item_code=item.code,
                    maker_id=maker.id,
                    maker_code=maker.code,
                    maker_name=maker.name,
                    description=item.name,
                    technique=item.technique,
                    quantity=quantity,
                    unit_price=item.price,
                    amount=line_amount(item.price, quantity),
                    sold_at=now,
                    training=sale.training,
                )
            )
        session.add_all(lines)
        session.flush()  # one flush gives every line its id
        for line, item in zip(lines, (items[code] for code in wanted), strict=True):
            records.append(line)
            if not training:
                records.append(
                    move_stock(
                        session,
                        item=item,
                        kind=MovementKind.SALE,
                        quantity=-line.quantity,
                        at=now,
                        user_id=user.id,
                        sale_line_id=line.id,
                    )
                )
        for payment in payment_rows:
            payment.sale_id = sale.id
            session.add(payment)
        session.flush()
        records.extend(payment_rows)
        journal.append(
            session,
            action="sale.training" if training else "sale",
            user_id=user.id,
            at=now,
            summary=f"sale {sale.receipt_no}: {format_rupiah(total)}",
            records=records,
        )
        return _receipt(session, sale)

    return ledger.run_write(work)


def refunded_by_line(session: Session, sale_id: int) -> dict[int, int]:
    """How many of each line of a sale have been refunded so far."""
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
    refunded = refunded_by_line(session, sale.id)
    lines = session.scalars(
        select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.line_no)
    )
    payments = session.scalars(
        select(Payment).where(Payment.sale_id == sale.id).order_by(Payment.id)
    )
    return SaleReceipt(
        id=sale.id,
        receipt_no=sale.receipt_no,
        terminal_code=terminal.code,
        cashier_name=cashier.full_name,
        sold_at=sale.sold_at,
        lines=tuple(
            SaleLineView(
                ln.id,
                ln.line_no,
                ln.item_code,
                ln.description,
                ln.maker_code,
                ln.maker_name,
                ln.technique,
                ln.quantity,
                ln.unit_price,
                ln.amount,
                refunded.get(ln.id, 0),
            )
            for ln in lines
        ),
        payments=tuple(
            PaymentView(
                p.method, p.amount, p.tendered, p.change_given, p.reference, p.approval_code
            )
            for p in payments
        ),
        total=sale.total,
        training=sale.training,
        event=event_name_of_till(session, terminal.id),
    )


def sale_by_number(session: Session, receipt_no: Any) -> Sale:
    text = receipt_no.strip().upper() if isinstance(receipt_no, str) else ""
    sale = session.scalar(select(Sale).where(Sale.receipt_no == text)) if text else None
    if sale is None:
        raise NotFound("sale.not_found", receipt=text or "-")
    return sale


def get_sale(ledger: Ledger, *, actor: Actor, receipt_no: str) -> SaleReceipt:
    with ledger.read() as session:
        current_user(session, actor)
        return _receipt(session, sale_by_number(session, receipt_no))
