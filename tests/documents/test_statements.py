"""Statement PDFs read back: every sale once, sums equal to the database's, verifiable codes."""

from __future__ import annotations

import csv
import dataclasses
import io
import random
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from showroom_pos.app import open_ledger
from showroom_pos.db import guards
from showroom_pos.db.models import Maker, RefundLine, Sale, SaleLine
from showroom_pos.documents import statements
from showroom_pos.documents.base import Letterhead
from showroom_pos.documents.statement import write_statement
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.money import format_rupiah, rupiah_in_words
from showroom_pos.domain.periods import period_bounds
from showroom_pos.services.admin import auth
from showroom_pos.services.context import Ledger
from showroom_pos.services.settlement import months, settlements
from showroom_pos.services.stock import consignment, stock
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields
from showroom_pos.services.till import refunds, sales
from showroom_pos.services.till.types import CartLine, PaymentInput, RefundLineInput
from tests.cli.runner import run as run_cli
from tests.conftest import Showroom, demo_database, opened_copy

NOW = datetime(2026, 11, 20, 5, 0, tzinfo=UTC)
KEMEJA = "PKL001-00002"


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def rupiah(text: str) -> int:
    negative = text.startswith("-")
    value = int(text.lstrip("-").removeprefix("Rp").replace(".", ""))
    return -value if negative else value


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_database(tmp_path_factory, now=NOW, seed=5, makers=8, items=120, days=80)


@pytest.fixture
def demo_ledger(demo_db: Path, tmp_path: Path) -> Iterator[Ledger]:
    yield from opened_copy(demo_db, tmp_path, NOW)


def supervisor(ledger: Ledger):  # type: ignore[no-untyped-def]
    return auth.login(ledger, username="sari", password="demo-sari")


def _db_month(ledger: Ledger, maker_code: str, period: str) -> tuple[list[tuple], int]:
    """Sale lines (receipt, item, qty, amount) and refunds straight from the tables."""
    start, end = period_bounds(period)
    with ledger.read() as session:
        maker_id = session.scalar(select(Maker.id).where(Maker.code == maker_code))
        lines = session.execute(
            select(Sale.receipt_no, SaleLine.item_code, SaleLine.quantity, SaleLine.amount)
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(
                SaleLine.maker_id == maker_id,
                SaleLine.sold_at >= start,
                SaleLine.sold_at < end,
                SaleLine.training.is_(False),
            )
        ).all()
        refunded = session.scalar(
            select(func.coalesce(func.sum(RefundLine.amount), 0)).where(
                RefundLine.maker_id == maker_id,
                RefundLine.refunded_at >= start,
                RefundLine.refunded_at < end,
            )
        )
    return [tuple(row) for row in lines], int(refunded)


def _sales_section(full_text: str) -> str:
    start = full_text.index("Rincian penjualan")
    ends = [full_text.find(mark, start) for mark in ("Retur penjualan (barang", "Mutasi stok")]
    return full_text[start : min(e for e in ends if e >= 0)]


@pytest.mark.parametrize("seed", [11, 23, 47])
def test_every_sale_appears_once_and_the_sums_are_the_databases(
    demo_ledger: Ledger, tmp_path: Path, seed: int
) -> None:
    period = random.Random(seed).choice(["2026-09", "2026-10", "2026-11"])
    batch = statements.write_statements(
        demo_ledger, actor=supervisor(demo_ledger), period=period, out_dir=tmp_path / "out"
    )
    assert batch.statements and batch.summary_pdf and batch.summary_pdf.exists()
    for path in batch.statements:
        maker_code = re.search(r"-(PKL\d{3})\.pdf$", path.name).group(1)  # type: ignore[union-attr]
        pages = pdf_pages(path)
        full = "\n".join(pages)
        lines, refunded = _db_month(demo_ledger, maker_code, period)
        section = _sales_section(full)
        printed = Counter(re.findall(r"(K\d-\d{6})\n(PKL\d{3}-\d{5})\n", section))
        assert printed == Counter((receipt, item) for receipt, item, _, _ in lines), path.name
        for receipt, item, quantity, amount in lines:
            row = re.search(
                rf"{receipt}\n{item}\n.+?\n(\d+)\n(Rp[\d.]+)\n(Rp[\d.]+)\n", section, re.DOTALL
            )
            assert row and int(row.group(1)) == quantity and rupiah(row.group(3)) == amount
        gross = re.search(r"Penjualan kotor \((\d+) baris\)\n(Rp[\d.]+)", full)
        assert gross and int(gross.group(1)) == len(lines)
        assert rupiah(gross.group(2)) == sum(amount for *_, amount in lines)
        refunds = re.search(r"Retur penjualan bulan ini\n(-?Rp[\d.]+)", full)
        corrections = re.findall(r"Penyesuaian: Koreksi: retur[^\n]*\n(-?Rp[\d.]+)", full)
        assert refunds
        # refunds of sales from a finalized month are printed as named corrections instead
        assert rupiah(refunds.group(1)) + sum(map(rupiah, corrections)) == -refunded
        view = months.compute_settlement(
            demo_ledger, actor=supervisor(demo_ledger), maker_code=maker_code, period=period
        )
        payable = re.search(r"(JUMLAH DIBAYARKAN|SALDO KURANG[^\n]*)\n(-?Rp[\d.]+)", full)
        assert payable and rupiah(payable.group(2)) == view.payable
        flat = " ".join(full.split())
        assert (rupiah_in_words(view.payable) in flat) == (view.payable > 0)
        assert ("meterai Rp10.000" in flat) == (view.payable > 5_000_000)
        for number, page in enumerate(pages, start=1):
            assert f"Halaman {number} dari {len(pages)}" in page
            assert ("DRAFT" in page) == (view.status == "draft")


def test_summary_csv_adds_up_to_the_database(demo_ledger: Ledger, tmp_path: Path) -> None:
    batch = statements.write_statements(
        demo_ledger, actor=supervisor(demo_ledger), period="2026-10", out_dir=tmp_path
    )
    assert batch.summary_csv is not None
    with batch.summary_csv.open(encoding="utf-8-sig") as handle:
        labels = handle.readline()  # the treasurer's words; the keys follow
        rows = list(csv.DictReader(handle))
    assert labels.startswith("Kode,Pembatik,Penjualan,Retur,")
    makers_rows, total = rows[:-1], rows[-1]
    assert {r["status"] for r in makers_rows} <= {"draf", "final", "dibayar"}
    assert total["maker_code"] == "TOTAL" and len(makers_rows) == len(batch.statements)
    for key in ("gross_sales", "refunds", "commission", "deductions", "payable"):
        assert sum(int(r[key]) for r in makers_rows) == int(total[key])
    start, end = period_bounds("2026-10")
    with demo_ledger.read() as session:
        sold = session.scalar(
            select(func.sum(SaleLine.amount)).where(
                SaleLine.sold_at >= start, SaleLine.sold_at < end, SaleLine.training.is_(False)
            )
        )
    assert int(total["gross_sales"]) == sold
    assert all(r["bank_account"][-4:].isdigit() and "•" in r["bank_account"] for r in makers_rows)
    summary_text = " ".join("\n".join(pdf_pages(batch.summary_pdf)).split())  # type: ignore[arg-type]
    assert format_rupiah(int(total["payable"])) in summary_text
    assert f"TOTAL ({len(makers_rows)} pembatik)" in summary_text


def test_english_statement(demo_ledger: Ledger, tmp_path: Path) -> None:
    batch = statements.write_statements(
        demo_ledger, actor=supervisor(demo_ledger), period="2026-10", out_dir=tmp_path, lang="en"
    )
    pages = pdf_pages(batch.statements[0])
    assert "STATEMENT OF CONSIGNMENT SALES" in pages[0] and "October 2026" in pages[0]
    assert "AMOUNT PAYABLE" in pages[0] and f"Page 1 of {len(pages)}" in pages[0]


def test_a_long_month_repeats_the_table_header_on_every_page(
    showroom: Showroom, tmp_path: Path
) -> None:
    slip = consignment.receive_consignment(
        showroom.ledger,
        actor=showroom.staff,
        maker_code="PKL001",
        lines=[
            IntakeLineInput(
                90, ItemFields("Kemeja printing Jlamprang", "kemeja", "printing", 95_000)
            )
        ],
    )
    code = slip.lines[0].item_code
    for _ in range(90):
        sales.complete_sale(
            showroom.ledger,
            actor=showroom.cashier,
            terminal_code="K1",
            lines=[CartLine(code, 1)],
            payments=[PaymentInput("cash", 95_000)],
        )
    view = months.compute_settlement(
        showroom.ledger, actor=showroom.supervisor, maker_code="PKL001", period="2026-10"
    )
    path = tmp_path / "long.pdf"
    write_statement(view, Letterhead("Showroom"), path)
    pages = pdf_pages(path)
    assert len(pages) >= 3
    with_sales = [p for p in pages if "K1-0000" in p]
    assert len(with_sales) >= 2
    assert all("No. struk" in page for page in with_sales)
    assert sum(page.count("K1-0000") for page in pages) == 90
    assert "Komisi showroom (0%)\n-Rp0" in pages[0] or "Komisi showroom (0%)\nRp0" in pages[0]


def test_refund_after_the_close_is_an_adjustment_in_the_next_statement(
    showroom: Showroom, tmp_path: Path
) -> None:
    price = stock.find_item(showroom.ledger, actor=showroom.cashier, code=KEMEJA).price
    october = sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine(KEMEJA, 2)],
        payments=[PaymentInput("cash", price * 2)],
    )
    showroom.clock.set(datetime(2026, 11, 1, 2, 0, tzinfo=UTC))
    batch = statements.write_statements(
        showroom.ledger,
        actor=showroom.supervisor,
        period="2026-10",
        out_dir=tmp_path / "oct",
        maker_code="PKL001",
        finalize=True,
    )
    assert batch.finalized == 1
    assert statements.verify_statement(showroom.ledger, pdf=batch.statements[0]).ok
    showroom.clock.advance(days=2)
    refunds.refund_sale(
        showroom.ledger,
        actor=showroom.supervisor,
        terminal_code="K1",
        receipt_no=october.receipt_no,
        lines=[RefundLineInput(october.lines[0].id, 1)],
        reason="cacat",
    )
    again = statements.write_statements(
        showroom.ledger,
        actor=showroom.supervisor,
        period="2026-10",
        out_dir=tmp_path / "oct2",
        maker_code="PKL001",
    )
    october_text = "\n".join(pdf_pages(again.statements[0]))
    assert _sales_section(october_text) == _sales_section("\n".join(pdf_pages(batch.statements[0])))
    assert "JUMLAH DIBAYARKAN\nRp500.000" in october_text
    showroom.clock.set(datetime(2026, 12, 1, 3, 0, tzinfo=UTC))
    november = statements.write_statements(
        showroom.ledger,
        actor=showroom.supervisor,
        period="2026-11",
        out_dir=tmp_path / "nov",
        maker_code="PKL001",
    )
    text_nov = "\n".join(pdf_pages(november.statements[0]))
    assert re.search(r"Penyesuaian: Koreksi: retur RK1-000001[^\n]*\n-Rp250\.000", text_nov)
    assert "SALDO KURANG (dibawa ke bulan berikutnya)\n-Rp250.000" in text_nov


def test_verify_finds_forged_pdfs_and_tampered_statements(
    demo_ledger: Ledger, tmp_path: Path
) -> None:
    actor = supervisor(demo_ledger)
    batch = statements.write_statements(
        demo_ledger, actor=actor, period="2026-10", out_dir=tmp_path / "out", maker_code="PKL002"
    )
    genuine = batch.statements[0]
    check = statements.verify_statement(demo_ledger, pdf=genuine)
    assert check.ok and check.statement_no == "RB-2026-10-PKL002"
    assert statements.verify_statement(demo_ledger, code=check.code).ok

    view = months.compute_settlement(
        demo_ledger, actor=actor, maker_code="PKL002", period="2026-10"
    )
    forged = dataclasses.replace(view, payable=view.payable + 1_000_000, sales=view.sales[:-1])
    write_statement(forged, Letterhead("Showroom"), tmp_path / "forged.pdf")
    bad = statements.verify_statement(demo_ledger, pdf=tmp_path / "forged.pdf")
    assert not bad.ok
    assert [p.code for p in bad.problems] == ["verify.pdf_differs", "verify.pdf_not_issued"]
    assert format_rupiah(view.payable) in bad.messages("id")[0]

    draft = statements.write_statements(
        demo_ledger, actor=actor, period="2026-11", out_dir=tmp_path / "draft", maker_code="PKL002"
    )
    refused = statements.verify_statement(demo_ledger, pdf=draft.statements[0])
    assert not refused.ok and refused.problems[0].code == "verify.draft"
    not_pdf = tmp_path / "not.pdf"
    not_pdf.write_text("bukan pdf")
    with pytest.raises(ValidationError) as error:
        statements.verify_statement(demo_ledger, pdf=not_pdf)
    assert "tidak bisa dibaca" in error.value.message("id")

    with demo_ledger.engines.write.begin() as connection:
        guards.drop_guards(connection, ["settlements"])
        connection.execute(
            text(
                "UPDATE settlements SET content = replace(content, :old, :new) "
                "WHERE statement_no = 'RB-2026-10-PKL002'"
            ),
            {"old": f'"payable":{view.payable}', "new": f'"payable":{view.payable + 5}'},
        )
    tampered = statements.verify_statement(demo_ledger, code=check.code)
    assert not tampered.ok
    assert {p.code for p in tampered.problems} >= {"verify.hash", "verify.no_journal"}


def test_settle_commands(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_db, copy)
    url = f"sqlite:///{copy}"
    monkeypatch.setattr("showroom_pos.app.utc_now", lambda: NOW)  # the commands' clock
    out_dir = tmp_path / "nov"
    code, _, err = run_cli(
        capsys,
        monkeypatch,
        "--db",
        url,
        "settle",
        "--period",
        "2026-11",
        "--out",
        str(out_dir),
        "--finalize",
        "--as",
        "sari",
        stdin="demo-sari\n",
    )
    assert code == 2 and "belum berakhir" in err and not out_dir.exists()

    code, out, _ = run_cli(
        capsys,
        monkeypatch,
        "--db",
        url,
        "settle",
        "--period",
        "2026-11",
        "--out",
        str(out_dir),
        "--maker",
        "PKL003",
        "--lang",
        "en",
        "--as",
        "sari",
        stdin="demo-sari\n",
    )
    assert code == 0 and "1 laporan" in out
    assert "AMOUNT PAYABLE" in pdf_pages(out_dir / "draft-2026-11-PKL003.pdf")[0]

    ledger = open_ledger(url)
    try:
        with ledger.read() as session:
            unpaid = session.execute(
                text(
                    "SELECT m.code, s.statement_no FROM settlements s JOIN makers m "
                    "ON m.id = s.maker_id LEFT JOIN settlement_payments p "
                    "ON p.settlement_id = s.id WHERE p.id IS NULL AND s.payable > 0"
                )
            ).first()
    finally:
        ledger.close()
    assert unpaid is not None, "the demo leaves a finalized statement unpaid"
    maker_code, statement_no = unpaid
    period = statement_no[3:10]
    code, _, err = run_cli(
        capsys,
        monkeypatch,
        "--db",
        url,
        "settle",
        "pay",
        "--period",
        period,
        "--maker",
        maker_code,
        "--method",
        "transfer",
        "--as",
        "rina",
        stdin="demo-rina\n",
    )
    assert code == 2 and "referensi" in err
    code, out, _ = run_cli(
        capsys,
        monkeypatch,
        "--db",
        url,
        "settle",
        "pay",
        "--period",
        period,
        "--maker",
        maker_code,
        "--method",
        "transfer",
        "--reference",
        "TRF-77",
        "--as",
        "rina",
        stdin="demo-rina\n",
    )
    assert code == 0 and statement_no in out

    paid_dir = tmp_path / "paid"
    code, _, _ = run_cli(
        capsys,
        monkeypatch,
        "--db",
        url,
        "settle",
        "--period",
        period,
        "--out",
        str(paid_dir),
        "--maker",
        maker_code,
        "--as",
        "sari",
        stdin="demo-sari\n",
    )
    statement_pdf = paid_dir / f"laporan-{period}-{maker_code}.pdf"
    assert code == 0 and "ref. TRF-77" in " ".join("\n".join(pdf_pages(statement_pdf)).split())
    code, out, _ = run_cli(
        capsys,
        monkeypatch,
        "--db",
        url,
        "statement",
        "verify",
        str(statement_pdf),
        "--as",
        "sari",
        stdin="demo-sari\n",
    )
    assert code == 0 and out.startswith("COCOK") and statement_no in out
    code, out, _ = run_cli(
        capsys,
        monkeypatch,
        "--db",
        url,
        "--lang",
        "en",
        "statement",
        "verify",
        "0000-0000-0000",
        "--as",
        "sari",
        stdin="demo-sari\n",
    )
    assert code == 3 and "No finalized statement has this code." in out


def test_the_treasurers_csv_never_starts_a_formula() -> None:
    from showroom_pos.documents.base import spreadsheet_text as _cell_text

    assert _cell_text('=HYPERLINK("http://x","klik")') == '\'=HYPERLINK("http://x","klik")'
    assert _cell_text("+62 812") == "'+62 812" and _cell_text("@batik") == "'@batik"
    assert _cell_text("Hj. Siti Aminah") == "Hj. Siti Aminah"


def _rendered(path: Path) -> list[object]:
    """Each page as a PIL image, rendered by PDFium (the engine of a common PDF viewer)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    try:
        return [page.render(scale=3).to_pil() for page in document]
    finally:
        document.close()


def _overlaid(source: Path, target: Path, *, page_no: int, payable: str) -> None:
    """A white box with another payable drawn over the real one, as a forger would edit it."""
    from pypdf import PdfWriter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    reader = PdfReader(source)  # metadata (the statement's code and hash) come along
    stamp = io.BytesIO()
    canvas = Canvas(stamp, pagesize=A4)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(0, 0, A4[0], A4[1], stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(60, 300, f"JUMLAH DIBAYARKAN {payable}")
    canvas.save()
    writer = PdfWriter(clone_from=reader)
    writer.pages[page_no].merge_page(PdfReader(io.BytesIO(stamp.getvalue())).pages[0])
    with target.open("wb") as handle:
        writer.write(handle)


def test_an_overlaid_pdf_fails_and_the_qr_code_text_verifies(
    demo_ledger: Ledger, tmp_path: Path
) -> None:
    import zxingcpp

    actor = supervisor(demo_ledger)
    batch = statements.write_statements(
        demo_ledger, actor=actor, period="2026-10", out_dir=tmp_path / "out", maker_code="PKL002"
    )
    genuine = batch.statements[0]
    assert not batch.unrecorded
    check = statements.verify_statement(demo_ledger, pdf=genuine)
    assert check.ok, check.messages("en")

    scanned = [
        result.text
        for image in _rendered(genuine)
        for result in zxingcpp.read_barcodes(image)  # type: ignore[arg-type]
        if result.format == zxingcpp.BarcodeFormat.QRCode
    ]
    assert len(scanned) == 1 and scanned[0].startswith("RB-2026-10-PKL002 ")
    by_qr = statements.verify_statement(demo_ledger, code=scanned[0])
    assert by_qr.ok and by_qr.statement_no == "RB-2026-10-PKL002"

    assert check.payable is not None
    page = next(
        number
        for number, text_of_page in enumerate(pdf_pages(genuine))
        if f"JUMLAH DIBAYARKAN\n{format_rupiah(check.payable)}" in text_of_page
    )
    forged = tmp_path / "overlaid.pdf"
    _overlaid(genuine, forged, page_no=page, payable="Rp99.999.999")
    assert "Rp99.999.999" in pdf_pages(forged)[page]  # what a person now sees
    assert format_rupiah(check.payable) in pdf_pages(forged)[page]  # the real sum, hidden
    bad = statements.verify_statement(demo_ledger, pdf=forged)
    assert not bad.ok
    assert [p.code for p in bad.problems] == ["verify.pdf_not_issued"]
    assert "RB-2026-10-PKL002" in bad.messages("en")[0]


def test_settle_pay_refuses_a_statement_edited_after_it_was_finalized(demo_ledger: Ledger) -> None:
    with demo_ledger.read() as session:
        number, maker, period, payable = session.execute(
            text(
                "SELECT s.statement_no, m.code, s.period, s.payable FROM settlements s "
                "JOIN makers m ON m.id = s.maker_id LEFT JOIN settlement_payments p "
                "ON p.settlement_id = s.id WHERE p.id IS NULL AND s.payable > 0 "
                "ORDER BY s.id"
            )
        ).first()
    with demo_ledger.engines.write.begin() as connection:
        guards.drop_guards(connection, ["settlements"])
        connection.execute(
            text("UPDATE settlements SET payable = payable + 1000000 WHERE statement_no = :number"),
            {"number": number},
        )
        guards.install_guards(connection, ["settlements"])
    treasurer = auth.login(demo_ledger, username="rina", password="demo-rina")
    with pytest.raises(ValidationError) as refused:
        settlements.record_payout(
            demo_ledger, actor=treasurer, maker_code=maker, period=period, method="cash"
        )
    assert refused.value.code == "settlement.tampered"
    assert number in refused.value.message("id") and payable > 0
    with demo_ledger.read() as session:
        assert (
            session.scalar(
                text(
                    "SELECT count(*) FROM settlement_payments p JOIN settlements "
                    "s ON s.id = p.settlement_id WHERE s.statement_no = :n"
                ),
                {"n": number},
            )
            == 0
        )
