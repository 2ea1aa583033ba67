"""Each role can do what the showroom agreed and is refused everything else, by the services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from showroom_pos.domain.errors import PermissionDenied, ShowroomError
from showroom_pos.domain.roles import Action, Role, may
from showroom_pos.services import auth, makers, sales, settings, settlements, stock
from showroom_pos.services.dto import Actor
from showroom_pos.services.stock import IntakeLineInput, ItemFields
from tests.conftest import PASSWORD, Showroom

Attempt = Callable[[Showroom, Actor], object]

ATTEMPTS: dict[Action, Attempt] = {
    Action.MANAGE_MAKERS: lambda s, a: makers.add_maker(
        s.ledger, actor=a, data=makers.MakerInput(code="PKL077", name="Nur Hidayah")),
    Action.RECEIVE_CONSIGNMENT: lambda s, a: stock.receive_consignment(
        s.ledger, actor=a, maker_code="PKL001",
        lines=[IntakeLineInput(1, ItemFields("Sarung cap", "sarung", "cap", 150_000))]),
    Action.EDIT_ITEM: lambda s, a: stock.edit_item(
        s.ledger, actor=a, code="PKL001-00002",
        fields=ItemFields("Kemeja cap Buketan", "kemeja", "cap", 250_000)),
    Action.CHANGE_PRICE: lambda s, a: stock.change_price(
        s.ledger, actor=a, code="PKL001-00003", new_price=480_000,
        consent_note="persetujuan lisan Bu Siti"),
    Action.SELL: lambda s, a: sales.complete_sale(
        s.ledger, actor=a, terminal_code="K1", lines=[sales.CartLine("PKL001-00002")],
        payments=[sales.PaymentInput("cash", 250_000)]),
    Action.RETURN_TO_MAKER: lambda s, a: stock.return_to_maker(
        s.ledger, actor=a, maker_code="PKL001", lines=[("PKL001-00002", 1)]),
    Action.ADJUST_STOCK: lambda s, a: stock.adjust_stock(
        s.ledger, actor=a, code="PKL001-00003", quantity=-1, reason="rusak"),
    Action.COUNT_STOCK: lambda s, a: stock.record_stock_count(
        s.ledger, actor=a, counted={"PKL001-00003": 3}),
    Action.RUN_SHIFT: lambda s, a: sales.open_shift(
        s.ledger, actor=a, terminal_code="K2", opening_float=100_000),
    Action.CASH_IN_OUT: lambda s, a: sales.record_cash_movement(
        s.ledger, actor=a, terminal_code="K1", amount=50_000, reason="tambah kembalian"),
    Action.VIEW_SETTLEMENT: lambda s, a: settlements.compute_settlement(
        s.ledger, actor=a, maker_code="PKL001", period="2026-10"),
    Action.FINALIZE_SETTLEMENT: lambda s, a: settlements.finalize_settlement(
        s.ledger, actor=a, maker_code="PKL001", period="2026-09"),
    Action.ADD_DEDUCTION: lambda s, a: settlements.add_deduction(
        s.ledger, actor=a, maker_code="PKL001", period="2026-10", name="Iuran", amount=10_000),
    Action.RECORD_PAYOUT: lambda s, a: settlements.record_payout(
        s.ledger, actor=a, maker_code="PKL001", period="2026-08", method="cash"),
    Action.CLOSE_PERIOD: lambda s, a: settlements.close_period(s.ledger, actor=a,
                                                               period="2026-07"),
    Action.MANAGE_USERS: lambda s, a: auth.add_user(
        s.ledger, actor=a, username="baru", full_name="Pegawai Baru", role="staff",
        password=PASSWORD),
    Action.CHANGE_SETTINGS: lambda s, a: settings.set_settings(
        s.ledger, actor=a, values={"showroom.name": "Showroom Dekranasda"}),
    Action.MANAGE_TERMINALS: lambda s, a: settings.add_terminal(
        s.ledger, actor=a, code="K3", name="Pameran"),
}


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_every_role_against_every_action(sqlite_showroom: Showroom, role: str) -> None:
    settings.add_terminal(sqlite_showroom.ledger, actor=sqlite_showroom.admin, code="K2",
                          name="Kasir dua")
    actor = sqlite_showroom.people()[role]
    for action, attempt in ATTEMPTS.items():
        try:
            attempt(sqlite_showroom, actor)
        except PermissionDenied as refused:
            assert not may(role, action), f"{role} was refused {action}: {refused}"
            assert refused.message("id") and refused.message("en")
        except ShowroomError:
            # Allowed, but refused for a reason of the showroom's rules (no shift, month open).
            assert may(role, action), f"{role} reached the rules of {action}"
        else:
            assert may(role, action), f"{role} could {action}"


def test_a_supervisor_approval_lets_staff_change_a_price(sqlite_showroom: Showroom) -> None:
    from showroom_pos.services.dto import Approval

    item = stock.change_price(sqlite_showroom.ledger, actor=sqlite_showroom.staff,
                              code="PKL001-00003", new_price=480_000,
                              consent_note="persetujuan lisan Bu Siti",
                              approval=Approval("sari", PASSWORD))
    assert item.price == 480_000
    with pytest.raises(PermissionDenied) as refused:
        stock.change_price(sqlite_showroom.ledger, actor=sqlite_showroom.staff,
                           code="PKL001-00003", new_price=490_000,
                           consent_note="persetujuan lisan Bu Siti",
                           approval=Approval("budi", PASSWORD))
    assert refused.value.code == "approval.not_allowed"


def test_month_cannot_be_finalized_by_the_clock_of_a_cashier(sqlite_showroom: Showroom) -> None:
    sqlite_showroom.clock.set(datetime(2026, 11, 2, 2, 0, tzinfo=UTC))
    with pytest.raises(PermissionDenied):
        settlements.close_period(sqlite_showroom.ledger, actor=sqlite_showroom.cashier,
                                 period="2026-10")
