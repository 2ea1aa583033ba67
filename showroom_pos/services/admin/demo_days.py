"""The demo's simulated days: the clock it writes by, a day of selling at the tills (with
the odd refund), returns to makers, and the months closed and paid."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from showroom_pos.db.models import Item
from showroom_pos.domain.cash import DENOMINATIONS
from showroom_pos.domain.errors import ShowroomError
from showroom_pos.domain.periods import JAKARTA, next_period, period_bounds
from showroom_pos.services.admin.types import Actor, Approval
from showroom_pos.services.context import Ledger
from showroom_pos.services.settlement import settlements
from showroom_pos.services.stock import consignment, stock
from showroom_pos.services.till import refunds, sales, shifts
from showroom_pos.services.till.types import CartLine, PaymentInput, RefundLineInput

OPEN_HOUR, CLOSE_HOUR = 9, 16  # WIB


class DemoClock:
    """The simulated clock the demo writes by; it only moves forward."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def at(self, day: date, hour: int, minute: int = 0) -> None:
        moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=JAKARTA).astimezone(
            UTC
        )
        self.now = max(moment, self.now + timedelta(seconds=1))


def in_stock_codes(ledger: Ledger) -> list[str]:
    """The codes of the items with pieces on hand, in code order."""
    with ledger.read() as session:
        return list(session.scalars(select(Item.code).where(Item.on_hand > 0).order_by(Item.code)))


def trade_one_day(
    ledger: Ledger,
    rng: random.Random,
    clock: DemoClock,
    day: date,
    cashiers: dict[str, Actor],
    supervisor: Actor,
    receipts: list[str],
    daily: float,
) -> tuple[int, int]:
    """One day at the tills, shifts opened and closed; the sales and refunds made."""
    available = in_stock_codes(ledger)
    if not available:
        return 0, 0
    weekend = day.weekday() >= 5
    scale = 1.6 if weekend else 0.8
    visitors = rng.randint(max(1, round(daily * scale * 0.6)), max(1, round(daily * scale * 1.3)))
    tills = ["K1", "K2"] if weekend else ["K1"]
    for till in tills:
        clock.at(day, OPEN_HOUR - 1, 50)
        shifts.open_shift(
            ledger,
            actor=cashiers[till],
            terminal_code=till,
            opening_float=rng.choice((200_000, 300_000, 500_000)),
        )
    minutes = sorted(rng.randint(5, (CLOSE_HOUR - OPEN_HOUR) * 60 - 5) for _ in range(visitors))
    sold = refunded = 0
    for minute in minutes:
        clock.at(day, OPEN_HOUR + minute // 60, minute % 60)
        till = rng.choice(tills)
        picks = rng.sample(available, k=min(len(available), rng.choice((1, 1, 1, 2, 2, 3))))
        cart = [CartLine(code, 1) for code in picks]
        try:
            total = sum(
                stock.find_item(ledger, actor=cashiers[till], code=code).price for code in picks
            )
            receipt = sales.complete_sale(
                ledger,
                actor=cashiers[till],
                terminal_code=till,
                lines=cart,
                payments=random_payments(rng, total),
            )
        except ShowroomError:
            continue  # sold out meanwhile: the buyer chooses something else
        receipts.append(receipt.receipt_no)
        sold += 1
        for code in picks:
            if (
                code in available
                and stock.find_item(ledger, actor=cashiers[till], code=code).on_hand == 0
            ):
                available.remove(code)
        if not available:
            break
    if receipts and rng.random() < 0.12:
        clock.at(day, CLOSE_HOUR - 1, 30)
        refunded += _refund_one(ledger, rng, receipts, cashiers[tills[0]], tills[0], supervisor)
    for till in tills:
        clock.at(day, CLOSE_HOUR, 15)
        shift = shifts.current_shift(ledger, actor=cashiers[till], terminal_code=till)
        assert shift is not None
        shifts.close_shift(
            ledger,
            actor=cashiers[till],
            terminal_code=till,
            denominations=counted_drawer(shift.expected_cash),
        )
    return sold, refunded


def random_payments(rng: random.Random, total: int) -> list[PaymentInput]:
    """How a buyer pays `total`: cash, QRIS, card, transfer, or QRIS and cash."""
    roll = rng.random()
    if roll < 0.45:
        tendered = -(-total // 50_000) * 50_000 if rng.random() < 0.6 else total
        return [PaymentInput("cash", tendered)]
    if roll < 0.75:
        return [PaymentInput("qris", total, reference=f"QR{rng.randint(10**9, 10**10)}")]
    if roll < 0.87:
        return [PaymentInput("card", total, approval_code=f"{rng.randint(0, 999999):06d}")]
    if roll < 0.95:
        return [PaymentInput("transfer", total, reference=f"TRF{rng.randint(1000, 9999)}")]
    part = max(total // 2 // 1000 * 1000, 1000) if total > 1000 else total
    if part >= total:
        return [PaymentInput("cash", total)]
    return [
        PaymentInput("qris", part, reference=f"QR{rng.randint(10**9, 10**10)}"),
        PaymentInput("cash", total - part),
    ]


def counted_drawer(expected: int) -> dict[int, int]:
    """The drawer counted note by note (the demo's cashiers count exactly)."""
    counted: dict[int, int] = {}
    rest = expected
    for value in DENOMINATIONS:
        number, rest = divmod(rest, value)
        if number:
            counted[value] = number
    return counted


def _refund_one(
    ledger: Ledger,
    rng: random.Random,
    receipts: list[str],
    cashier: Actor,
    till: str,
    supervisor: Actor,
) -> int:
    receipt = sales.get_sale(ledger, actor=cashier, receipt_no=rng.choice(receipts[-40:]))
    line = next((ln for ln in receipt.lines if ln.quantity > ln.refunded_quantity), None)
    if line is None:
        return 0
    method = receipt.payments[0].method if receipt.payments else "cash"
    try:
        refunds.refund_sale(
            ledger,
            actor=cashier,
            terminal_code=till,
            method=method,
            receipt_no=receipt.receipt_no,
            lines=[RefundLineInput(line.id, 1, restock=rng.random() < 0.8)],
            reason=rng.choice(("ukuran tidak pas", "warna kurang cocok", "ada cacat jahitan")),
            approval=Approval("sari", "demo-sari"),
        )
    except ShowroomError:
        return 0
    return 1


def return_one_to_maker(
    ledger: Ledger,
    rng: random.Random,
    clock: DemoClock,
    day: date,
    staff: Actor,
    maker_codes: list[str],
) -> int:
    """A piece handed back to a maker drawn at random; how many returns were made."""
    code = rng.choice(maker_codes)
    in_stock = [
        i for i in stock.search_items(ledger, actor=staff, maker_code=code, in_stock=True, limit=20)
    ]
    if not in_stock:
        return 0
    clock.at(day, 15, 40)
    item = rng.choice(in_stock)
    consignment.return_to_maker(
        ledger,
        actor=staff,
        maker_code=code,
        lines=[(item.code, 1)],
        notes="lama tidak terjual / unsold for a long time",
    )
    return 1


def close_months(
    ledger: Ledger,
    clock: DemoClock,
    first: date,
    end: date,
    supervisor: Actor,
    treasurer: Actor,
    rng: random.Random,
) -> tuple[int, int]:
    """Close every month that ended before the last demo day; pay most statements."""
    closed = paid = 0
    period = f"{first.year:04d}-{first.month:02d}"
    while True:
        first_after = period_bounds(period)[1].astimezone(JAKARTA).date()
        if first_after > end:
            break
        clock.at(first_after, 8, 0)  # closed the first morning after the month
        done = settlements.close_period(ledger, actor=supervisor, period=period)
        closed += len(done)
        # paid a few days later, but never after the demo's last day
        clock.at(min(first_after + timedelta(days=3), end), 10, 0)
        for view in done:
            if rng.random() < 0.85 and view.payable > 0:  # a negative balance is carried
                method = "transfer" if view.payable > 0 and rng.random() < 0.7 else "cash"
                settlements.record_payout(
                    ledger,
                    actor=treasurer,
                    maker_code=view.maker_code,
                    period=period,
                    method=method,
                    reference=f"TRF-{period}-{view.maker_code}" if method == "transfer" else None,
                )
                paid += 1
        period = next_period(period)
    return closed, paid
