"""Every paper printed in a software printer and read back with zxing-cpp, at 58 and 80 mm.

The printer model (escpos_render) keeps its state from job to job like a real one; the codes
are read by a third-party reader, so a barcode with bars of uneven width, a missing quiet zone
or a code-set prefix in the data fails here as it would at the till.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from escpos.printer import Dummy
from PIL import ImageChops

from showroom_pos.printing.barcodes import code128_image, print_code128
from showroom_pos.printing.day_report import print_day_report
from showroom_pos.printing.jobs import sample_page_lines
from showroom_pos.printing.receipt import ReceiptHeader, print_receipt
from showroom_pos.printing.slip import print_slip
from showroom_pos.printing.tags import print_tags
from showroom_pos.services.reports import day_reports
from showroom_pos.services.stock import consignment, tags
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields
from showroom_pos.services.till import sales
from showroom_pos.services.till.types import CartLine, PaymentInput, SaleReceipt
from tests.conftest import Showroom
from tests.printing.escpos_render import POWER_ON, Printout, read_codes, render

QR_TEXT = "https://dekranasda.pekalongankota.go.id/showroom"
HEADER = ReceiptHeader(
    "Showroom Dekranasda Kota Pekalongan",
    "Museum Batik Pekalongan, Jl. Jetayu No. 1",
    qr_text=QR_TEXT,
)
JOB_START = b"\x1b@\x1bt\x00"  # ESC @, then code table 0


@dataclass(frozen=True)
class PaperKind:
    profile: str
    dots: int
    columns: int
    raster: bool  # barcodes and QR drawn by the program, not by the printer

    def printer(self) -> Dummy:
        printer = Dummy(profile=self.profile)
        if self.raster:  # the same paper on a printer without barcode or QR commands
            data = printer.profile.profile_data
            features = {**data["features"], "barcodeB": False, "qrCode": False}
            printer.profile.profile_data = {**data, "features": features}
        return printer

    def __str__(self) -> str:
        return f"{self.profile}-{self.dots}{'-raster' if self.raster else ''}"


PAPERS = [
    PaperKind("POS-5890", 384, 32, True),
    PaperKind("TM-T88III", 512, 42, True),
    PaperKind("TM-T20II", 576, 48, True),
    PaperKind("TM-T88III", 512, 42, False),
    PaperKind("TM-T20II", 576, 48, False),
]


def _printed(paper: PaperKind, data: bytes, name: str) -> Printout:
    printout = render(data, paper.dots, paper.columns)
    folder = os.environ.get("SHOWROOM_POS_PAPER_DIR")  # to look at the papers as PNG
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        printout.image().save(Path(folder) / f"{name}-{paper}.png")
    return printout


def _job(paper: PaperKind, draw: object) -> bytes:
    printer = paper.printer()
    draw(printer)  # type: ignore[operator]
    return bytes(printer.output)


def _assert_clean_job(data: bytes, printout: Printout, columns: int) -> None:
    assert data.startswith(JOB_START)
    assert data.count(b"\x1b@") == 1
    assert printout.final.of_text() == POWER_ON, "the job left a style on for the next one"
    assert all(len(line.text) <= columns for line in printout.lines)


def _sale(showroom: Showroom) -> SaleReceipt:
    return sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00002", 2), CartLine("PKL001-00001")],
        payments=[PaymentInput("cash", 2_000_000)],
    )


@pytest.mark.parametrize("paper", PAPERS, ids=str)
def test_receipt_barcode_and_qr_read_back(sqlite_showroom: Showroom, paper: PaperKind) -> None:
    receipt = _sale(sqlite_showroom)
    data = _job(paper, lambda printer: print_receipt(printer, receipt, HEADER, open_drawer=True))
    printout = _printed(paper, data, "receipt")
    assert read_codes(printout) == [("Code128", receipt.receipt_no), ("QRCode", QR_TEXT)]
    _assert_clean_job(data, printout, paper.columns)
    assert printout.drawer_kicks == 1
    assert any(
        line.text.startswith("TOTAL") and line.text.endswith("Rp1.750.000")
        for line in printout.lines
    )


@pytest.mark.parametrize("paper", PAPERS, ids=str)
def test_every_price_tag_reads_back_as_its_item_code(
    sqlite_showroom: Showroom, paper: PaperKind
) -> None:
    pieces = tags.tags_for_intake(
        sqlite_showroom.ledger, actor=sqlite_showroom.staff, intake_no="TT-000001"
    )
    data = _job(paper, lambda printer: print_tags(printer, pieces))
    printout = _printed(paper, data, "tags")
    assert read_codes(printout) == [("Code128", tag.item_code) for tag in pieces]
    _assert_clean_job(data, printout, paper.columns)
    prices = [line for line in printout.lines if line.text.startswith("Rp")]
    assert [line.text for line in prices] == ["Rp1.250.000"] + ["Rp250.000"] * 5 + ["Rp475.000"] * 3
    assert all((line.style.width, line.style.height) == (2, 2) for line in prices)
    for line in printout.lines:  # only the price is large; the next line and tag are normal
        if not line.text.startswith("Rp"):
            assert (line.style.width, line.style.height) == (1, 1), line.text
    double, normal = b"\x1b!\x30", b"\x1b!\x00"  # ESC ! with double width and height; none
    assert data.count(double) == len(pieces) and data.rfind(normal) > data.rfind(double)


@pytest.mark.parametrize("paper", PAPERS[:3], ids=str)
def test_slips_reports_and_the_test_page_leave_the_printer_as_they_found_it(
    sqlite_showroom: Showroom, paper: PaperKind
) -> None:
    ledger, staff = sqlite_showroom.ledger, sqlite_showroom.staff
    _sale(sqlite_showroom)
    intake = consignment.get_slip(ledger, actor=staff, number="TT-000001")
    returned = consignment.return_to_maker(
        ledger, actor=staff, maker_code="PKL001", lines=[("PKL001-00003", 1)], notes="warna pudar"
    )
    report = day_reports.x_report(
        ledger,
        actor=sqlite_showroom.supervisor,
        terminal_code="K1",
        day=sqlite_showroom.clock.now.date(),
    )

    def test_page(printer: Dummy) -> None:
        from showroom_pos.printing.commands import begin_job, end_job, text_lines

        begin_job(printer)
        text_lines(printer, sample_page_lines(paper.columns))
        end_job(printer)

    for name, draw in (
        ("intake-slip", lambda p: print_slip(p, intake, HEADER)),
        ("return-slip", lambda p: print_slip(p, returned, HEADER, 1)),
        ("x-report", lambda p: print_day_report(p, report, HEADER)),
        ("test-page", test_page),
    ):
        data = _job(paper, draw)
        printout = _printed(paper, data, name)
        _assert_clean_job(data, printout, paper.columns)
        assert read_codes(printout) == []  # none of these carries a code
        assert printout.lines, name


@pytest.mark.parametrize("paper", [PAPERS[0], PAPERS[3]], ids=str)
def test_a_receipt_after_tags_prints_exactly_as_one_printed_alone(
    sqlite_showroom: Showroom, paper: PaperKind
) -> None:
    receipt = _sale(sqlite_showroom)
    pieces = tags.tags_for_item(
        sqlite_showroom.ledger, actor=sqlite_showroom.staff, code="PKL001-00003", copies=2
    )
    tag_job = _job(paper, lambda printer: print_tags(printer, pieces))
    receipt_job = _job(paper, lambda printer: print_receipt(printer, receipt, HEADER))
    alone = render(receipt_job, paper.dots, paper.columns).image()
    # Whatever an earlier job or another program left on (double size, centred, bold,
    # inverted, Katakana), the receipt starts from the printer's initial state.
    leftovers = b"\x1d!\x11\x1ba\x01\x1bE\x01\x1dB\x01\x1bt\x01"
    for before in (tag_job, leftovers):
        together = render(before + receipt_job, paper.dots, paper.columns)
        start = together.job_starts[-1]
        second = together.image().crop((0, start, paper.dots, together.height))
        assert second.size == alone.size
        assert ImageChops.difference(second, alone).getbbox() is None


def test_text_outside_ascii_is_transliterated_and_code_table_0_is_chosen(
    sqlite_showroom: Showroom,
) -> None:
    slip = consignment.receive_consignment(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.staff,
        maker_code="PKL001",
        lines=[
            IntakeLineInput(
                1, ItemFields("Kain «Sidomukti» 2½ m ꦧꦠꦶꦏ꧀", "kain panjang", "tulis", 900_000)
            )
        ],
    )
    receipt = sales.complete_sale(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.cashier,
        terminal_code="K1",
        lines=[CartLine(slip.lines[0].item_code)],
        payments=[PaymentInput("cash", 900_000)],
    )
    paper = PAPERS[0]
    data = _job(paper, lambda printer: print_receipt(printer, receipt, HEADER))
    printout = _printed(paper, data, "transliterated")
    text = " ".join(printout.texts())
    assert "Kain <<Sidomukti>> 2 1/2 m btik" in text
    assert "?" not in text.replace(QR_TEXT, "")
    assert b"\x1bt\x01" not in data and all(
        byte < 0x80 for byte in data.replace(JOB_START, b"").split(b"\x1dv0")[0]
    )
    assert printout.final.code_table == 0 and printout.final.of_text() == POWER_ON


def test_a_code_too_long_for_the_paper_is_printed_as_text_with_a_note() -> None:
    code = "PKL001-" + "9" * 40
    assert code128_image(code, 384, 64) is None
    paper = PAPERS[0]
    data = _job(paper, lambda printer: print_code128(printer, code))
    printout = render(data, paper.dots, paper.columns)
    assert read_codes(printout) == [] and printout.regions == []
    assert code in "".join(text.strip() for text in printout.texts())
    assert "kode terlalu panjang" in " ".join(printout.texts())
