"""Stock adjustments and stock counts (stok opname): corrections of what is on hand, each
with its reason."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from showroom_pos.db.models import Maker, StockCount, StockCountLine, User
from showroom_pos.domain.errors import StockError, ValidationError
from showroom_pos.domain.kinds import MovementKind
from showroom_pos.domain.roles import Action
from showroom_pos.domain.validation import MAX_QUANTITY, clean_text, whole_number
from showroom_pos.services.admin.auth import approve, require, require_or_approved
from showroom_pos.services.admin.types import Actor, Approval
from showroom_pos.services.common import assert_period_open, move_stock, record
from showroom_pos.services.context import Ledger
from showroom_pos.services.lookups import item_row, maker_row
from showroom_pos.services.stock.stock import item_view, optional_text
from showroom_pos.services.stock.types import CountLine, CountResult, ItemView


def adjust_stock(
    ledger: Ledger,
    *,
    actor: Actor,
    code: str,
    quantity: int,
    reason: str,
    approval: Approval | None = None,
) -> ItemView:
    """Correct an item's stock by a signed quantity, with a reason (damaged, found, ...)."""
    approver_id = approve(ledger, approval)

    def work(session: Session) -> ItemView:
        user, approver = require_or_approved(session, actor, Action.ADJUST_STOCK, approver_id)
        delta = whole_number("field_name.quantity", quantity)
        if delta == 0:
            raise ValidationError("stock.zero_adjustment")
        if abs(delta) > MAX_QUANTITY:
            raise ValidationError("quantity.invalid", max=MAX_QUANTITY)
        why = clean_text("field_name.reason", reason, max_len=300, required=False)
        if not why:
            raise ValidationError("stock.reason_required")
        item = item_row(session, code, lock=True)
        maker = session.get(Maker, item.maker_id)
        assert maker is not None
        now = ledger.now()
        assert_period_open(session, maker_id=maker.id, maker_code=maker.code, at=now)
        if item.on_hand + delta < 0:
            raise StockError("stock.negative", code=item.code, available=item.on_hand)
        if item.unique_piece and item.on_hand + delta > 1:
            raise ValidationError("quantity.unique")
        movement = move_stock(
            session,
            item=item,
            kind=MovementKind.ADJUSTMENT,
            quantity=delta,
            at=now,
            user_id=user.id,
            approved_by_id=approver.id,
            reason=why,
        )
        record(
            session,
            action="stock.adjust",
            user_id=user.id,
            at=now,
            summary=f"stock of {item.code} adjusted by {delta}: {why}",
            records=[movement],
        )
        return item_view(item, maker)

    return ledger.run_write(work)


def record_stock_count(
    ledger: Ledger,
    *,
    actor: Actor,
    counted: Mapping[str, int],
    explanations: Mapping[str, str] | None = None,
    maker_code: str | None = None,
    notes: str | None = None,
    approval: Approval | None = None,
) -> CountResult:
    """A stock count (stok opname): each difference needs an explanation and is corrected.

    A difference is a stock adjustment: like any other, it needs a role that may adjust
    stock, or a supervisor's approval."""
    explained = {k.strip().upper(): v for k, v in (explanations or {}).items()}
    approver_id = approve(ledger, approval)

    def work(session: Session) -> CountResult:
        user = require(session, actor, Action.COUNT_STOCK)
        approver: User | None = None
        now = ledger.now()
        maker = maker_row(session, maker_code) if maker_code else None
        if not counted:
            raise ValidationError("lines.empty")
        count = StockCount(
            maker_id=maker.id if maker else None,
            counted_at=now,
            user_id=user.id,
            notes=optional_text("field_name.notes", notes, 1000),
        )
        session.add(count)
        session.flush()
        records: list[Any] = [count]
        result: list[CountLine] = []
        for code, number in sorted(counted.items()):
            item = item_row(session, code, lock=True)
            if maker is not None and item.maker_id != maker.id:
                raise ValidationError("item.wrong_maker", code=item.code, maker=maker.code)
            physical = whole_number("field_name.quantity", number)
            if not 0 <= physical <= MAX_QUANTITY or (item.unique_piece and physical > 1):
                raise ValidationError(
                    "quantity.invalid", max=1 if item.unique_piece else MAX_QUANTITY
                )
            why = optional_text("field_name.explanation", explained.get(item.code), 300)
            difference = physical - item.on_hand
            if difference and not why:
                raise ValidationError("stock.reason_required")
            line = StockCountLine(
                count_id=count.id,
                item_id=item.id,
                expected=item.on_hand,
                counted=physical,
                explanation=why,
            )
            session.add(line)
            session.flush()
            records.append(line)
            if difference:
                if approver is None:
                    _, approver = require_or_approved(
                        session, actor, Action.ADJUST_STOCK, approver_id
                    )
                item_maker = session.get(Maker, item.maker_id)
                assert item_maker is not None
                assert_period_open(
                    session, maker_id=item_maker.id, maker_code=item_maker.code, at=now
                )
                records.append(
                    move_stock(
                        session,
                        item=item,
                        kind=MovementKind.COUNT,
                        quantity=difference,
                        at=now,
                        user_id=user.id,
                        approved_by_id=approver.id,
                        reason=why,
                        count_line_id=line.id,
                    )
                )
            result.append(CountLine(item.code, line.expected, physical, why))
        record(
            session,
            action="stock.count",
            user_id=user.id,
            at=now,
            summary=f"stock count of {len(result)} items, "
            f"{sum(1 for r in result if r.difference)} differences",
            records=records,
        )
        return CountResult(count.id, maker.code if maker else None, now, tuple(result))

    return ledger.run_write(work)
