"""The makers screen: add with validation in the user's language, edit without unmasking,
deactivate, and a maker's page with stock, this month and past statements."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from showroom_pos.gui.context import AppContext
from showroom_pos.gui.dialogs.maker_dialog import MakerDialog
from showroom_pos.gui.main import application
from showroom_pos.gui.screens import makers_screen
from showroom_pos.gui.screens.makers_screen import MakersScreen
from showroom_pos.services.settlement import settlements
from showroom_pos.services.stock import makers
from showroom_pos.services.till import sales
from showroom_pos.services.till.types import CartLine, PaymentInput
from tests.conftest import Showroom
from tests.gui.waiting import settle
from tests.ledgerstate import journal_actions


def screen_for(showroom: Showroom, who: str, qtbot: QtBot) -> MakersScreen:
    application("en")
    screen = MakersScreen(AppContext(showroom.ledger, showroom.people()[who], "K1", "en"))
    qtbot.addWidget(screen)
    return screen


def test_new_maker_bad_nik_refused_then_saved(sqlite_showroom: Showroom, qtbot: QtBot) -> None:
    screen = screen_for(sqlite_showroom, "staff", qtbot)
    before = journal_actions(sqlite_showroom.ledger)
    dialog = MakerDialog(screen.context, None, screen)
    qtbot.addWidget(dialog)
    settle()
    qtbot.keyClicks(dialog.fields["code"], "pkl007")
    settle()
    qtbot.keyClicks(dialog.fields["name"], "Nur Hidayah")
    settle()
    qtbot.keyClicks(dialog.fields["nik"], "33750141")  # too short
    settle()
    qtbot.keyClicks(dialog.fields["bank_name"], "BRI")
    settle()
    qtbot.keyClicks(dialog.fields["bank_account"], "0021-0100-0999-501")
    settle()
    dialog.save()
    settle()
    assert "NIK" in dialog.problem.text() and dialog.result() != QDialog.DialogCode.Accepted
    assert journal_actions(sqlite_showroom.ledger) == before
    dialog.fields["nik"].setText("3375014101800007")
    settle()
    dialog.save()
    settle()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.code == "PKL007"
    assert not dialog.commission.isEnabled()  # staff may not set commission
    screen.reload()
    settle()
    assert [m.code for m in screen.makers] == ["PKL001", "PKL007"]


def test_staff_edit_keeps_the_masked_bank_account(sqlite_showroom: Showroom, qtbot: QtBot) -> None:
    screen = screen_for(sqlite_showroom, "staff", qtbot)
    screen.ui.makersTable.selectRow(0)
    settle()
    maker = screen.selected()
    assert maker is not None and "•" in (maker.bank_account or "")
    assert (
        "3456" in screen.ui.detailLabel.text()
        and "002101000123456" not in screen.ui.detailLabel.text()
    )
    dialog = MakerDialog(screen.context, maker, screen)
    qtbot.addWidget(dialog)
    settle()
    dialog.fields["phone"].setText("0813-1111-2222")
    settle()
    dialog.save()
    settle()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = makers.get_maker(
        sqlite_showroom.ledger, actor=sqlite_showroom.supervisor, code="PKL001"
    )
    assert stored.bank_account == "002101000123456" and stored.phone == "0813-1111-2222"


def test_makers_page_shows_stock_month_and_statements(
    sqlite_showroom: Showroom, qtbot: QtBot
) -> None:
    showroom = sqlite_showroom
    sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00002", 2)],
        payments=[PaymentInput("cash", 500_000)],
    )
    settle()
    showroom.clock.set(datetime(2026, 11, 2, 3, 0, tzinfo=UTC))
    settle()
    settlements.finalize_settlement(
        showroom.ledger, actor=showroom.supervisor, maker_code="PKL001", period="2026-10"
    )
    settle()
    screen = screen_for(showroom, "supervisor", qtbot)
    screen.ui.makersTable.selectRow(0)
    settle()
    stock_codes = [
        screen.ui.stockTable.item(r, 0).text() for r in range(screen.ui.stockTable.rowCount())
    ]
    assert stock_codes == ["PKL001-00001", "PKL001-00002", "PKL001-00003"]
    assert screen.ui.stockTable.item(1, 3).text() == "3"
    assert screen.ui.statementsTable.item(0, 1).text() == "RB-2026-10-PKL001"
    assert screen.ui.statementsTable.item(0, 3).text() == "Rp500.000"
    assert screen.ui.statementsTable.item(0, 4).text() == "not yet"
    assert "(2026-11): 0 sale lines" in screen.ui.monthLabel.text()


def test_deactivate_and_filter(
    sqlite_showroom: Showroom, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = screen_for(sqlite_showroom, "staff", qtbot)
    screen.ui.makersTable.selectRow(0)
    settle()
    assert screen.ui.activeButton.text() == "&Deactivate"
    screen.toggle_active()
    settle()
    assert screen.makers == []  # active only
    screen.ui.activeOnlyCheck.setChecked(False)
    settle()
    assert [m.active for m in screen.makers] == [False]
    assert journal_actions(sqlite_showroom.ledger)[-1] == "maker.deactivate"
    cashier = screen_for(sqlite_showroom, "cashier", qtbot)
    assert not cashier.ui.addButton.isVisibleTo(cashier)
    monkeypatch.setattr(makers_screen, "MakerDialog", None)  # a cashier never gets a dialog
    cashier.edit()
    settle()
