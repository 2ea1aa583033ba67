"""Render every screen and dialog, filled with demo data, to PNG files without a display."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

SIZE = (1366, 768)
# The pictures show the database where the showroom's Windows PC keeps it, not the throwaway
# copy they were taken from.
SHOWROOM_PC_DATABASE = (
    r"C:\Users\Kasir\AppData\Local\Dekranasda Kota Pekalongan"
    r"\showroom-pos\showroom.sqlite3"
)


def take_screenshots(
    out_dir: Path,
    *,
    lang: str = "id",
    source_url: str | None = None,
    progress: Callable[[str], None] = print,
) -> list[Path]:
    """Screens of a throwaway copy (or a fresh demo) so nothing real is touched."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from showroom_pos.app import open_ledger
    from showroom_pos.db.backup import backup_database
    from showroom_pos.db.engine import sqlite_path
    from showroom_pos.services.admin import demo, users

    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="showroom-shots-") as folder:
        copy = Path(folder) / "screens.sqlite3"
        if source_url and sqlite_path(source_url):
            backup_database(source_url, copy)
        ledger = open_ledger(f"sqlite:///{copy}")
        try:
            if not users.count_users(ledger):
                progress("Membuat data demo / creating demo data ...")
                demo.fill_demo_data(
                    ledger,
                    makers=12,
                    items=160,
                    days=45,
                    seed=7,
                    now=datetime(2026, 11, 20, 3, 0, tzinfo=UTC),
                )
            return _render(ledger, out_dir, lang, progress)
        finally:
            _close_everything()
            ledger.close()


def _close_everything() -> None:
    """No window of the throwaway database may outlive it (their timers would reach for it)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from showroom_pos.gui.ops import wait_for_background

    wait_for_background()
    for widget in QApplication.topLevelWidgets():
        if widget.property("screenshot"):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _render(  # type: ignore[no-untyped-def]
    ledger,
    out_dir: Path,
    lang: str,
    progress: Callable[[str], None],
) -> list[Path]:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QLabel, QWidget

    from showroom_pos.db.engine import describe
    from showroom_pos.gui.context import AppContext
    from showroom_pos.gui.dialogs.approval_dialog import ApprovalDialog
    from showroom_pos.gui.dialogs.close_shift_dialog import CloseShiftDialog
    from showroom_pos.gui.dialogs.open_shift_dialog import OpenShiftDialog
    from showroom_pos.gui.dialogs.payment_dialog import PaymentDialog
    from showroom_pos.gui.dialogs.refund_dialog import RefundDialog
    from showroom_pos.gui.dialogs.setup_wizard import SetupWizard
    from showroom_pos.gui.main import application, login_dialog
    from showroom_pos.gui.main_window import MainWindow
    from showroom_pos.gui.ops import wait_for_background
    from showroom_pos.gui.screens.settings_screen import SettingsScreen
    from showroom_pos.services.admin import auth
    from showroom_pos.services.stock import stock
    from showroom_pos.services.till import sales, shifts

    application(lang)
    written: list[Path] = []

    # the throwaway databases as they are named on the showroom's computers
    renamed = {describe(ledger.url): SHOWROOM_PC_DATABASE}

    def shot(name: str, widget: QWidget, size: tuple[int, int] | None = None) -> None:
        if size:
            widget.resize(*size)
        widget.show()
        wait_for_background()  # what the screen asked the database for is on it
        for label in [widget, *widget.findChildren(QLabel)]:
            for throwaway, shown in renamed.items():
                if isinstance(label, QLabel) and throwaway in label.text():
                    label.setText(label.text().replace(throwaway, shown))
        for _ in range(3):
            QCoreApplication.processEvents()
        path = out_dir / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)
        widget.setProperty("screenshot", True)
        progress(f"  {path}")

    supervisor = auth.login(ledger, username="sari", password="demo-sari")
    cashier = auth.login(ledger, username="budi", password="demo-budi")
    shot("login", login_dialog(ledger, demo=True))
    shifts.open_shift(ledger, actor=cashier, terminal_code="K1", opening_float=300_000)

    till_context = AppContext(ledger, cashier, "K1", lang, True)
    till_window = MainWindow(till_context)
    till = till_window.till
    assert till is not None
    for item in stock.search_items(ledger, actor=cashier, in_stock=True, limit=4):
        till.add_item(item)
    shot("till", till_window, SIZE)
    from showroom_pos.gui.widgets.customer_display import CustomerDisplay

    display = CustomerDisplay("Showroom Dekranasda Kota Pekalongan")
    display.show_cart(till.cart.rows, till.cart.total())
    shot("customer_display", display, (1024, 600))
    payment = PaymentDialog(till.cart.total(), "", till_window)
    payment.ui.qrisButton.click()
    payment.amount_edit.set_value(till.cart.total() // 2 // 1000 * 1000)
    payment.ui.referenceEdit.setText("QR2026112000123")
    payment.add_payment()
    payment.amount_edit.set_value(-(-payment.remaining() // 50_000) * 50_000)
    payment.add_payment()
    shot("payment", payment)
    sale = sales.complete_sale(
        ledger,
        actor=cashier,
        terminal_code="K1",
        lines=till.cart.cart_lines(),
        payments=payment.payment_inputs(),
    )
    till.cart.clear()
    till.refresh_totals()
    refund = RefundDialog(till_context, "K1", lambda _what: None, till_window)
    refund.ui.receiptEdit.setText(sale.receipt_no)
    refund.find_sale()
    wait_for_background()
    refund.quantities[0].setValue(1)
    refund.ui.reasonEdit.setText("ukuran tidak pas")
    shot("refund", refund)
    shot("approval", ApprovalDialog("retur " + sale.receipt_no, till_window))
    shot("open_shift", OpenShiftDialog(till_window))
    shift = shifts.current_shift(ledger, actor=cashier, terminal_code="K1")
    closing = CloseShiftDialog(shift.expected_cash if shift else 0, till_window)
    closing.spins[100_000].setValue(4)
    closing.spins[50_000].setValue(3)
    shot("close_shift", closing)

    event_code = _demo_event(ledger, supervisor)
    window = MainWindow(AppContext(ledger, supervisor, "K1", lang, True))
    for key in list(window.screens):
        if key == "till":
            continue
        screen = window.show_screen(key)
        if key == "intake":
            _half_entered_intake(screen)
        shot(key, window, SIZE)
        if key == "reports":
            _filled_reports(screen, shot, window)
        if isinstance(screen, SettingsScreen):
            screen.ui.tabs.setCurrentWidget(screen.ui.printersTab)
            shot("settings_printers", window, SIZE)
    _event_till(ledger, supervisor, event_code, shot, lang, renamed)
    wizard_ledger_note = SetupWizard(ledger)
    wizard_ledger_note.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
    shot("setup_wizard", wizard_ledger_note)
    wizard_ledger_note.next()
    wizard_ledger_note.next()  # this till and its printer
    shot("setup_wizard_printer", wizard_ledger_note)
    return written


def _demo_event(ledger, supervisor) -> str:  # type: ignore[no-untyped-def]
    """A bazaar a few days from now, with some of the demo's pieces sent to it."""
    from datetime import timedelta

    from showroom_pos.domain.periods import to_local
    from showroom_pos.services.stock import events, stock

    start = to_local(ledger.now()).date() + timedelta(days=3)
    event = events.create_event(
        ledger,
        actor=supervisor,
        name="Pekan Batik Nusantara",
        place="Lapangan Jetayu, Pekalongan",
        starts_on=start,
        ends_on=start + timedelta(days=4),
    )
    items = stock.search_items(ledger, actor=supervisor, in_stock=True, limit=9)
    events.send_to_event(
        ledger,
        actor=supervisor,
        event_code=event.code,
        lines=[(item.code, min(item.on_hand, 3)) for item in items],
    )
    return event.code


def _event_till(  # type: ignore[no-untyped-def]
    ledger,
    supervisor,
    code: str,
    shot: Callable[..., None],
    lang: str,
    renamed: dict[str, str],
) -> None:
    """The event laptop's till: its database packed from the demo's, a cart on it."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from showroom_pos.app import open_ledger
    from showroom_pos.db.engine import describe, sqlite_path
    from showroom_pos.gui.context import AppContext
    from showroom_pos.gui.main_window import MainWindow
    from showroom_pos.gui.ops import wait_for_background
    from showroom_pos.services.admin import auth
    from showroom_pos.services.stock import event_pack, events, stock
    from showroom_pos.services.till import shifts

    database = sqlite_path(ledger.url)
    assert database is not None
    name = f"pameran-{code}.sqlite3"
    path = database.with_name(name)
    event_pack.pack_event(ledger, actor=supervisor, event_code=code, out=path)
    laptop = open_ledger(f"sqlite:///{path}")
    renamed[describe(laptop.url)] = SHOWROOM_PC_DATABASE.replace("showroom.sqlite3", name)
    try:
        cashier = auth.login(laptop, username="budi", password="demo-budi")
        event = events.here(laptop)
        assert event is not None
        shifts.open_shift(
            laptop, actor=cashier, terminal_code=event.till_code, opening_float=200_000
        )
        window = MainWindow(AppContext(laptop, cashier, event.till_code, lang, True, event=event))
        till = window.till
        assert till is not None
        for item in stock.search_items(laptop, actor=cashier, in_stock=True, limit=3):
            till.add_item(item)
        shot("event_till", window, SIZE)
        wait_for_background()
        window.close()  # before its database closes: its timers would reach for it
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        wait_for_background()
        laptop.close()


def _filled_reports(screen: object, shot: Callable[..., None], window: object) -> None:
    """The X report of the demo's last day, then a month's sales by maker."""
    from PySide6.QtCore import QDate

    from showroom_pos.gui.ops import wait_for_background
    from showroom_pos.gui.screens.reports_screen import ReportsScreen

    assert isinstance(screen, ReportsScreen)
    screen.ui.dayEdit.setDate(QDate(2026, 11, 19))
    screen.x_report()
    wait_for_background()
    shot("reports", window, SIZE)
    screen.ui.tabs.setCurrentWidget(screen.ui.rangeTab)
    screen.ui.fromEdit.setDate(QDate(2026, 10, 1))
    screen.ui.toEdit.setDate(QDate(2026, 10, 31))
    screen.ui.kindCombo.setCurrentIndex(screen.ui.kindCombo.findData("sales:maker"))
    screen.show_report()
    wait_for_background()
    shot("reports_sales", window, SIZE)


def _half_entered_intake(screen: object) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

    from showroom_pos.gui.screens.intake_screen import IntakeScreen
    from showroom_pos.gui.widgets.money_edit import MoneyEdit

    assert isinstance(screen, IntakeScreen)
    screen.ui.makerCombo.setCurrentIndex(0)
    rows = (
        ("Kain panjang tulis Jlamprang", "tulis", "Jlamprang", 1_750_000, 1),
        ("Kemeja cap Buketan", "cap", "Buketan", 265_000, 4),
    )
    for number, (name, technique, motif, price, quantity) in enumerate(rows):
        if number:
            screen.add_line()
        name_edit = screen.cell(number, "name")
        motif_edit = screen.cell(number, "motif")
        technique_box = screen.cell(number, "technique")
        price_edit = screen.cell(number, "price")
        spin = screen.cell(number, "quantity")
        assert isinstance(name_edit, QLineEdit) and isinstance(motif_edit, QLineEdit)
        assert isinstance(technique_box, QComboBox) and isinstance(price_edit, MoneyEdit)
        assert isinstance(spin, QSpinBox)
        name_edit.setText(name)
        motif_edit.setText(motif)
        technique_box.setCurrentIndex(technique_box.findData(technique))
        price_edit.set_value(price)
        spin.setValue(quantity)
    screen.add_line()
    screen.refresh_total()
