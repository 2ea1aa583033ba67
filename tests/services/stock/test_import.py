"""Importing makers and items from spreadsheets: all rows or none, every bad row named."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from showroom_pos.domain.errors import PermissionDenied, ValidationError
from showroom_pos.paths import resources_dir
from showroom_pos.services.stock import importer, makers, stock
from tests.conftest import Showroom
from tests.ledgerstate import on_hand, table_counts

EXAMPLES = resources_dir() / "examples"


def test_example_files_import_with_one_slip_per_maker(showroom: Showroom) -> None:
    result = importer.import_file(
        showroom.ledger, actor=showroom.supervisor, kind="makers", path=EXAMPLES / "makers.csv"
    )
    assert result.created_codes == ("PKL101", "PKL102", "PKL103", "PKL104", "PKL105")
    fauzi = makers.get_maker(showroom.ledger, actor=showroom.supervisor, code="PKL102")
    assert (fauzi.name, fauzi.commission_bp, fauzi.village) == ("Ahmad Fauzi", 500, "Pesindon")
    assert (
        makers.get_maker(showroom.ledger, actor=showroom.supervisor, code="PKL104").commission_bp
        == 750
    )
    items = importer.import_file(
        showroom.ledger, actor=showroom.staff, kind="items", path=EXAMPLES / "items.csv"
    )
    assert items.rows == 12 and len(items.created_codes) == 12
    assert items.intake_numbers == ("TT-000002", "TT-000003", "TT-000004", "TT-000005", "TT-000006")
    tulis = stock.find_item(showroom.ledger, actor=showroom.staff, code="PKL101-00001")
    assert (tulis.price, tulis.unique_piece, tulis.batikmark_cert) == (1_250_000, True, "BM-2231")
    assert on_hand(showroom.ledger, "PKL105-00002") == 20


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_every_bad_row_is_reported_and_nothing_is_written(
    sqlite_showroom: Showroom, tmp_path: Path
) -> None:
    bad = _write(
        tmp_path / "barang.csv",
        "\n".join(
            [
                "kode_pembatik,nama,kategori,teknik,harga,jumlah,unik",
                "PKL001,Kemeja cap Sawat,kemeja,cap,250000,3,tidak",
                "PKL001,Kain tulis,kain panjang,tulis,900000,2,ya",
                "PKL001,Sarung cap,sarung,cap,seratus ribu,1,tidak",
                "PKL999,Taplak,taplak,cap,150000,1,tidak",
                "PKL001,Selendang cap,selendang,cap,175000,1,mungkin",
                "PKL001,Blus cap,blus,cap,200000,2,tidak",
            ]
        )
        + "\n",
    )
    before = table_counts(sqlite_showroom.ledger)
    with pytest.raises(ValidationError) as refused:
        importer.import_file(
            sqlite_showroom.ledger, actor=sqlite_showroom.staff, kind="items", path=bad
        )
    text = refused.value.message("id")
    assert refused.value.code == "import.failed" and "4 kesalahan" in text
    assert "Baris 3, kolom jumlah" in text  # a unique piece cannot come in twos
    assert "Baris 4, kolom harga" in text
    assert "Baris 5, kolom kode_pembatik" in text
    assert "Baris 6, kolom unik" in text
    assert "Baris 2" not in text and "Baris 7" not in text
    assert table_counts(sqlite_showroom.ledger) == before


def test_dry_run_counts_but_keeps_nothing(sqlite_showroom: Showroom) -> None:
    before = table_counts(sqlite_showroom.ledger)
    result = importer.import_file(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.supervisor,
        kind="makers",
        path=EXAMPLES / "makers.csv",
        dry_run=True,
    )
    assert result.rows == 5 and len(result.created_codes) == 5
    assert table_counts(sqlite_showroom.ledger) == before


def test_semicolon_csv_with_rupiah_prices_and_bom(
    sqlite_showroom: Showroom, tmp_path: Path
) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        (
            "\ufeffKode_Pembatik;Nama;Kategori;Teknik;Harga;Jumlah\n"
            "PKL001;Kemeja cap Pagi Sore;kemeja;cap;Rp1.250.000;2\n"
        ).encode("utf-8")
    )
    result = importer.import_file(
        sqlite_showroom.ledger, actor=sqlite_showroom.staff, kind="items", path=path
    )
    item = stock.find_item(
        sqlite_showroom.ledger, actor=sqlite_showroom.staff, code=result.created_codes[0]
    )
    assert (item.name, item.price, item.on_hand) == ("Kemeja cap Pagi Sore", 1_250_000, 2)


@pytest.mark.parametrize(("encoding", "delimiter"), [("cp1252", ";"), ("utf-16", "\t")])
def test_csv_as_excel_saves_it_on_windows(
    sqlite_showroom: Showroom, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = tmp_path / "excel.csv"
    text = (
        "Kode_Pembatik;Nama;Kategori;Teknik;Harga;Jumlah\n"
        "PKL001;Kemeja cap Café Sogan;kemeja;cap;Rp250.000;1\n"
    )
    path.write_bytes(text.replace(";", delimiter).encode(encoding))
    result = importer.import_file(
        sqlite_showroom.ledger, actor=sqlite_showroom.staff, kind="items", path=path
    )
    item = stock.find_item(
        sqlite_showroom.ledger, actor=sqlite_showroom.staff, code=result.created_codes[0]
    )
    assert (item.name, item.price) == ("Kemeja cap Café Sogan", 250_000)


def test_xlsx_import(sqlite_showroom: Showroom, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["kode", "nama", "kelurahan", "komisi_persen"])
    sheet.append(["PKL201", "Maryam Susanti", "Buaran", 10])
    sheet.append(["PKL202", "Teguh Wibowo", "Jenggot", None])
    path = tmp_path / "pembatik.xlsx"
    book.save(path)
    result = importer.import_file(
        sqlite_showroom.ledger, actor=sqlite_showroom.supervisor, kind="makers", path=path
    )
    assert result.created_codes == ("PKL201", "PKL202")
    assert (
        makers.get_maker(
            sqlite_showroom.ledger, actor=sqlite_showroom.supervisor, code="PKL201"
        ).commission_bp
        == 1000
    )


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("", "import.empty"),
        ("kode,nama\n", "import.empty"),
        ("nama,hobi\nSiti,menari\n", "import.bad_header"),
    ],
)
def test_malformed_files_are_refused(
    sqlite_showroom: Showroom, tmp_path: Path, content: str, code: str
) -> None:
    path = _write(tmp_path / "pembatik.csv", content)
    with pytest.raises(ValidationError) as refused:
        importer.import_file(
            sqlite_showroom.ledger, actor=sqlite_showroom.supervisor, kind="makers", path=path
        )
    assert refused.value.code == code


def test_broken_xlsx_and_binary_csv_are_refused(sqlite_showroom: Showroom, tmp_path: Path) -> None:
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    binary = tmp_path / "foto.csv"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    for path in (broken, binary):
        with pytest.raises(ValidationError) as refused:
            importer.import_file(
                sqlite_showroom.ledger, actor=sqlite_showroom.supervisor, kind="makers", path=path
            )
        assert refused.value.code == "import.bad_file"


def test_a_cashier_may_not_import(sqlite_showroom: Showroom) -> None:
    with pytest.raises(PermissionDenied):
        importer.import_file(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.cashier,
            kind="makers",
            path=EXAMPLES / "makers.csv",
        )


@pytest.mark.parametrize("commission", ["nan", "inf", "-inf", "1e400", "101", "-5"])
def test_a_commission_that_is_no_percentage_is_refused_with_its_row(
    sqlite_showroom: Showroom, tmp_path: Path, commission: str
) -> None:
    path = _write(
        tmp_path / "pembatik.csv",
        f"kode,nama,komisi_persen\nPKL201,Rukmini,5\nPKL202,Fauziah,{commission}\n",
    )
    before = table_counts(sqlite_showroom.ledger)
    with pytest.raises(ValidationError) as refused:
        importer.import_file(
            sqlite_showroom.ledger, actor=sqlite_showroom.supervisor, kind="makers", path=path
        )
    assert "Baris 3, kolom komisi_persen" in refused.value.message("id")
    assert table_counts(sqlite_showroom.ledger) == before


def test_a_column_given_twice_is_refused_not_guessed(
    sqlite_showroom: Showroom, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "pembatik.csv", "kode,nama,komisi_persen,komisi_persen\nPKL201,Rukmini,5,50\n"
    )
    before = table_counts(sqlite_showroom.ledger)
    with pytest.raises(ValidationError) as refused:
        importer.import_file(
            sqlite_showroom.ledger, actor=sqlite_showroom.supervisor, kind="makers", path=path
        )
    assert refused.value.code == "import.bad_header"
    assert "komisi_persen" in refused.value.message("en") and "twice" in refused.value.message("en")
    assert table_counts(sqlite_showroom.ledger) == before


def test_an_unterminated_quote_is_refused_not_read_as_a_name(
    sqlite_showroom: Showroom, tmp_path: Path
) -> None:
    path = _write(tmp_path / "pembatik.csv", 'kode,nama\nPKL201,"Rukmini\nPKL202,Fauziah\n')
    before = table_counts(sqlite_showroom.ledger)
    with pytest.raises(ValidationError) as refused:
        importer.import_file(
            sqlite_showroom.ledger, actor=sqlite_showroom.supervisor, kind="makers", path=path
        )
    assert refused.value.code == "import.bad_file"
    assert table_counts(sqlite_showroom.ledger) == before


@pytest.mark.parametrize(
    "kind, text",
    [
        ("makers", "kode,nama\nPKL201,Rukmini\nPKL202,Fauziah\npkl201,Rukmini Dua\n"),
        (
            "items",
            "kode_pembatik,kode,nama,kategori,teknik,harga,jumlah,unik\n"
            "PKL001,PKL001-09001,Kemeja cap,kemeja,cap,250000,1,tidak\n"
            "PKL001,PKL001-09002,Sarung cap,sarung,cap,150000,1,tidak\n"
            "PKL001,pkl001-09001,Blus cap,blus,cap,200000,1,tidak\n",
        ),
    ],
)
def test_the_same_code_twice_names_both_rows(
    sqlite_showroom: Showroom, tmp_path: Path, kind: str, text: str
) -> None:
    path = _write(tmp_path / f"{kind}.csv", text)
    before = table_counts(sqlite_showroom.ledger)
    actor = sqlite_showroom.supervisor if kind == "makers" else sqlite_showroom.staff
    with pytest.raises(ValidationError) as refused:
        importer.import_file(sqlite_showroom.ledger, actor=actor, kind=kind, path=path)
    message = refused.value.message("id")
    assert "Baris 4, kolom kode" in message and "baris 2 dan 4" in message, message
    assert table_counts(sqlite_showroom.ledger) == before
