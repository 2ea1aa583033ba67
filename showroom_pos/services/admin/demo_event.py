"""The demo's evening bazaar: pieces sent out to an event, sold on the event laptop's own
database, and its records merged back into the showroom."""

from __future__ import annotations

import random
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from showroom_pos.db.engine import sqlite_url
from showroom_pos.db.models import Item
from showroom_pos.services.admin.demo_days import (
    CLOSE_HOUR,
    OPEN_HOUR,
    DemoClock,
    counted_drawer,
    in_stock_codes,
    random_payments,
)
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.reports import day_reports
from showroom_pos.services.stock import event_laptop, event_pack, events
from showroom_pos.services.till import sales, shifts
from showroom_pos.services.till.types import CartLine


class EveningBazaar:
    """An evening bazaar in the demo's last days: pieces sent out the evening before, sold on
    the event laptop's own database, its records merged back the morning after."""

    def __init__(
        self,
        ledger: Ledger,
        rng: random.Random,
        clock: DemoClock,
        people: dict[str, Actor],
        end: date,
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
        codes = in_stock_codes(self.ledger)
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
                payments=random_payments(self.rng, price),
            )
        self.clock.at(day, 21, 30)
        shift = shifts.current_shift(self.laptop, actor=cashier, terminal_code=self.code)
        assert shift is not None
        shifts.close_shift(
            self.laptop,
            actor=cashier,
            terminal_code=self.code,
            denominations=counted_drawer(shift.expected_cash),
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
