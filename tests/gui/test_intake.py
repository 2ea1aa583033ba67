"""Staff take in a maker's goods: lines typed in, saved as one intake with its slip."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from showroom_pos.gui.context import AppContext
from showroom_pos.gui.main import application
from showroom_pos.gui.screens.intake_screen import IntakeScreen
from showroom_pos.gui.widgets.money_edit import MoneyEdit
from showroom_pos.services import stock
from tests.conftest import Showroom
from tests.ledgerstate import on_hand


def fill(screen: IntakeScreen, qtbot: QtBot, row: int, name: str, technique: str, price: str,
         quantity: int, unique: bool = False, motif: str = "") -> None:
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


def test_intake_of_two_lines_lands_in_stock_with_a_slip(sqlite_showroom: Showroom,
                                                       qtbot: QtBot) -> None:
    application("en")
    context = AppContext(sqlite_showroom.ledger, sqlite_showroom.staff, None, "en")
    screen = IntakeScreen(context)
    qtbot.addWidget(screen)
    screen.ui.makerCombo.setCurrentIndex(screen.ui.makerCombo.findData("PKL001"))
    fill(screen, qtbot, 0, "Kain tulis Merak Ngibing", "tulis", "2750000", 3, unique=True,
         motif="Merak Ngibing")
    screen.add_line()
    fill(screen, qtbot, 1, "Kemeja cap Liong", "cap", "185000", 6)
    assert "7 pieces" in screen.ui.totalLabel.text()
    assert "Rp3.860.000" in screen.ui.totalLabel.text()  # 2.750.000 + 6 x 185.000
    screen.save()
    assert "TT-000002" in screen.ui.messageLabel.text()
    slip = stock.get_slip(sqlite_showroom.ledger, actor=sqlite_showroom.staff,
                          number="TT-000002")
    assert [(ln.description, ln.quantity, ln.price) for ln in slip.lines] == [
        ("Kain tulis Merak Ngibing", 1, 2_750_000), ("Kemeja cap Liong", 6, 185_000)]
    assert on_hand(sqlite_showroom.ledger, "PKL001-00004") == 1
    assert on_hand(sqlite_showroom.ledger, "PKL001-00005") == 6
    assert screen.ui.linesTable.rowCount() == 1
    assert screen.ui.recentList.item(0).text().startswith("TT-000002")


def test_a_bad_price_is_refused_and_nothing_saved(sqlite_showroom: Showroom,
                                                  qtbot: QtBot) -> None:
    application("en")
    context = AppContext(sqlite_showroom.ledger, sqlite_showroom.staff, None, "en")
    screen = IntakeScreen(context)
    qtbot.addWidget(screen)
    screen.ui.makerCombo.setCurrentIndex(screen.ui.makerCombo.findData("PKL001"))
    fill(screen, qtbot, 0, "Sarung cap", "cap", "500", 1)
    screen.save()
    assert "Rp1.000" in screen.ui.messageLabel.text()
    assert screen.ui.messageLabel.property("problem") is True
    assert stock.list_slips(sqlite_showroom.ledger, actor=sqlite_showroom.staff)[0].number == \
        "TT-000001"
