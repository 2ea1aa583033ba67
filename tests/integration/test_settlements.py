"""Monthly statements: computed from the ledger, frozen when final, paid, never rewritten."""

from __future__ import annotations

import csv
import io
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import func, select

from showroom_pos.app import open_ledger
from showroom_pos.db.models import Maker, RefundLine, SaleLine
from showroom_pos.documents import statements as statements_service
from showroom_pos.domain.errors import PeriodClosed, PermissionDenied, ValidationError
from showroom_pos.domain.periods import period_bounds
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.settlement import settlements
from showroom_pos.services.stock import makers, stock
from showroom_pos.services.stock.stock import IntakeLineInput, ItemFields
from showroom_pos.services.till import sales
from showroom_pos.services.till.sales import CartLine, PaymentInput, RefundLineInput
from tests.conftest import Clock, Showroom, build_showroom

KEMEJA, SELENDANG = "PKL001-00002", "PKL001-00003"
NOVEMBER_1 = datetime(2026, 11, 1, 2, 0, tzinfo=UTC)  # 09:00 WIB


def sell(showroom: Showroom, code: str, quantity: int = 1) -> sales.SaleReceipt:
    price = stock.find_item(showroom.ledger, actor=showroom.cashier, code=code).price
    return sales.complete_sale(showroom.ledger, actor=showroom.cashier, terminal_code="K1",
                               lines=[CartLine(code, quantity)],
                               payments=[PaymentInput("cash", price * quantity)])


def add_commissioned_maker(showroom: Showroom) -> None:
    makers.add_maker(showroom.ledger, actor=showroom.supervisor, data=makers.MakerInput(
        code="PKL002", name="Ahmad Fauzi", business_name="Batik Cap Fauzi",
        bank_name="BNI", bank_account="0123456789", commission_bp=1000))
    stock.receive_consignment(showroom.ledger, actor=showroom.staff, maker_code="PKL002",
                              lines=[IntakeLineInput(10, ItemFields(
                                  "Kemeja cap Liong", "kemeja", "cap", 199_999))])


def test_draft_adds_up_to_the_rupiah(showroom: Showroom) -> None:
    add_commissioned_maker(showroom)
    first = sell(showroom, "PKL002-00001", 3)
    sell(showroom, "PKL002-00001", 2)
    sales.refund_sale(showroom.ledger, actor=showroom.supervisor, terminal_code="K1",
                      receipt_no=first.receipt_no,
                      lines=[RefundLineInput(first.lines[0].id, 1)], reason="ukuran")
    settlements.add_deduction(showroom.ledger, actor=showroom.treasurer, maker_code="PKL002",
                              period="2026-10", name="Iuran anggota Oktober", amount=25_000)
    draft = settlements.compute_settlement(showroom.ledger, actor=showroom.treasurer,
                                           maker_code="PKL002", period="2026-10")
    assert draft.status == "draft"
    assert draft.gross_sales == 5 * 199_999
    assert draft.refunds == 199_999
    assert draft.commission == (4 * 199_999) * 1000 // 10_000  # 79.999,6 -> 79.999
    assert draft.commission == 79_999
    assert [(d.name, d.amount) for d in draft.deduction_lines] == [
        ("Iuran anggota Oktober", 25_000)]
    assert draft.payable == 5 * 199_999 - 199_999 - 79_999 - 25_000
    assert [(s.receipt_no, s.quantity, s.amount) for s in draft.sales] == [
        (first.receipt_no, 3, 599_997), ("K1-000002", 2, 399_998)]
    assert draft.bank_account_masked.endswith("6789") and "0123" not in draft.bank_account_masked
    row = next(r for r in draft.stock if r.item_code == "PKL002-00001")
    assert (row.opening, row.received, row.sold, row.refunded, row.closing) == (0, 10, 5, 1, 6)


def test_zero_commission_maker_is_paid_every_rupiah(showroom: Showroom) -> None:
    sell(showroom, KEMEJA, 2)
    draft = settlements.compute_settlement(showroom.ledger, actor=showroom.supervisor,
                                           maker_code="PKL001", period="2026-10")
    assert (draft.commission_bp, draft.commission, draft.payable) == (0, 0, 500_000)


def test_finalize_freezes_and_closes_the_month_for_the_maker(showroom: Showroom) -> None:
    sell(showroom, KEMEJA)
    with pytest.raises(ValidationError) as early:
        settlements.finalize_settlement(showroom.ledger, actor=showroom.supervisor,
                                        maker_code="PKL001", period="2026-10")
    assert early.value.code == "period.not_ended"
    showroom.clock.set(NOVEMBER_1)
    with pytest.raises(PermissionDenied):
        settlements.finalize_settlement(showroom.ledger, actor=showroom.cashier,
                                        maker_code="PKL001", period="2026-10")
    final = settlements.finalize_settlement(showroom.ledger, actor=showroom.supervisor,
                                            maker_code="PKL001", period="2026-10")
    assert (final.status, final.statement_no, final.payable) == (
        "final", "RB-2026-10-PKL001", 250_000)
    code = settlements.verification_code(final.content_hash or "")
    assert len(code) == 14 and code.count("-") == 2
    assert [s.statement_no for s in settlements.find_settlement_by_code(
        showroom.ledger, code=code)] == ["RB-2026-10-PKL001"]
    # The maker's details change later; the frozen statement does not.
    makers.edit_maker(showroom.ledger, actor=showroom.supervisor, code="PKL001",
                      data=makers.MakerInput(code="PKL001", name="Siti Aminah Hasan",
                                             bank_name="BSI", bank_account="7770001112"))
    again = settlements.compute_settlement(showroom.ledger, actor=showroom.supervisor,
                                           maker_code="PKL001", period="2026-10")
    assert again.maker_name == "Siti Aminah" and again.bank_name == "BRI"
    assert again.content_hash == final.content_hash
    with pytest.raises(ValidationError):
        settlements.finalize_settlement(showroom.ledger, actor=showroom.supervisor,
                                        maker_code="PKL001", period="2026-10")
    with pytest.raises(ValidationError):
        settlements.add_deduction(showroom.ledger, actor=showroom.treasurer,
                                  maker_code="PKL001", period="2026-10", name="Iuran",
                                  amount=10_000)
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
    settlements.finalize_settlement(showroom.ledger, actor=showroom.supervisor,
                                    maker_code="PKL001", period="2026-10")
    showroom.clock.advance(days=2)
    sales.refund_sale(showroom.ledger, actor=showroom.supervisor, terminal_code="K1",
                      receipt_no=october.receipt_no,
                      lines=[RefundLineInput(october.lines[0].id, 1)], reason="cacat")
    closed = settlements.compute_settlement(showroom.ledger, actor=showroom.supervisor,
                                            maker_code="PKL001", period="2026-10")
    assert closed.payable == 500_000 and closed.refunds == 0
    november = settlements.compute_settlement(showroom.ledger, actor=showroom.supervisor,
                                              maker_code="PKL001", period="2026-11")
    assert november.refunds == 0 and november.adjustments == -250_000
    assert november.adjustment_lines[0].name.startswith("Koreksi: retur RK1-000001")
    assert november.payable == -250_000


def test_negative_balance_is_carried_forward(showroom: Showroom) -> None:
    october = sell(showroom, SELENDANG)
    showroom.clock.set(NOVEMBER_1)
    settlements.close_period(showroom.ledger, actor=showroom.supervisor, period="2026-10")
    sales.refund_sale(showroom.ledger, actor=showroom.supervisor, terminal_code="K1",
                      receipt_no=october.receipt_no,
                      lines=[RefundLineInput(october.lines[0].id, 1)], reason="warna luntur")
    showroom.clock.set(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    settlements.close_period(showroom.ledger, actor=showroom.supervisor, period="2026-11")
    november = settlements.compute_settlement(showroom.ledger, actor=showroom.supervisor,
                                              maker_code="PKL001", period="2026-11")
    assert november.payable == -475_000
    with pytest.raises(ValidationError) as refused:  # carried, never "paid" Rp0
        settlements.record_payout(showroom.ledger, actor=showroom.treasurer,
                                  maker_code="PKL001", period="2026-11", method="cash")
    assert refused.value.code == "settlement.nothing_to_pay"
    assert "-Rp475.000" in refused.value.message("id")
    sell(showroom, KEMEJA, 3)
    december = settlements.compute_settlement(showroom.ledger, actor=showroom.supervisor,
                                              maker_code="PKL001", period="2026-12")
    assert [a.amount for a in december.adjustment_lines] == [-475_000]
    assert december.payable == 750_000 - 475_000


def test_a_refund_in_a_later_month_gives_its_commission_back(showroom: Showroom,
                                                             tmp_path: Path) -> None:
    """10% on a Rp1.000.000 sale in October; refunded in November with nothing sold; Rp500.000
    sold in December. Over the three months the showroom keeps 10% of Rp500.000, no more."""
    makers.add_maker(showroom.ledger, actor=showroom.supervisor, data=makers.MakerInput(
        code="PKL002", name="Ahmad Fauzi", commission_bp=1000))
    stock.receive_consignment(showroom.ledger, actor=showroom.staff, maker_code="PKL002",
                              lines=[IntakeLineInput(1, ItemFields(
                                  "Kain tulis Jlamprang", "kain panjang", "tulis", 1_000_000,
                                  unique_piece=True)),
                                     IntakeLineInput(1, ItemFields(
                                         "Selendang cap", "selendang", "cap", 500_000))])
    october = sell(showroom, "PKL002-00001")
    showroom.clock.set(NOVEMBER_1)
    settlements.close_period(showroom.ledger, actor=showroom.supervisor, period="2026-10")
    paid_october = settlements.record_payout(showroom.ledger, actor=showroom.treasurer,
                                             maker_code="PKL002", period="2026-10",
                                             method="cash")
    assert paid_october.commission == 100_000 and paid_october.payable == 900_000
    showroom.clock.advance(days=3)
    sales.refund_sale(showroom.ledger, actor=showroom.supervisor, terminal_code="K1",
                      receipt_no=october.receipt_no,
                      lines=[RefundLineInput(october.lines[0].id, 1)], reason="cacat")
    showroom.clock.set(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    settlements.close_period(showroom.ledger, actor=showroom.supervisor, period="2026-11")
    november = settlements.compute_settlement(showroom.ledger, actor=showroom.treasurer,
                                              maker_code="PKL002", period="2026-11")
    assert november.commission_base == -1_000_000
    assert november.commission == -100_000  # given back with the sale
    assert november.payable == -900_000
    sell(showroom, "PKL002-00002")
    showroom.clock.set(datetime(2027, 1, 1, 2, 0, tzinfo=UTC))
    settlements.close_period(showroom.ledger, actor=showroom.supervisor, period="2026-12")
    december = settlements.compute_settlement(showroom.ledger, actor=showroom.treasurer,
                                              maker_code="PKL002", period="2026-12")
    assert (december.commission_base, december.commission) == (500_000, 50_000)
    assert december.payable == 500_000 - 50_000 - 900_000
    paid_in_total = paid_october.payable
    owed_now = -december.payable
    assert paid_in_total - owed_now == 500_000 - 50_000  # net sales less 10% of them

    batch = statements_service.write_statements(
        showroom.ledger, actor=showroom.treasurer, period="2026-11", out_dir=tmp_path / "nov",
        maker_code="PKL002")
    printed = "\n".join(page.extract_text() or "" for page in PdfReader(
        batch.statements[0]).pages)
    assert "Penjualan bersih (dasar komisi)\n-Rp1.000.000" in printed
    assert "Komisi dikembalikan atas retur (10%)\nRp100.000" in printed
    assert "SALDO KURANG (dibawa ke bulan berikutnya)\n-Rp900.000" in printed
    summary = (tmp_path / "nov" / "rekap-2026-11-PKL002.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(summary)))
    keys = rows[1]
    maker_row = dict(zip(keys, rows[2], strict=True))
    assert (maker_row["payable"], maker_row["carried"], maker_row["status"]) == (
        "0", "-900000", "dibawa")


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
        settlements.record_payout(showroom.ledger, actor=showroom.treasurer,
                                  maker_code="PKL002", period="2026-10", method="transfer")
    assert no_reference.value.code == "payment.reference_required"
    with pytest.raises(PermissionDenied):
        settlements.record_payout(showroom.ledger, actor=showroom.cashier, maker_code="PKL002",
                                  period="2026-10", method="cash")
    paid = settlements.record_payout(showroom.ledger, actor=showroom.treasurer,
                                     maker_code="PKL002", period="2026-10", method="transfer",
                                     reference="BNI 20261102-0012")
    assert paid.status == "paid" and paid.payout is not None
    assert paid.payout.amount == 199_999 - 19_999 and paid.payout.recorded_by == "Rina Bendahara"
    with pytest.raises(ValidationError) as again:
        settlements.record_payout(showroom.ledger, actor=showroom.treasurer,
                                  maker_code="PKL002", period="2026-10", method="cash")
    assert again.value.code == "settlement.already_paid"
    overview = settlements.list_settlements(showroom.ledger, actor=showroom.treasurer,
                                            period="2026-10")
    assert [(o.maker_code, o.payable, o.status) for o in overview] == [
        ("PKL001", 250_000, "final"), ("PKL002", 180_000, "paid")]
    assert check_ledger(showroom.ledger).ok


def _independent_month_totals(showroom: Showroom, maker_code: str,
                              period: str) -> tuple[int, int]:
    start, end = period_bounds(period)
    with showroom.ledger.read() as session:
        maker_id = session.scalar(select(Maker.id).where(Maker.code == maker_code))
        sold = session.scalar(select(func.coalesce(func.sum(SaleLine.amount), 0)).where(
            SaleLine.maker_id == maker_id, SaleLine.training.is_(False),
            SaleLine.sold_at >= start, SaleLine.sold_at < end))
        refunded = session.scalar(select(func.coalesce(func.sum(RefundLine.amount), 0)).where(
            RefundLine.maker_id == maker_id, RefundLine.refunded_at >= start,
            RefundLine.refunded_at < end))
    return int(sold or 0), int(refunded or 0)


actions = st.lists(
    st.tuples(st.sampled_from(["sell", "refund", "deduct", "wait"]),
              st.integers(min_value=1, max_value=3), st.integers(min_value=0, max_value=40)),
    min_size=1, max_size=12)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions, st.sampled_from([0, 250, 1000, 1500]))
def test_statement_always_adds_up(steps: list[tuple[str, int, int]], commission_bp: int) -> None:
    """Whatever happens in a month, the statement's lines sum to its totals and its payable is
    gross - refunds + adjustments - commission - deductions, matching the raw ledger."""
    with tempfile.TemporaryDirectory() as folder:
        clock = Clock()
        ledger = open_ledger(f"sqlite:///{Path(folder) / 'p.sqlite3'}", clock=clock)
        try:
            showroom = build_showroom(ledger, clock)
            makers.edit_maker(ledger, actor=showroom.supervisor, code="PKL001",
                              data=makers.MakerInput(code="PKL001", name="Siti Aminah",
                                                     commission_bp=commission_bp))
            receipts: list[sales.SaleReceipt] = []
            deducted = 0
            for action, quantity, hours in steps:
                clock.advance(hours=hours)
                if action == "sell":
                    available = stock.find_item(ledger, actor=showroom.cashier, code=KEMEJA)
                    if available.on_hand >= quantity:
                        receipts.append(sell(showroom, KEMEJA, quantity))
                elif action == "refund" and receipts:
                    receipt = sales.get_sale(ledger, actor=showroom.cashier,
                                             receipt_no=receipts[-1].receipt_no)
                    line = receipt.lines[0]
                    left = line.quantity - line.refunded_quantity
                    if left:
                        sales.refund_sale(ledger, actor=showroom.supervisor, terminal_code="K1",
                                          receipt_no=receipt.receipt_no,
                                          lines=[RefundLineInput(line.id, min(left, quantity))],
                                          reason="retur")
                elif action == "deduct":
                    settlements.add_deduction(ledger, actor=showroom.treasurer,
                                              maker_code="PKL001", period="2026-10",
                                              name=f"Potongan {quantity}",
                                              amount=quantity * 7_500)
                    deducted += quantity * 7_500
            view = settlements.compute_settlement(ledger, actor=showroom.supervisor,
                                                  maker_code="PKL001", period="2026-10")
            sold, refunded = _independent_month_totals(showroom, "PKL001", "2026-10")
            assert view.gross_sales == sold == sum(s.amount for s in view.sales)
            assert view.refunds == refunded == sum(r.amount for r in view.refund_lines)
            assert view.deductions == deducted == sum(d.amount for d in view.deduction_lines)
            assert view.commission == max(sold - refunded, 0) * commission_bp // 10_000
            assert view.payable == (view.gross_sales - view.refunds + view.adjustments
                                    - view.commission - view.deductions)
            for line in view.sales:
                assert line.amount == line.quantity * line.unit_price
            assert check_ledger(ledger).ok
        finally:
            ledger.close()
