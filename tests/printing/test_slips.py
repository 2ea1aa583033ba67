"""The intake and return slips a maker signs, decoded from the printer's bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from escpos.printer import Dummy

from showroom_pos.printing.receipt import ReceiptHeader
from showroom_pos.printing.slip import print_slip
from showroom_pos.services.stock import consignment
from tests.conftest import Showroom
from tests.printing.escpos_decode import decode

HEADER = ReceiptHeader("Showroom Dekranasda Kota Pekalongan")


@pytest.mark.parametrize("profile", ["POS-5890", "TM-T88III"])
def test_intake_slip_lists_every_piece_and_has_two_signature_places(
    sqlite_showroom: Showroom, profile: str
) -> None:
    slip = consignment.get_slip(
        sqlite_showroom.ledger, actor=sqlite_showroom.staff, number="TT-000001"
    )
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
    assert any(line.startswith("Jumlah barang") and line.endswith("9 buah") for line in paper.lines)
    # 1.250.000 + 5 x 250.000 + 3 x 475.000
    assert any(line.endswith("Rp3.925.000") for line in paper.lines)
    assert "Yang menyerahkan," in text and "Yang menerima," in text
    assert sum(line.count("(...") for line in paper.lines) == 2
    assert "Dewi Lestari" in text


def test_return_slip(sqlite_showroom: Showroom) -> None:
    slip = consignment.return_to_maker(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.staff,
        maker_code="PKL001",
        lines=[("PKL001-00002", 2)],
        notes="tidak laku 3 bulan",
    )
    printer = Dummy(profile="TM-T88III")
    print_slip(printer, slip, HEADER)
    text = decode(printer.output).text()
    assert "BERITA ACARA PENGEMBALIAN" in text and "BA-000001" in text
    assert "tidak laku 3 bulan" in text and "2 x Rp250.000" in text


def test_58mm_signatures_one_under_the_other_with_both_names(sqlite_showroom: Showroom) -> None:
    for slip in (
        consignment.get_slip(
            sqlite_showroom.ledger, actor=sqlite_showroom.staff, number="TT-000001"
        ),
        consignment.return_to_maker(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.staff,
            maker_code="PKL001",
            lines=[("PKL001-00002", 1)],
        ),
    ):
        printer = Dummy(profile="POS-5890")
        print_slip(printer, slip, HEADER)
        lines = [line.rstrip() for line in decode(printer.output).lines]
        assert all(len(line) <= 32 for line in lines)
        assert "Yang menyerahkan," in lines and "Yang menerima," in lines  # each on its own
        giver, taker = (
            ("Siti Aminah", "Dewi Lestari")
            if slip.kind == "intake"
            else ("Dewi Lestari", "Siti Aminah")
        )
        dotted = [index for index, line in enumerate(lines) if line.startswith("(...")]
        assert len(dotted) == 2
        assert [lines[index + 1] for index in dotted] == [giver, taker]
        assert any(line.endswith("WIB") for line in lines)
        assert "Petugas: Dewi Lestari" in lines


def test_80mm_signatures_side_by_side_with_names(sqlite_showroom: Showroom) -> None:
    slip = consignment.return_to_maker(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.staff,
        maker_code="PKL001",
        lines=[("PKL001-00002", 1)],
    )
    printer = Dummy(profile="TM-T88III")
    print_slip(printer, slip, HEADER)
    lines = decode(printer.output).lines
    assert any(
        line.startswith("Yang menyerahkan,") and line.endswith("Yang menerima,") for line in lines
    )
    assert any(line.startswith("Dewi Lestari") and line.endswith("Siti Aminah") for line in lines)


def test_a_reprinted_slip_says_salinan_and_is_journaled(
    sqlite_showroom: Showroom, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from showroom_pos.documents.slips import make_slip_pdf
    from showroom_pos.printing.jobs import print_slip_now
    from tests.ledgerstate import journal_actions

    ledger, staff = sqlite_showroom.ledger, sqlite_showroom.staff
    out = tmp_path / "lp0"
    assert (
        print_slip_now(ledger, actor=staff, number="TT-000001", printer_uri=f"file:{out}") is None
    )
    original = decode(out.read_bytes()).text()
    assert "SALINAN" not in original
    assert print_slip_now(ledger, actor=staff, number="tt-000001", printer_uri=f"file:{out}") == 1
    copy = decode(out.read_bytes()).lines
    assert "SALINAN KE-1" in [line.strip() for line in copy]
    _, number = make_slip_pdf(
        ledger, actor=staff, number="TT-000001", target=tmp_path / "TT-000001.pdf"
    )
    assert number == 2
    text = " ".join((PdfReader(tmp_path / "TT-000001.pdf").pages[0].extract_text()).split())
    assert "SALINAN KE-2" in text and "WIB" in text
    assert journal_actions(ledger)[-3:] == ["slip.print"] * 3
