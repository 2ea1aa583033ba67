"""Events (pameran, bazaar): where stock is besides the showroom, and the event's till.

Stock is at a location: the showroom (`items.on_hand`, movements without an event) or an
event (the sum of that event's movements, never below zero). Sending a piece out takes it off
the showroom's shelf and puts it at the event, so the showroom's tills cannot sell it, and the
event's till works only on the event laptop's database (`services/stock/event_laptop.py`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom_pos.db.models import (
    Event,
    Item,
    Maker,
    Refund,
    Sale,
    StockMovement,
    Terminal,
)
from showroom_pos.domain.errors import NotFound, StockError, ValidationError
from showroom_pos.domain.kinds import MovementKind
from showroom_pos.domain.roles import Action
from showroom_pos.domain.validation import check_day, check_quantity, clean_text
from showroom_pos.services.admin.auth import current_user, require
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.common import (
    event_here_code,
    move_stock,
    next_number,
    record,
)
from showroom_pos.services.context import Ledger
from showroom_pos.services.lookups import code_of, event_row, item_row
from showroom_pos.services.stock.types import EventDetail, EventPiece, EventView

PACK_ACTION = "event.pack"
MERGE_ACTION = "event.merge"


# -- where stock is ---------------------------------------------------------------------------


def event_here(session: Session) -> Event | None:
    """On an event laptop's database, its event; None on the showroom's."""
    code = event_here_code(session)
    return session.scalar(select(Event).where(Event.code == code)) if code else None


def event_stock(
    session: Session, event_id: int, item_ids: Iterable[int] | None = None
) -> dict[int, int]:
    """Pieces of each item at the event now (only items with some)."""
    query = (
        select(StockMovement.item_id, func.sum(StockMovement.quantity))
        .where(StockMovement.event_id == event_id)
        .group_by(StockMovement.item_id)
    )
    if item_ids is not None:
        query = query.where(StockMovement.item_id.in_(list(item_ids)))
    return {item_id: int(total) for item_id, total in session.execute(query) if total}


def event_of_till(session: Session, terminal_id: int) -> Event | None:
    return session.scalar(select(Event).where(Event.terminal_id == terminal_id))


def assert_till_here(session: Session, terminal: Terminal) -> None:
    """An event's till works only on its laptop; a showroom till not there."""
    event = event_of_till(session, terminal.id)
    here = event_here(session)
    if event is not None and (here is None or here.id != event.id):
        raise ValidationError("event.till_elsewhere", till=terminal.code, event=event.name)
    if event is None and here is not None:
        raise ValidationError("event.showroom_till", till=terminal.code, event=here.name)


def assert_showroom_database(session: Session) -> None:
    """Stock, makers, statements and events are kept at the showroom, not on a laptop."""
    here = event_here(session)
    if here is not None:
        raise ValidationError("event.showroom_work", event=here.name)


def assert_events_merged(session: Session, *, period_end: date) -> None:
    """A month is final only once every event of it that was packed is merged."""
    open_event = session.scalar(
        select(Event)
        .where(Event.status == "packed", Event.starts_on <= period_end)
        .order_by(Event.starts_on)
    )
    if open_event is not None:
        raise ValidationError("event.not_merged", event=open_event.name, code=open_event.code)


# -- at the showroom: create, send, bring back ------------------------------------------------


def create_event(
    ledger: Ledger, *, actor: Actor, name: str, place: str, starts_on: date, ends_on: date
) -> EventView:
    """A new event with its own till (code P1, P2, ...: receipts P1-000001, ...)."""

    def work(session: Session) -> EventView:
        user = require(session, actor, Action.MANAGE_EVENTS)
        assert_showroom_database(session)
        title = clean_text("field_name.event_name", name, max_len=100)
        where = clean_text("field_name.place", place, max_len=150)
        first = check_day("field_name.starts_on", starts_on)
        last = check_day("field_name.ends_on", ends_on)
        if last < first:
            raise ValidationError("event.dates")
        now = ledger.now()
        code = f"P{next_number(session, 'event')}"
        while session.scalar(select(Terminal.id).where(Terminal.code == code)) is not None:
            code = f"P{next_number(session, 'event')}"
        terminal = Terminal(
            code=code, name=title, last_receipt_seq=0, last_refund_seq=0, created_at=now
        )
        session.add(terminal)
        session.flush()
        event = Event(
            code=code,
            name=title,
            place=where,
            starts_on=first,
            ends_on=last,
            terminal_id=terminal.id,
            status="planned",
            packs=0,
            created_at=now,
        )
        session.add(event)
        record(
            session,
            action="event.create",
            user_id=user.id,
            at=now,
            summary=f"event {code} created: {title}, {where}, "
            f"{first.isoformat()} to {last.isoformat()}",
            records=[event, terminal],
        )
        return _view(session, event)

    return ledger.run_write(work)


def _moves(lines: Sequence[tuple[str, int]]) -> dict[str, int]:
    if not lines:
        raise ValidationError("lines.empty")
    wanted: dict[str, int] = defaultdict(int)
    for code, quantity in lines:
        text = code_of(code)
        if not text:
            raise NotFound("item.not_found", code="-")
        wanted[text] += check_quantity(quantity)
    return dict(wanted)


def _movable_event(session: Session, code: str) -> Event:
    event = event_row(session, code, lock=True)
    if event.status == "merged":
        raise ValidationError("event.merged_already", event=event.name)
    return event


def send_to_event(
    ledger: Ledger, *, actor: Actor, event_code: str, lines: Sequence[tuple[str, int]]
) -> EventDetail:
    """Take pieces off the showroom's shelf to the event (item code, pieces), all or none. A
    packed event must be packed again afterwards: its laptop's file no longer holds them all."""
    wanted = _moves(lines)

    def work(session: Session) -> EventDetail:
        user = require(session, actor, Action.MANAGE_EVENTS)
        assert_showroom_database(session)
        event = _movable_event(session, event_code)
        now = ledger.now()
        records: list[Any] = []
        for code, quantity in wanted.items():
            item = item_row(session, code, lock=True)
            if not item.active:
                raise ValidationError("item.inactive", code=code)
            records.append(
                move_stock(
                    session,
                    item=item,
                    kind=MovementKind.TO_EVENT,
                    quantity=-quantity,
                    at=now,
                    user_id=user.id,
                    reason=where(event),
                )
            )
            records.append(
                event_movement(event, item, MovementKind.TO_EVENT, quantity, now, user.id)
            )
        _unpack(event)
        session.add_all(records)
        session.flush()
        pieces = sum(wanted.values())
        record(
            session,
            action="event.send",
            user_id=user.id,
            at=now,
            summary=f"{pieces} pieces sent to event {event.code} ({event.name})",
            records=[*records, event],
        )
        return _detail(session, event)

    return ledger.run_write(work)


def bring_back(
    ledger: Ledger, *, actor: Actor, event_code: str, lines: Sequence[tuple[str, int]]
) -> EventDetail:
    """Put pieces at the event back on the showroom's shelf (before the event is packed, or
    to pack it again with fewer)."""
    wanted = _moves(lines)

    def work(session: Session) -> EventDetail:
        user = require(session, actor, Action.MANAGE_EVENTS)
        assert_showroom_database(session)
        event = _movable_event(session, event_code)
        now = ledger.now()
        items = {code: item_row(session, code, lock=True) for code in wanted}
        there = event_stock(session, event.id, [item.id for item in items.values()])
        records: list[Any] = []
        for code, quantity in wanted.items():
            item = items[code]
            if there.get(item.id, 0) < quantity:
                raise StockError(
                    "event.not_there",
                    code=code,
                    event=event.name,
                    available=there.get(item.id, 0),
                    requested=quantity,
                )
            records.append(
                event_movement(event, item, MovementKind.FROM_EVENT, -quantity, now, user.id)
            )
            records.append(
                move_stock(
                    session,
                    item=item,
                    kind=MovementKind.FROM_EVENT,
                    quantity=quantity,
                    at=now,
                    user_id=user.id,
                    reason=where(event),
                )
            )
        _unpack(event)
        session.add_all(records)
        record(
            session,
            action="event.back",
            user_id=user.id,
            at=now,
            summary=f"{sum(wanted.values())} pieces back from event {event.code} ({event.name})",
            records=[*records, event],
        )
        return _detail(session, event)

    return ledger.run_write(work)


def event_movement(
    event: Event, item: Item, kind: MovementKind, quantity: int, at: datetime, user_id: int
) -> StockMovement:
    """The event's side of a piece sent or brought back (the showroom's is `move_stock`)."""
    return StockMovement(
        item_id=item.id,
        maker_id=item.maker_id,
        kind=kind.value,
        quantity=quantity,
        occurred_at=at,
        user_id=user_id,
        event_id=event.id,
        reason=where(event),
    )


def where(event: Event) -> str:
    """How a movement names its event."""
    return f"{event.code} {event.name}"[:300]


def _unpack(event: Event) -> None:
    if event.status == "packed":
        event.status = "planned"  # the packed file is out of date: pack it again


# -- views --------------------------------------------------------------------------------


def _view(session: Session, event: Event) -> EventView:
    terminal = session.get_one(Terminal, event.terminal_id)
    at_event = session.scalar(
        select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
            StockMovement.event_id == event.id
        )
    )
    count, total = session.execute(
        select(func.count(), func.coalesce(func.sum(Sale.total), 0)).where(
            Sale.terminal_id == terminal.id, Sale.training.is_(False)
        )
    ).one()
    refunded = session.scalar(
        select(func.coalesce(func.sum(Refund.total), 0)).where(Refund.terminal_id == terminal.id)
    )
    return EventView(
        event.id,
        event.code,
        event.name,
        event.place,
        event.starts_on,
        event.ends_on,
        terminal.code,
        event.status,
        event.packs,
        event.packed_at,
        event.merged_at,
        int(at_event or 0),
        int(count),
        int(total),
        int(refunded or 0),
    )


def _detail(session: Session, event: Event) -> EventDetail:
    per_item: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for item_id, kind, total in session.execute(
        select(StockMovement.item_id, StockMovement.kind, func.sum(StockMovement.quantity))
        .where(StockMovement.event_id == event.id)
        .group_by(StockMovement.item_id, StockMovement.kind)
    ):
        per_item[item_id][kind] += int(total)
    pieces = []
    if per_item:
        rows = session.execute(
            select(Item, Maker)
            .join(Maker, Maker.id == Item.maker_id)
            .where(Item.id.in_(list(per_item)))
            .order_by(Item.code)
        )
        for item, maker in rows:
            kinds = per_item[item.id]
            pieces.append(
                EventPiece(
                    item.code,
                    item.name,
                    maker.code,
                    maker.name,
                    item.price,
                    kinds[MovementKind.TO_EVENT.value],
                    -kinds[MovementKind.SALE.value],
                    kinds[MovementKind.REFUND.value],
                    -kinds[MovementKind.FROM_EVENT.value],
                    sum(kinds.values()),
                )
            )
    receipts = tuple(
        (no, at, int(total))
        for no, at, total in session.execute(
            select(Sale.receipt_no, Sale.sold_at, Sale.total)
            .where(Sale.terminal_id == event.terminal_id)
            .order_by(Sale.receipt_seq)
        )
    )
    return EventDetail(_view(session, event), tuple(pieces), receipts)


def list_events(ledger: Ledger, *, actor: Actor) -> list[EventView]:
    with ledger.read() as session:
        current_user(session, actor)
        return [
            _view(session, event)
            for event in session.scalars(select(Event).order_by(Event.starts_on.desc(), Event.id))
        ]


def get_event(ledger: Ledger, *, actor: Actor, code: str) -> EventDetail:
    with ledger.read() as session:
        current_user(session, actor)
        return _detail(session, event_row(session, code))


def here(ledger: Ledger) -> EventView | None:
    """The event this database is the laptop of, for the till's screen and receipts."""
    with ledger.read() as session:
        event = event_here(session)
        return _view(session, event) if event is not None else None


def event_name_of_till(session: Session, terminal_id: int) -> str | None:
    event = event_of_till(session, terminal_id)
    return f"{event.name}, {event.place}" if event is not None else None
