"""The till as a cashier uses it: scanning, searching, the cart, paying, refunds, shifts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showroom_pos.db.models import Payment, Sale, SaleLine
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.dialogs.payment_dialog import PaymentDialog
from showroom_pos.gui.main import application
from showroom_pos.gui.main_window import MainWindow
from showroom_pos.gui.screens import till_screen, till_shift
from showroom_pos.gui.screens.till_screen import TillScreen
from showroom_pos.services.stock import consignment
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields
from showroom_pos.services.till.types import CartLine, PaymentInput
from tests.conftest import Showroom
from tests.gui.waiting import settle
from tests.ledgerstate import on_hand

KEMEJA, SELENDANG, TULIS = "PKL001-00002", "PKL001-00003", "PKL001-00001"


@pytest.fixture
def till(app_context: AppContext, qtbot: QtBot) -> TillScreen:
    screen = TillScreen(app_context)
    qtbot.addWidget(screen)
    screen.resize(1170, 700)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def till_window(showroom: Showroom, qtbot: QtBot) -> tuple[MainWindow, TillScreen]:
    """The cashier's whole window on screen, with its till."""
    window = MainWindow(AppContext(showroom.ledger, showroom.cashier, "K1", "en"))
    qtbot.addWidget(window)
    till = window.till
    assert till is not None
    window.show()
    return window, till


def scan(qtbot: QtBot, till: TillScreen, code: str) -> None:
    qtbot.keyClicks(till.ui.scanEdit, code)
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_Return)


def paying_cashier(keys: list[str | Qt.Key]) -> type[PaymentDialog]:
    """A payment dialog that, once shown, gets the keys a cashier would type."""

    class Typed(PaymentDialog):
        def exec(self) -> int:
            self.show()
            self.activateWindow()
            QTest.qWaitForWindowActive(self)
            for key in keys:
                target = self.focusWidget() or self.amount_edit
                if isinstance(key, str):
                    QTest.keyClicks(target, key)
                else:
                    QTest.keyClick(target, key)
                QCoreApplication.processEvents()
            return int(self.result())

    return Typed


def test_scanned_items_fill_the_cart_at_maker_prices(till: TillScreen, qtbot: QtBot) -> None:
    scan(qtbot, till, KEMEJA)
    scan(qtbot, till, KEMEJA)
    scan(qtbot, till, SELENDANG)
    rows = [(r.code, r.quantity, r.unit_price) for r in till.cart.rows]
    assert rows == [(KEMEJA, 2, 250_000), (SELENDANG, 1, 475_000)]
    assert till.ui.totalLabel.text() == "Rp975.000"
    assert till.ui.scanEdit.hasFocus() and till.ui.scanEdit.text() == ""


def test_a_unique_piece_goes_in_once_and_unknown_codes_are_said(
    till: TillScreen, qtbot: QtBot
) -> None:
    scan(qtbot, till, TULIS)
    scan(qtbot, till, TULIS)
    assert [r.quantity for r in till.cart.rows] == [1]
    assert "unique" in till.ui.messageLabel.text()
    scan(qtbot, till, "PKL999-12345")
    assert "PKL999-12345" in till.ui.messageLabel.text()
    assert len(till.cart.rows) == 1


def test_typing_a_word_offers_matches_to_choose_with_arrows(till: TillScreen, qtbot: QtBot) -> None:
    scan(qtbot, till, "siti")  # matches all three of the maker's items
    assert till.ui.suggestionList.isVisible() and till.ui.suggestionList.count() == 3
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_Down)
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_Down)
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_Return)
    assert [r.code for r in till.cart.rows] == [KEMEJA]
    scan(qtbot, till, "jlamprang")  # one match goes straight into the cart
    assert [r.code for r in till.cart.rows] == [KEMEJA, TULIS]


def test_type_ahead_search_runs_in_the_background(till: TillScreen, qtbot: QtBot) -> None:
    qtbot.keyClicks(till.ui.scanEdit, "buketan")
    qtbot.waitUntil(lambda: till.ui.suggestionList.count() == 1, timeout=5000)
    assert KEMEJA in till.ui.suggestionList.item(0).text()


def test_cash_sale_with_change_is_recorded(
    till: TillScreen, qtbot: QtBot, sqlite_showroom: Showroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan(qtbot, till, KEMEJA)
    settle()
    scan(qtbot, till, SELENDANG)
    settle()
    monkeypatch.setattr(
        till_screen,
        "PaymentDialog",
        paying_cashier(["\b" * 12, "1000000", Qt.Key.Key_Return, Qt.Key.Key_Return]),
    )
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F12)
    settle()
    assert till.cart.rows == []
    assert "K1-000001" in till.ui.lastSaleLabel.text()
    assert "Rp275.000" in till.ui.lastSaleLabel.text()  # 1.000.000 - 725.000
    with sqlite_showroom.ledger.read() as session:
        payment = session.execute(
            select(Payment.method, Payment.amount, Payment.tendered, Payment.change_given)
        ).one()
        lines = session.execute(select(SaleLine.item_code, SaleLine.quantity)).all()
    assert tuple(payment) == ("cash", 725_000, 1_000_000, 275_000)
    assert sorted(tuple(r) for r in lines) == [(KEMEJA, 1), (SELENDANG, 1)]
    assert on_hand(sqlite_showroom.ledger, KEMEJA) == 4
    # the change stays large where the total was, until the next buyer's first scan
    assert (till.ui.totalCaption.text(), till.ui.totalLabel.text()) == ("CHANGE", "Rp275.000")
    scan(qtbot, till, KEMEJA)
    settle()
    assert (till.ui.totalCaption.text(), till.ui.totalLabel.text()) == ("TOTAL", "Rp250.000")


def test_an_exact_payment_shows_no_big_change_of_nothing(
    till: TillScreen, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan(qtbot, till, KEMEJA)
    monkeypatch.setattr(
        till_screen, "PaymentDialog", paying_cashier([Qt.Key.Key_Return, Qt.Key.Key_Return])
    )
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F12)
    settle()
    assert "K1-000001" in till.ui.lastSaleLabel.text()
    assert (till.ui.totalCaption.text(), till.ui.totalLabel.text()) == ("TOTAL", "Rp0")
    assert till.ui.messageLabel.text() == "Paid exactly: no change."


def test_split_payment_qris_then_cash(
    till: TillScreen, qtbot: QtBot, sqlite_showroom: Showroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan(qtbot, till, SELENDANG)
    settle()
    monkeypatch.setattr(
        till_screen,
        "PaymentDialog",
        paying_cashier(
            [
                Qt.Key.Key_F2,
                "\b" * 12,
                "300000",
                Qt.Key.Key_Tab,
                "QR-88812",
                Qt.Key.Key_Return,
                Qt.Key.Key_Return,
                Qt.Key.Key_Return,
            ]
        ),
    )
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F12)
    settle()
    with sqlite_showroom.ledger.read() as session:
        payments = session.execute(
            select(Payment.method, Payment.amount, Payment.reference).order_by(Payment.method)
        ).all()
    assert [tuple(p) for p in payments] == [("cash", 175_000, None), ("qris", 300_000, "QR-88812")]


def test_cancelled_payment_keeps_the_cart_and_records_nothing(
    till: TillScreen, qtbot: QtBot, sqlite_showroom: Showroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan(qtbot, till, KEMEJA)
    monkeypatch.setattr(till_screen, "PaymentDialog", paying_cashier([Qt.Key.Key_Escape]))
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F12)
    assert [r.code for r in till.cart.rows] == [KEMEJA]
    with sqlite_showroom.ledger.read() as session:
        assert session.scalar(select(Sale.id)) is None


def test_a_piece_sold_meanwhile_at_the_other_till_is_said_and_nothing_is_taken(
    till: TillScreen, qtbot: QtBot, sqlite_showroom: Showroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showroom_pos.services.admin import settings
    from showroom_pos.services.till import sales, shifts

    ledger = sqlite_showroom.ledger
    scan(qtbot, till, TULIS)
    settle()
    settings.add_terminal(ledger, actor=sqlite_showroom.admin, code="K2", name="Pameran")
    settle()
    shifts.open_shift(ledger, actor=sqlite_showroom.supervisor, terminal_code="K2", opening_float=0)
    settle()
    sales.complete_sale(
        ledger,
        actor=sqlite_showroom.supervisor,
        terminal_code="K2",
        lines=[CartLine(TULIS)],
        payments=[PaymentInput("cash", 1_250_000)],
    )
    settle()
    monkeypatch.setattr(
        till_screen,
        "PaymentDialog",
        paying_cashier(["\b" * 12, "1250000", Qt.Key.Key_Return, Qt.Key.Key_Return]),
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F12)
    settle()
    assert warned == [f"Item {TULIS} is already sold."]
    assert "already sold" in till.ui.messageLabel.text()
    assert till.ui.messageLabel.property("problem") is True
    assert [r.code for r in till.cart.rows] == [TULIS]  # the cashier decides what to do
    with ledger.read() as session:
        assert session.execute(select(Sale.receipt_no)).scalars().all() == ["K2-000001"]
    assert on_hand(ledger, TULIS) == 0


def test_hold_and_recall_a_cart(till: TillScreen, qtbot: QtBot) -> None:
    scan(qtbot, till, KEMEJA)
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F8)
    assert till.cart.rows == [] and len(till.held) == 1
    scan(qtbot, till, SELENDANG)
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_Delete)
    assert till.cart.rows == []
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F9)
    assert [r.code for r in till.cart.rows] == [KEMEJA]


def test_payment_dialog_arithmetic(qtbot: QtBot, qapp: Any) -> None:
    dialog = PaymentDialog(975_000)
    qtbot.addWidget(dialog)
    assert [button.text() for button in dialog.quick_buttons] == [
        "Exact Rp975.000 (F5)",
        "Rp980.000 (F6)",
        "Rp1.000.000 (F7)",
    ]
    assert dialog.amount_edit.text() == "975.000"
    qtbot.keyClick(dialog, Qt.Key.Key_F7)  # the buyer hands over a million
    assert (dialog.remaining(), dialog.change()) == (0, 25_000)
    assert dialog.ok_button.isEnabled()
    assert "Rp25.000" in dialog.ui.changeLabel.text()
    card = PaymentDialog(500_000)
    qtbot.addWidget(card)
    card.ui.cardButton.click()
    card.add_payment()
    assert "approval code" in card.ui.errorLabel.text()
    assert not card.payments


def _many_items(showroom: Showroom, count: int) -> list[str]:
    consignment.receive_consignment(
        showroom.ledger,
        actor=showroom.staff,
        maker_code="PKL001",
        lines=[
            IntakeLineInput(5, ItemFields(f"Kartu pos batik {n}", "souvenir", "printing", 15_000))
            for n in range(count)
        ],
    )
    return [f"PKL001-{n:05d}" for n in range(4, 4 + count)]


@pytest.mark.parametrize("delay_ms", [0, 5])
def test_a_scanner_typing_200_codes_gives_exactly_200_lines(
    sqlite_showroom: Showroom, app_context: AppContext, qtbot: QtBot, delay_ms: int
) -> None:
    codes = _many_items(sqlite_showroom, 200)
    screen = TillScreen(app_context)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    edit = screen.ui.scanEdit
    if delay_ms == 0:
        # A burst: every key of every code is queued before the till handles the first one.
        for code in codes:
            for char in code:
                QApplication.postEvent(
                    edit,
                    QKeyEvent(
                        QEvent.Type.KeyPress,
                        Qt.Key.Key_unknown,
                        Qt.KeyboardModifier.NoModifier,
                        char,
                    ),
                )
            QApplication.postEvent(
                edit,
                QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
            )
        qtbot.waitUntil(lambda: len(screen.cart.rows) == 200, timeout=60_000)
    else:
        for code in codes:
            qtbot.keyClicks(edit, code, delay=delay_ms)
            qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert [r.code for r in screen.cart.rows] == codes
    assert all(r.quantity == 1 for r in screen.cart.rows)
    assert screen.cart.total() == 200 * 15_000


def test_cart_model_passes_the_model_tester(
    qtmodeltester: Any, till: TillScreen, qtbot: QtBot
) -> None:
    scan(qtbot, till, KEMEJA)
    scan(qtbot, till, SELENDANG)
    qtmodeltester.check(till.cart)


def test_refund_with_a_supervisor_in_the_dialog(
    till: TillScreen, qtbot: QtBot, sqlite_showroom: Showroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showroom_pos.gui.dialogs import refund_dialog
    from showroom_pos.services.admin.types import Approval
    from tests.conftest import PASSWORD

    scan(qtbot, till, KEMEJA)
    settle()
    monkeypatch.setattr(
        till_screen,
        "PaymentDialog",
        paying_cashier(["\b" * 12, "250000", Qt.Key.Key_Return, Qt.Key.Key_Return]),
    )
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F12)
    settle()
    asked: list[str] = []

    class Refunding(refund_dialog.RefundDialog):
        def exec(self) -> int:
            self.show()
            qtbot.keyClicks(self.ui.receiptEdit, "K1-000001")
            qtbot.keyClick(self.ui.receiptEdit, Qt.Key.Key_Return)
            settle()  # the sale is looked up off the GUI thread
            table = self.ui.linesTable
            name = table.item(0, 1).text()
            assert table.columnWidth(1) >= table.fontMetrics().horizontalAdvance(name)
            self.quantities[0].setValue(1)
            qtbot.keyClicks(self.ui.reasonEdit, "ukuran tidak pas")
            self.do_refund()
            settle()
            return int(self.result())

    monkeypatch.setattr(refund_dialog, "RefundDialog", Refunding)
    monkeypatch.setattr(
        till_screen,
        "ask_approval",
        lambda _parent, what: asked.append(what) or Approval("sari", PASSWORD),
    )
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F6)
    settle()
    assert asked and "K1-000001" in asked[0]
    assert "RK1-000001" in till.ui.messageLabel.text()
    assert on_hand(sqlite_showroom.ledger, KEMEJA) == 5


def test_closing_the_shift_counts_the_drawer(
    till: TillScreen, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showroom_pos.gui.dialogs import close_shift_dialog

    class Counting(close_shift_dialog.CloseShiftDialog):
        def exec(self) -> int:
            self.spins[100_000].setValue(2)
            self.spins[50_000].setValue(1)
            assert "short" in self.ui.differenceLabel.text()
            self.spins[50_000].setValue(2)
            assert self.ui.differenceLabel.text() == "exact"
            return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(till_shift, "CloseShiftDialog", Counting)
    till.ui.closeShiftButton.click()
    settle()
    assert "counted Rp300.000" in till.ui.messageLabel.text()
    assert "no shift open" in till.ui.shiftLabel.text()


def test_sale_prints_its_receipt_and_f7_prints_a_copy(
    sqlite_showroom: Showroom, qtbot: QtBot, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showroom_pos.services.admin import settings
    from tests.printing.escpos_decode import decode

    paper = tmp_path / "struk.bin"
    settings.set_settings(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.admin,
        values={"receipt.printer": f"file:{paper}"},
    )
    _window, till = till_window(sqlite_showroom, qtbot)
    scan(qtbot, till, KEMEJA)
    monkeypatch.setattr(
        till_screen,
        "PaymentDialog",
        paying_cashier(["\b" * 12, "250000", Qt.Key.Key_Return, Qt.Key.Key_Return]),
    )
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "Receipt printed" in till.ui.lastSaleLabel.text(), timeout=10_000)
    original = decode(paper.read_bytes())
    assert any("K1-000001" in line for line in original.lines)
    assert not any("SALINAN" in line for line in original.lines)
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F7)
    qtbot.waitUntil(
        lambda: "SALINAN" in paper.read_bytes().decode("ascii", "replace"), timeout=10_000
    )


def test_a_receipt_the_printer_refused_waits_in_the_queue_and_goes_elsewhere(
    sqlite_showroom: Showroom, qtbot: QtBot, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showroom_pos.services.admin import settings
    from tests.ledgerstate import journal_actions
    from tests.printing.escpos_decode import decode

    settings.set_settings(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.admin,
        values={"receipt.printer": "tcp:127.0.0.1:9"},
    )  # nobody listens
    application("en")
    window, till = till_window(sqlite_showroom, qtbot)
    assert not window.queue_button.isVisible()
    scan(qtbot, till, KEMEJA)
    monkeypatch.setattr(
        till_screen,
        "PaymentDialog",
        paying_cashier(["\b" * 12, "250000", Qt.Key.Key_Return, Qt.Key.Key_Return]),
    )
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "print queue" in till.ui.messageLabel.text(), timeout=15_000)
    assert "Press F7" in till.ui.messageLabel.text()
    qtbot.waitUntil(window.queue_button.isVisible, timeout=5_000)
    assert window.queue_button.text() == "Print queue: 1 waiting"
    assert sales_count(sqlite_showroom) == 1  # the sale is whole whatever the printer does

    dialog = window.open_print_queue()
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == "K1-000001"
    assert "127.0.0.1" in dialog.table.item(0, 4).text()
    dialog.send_to(dialog.jobs[0].id, "bogus:printer")
    assert "bogus" in dialog.info.text() and len(window.print_queue.jobs()) == 1
    paper = tmp_path / "lp0"
    dialog.send_to(dialog.jobs[0].id, f"file:{paper}")
    qtbot.waitUntil(lambda: not window.print_queue.jobs(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.queue_button.isVisible(), timeout=5_000)
    printed = decode(paper.read_bytes()).text()
    assert "No. K1-000001" in printed and "SALINAN" not in printed
    assert journal_actions(sqlite_showroom.ledger).count("receipt.print") == 1
    assert dialog.table.rowCount() == 0 and dialog.info.text() == "Nothing waits to be printed."


def sales_count(showroom: Showroom) -> int:
    from sqlalchemy import func, select

    from showroom_pos.db.models import Sale

    with showroom.ledger.read() as session:
        return int(session.scalar(select(func.count()).select_from(Sale)) or 0)


def test_the_customer_display_follows_the_till(
    sqlite_showroom: Showroom, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.domain.test_qris import _static

    application("en")
    window, till = till_window(sqlite_showroom, qtbot)
    window.activateWindow()
    till.ui.scanEdit.setFocus()
    window.ui.customerDisplayAction.setChecked(True)
    display = till.display
    assert display is not None and "Welcome" in display.caption.text()
    from PySide6.QtWidgets import QApplication

    assert display.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    qtbot.waitUntil(lambda: QApplication.focusWidget() is till.ui.scanEdit)
    for key in KEMEJA:  # typed where the focus is, as a scanner does
        qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.cart.total() == 250_000)
    till.cart.clear()
    till.refresh_totals()
    scan(qtbot, till, KEMEJA)
    scan(qtbot, till, KEMEJA)
    assert display.lines.item(0).text() == "2 x Kemeja cap Buketan lengan panjang  ·  Rp500.000"
    assert display.total.text() == "Total Rp500.000"

    dialog = PaymentDialog(500_000, _static())
    qtbot.addWidget(dialog)
    dialog.qr_shown.connect(display.show_qr)
    dialog.ui.qrisButton.click()  # the whole amount is offered, but no code before Enter
    assert not display.qr.isVisibleTo(display)
    assert dialog.ui.qrLabel.pixmap().isNull()
    dialog.amount_edit.set_value(200_000)  # the buyer pays part by QRIS
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    assert display.qr.isVisibleTo(display) and not display.qr.pixmap().isNull()
    assert display.caption.text() == "Scan QRIS: Rp200.000"
    assert dialog.payments == []  # Enter showed the code; the next Enter takes the payment
    dialog.amount_edit.set_value(250_000)  # changed after the code was shown: it goes
    assert not display.qr.isVisibleTo(display)
    dialog.ui.cashButton.click()
    assert not display.qr.isVisibleTo(display)

    monkeypatch.setattr(
        till_screen,
        "PaymentDialog",
        paying_cashier(["\b" * 12, "600000", Qt.Key.Key_Return, Qt.Key.Key_Return]),
    )
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "Thank you" in display.caption.text(), timeout=10_000)
    assert "Change Rp100.000" in display.caption.text()
    window.ui.customerDisplayAction.setChecked(False)
    assert till.display is None


@pytest.mark.parametrize("answer", ["No", "Yes"])
def test_logging_out_with_carts_asks_first(
    sqlite_showroom: Showroom, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    application("en")
    window, till = till_window(sqlite_showroom, qtbot)
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)
    window.log_out()  # nothing to lose: no question
    assert asked == [] and not window.isVisible()
    window.show()
    scan(qtbot, till, KEMEJA)
    till.carts.hold_cart()
    scan(qtbot, till, KEMEJA)
    left: list[bool] = []
    window.logged_out.connect(lambda: left.append(True))
    window.log_out()
    assert asked == [
        "There is still a cart of Rp250.000 and 1 held cart(s) on the till. "
        "Leaving loses it. Leave anyway?"
    ]
    assert window.isVisible() is (answer == "No") and left == ([True] if answer == "Yes" else [])


def test_f9_asks_before_swapping_the_cart_on_the_till(
    till: TillScreen, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    scan(qtbot, till, KEMEJA)
    till.carts.hold_cart()
    scan(qtbot, till, KEMEJA)
    scan(qtbot, till, KEMEJA)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F9)
    assert till.cart.total() == 500_000 and len(till.held) == 1  # nothing swapped
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F9)
    assert till.cart.total() == 250_000 and [sum(r.amount for r in rows) for rows in till.held] == [
        500_000
    ]


def test_cash_out_is_chosen_as_a_way_then_a_plain_amount_and_confirmed(
    till: TillScreen, sqlite_showroom: Showroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from showroom_pos.services.till import shifts

    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, ways, *_a: (ways[1], True))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_a: (50_000, True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("beli kantong plastik", True))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_a: (asked.append(text), QMessageBox.StandardButton.No)[1],
    )
    till.cash_in_out()
    settle()
    assert asked == ["Record Rp50.000 taken OUT of the drawer of till K1 (beli kantong plastik)?"]
    shift = shifts.current_shift(
        sqlite_showroom.ledger, actor=sqlite_showroom.cashier, terminal_code="K1"
    )
    assert shift is not None and shift.cash_in_out == 0  # not confirmed: nothing recorded
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    till.cash_in_out()
    settle()
    shift = shifts.current_shift(
        sqlite_showroom.ledger, actor=sqlite_showroom.cashier, terminal_code="K1"
    )
    assert shift is not None and shift.cash_in_out == -50_000


def test_qris_without_a_code_of_its_own_says_what_to_do(qtbot: QtBot, qapp: Any) -> None:
    application("en")
    dialog = PaymentDialog(500_000, "")
    qtbot.addWidget(dialog)
    dialog.ui.qrisButton.click()
    assert dialog.ui.qrCaption.isVisibleTo(dialog)
    assert dialog.ui.qrCaption.text().startswith("No QRIS code is set up (Settings).")
    assert dialog.ui.qrLabel.pixmap().isNull()
    dialog.ui.cashButton.click()
    assert not dialog.ui.qrCaption.isVisibleTo(dialog)


def test_the_arrows_choose_the_cart_line_that_f3_and_del_act_on(
    till: TillScreen, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    scan(qtbot, till, KEMEJA)
    scan(qtbot, till, SELENDANG)
    assert till.selected_row() == 1  # the line just scanned
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_Up)
    assert till.selected_row() == 0
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_Up)  # stays on the first line
    assert till.selected_row() == 0
    asked: list[str] = []
    monkeypatch.setattr(
        QInputDialog, "getInt", lambda _p, _t, text, *_a: (asked.append(text), (3, True))[1]
    )
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_F3)
    assert asked == [f"How many of {KEMEJA}?"]
    assert [(row.code, row.quantity) for row in till.cart.rows] == [(KEMEJA, 3), (SELENDANG, 1)]
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_Down)
    qtbot.keyClick(till.ui.scanEdit, Qt.Key.Key_Delete)
    assert [row.code for row in till.cart.rows] == [KEMEJA]


def test_the_first_scan_without_a_shift_opens_it_before_the_buyer_waits(
    till: TillScreen, qtbot: QtBot, sqlite_showroom: Showroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showroom_pos.services.till import shifts

    shifts.close_shift(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.cashier,
        terminal_code="K1",
        denominations={100_000: 3},
    )
    settle()
    till.refresh_shift()
    settle()
    assert "The first scan opens it" in till.ui.shiftLabel.text()
    answers = [QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted]

    class CashierAtTheDrawer:
        def __init__(self, _parent: object) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            return answers.pop(0)

        def opening_float(self) -> int:
            return 200_000

    monkeypatch.setattr(till_shift, "OpenShiftDialog", CashierAtTheDrawer)
    scan(qtbot, till, KEMEJA)  # the cashier cancels: nothing in the cart, and it says why
    settle()
    assert till.cart.rows == [] and "Open the shift first" in till.ui.messageLabel.text()
    scan(qtbot, till, KEMEJA)
    settle()
    assert [row.code for row in till.cart.rows] == [KEMEJA]
    shift = shifts.current_shift(
        sqlite_showroom.ledger, actor=sqlite_showroom.cashier, terminal_code="K1"
    )
    assert shift is not None and shift.opening_float == 200_000
    scan(qtbot, till, SELENDANG)  # asked once only
    settle()
    assert answers == [] and len(till.cart.rows) == 2


def test_a_sold_unique_piece_is_called_sold(
    till: TillScreen, qtbot: QtBot, sqlite_showroom: Showroom
) -> None:
    from showroom_pos.services.till import sales

    sales.complete_sale(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00001")],
        payments=[PaymentInput("cash", 1_250_000)],
    )
    scan(qtbot, till, "PKL001-00001")
    assert till.cart.rows == []
    assert (
        "PKL001-00001 is a unique piece and has already been sold." in till.ui.messageLabel.text()
    )
