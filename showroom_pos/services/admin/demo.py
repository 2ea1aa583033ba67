"""Demo data: a believable Pekalongan showroom, made through the same services people use.

Everything is recorded through the services on a simulated clock, so the journal verifies and
the data behaves exactly like real use: makers, intakes, shifts, sales with every payment
method, refunds with a supervisor, returns to makers, deductions, closed months and payouts,
and an evening bazaar sold from its own laptop database and merged back.
The same seed gives the same showroom.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from showroom_pos.db.engine import sqlite_url
from showroom_pos.db.models import Item, Maker, Sale, Settlement
from showroom_pos.domain.cash import DENOMINATIONS
from showroom_pos.domain.errors import ShowroomError, ValidationError
from showroom_pos.domain.kinds import Technique
from showroom_pos.domain.periods import JAKARTA, next_period, period_bounds, period_of
from showroom_pos.domain.text import text
from showroom_pos.services.admin import auth, settings
from showroom_pos.services.admin.types import Actor, Approval, DemoSummary
from showroom_pos.services.context import Ledger
from showroom_pos.services.reports import day_reports
from showroom_pos.services.settlement import settlements
from showroom_pos.services.stock import consignment, event_laptop, event_pack, events, makers, stock
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields, MakerInput
from showroom_pos.services.till import refunds, sales, shifts
from showroom_pos.services.till.types import CartLine, PaymentInput, RefundLineInput

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

FIRST_NAMES = (
    "Siti",
    "Ahmad",
    "Nur",
    "Muhammad",
    "Sri",
    "Agus",
    "Dewi",
    "Fatimah",
    "Hasan",
    "Aminah",
    "Rohmat",
    "Khotimah",
    "Slamet",
    "Zaenal",
    "Umi",
    "Bambang",
    "Lilis",
    "Imam",
    "Yuliani",
    "Mustofa",
    "Nining",
    "Abdul",
    "Maryam",
    "Teguh",
    "Wahyu",
)
LAST_NAMES = (
    "Aminah",
    "Fauzi",
    "Hidayah",
    "Rohman",
    "Lestari",
    "Santoso",
    "Mubarok",
    "Zulaikha",
    "Setiawan",
    "Hakim",
    "Wibowo",
    "Nuraini",
    "Syafii",
    "Maulana",
    "Rahayu",
    "Kurniawan",
    "Anwar",
    "Susanti",
    "Haryanto",
    "Fitriani",
)
VILLAGES = (
    "Kauman",
    "Pesindon",
    "Kradenan",
    "Buaran",
    "Pasirsari",
    "Landungsari",
    "Setono",
    "Banyurip",
    "Jenggot",
    "Wiradesa",
    "Pekajangan",
)
BANKS = ("BRI", "BNI", "Bank Jateng", "BSI", "Mandiri")
MOTIFS = (
    "Jlamprang",
    "Buketan",
    "Tujuh Rupa",
    "Sekar Jagad",
    "Semen",
    "Liong",
    "Pagi Sore",
    "Terang Bulan",
    "Hokokai",
    "Parang",
    "Kawung",
    "Truntum",
)
COLOURS = (
    "biru indigo",
    "sogan",
    "merah marun",
    "hijau pupus",
    "kuning kunyit",
    "hitam",
    "ungu",
    "pink salem",
)
BATIK_GOODS = (
    ("kain panjang", "Kain panjang", "2,4 x 1,05 m"),
    ("sarung", "Sarung", "2 x 1,1 m"),
    ("selendang", "Selendang", "2 x 0,5 m"),
    ("kemeja", "Kemeja", "L"),
    ("blus", "Blus", "M"),
    ("dress", "Dress", "M"),
)
CRAFT_GOODS = (
    ("tas", "Tas anyaman", 85_000),
    ("dompet", "Dompet batik", 45_000),
    ("kerajinan", "Wayang kulit mini", 120_000),
    ("makanan", "Keripik usus", 25_000),
    ("minuman", "Kopi Owa", 55_000),
    ("aksesori", "Bros batik", 30_000),
)
OPEN_HOUR, CLOSE_HOUR = 9, 16  # WIB


class _Clock:
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


def _price(rng: random.Random, technique: Technique) -> int:
    if technique == Technique.TULIS:
        return rng.choice((650, 850, 1_250, 1_750, 2_400, 3_500, 5_500)) * 1_000
    if technique == Technique.KOMBINASI:
        return rng.choice((375, 450, 525, 675, 850)) * 1_000
    if technique == Technique.CAP:
        return rng.choice((150, 175, 225, 265, 325, 450, 600)) * 1_000
    return rng.choice((95, 125, 150, 185)) * 1_000


def _item(rng: random.Random) -> tuple[ItemFields, int]:
    roll = rng.random()
    if roll < 0.12:
        category, name, price = rng.choice(CRAFT_GOODS)
        return ItemFields(name, category, Technique.NON_BATIK.value, price), rng.randint(3, 12)
    technique = (
        Technique.TULIS
        if roll < 0.40
        else Technique.CAP
        if roll < 0.75
        else Technique.KOMBINASI
        if roll < 0.88
        else Technique.PRINTING
    )
    category, noun, size = rng.choice(BATIK_GOODS)
    motif = rng.choice(MOTIFS)
    label = "printing" if technique == Technique.PRINTING else technique.value
    fields = ItemFields(
        f"{noun} {label} {motif}",
        category,
        technique.value,
        _price(rng, technique),
        motif=motif,
        material=rng.choice(("katun primisima", "sutra", "katun prima")),
        size=size,
        colour=rng.choice(COLOURS),
        batikmark_cert=(
            f"BM-{rng.randint(1000, 9999)}"
            if technique != Technique.PRINTING and rng.random() < 0.3
            else None
        ),
        unique_piece=technique == Technique.TULIS,
    )
    quantity = 1 if technique == Technique.TULIS else rng.randint(2, 8)
    return fields, quantity


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
    if auth.count_users(ledger):
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
    clock = _Clock(
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
    clock: _Clock,
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
    maker_codes = _makers(ledger, rng, staff, supervisor, maker_count)
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
            lines = [IntakeLineInput(q, f) for f, q in (_item(rng) for _ in range(batch))]
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
    bazaar = _Bazaar(ledger, rng, clock, people, end) if (end - first).days >= 9 else None
    day = first
    while day <= end:
        if bazaar is not None and day == end:
            bazaar.merge(day)
        if day.weekday() != 0:  # the museum is closed on Mondays
            sold, refunded = _trading_day(
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
            return_count += _return_some(ledger, rng, clock, day, staff, maker_codes)
        if bazaar is not None:
            sale_count += bazaar.evening(day)
        day += timedelta(days=1)
        if day.day == 1:
            say("demo.progress_sales_up_to", day=day - timedelta(days=1), count=sale_count)
    closed, paid = _close_months(ledger, clock, first, end, supervisor, treasurer, rng)
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


class _Bazaar:
    """An evening bazaar in the demo's last days: pieces sent out the evening before, sold on
    the event laptop's own database, its records merged back the morning after."""

    def __init__(
        self, ledger: Ledger, rng: random.Random, clock: _Clock, people: dict[str, Actor], end: date
    ) -> None:
        self.ledger, self.rng, self.clock, self.people = ledger, rng, clock, people
        self.days = (end - timedelta(days=3), end - timedelta(days=1))
        self.folder = Path(tempfile.mkdtemp(prefix="showroom-pos-bazaar-"))
        self.laptop: Ledger | None = None
        self.code = ""

    def evening(self, day: date) -> int:
        """The day's work for the bazaar, after the showroom closed; the sales made."""
        first, last = self.days
        if day == first - timedelta(days=1):
            self._pack(day)
        elif first <= day <= last and self.laptop is not None:
            return self._sell(day)
        return 0

    def _pack(self, day: date) -> None:
        supervisor = self.people["sari"]
        self.clock.at(day, CLOSE_HOUR + 1, 0)
        event = events.create_event(
            self.ledger,
            actor=supervisor,
            name="Bazaar Batik Malam Minggu",
            place="Alun-alun Kota Pekalongan",
            starts_on=self.days[0],
            ends_on=self.days[1],
        )
        self.code = event.code
        codes = _in_stock_codes(self.ledger)
        chosen = self.rng.sample(codes, k=min(len(codes), 40))
        if not chosen:
            return
        events.send_to_event(
            self.ledger,
            actor=self.people["dewi"],
            event_code=event.code,
            lines=[(code, 1) for code in chosen],
        )
        path = self.folder / "bazaar.sqlite3"
        event_pack.pack_event(
            self.ledger,
            actor=supervisor,
            event_code=event.code,
            out=path,
            usernames=("budi", "sari"),
        )
        self.laptop = Ledger.open(sqlite_url(path), clock=self.clock)

    def _sell(self, day: date) -> int:
        assert self.laptop is not None
        cashier, supervisor = self.people["budi"], self.people["sari"]
        self.clock.at(day, CLOSE_HOUR + 1, 0)
        shifts.open_shift(
            self.laptop, actor=cashier, terminal_code=self.code, opening_float=200_000
        )
        with self.laptop.read() as session:
            left = [
                (code, price)
                for code, price in session.execute(
                    select(Item.code, Item.price).where(Item.on_hand > 0).order_by(Item.code)
                )
            ]
        sold = self.rng.sample(left, k=min(len(left), self.rng.randint(4, 9)))
        for minute, (code, price) in enumerate(sold):
            self.clock.at(day, CLOSE_HOUR + 2 + minute * 20 // 60, minute * 20 % 60)
            sales.complete_sale(
                self.laptop,
                actor=cashier,
                terminal_code=self.code,
                lines=[CartLine(code)],
                payments=_payments(self.rng, price),
            )
        self.clock.at(day, 21, 30)
        shift = shifts.current_shift(self.laptop, actor=cashier, terminal_code=self.code)
        assert shift is not None
        shifts.close_shift(
            self.laptop,
            actor=cashier,
            terminal_code=self.code,
            denominations=_count(shift.expected_cash),
        )
        day_reports.z_report(self.laptop, actor=supervisor, terminal_code=self.code, day=day)
        return len(sold)

    def merge(self, day: date) -> None:
        if self.laptop is None:
            return
        self.laptop.close()
        self.clock.at(day, OPEN_HOUR - 1, 0)
        event_laptop.merge_event(
            self.ledger, actor=self.people["sari"], path=self.folder / "bazaar.sqlite3"
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def _people(ledger: Ledger) -> dict[str, Actor]:
    admin_name, admin_password, _ = DEMO_LOGINS[0]
    admin = auth.create_first_admin(
        ledger, username=admin_name, full_name=FULL_NAMES[admin_name], password=admin_password
    )
    people = {admin_name: admin}
    for username, password, role in DEMO_LOGINS[1:]:
        auth.add_user(
            ledger,
            actor=admin,
            username=username,
            full_name=FULL_NAMES[username],
            role=role,
            password=password,
        )
        people[username] = auth.login(ledger, username=username, password=password)
    return people


def _makers(
    ledger: Ledger, rng: random.Random, staff: Actor, supervisor: Actor, count: int
) -> list[str]:
    codes = []
    for number in range(1, count + 1):
        code = f"PKL{number:03d}" if count < 1000 else f"PKL{number:04d}"
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        kind = rng.choice(("Batik Tulis", "Batik Cap", "Batik", "Griya Batik"))
        commission = rng.choice((0, 0, 0, 500, 1000))
        data = MakerInput(
            code=code,
            name=name,
            business_name=f"{kind} {name.split()[0]} {number}",
            nik=f"3375{rng.randint(10**11, 10**12 - 1)}",
            nib=f"{rng.randint(10**12, 10**13 - 1)}",
            phone=f"08{rng.randint(11, 99)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            address=f"Jl. {rng.choice(MOTIFS)} No. {rng.randint(1, 120)}",
            village=rng.choice(VILLAGES),
            bank_name=rng.choice(BANKS),
            bank_account=str(rng.randint(10**9, 10**15 - 1)),
            bank_account_holder=name,
            commission_bp=commission,
        )
        # Staff register makers; a commission other than zero is a supervisor's decision.
        makers.add_maker(ledger, actor=supervisor if commission else staff, data=data)
        codes.append(code)
    return codes


def _in_stock_codes(ledger: Ledger) -> list[str]:
    with ledger.read() as session:
        return list(session.scalars(select(Item.code).where(Item.on_hand > 0).order_by(Item.code)))


def _trading_day(
    ledger: Ledger,
    rng: random.Random,
    clock: _Clock,
    day: date,
    cashiers: dict[str, Actor],
    supervisor: Actor,
    receipts: list[str],
    daily: float,
) -> tuple[int, int]:
    available = _in_stock_codes(ledger)
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
                payments=_payments(rng, total),
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
            denominations=_count(shift.expected_cash),
        )
    return sold, refunded


def _payments(rng: random.Random, total: int) -> list[PaymentInput]:
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


def _count(expected: int) -> dict[int, int]:
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


def _return_some(
    ledger: Ledger,
    rng: random.Random,
    clock: _Clock,
    day: date,
    staff: Actor,
    maker_codes: list[str],
) -> int:
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


def _close_months(
    ledger: Ledger,
    clock: _Clock,
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
