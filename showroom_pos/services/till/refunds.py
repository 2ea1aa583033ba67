"""Refunds at the till: money back for lines of an earlier sale, done or approved by a
supervisor; refunded pieces go back on the shelf unless damaged."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_pos.db import journal
from showroom_pos.db.models import Item, Maker, Refund, RefundLine, SaleLine
from showroom_pos.domain.cart import cart_total, line_amount
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.kinds import MovementKind, PaymentMethod
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.payments import payment_method
from showroom_pos.domain.roles import Action
from showroom_pos.domain.validation import check_quantity, clean_text
from showroom_pos.services.admin.auth import approve, require_or_approved
from showroom_pos.services.admin.types import Actor, Approval
from showroom_pos.services.common import assert_period_open, move_stock
from showroom_pos.services.context import Ledger
from showroom_pos.services.till.sales import refunded_by_line, sale_by_number
from showroom_pos.services.till.shifts import (
    assert_day_open,
    open_shift_row,
    shift_view,
    terminal_row,
)
from showroom_pos.services.till.types import RefundLineInput, RefundLineView, RefundReceipt


def refund_sale(
    ledger: Ledger,
    *,
    actor: Actor,
    terminal_code: str,
    receipt_no: str,
    lines: Sequence[RefundLineInput],
    reason: str,
    method: str = "cash",
    approval: Approval | None = None,
) -> RefundReceipt:
    """Give money back for lines of an earlier sale; a supervisor does it or approves it.

    Refunded pieces go back on the shelf unless the line says otherwise (damaged goods).
    """
    approver_id = approve(ledger, approval)

    def work(session: Session) -> RefundReceipt:
        user, approver = require_or_approved(session, actor, Action.REFUND, approver_id)
        sale = sale_by_number(session, receipt_no)
        if sale.training:
            raise ValidationError("sale.training_refund")
        why = clean_text("field_name.reason", reason, max_len=300, required=False)
        if not why:
            raise ValidationError("refund.reason_required")
        refund_method = payment_method(method)
        if not lines:
            raise ValidationError("lines.empty")
        now = ledger.now()
        sale_lines = {
            ln.id: ln for ln in session.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id))
        }
        already = refunded_by_line(session, sale.id)
        wanted: dict[int, tuple[int, bool]] = {}
        for line in lines:
            if not isinstance(line, RefundLineInput) or line.sale_line_id not in sale_lines:
                raise ValidationError(
                    "refund.line_not_in_sale",
                    line=getattr(line, "sale_line_id", "?"),
                    receipt=sale.receipt_no,
                )
            quantity = check_quantity(line.quantity)
            previous = wanted.get(line.sale_line_id, (0, True))[0]
            wanted[line.sale_line_id] = (previous + quantity, bool(line.restock))
        for line_id, (quantity, _restock) in wanted.items():
            sold = sale_lines[line_id]
            if quantity + already.get(line_id, 0) > sold.quantity:
                raise ValidationError(
                    "refund.too_much",
                    code=sold.item_code,
                    sold=sold.quantity,
                    refunded=already.get(line_id, 0),
                )
        terminal = terminal_row(session, terminal_code, lock=True)
        assert_day_open(session, terminal, now)
        shift = open_shift_row(session, terminal)
        if shift is None:
            raise ValidationError("shift.none_open", terminal=terminal.code)
        total = cart_total((sale_lines[i].unit_price, q) for i, (q, _r) in wanted.items())
        if refund_method == PaymentMethod.CASH:
            in_drawer = shift_view(session, shift).expected_cash
            if total > in_drawer:
                raise ValidationError(
                    "refund.not_enough_cash",
                    total=format_rupiah(total),
                    cash=format_rupiah(in_drawer),
                )
        terminal.last_refund_seq += 1
        refund = Refund(
            refund_no=f"R{terminal.code}-{terminal.last_refund_seq:06d}",
            terminal_id=terminal.id,
            refund_seq=terminal.last_refund_seq,
            sale_id=sale.id,
            shift_id=shift.id,
            user_id=user.id,
            approved_by_id=approver.id,
            refunded_at=now,
            reason=why,
            method=refund_method.value,
            total=total,
        )
        session.add(refund)
        session.flush()
        records: list[Any] = [refund]
        views: list[RefundLineView] = []
        for line_id, (quantity, restock) in sorted(wanted.items()):
            sold = sale_lines[line_id]
            maker = session.get(Maker, sold.maker_id)
            assert maker is not None
            assert_period_open(session, maker_id=maker.id, maker_code=maker.code, at=now)
            row = RefundLine(
                refund_id=refund.id,
                sale_line_id=sold.id,
                item_id=sold.item_id,
                maker_id=sold.maker_id,
                quantity=quantity,
                amount=line_amount(sold.unit_price, quantity),
                restocked=restock,
                refunded_at=now,
            )
            session.add(row)
            session.flush()
            records.append(row)
            if restock:
                item = session.get(Item, sold.item_id, with_for_update=True)
                assert item is not None
                records.append(
                    move_stock(
                        session,
                        item=item,
                        kind=MovementKind.REFUND,
                        quantity=quantity,
                        at=now,
                        user_id=user.id,
                        approved_by_id=approver.id,
                        refund_line_id=row.id,
                    )
                )
            views.append(
                RefundLineView(
                    sold.id,
                    sold.item_code,
                    sold.description,
                    sold.maker_name,
                    quantity,
                    row.amount,
                    restock,
                )
            )
        session.flush()
        journal.append(
            session,
            action="refund",
            user_id=user.id,
            at=now,
            summary=f"refund {refund.refund_no} of {sale.receipt_no}: "
            f"{format_rupiah(total)}, approved by {approver.username}",
            records=records,
        )
        cashier = user.full_name
        return RefundReceipt(
            refund.id,
            refund.refund_no,
            sale.receipt_no,
            terminal.code,
            cashier,
            approver.full_name,
            now,
            why,
            refund.method,
            tuple(views),
            total,
        )

    return ledger.run_write(work)
