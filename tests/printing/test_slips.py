"""The intake and return slips a maker signs, decoded from the printer's bytes."""

from __future__ import annotations

import pytest
from escpos.printer import Dummy

from showroom_pos.printing.receipt import ReceiptHeader
from showroom_pos.printing.slip import print_slip
from showroom_pos.services import stock
from tests.conftest import Showroom
from tests.printing.escpos_decode import decode

HEADER = ReceiptHeader("Showroom Dekranasda Kota Pekalongan")


@pytest.mark.parametrize("profile", ["POS-5890", "TM-T88III"])
def test_intake_slip_lists_every_piece_and_has_two_signature_places(
        sqlite_showroom: Showroom, profile: str) -> None:
    slip = stock.get_slip(sqlite_showroom.ledger, actor=sqlite_showroom.staff,
                          number="TT-000001")
    printer = Dummy(profile=profile)
    print_slip(printer, slip, HEADER)
    paper = decode(printer.output)
    text = paper.text()
    width = 32 if profile == "POS-5890" else 42
    assert all(len(line) <= width for line in paper.lines)
    assert "TANDA TERIMA TITIPAN" in text and "No. TT-000001" in text
    assert "PKL001 Siti Aminah" in text
    for code in ("PKL001-00001", "PKL001-00002", "PKL001-00003"):
        assert code in text
    assert any(line.endswith("Rp1.250.000") for line in paper.lines)
    assert any(line.startswith("Jumlah barang") and line.endswith("9 buah")
               for line in paper.lines)
    # 1.250.000 + 5 x 250.000 + 3 x 475.000
    assert any(line.endswith("Rp3.925.000") for line in paper.lines)
    assert "Yang menyerahkan," in text and "Yang menerima," in text
    assert sum(line.count("(...") for line in paper.lines) == 2
    assert "Dewi Lestari" in text


def test_return_slip(sqlite_showroom: Showroom) -> None:
    slip = stock.return_to_maker(sqlite_showroom.ledger, actor=sqlite_showroom.staff,
                                 maker_code="PKL001", lines=[("PKL001-00002", 2)],
                                 notes="tidak laku 3 bulan")
    printer = Dummy(profile="TM-T88III")
    print_slip(printer, slip, HEADER)
    text = decode(printer.output).text()
    assert "BERITA ACARA PENGEMBALIAN" in text and "BA-000001" in text
    assert "tidak laku 3 bulan" in text and "2 x Rp250.000" in text
