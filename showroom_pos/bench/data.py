"""The benchmark's database, built through the program's own services (so the journal, stock
and every rule are as real as in the showroom): makers, intakes, then years of sales."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from showroom_pos.domain.periods import JAKARTA
from showroom_pos.services.admin import auth, settings, users
from showroom_pos.services.admin.demo_catalogue import random_item
from showroom_pos.services.admin.demo_days import counted_drawer, random_payments
from showroom_pos.services.admin.setup import set_up_showroom
from showroom_pos.services.admin.types import Actor, ShowroomSetup
from showroom_pos.services.context import Ledger
from showroom_pos.services.stock import consignment, makers
from showroom_pos.services.stock.types import IntakeLineInput, MakerInput
from showroom_pos.services.till import sales, shifts
from showroom_pos.services.till.types import CartLine

PASSWORD = "bench-password-1"
TILL = "K1"
LINES_PER_SALE = 10


@dataclass(frozen=True)
class Scale:
    name: str
    makers: int
    items: int
    sale_lines: int
    years: int


SCALES = {
    "small": Scale("small", 150, 3_000, 20_000, 1),
    "city": Scale("city", 1_300, 100_000, 1_000_000, 5),
}


class _Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def at(self, day: date, hour: int, minute: int = 0, second: int = 0) -> None:
        moment = datetime(
            day.year, day.month, day.day, hour, minute, second, tzinfo=JAKARTA
        ).astimezone(UTC)
        self.now = max(moment, self.now + timedelta(milliseconds=1))


@dataclass(frozen=True)
class BenchPeople:
    admin: Actor
    staff: Actor
    cashier: Actor


def people(ledger: Ledger) -> BenchPeople:
    return BenchPeople(
        *(
            auth.login(ledger, username=name, password=PASSWORD)
            for name in ("bench-admin", "bench-staff", "bench-kasir")
        )
    )


def build(
    ledger: Ledger,
    scale: Scale,
    *,
    seed: int = 7,
    end: date | None = None,
    say: Callable[[str], None] = print,
) -> None:
    """Fill an empty database to `scale`; sales end yesterday and go back `scale.years`."""
    rng = random.Random(seed)
    last_day = end or (datetime.now(UTC).astimezone(JAKARTA).date() - timedelta(days=1))
    first_day = last_day - timedelta(days=365 * scale.years - 1)
    clock = _Clock(datetime.combine(first_day - timedelta(days=2), datetime.min.time(), tzinfo=UTC))
    timed = Ledger(ledger.engines, clock)
    admin = set_up_showroom(
        timed,
        setup=ShowroomSetup(
            "Showroom Dekranasda Kota Pekalongan",
            "Museum Batik Pekalongan",
            "bench-admin",
            "Bench Admin",
            PASSWORD,
            TILL,
            "Kasir depan",
        ),
    )
    for name, role in (("bench-staff", "staff"), ("bench-kasir", "cashier")):
        users.add_user(
            timed, actor=admin, username=name, full_name=name.title(), role=role, password=PASSWORD
        )
    crew = people(timed)
    codes: list[str] = []
    prices: list[int] = []
    left: list[int] = []
    per_maker = scale.items // scale.makers
    for number in range(1, scale.makers + 1):
        code = f"PKL{number:04d}"
        makers.add_maker(
            timed,
            actor=crew.staff,
            data=MakerInput(
                code=code,
                name=f"Pembatik {number}",
                bank_name="BRI",
                bank_account=f"{rng.randint(10**14, 10**15 - 1)}",
            ),
        )
        count = per_maker + (1 if number <= scale.items % scale.makers else 0)
        lines = []
        for _ in range(count):
            fields, quantity = random_item(rng)
            lines.append(
                IntakeLineInput(max(quantity, 1) if fields.unique_piece else quantity + 10, fields)
            )
        slip = consignment.receive_consignment(
            timed, actor=crew.staff, maker_code=code, lines=lines
        )
        for line in slip.lines:
            codes.append(line.item_code)
            prices.append(line.price)
            left.append(line.quantity)
        clock.now += timedelta(seconds=1)
        if number % 100 == 0:
            say(f"  makers {number}/{scale.makers}, items {len(codes)}")
    sales_total = scale.sale_lines // LINES_PER_SALE
    days = (last_day - first_day).days + 1
    done = 0
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        todays = sales_total * (offset + 1) // days - done
        if not todays:
            continue
        clock.at(day, 9)
        shifts.open_shift(timed, actor=crew.cashier, terminal_code=TILL, opening_float=300_000)
        for number in range(todays):
            clock.at(day, 9 + number * 8 // max(todays, 1), rng.randrange(60))
            chosen: dict[str, int] = {}
            while len(chosen) < LINES_PER_SALE:
                index = rng.randrange(len(codes))
                if left[index] > 0 and codes[index] not in chosen:
                    chosen[codes[index]] = index
            receipt_lines = [CartLine(code, 1) for code in chosen]
            total = sum(prices[index] for index in chosen.values())
            sales.complete_sale(
                timed,
                actor=crew.cashier,
                terminal_code=TILL,
                lines=receipt_lines,
                payments=random_payments(rng, total),
            )
            for index in chosen.values():
                left[index] -= 1
        done += todays
        clock.at(day, 17, 30)
        shift = shifts.current_shift(timed, actor=crew.cashier, terminal_code=TILL)
        shifts.close_shift(
            timed,
            actor=crew.cashier,
            terminal_code=TILL,
            denominations=counted_drawer(shift.expected_cash if shift else 0),
        )
        if offset % 30 == 0:
            say(f"  {day}: {done * LINES_PER_SALE} sale lines")
    settings.set_settings(timed, actor=admin, values={"language": "id"})
