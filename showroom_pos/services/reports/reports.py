"""Reports for any date range: sales by maker, category, technique, motif, payment method, hour
or location (the showroom or an event); the best and slowest items; stock on hand per maker and
per location at maker prices; and stock aging, with the pieces due to go back to their makers.

Sales are counted on the day they were sold (Asia/Jakarta), refunds on the day they were given;
training sales are left out, as everywhere money is counted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom_pos.db.models import (
    Event,
    Item,
    Maker,
    Payment,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    StockMovement,
)
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.kinds import MovementKind, technique_label
from showroom_pos.domain.periods import day_bounds, format_day, to_local
from showroom_pos.domain.roles import Action
from showroom_pos.domain.text import Term
from showroom_pos.domain.validation import check_count, check_day
from showroom_pos.services.admin.auth import require
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.reports.types import (
    AgingRow,
    ItemRow,
    LocationStockRow,
    ReportRow,
    SalesReport,
    StockRow,
)

DIMENSIONS = ("maker", "category", "technique", "motif", "payment", "hour", "location")
SHOWROOM = "showroom"  # the location key of the showroom's own tills
MAX_DAYS = 3_660
MAX_RANKED = 1_000
MAX_AGE_DAYS = 36_500


def _range(first: Any, last: Any) -> tuple[date, date, datetime, datetime]:
    """The checked days, and the moments the range starts and ends."""
    first_day = check_day("field_name.from_day", first)
    last_day = check_day("field_name.to_day", last)
    if last_day < first_day or (last_day - first_day).days > MAX_DAYS:
        raise ValidationError(
            "report.bad_range", first=format_day(first_day), last=format_day(last_day)
        )
    return first_day, last_day, day_bounds(first_day)[0], day_bounds(last_day)[1]


KeyOf = Callable[[SaleLine, Item, int], tuple[str, str]]


def _locations(session: Session) -> dict[int, tuple[str, str]]:
    """Each event's till: its event's code and name (every other till is the showroom's)."""
    return {
        terminal_id: (code, f"{code} {name} ({place})")
        for terminal_id, code, name, place in session.execute(
            select(Event.terminal_id, Event.code, Event.name, Event.place)
        )
    }


def _line_keys(session: Session, by: str) -> KeyOf:
    def maker(line: SaleLine, _item: Item, _till: int) -> tuple[str, str]:
        return line.maker_code, f"{line.maker_code} {line.maker_name}"

    def category(_line: SaleLine, item: Item, _till: int) -> tuple[str, str]:
        return item.category, item.category

    def technique(line: SaleLine, _item: Item, _till: int) -> tuple[str, str]:
        return line.technique, technique_label(line.technique)

    def motif(_line: SaleLine, item: Item, _till: int) -> tuple[str, str]:
        return (item.motif or "-").lower(), item.motif or "-"

    def hour(line: SaleLine, _item: Item, _till: int) -> tuple[str, str]:
        local = to_local(line.sold_at).hour
        return f"{local:02d}", f"{local:02d}.00-{local:02d}.59"

    events = _locations(session) if by == "location" else {}

    def location(_line: SaleLine, _item: Item, till: int) -> tuple[str, str]:
        return events.get(till, (SHOWROOM, "Showroom"))

    keys: dict[str, KeyOf] = {
        "maker": maker,
        "category": category,
        "technique": technique,
        "motif": motif,
        "hour": hour,
        "location": location,
    }
    return keys[by]


def _by_lines(session: Session, by: str, start: datetime, end: datetime) -> list[ReportRow]:
    key_of = _line_keys(session, by)
    labels: dict[str, str] = {}
    quantity: dict[str, int] = defaultdict(int)
    sales: dict[str, int] = defaultdict(int)
    refunds: dict[str, int] = defaultdict(int)
    for line, item, till in session.execute(
        select(SaleLine, Item, Sale.terminal_id)
        .join(Item, Item.id == SaleLine.item_id)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(SaleLine.sold_at >= start, SaleLine.sold_at < end, SaleLine.training.is_(False))
    ):
        key, label = key_of(line, item, till)
        labels[key] = label
        quantity[key] += line.quantity
        sales[key] += line.amount
    for refund, line, item, till in session.execute(
        select(RefundLine, SaleLine, Item, Refund.terminal_id)
        .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
        .join(Item, Item.id == RefundLine.item_id)
        .join(Refund, Refund.id == RefundLine.refund_id)
        .where(RefundLine.refunded_at >= start, RefundLine.refunded_at < end)
    ):
        key, label = key_of(line, item, till)  # a refund belongs where it was given
        if by == "hour":  # a refund belongs to the hour it was given
            local = to_local(refund.refunded_at).hour
            key, label = f"{local:02d}", f"{local:02d}.00-{local:02d}.59"
        labels.setdefault(key, label)
        refunds[key] += refund.amount
    return [ReportRow(key, labels[key], quantity[key], sales[key], refunds[key]) for key in labels]


def _by_payment(session: Session, start: datetime, end: datetime) -> list[ReportRow]:
    names = {"cash": "Tunai", "qris": "QRIS", "card": "Kartu", "transfer": "Transfer"}
    sales = dict(
        session.execute(
            select(Payment.method, func.sum(Payment.amount))
            .join(Sale, Sale.id == Payment.sale_id)
            .where(Sale.sold_at >= start, Sale.sold_at < end, Sale.training.is_(False))
            .group_by(Payment.method)
        ).all()
    )
    counts = dict(
        session.execute(
            select(Payment.method, func.count(func.distinct(Payment.sale_id)))
            .join(Sale, Sale.id == Payment.sale_id)
            .where(Sale.sold_at >= start, Sale.sold_at < end, Sale.training.is_(False))
            .group_by(Payment.method)
        ).all()
    )
    refunds = dict(
        session.execute(
            select(Refund.method, func.sum(Refund.total))
            .where(Refund.refunded_at >= start, Refund.refunded_at < end)
            .group_by(Refund.method)
        ).all()
    )
    return [
        ReportRow(
            method,
            names.get(method, method),
            int(counts.get(method, 0)),
            int(sales.get(method, 0) or 0),
            int(refunds.get(method, 0) or 0),
        )
        for method in sorted(set(sales) | set(refunds))
    ]


def sales_report(
    ledger: Ledger, *, actor: Actor, first_day: date, last_day: date, by: str
) -> SalesReport:
    """Sales and refunds of the range grouped one way; biggest net first (hours in order)."""
    if not isinstance(by, str) or by not in DIMENSIONS:
        raise ValidationError(
            "field.choice",
            field=Term("field_name.report"),
            value=str(by)[:40],
            choices=", ".join(DIMENSIONS),
        )
    first_day, last_day, start, end = _range(first_day, last_day)
    with ledger.read() as session:
        require(session, actor, Action.VIEW_REPORTS)
        rows = (
            _by_payment(session, start, end)
            if by == "payment"
            else _by_lines(session, by, start, end)
        )
    rows.sort(key=(lambda r: r.key) if by == "hour" else (lambda r: (-r.net, r.key)))
    return SalesReport(by, first_day, last_day, tuple(rows))


def item_ranking(
    ledger: Ledger, *, actor: Actor, first_day: date, last_day: date, limit: int = 20
) -> tuple[list[ItemRow], list[ItemRow]]:
    """The best sellers of the range, and the slowest: in stock, sold least, longest there."""
    _, _, start, end = _range(first_day, last_day)
    limit = check_count("field_name.row_count", limit, maximum=MAX_RANKED)
    today = to_local(ledger.now()).date()
    with ledger.read() as session:
        require(session, actor, Action.VIEW_REPORTS)
        sold = {
            item_id: (int(qty), int(amount))
            for item_id, qty, amount in session.execute(
                select(SaleLine.item_id, func.sum(SaleLine.quantity), func.sum(SaleLine.amount))
                .where(
                    SaleLine.sold_at >= start, SaleLine.sold_at < end, SaleLine.training.is_(False)
                )
                .group_by(SaleLine.item_id)
            )
        }
        received = _last_intake(session)
        items = session.execute(
            select(Item, Maker.code)
            .join(Maker, Maker.id == Item.maker_id)
            .where(Item.active.is_(True))
        )
        rows = [
            ItemRow(
                item.code,
                item.name,
                maker_code,
                *sold.get(item.id, (0, 0)),
                item.on_hand,
                _days(received.get(item.id, item.created_at), today),
            )
            for item, maker_code in items
        ]
    top = sorted((r for r in rows if r.sold), key=lambda r: (-r.sold, -r.sales, r.code))
    slow = sorted(
        (r for r in rows if r.on_hand > 0), key=lambda r: (r.sold, -r.days_on_shelf, r.code)
    )
    return top[:limit], slow[:limit]


def _last_intake(session: Session) -> dict[int, datetime]:
    return dict(
        session.execute(
            select(StockMovement.item_id, func.max(StockMovement.occurred_at))
            .where(StockMovement.kind == MovementKind.INTAKE.value)
            .group_by(StockMovement.item_id)
        ).all()
    )


def _days(moment: datetime, today: date) -> int:
    return max((today - to_local(moment).date()).days, 0)


def stock_by_location(ledger: Ledger, *, actor: Actor) -> list[LocationStockRow]:
    """The pieces on the showroom's shelf and at each event now, at the makers' prices."""
    with ledger.read() as session:
        require(session, actor, Action.VIEW_REPORTS)
        items, pieces, value = session.execute(
            select(
                func.count(Item.id),
                func.coalesce(func.sum(Item.on_hand), 0),
                func.coalesce(func.sum(Item.on_hand * Item.price), 0),
            ).where(Item.on_hand > 0)
        ).one()
        rows = [LocationStockRow(SHOWROOM, "Showroom", int(items), int(pieces), int(value))]
        at_events = (
            select(
                StockMovement.event_id,
                StockMovement.item_id,
                func.sum(StockMovement.quantity).label("pieces"),
            )
            .where(StockMovement.event_id.is_not(None))
            .group_by(StockMovement.event_id, StockMovement.item_id)
            .subquery()
        )
        for code, name, place, kinds, total, worth in session.execute(
            select(
                Event.code,
                Event.name,
                Event.place,
                func.count(at_events.c.item_id),
                func.sum(at_events.c.pieces),
                func.sum(at_events.c.pieces * Item.price),
            )
            .join(at_events, at_events.c.event_id == Event.id)
            .join(Item, Item.id == at_events.c.item_id)
            .where(at_events.c.pieces > 0)
            .group_by(Event.code, Event.name, Event.place, Event.starts_on)
            .order_by(Event.starts_on, Event.code)
        ):
            rows.append(
                LocationStockRow(
                    code, f"{code} {name} ({place})", int(kinds), int(total), int(worth)
                )
            )
        return rows


def stock_by_maker(ledger: Ledger, *, actor: Actor) -> list[StockRow]:
    """What is on the shelf for each maker, and what it is worth at the makers' prices."""
    with ledger.read() as session:
        require(session, actor, Action.VIEW_REPORTS)
        rows = session.execute(
            select(
                Maker.code,
                Maker.name,
                func.count(Item.id),
                func.sum(Item.on_hand),
                func.sum(Item.on_hand * Item.price),
            )
            .join(Item, Item.maker_id == Maker.id)
            .where(Item.on_hand > 0)
            .group_by(Maker.code, Maker.name)
            .order_by(Maker.code)
        )
        return [
            StockRow(code, name, int(items), int(pieces), int(value))
            for code, name, items, pieces, value in rows
        ]


def stock_aging(ledger: Ledger, *, actor: Actor, min_days: int = 0) -> list[AgingRow]:
    """Pieces on the shelf by days since their last intake, oldest first; with `min_days`
    (the showroom's return-after setting) only those due to go back to their makers."""
    min_days = check_count("field_name.days", min_days, minimum=0, maximum=MAX_AGE_DAYS)
    today = to_local(ledger.now()).date()
    with ledger.read() as session:
        require(session, actor, Action.VIEW_REPORTS)
        received = _last_intake(session)
        rows = []
        for item, maker in session.execute(
            select(Item, Maker).join(Maker, Maker.id == Item.maker_id).where(Item.on_hand > 0)
        ):
            moment = received.get(item.id, item.created_at)
            days = _days(moment, today)
            if days >= min_days:
                rows.append(
                    AgingRow(
                        item.code,
                        item.name,
                        maker.code,
                        maker.name,
                        item.on_hand,
                        item.price,
                        to_local(moment).date(),
                        days,
                    )
                )
    rows.sort(key=lambda r: (-r.days, r.maker_code, r.item_code))
    return rows
