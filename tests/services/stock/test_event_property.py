"""Whatever happens at an event, the showroom's stock and money after the merge equal the
event laptop's own records: its stock on hand, its payments and refunds, its receipts."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from showroom_pos.app import open_ledger
from showroom_pos.db.models import Item, Payment, Refund, Sale, Terminal
from showroom_pos.domain.errors import ShowroomError
from showroom_pos.domain.periods import to_local
from showroom_pos.services.admin import auth
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.context import Ledger
from showroom_pos.services.reports import day_reports
from showroom_pos.services.stock import event_laptop, event_pack, events
from showroom_pos.services.till import refunds, sales, shifts
from showroom_pos.services.till.types import CartLine, PaymentInput, RefundLineInput, SaleReceipt
from tests.conftest import PASSWORD, Clock, build_showroom
from tests.services.stock.test_events import MASKS, new_event, stock_up

ITEMS = (MASKS, "PKL001-00001", "PKL001-00002", "PKL001-00003")
METHODS = ("cash", "qris", "card", "transfer")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A showroom with an event packed: 30 masks and the fixture's pieces at the event."""
    folder = tmp_path_factory.mktemp("event-template")
    clock = Clock()
    ledger = open_ledger(f"sqlite:///{folder / 'showroom.sqlite3'}", clock=clock)
    try:
        showroom = build_showroom(ledger, clock)
        stock_up(showroom)
        code = new_event(showroom)
        events.send_to_event(
            ledger,
            actor=showroom.staff,
            event_code=code,
            lines=[(MASKS, 30), ("PKL001-00001", 1), ("PKL001-00002", 4), ("PKL001-00003", 3)],
        )
        event_pack.pack_event(
            ledger, actor=showroom.admin, event_code=code, out=folder / "laptop.sqlite3"
        )
    finally:
        ledger.close()
    return folder


def stock(ledger: Ledger) -> dict[str, int]:
    with ledger.read() as session:
        return {code: n for code, n in session.execute(select(Item.code, Item.on_hand))}


def money(ledger: Ledger, till: str) -> tuple[list[str], Counter[str], int]:
    """Receipt numbers, payments by method and refunds total of a till, from its rows."""
    with ledger.read() as session:
        terminal = session.scalar(select(Terminal.id).where(Terminal.code == till))
        numbers = list(
            session.scalars(
                select(Sale.receipt_no)
                .where(Sale.terminal_id == terminal)
                .order_by(Sale.receipt_seq)
            )
        )
        paid: Counter[str] = Counter()
        for method, amount in session.execute(
            select(Payment.method, Payment.amount)
            .join(Sale, Sale.id == Payment.sale_id)
            .where(Sale.terminal_id == terminal, Sale.training.is_(False))
        ):
            paid[method] += amount
        refunded = sum(session.scalars(select(Refund.total).where(Refund.terminal_id == terminal)))
        return numbers, paid, refunded


operation = st.one_of(
    st.tuples(
        st.just("sell"),
        st.integers(0, 3),
        st.integers(1, 4),
        st.sampled_from(METHODS),
        st.booleans(),
    ),
    st.tuples(
        st.just("refund"), st.integers(0, 30), st.integers(1, 2), st.booleans(), st.booleans()
    ),
    st.tuples(st.just("day"), st.integers(0, 0), st.integers(0, 0), st.just(""), st.booleans()),
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=st.lists(operation, max_size=14))
def test_after_the_merge_stock_and_money_equal_the_laptops_records(
    template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    operations: list[tuple[str, int, int, str, bool]],
) -> None:
    folder = tmp_path_factory.mktemp("event-run")
    for name in ("showroom.sqlite3", "laptop.sqlite3"):
        shutil.copy(template / name, folder / name)
    clock = Clock()
    clock.advance(hours=1)
    laptop = open_ledger(f"sqlite:///{folder / 'laptop.sqlite3'}", clock=clock)
    receipts: list[SaleReceipt] = []
    try:
        cashier = auth.login(laptop, username="budi", password=PASSWORD)
        supervisor = auth.login(laptop, username="sari", password=PASSWORD)

        def close_day() -> None:
            shifts.close_shift(laptop, actor=cashier, terminal_code="P1", denominations={})
            day_reports.z_report(
                laptop, actor=supervisor, terminal_code="P1", day=to_local(clock()).date()
            )

        shifts.open_shift(laptop, actor=cashier, terminal_code="P1", opening_float=5_000_000)
        for kind, index, quantity, method, flag in operations:
            clock.advance(minutes=7)
            try:
                if kind == "sell":
                    code = ITEMS[index]
                    with laptop.read() as session:
                        price = session.scalar(select(Item.price).where(Item.code == code))
                    total = int(price or 0) * quantity
                    receipts.append(
                        sales.complete_sale(
                            laptop,
                            actor=cashier,
                            terminal_code="P1",
                            lines=[CartLine(code, quantity)],
                            payments=[
                                PaymentInput(method, total, reference="REF-1", approval_code="A1")
                            ],
                            training=flag and method == "card",
                        )
                    )
                elif kind == "refund" and receipts:
                    sold = receipts[index % len(receipts)]
                    refunds.refund_sale(
                        laptop,
                        actor=supervisor,
                        terminal_code="P1",
                        receipt_no=sold.receipt_no,
                        lines=[RefundLineInput(sold.lines[0].id, quantity, restock=flag)],
                        reason="pembeli berubah pikiran",
                        method="cash" if flag else "transfer",
                    )
                elif kind == "day":
                    close_day()
                    clock.advance(days=1)
                    shifts.open_shift(
                        laptop, actor=cashier, terminal_code="P1", opening_float=5_000_000
                    )
            except ShowroomError:
                pass  # refused (sold out, refunded already): the laptop's records say so
        close_day()
        laptop_stock = stock(laptop)
        laptop_money = money(laptop, "P1")
    finally:
        laptop.close()
    clock.advance(days=1)
    showroom = open_ledger(f"sqlite:///{folder / 'showroom.sqlite3'}", clock=clock)
    try:
        before = stock(showroom)
        admin = auth.login(showroom, username="admin", password=PASSWORD)
        event_laptop.merge_event(showroom, actor=admin, path=folder / "laptop.sqlite3")
        after = stock(showroom)
        for code, at_event in laptop_stock.items():
            assert after[code] == before[code] + at_event, code
        assert {c: n for c, n in after.items() if c not in laptop_stock} == {
            c: n for c, n in before.items() if c not in laptop_stock
        }
        assert money(showroom, "P1") == laptop_money
        report = check_ledger(showroom)
        assert report.ok, report.lines("en")
    finally:
        showroom.close()
