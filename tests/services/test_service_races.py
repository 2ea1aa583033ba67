"""Every write service raced by separate processes, each with its own connection, on SQLite
and PostgreSQL: whatever the order, the ledger ends as if the actions had run one by one."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from showroom_pos.db.models import (
    Item,
    PeriodClose,
    PriceChange,
    RefundLine,
    Sale,
    SaleLine,
    Settlement,
    SettlementPayment,
    StockCountLine,
    StockMovement,
)
from showroom_pos.services.admin import auth, settings, users
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.settlement import settlements
from showroom_pos.services.stock import consignment
from showroom_pos.services.stock.types import IntakeLineInput
from showroom_pos.services.till import sales, shifts
from showroom_pos.services.till.types import CartLine, PaymentInput
from tests.conftest import PASSWORD, Showroom
from tests.ledgerstate import on_hand
from tests.services.race_worker import Plan, run_race

pytestmark = pytest.mark.slow

KEMEJA, SELENDANG = "PKL001-00002", "PKL001-00003"


def _people(showroom: Showroom, role: str, count: int) -> list[str]:
    names = [f"{role[:4]}{n}" for n in range(1, count + 1)]
    for name in names:
        users.add_user(
            showroom.ledger,
            actor=showroom.admin,
            username=name,
            full_name=f"{role.title()} {name[-1]}",
            role=role,
            password=PASSWORD,
        )
    return names


def _tills(showroom: Showroom, count: int) -> list[str]:
    """K1 closed; tills K2.. each with its own cashier and open shift (the cashiers' names)."""
    shifts.close_shift(
        showroom.ledger, actor=showroom.cashier, terminal_code="K1", denominations={100_000: 3}
    )
    cashiers = _people(showroom, "cashier", count)
    for number, name in enumerate(cashiers, start=2):
        settings.add_terminal(
            showroom.ledger, actor=showroom.admin, code=f"K{number}", name=f"Kasir {number}"
        )
        shifts.open_shift(
            showroom.ledger,
            terminal_code=f"K{number}",
            opening_float=0,
            actor=auth.login(showroom.ledger, username=name, password=PASSWORD),
        )
    return cashiers


def _race(showroom: Showroom, plan: Plan) -> list[tuple[str, str, str]]:
    return run_race(showroom.ledger.url, PASSWORD, plan)


def _kinds(outcomes: list[tuple[str, str, str]]) -> Counter[str]:
    return Counter(code if kind == "refused" else kind for _, kind, code in outcomes)


def _restock(showroom: Showroom, code: str, quantity: int) -> None:
    consignment.receive_consignment(
        showroom.ledger,
        actor=showroom.staff,
        maker_code="PKL001",
        lines=[IntakeLineInput(quantity, existing_code=code)],
    )


def _movements_total(showroom: Showroom, code: str) -> int:
    with showroom.ledger.read() as session:
        return int(
            session.scalar(
                select(func.sum(StockMovement.quantity))
                .join(Item, Item.id == StockMovement.item_id)
                .where(Item.code == code)
            )
            or 0
        )


def test_no_sale_line_is_refunded_beyond_what_was_sold(showroom: Showroom, db_url: str) -> None:
    """Four supervisors each try to refund every piece of every line twice, in their own
    order: 1,000 attempts on PostgreSQL (200 on SQLite) for 250 (50) pieces sold."""
    sales_count = 125 if db_url.startswith("postgresql") else 25
    _restock(showroom, KEMEJA, 2 * sales_count)
    lines = []
    for _ in range(sales_count):
        receipt = sales.complete_sale(
            showroom.ledger,
            actor=showroom.cashier,
            terminal_code="K1",
            lines=[CartLine(KEMEJA, 2)],
            payments=[PaymentInput("cash", 500_000)],
        )
        lines.append({"terminal": "K1", "receipt": receipt.receipt_no, "line": receipt.lines[0].id})
    supervisors = _people(showroom, "supervisor", 4)
    plan: Plan = []
    for number, name in enumerate(supervisors):
        calls = lines * 2
        random.Random(number).shuffle(calls)
        plan.append((name, "refund", calls, None))
    outcomes = _race(showroom, plan)

    assert len(outcomes) == 8 * sales_count
    assert _kinds(outcomes) == {"ok": 2 * sales_count, "refund.too_much": 6 * sales_count}
    with showroom.ledger.read() as session:
        refunded = dict(
            session.execute(
                select(RefundLine.sale_line_id, func.sum(RefundLine.quantity)).group_by(
                    RefundLine.sale_line_id
                )
            ).all()
        )
        sold = dict(session.execute(select(SaleLine.id, SaleLine.quantity)).all())
    assert refunded == sold  # every piece refunded exactly once, none twice
    assert on_hand(showroom.ledger, KEMEJA) == 5 + 2 * sales_count
    assert on_hand(showroom.ledger, KEMEJA) == _movements_total(showroom, KEMEJA)
    assert check_ledger(showroom.ledger).ok


def test_a_month_is_finalized_and_closed_once(showroom: Showroom) -> None:
    sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine(KEMEJA)],
        payments=[PaymentInput("cash", 250_000)],
    )
    supervisors = _people(showroom, "supervisor", 6)
    plan: Plan = [
        (name, "finalize", [{"maker": "PKL001", "period": "2026-10"}], None)
        for name in supervisors[:3]
    ]
    plan += [(name, "close_month", [{"period": "2026-10"}], None) for name in supervisors[3:]]
    outcomes = _race(showroom, plan)

    kinds = _kinds(outcomes)
    assert kinds["ok"] in (1, 2, 3, 4), outcomes  # one close, at most three finalizes
    assert set(kinds) <= {"ok", "settlement.already_final", "period.closed"}, outcomes
    assert sum(1 for user, kind, _ in outcomes if kind == "ok" and user in supervisors[3:]) == 1
    with showroom.ledger.read() as session:
        assert session.scalar(select(func.count()).select_from(Settlement)) == 1
        assert session.scalar(select(func.count()).select_from(PeriodClose)) == 1
        assert session.scalar(select(Settlement.gross_sales)) == 250_000
    assert check_ledger(showroom.ledger).ok


def test_a_statement_is_paid_once(showroom: Showroom) -> None:
    sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine(KEMEJA)],
        payments=[PaymentInput("cash", 250_000)],
    )
    showroom.clock.set(datetime(2026, 11, 2, 2, 0, tzinfo=UTC))
    settlements.finalize_settlement(
        showroom.ledger, actor=showroom.supervisor, maker_code="PKL001", period="2026-10"
    )
    plan: Plan = [
        (name, "pay", [{"maker": "PKL001", "period": "2026-10"}] * 2, None)
        for name in _people(showroom, "treasurer", 4)
    ]
    outcomes = _race(showroom, plan)

    assert _kinds(outcomes) == {"ok": 1, "settlement.already_paid": 7}, outcomes
    with showroom.ledger.read() as session:
        assert session.scalar(select(func.count()).select_from(SettlementPayment)) == 1
    assert check_ledger(showroom.ledger).ok


def test_a_sale_racing_the_month_end_is_in_the_statement_or_refused(showroom: Showroom) -> None:
    """Tills sell in the last second of October while a supervisor, a second later, finalizes
    October: a sale that commits is counted in the statement; none falls between the two."""
    _restock(showroom, KEMEJA, 60)
    cashiers = _tills(showroom, 3)
    last_second = datetime(2026, 10, 31, 16, 59, 59, tzinfo=UTC).isoformat()  # 23:59:59 WIB
    after_midnight = datetime(2026, 10, 31, 17, 0, 1, tzinfo=UTC).isoformat()
    plan: Plan = [
        (
            name,
            "sell",
            [{"terminal": f"K{number}", "code": KEMEJA, "price": 250_000}] * 20,
            last_second,
        )
        for number, name in enumerate(cashiers, start=2)
    ]
    plan.append(
        (
            _people(showroom, "supervisor", 1)[0],
            "finalize",
            [{"maker": "PKL001", "period": "2026-10", "pause": 0.5}],
            after_midnight,
        )
    )
    outcomes = _race(showroom, plan)

    assert set(_kinds(outcomes)) <= {"ok", "period.closed"}, outcomes
    assert any(kind == "ok" for user, kind, _ in outcomes if user in cashiers)
    assert ("supe1", "ok", "RB-2026-10-PKL001") in outcomes
    with showroom.ledger.read() as session:
        october = session.scalar(
            select(func.sum(SaleLine.amount))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(SaleLine.maker_id == 1)
        )
        statement = session.scalar(select(Settlement.gross_sales))
    assert statement == october
    assert check_ledger(showroom.ledger).ok


def test_restocks_and_returns_keep_stock_exact(showroom: Showroom) -> None:
    staff = _people(showroom, "staff", 8)
    plan: Plan = [
        (name, "restock", [{"maker": "PKL001", "code": KEMEJA, "quantity": 5}] * 5, None)
        for name in staff[:4]
    ]
    plan += [
        (name, "return", [{"maker": "PKL001", "code": SELENDANG, "quantity": 1}] * 2, None)
        for name in staff[4:]
    ]
    outcomes = _race(showroom, plan)

    kinds = _kinds(outcomes)
    assert kinds["ok"] == 20 + 3, outcomes  # every restock, and the three pieces there were
    assert kinds["return.too_much"] + kinds["stock.insufficient"] == 5, outcomes
    assert on_hand(showroom.ledger, KEMEJA) == 5 + 100 == _movements_total(showroom, KEMEJA)
    assert on_hand(showroom.ledger, SELENDANG) == 0 == _movements_total(showroom, SELENDANG)
    assert check_ledger(showroom.ledger).ok


def test_price_changes_form_one_unbroken_history(showroom: Showroom) -> None:
    plan: Plan = [
        (
            name,
            "price",
            [{"code": KEMEJA, "price": 260_000 + 1_000 * (5 * n + k)} for k in range(5)],
            None,
        )
        for n, name in enumerate(_people(showroom, "supervisor", 4))
    ]
    outcomes = _race(showroom, plan)

    assert _kinds(outcomes) == {"ok": 20}, outcomes
    with showroom.ledger.read() as session:
        changes = session.execute(
            select(PriceChange.old_price, PriceChange.new_price).order_by(PriceChange.id)
        ).all()
        price = session.scalar(select(Item.price).where(Item.code == KEMEJA))
    assert changes[0].old_price == 250_000
    assert all(
        later.old_price == earlier.new_price for earlier, later in itertools.pairwise(changes)
    )
    assert price == changes[-1].new_price
    assert check_ledger(showroom.ledger).ok


def test_stock_counts_racing_sales_expect_what_was_on_the_shelf(showroom: Showroom) -> None:
    """Supervisors count the shirts back to five while tills sell them: each count's
    'expected' is the stock the movements before it add up to."""
    cashiers = _tills(showroom, 2)
    plan: Plan = [
        (name, "sell", [{"terminal": f"K{number}", "code": KEMEJA, "price": 250_000}] * 8, None)
        for number, name in enumerate(cashiers, start=2)
    ]
    plan += [
        (name, "count", [{"code": KEMEJA, "counted": 5}] * 4, None)
        for name in _people(showroom, "supervisor", 2)
    ]
    outcomes = _race(showroom, plan)

    assert set(_kinds(outcomes)) <= {"ok", "stock.sold_out", "stock.insufficient"}, outcomes
    with showroom.ledger.read() as session:
        item_id = session.scalar(select(Item.id).where(Item.code == KEMEJA))
        movements = session.execute(
            select(StockMovement.quantity, StockMovement.count_line_id)
            .where(StockMovement.item_id == item_id)
            .order_by(StockMovement.id)
        ).all()
        expected = dict(session.execute(select(StockCountLine.id, StockCountLine.expected)).all())
    running = 0
    for quantity, count_line in movements:
        if count_line is not None:
            assert expected[count_line] == running
        running += quantity
        assert running >= 0
    assert running == on_hand(showroom.ledger, KEMEJA)
    assert check_ledger(showroom.ledger).ok
