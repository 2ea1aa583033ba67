"""The statements screen: a supervisor closes the month, the treasurer pays, PDFs in the
background with progress, and a cancel that stops between two makers."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from showroom_pos.gui.context import AppContext
from showroom_pos.gui.main import application
from showroom_pos.gui.screens import statements_screen
from showroom_pos.gui.screens.statements_screen import StatementsScreen
from showroom_pos.services.stock import consignment, makers
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields, MakerInput
from showroom_pos.services.till import sales
from showroom_pos.services.till.types import CartLine, PaymentInput
from tests.conftest import Showroom
from tests.gui.waiting import settle
from tests.ledgerstate import journal_actions


@pytest.fixture
def october(sqlite_showroom: Showroom) -> Showroom:
    """Two makers who sold in October; the clock is in early November."""
    showroom = sqlite_showroom
    makers.add_maker(
        showroom.ledger,
        actor=showroom.supervisor,
        data=MakerInput(
            code="PKL002", name="Ahmad Fauzi", bank_name="BNI", bank_account="0123456789"
        ),
    )
    consignment.receive_consignment(
        showroom.ledger,
        actor=showroom.staff,
        maker_code="PKL002",
        lines=[IntakeLineInput(4, ItemFields("Kemeja cap Liong", "kemeja", "cap", 200_000))],
    )
    for code, price in (("PKL001-00002", 250_000), ("PKL002-00001", 200_000)):
        sales.complete_sale(
            showroom.ledger,
            actor=showroom.cashier,
            terminal_code="K1",
            lines=[CartLine(code, 1)],
            payments=[PaymentInput("cash", price)],
        )
    showroom.clock.set(datetime(2026, 11, 3, 2, 0, tzinfo=UTC))
    return showroom


def screen_for(showroom: Showroom, who: str, qtbot: QtBot) -> StatementsScreen:
    application("en")
    screen = StatementsScreen(AppContext(showroom.ledger, showroom.people()[who], None, "en"))
    qtbot.addWidget(screen)
    settle()  # the month's statements are read off the GUI thread
    return screen


def column(screen: StatementsScreen, index: int) -> list[str]:
    table = screen.ui.statementsTable
    return [table.item(row, index).text() for row in range(table.rowCount())]


def test_close_the_month_then_the_treasurer_pays(
    october: Showroom, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    boss = screen_for(october, "supervisor", qtbot)
    assert boss.period == "2026-10"
    assert column(boss, 0) == ["PKL001", "PKL002"]
    assert column(boss, 7) == ["Rp250.000", "Rp200.000"] and column(boss, 9) == ["draft"] * 2
    assert boss.ui.closeMonthButton.isEnabled()
    boss.close_month_confirmed()
    settle()
    assert column(boss, 9) == ["final", "final"]
    assert journal_actions(october.ledger)[-3:] == [
        "settlement.finalize",
        "settlement.finalize",
        "period.close",
    ]
    assert not boss.ui.closeMonthButton.isEnabled()

    treasurer = screen_for(october, "treasurer", qtbot)
    assert not treasurer.ui.closeMonthButton.isVisible()
    treasurer.ui.statementsTable.selectRow(1)
    settle()
    assert treasurer.ui.recordPaymentButton.isEnabled()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    treasurer.record_payment("PKL002", "transfer", "", date(2026, 11, 3))
    settle()
    assert warnings == ["A transfer payment needs a reference."]
    assert journal_actions(october.ledger)[-1] == "period.close"
    treasurer.record_payment("PKL002", "transfer", "BNI-9911", date(2026, 11, 3))
    settle()
    assert journal_actions(october.ledger)[-1] == "settlement.pay"
    assert column(treasurer, 9) == ["final", "paid"]
    assert "not paid yet: 1 (Rp250.000)" in treasurer.ui.totalsLabel.text()


def test_pdfs_are_made_in_the_background(october: Showroom, qtbot: QtBot, tmp_path: Path) -> None:
    screen = screen_for(october, "supervisor", qtbot)
    screen.make_pdfs(tmp_path / "out")
    assert screen.ui.cancelButton.isVisibleTo(screen) and not screen.ui.pdfButton.isEnabled()
    qtbot.waitUntil(lambda: screen.last_batch is not None, timeout=20_000)
    batch = screen.last_batch
    assert batch is not None and not batch.cancelled
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "draft-2026-10-PKL001.pdf",
        "draft-2026-10-PKL002.pdf",
        "rekap-2026-10.csv",
        "rekap-2026-10.pdf",
    ]
    first = PdfReader(tmp_path / "out" / "draft-2026-10-PKL002.pdf").pages[0].extract_text()
    assert "AMOUNT PAYABLE\nRp200.000" in first and "DRAFT" in first
    assert "2 statements and the summary" in screen.ui.totalsLabel.text()
    assert not screen.ui.cancelButton.isVisibleTo(screen) and screen.ui.pdfButton.isEnabled()


def test_cancel_stops_between_two_makers(
    october: Showroom, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = statements_screen.statements.write_statements

    def slow_start(*args: Any, progress: Any, cancelled: Any, **kwargs: Any) -> Any:
        def held(done: int, total: int) -> None:
            progress(done, total)
            deadline = time.monotonic() + 10
            while done == 0 and not cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)

        return real(*args, progress=held, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(statements_screen.statements, "write_statements", slow_start)
    screen = screen_for(october, "supervisor", qtbot)
    screen.make_pdfs(tmp_path / "out")
    qtbot.waitUntil(lambda: screen.ui.progressBar.maximum() == 3, timeout=10_000)
    qtbot.mouseClick(screen.ui.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_batch is not None, timeout=20_000)
    assert screen.last_batch is not None and screen.last_batch.cancelled
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["draft-2026-10-PKL001.pdf"]
    assert "Stopped: 1 statements" in screen.ui.totalsLabel.text()


def test_open_statement_writes_and_opens_the_pdf(october: Showroom, qtbot: QtBot) -> None:
    screen = screen_for(october, "treasurer", qtbot)
    opened: list[Path] = []
    screen.open_file = opened.append
    screen.ui.statementsTable.selectRow(0)
    settle()
    screen.open_selected()
    settle()
    assert len(opened) == 1 and opened[0].name == "draft-2026-10-PKL001.pdf"
    assert "PKL001" in PdfReader(opened[0]).pages[0].extract_text()


def test_payout_dialog_gives_what_was_entered(october: Showroom, qtbot: QtBot) -> None:
    screen = screen_for(october, "treasurer", qtbot)
    dialog = statements_screen.PayoutDialog(screen.rows[0], date(2026, 11, 3), screen)
    qtbot.addWidget(dialog)
    settle()
    dialog.method.setCurrentIndex(dialog.method.findData("cash"))
    settle()
    qtbot.keyClicks(dialog.reference, "  kuitansi 12 ")
    settle()
    assert dialog.values() == ("cash", "kuitansi 12", date(2026, 11, 3))


def test_finalize_one_maker(october: Showroom, qtbot: QtBot) -> None:
    screen = screen_for(october, "supervisor", qtbot)
    screen.ui.statementsTable.selectRow(1)
    settle()
    assert screen.ui.finalizeButton.isEnabled()
    screen.finalize_maker("PKL002")
    settle()
    assert column(screen, 9) == ["draft", "final"]
    assert journal_actions(october.ledger)[-1] == "settlement.finalize"
    screen.ui.statementsTable.selectRow(1)
    settle()
    assert not screen.ui.finalizeButton.isEnabled()
    treasurer = screen_for(october, "treasurer", qtbot)
    assert not treasurer.ui.finalizeButton.isVisibleTo(treasurer)
