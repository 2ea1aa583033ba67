"""Back-office screens as staff and supervisors use them: items, stock, the journal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from showroom_pos.app import open_ledger
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.main import application
from showroom_pos.gui.main_window import MainWindow
from showroom_pos.gui.ops import wait_for_background
from showroom_pos.gui.screens.items_screen import ItemsScreen
from showroom_pos.gui.screens.journal_screen import JournalScreen
from showroom_pos.services.stock.types import MakerInput
from tests.conftest import Clock, Showroom, build_showroom
from tests.gui.waiting import settle
from tests.ledgerstate import journal_actions, on_hand


@pytest.fixture
def staff_items(sqlite_showroom: Showroom, qtbot: QtBot) -> ItemsScreen:
    application("en")
    screen = ItemsScreen(AppContext(sqlite_showroom.ledger, sqlite_showroom.staff, None, "en"))
    qtbot.addWidget(screen)
    settle()  # its lists are read off the GUI thread
    return screen


def test_items_are_listed_filtered_and_show_their_history(
    staff_items: ItemsScreen, qtbot: QtBot
) -> None:
    assert [i.code for i in staff_items.model.items] == [
        "PKL001-00001",
        "PKL001-00002",
        "PKL001-00003",
    ]
    qtbot.keyClicks(staff_items.ui.searchEdit, "buketan")
    settle()
    qtbot.waitUntil(lambda: len(staff_items.model.items) == 1, timeout=3000)
    settle()
    assert staff_items.model.items[0].code == "PKL001-00002"
    assert staff_items.ui.historyTable.rowCount() == 1
    assert staff_items.ui.historyTable.item(0, 3).text() == "TT-000001"
    assert staff_items.ui.historyTable.item(0, 1).text() == "Intake"  # a word, not a code


def test_stock_movements_read_in_indonesian(sqlite_showroom: Showroom, qtbot: QtBot) -> None:
    application("id")
    settle()
    screen = ItemsScreen(AppContext(sqlite_showroom.ledger, sqlite_showroom.staff, None, "id"))
    qtbot.addWidget(screen)
    settle()
    screen.ui.itemsView.selectRow(1)
    settle()
    assert screen.ui.historyTable.item(0, 1).text() == "Titipan masuk"
    assert screen.model.data(screen.model.index(1, 3)) == "Batik cap"  # not the code "cap"


def test_return_to_maker_from_the_items_screen(
    sqlite_showroom: Showroom, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from showroom_pos.services.stock import consignment

    application("en")
    settle()
    printed: list[str] = []
    screen = ItemsScreen(
        AppContext(sqlite_showroom.ledger, sqlite_showroom.staff, None, "en"),
        slip_printer=lambda slip: printed.append(slip.number) or "Printing.",
    )
    qtbot.addWidget(screen)
    settle()
    screen.ui.itemsView.selectRow(1)
    settle()
    offered: list[tuple[int, int, int]] = []

    def how_many(
        _parent: object, _title: str, _label: str, value: int, low: int, high: int
    ) -> tuple[int, bool]:
        offered.append((value, low, high))
        return 2, True

    monkeypatch.setattr(QInputDialog, "getInt", how_many)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("   ", True))
    confirmations: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_a: (confirmations.append(text), QMessageBox.StandardButton.No)[1],
    )
    screen.return_to_maker()  # no reason given
    settle()
    assert screen.ui.messageLabel.text() == "Say why the pieces go back."
    assert offered == [(1, 1, 5)]  # one piece offered, not the whole shelf
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("tidak laku 3 bulan", True))
    screen.return_to_maker()  # not confirmed
    settle()
    assert confirmations == [
        "Hand 2 x PKL001-00002 (Rp500.000) back to Siti Aminah and make the return slip?"
    ]
    assert on_hand(sqlite_showroom.ledger, "PKL001-00002") == 5 and printed == []
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    screen.return_to_maker()
    settle()
    assert on_hand(sqlite_showroom.ledger, "PKL001-00002") == 3
    assert printed == ["BA-000001"] and "BA-000001" in screen.ui.messageLabel.text()
    slip = consignment.get_slip(
        sqlite_showroom.ledger, actor=sqlite_showroom.staff, number="BA-000001"
    )
    assert slip.notes == "tidak laku 3 bulan" and slip.total_quantity == 2


def test_a_price_change_without_consent_is_refused_before_a_supervisor_is_asked(
    staff_items: ItemsScreen, sqlite_showroom: Showroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showroom_pos.gui.screens import items_screen

    staff_items.ui.itemsView.selectRow(2)
    settle()
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (500_000, True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    monkeypatch.setattr(items_screen, "ask_approval", lambda _p, what: asked.append(what))
    before = journal_actions(sqlite_showroom.ledger)
    staff_items.change_price()
    settle()
    assert asked == []
    assert staff_items.ui.messageLabel.text() == (
        "A price change needs the maker's recorded consent (who, when, how)."
    )
    assert journal_actions(sqlite_showroom.ledger) == before


def test_staff_price_change_asks_a_supervisor(
    staff_items: ItemsScreen, sqlite_showroom: Showroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showroom_pos.gui.screens import items_screen
    from showroom_pos.services.admin.types import Approval
    from tests.conftest import PASSWORD

    staff_items.ui.itemsView.selectRow(2)
    settle()
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (500_000, True))
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: ("Bu Siti setuju lewat telepon 12-10", True)
    )
    monkeypatch.setattr(
        items_screen,
        "ask_approval",
        lambda _p, what: asked.append(what) or Approval("sari", PASSWORD),
    )
    staff_items.change_price()
    settle()
    assert asked == ["price change"]
    assert "Rp500.000" in staff_items.ui.messageLabel.text()
    assert journal_actions(sqlite_showroom.ledger)[-1] == "item.price"


def test_journal_screen_verifies_and_shows_tampering(
    sqlite_showroom: Showroom, qtbot: QtBot
) -> None:
    application("en")
    settle()
    screen = JournalScreen(
        AppContext(sqlite_showroom.ledger, sqlite_showroom.supervisor, None, "en")
    )
    qtbot.addWidget(screen)
    settle()
    assert screen.ui.entriesTable.rowCount() > 5
    screen.verify()
    settle()
    qtbot.waitUntil(lambda: screen.report is not None, timeout=10_000)
    settle()
    assert screen.report is not None and screen.report.ok
    assert "OK" in screen.ui.resultLabel.text()
    with sqlite_showroom.ledger.engines.write.begin() as connection:
        connection.execute(text("UPDATE makers SET bank_account = '999999999'"))
        settle()
    screen.report = None
    screen.verify()
    settle()
    qtbot.waitUntil(lambda: screen.report is not None, timeout=10_000)
    settle()
    assert "FAILED" in screen.ui.resultLabel.text()
    assert wait_for_background()


@pytest.mark.parametrize(
    ("role", "screens"),
    [
        ("cashier", ["till"]),
        ("staff", ["intake", "items", "events", "makers", "statements"]),
        ("treasurer", ["makers", "statements", "reports", "journal"]),
        (
            "supervisor",
            [
                "till",
                "dashboard",
                "intake",
                "items",
                "events",
                "makers",
                "statements",
                "reports",
                "journal",
                "settings",
            ],
        ),
    ],
)
def test_navigation_by_role(
    sqlite_showroom: Showroom, qtbot: QtBot, role: str, screens: list[str], qapp: Any
) -> None:
    application("en")
    window = MainWindow(
        AppContext(sqlite_showroom.ledger, sqlite_showroom.people()[role], "K1", "en")
    )
    qtbot.addWidget(window)
    assert list(window.screens) == screens


def test_start_up_check_warns_loudly_when_the_journal_does_not_match(
    sqlite_showroom: Showroom, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    application("en")
    window = MainWindow(AppContext(sqlite_showroom.ledger, sqlite_showroom.cashier, "K1", "en"))
    qtbot.addWidget(window)
    window.check_integrity()
    qtbot.waitUntil(lambda: window.integrity_ok is not None, timeout=10_000)
    assert window.integrity_ok is True
    with sqlite_showroom.ledger.engines.write.begin() as connection:
        connection.execute(text("UPDATE items SET price = 1000 WHERE code = 'PKL001-00001'"))
    window.integrity_ok = None
    window.check_integrity()
    qtbot.waitUntil(lambda: window.integrity_ok is not None, timeout=10_000)
    assert window.integrity_ok is False
    box = window.findChild(QMessageBox, "integrityWarning")
    assert box is not None and box.isVisible() and "outside the program" in box.text()
    box.close()


def test_a_database_on_a_network_share_is_warned_about_at_start_up(
    tmp_path: Path, clock: Clock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    import showroom_pos.app

    monkeypatch.setattr(showroom_pos.app, "network_share", lambda path: "cifs")
    ledger = open_ledger(f"sqlite:///{tmp_path / 'showroom.sqlite3'}", clock=clock)
    try:
        showroom = build_showroom(ledger, clock)
        application("id")
        window = MainWindow(AppContext(ledger, showroom.cashier, "K1", "id"))
        qtbot.addWidget(window)
        window.check_integrity()
        box = window.findChild(QMessageBox, "storageWarning")
        assert box is not None and box.isVisible()
        assert "folder jaringan tidak aman" in box.text() and "showroom.sqlite3" in box.text()
        box.close()
        qtbot.waitUntil(lambda: window.integrity_ok is not None, timeout=10_000)
    finally:
        ledger.close()


def test_item_model_passes_the_model_tester(staff_items: ItemsScreen, qtmodeltester: Any) -> None:
    assert staff_items.model.rowCount() == 3
    qtmodeltester.check(staff_items.model)
    settle()


def test_stock_count_needs_an_explanation_for_each_difference(
    sqlite_showroom: Showroom, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showroom_pos.gui.dialogs import stock_count_dialog
    from showroom_pos.gui.dialogs.stock_count_dialog import StockCountDialog
    from showroom_pos.services.admin.types import Approval
    from tests.conftest import PASSWORD

    application("en")
    settle()
    context = AppContext(sqlite_showroom.ledger, sqlite_showroom.staff, None, "en")
    dialog = StockCountDialog(context)
    qtbot.addWidget(dialog)
    settle()
    dialog.save()
    settle()
    assert dialog.summary.text() == "Choose the maker first."
    dialog.choose_maker("PKL001")
    settle()
    assert [item.code for item in dialog.items] == ["PKL001-00001", "PKL001-00002", "PKL001-00003"]
    assert dialog.spin(0).maximum() == 1  # a unique piece is there once or not at all
    before = journal_actions(sqlite_showroom.ledger)
    assert dialog.spin(1).text() == "not counted"  # nothing is taken for granted
    dialog.spin(1).setValue(4)  # one kemeja missing
    settle()
    assert dialog.table.item(1, 4).text() == "-1"
    assert dialog.summary.text() == "1 of 3 items counted, 1 with a difference."
    dialog.save()
    settle()
    assert dialog.summary.text() == (
        "Count every item first: 2 not counted yet (PKL001-00001, PKL001-00003)."
    )
    dialog.spin(0).setValue(1)
    settle()
    dialog.spin(2).setValue(3)
    settle()
    dialog.save()
    settle()
    assert dialog.summary.text() == "Explain every difference first."
    assert journal_actions(sqlite_showroom.ledger) == before
    qtbot.keyClicks(dialog.why(1), "dipinjam untuk peragaan, belum kembali")
    settle()
    asked: list[str] = []

    def supervisor_approves(_parent: object, what: str) -> Approval:
        asked.append(what)
        return Approval("sari", PASSWORD)

    monkeypatch.setattr(stock_count_dialog, "ask_approval", lambda _p, _w: None)
    dialog.save()  # the supervisor did not approve: nothing recorded
    settle()
    assert dialog.result_count is None
    assert journal_actions(sqlite_showroom.ledger) == before
    monkeypatch.setattr(stock_count_dialog, "ask_approval", supervisor_approves)
    dialog.save()
    settle()
    assert asked == ["stock count differences"]
    assert dialog.result_count is not None
    assert [
        (line.item_code, line.difference) for line in dialog.result_count.lines if line.difference
    ] == [("PKL001-00002", -1)]
    assert on_hand(sqlite_showroom.ledger, "PKL001-00002") == 4
    assert journal_actions(sqlite_showroom.ledger)[-1] == "stock.count"


def test_items_filtered_by_maker_and_category(
    staff_items: ItemsScreen, qtbot: QtBot, sqlite_showroom: Showroom
) -> None:
    from showroom_pos.services.stock import consignment, makers
    from showroom_pos.services.stock.types import IntakeLineInput, ItemFields

    makers.add_maker(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.staff,
        data=MakerInput(code="PKL002", name="Ahmad Fauzi"),
    )
    settle()
    consignment.receive_consignment(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.staff,
        maker_code="PKL002",
        lines=[IntakeLineInput(2, ItemFields("Kemeja cap Liong", "kemeja", "cap", 200_000))],
    )
    settle()
    staff_items.reload()
    settle()
    assert len(staff_items.model.items) == 4
    screen = ItemsScreen(staff_items.context)  # a new screen knows the new maker
    qtbot.addWidget(screen)
    settle()
    combo = screen.ui.makerCombo
    combo.setCurrentIndex(combo.findData("PKL002"))
    settle()
    assert [i.code for i in screen.model.items] == ["PKL002-00001"]
    combo.setCurrentIndex(0)
    settle()
    screen.ui.categoryCombo.setCurrentIndex(screen.ui.categoryCombo.findData("kemeja"))
    settle()
    assert [i.code for i in screen.model.items] == ["PKL001-00002", "PKL002-00001"]
