"""Several tills at the same moment, each in its own process with its own connection."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest
from sqlalchemy import func, select

from showroom_pos.db.models import Sale, SaleLine
from showroom_pos.services.admin import auth, settings, users
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.stock import consignment
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields
from showroom_pos.services.till import shifts
from tests.conftest import PASSWORD, Showroom
from tests.ledgerstate import on_hand
from tests.services.race_worker import run_race

pytestmark = pytest.mark.slow


def _tills(showroom: Showroom, count: int) -> list[tuple[str, str]]:
    """Tills K2..K(count+1), each with its own cashier and open shift."""
    shifts.close_shift(
        showroom.ledger, actor=showroom.cashier, terminal_code="K1", denominations={100_000: 3}
    )
    tills = []
    for number in range(2, count + 2):
        code, name = f"K{number}", f"kasir{number}"
        settings.add_terminal(
            showroom.ledger, actor=showroom.admin, code=code, name=f"Kasir {number}"
        )
        users.add_user(
            showroom.ledger,
            actor=showroom.admin,
            username=name,
            full_name=f"Kasir {number}",
            role="cashier",
            password=PASSWORD,
        )
        cashier = auth.login(showroom.ledger, username=name, password=PASSWORD)
        shifts.open_shift(showroom.ledger, actor=cashier, terminal_code=code, opening_float=0)
        tills.append((code, name))
    return tills


def _race(
    showroom: Showroom, plan: dict[tuple[str, str], list[list[tuple[str, int, int]]]]
) -> list[tuple[str, str, str]]:
    """Each till's cashier sells their carts in a process of their own, all at once."""
    return run_race(
        showroom.ledger.url,
        PASSWORD,
        [
            (name, "cart", [{"terminal": till, "cart": cart} for cart in carts], None)
            for (till, name), carts in plan.items()
        ],
    )


@pytest.mark.parametrize("tills", [2, 8])
def test_a_unique_piece_is_sold_exactly_once(showroom: Showroom, tills: int) -> None:
    plan = {till: [[("PKL001-00001", 1, 1_250_000)]] for till in _tills(showroom, tills)}
    outcomes = _race(showroom, plan)
    assert Counter(kind for _, kind, _ in outcomes) == {"ok": 1, "refused": tills - 1}
    assert {code for _, kind, code in outcomes if kind == "refused"} == {"stock.sold_out"}
    assert on_hand(showroom.ledger, "PKL001-00001") == 0
    assert check_ledger(showroom.ledger).ok


def test_the_last_pieces_go_to_exactly_as_many_buyers(showroom: Showroom) -> None:
    plan = {
        till: [[("PKL001-00003", 1, 475_000)], [("PKL001-00003", 1, 475_000)]]
        for till in _tills(showroom, 4)
    }
    outcomes = _race(showroom, plan)
    assert Counter(kind for _, kind, _ in outcomes) == {"ok": 3, "refused": 5}
    assert on_hand(showroom.ledger, "PKL001-00003") == 0
    with showroom.ledger.read() as session:
        sold = session.scalar(
            select(func.sum(SaleLine.quantity)).where(SaleLine.item_code == "PKL001-00003")
        )
    assert sold == 3
    assert check_ledger(showroom.ledger).ok


def test_receipt_numbers_stay_gapless_per_till_under_load(showroom: Showroom) -> None:
    consignment.receive_consignment(
        showroom.ledger,
        actor=showroom.staff,
        maker_code="PKL001",
        lines=[IntakeLineInput(500, ItemFields("Saputangan cap", "saputangan", "cap", 35_000))],
    )
    code = "PKL001-00004"
    tills = _tills(showroom, 4)
    plan = {till: [[(code, 1, 35_000)] for _ in range(12)] for till in tills}
    outcomes = _race(showroom, plan)
    assert all(kind == "ok" for _, kind, _ in outcomes)
    by_till: dict[str, list[str]] = defaultdict(list)
    with showroom.ledger.read() as session:
        for (till_no,) in session.execute(select(Sale.receipt_no).order_by(Sale.id)):
            by_till[till_no.split("-")[0]].append(till_no)
    for till, _name in tills:
        assert by_till[till] == [f"{till}-{n:06d}" for n in range(1, 13)]
    assert on_hand(showroom.ledger, code) == 500 - 48
    assert check_ledger(showroom.ledger).ok
