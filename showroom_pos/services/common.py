"""Rules shared by several use cases: document numbers, the closed-month check, stock
movements, and the journal entry a use case ends with."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from showroom_pos.db import journal
from showroom_pos.db.models import (
    Base,
    Counter,
    Item,
    JournalEntry,
    PeriodClose,
    Setting,
    Settlement,
    StockMovement,
)
from showroom_pos.domain.errors import PeriodClosed, StockError
from showroom_pos.domain.kinds import MovementKind
from showroom_pos.domain.periods import period_of

EVENT_HERE = "event.here"  # the setting that makes a database an event laptop's


def event_here_code(session: Session) -> str | None:
    """On an event laptop's database, its event's code; None on the showroom's."""
    if EVENT_HERE not in session.info:
        session.info[EVENT_HERE] = (
            session.scalar(select(Setting.value).where(Setting.key == EVENT_HERE)) or None
        )
    code = session.info[EVENT_HERE]
    return str(code) if code else None


def contains(text: str) -> str:
    """A LIKE pattern finding `text` anywhere, with `%`, `_` and `\\` taken literally
    (use with `escape="\\"`)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def next_number(session: Session, name: str) -> int:
    """The next value of a gapless counter, taken under a row lock inside the transaction."""
    counter = session.execute(
        select(Counter).where(Counter.name == name).with_for_update()
    ).scalar_one_or_none()
    if counter is None:
        counter = Counter(name=name, value=0)
        session.add(counter)
    counter.value += 1
    session.flush()
    return counter.value


def assert_period_open(session: Session, *, maker_id: int, maker_code: str, at: datetime) -> None:
    """Refuse a record dated into a month whose statement for this maker is finalized."""
    period = period_of(at)
    with session.no_autoflush:  # the answer does not depend on rows not yet written
        closed = session.scalar(
            select(Settlement.id).where(
                Settlement.maker_id == maker_id, Settlement.period == period
            )
        ) or session.scalar(select(PeriodClose.id).where(PeriodClose.period == period))
    if closed is not None:
        raise PeriodClosed("period.closed", period=period, maker=maker_code)


def move_stock(
    session: Session,
    *,
    item: Item,
    kind: MovementKind,
    quantity: int,
    at: datetime,
    user_id: int,
    approved_by_id: int | None = None,
    reason: str | None = None,
    **refs: int,
) -> StockMovement:
    """Record one stock movement and update the item's stock in the same statement.

    The update only succeeds while the result stays at zero or above, so two tills selling the
    last piece at once cannot both succeed, whatever the database engine.
    """
    with session.no_autoflush:  # the movements before this one are written together later
        changed = session.execute(
            update(Item)
            .where(Item.id == item.id, Item.on_hand + quantity >= 0)
            .values(on_hand=Item.on_hand + quantity)
            .execution_options(synchronize_session=False)
        )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(item, ["on_hand"])
        if item.unique_piece and kind == MovementKind.SALE:
            raise StockError("stock.sold_out", code=item.code)
        raise StockError(
            "stock.insufficient", code=item.code, available=item.on_hand, requested=-quantity
        )
    session.expire(item, ["on_hand"])
    movement = StockMovement(
        item_id=item.id,
        maker_id=item.maker_id,
        kind=kind.value,
        quantity=quantity,
        occurred_at=at,
        user_id=user_id,
        approved_by_id=approved_by_id,
        reason=reason,
        intake_line_id=refs.get("intake_line_id"),
        sale_line_id=refs.get("sale_line_id"),
        refund_line_id=refs.get("refund_line_id"),
        return_line_id=refs.get("return_line_id"),
        count_line_id=refs.get("count_line_id"),
    )
    session.add(movement)
    return movement


def record(
    session: Session,
    *,
    action: str,
    user_id: int | None,
    at: datetime,
    summary: str,
    records: Iterable[Base] = (),
    data: dict[str, Any] | None = None,
) -> JournalEntry:
    """End a use case: write out what it added and append the one journal entry that covers
    `records`, in the same transaction (a failure here undoes the whole use case)."""
    session.flush()
    return journal.append(
        session, action=action, user_id=user_id, at=at, summary=summary, records=records, data=data
    )
