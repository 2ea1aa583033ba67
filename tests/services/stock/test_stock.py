"""Makers and their consigned goods: intake, tags' codes, returns, prices, counts."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from showroom_pos.app import open_ledger
from showroom_pos.db.models import Item, Maker, PriceChange, StockMovement
from showroom_pos.domain.errors import (
    NotFound,
    PermissionDenied,
    ShowroomError,
    StockError,
    ValidationError,
)
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.admin.types import Approval
from showroom_pos.services.stock import consignment, counts, makers, stock
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields, MakerInput
from showroom_pos.services.till import refunds, sales
from showroom_pos.services.till.types import CartLine, PaymentInput, RefundLineInput, SaleReceipt
from tests.conftest import PASSWORD, Clock, Showroom, build_showroom
from tests.ledgerstate import journal_actions, on_hand, table_counts

KEMEJA = "PKL001-00002"


def test_intake_slip_lists_what_the_maker_left(showroom: Showroom) -> None:
    slip = consignment.get_slip(showroom.ledger, actor=showroom.staff, number="TT-000001")
    assert slip.kind == "intake" and slip.maker_code == "PKL001"
    assert [(ln.item_code, ln.quantity, ln.price) for ln in slip.lines] == [
        ("PKL001-00001", 1, 1_250_000),
        ("PKL001-00002", 5, 250_000),
        ("PKL001-00003", 3, 475_000),
    ]
    assert slip.staff_name == "Dewi Lestari"
    second = consignment.receive_consignment(
        showroom.ledger,
        actor=showroom.staff,
        maker_code="PKL001",
        lines=[
            IntakeLineInput(4, existing_code=KEMEJA),
            IntakeLineInput(2, ItemFields("Taplak meja cap Sawat", "taplak", "cap", 85_000)),
        ],
    )
    assert second.number == "TT-000002"
    assert [ln.item_code for ln in second.lines] == [KEMEJA, "PKL001-00004"]
    assert on_hand(showroom.ledger, KEMEJA) == 9
    assert check_ledger(showroom.ledger).ok


@pytest.mark.parametrize(
    ("fields", "quantity", "code"),
    [
        (ItemFields("Kain", "kain panjang", "tulis", 500), 1, "price.invalid"),
        (
            ItemFields("Kain", "kain panjang", "tulis", 500_000, unique_piece=True),
            2,
            "quantity.unique",
        ),
        (ItemFields("Kain", "kain panjang", "lukis-kaca", 500_000), 1, "field.choice"),
        (ItemFields("", "kain panjang", "tulis", 500_000), 1, "field.required"),
        (ItemFields("Kain", "kain panjang", "tulis", 500_000), 0, "quantity.invalid"),
    ],
)
def test_bad_intake_lines_change_nothing(
    sqlite_showroom: Showroom, fields: ItemFields, quantity: int, code: str
) -> None:
    before = table_counts(sqlite_showroom.ledger)
    with pytest.raises(ValidationError) as refused:
        consignment.receive_consignment(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.staff,
            maker_code="PKL001",
            lines=[
                IntakeLineInput(1, ItemFields("Kemeja", "kemeja", "cap", 200_000)),
                IntakeLineInput(quantity, fields),
            ],
        )
    assert refused.value.code == code
    assert table_counts(sqlite_showroom.ledger) == before


def test_return_to_maker_slip_and_limits(showroom: Showroom) -> None:
    slip = consignment.return_to_maker(
        showroom.ledger,
        actor=showroom.staff,
        maker_code="PKL001",
        lines=[(KEMEJA, 2)],
        notes="motif tidak laku",
    )
    assert (slip.kind, slip.number, slip.lines[0].quantity) == ("return", "BA-000001", 2)
    assert on_hand(showroom.ledger, KEMEJA) == 3
    with pytest.raises(StockError) as refused:
        consignment.return_to_maker(
            showroom.ledger, actor=showroom.staff, maker_code="PKL001", lines=[(KEMEJA, 4)]
        )
    assert refused.value.code == "return.too_much"
    history = stock.item_history(showroom.ledger, actor=showroom.staff, code=KEMEJA)
    assert [(h.kind, h.quantity, h.reference) for h in history] == [
        ("intake", 5, "TT-000001"),
        ("return", -2, "BA-000001"),
    ]


def test_price_change_needs_consent_and_a_supervisor(showroom: Showroom) -> None:
    with pytest.raises(PermissionDenied) as refused:
        stock.change_price(
            showroom.ledger,
            actor=showroom.staff,
            code=KEMEJA,
            new_price=275_000,
            consent_note="Bu Siti minta naik via telepon",
        )
    assert refused.value.code == "approval.required"
    with pytest.raises(ValidationError) as no_consent:
        stock.change_price(
            showroom.ledger,
            actor=showroom.supervisor,
            code=KEMEJA,
            new_price=275_000,
            consent_note="",
        )
    assert no_consent.value.code == "price.consent_required"
    item = stock.change_price(
        showroom.ledger,
        actor=showroom.staff,
        code=KEMEJA,
        new_price=275_000,
        consent_note="Bu Siti minta naik via telepon",
        approval=Approval("sari", PASSWORD),
    )
    assert item.price == 275_000
    with showroom.ledger.read() as session:
        change = session.execute(
            select(PriceChange.old_price, PriceChange.new_price, PriceChange.consent_note)
        ).one()
    assert tuple(change) == (250_000, 275_000, "Bu Siti minta naik via telepon")
    receipt = sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine(KEMEJA)],
        payments=[PaymentInput("cash", 275_000)],
    )
    assert receipt.lines[0].unit_price == 275_000
    assert check_ledger(showroom.ledger).ok


def test_adjustment_and_stock_count(sqlite_showroom: Showroom) -> None:
    ledger, sup = sqlite_showroom.ledger, sqlite_showroom.supervisor
    with pytest.raises(ValidationError):
        counts.adjust_stock(ledger, actor=sup, code=KEMEJA, quantity=-1, reason="")
    counts.adjust_stock(ledger, actor=sup, code=KEMEJA, quantity=-1, reason="rusak kena noda")
    assert on_hand(ledger, KEMEJA) == 4
    with pytest.raises(StockError):
        counts.adjust_stock(ledger, actor=sup, code=KEMEJA, quantity=-5, reason="hilang")
    with pytest.raises(ValidationError) as unexplained:
        counts.record_stock_count(ledger, actor=sqlite_showroom.staff, counted={KEMEJA: 3})
    assert unexplained.value.code == "stock.reason_required"
    before = table_counts(ledger)
    with pytest.raises(PermissionDenied) as unapproved:  # a difference is an adjustment
        counts.record_stock_count(
            ledger,
            actor=sqlite_showroom.staff,
            counted={KEMEJA: 3, "PKL001-00003": 3},
            explanations={KEMEJA: "satu hilang dari rak"},
        )
    assert unapproved.value.code == "approval.required"
    assert table_counts(ledger) == before
    matching = counts.record_stock_count(
        ledger, actor=sqlite_showroom.staff, counted={"PKL001-00003": 3}
    )  # nothing to approve
    assert [line.difference for line in matching.lines] == [0]
    result = counts.record_stock_count(
        ledger,
        actor=sqlite_showroom.staff,
        counted={KEMEJA: 3, "PKL001-00003": 3},
        explanations={KEMEJA: "satu hilang dari rak"},
        approval=Approval("sari", PASSWORD),
    )
    assert [(ln.item_code, ln.expected, ln.counted) for ln in result.lines] == [
        (KEMEJA, 4, 3),
        ("PKL001-00003", 3, 3),
    ]
    assert on_hand(ledger, KEMEJA) == 3
    assert journal_actions(ledger)[-3:] == ["stock.adjust", "stock.count", "stock.count"]
    with ledger.read() as session:
        counted = session.scalars(select(StockMovement).where(StockMovement.kind == "count")).one()
        assert counted.approved_by_id == sqlite_showroom.supervisor.user_id
    assert check_ledger(ledger).ok


def test_search_by_code_name_motif_and_maker(sqlite_showroom: Showroom) -> None:
    ledger, cashier = sqlite_showroom.ledger, sqlite_showroom.cashier

    def codes(text: str, **kw: object) -> list[str]:
        return [i.code for i in stock.search_items(ledger, actor=cashier, text=text, **kw)]

    assert codes("jlamprang") == ["PKL001-00001"]
    assert codes("siti kemeja") == [KEMEJA]
    assert codes("PKL001-0000") == ["PKL001-00001", KEMEJA, "PKL001-00003"]
    assert codes("", technique="kombinasi") == ["PKL001-00003"]
    assert codes("tidak-ada-barang-ini") == []
    assert codes("%") == codes("_") == codes("PKL_01") == []  # typed literally, not wildcards
    assert [m.code for m in makers.list_makers(ledger, actor=cashier, text="%")] == []
    assert [m.code for m in makers.list_makers(ledger, actor=cashier, text="siti")] == ["PKL001"]
    with pytest.raises(NotFound):
        stock.find_item(ledger, actor=cashier, code="XYZ-1")


def test_makers_private_data_is_masked_for_staff(sqlite_showroom: Showroom) -> None:
    staff_view = makers.get_maker(
        sqlite_showroom.ledger, actor=sqlite_showroom.staff, code="PKL001"
    )
    treasurer_view = makers.get_maker(
        sqlite_showroom.ledger, actor=sqlite_showroom.treasurer, code="PKL001"
    )
    assert treasurer_view.bank_account == "002101000123456"
    assert staff_view.bank_account is not None and staff_view.bank_account.endswith("3456")
    assert "0021" not in staff_view.bank_account
    assert staff_view.nik is not None and staff_view.nik.startswith("3375")
    assert "•" in staff_view.nik
    # Saving the form as staff saw it keeps the real values.
    edited = makers.edit_maker(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.staff,
        code="PKL001",
        data=MakerInput(
            code="PKL001",
            name="Siti Aminah",
            phone="0812-2900-9999",
            nik=staff_view.nik,
            bank_account=staff_view.bank_account,
            bank_name="BRI",
        ),
    )
    assert edited.phone == "••••-••••-9999"  # staff see their own change masked too
    with sqlite_showroom.ledger.read() as session:
        stored = session.execute(
            select(Maker.nik, Maker.bank_account).where(Maker.code == "PKL001")
        ).one()
        assert session.scalar(select(Maker.phone).where(Maker.code == "PKL001")) == (
            "0812-2900-9999"
        )
    assert tuple(stored) == ("3375014101800001", "002101000123456")


def test_duplicate_and_inactive_makers(sqlite_showroom: Showroom) -> None:
    ledger, staff = sqlite_showroom.ledger, sqlite_showroom.staff
    with pytest.raises(ValidationError) as duplicate:
        makers.add_maker(ledger, actor=staff, data=MakerInput(code="pkl001", name="Orang lain"))
    assert duplicate.value.code == "maker.exists"
    makers.set_maker_active(ledger, actor=staff, code="PKL001", active=False)
    with pytest.raises(ValidationError) as inactive:
        sales.complete_sale(
            ledger,
            actor=sqlite_showroom.cashier,
            terminal_code="K1",
            lines=[CartLine(KEMEJA)],
            payments=[PaymentInput("cash", 250_000)],
        )
    assert inactive.value.code == "maker.inactive"
    listed = makers.list_makers(ledger, actor=staff, text="siti")
    assert [m.code for m in listed] == ["PKL001"] and not listed[0].active


operations = st.lists(
    st.tuples(
        st.sampled_from(["intake", "sell", "return", "adjust", "refund", "count"]),
        st.sampled_from(["PKL001-00001", KEMEJA, "PKL001-00003"]),
        st.integers(min_value=-3, max_value=6),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations)
def test_stock_never_goes_below_zero(steps: list[tuple[str, str, int]]) -> None:
    """Whatever staff and cashiers try, in any order, no item's stock goes below zero, a unique
    piece never exceeds one, and the stock always equals the sum of its movements."""
    with tempfile.TemporaryDirectory() as folder:
        clock = Clock()
        ledger = open_ledger(f"sqlite:///{Path(folder) / 's.sqlite3'}", clock=clock)
        try:
            shop = build_showroom(ledger, clock)
            receipts: list[SaleReceipt] = []
            for kind, code, number in steps:
                clock.advance(minutes=7)
                try:
                    if kind == "intake":
                        consignment.receive_consignment(
                            ledger,
                            actor=shop.staff,
                            maker_code="PKL001",
                            lines=[IntakeLineInput(number, existing_code=code)],
                        )
                    elif kind == "sell":
                        price = stock.find_item(ledger, actor=shop.cashier, code=code).price
                        receipts.append(
                            sales.complete_sale(
                                ledger,
                                actor=shop.cashier,
                                terminal_code="K1",
                                lines=[CartLine(code, number)],
                                payments=[PaymentInput("cash", price * max(number, 1))],
                            )
                        )
                    elif kind == "return":
                        consignment.return_to_maker(
                            ledger, actor=shop.staff, maker_code="PKL001", lines=[(code, number)]
                        )
                    elif kind == "adjust":
                        counts.adjust_stock(
                            ledger,
                            actor=shop.supervisor,
                            code=code,
                            quantity=number,
                            reason="selisih",
                        )
                    elif kind == "count":
                        counts.record_stock_count(
                            ledger,
                            actor=shop.staff,
                            counted={code: number},
                            explanations={code: "hitung ulang"},
                        )
                    elif receipts:
                        line = receipts[-1].lines[0]
                        refunds.refund_sale(
                            ledger,
                            actor=shop.supervisor,
                            terminal_code="K1",
                            receipt_no=receipts[-1].receipt_no,
                            lines=[RefundLineInput(line.id, number)],
                            reason="retur",
                        )
                except ShowroomError:
                    pass  # refused with a message: nothing changed
                with ledger.read() as session:
                    for item in session.scalars(select(Item)):
                        moved = session.scalar(
                            select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
                                StockMovement.item_id == item.id
                            )
                        )
                        assert item.on_hand >= 0
                        assert item.on_hand == moved
                        assert not item.unique_piece or item.on_hand <= 1
            assert check_ledger(ledger).ok
        finally:
            ledger.close()
