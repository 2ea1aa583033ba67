"""X and Z reports: every figure equals the ledger's own sums, a day closes once and in order,
and the perpetual totals only grow as the days add to them."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from showroom_pos.db.models import Payment, Refund, Sale, Terminal
from showroom_pos.domain.errors import PermissionDenied, ValidationError
from showroom_pos.domain.periods import day_bounds
from showroom_pos.services.admin import auth
from showroom_pos.services.context import Ledger
from showroom_pos.services.reports import day_reports
from showroom_pos.services.till.types import CartLine, PaymentInput, RefundLineInput
from tests.conftest import Showroom, demo_database, opened_copy
from tests.ledgerstate import journal_actions

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_database(tmp_path_factory, now=NOW, seed=9, makers=6, items=80, days=30)


@pytest.fixture
def demo_ledger(demo_file: Path, tmp_path: Path) -> Iterator[Ledger]:
    yield from opened_copy(demo_file, tmp_path, NOW)


def independent(ledger: Ledger, till: str, day: date) -> dict[str, Any]:
    start, end = day_bounds(day)
    with ledger.read() as session:
        terminal_id = session.scalar(select(Terminal.id).where(Terminal.code == till))
        sales = (
            session.execute(
                select(Sale)
                .where(Sale.terminal_id == terminal_id, Sale.sold_at >= start, Sale.sold_at < end)
                .order_by(Sale.receipt_seq)
            )
            .scalars()
            .all()
        )
        real = [s for s in sales if not s.training]
        by_method: dict[str, int] = {}
        for payment in session.scalars(
            select(Payment).where(Payment.sale_id.in_([s.id for s in real]))
        ):
            by_method[payment.method] = by_method.get(payment.method, 0) + payment.amount
        refunds = session.scalars(
            select(Refund).where(
                Refund.terminal_id == terminal_id,
                Refund.refunded_at >= start,
                Refund.refunded_at < end,
            )
        ).all()
        return {
            "receipts": len(real),
            "gross": sum(s.total for s in real),
            "by_method": by_method,
            "refunds": sum(r.total for r in refunds),
            "refund_count": len(refunds),
            "training": sum(s.total for s in sales if s.training),
            "first": sales[0].receipt_no if sales else None,
            "last": sales[-1].receipt_no if sales else None,
        }


@pytest.mark.parametrize("seed", [3, 17])
def test_x_report_figures_are_the_ledgers(demo_ledger: Ledger, seed: int) -> None:
    actor = auth.login(demo_ledger, username="sari", password="demo-sari")
    rng = random.Random(seed)
    for _ in range(3):
        day = date(2026, 11, 19) - timedelta(days=rng.randrange(25))
        till = rng.choice(["K1", "K2"])
        report = day_reports.x_report(demo_ledger, actor=actor, terminal_code=till, day=day)
        expected = independent(demo_ledger, till, day)
        assert report.receipts == expected["receipts"]
        assert report.gross_sales == expected["gross"]
        assert {m: v for m, v in report.sales_by_method.items() if v} == expected["by_method"]
        assert sum(report.sales_by_method.values()) == report.gross_sales
        assert report.refunds == expected["refunds"]
        assert report.refund_count == expected["refund_count"]
        assert report.training_total == expected["training"]
        assert (report.first_receipt, report.last_receipt) == (expected["first"], expected["last"])
        assert report.net_sales == report.gross_sales - report.refunds
        assert report.z_number is None


def test_z_reports_close_each_day_once_in_order_with_growing_totals(demo_ledger: Ledger) -> None:
    actor = auth.login(demo_ledger, username="sari", password="demo-sari")
    days = [date(2026, 11, 16) + timedelta(days=n) for n in range(4)]
    made = [
        day_reports.z_report(demo_ledger, actor=actor, terminal_code="K1", day=day) for day in days
    ]
    assert [z.z_number for z in made] == [1, 2, 3, 4]
    running = running_abs = 0
    for z, day in zip(made, days, strict=True):
        expected = independent(demo_ledger, "K1", day)
        running += expected["gross"] - expected["refunds"]
        running_abs += expected["gross"] + expected["refunds"]
        assert (z.grand_total, z.grand_total_absolute) == (running, running_abs)
        assert z.journal_hash and len(z.journal_hash) == 64
    absolutes = [z.grand_total_absolute for z in made]
    assert absolutes == sorted(absolutes)
    assert journal_actions(demo_ledger)[-4:] == ["day.close"] * 4

    with pytest.raises(ValidationError) as again:
        day_reports.z_report(demo_ledger, actor=actor, terminal_code="K1", day=days[-1])
    assert again.value.code == "z.exists"
    with pytest.raises(ValidationError) as earlier:
        day_reports.z_report(
            demo_ledger, actor=actor, terminal_code="K1", day=days[0] - timedelta(days=1)
        )
    assert earlier.value.code == "z.later_exists"
    # The X report of a closed day is its Z, word for word.
    assert (
        day_reports.x_report(demo_ledger, actor=actor, terminal_code="K1", day=days[1]) == made[1]
    )
    # Nothing can reset a perpetual total: the rows refuse to change.
    with pytest.raises(DBAPIError), demo_ledger.engines.write.begin() as connection:
        connection.execute(text("UPDATE day_closes SET grand_total = 0"))
    with pytest.raises(DBAPIError), demo_ledger.engines.write.begin() as connection:
        connection.execute(text("DELETE FROM day_closes"))
    assert [
        z.grand_total for z in day_reports.z_reports(demo_ledger, actor=actor, terminal_code="K1")
    ] == [z.grand_total for z in made]


def test_z_waits_for_the_open_shift_and_cashiers_cannot_close(showroom: Showroom) -> None:
    today = date(2026, 10, 5)
    with pytest.raises(ValidationError) as open_shift:
        day_reports.z_report(
            showroom.ledger, actor=showroom.supervisor, terminal_code="K1", day=today
        )
    assert open_shift.value.code == "z.shift_open"
    with pytest.raises(PermissionDenied):
        day_reports.x_report(showroom.ledger, actor=showroom.cashier, terminal_code="K1", day=today)
    with pytest.raises(ValidationError) as future:
        day_reports.z_report(
            showroom.ledger,
            actor=showroom.supervisor,
            terminal_code="K1",
            day=today + timedelta(days=1),
        )
    assert future.value.code == "z.future"


def test_report_command_prints_and_writes_pdf(
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io
    import sys

    from showroom_pos.cli import main
    from tests.printing.escpos_decode import decode

    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    url = f"sqlite:///{copy}"

    def run(*argv: str) -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO("demo-sari\n"))
        return main(["--db", url, *argv, "--as", "sari"])

    paper = tmp_path / "lp0"
    assert (
        run(
            "report",
            "z",
            "--till",
            "K2",
            "--date",
            "2026-11-18",
            "--printer",
            f"file:{paper}",
            "--profile",
            "POS-5890",
        )
        == 0
    )
    lines = decode(paper.read_bytes()).lines
    assert all(len(line) <= 32 for line in lines)
    assert "LAPORAN Z No. 1" in [line.strip() for line in lines]
    assert any(line.startswith("Grand total") for line in lines)
    capsys.readouterr()
    pdf = tmp_path / "z.pdf"
    assert run("report", "x", "--till", "K2", "--date", "2026-11-18", "--out", str(pdf)) == 0
    text_pdf = " ".join((PdfReader(pdf).pages[0].extract_text() or "").split())
    assert "LAPORAN Z No. 1" in text_pdf  # the closed day's X is its Z
    assert run("report", "z", "--till", "K2", "--date", "2026-11-18") == 2
    assert "sudah ditutup" in capsys.readouterr().err


def test_nothing_is_closed_over_a_journal_that_was_changed(showroom: Showroom) -> None:
    from showroom_pos.db import guards
    from showroom_pos.services.settlement import settlements
    from showroom_pos.services.till import sales, shifts
    from showroom_pos.services.till.sales import CartLine, PaymentInput

    sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00002", 1)],
        payments=[PaymentInput("cash", 250_000)],
    )
    shifts.close_shift(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        denominations={100_000: 5, 50_000: 1},
    )
    with showroom.ledger.engines.write.begin() as connection:
        guards.drop_guards(connection, ["journal"])
        connection.execute(
            text("UPDATE journal SET summary = 'sale K1-000001: Rp25.000' WHERE action = 'sale'")
        )
    with pytest.raises(ValidationError) as z:
        day_reports.z_report(
            showroom.ledger, actor=showroom.supervisor, terminal_code="K1", day=date(2026, 10, 5)
        )
    assert z.value.code == "journal.broken"
    showroom.clock.set(datetime(2026, 11, 2, 2, 0, tzinfo=UTC))
    with pytest.raises(ValidationError) as final:
        settlements.finalize_settlement(
            showroom.ledger, actor=showroom.supervisor, maker_code="PKL001", period="2026-10"
        )
    assert final.value.code == "journal.broken"
    assert "day.close" not in journal_actions(showroom.ledger)


def test_after_the_z_the_till_takes_nothing_more_that_day(showroom: Showroom) -> None:
    from showroom_pos.services.till import refunds, sales, shifts
    from tests.ledgerstate import table_counts

    ledger, cashier = showroom.ledger, showroom.cashier
    sold = sales.complete_sale(
        ledger,
        actor=cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00002")],
        payments=[PaymentInput("cash", 250_000)],
    )
    shifts.close_shift(ledger, actor=cashier, terminal_code="K1", denominations={50_000: 11})
    showroom.clock.advance(hours=8)  # 17:00 WIB, the same day
    day_reports.z_report(
        ledger, actor=showroom.supervisor, terminal_code="K1", day=date(2026, 10, 5)
    )
    before = table_counts(ledger)
    attempts = {
        "open_shift": lambda: shifts.open_shift(
            ledger, actor=cashier, terminal_code="K1", opening_float=100_000
        ),
        "refund": lambda: refunds.refund_sale(
            ledger,
            actor=showroom.supervisor,
            terminal_code="K1",
            receipt_no=sold.receipt_no,
            lines=[RefundLineInput(sold.lines[0].id, 1)],
            reason="salah ukuran",
        ),
    }
    for name, attempt in attempts.items():
        with pytest.raises(ValidationError) as closed:
            attempt()
        assert closed.value.code == "day.closed", name
        assert closed.value.message("id").startswith("Hari 05-10-2026 di kasir K1 sudah ditutup")
        assert "06-10-2026" in closed.value.message("en")
    assert table_counts(ledger) == before
    showroom.clock.advance(hours=8)  # 01:00 WIB the next day: the till opens again
    shifts.open_shift(ledger, actor=cashier, terminal_code="K1", opening_float=100_000)
    again = sales.complete_sale(
        ledger,
        actor=cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00002")],
        payments=[PaymentInput("cash", 250_000)],
    )
    assert again.receipt_no == "K1-000002"


def test_a_shift_left_open_over_the_z_cannot_sell_into_the_closed_day(showroom: Showroom) -> None:
    """A shift opened the next morning is still open when yesterday's Z is made; selling in it
    is fine, but nothing may be recorded into a day whose Z exists (the clock set back)."""
    from showroom_pos.services.till import sales, shifts

    ledger, cashier = showroom.ledger, showroom.cashier
    shifts.close_shift(ledger, actor=cashier, terminal_code="K1", denominations={100_000: 3})
    showroom.clock.advance(days=1)
    shifts.open_shift(ledger, actor=cashier, terminal_code="K1", opening_float=100_000)
    day_reports.z_report(
        ledger, actor=showroom.supervisor, terminal_code="K1", day=date(2026, 10, 5)
    )
    shifts.record_cash_movement(
        ledger, actor=cashier, terminal_code="K1", amount=50_000, reason="tambah kembalian"
    )
    showroom.clock.advance(days=-1)
    with pytest.raises(ValidationError) as closed:
        sales.complete_sale(
            ledger,
            actor=cashier,
            terminal_code="K1",
            lines=[CartLine("PKL001-00002")],
            payments=[PaymentInput("cash", 250_000)],
        )
    assert closed.value.code == "day.closed"
    with pytest.raises(ValidationError) as cash:
        shifts.record_cash_movement(
            ledger, actor=cashier, terminal_code="K1", amount=50_000, reason="tambah kembalian"
        )
    assert cash.value.code == "day.closed"
