"""Selling at the till: maker's price, stock, receipts, payments, refunds, shifts."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from showroom_pos.db.models import Payment, Sale, SaleLine, StockMovement
from showroom_pos.domain.errors import PermissionDenied, StockError, ValidationError
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.admin.types import Approval
from showroom_pos.services.stock import stock
from showroom_pos.services.till import refunds, sales, shifts
from showroom_pos.services.till.types import CartLine, PaymentInput, RefundLineInput, SaleReceipt
from tests.conftest import PASSWORD, Showroom
from tests.ledgerstate import journal_actions, on_hand, scalar, table_counts

TULIS, KEMEJA, SELENDANG = "PKL001-00001", "PKL001-00002", "PKL001-00003"


def sell(
    showroom: Showroom, *codes: str, pay: list[PaymentInput] | None = None, training: bool = False
) -> SaleReceipt:
    lines = [CartLine(code) for code in codes]
    if pay is None:
        total = sum(
            stock.find_item(showroom.ledger, actor=showroom.cashier, code=c).price for c in codes
        )
        pay = [PaymentInput("cash", total)]
    return sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=lines,
        payments=pay,
        training=training,
    )


def test_sale_at_maker_price_moves_stock_and_is_journaled(showroom: Showroom) -> None:
    receipt = sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine(TULIS), CartLine(KEMEJA, 2)],
        payments=[PaymentInput("cash", 1_300_000), PaymentInput("qris", 500_000, "QR-7781")],
    )
    assert receipt.receipt_no == "K1-000001"
    assert receipt.total == 1_250_000 + 2 * 250_000
    assert [(ln.item_code, ln.quantity, ln.unit_price, ln.amount) for ln in receipt.lines] == [
        (TULIS, 1, 1_250_000, 1_250_000),
        (KEMEJA, 2, 250_000, 500_000),
    ]
    cash = receipt.payments[0]
    assert (cash.method, cash.amount, cash.tendered, cash.change) == (
        "cash",
        1_250_000,
        1_300_000,
        50_000,
    )
    assert on_hand(showroom.ledger, TULIS) == 0 and on_hand(showroom.ledger, KEMEJA) == 3
    assert journal_actions(showroom.ledger)[-1] == "sale"
    assert (
        scalar(
            showroom.ledger,
            select(func.sum(StockMovement.quantity)).where(StockMovement.kind == "sale"),
        )
        == -3
    )
    assert check_ledger(showroom.ledger).ok


def test_receipt_numbers_are_consecutive_per_till(showroom: Showroom) -> None:
    numbers = [sell(showroom, KEMEJA).receipt_no for _ in range(3)]
    assert numbers == ["K1-000001", "K1-000002", "K1-000003"]


def test_unique_piece_cannot_be_sold_twice(showroom: Showroom) -> None:
    sell(showroom, TULIS)
    before = table_counts(showroom.ledger)
    with pytest.raises(StockError) as refused:
        sell(showroom, TULIS, pay=[PaymentInput("cash", 1_250_000)])
    assert "sudah terjual" in refused.value.message("id")
    assert table_counts(showroom.ledger) == before


def test_more_than_on_hand_is_refused(showroom: Showroom) -> None:
    with pytest.raises(StockError) as refused:
        sales.complete_sale(
            showroom.ledger,
            actor=showroom.cashier,
            terminal_code="K1",
            lines=[CartLine(SELENDANG, 4)],
            payments=[PaymentInput("cash", 4 * 475_000)],
        )
    assert refused.value.code == "stock.insufficient"
    assert on_hand(showroom.ledger, SELENDANG) == 3


@pytest.mark.parametrize(
    ("payments", "code"),
    [
        ([PaymentInput("cash", 100_000)], "payment.insufficient"),
        ([], "payment.insufficient"),
        ([PaymentInput("qris", 300_000, "QR1")], "payment.overpaid"),
        ([PaymentInput("qris", 250_000)], "payment.reference_required"),
        ([PaymentInput("card", 250_000)], "payment.approval_required"),
        ([PaymentInput("cheque", 250_000)], "payment.method"),
        ([PaymentInput("cash", -250_000)], "payment.invalid_amount"),
        ([PaymentInput("qris", 250_000, "QR1"), PaymentInput("cash", 10_000)], "payment.overpaid"),
    ],
)
def test_bad_payments_change_nothing(
    sqlite_showroom: Showroom, payments: list[PaymentInput], code: str
) -> None:
    before = table_counts(sqlite_showroom.ledger)
    with pytest.raises(ValidationError) as refused:
        sales.complete_sale(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.cashier,
            terminal_code="K1",
            lines=[CartLine(KEMEJA)],
            payments=payments,
        )
    assert refused.value.code == code
    assert refused.value.message("id") and refused.value.message("en")
    assert table_counts(sqlite_showroom.ledger) == before


def test_card_and_transfer_keep_their_references(sqlite_showroom: Showroom) -> None:
    receipt = sell(
        sqlite_showroom,
        KEMEJA,
        SELENDANG,
        pay=[
            PaymentInput("card", 250_000, approval_code="A12345"),
            PaymentInput("transfer", 475_000, reference="BCA 0912"),
        ],
    )
    with sqlite_showroom.ledger.read() as session:
        rows = session.execute(
            select(Payment.method, Payment.amount, Payment.reference, Payment.approval_code)
            .join(Sale)
            .where(Sale.receipt_no == receipt.receipt_no)
            .order_by(Payment.id)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("card", 250_000, None, "A12345"),
        ("transfer", 475_000, "BCA 0912", None),
    ]


def test_unknown_item_and_empty_cart(sqlite_showroom: Showroom) -> None:
    with pytest.raises(ValidationError):
        sell(sqlite_showroom, pay=[PaymentInput("cash", 1000)])
    with pytest.raises(Exception) as refused:
        sell(sqlite_showroom, "PKL999-00001", pay=[PaymentInput("cash", 1000)])
    assert getattr(refused.value, "code", "") == "item.not_found"


def test_staff_cannot_sell_and_cashier_needs_an_open_shift(sqlite_showroom: Showroom) -> None:
    with pytest.raises(PermissionDenied):
        sales.complete_sale(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.staff,
            terminal_code="K1",
            lines=[CartLine(KEMEJA)],
            payments=[PaymentInput("cash", 250_000)],
        )
    shifts.close_shift(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.cashier,
        terminal_code="K1",
        denominations={100_000: 3},
    )
    with pytest.raises(ValidationError) as refused:
        sell(sqlite_showroom, KEMEJA)
    assert refused.value.code == "shift.none_open"


def test_training_sale_moves_no_stock_and_is_marked(sqlite_showroom: Showroom) -> None:
    receipt = sell(sqlite_showroom, TULIS, training=True)
    assert receipt.training
    assert on_hand(sqlite_showroom.ledger, TULIS) == 1
    assert journal_actions(sqlite_showroom.ledger)[-1] == "sale.training"
    shift = shifts.current_shift(
        sqlite_showroom.ledger, actor=sqlite_showroom.cashier, terminal_code="K1"
    )
    assert shift is not None and shift.cash_sales == 0
    with pytest.raises(ValidationError):
        refunds.refund_sale(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.supervisor,
            terminal_code="K1",
            receipt_no=receipt.receipt_no,
            lines=[RefundLineInput(receipt.lines[0].id, 1)],
            reason="latihan",
        )
    assert check_ledger(sqlite_showroom.ledger).ok


def test_refund_needs_a_supervisor_and_restocks(showroom: Showroom) -> None:
    receipt = sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine(KEMEJA, 2)],
        payments=[PaymentInput("cash", 500_000)],
    )
    line = RefundLineInput(receipt.lines[0].id, 1)
    with pytest.raises(PermissionDenied) as refused:
        refunds.refund_sale(
            showroom.ledger,
            actor=showroom.cashier,
            terminal_code="K1",
            receipt_no=receipt.receipt_no,
            lines=[line],
            reason="salah ukuran",
        )
    assert refused.value.code == "approval.required"
    with pytest.raises(Exception) as wrong:
        refunds.refund_sale(
            showroom.ledger,
            actor=showroom.cashier,
            terminal_code="K1",
            receipt_no=receipt.receipt_no,
            lines=[line],
            reason="salah ukuran",
            approval=Approval("sari", "bukan-ini"),
        )
    assert getattr(wrong.value, "code", "") == "auth.failed"
    refund = refunds.refund_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        receipt_no=receipt.receipt_no,
        lines=[line],
        reason="salah ukuran",
        approval=Approval("sari", PASSWORD),
    )
    assert (refund.refund_no, refund.total, refund.approved_by) == (
        "RK1-000001",
        250_000,
        "Sari Wulandari",
    )
    assert on_hand(showroom.ledger, KEMEJA) == 4
    shift = shifts.current_shift(showroom.ledger, actor=showroom.cashier, terminal_code="K1")
    assert shift is not None
    assert shift.expected_cash == 300_000 + 500_000 - 250_000
    # Only what is left on the receipt can be refunded.
    with pytest.raises(ValidationError) as too_much:
        refunds.refund_sale(
            showroom.ledger,
            actor=showroom.supervisor,
            terminal_code="K1",
            receipt_no=receipt.receipt_no,
            lines=[RefundLineInput(receipt.lines[0].id, 2)],
            reason="lagi",
        )
    assert too_much.value.code == "refund.too_much"
    again = sales.get_sale(showroom.ledger, actor=showroom.cashier, receipt_no=receipt.receipt_no)
    assert again.lines[0].refunded_quantity == 1
    assert check_ledger(showroom.ledger).ok


def test_approver_cannot_be_the_cashier_themself(sqlite_showroom: Showroom) -> None:
    receipt = sell(sqlite_showroom, KEMEJA)
    with pytest.raises(PermissionDenied) as refused:
        refunds.refund_sale(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.cashier,
            terminal_code="K1",
            receipt_no=receipt.receipt_no,
            lines=[RefundLineInput(receipt.lines[0].id, 1)],
            reason="rusak",
            approval=Approval("budi", PASSWORD),
        )
    assert refused.value.code in {"approval.same_user", "approval.not_allowed"}


def test_damaged_refund_does_not_go_back_on_the_shelf(sqlite_showroom: Showroom) -> None:
    receipt = sell(sqlite_showroom, SELENDANG)
    refunds.refund_sale(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.supervisor,
        terminal_code="K1",
        receipt_no=receipt.receipt_no,
        lines=[RefundLineInput(receipt.lines[0].id, 1, restock=False)],
        reason="cacat jahitan",
    )
    assert on_hand(sqlite_showroom.ledger, SELENDANG) == 2


def test_shift_close_records_over_and_short(sqlite_showroom: Showroom) -> None:
    sell(sqlite_showroom, KEMEJA)
    shifts.record_cash_movement(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.cashier,
        terminal_code="K1",
        amount=-50_000,
        reason="beli plastik",
    )
    closed = shifts.close_shift(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.cashier,
        terminal_code="K1",
        denominations={100_000: 4, 50_000: 1},
    )
    assert closed.expected_cash == 300_000 + 250_000 - 50_000
    assert closed.counted_cash == 450_000
    assert closed.closed_at is not None
    with pytest.raises(ValidationError):
        shifts.close_shift(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.cashier,
            terminal_code="K1",
            denominations={},
        )


def test_a_sale_never_half_lands(sqlite_showroom: Showroom) -> None:
    """A cart whose last line fails leaves no line, payment, movement or number behind."""
    before = table_counts(sqlite_showroom.ledger)
    with pytest.raises(StockError):
        sales.complete_sale(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.cashier,
            terminal_code="K1",
            lines=[CartLine(KEMEJA), CartLine(SELENDANG, 9)],
            payments=[PaymentInput("cash", 10_000_000)],
        )
    assert table_counts(sqlite_showroom.ledger) == before
    assert sell(sqlite_showroom, KEMEJA).receipt_no == "K1-000001"
    assert scalar(sqlite_showroom.ledger, select(func.count()).select_from(SaleLine)) == 1


def test_cash_refund_cannot_exceed_the_drawer(sqlite_showroom: Showroom) -> None:
    receipt = sell(sqlite_showroom, TULIS, pay=[PaymentInput("qris", 1_250_000, "QR-1")])
    before = table_counts(sqlite_showroom.ledger)
    with pytest.raises(ValidationError) as refused:
        refunds.refund_sale(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.supervisor,
            terminal_code="K1",
            receipt_no=receipt.receipt_no,
            lines=[RefundLineInput(receipt.lines[0].id, 1)],
            reason="batal",
        )
    assert refused.value.code == "refund.not_enough_cash"
    assert "Rp300.000" in refused.value.message("id")
    assert table_counts(sqlite_showroom.ledger) == before
    done = refunds.refund_sale(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.supervisor,
        terminal_code="K1",
        receipt_no=receipt.receipt_no,
        lines=[RefundLineInput(receipt.lines[0].id, 1)],
        reason="batal",
        method="qris",
    )
    assert done.method == "qris"


def test_a_qris_reference_can_be_made_optional_but_a_transfer_keeps_needing_one(
    sqlite_showroom: Showroom,
) -> None:
    from showroom_pos.services.admin import settings

    settings.set_settings(
        sqlite_showroom.ledger, actor=sqlite_showroom.admin, values={"qris.reference_required": "0"}
    )
    receipt = sales.complete_sale(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.cashier,
        terminal_code="K1",
        lines=[CartLine(KEMEJA)],
        payments=[PaymentInput("qris", 250_000)],
    )
    assert [(p.method, p.reference) for p in receipt.payments] == [("qris", None)]
    with pytest.raises(ValidationError) as transfer:
        sales.complete_sale(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.cashier,
            terminal_code="K1",
            lines=[CartLine(KEMEJA)],
            payments=[PaymentInput("transfer", 250_000)],
        )
    assert transfer.value.code == "payment.reference_required"
    with pytest.raises(ValidationError):
        settings.set_settings(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.admin,
            values={"qris.reference_required": "kadang"},
        )
