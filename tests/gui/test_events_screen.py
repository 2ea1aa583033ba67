"""Events (Pameran) as the showroom's staff use them: create, scan pieces out and back, pack
the laptop's database, merge it after the event; and the event laptop's own window."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from showroom_pos.app import open_ledger
from showroom_pos.domain.periods import to_local
from showroom_pos.gui import main as gui_main
from showroom_pos.gui import main_window
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.main import application
from showroom_pos.gui.main_window import MainWindow
from showroom_pos.gui.screens.events_screen import EventsScreen
from showroom_pos.services.admin import auth
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.reports import day_reports
from showroom_pos.services.stock import events
from showroom_pos.services.till import sales, shifts
from showroom_pos.services.till.types import CartLine, PaymentInput
from showroom_pos.this_computer import set_till_code
from tests.conftest import PASSWORD, Showroom
from tests.gui.waiting import settle
from tests.ledgerstate import on_hand

TULIS, KEMEJA, SELENDANG = "PKL001-00001", "PKL001-00002", "PKL001-00003"


def events_screen(showroom: Showroom, actor: Actor, qtbot: QtBot) -> EventsScreen:
    application("en")
    screen = EventsScreen(AppContext(showroom.ledger, actor, "K1", "en"))
    qtbot.addWidget(screen)
    screen.resize(1170, 700)
    screen.show()
    qtbot.waitExposed(screen)
    settle()
    return screen


def scan(qtbot: QtBot, screen: EventsScreen, code: str, pieces: int = 1) -> None:
    screen.ui.quantitySpin.setValue(pieces)
    qtbot.keyClicks(screen.ui.scanEdit, code)
    qtbot.keyClick(screen.ui.scanEdit, Qt.Key.Key_Return)
    settle()


def column(screen: EventsScreen, table: str, number: int) -> list[str]:
    widget = getattr(screen.ui, table)
    return [widget.item(row, number).text() for row in range(widget.rowCount())]


def create_through_screen(
    screen: EventsScreen,
    qtbot: QtBot,
    name: str = "Pekan Batik",
    place: str = "Alun-alun Pekalongan",
) -> None:
    qtbot.keyClicks(screen.ui.nameEdit, name)
    qtbot.keyClicks(screen.ui.placeEdit, place)
    screen.ui.startEdit.setDate(QDate(2026, 10, 5))
    screen.ui.endEdit.setDate(QDate(2026, 10, 7))
    qtbot.mouseClick(screen.ui.createButton, Qt.MouseButton.LeftButton)
    settle()


def sent_pieces(showroom: Showroom) -> dict[str, tuple[int, int, int]]:
    """Per item: sent, back, at the event, as the ledger has them."""
    detail = events.get_event(showroom.ledger, actor=showroom.admin, code="P1")
    return {p.item_code: (p.sent, p.returned, p.at_event) for p in detail.pieces}


def test_create_an_event_and_scan_pieces_out_and_back(
    sqlite_showroom: Showroom, qtbot: QtBot
) -> None:
    showroom = sqlite_showroom
    screen = events_screen(showroom, showroom.staff, qtbot)
    assert "No event chosen" in screen.ui.titleLabel.text()
    assert not screen.ui.scanEdit.isEnabled()
    assert not screen.ui.packButton.isVisibleTo(screen)  # packing is the supervisor's
    assert not screen.ui.mergeButton.isVisibleTo(screen)
    create_through_screen(screen, qtbot)
    [event] = events.list_events(showroom.ledger, actor=showroom.staff)
    assert (event.code, event.name, event.place, event.starts_on, event.ends_on) == (
        "P1",
        "Pekan Batik",
        "Alun-alun Pekalongan",
        date(2026, 10, 5),
        date(2026, 10, 7),
    )
    assert column(screen, "eventsTable", 0) == ["P1"]
    assert column(screen, "eventsTable", 4) == ["Planned"]
    assert "till P1" in screen.ui.messageLabel.text()
    assert screen.ui.scanEdit.hasFocus() and screen.ui.scanEdit.isEnabled()

    scan(qtbot, screen, KEMEJA)
    scan(qtbot, screen, KEMEJA.lower())
    scan(qtbot, screen, SELENDANG, pieces=2)
    scan(qtbot, screen, TULIS)
    assert "1 × PKL001-00001 sent to the event; 1 there now." in screen.ui.messageLabel.text()
    assert screen.ui.quantitySpin.value() == 1  # the next scan is one piece again
    assert sent_pieces(showroom) == {TULIS: (1, 0, 1), KEMEJA: (2, 0, 2), SELENDANG: (2, 0, 2)}
    assert (on_hand(showroom.ledger, KEMEJA), on_hand(showroom.ledger, TULIS)) == (3, 0)
    assert column(screen, "piecesTable", 0) == [TULIS, KEMEJA, SELENDANG]
    assert column(screen, "piecesTable", 8) == ["1", "2", "2"]
    assert column(screen, "eventsTable", 4) == ["Sent, not packed yet"]
    assert column(screen, "eventsTable", 5) == ["5"]

    scan(qtbot, screen, TULIS)  # the unique piece is at the event already
    assert screen.ui.messageLabel.property("problem") is True
    assert "PKL001-00001" in screen.ui.messageLabel.text()
    scan(qtbot, screen, "PKL999-00001")
    assert screen.ui.messageLabel.property("problem") is True

    screen.ui.backRadio.setChecked(True)
    assert screen.ui.moveButton.text() == "Bring back"
    scan(qtbot, screen, KEMEJA)
    assert (
        "1 × PKL001-00002 back at the showroom; 1 left at the event."
        in screen.ui.messageLabel.text()
    )
    scan(qtbot, screen, SELENDANG, pieces=3)  # only 2 are there
    assert "only 2" in screen.ui.messageLabel.text()
    assert sent_pieces(showroom) == {TULIS: (1, 0, 1), KEMEJA: (2, 1, 1), SELENDANG: (2, 0, 2)}
    assert on_hand(showroom.ledger, KEMEJA) == 4


def test_an_event_cannot_end_before_it_starts(sqlite_showroom: Showroom, qtbot: QtBot) -> None:
    screen = events_screen(sqlite_showroom, sqlite_showroom.staff, qtbot)
    qtbot.keyClicks(screen.ui.nameEdit, "Bazaar")
    qtbot.keyClicks(screen.ui.placeEdit, "Balai kota")
    screen.ui.startEdit.setDate(QDate(2026, 10, 9))
    screen.ui.endEdit.setDate(QDate(2026, 10, 5))
    qtbot.mouseClick(screen.ui.createButton, Qt.MouseButton.LeftButton)
    settle()
    assert screen.ui.messageLabel.text() == "An event cannot end before it starts."
    assert events.list_events(sqlite_showroom.ledger, actor=sqlite_showroom.staff) == []


def sell_on_the_laptop(path: Path, showroom: Showroom) -> tuple[int, list[str]]:
    """A day at the event on the laptop's database: two sales, the shift closed, a Z."""
    laptop = open_ledger(f"sqlite:///{path}", clock=showroom.clock)
    try:
        cashier = auth.login(laptop, username="budi", password=PASSWORD)
        supervisor = auth.login(laptop, username="sari", password=PASSWORD)
        shifts.open_shift(laptop, actor=cashier, terminal_code="P1", opening_float=100_000)
        receipts = []
        for lines, paid in (
            ([CartLine(TULIS)], 1_250_000),
            ([CartLine(KEMEJA), CartLine(SELENDANG)], 725_000),
        ):
            showroom.clock.advance(minutes=30)
            receipts.append(
                sales.complete_sale(
                    laptop,
                    actor=cashier,
                    terminal_code="P1",
                    lines=lines,
                    payments=[PaymentInput("cash", paid)],
                )
            )
        shifts.close_shift(
            laptop,
            actor=cashier,
            terminal_code="P1",
            denominations={100_000: 20, 50_000: 1, 20_000: 1, 5_000: 1},
        )
        day_reports.z_report(
            laptop, actor=supervisor, terminal_code="P1", day=to_local(showroom.clock()).date()
        )
        return sum(r.total for r in receipts), [r.receipt_no for r in receipts]
    finally:
        laptop.close()


def packed_file(
    showroom: Showroom, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[EventsScreen, Path]:
    screen = events_screen(showroom, showroom.supervisor, qtbot)
    create_through_screen(screen, qtbot, "Pameran Inacraft", "JCC Senayan, Jakarta")
    for code, pieces in ((TULIS, 1), (KEMEJA, 3), (SELENDANG, 2)):
        scan(qtbot, screen, code, pieces)
    taken = tmp_path / "taken.sqlite3"
    taken.write_bytes(b"something else")
    path = tmp_path / "pameran-P1"
    answers = iter([str(taken), str(path)])
    asked: list[Any] = []

    def save_dialog(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(kwargs.get("options"))
        return next(answers), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    qtbot.mouseClick(screen.ui.packButton, Qt.MouseButton.LeftButton)
    settle()
    assert "taken.sqlite3 exists already; choose another name" in screen.ui.messageLabel.text()
    assert taken.read_bytes() == b"something else"
    assert (
        events.get_event(showroom.ledger, actor=showroom.admin, code="P1").event.status == "planned"
    )
    qtbot.mouseClick(screen.ui.packButton, Qt.MouseButton.LeftButton)
    settle()
    assert asked == [QFileDialog.Option.DontConfirmOverwrite] * 2  # we refuse, not Qt
    made = path.with_suffix(".sqlite3")
    assert made.is_file()
    assert "Packed P1: 6 pieces of 3 items" in screen.ui.messageLabel.text()
    assert column(screen, "eventsTable", 4) == ["Packed for the laptop"]
    return screen, made


def test_pack_sell_on_the_laptop_and_merge_back(
    sqlite_showroom: Showroom, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    showroom = sqlite_showroom
    screen, path = packed_file(showroom, qtbot, tmp_path, monkeypatch)
    assert (on_hand(showroom.ledger, KEMEJA), on_hand(showroom.ledger, SELENDANG)) == (2, 1)
    total, numbers = sell_on_the_laptop(path, showroom)
    assert numbers == ["P1-000001", "P1-000002"]
    showroom.clock.advance(days=1)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    qtbot.mouseClick(screen.ui.mergeButton, Qt.MouseButton.LeftButton)
    settle()
    text = screen.ui.messageLabel.text()
    assert text == (
        "Event P1 merged: 2 sales (Rp1.975.000), 0 refunds (Rp0), 1 Z reports; "
        "3 pieces back on the showroom's shelf."
    )
    box = screen.findChild(QMessageBox, "mergeResult")
    assert box is not None and box.text() == text
    box.close()
    detail = events.get_event(showroom.ledger, actor=showroom.admin, code="P1")
    assert detail.event.status == "merged" and detail.event.pieces_at_event == 0
    assert detail.event.sales_total == total == 1_975_000
    assert [number for number, _at, _total in detail.receipts] == numbers
    # the unsold pieces are back on the shelf, the sold ones gone
    assert (
        on_hand(showroom.ledger, TULIS),
        on_hand(showroom.ledger, KEMEJA),
        on_hand(showroom.ledger, SELENDANG),
    ) == (0, 4, 2)
    assert column(screen, "eventsTable", 4) == ["Merged"]
    assert column(screen, "receiptsTable", 0) == numbers
    tabs = screen.ui.detailTabs
    assert [tabs.tabText(n) for n in range(tabs.count())] == ["Pieces (3)", "Receipts (2)"]
    assert column(screen, "piecesTable", 5) == ["1", "1", "1"]  # sold
    assert not screen.ui.scanEdit.isEnabled() and not screen.ui.packButton.isEnabled()
    qtbot.mouseClick(screen.ui.mergeButton, Qt.MouseButton.LeftButton)  # the same file again
    settle()
    assert "merged already" in screen.ui.messageLabel.text()
    assert screen.ui.messageLabel.property("problem") is True


def test_the_event_laptop_sells_on_the_events_till_only(
    sqlite_showroom: Showroom, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    showroom = sqlite_showroom
    _screen, path = packed_file(showroom, qtbot, tmp_path, monkeypatch)
    laptop = open_ledger(f"sqlite:///{path}", clock=showroom.clock)
    set_till_code(laptop.url, "K1")  # whatever this computer was told, the event's till wins
    supervisor = auth.login(laptop, username="sari", password=PASSWORD)
    windows: list[MainWindow] = []

    class Login:
        actor = supervisor

        def exec(self) -> int:
            return int(QDialog.DialogCode.Accepted)

    class Recorded(MainWindow):
        def __init__(self, context: AppContext) -> None:
            super().__init__(context)
            windows.append(self)

    monkeypatch.setattr(gui_main, "login_dialog", lambda *args, **kwargs: Login())
    monkeypatch.setattr(gui_main, "install_exception_hook", lambda: None)
    monkeypatch.setattr(gui_main, "keep_long_lived", lambda: None)
    monkeypatch.setattr(main_window, "MainWindow", Recorded)
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    try:
        assert gui_main.run_gui(laptop, lang="en") == 0
        [window] = windows
        qtbot.addWidget(window)
        assert window.context.terminal_code == "P1"
        assert (
            window.windowTitle() == "Showroom POS — Event: Pameran Inacraft, JCC Senayan, Jakarta"
        )
        till = window.till
        assert till is not None and till.ui.eventBanner.isVisible()
        assert till.ui.eventBanner.text() == "Event: Pameran Inacraft — JCC Senayan, Jakarta"
        assert window.status_labels["till"].text() == "Till P1"
        # what the laptop refuses (stock, makers, statements, events) is not offered there
        assert list(window.screens) == ["till", "dashboard", "reports", "journal", "settings"]
        settle()
        assert "Till P1: no shift open" in till.ui.shiftLabel.text()
        window.close()
    finally:
        settle()
        laptop.close()


def test_the_showroom_till_shows_no_event(sqlite_showroom: Showroom, qtbot: QtBot) -> None:
    application("en")
    window = MainWindow(AppContext(sqlite_showroom.ledger, sqlite_showroom.supervisor, "K1", "en"))
    qtbot.addWidget(window)
    assert window.windowTitle() == "Showroom POS"
    assert window.till is not None and not window.till.ui.eventBanner.isVisibleTo(window.till)
    assert "events" in window.screens
