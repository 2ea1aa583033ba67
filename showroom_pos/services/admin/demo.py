"""Demo data: a believable Pekalongan showroom, made through the same services people use.

Everything is recorded through the services on a simulated clock, so the journal verifies and
the data behaves exactly like real use: makers, intakes, shifts, sales with every payment
method, refunds with a supervisor, returns to makers, deductions, closed months and payouts,
and an evening bazaar sold from its own laptop database and merged back.
The same seed gives the same showroom.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from showroom_pos.db.models import Item, Maker, Sale, Settlement
from showroom_pos.domain.errors import ShowroomError, ValidationError
from showroom_pos.domain.periods import JAKARTA, period_of
from showroom_pos.domain.text import text
from showroom_pos.services.admin import auth, settings, users
from showroom_pos.services.admin.demo_catalogue import add_makers, random_item
from showroom_pos.services.admin.demo_days import (
    DemoClock,
    close_months,
    return_one_to_maker,
    trade_one_day,
)
from showroom_pos.services.admin.demo_event import EveningBazaar
from showroom_pos.services.admin.types import Actor, DemoSummary
from showroom_pos.services.context import Ledger
from showroom_pos.services.settlement import settlements
from showroom_pos.services.stock import consignment
from showroom_pos.services.stock.types import IntakeLineInput

DEMO_LOGINS: tuple[tuple[str, str, str], ...] = (
    ("admin", "demo-admin", "admin"),
    ("sari", "demo-sari", "supervisor"),
    ("rina", "demo-rina", "treasurer"),
    ("budi", "demo-budi", "cashier"),
    ("ani", "demo-ani", "cashier"),
    ("dewi", "demo-dewi", "staff"),
)
FULL_NAMES = {
    "admin": "Admin Dekranasda",
    "sari": "Sari Wulandari",
    "rina": "Rina Kusuma",
    "budi": "Budi Santoso",
    "ani": "Ani Rahmawati",
    "dewi": "Dewi Lestari",
}


def fill_demo_data(
    ledger: Ledger,
    *,
    makers: int = 150,
    items: int = 3000,
    days: int = 90,
    seed: int = 1,
    progress: Callable[[str], None] | None = None,
    now: datetime | None = None,
    lang: str | None = "id",
) -> DemoSummary:
    """Fill an empty database; refused (and nothing changed) when it already has users.
    `progress` is told how far it got, in `lang`."""
    if users.count_users(ledger):
        raise ValidationError("demo.not_empty")
    if not (1 <= makers <= 5_000 and makers <= items <= 200_000 and 1 <= days <= 3_650):
        raise ValidationError("demo.bad_size")
    told = progress or (lambda _text: None)

    def say(code: str, /, **params: Any) -> None:
        told(text(code, lang, **params))

    rng = random.Random(seed)
    # Everything happens before today, so no record is dated in the future.
    end = (now or datetime.now(UTC)).astimezone(JAKARTA).date() - timedelta(days=1)
    first = end - timedelta(days=days - 1)
    clock = DemoClock(
        datetime(first.year, first.month, first.day, 7, 0, tzinfo=JAKARTA).astimezone(UTC)
    )
    real_clock = ledger.clock
    ledger.clock = clock
    try:
        return _fill(ledger, rng, clock, makers, items, first, end, say)
    finally:
        ledger.clock = real_clock


def _fill(
    ledger: Ledger,
    rng: random.Random,
    clock: DemoClock,
    maker_count: int,
    item_count: int,
    first: date,
    end: date,
    say: Callable[..., None],
) -> DemoSummary:
    people = _people(ledger)
    admin, supervisor, treasurer, staff = (
        people["admin"],
        people["sari"],
        people["rina"],
        people["dewi"],
    )
    cashiers = {"K1": people["budi"], "K2": people["ani"]}
    for code, name in (("K1", "Kasir depan"), ("K2", "Kasir pameran")):
        settings.add_terminal(ledger, actor=admin, code=code, name=name)
    maker_codes = add_makers(ledger, rng, staff, supervisor, maker_count)
    say("demo.progress_makers", count=len(maker_codes))

    # Goods arrive over the first part of the period, maker by maker.
    per_maker = [
        item_count // maker_count + (1 if n < item_count % maker_count else 0)
        for n in range(maker_count)
    ]
    intake_days = max(1, min(20, (end - first).days // 2 + 1))
    intakes = 0
    for number, (code, count) in enumerate(zip(maker_codes, per_maker, strict=True)):
        day = first + timedelta(days=number * intake_days // max(maker_count, 1))
        clock.at(day, 8, rng.randint(0, 59))
        made = 0
        while made < count:
            batch = min(count - made, rng.randint(5, 25))
            lines = [IntakeLineInput(q, f) for f, q in (random_item(rng) for _ in range(batch))]
            consignment.receive_consignment(ledger, actor=staff, maker_code=code, lines=lines)
            intakes += 1
            made += batch
    say("demo.progress_items", count=item_count, intakes=intakes)

    # About half the pieces sell over the period: the shelves never run empty.
    with ledger.read() as session:
        pieces = int(session.scalar(select(func.coalesce(func.sum(Item.on_hand), 0))) or 0)
    trading_days = sum(
        1 for n in range((end - first).days + 1) if (first + timedelta(days=n)).weekday() != 0
    )
    daily = max(1.0, pieces * 0.45 / (max(trading_days, 1) * 1.6))
    sale_count = refund_count = return_count = 0
    receipts: list[str] = []
    bazaar = EveningBazaar(ledger, rng, clock, people, end) if (end - first).days >= 9 else None
    day = first
    while day <= end:
        if bazaar is not None and day == end:
            bazaar.merge(day)
        if day.weekday() != 0:  # the museum is closed on Mondays
            sold, refunded = trade_one_day(
                ledger, rng, clock, day, cashiers, supervisor, receipts, daily
            )
            sale_count += sold
            refund_count += refunded
        if day.day == 25 and rng.random() < 0.9:
            code = rng.choice(maker_codes)
            try:
                settlements.add_deduction(
                    ledger,
                    actor=treasurer,
                    maker_code=code,
                    period=period_of(clock.now),
                    name="Iuran anggota Dekranasda",
                    amount=25_000,
                )
            except ShowroomError:
                pass
        if day.weekday() == 4 and rng.random() < 0.5:
            return_count += return_one_to_maker(ledger, rng, clock, day, staff, maker_codes)
        if bazaar is not None:
            sale_count += bazaar.evening(day)
        day += timedelta(days=1)
        if day.day == 1:
            say("demo.progress_sales_up_to", day=day - timedelta(days=1), count=sale_count)
    closed, paid = close_months(ledger, clock, first, end, supervisor, treasurer, rng)
    say("demo.progress_sales", sales=sale_count, refunds=refund_count)
    events_held = 1 if bazaar is not None and bazaar.code else 0
    return DemoSummary(
        users=len(DEMO_LOGINS),
        terminals=2 + events_held,
        makers=maker_count,
        items=item_count,
        intakes=intakes,
        sales=sale_count,
        refunds=refund_count,
        returns=return_count,
        settlements=closed,
        payouts=paid,
        first_day=first,
        last_day=end,
        events=events_held,
    )


def _people(ledger: Ledger) -> dict[str, Actor]:
    admin_name, admin_password, _ = DEMO_LOGINS[0]
    admin = users.create_first_admin(
        ledger, username=admin_name, full_name=FULL_NAMES[admin_name], password=admin_password
    )
    people = {admin_name: admin}
    for username, password, role in DEMO_LOGINS[1:]:
        users.add_user(
            ledger,
            actor=admin,
            username=username,
            full_name=FULL_NAMES[username],
            role=role,
            password=password,
        )
        people[username] = auth.login(ledger, username=username, password=password)
    return people


def describe_summary(summary: DemoSummary, lang: str | None = "id") -> str:
    return "\n".join(
        (
            text("demo.summary_days", lang, first=summary.first_day, last=summary.last_day),
            "  "
            + text(
                "demo.summary_stock",
                lang,
                makers=summary.makers,
                items=summary.items,
                intakes=summary.intakes,
            ),
            "  "
            + text(
                "demo.summary_sales",
                lang,
                sales=summary.sales,
                refunds=summary.refunds,
                returns=summary.returns,
            ),
            "  "
            + text(
                "demo.summary_months",
                lang,
                statements=summary.settlements,
                payouts=summary.payouts,
                events=summary.events,
            ),
        )
    )


def describe_database(ledger: Ledger, lang: str | None = "id") -> str:
    with ledger.read() as session:
        maker_count = session.scalar(select(func.count()).select_from(Maker)) or 0
        item_count = session.scalar(select(func.count()).select_from(Item)) or 0
        pieces = session.scalar(select(func.coalesce(func.sum(Item.on_hand), 0))) or 0
        sale_count = session.scalar(select(func.count()).select_from(Sale)) or 0
        final = session.scalar(select(func.count()).select_from(Settlement)) or 0
    return text(
        "demo.database",
        lang,
        makers=maker_count,
        items=item_count,
        pieces=pieces,
        sales=sale_count,
        statements=final,
    )
