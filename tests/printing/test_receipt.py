"""The receipt as the buyer reads it, decoded from the bytes sent to the printer."""

from __future__ import annotations

from pathlib import Path

import pytest
from escpos.printer import Dummy

from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.printer_uri import parse_uri
from showroom_pos.printing.connection import open_printer, paper_columns
from showroom_pos.printing.receipt import NO_MARKUP, ReceiptHeader, print_receipt
from showroom_pos.printing.text import printable
from showroom_pos.services.stock import consignment, makers
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields, MakerInput
from showroom_pos.services.till import sales
from showroom_pos.services.till.types import CartLine, PaymentInput, SaleReceipt
from tests.conftest import Showroom
from tests.printing.escpos_decode import decode

HEADER = ReceiptHeader(
    "Showroom Dekranasda Kota Pekalongan",
    "Museum Batik Pekalongan, Jl. Jetayu No. 1, Kota Pekalongan",
    footer="Terima kasih telah mendukung pembatik Pekalongan",
)


def _sale(showroom: Showroom, **kw: object) -> SaleReceipt:
    makers.add_maker(
        showroom.ledger,
        actor=showroom.staff,
        data=MakerInput(
            code="PKL002",
            name="Hj. Nur Hidayah binti Abdullah Syafi'i",
            business_name="Griya Batik Tulis Hidayah",
        ),
    )
    consignment.receive_consignment(
        showroom.ledger,
        actor=showroom.staff,
        maker_code="PKL002",
        lines=[
            IntakeLineInput(
                2,
                ItemFields(
                    "Selendang sutra kombinasi motif Sekar Jagad “Pagi Sore” édisi pameran",
                    "selendang",
                    "kombinasi",
                    1_475_000,
                ),
            )
        ],
    )
    return sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00002", 2), CartLine("PKL002-00001")],
        payments=[
            PaymentInput("qris", 975_000, reference="QR-2026-0001"),
            PaymentInput("cash", 1_000_000),
        ],
        **kw,
    )  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("profile", "width"), [("POS-5890", 32), ("TM-T88III", 42), ("TM-T88V", 42)]
)
def test_receipt_reads_right_at_every_paper_width(
    sqlite_showroom: Showroom, profile: str, width: int
) -> None:
    receipt = _sale(sqlite_showroom)
    printer = Dummy(profile=profile)
    assert paper_columns(printer) == width
    print_receipt(printer, receipt, HEADER, open_drawer=True)
    paper = decode(printer.output)
    text = paper.text()
    assert all(len(line) <= width for line in paper.lines), text
    assert "No. K1-000001" in text and "WIB" in text
    assert "Kemeja cap Buketan lengan panjang" in " ".join(paper.lines)
    assert "Siti Aminah - Batik cap" in text
    assert "Hidayah" in text and "Sekar Jagad" in " ".join(paper.lines)
    assert '"Pagi Sore"' in " ".join(paper.lines) and "edisi" in " ".join(paper.lines)
    amounts = [line for line in paper.lines if line.endswith("Rp500.000")]
    assert amounts and amounts[0].strip().startswith("2 x Rp250.000")
    total = next(line for line in paper.lines if line.startswith("TOTAL"))
    assert total.endswith("Rp1.975.000") and len(total) == width
    assert any(line.startswith("QRIS") and line.endswith("Rp975.000") for line in paper.lines)
    assert any(line.startswith("Tunai") and line.endswith("Rp1.000.000") for line in paper.lines)
    assert (
        any(line.startswith("Kembalian") and line.endswith("Rp0") for line in paper.lines) is False
    )  # exact cash: no change line
    assert NO_MARKUP in " ".join(paper.lines).replace("  ", " ") or "tanpa mark-up" in text
    kinds = paper.kinds()
    if profile == "POS-5890":  # no barcode command in this printer: drawn as an image
        assert "image" in kinds and ("line", "K1-000001".center(width).rstrip()) in paper.events
        assert "barcode" not in kinds
    else:
        assert ("barcode", "K1-000001") in paper.events
    assert "drawer" in kinds  # the original of a cash sale at this till
    if profile == "POS-5890":
        assert "cut" not in kinds and kinds[-1] == "line"  # no cutter: paper fed out
    else:
        assert kinds[-1] == "cut"


def test_change_reprint_and_training_marks(sqlite_showroom: Showroom) -> None:
    receipt = sales.complete_sale(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00003")],
        payments=[PaymentInput("cash", 500_000)],
    )
    printer = Dummy(profile="TM-T88III")
    print_receipt(printer, receipt, HEADER, copy_number=2)
    paper = decode(printer.output)
    assert any(line.strip() == "SALINAN KE-2" for line in paper.lines)
    assert any(line.startswith("Kembalian") and line.endswith("Rp25.000") for line in paper.lines)
    assert "drawer" not in paper.kinds()  # a reprint does not open the drawer
    training = sales.complete_sale(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00003")],
        payments=[PaymentInput("cash", 475_000)],
        training=True,
    )
    printer = Dummy(profile="TM-T88III")
    print_receipt(printer, training, HEADER)
    paper = decode(printer.output)
    assert sum("LATIHAN" in line for line in paper.lines) == 2
    assert "drawer" not in paper.kinds()


def test_text_outside_the_code_page_is_transliterated() -> None:
    assert printable("Batik “Pagi Sore” – édisi № 5 ★") == 'Batik "Pagi Sore" - edisi No 5 *'
    assert printable("«Sidomukti» 2½ m, 12¼%") == "<<Sidomukti>> 2 1/2 m, 12 1/4%"
    assert printable("ꦧꦠꦶꦏ꧀\tPekalongan\x00") == "btik Pekalongan "


@pytest.mark.parametrize(
    "uri", ["", "lpt:1", "usb:zz:01", "tcp:", "tcp:host:port", "serial:/dev/ttyUSB0?baudrate=cepat"]
)
def test_bad_printer_uris_are_refused(uri: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_uri(uri)
    assert refused.value.code == "printer.bad_uri"


def test_uris_name_their_printer_classes(tmp_path: object) -> None:
    assert parse_uri("usb:04b8:0202").target == "04b8:0202"
    assert parse_uri("serial:/dev/ttyUSB0?baudrate=19200").options == {"baudrate": "19200"}
    assert type(open_printer("tcp:127.0.0.1:9100")).__name__ == "Network"
    assert type(open_printer("dummy:")).__name__ == "Dummy"
    assert type(open_printer(f"file:{tmp_path}/struk.bin")).__name__ == "File"


def test_logo_on_top_and_qr_under_the_barcode(sqlite_showroom: Showroom, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (600, 300), "black").save(logo)
    receipt = _sale(sqlite_showroom)
    printer = Dummy(profile="TM-T88III")
    header = ReceiptHeader(
        "Showroom Dekranasda Kota Pekalongan",
        logo_path=str(logo),
        qr_text="https://dekranasda.pekalongankota.go.id/showroom",
    )
    print_receipt(printer, receipt, header)
    paper = decode(printer.output)
    kinds = paper.kinds()
    assert kinds[0] == "image" and kinds.index("image") < kinds.index("line")
    width_dots, height_dots = (int(n) for n in paper.events[0][1].split("x"))
    assert width_dots <= 512 and height_dots == 171  # 600x300 scaled to 2/3 of 512 dots
    barcode_at = kinds.index("barcode")
    assert "qr" in kinds[barcode_at:]  # the printer's own QR, after the barcode

    missing = ReceiptHeader("Showroom", logo_path=str(tmp_path / "gone.png"))
    printer = Dummy(profile="TM-T88III")
    print_receipt(printer, receipt, missing)
    assert decode(printer.output).kinds()[0] != "image"
