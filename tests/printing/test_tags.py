"""Price tags: one per piece on the thermal printer, and A4 label sheets from any position."""

from __future__ import annotations

from pathlib import Path

import pytest
from escpos.printer import Dummy
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from showroom_pos.documents.labels import LAYOUTS, write_label_sheets
from showroom_pos.domain.errors import ValidationError
from showroom_pos.printing.tags import print_tags
from showroom_pos.services.stock import consignment, tags
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields
from tests.conftest import Showroom
from tests.printing.escpos_decode import decode


@pytest.mark.parametrize(("profile", "width"), [("POS-5890", 32), ("TM-T88III", 42)])
def test_thermal_tags_one_per_piece_with_a_scannable_code(
    sqlite_showroom: Showroom, profile: str, width: int
) -> None:
    pieces = tags.tags_for_intake(
        sqlite_showroom.ledger, actor=sqlite_showroom.staff, intake_no="TT-000001"
    )
    assert [t.item_code for t in pieces] == ["PKL001-00001"] + ["PKL001-00002"] * 5 + [
        "PKL001-00003"
    ] * 3
    printer = Dummy(profile=profile)
    print_tags(printer, pieces)
    paper = decode(printer.output)
    barcodes = [detail for kind, detail in paper.events if kind == "barcode"]
    if profile == "POS-5890":  # no Code128 command: drawn as images (read back elsewhere)
        assert barcodes == [] and paper.kinds().count("image") == len(pieces)
        barcodes = [line.strip() for line in paper.lines if line.strip().startswith("PKL001-")]
    assert barcodes == [t.item_code for t in pieces]
    assert all(len(line) <= width for line in paper.lines)
    assert paper.lines.count("Rp250.000") == 5 and paper.lines.count("Rp1.250.000") == 1
    assert paper.text().count("Batik cap - PKL001") == 5
    cuts = paper.kinds().count("cut")
    assert cuts == (len(pieces) if profile == "TM-T88III" else 0)


def test_printed_textile_is_labelled_as_not_batik(sqlite_showroom: Showroom) -> None:
    slip = consignment.receive_consignment(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.staff,
        maker_code="PKL001",
        lines=[
            IntakeLineInput(1, ItemFields("Kemeja motif Jlamprang", "kemeja", "printing", 95_000))
        ],
    )
    [tag] = tags.tags_for_intake(
        sqlite_showroom.ledger, actor=sqlite_showroom.staff, intake_no=slip.number
    )
    printer = Dummy(profile="TM-T88III")
    print_tags(printer, [tag])
    lines = decode(printer.output).lines
    assert all(len(line) <= 42 for line in lines)
    assert "(printing, bukan batik)" in " ".join(lines)


def test_tags_for_an_item_and_refusals(sqlite_showroom: Showroom) -> None:
    ledger, staff = sqlite_showroom.ledger, sqlite_showroom.staff
    assert len(tags.tags_for_item(ledger, actor=staff, code="PKL001-00002")) == 5
    assert len(tags.tags_for_item(ledger, actor=staff, code="PKL001-00002", copies=1)) == 1
    with pytest.raises(ValidationError) as bad:
        tags.tags_for_item(ledger, actor=staff, code="PKL001-00002", copies=0)
    assert bad.value.message("id") == "Jumlah label harus 1 sampai 2000."
    returned = consignment.return_to_maker(
        ledger, actor=staff, maker_code="PKL001", lines=[("PKL001-00002", 1)]
    )
    with pytest.raises(ValidationError) as not_intake:
        tags.tags_for_intake(ledger, actor=staff, intake_no=returned.number)
    assert not_intake.value.code == "tags.not_intake"


def _label_positions(path: Path) -> list[list[tuple[str, float, float]]]:
    """Per page: each item code printed under a barcode, with where it was drawn."""
    pages = []
    for page in PdfReader(path).pages:
        found: list[tuple[str, float, float]] = []

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            *_: object,
            found: list[tuple[str, float, float]] = found,
        ) -> None:
            if text.startswith("PKL") and "-" in text:
                found.append((text.strip(), tm[4] + cm[4], tm[5] + cm[5]))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


@pytest.mark.parametrize(("layout", "start"), [("3x8", 1), ("3x8", 22), ("4x10", 7)])
def test_label_sheet_starts_where_the_half_used_sheet_is_free(
    sqlite_showroom: Showroom, tmp_path: Path, layout: str, start: int
) -> None:
    pieces = tags.tags_for_intake(
        sqlite_showroom.ledger, actor=sqlite_showroom.staff, intake_no="TT-000001"
    )
    path = tmp_path / "labels.pdf"
    pages = write_label_sheets(pieces, path, layout_name=layout, start=start)
    sheet = LAYOUTS[layout]
    free_on_first = sheet.per_sheet - start + 1
    assert pages == (1 if len(pieces) <= free_on_first else 2)
    drawn = _label_positions(path)
    codes = [code for page in drawn for code, _, _ in page]
    assert codes == [t.item_code for t in pieces]
    _, x, y = drawn[0][0]
    row, column = divmod(start - 1, sheet.columns)
    assert column * sheet.width <= x < (column + 1) * sheet.width
    assert A4[1] - (row + 1) * sheet.height - 1 <= y < A4[1] - row * sheet.height
    if pages == 2:
        _, x2, y2 = drawn[1][0]
        assert x2 < sheet.width and y2 > A4[1] - sheet.height - 1
    text = " ".join((PdfReader(path).pages[0].extract_text() or "").split())
    assert "Rp1.250.000" in text and "Batik tulis · PKL001" in text


def test_label_sheet_refuses_a_bad_layout_or_start(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as bad_start:
        write_label_sheets([], tmp_path / "x.pdf", layout_name="3x8", start=25)
    assert bad_start.value.message("en") == "The start position must be 1 to 24 on a 3x8 sheet."
    with pytest.raises(ValidationError):
        write_label_sheets([], tmp_path / "x.pdf", layout_name="5x13", start=1)
    assert not (tmp_path / "x.pdf").exists()


def test_tags_and_slip_commands(
    sqlite_showroom: Showroom,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io
    import sys

    from showroom_pos.cli import main
    from tests.conftest import PASSWORD

    url = sqlite_showroom.ledger.url

    def run(*argv: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        code = main(["--db", url, *argv, "--as", "dewi"])
        out, err = capsys.readouterr()
        return code, out, err

    spool = tmp_path / "lp0"
    code, out, _ = run(
        "tags", "--item", "PKL001-00003", "--printer", f"file:{spool}", "--profile", "TM-T88III"
    )
    assert code == 0 and "3 label" in out
    paper = decode(spool.read_bytes())
    assert [d for k, d in paper.events if k == "barcode"] == ["PKL001-00003"] * 3

    sheet = tmp_path / "sheet.pdf"
    code, out, _ = run(
        "tags", "--intake", "TT-000001", "--pdf", str(sheet), "--layout", "4x10", "--start", "35"
    )
    assert code == 0 and "9 label, 2 lembar" in out
    assert len(PdfReader(sheet).pages) == 2

    code, _, err = run(
        "tags", "--intake", "TT-000001", "--pdf", str(tmp_path / "no.pdf"), "--start", "0"
    )
    assert code == 2 and "Posisi awal harus 1 sampai 24" in err
    assert not (tmp_path / "no.pdf").exists()

    slip_pdf = tmp_path / "TT-000001.pdf"
    code, _, _ = run("slip", "TT-000001", "--pdf", str(slip_pdf))
    assert code == 0
    reader = PdfReader(slip_pdf)
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [420, 595]  # A5
    text = " ".join("\n".join(p.extract_text() or "" for p in reader.pages).split())
    assert "TANDA TERIMA TITIPAN" in text and "PKL001 - Siti Aminah" in text
    for item_code in ("PKL001-00001", "PKL001-00002", "PKL001-00003"):
        assert item_code in text
    assert "Rp3.925.000" in text and "Jumlah barang: 9 buah" in text
    assert "( Siti Aminah )" in text and "( Dewi Lestari )" in text
