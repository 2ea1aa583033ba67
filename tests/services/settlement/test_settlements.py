"""Monthly statements: computed from the ledger, frozen when final, paid, never rewritten."""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import func, select

from showroom_pos.app import open_ledger
from showroom_pos.documents import statements as statements_service
from showroom_pos.domain.errors import PeriodClosed, PermissionDenied, ValidationError
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.settlement import months, settlements
from showroom_pos.services.stock import consignment, makers, stock
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields, MakerInput
from showroom_pos.services.till import refunds, sales
from showroom_pos.services.till.types import (
    CartLine,
    PaymentInput,
    RefundLineInput,
    RefundReceipt,
    SaleReceipt,
)
from tests.conftest import Clock, Showroom, build_showroom

KEMEJA, SELENDANG = "PKL001-00002", "PKL001-00003"
NOVEMBER_1 = datetime(2026, 11, 1, 2, 0, tzinfo=UTC)  # 09:00 WIB


def sell(showroom: Showroom, code: str, quantity: int = 1) -> SaleReceipt:
    price = stock.find_item(showroom.ledger, actor=showroom.cashier, code=code).price
    return sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine(code, quantity)],
        payments=[PaymentInput("cash", price * quantity)],
    )


def add_commissioned_maker(showroom: Showroom) -> None:
    makers.add_maker(
        showroom.ledger,
        actor=showroom.supervisor,
        data=MakerInput(
            code="PKL002",
            name="Ahmad Fauzi",
            business_name="Batik Cap Fauzi",
            bank_name="BNI",
            bank_account="0123456789",
            commission_bp=1000,
        ),
    )
    consignment.receive_consignment(
        showroom.ledger,
        actor=showroom.staff,
        maker_code="PKL002",
        lines=[IntakeLineInput(10, ItemFields("Kemeja cap Liong", "kemeja", "cap", 199_999))],
    )


def test_draft_adds_up_to_the_rupiah(showroom: Showroom) -> None:
    add_commissioned_maker(showroom)
    first = sell(showroom, "PKL002-00001", 3)
    sell(showroom, "PKL002-00001", 2)
    refunds.refund_sale(
        showroom.ledger,
        actor=showroom.supervisor,
        terminal_code="K1",
        receipt_no=first.receipt_no,
        lines=[RefundLineInput(first.lines[0].id, 1)],
        reason="ukuran",
    )
    settlements.add_deduction(
        showroom.ledger,
        actor=showroom.treasurer,
        maker_code="PKL002",
        period="2026-10",
        name="Iuran anggota Oktober",
        amount=25_000,
    )
    draft = months.compute_settlement(
        showroom.ledger, actor=showroom.treasurer, maker_code="PKL002", period="2026-10"
    )
    assert draft.status == "draft"
    assert draft.gross_sales == 5 * 199_999
    assert draft.refunds == 199_999
    assert draft.commission == (4 * 199_999) * 1000 // 10_000  # 79.999,6 -> 79.999
    assert draft.commission == 79_999
    assert [(d.name, d.amount) for d in draft.deduction_lines] == [
        ("Iuran anggota Oktober", 25_000)
    ]
    assert draft.payable == 5 * 199_999 - 199_999 - 79_999 - 25_000
    assert [(s.receipt_no, s.quantity, s.amount) for s in draft.sales] == [
        (first.receipt_no, 3, 599_997),
        ("K1-000002", 2, 399_998),
    ]
    assert draft.bank_account_masked.endswith("6789") and "0123" not in draft.bank_account_masked
    row = next(r for r in draft.stock if r.item_code == "PKL002-00001")
    assert (row.opening, row.received, row.sold, row.refunded, row.closing) == (0, 10, 5, 1, 6)


def test_zero_commission_maker_is_paid_every_rupiah(showroom: Showroom) -> None:
    sell(showroom, KEMEJA, 2)
    draft = months.compute_settlement(
        showroom.ledger, actor=showroom.supervisor, maker_code="PKL001", period="2026-10"
    )
    assert (draft.commission_bp, draft.commission, draft.payable) == (0, 0, 500_000)


def test_finalize_freezes_and_closes_the_month_for_the_maker(showroom: Showroom) -> None:
    sell(showroom, KEMEJA)
    with pytest.raises(ValidationError) as early:
        settlements.finalize_settlement(
            showroom.ledger, actor=showroom.supervisor, maker_code="PKL001", period="2026-10"
        )
    assert early.value.code == "period.not_ended"
    showroom.clock.set(NOVEMBER_1)
    with pytest.raises(PermissionDenied):
        settlements.finalize_settlement(
            showroom.ledger, actor=showroom.cashier, maker_code="PKL001", period="2026-10"
        )
    final = settlements.finalize_settlement(
        showroom.ledger, actor=showroom.supervisor, maker_code="PKL001", period="2026-10"
    )
    assert (final.status, final.statement_no, final.payable) == (
        "final",
        "RB-2026-10-PKL001",
        250_000,
    )
    code = months.verification_code(final.content_hash or "")
    assert len(code) == 14 and code.count("-") == 2
    assert [
        s.statement_no for s in settlements.find_settlement_by_code(showroom.ledger, code=code)
    ] == ["RB-2026-10-PKL001"]
    # The maker's details change later; the frozen statement does not.
    makers.edit_maker(
        showroom.ledger,
        actor=showroom.supervisor,
        code="PKL001",
        data=MakerInput(
            code="PKL001", name="Siti Aminah Hasan", bank_name="BSI", bank_account="7770001112"
        ),
    )
    again = months.compute_settlement(
        showroom.ledger, actor=showroom.supervisor, maker_code="PKL001", period="2026-10"
    )
    assert again.maker_name == "Siti Aminah" and again.bank_name == "BRI"
    assert again.content_hash == final.content_hash
    with pytest.raises(ValidationError):
        settlements.finalize_settlement(
            showroom.ledger, actor=showroom.supervisor, maker_code="PKL001", period="2026-10"
        )
    with pytest.raises(ValidationError):
        settlements.add_deduction(
            showroom.ledger,
            actor=showroom.treasurer,
            maker_code="PKL001",
            period="2026-10",
            name="Iuran",
            amount=10_000,
        )
    # A till whose clock is wrong cannot date a sale into the closed month.
    showroom.clock.set(datetime(2026, 10, 31, 8, 0, tzinfo=UTC))
    with pytest.raises(PeriodClosed):
        sell(showroom, KEMEJA)
    assert check_ledger(showroom.ledger).ok


def test_no_month_closes_before_it_ends(showroom: Showroom) -> None:
    """Neither the month being sold in nor a future one without a single sale can be closed
    (the rule is in the service, so the CLI's `settle --finalize` and the GUI keep it too)."""
    from showroom_pos.db.models import PeriodClose

    sell(showroom, KEMEJA)  # October, on the test clock
    for period in ("2026-10", "2027-01"):
        with pytest.raises(ValidationError) as early:
            settlements.close_period(showroom.ledger, actor=showroom.supervisor, period=period)
        assert early.value.code == "period.not_ended"
    with showroom.ledger.read() as session:
        assert session.scalar(select(func.count()).select_from(PeriodClose)) == 0


def test_refund_after_the_month_closed_lands_in_the_next_month(showroom: Showroom) -> None:
    october = sell(showroom, KEMEJA, 2)
    showroom.clock.set(NOVEMBER_1)
    settlements.finalize_settlement(
        showroom.ledger, actor=showroom.supervisor, maker_code="PKL001", period="2026-10"
    )
    showroom.clock.advance(days=2)
    refunds.refund_sale(
        showroom.ledger,
        actor=showroom.supervisor,
        terminal_code="K1",
        receipt_no=october.receipt_no,
        lines=[RefundLineInput(october.lines[0].id, 1)],
        reason="cacat",
    )
    closed = months.compute_settlement(
        showroom.ledger, actor=showroom.supervisor, maker_code="PKL001", period="2026-10"
    )
    assert closed.payable == 500_000 and closed.refunds == 0
    november = months.compute_settlement(
        showroom.ledger, actor=showroom.supervisor, maker_code="PKL001", period="2026-11"
    )
    assert november.refunds == 0 and november.adjustments == -250_000
    assert november.adjustment_lines[0].name.startswith("Koreksi: retur RK1-000001")
    assert november.payable == -250_000


def test_negative_balance_is_carried_forward(showroom: Showroom) -> None:
    october = sell(showroom, SELENDANG)
    showroom.clock.set(NOVEMBER_1)
    settlements.close_period(showroom.ledger, actor=showroom.supervisor, period="2026-10")
    refunds.refund_sale(
        showroom.ledger,
        actor=showroom.supervisor,
        terminal_code="K1",
        receipt_no=october.receipt_no,
        lines=[RefundLineInput(october.lines[0].id, 1)],
        reason="warna luntur",
    )
    showroom.clock.set(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    settlements.close_period(showroom.ledger, actor=showroom.supervisor, period="2026-11")
    november = months.compute_settlement(
        showroom.ledger, actor=showroom.supervisor, maker_code="PKL001", period="2026-11"
    )
    assert november.payable == -475_000
    with pytest.raises(ValidationError) as refused:  # carried, never "paid" Rp0
        settlements.record_payout(
            showroom.ledger,
            actor=showroom.treasurer,
            maker_code="PKL001",
            period="2026-11",
            method="cash",
        )
    assert refused.value.code == "settlement.nothing_to_pay"
    assert "-Rp475.000" in refused.value.message("id")
    sell(showroom, KEMEJA, 3)
    december = months.compute_settlement(
        showroom.ledger, actor=showroom.supervisor, maker_code="PKL001", period="2026-12"
    )
    assert [a.amount for a in december.adjustment_lines] == [-475_000]
    assert december.payable == 750_000 - 475_000


def test_a_refund_in_a_later_month_gives_its_commission_back(
    showroom: Showroom, tmp_path: Path
) -> None:
    """10% on a Rp1.000.000 sale in October; refunded in November with nothing sold; Rp500.000
    sold in December. Over the three months the showroom keeps 10% of Rp500.000, no more."""
    makers.add_maker(
        showroom.ledger,
        actor=showroom.supervisor,
        data=MakerInput(code="PKL002", name="Ahmad Fauzi", commission_bp=1000),
    )
    consignment.receive_consignment(
        showroom.ledger,
        actor=showroom.staff,
        maker_code="PKL002",
        lines=[
            IntakeLineInput(
                1,
                ItemFields(
                    "Kain tulis Jlamprang", "kain panjang", "tulis", 1_000_000, unique_piece=True
                ),
            ),
            IntakeLineInput(1, ItemFields("Selendang cap", "selendang", "cap", 500_000)),
        ],
    )
    october = sell(showroom, "PKL002-00001")
    showroom.clock.set(NOVEMBER_1)
    settlements.close_period(showroom.ledger, actor=showroom.supervisor, period="2026-10")
    paid_october = settlements.record_payout(
        showroom.ledger,
        actor=showroom.treasurer,
        maker_code="PKL002",
        period="2026-10",
        method="cash",
    )
    assert paid_october.commission == 100_000 and paid_october.payable == 900_000
    showroom.clock.advance(days=3)
    refunds.refund_sale(
        showroom.ledger,
        actor=showroom.supervisor,
        terminal_code="K1",
        receipt_no=october.receipt_no,
        lines=[RefundLineInput(october.lines[0].id, 1)],
        reason="cacat",
    )
    showroom.clock.set(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    settlements.close_period(showroom.ledger, actor=showroom.supervisor, period="2026-11")
    november = months.compute_settlement(
        showroom.ledger, actor=showroom.treasurer, maker_code="PKL002", period="2026-11"
    )
    assert november.commission_base == -1_000_000
    assert november.commission == -100_000  # given back with the sale
    assert november.payable == -900_000
    sell(showroom, "PKL002-00002")
    showroom.clock.set(datetime(2027, 1, 1, 2, 0, tzinfo=UTC))
    settlements.close_period(showroom.ledger, actor=showroom.supervisor, period="2026-12")
    december = months.compute_settlement(
        showroom.ledger, actor=showroom.treasurer, maker_code="PKL002", period="2026-12"
    )
    assert (december.commission_base, december.commission) == (500_000, 50_000)
    assert december.payable == 500_000 - 50_000 - 900_000
    paid_in_total = paid_october.payable
    owed_now = -december.payable
    assert paid_in_total - owed_now == 500_000 - 50_000  # net sales less 10% of them

    batch = statements_service.write_statements(
        showroom.ledger,
        actor=showroom.treasurer,
        period="2026-11",
        out_dir=tmp_path / "nov",
        maker_code="PKL002",
    )
    printed = "\n".join(page.extract_text() or "" for page in PdfReader(batch.statements[0]).pages)
    assert "Penjualan bersih (dasar komisi)\n-Rp1.000.000" in printed
    assert "Komisi dikembalikan atas retur (10%)\nRp100.000" in printed
    assert "SALDO KURANG (dibawa ke bulan berikutnya)\n-Rp900.000" in printed
    summary = (tmp_path / "nov" / "rekap-2026-11-PKL002.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(summary)))
    keys = rows[1]
    maker_row = dict(zip(keys, rows[2], strict=True))
    assert (maker_row["payable"], maker_row["carried"], maker_row["status"]) == (
        "0",
        "-900000",
        "dibawa",
    )


def test_close_period_finalizes_every_maker_and_payouts(showroom: Showroom) -> None:
    add_commissioned_maker(showroom)
    sell(showroom, KEMEJA)
    sell(showroom, "PKL002-00001")
    with pytest.raises(ValidationError):
        settlements.close_period(showroom.ledger, actor=showroom.supervisor, period="2026-10")
    showroom.clock.set(NOVEMBER_1)
    done = settlements.close_period(showroom.ledger, actor=showroom.supervisor, period="2026-10")
    assert sorted(v.maker_code for v in done) == ["PKL001", "PKL002"]
    with pytest.raises(ValidationError) as twice:
        settlements.close_period(showroom.ledger, actor=showroom.supervisor, period="2026-10")
    assert twice.value.code == "period.closed"
    with pytest.raises(ValidationError) as no_reference:
        settlements.record_payout(
            showroom.ledger,
            actor=showroom.treasurer,
            maker_code="PKL002",
            period="2026-10",
            method="transfer",
        )
    assert no_reference.value.code == "payment.reference_required"
    with pytest.raises(PermissionDenied):
        settlements.record_payout(
            showroom.ledger,
            actor=showroom.cashier,
            maker_code="PKL002",
            period="2026-10",
            method="cash",
        )
    paid = settlements.record_payout(
        showroom.ledger,
        actor=showroom.treasurer,
        maker_code="PKL002",
        period="2026-10",
        method="transfer",
        reference="BNI 20261102-0012",
    )
    assert paid.status == "paid" and paid.payout is not None
    assert paid.payout.amount == 199_999 - 19_999 and paid.payout.recorded_by == "Rina Bendahara"
    with pytest.raises(ValidationError) as again:
        settlements.record_payout(
            showroom.ledger,
            actor=showroom.treasurer,
            maker_code="PKL002",
            period="2026-10",
            method="cash",
        )
    assert again.value.code == "settlement.already_paid"
    overview = months.list_settlements(showroom.ledger, actor=showroom.treasurer, period="2026-10")
    assert [(o.maker_code, o.payable, o.status) for o in overview] == [
        ("PKL001", 250_000, "final"),
        ("PKL002", 180_000, "paid"),
    ]
    assert check_ledger(showroom.ledger).ok


WIB = ZoneInfo("Asia/Jakarta")
OTHER_MAKER, OTHER_ITEM, OTHER_BP = "PKL009", "PKL009-00001", 750


def _month_of(moment: datetime) -> str:
    """The calendar month, in Pekalongan (WIB), that a receipt's date and time fall in."""
    return moment.astimezone(WIB).strftime("%Y-%m")


@dataclass(frozen=True)
class _Expected:
    """A maker's month as the buyers' receipts say it, added up by hand."""

    sales: list[tuple[str, str, int, int]]  # receipt_no, item_code, quantity, amount
    refunds: list[tuple[str, str, str, int, int]]  # refund_no, receipt_no, item, qty, amount
    gross_sales: int
    refunds_total: int
    commission: int
    deductions: int
    payable: int


def _expected_from_receipts(
    sold: list[SaleReceipt],
    refunded: list[RefundReceipt],
    *,
    maker_code: str,
    period: str,
    commission_bp: int,
    deductions: int,
) -> _Expected:
    """The statement a maker should get, worked out from the printed receipts alone.

    Every non-training line of the maker's goods rung up in the month counts at the amount on
    its receipt; every refund line given in the month for one of those goods takes its amount
    back. Nothing is closed, so there is no adjustment; the commission is the maker's rate on
    the month's net sales, rounded down to the rupiah; the maker is paid what is left.
    """
    sold_line = {line.id: line for receipt in sold for line in receipt.lines}
    sale_rows = [
        (receipt.receipt_no, line.item_code, line.quantity, line.amount)
        for receipt in sold
        if not receipt.training and _month_of(receipt.sold_at) == period
        for line in receipt.lines
        if line.maker_code == maker_code
    ]
    refund_rows = [
        (refund.refund_no, refund.receipt_no, line.item_code, line.quantity, line.amount)
        for refund in refunded
        if _month_of(refund.refunded_at) == period
        for line in refund.lines
        if sold_line[line.sale_line_id].maker_code == maker_code
    ]
    gross = sum(row[3] for row in sale_rows)
    back = sum(row[4] for row in refund_rows)
    commission = max(gross - back, 0) * commission_bp // 10_000
    return _Expected(
        sale_rows,
        refund_rows,
        gross,
        back,
        commission,
        deductions,
        gross - back - commission - deductions,
    )


actions = st.lists(
    st.tuples(
        st.sampled_from(["sell", "refund", "deduct", "wait", "train"]),
        st.integers(min_value=1, max_value=3),
        st.integers(min_value=0, max_value=40),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions, st.sampled_from([0, 250, 1000, 1500]))
def test_statement_always_adds_up(steps: list[tuple[str, int, int]], commission_bp: int) -> None:
    """Whatever happens in a month, each maker's statement says what the receipts say: gross
    sales and refunds are the receipts' line amounts for that maker's goods, the commission is
    the maker's rate on their difference, and the payable is what is left after deductions."""
    with tempfile.TemporaryDirectory() as folder:
        clock = Clock()
        ledger = open_ledger(f"sqlite:///{Path(folder) / 'p.sqlite3'}", clock=clock)
        try:
            showroom = build_showroom(ledger, clock)
            makers.edit_maker(
                ledger,
                actor=showroom.supervisor,
                code="PKL001",
                data=MakerInput(code="PKL001", name="Siti Aminah", commission_bp=commission_bp),
            )
            makers.add_maker(
                ledger,
                actor=showroom.supervisor,
                data=MakerInput(code=OTHER_MAKER, name="Nur Hidayah", commission_bp=OTHER_BP),
            )
            consignment.receive_consignment(
                ledger,
                actor=showroom.staff,
                maker_code=OTHER_MAKER,
                lines=[
                    IntakeLineInput(
                        30, ItemFields("Dompet batik cap Kawung", "dompet", "cap", 33_333)
                    )
                ],
            )
            receipts: list[SaleReceipt] = []
            refund_receipts: list[RefundReceipt] = []
            refunded_so_far: dict[int, int] = {}
            deducted = 0
            for action, quantity, hours in steps:
                clock.advance(hours=hours)
                if action in ("sell", "train"):
                    # A cart of the maker's kemeja (when the shelf has enough) and one piece
                    # of another maker's goods, which must stay off the first maker's statement.
                    kemeja = stock.find_item(ledger, actor=showroom.cashier, code=KEMEJA)
                    cart = [CartLine(OTHER_ITEM, 1)]
                    if kemeja.on_hand >= quantity:
                        cart.insert(0, CartLine(KEMEJA, quantity))
                    total = sum(
                        stock.find_item(ledger, actor=showroom.cashier, code=line.item_code).price
                        * line.quantity
                        for line in cart
                    )
                    receipts.append(
                        sales.complete_sale(
                            ledger,
                            actor=showroom.cashier,
                            terminal_code="K1",
                            lines=cart,
                            payments=[PaymentInput("cash", total)],
                            training=action == "train",
                        )
                    )
                elif action == "refund":
                    real = [r for r in receipts if not r.training]
                    if real:
                        receipt = real[-1]
                        wanted = [
                            RefundLineInput(line.id, min(left, quantity))
                            for line in receipt.lines
                            if (left := line.quantity - refunded_so_far.get(line.id, 0))
                        ]
                        if wanted:
                            refund = refunds.refund_sale(
                                ledger,
                                actor=showroom.supervisor,
                                terminal_code="K1",
                                receipt_no=receipt.receipt_no,
                                lines=wanted,
                                reason="retur",
                            )
                            refund_receipts.append(refund)
                            for line in refund.lines:
                                refunded_so_far[line.sale_line_id] = (
                                    refunded_so_far.get(line.sale_line_id, 0) + line.quantity
                                )
                elif action == "deduct":
                    settlements.add_deduction(
                        ledger,
                        actor=showroom.treasurer,
                        maker_code="PKL001",
                        period="2026-10",
                        name=f"Potongan {quantity}",
                        amount=quantity * 7_500,
                    )
                    deducted += quantity * 7_500
            for receipt in receipts:  # the receipts themselves add up
                assert receipt.total == sum(line.amount for line in receipt.lines)
                for line in receipt.lines:
                    assert line.amount == line.quantity * line.unit_price
            for maker_code, rate, owed in (
                ("PKL001", commission_bp, deducted),
                (OTHER_MAKER, OTHER_BP, 0),
            ):
                expected = _expected_from_receipts(
                    receipts,
                    refund_receipts,
                    maker_code=maker_code,
                    period="2026-10",
                    commission_bp=rate,
                    deductions=owed,
                )
                view = months.compute_settlement(
                    ledger, actor=showroom.supervisor, maker_code=maker_code, period="2026-10"
                )
                assert sorted(
                    (s.receipt_no, s.item_code, s.quantity, s.amount) for s in view.sales
                ) == sorted(expected.sales)
                assert sorted(
                    (r.refund_no, r.receipt_no, r.item_code, r.quantity, r.amount)
                    for r in view.refund_lines
                ) == sorted(expected.refunds)
                assert (
                    view.gross_sales,
                    view.refunds,
                    view.adjustments,
                    view.commission,
                    view.deductions,
                    view.payable,
                ) == (
                    expected.gross_sales,
                    expected.refunds_total,
                    0,
                    expected.commission,
                    expected.deductions,
                    expected.payable,
                )
                assert sum(d.amount for d in view.deduction_lines) == expected.deductions
            assert check_ledger(ledger).ok
        finally:
            ledger.close()
