"""Staff take in a maker's goods: lines typed in, saved as one intake with its slip."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from showroom_pos.gui.context import AppContext
from showroom_pos.gui.main import application
from showroom_pos.gui.screens.intake_screen import IntakeScreen
from showroom_pos.gui.widgets.money_edit import MoneyEdit
from showroom_pos.services.stock import consignment
from tests.conftest import Showroom
from tests.gui.waiting import settle
from tests.ledgerstate import on_hand


def fill(
    screen: IntakeScreen,
    qtbot: QtBot,
    row: int,
    name: str,
    technique: str,
    price: str,
    quantity: int,
    unique: bool = False,
    motif: str = "",
) -> None:
    name_edit = screen.cell(row, "name")
    assert isinstance(name_edit, QLineEdit)
    qtbot.keyClicks(name_edit, name)
    technique_box = screen.cell(row, "technique")
    assert isinstance(technique_box, QComboBox)
    technique_box.setCurrentIndex(technique_box.findData(technique))
    motif_edit = screen.cell(row, "motif")
    assert isinstance(motif_edit, QLineEdit)
    qtbot.keyClicks(motif_edit, motif)
    price_edit = screen.cell(row, "price")
    assert isinstance(price_edit, MoneyEdit)
    qtbot.keyClicks(price_edit, price)
    spin = screen.cell(row, "quantity")
    assert isinstance(spin, QSpinBox)
    spin.setValue(quantity)
    box = screen.cell(row, "unique")
    assert isinstance(box, QCheckBox)
    box.setChecked(unique)


def test_intake_of_two_lines_lands_in_stock_with_a_slip(
    sqlite_showroom: Showroom, qtbot: QtBot
) -> None:
    application("en")
    settle()
    context = AppContext(sqlite_showroom.ledger, sqlite_showroom.staff, None, "en")
    screen = IntakeScreen(context)
    qtbot.addWidget(screen)
    settle()
    screen.ui.makerCombo.setCurrentIndex(screen.ui.makerCombo.findData("PKL001"))
    settle()
    fill(
        screen,
        qtbot,
        0,
        "Kain tulis Merak Ngibing",
        "tulis",
        "2750000",
        3,
        unique=True,
        motif="Merak Ngibing",
    )
    settle()
    screen.add_line()
    settle()
    fill(screen, qtbot, 1, "Kemeja cap Liong", "cap", "185000", 6)
    settle()
    assert "7 pieces" in screen.ui.totalLabel.text()
    assert "Rp3.860.000" in screen.ui.totalLabel.text()  # 2.750.000 + 6 x 185.000
    screen.save()
    settle()
    assert "TT-000002" in screen.ui.messageLabel.text()
    slip = consignment.get_slip(
        sqlite_showroom.ledger, actor=sqlite_showroom.staff, number="TT-000002"
    )
    assert [(ln.description, ln.quantity, ln.price) for ln in slip.lines] == [
        ("Kain tulis Merak Ngibing", 1, 2_750_000),
        ("Kemeja cap Liong", 6, 185_000),
    ]
    assert on_hand(sqlite_showroom.ledger, "PKL001-00004") == 1
    assert on_hand(sqlite_showroom.ledger, "PKL001-00005") == 6
    assert screen.ui.linesTable.rowCount() == 1
    assert screen.ui.recentList.item(0).text().startswith("TT-000002")


def test_a_bad_price_is_refused_and_nothing_saved(sqlite_showroom: Showroom, qtbot: QtBot) -> None:
    application("en")
    settle()
    context = AppContext(sqlite_showroom.ledger, sqlite_showroom.staff, None, "en")
    screen = IntakeScreen(context)
    qtbot.addWidget(screen)
    settle()
    screen.ui.makerCombo.setCurrentIndex(screen.ui.makerCombo.findData("PKL001"))
    settle()
    fill(screen, qtbot, 0, "Sarung cap", "cap", "500", 1)
    settle()
    screen.save()
    settle()
    assert "Rp1.000" in screen.ui.messageLabel.text()
    assert screen.ui.messageLabel.property("problem") is True
    slips = consignment.list_slips(sqlite_showroom.ledger, actor=sqlite_showroom.staff)
    assert slips[0].number == "TT-000001"


def test_slip_pdf_tags_and_label_sheet_from_the_recent_list(
    sqlite_showroom: Showroom, qtbot: QtBot, tmp_path: object
) -> None:
    from pathlib import Path

    from pypdf import PdfReader

    from showroom_pos.gui.main_window import MainWindow
    from showroom_pos.gui.ops import wait_for_background
    from showroom_pos.services.admin import settings
    from tests.printing.escpos_decode import decode

    assert isinstance(tmp_path, Path)
    spool = tmp_path / "labels.bin"
    settings.set_settings(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.admin,
        values={"label.printer": f"file:{spool}", "receipt.profile": "TM-T88III"},
    )
    settle()
    application("en")
    settle()
    window = MainWindow(AppContext(sqlite_showroom.ledger, sqlite_showroom.staff, None, "en"))
    qtbot.addWidget(window)
    settle()
    screen = window.show_screen("intake")
    assert isinstance(screen, IntakeScreen)
    opened: list[Path] = []
    screen.open_file = opened.append

    screen.slip_as_pdf()
    settle()
    assert screen.ui.messageLabel.text() == "Choose a slip in the list first." and not opened
    screen.ui.recentList.setCurrentRow(0)
    settle()
    screen.slip_as_pdf()
    settle()
    assert [p.name for p in opened] == ["TT-000001.pdf"]
    assert "TANDA TERIMA TITIPAN" in (PdfReader(opened[0]).pages[0].extract_text() or "")

    screen.print_tags()
    settle()
    assert "Printing 9 tags" in screen.ui.messageLabel.text()
    assert wait_for_background()
    barcodes = [d for k, d in decode(spool.read_bytes()).events if k == "barcode"]
    assert barcodes == ["PKL001-00001"] + ["PKL001-00002"] * 5 + ["PKL001-00003"] * 3

    screen.make_tag_sheet("4x10", 38)
    settle()
    assert opened[-1].name == "label-TT-000001.pdf"
    assert len(PdfReader(opened[-1]).pages) == 2  # 3 labels left on the first sheet


def test_tab_from_the_maker_to_the_first_name_keeps_every_letter(
    sqlite_showroom: Showroom, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    application("id")
    context = AppContext(sqlite_showroom.ledger, sqlite_showroom.staff, None, "id")
    screen = IntakeScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    combo = screen.ui.makerCombo
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClicks(combo, "PKL001")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    for letter in "Kemeja tulis":
        qtbot.keyClick(QApplication.focusWidget(), letter)
    assert screen.text(0, "name") == "Kemeja tulis"
