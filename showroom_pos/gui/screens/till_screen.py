"""The till (Kasir): scan or search items into the cart, take payment, print, refund, shift."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHeaderView,
    QInputDialog,
    QWidget,
)

from showroom_pos.domain.errors import NotFound, ShowroomError
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.roles import Action
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.dialogs.approval_dialog import ask_approval
from showroom_pos.gui.dialogs.payment_dialog import PaymentDialog
from showroom_pos.gui.errors import message_of, show_error
from showroom_pos.gui.generated.ui_till_screen import Ui_TillScreen
from showroom_pos.gui.models.cart_model import CartModel, CartRow
from showroom_pos.gui.ops import Change, Latest, query
from showroom_pos.gui.screens.till_carts import HeldCarts
from showroom_pos.gui.screens.till_search import TillSearch
from showroom_pos.gui.screens.till_shift import TillShift
from showroom_pos.gui.widgets.customer_display import CustomerDisplay
from showroom_pos.services.admin import settings
from showroom_pos.services.stock import stock
from showroom_pos.services.stock.types import ItemView
from showroom_pos.services.till import sales
from showroom_pos.services.till.types import SaleReceipt

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 250


class TillScreen(QWidget):
    """Everything a cashier does with a buyer at the counter, from the keyboard."""

    sale_completed = Signal(object)  # SaleReceipt
    shift_shown = Signal()  # the shift line changed

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        printer: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.printer = printer
        self.display: CustomerDisplay | None = None
        self.ui = Ui_TillScreen()
        self.ui.setupUi(self)
        self.cart = CartModel()
        self.ui.cartView.setModel(self.cart)
        header = self.ui.cartView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.cart.rowsInserted.connect(lambda *_: self.ui.cartView.resizeColumnsToContents())
        self.ui.totalLabel.setObjectName("bigTotal")
        self.ui.suggestionList.hide()
        self.held: list[list[CartRow]] = []
        self.change_due: int | None = None  # shown large after a sale until the next scan
        self.shift_open = False  # as refresh_shift last saw it
        self.last_receipt: SaleReceipt | None = None
        self.saving = False  # a sale is on its way to the database
        self.shift_read = Latest(self)
        self.shift = TillShift(self)
        self.values: dict[str, str] = {}  # the showroom's settings, as the last shift read saw
        self.pending_scans: list[tuple[str, bool]] = []
        self.search_token = 0
        self.search = TillSearch(self)
        self.carts = HeldCarts(self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.search.start_search)

        self.ui.scanEdit.returnPressed.connect(self.enter_pressed)
        self.ui.scanEdit.textEdited.connect(self.search.text_edited)
        self.ui.scanEdit.installEventFilter(self)
        self.ui.suggestionList.itemClicked.connect(self.search.suggestion_clicked)
        self.ui.payButton.clicked.connect(self.pay)
        self.ui.removeButton.clicked.connect(self.remove_line)
        self.ui.quantityButton.clicked.connect(self.change_quantity)
        self.ui.holdButton.clicked.connect(self.carts.hold_cart)
        self.ui.recallButton.clicked.connect(self.carts.recall_cart)
        self.ui.refundButton.clicked.connect(self.refund)
        self.ui.reprintButton.clicked.connect(self.reprint_last)
        self.ui.cashButton.clicked.connect(self.cash_in_out)
        self.ui.closeShiftButton.clicked.connect(self.close_shift)
        self.ui.trainingCheck.toggled.connect(lambda _on: self.refresh_totals())
        self.keys: dict[int, Callable[[], None]] = {
            int(Qt.Key.Key_F12): self.pay,
            int(Qt.Key.Key_F3): self.change_quantity,
            int(Qt.Key.Key_F8): self.carts.hold_cart,
            int(Qt.Key.Key_F9): self.carts.recall_cart,
            int(Qt.Key.Key_F6): self.refund,
            int(Qt.Key.Key_F7): self.reprint_last,
        }
        self.ui.refundButton.setEnabled(True)
        self.show_event()
        self.refresh_totals()
        self.refresh_shift()

    def show_event(self) -> None:
        """On an event laptop, which event this till sells for, above everything."""
        event = self.context.event
        self.ui.eventBanner.setVisible(event is not None)
        if event is not None:
            self.ui.eventBanner.setText(
                self.tr("Event: %1 — %2").replace("%1", event.name).replace("%2", event.place)
            )

    # -- focus and keys -------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_shift()
        self.focus_scan()

    def focus_scan(self) -> None:
        self.ui.scanEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.scanEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            listing = self.ui.suggestionList
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and listing.isVisible() and listing.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                listing.setCurrentRow(max(0, min(listing.count() - 1, listing.currentRow() + step)))
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.cart.rows:
                # no suggestions open: the arrows choose the cart line F3 and Del act on
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(len(self.cart.rows) - 1, self.selected_row() + step))
                self.ui.cartView.selectRow(row)
                self.ui.cartView.scrollTo(self.cart.index(row, 0))
                return True
            if key == Qt.Key.Key_Escape:
                self.search.hide_suggestions()
                self.ui.scanEdit.clear()
                return True
            if key == Qt.Key.Key_Delete and not self.ui.scanEdit.text():
                self.remove_line()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The till's function keys reach here from the scan field, which ignores them.
        action = self.keys.get(event.key())
        if action is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            action()
            return
        if event.key() == Qt.Key.Key_Delete:
            event.accept()
            self.remove_line()
            return
        super().keyPressEvent(event)

    # -- adding items ---------------------------------------------------------------------
    def enter_pressed(self) -> None:
        self.search_timer.stop()
        self.search_token += 1  # results of searches still running are stale now
        text = self.ui.scanEdit.text().strip()
        listing = self.ui.suggestionList
        chosen = listing.currentItem() if listing.isVisible() else None
        chosen_code = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.ui.scanEdit.clear()
        if chosen_code:
            self.search.hide_suggestions()
            self.add_code(str(chosen_code))
            return
        self.search.hide_suggestions()
        if text:
            self.add_code(text, search_if_unknown=True)

    def add_code(self, code: str, *, search_if_unknown: bool = False) -> None:
        if self.saving:  # kept, and added as soon as the sale being saved is done
            self.pending_scans.append((code, search_if_unknown))
            self.tell(self.tr("Saving the sale; %1 goes into the next cart.").replace("%1", code))
            return
        try:
            item = stock.find_item(self.context.ledger, actor=self.context.actor, code=code)
        except NotFound as missing:
            if search_if_unknown:
                self.search.search_now(code, missing)
            else:
                self.tell(message_of(missing), problem=True)
            return
        except ShowroomError as refused:
            self.tell(message_of(refused), problem=True)
            return
        self.add_item(item)

    def add_item(self, item: ItemView) -> None:
        in_cart = self.cart.quantity_of(item.code)
        if not item.active:
            self.tell(self.tr("%1 is no longer for sale.").replace("%1", item.code), True)
            return
        if item.unique_piece and in_cart:
            self.tell(
                self.tr("%1 is a unique piece and is already in the cart.").replace(
                    "%1", item.code
                ),
                True,
            )
            return
        if item.on_hand == 0:
            self.tell(
                (
                    self.tr("%1 is a unique piece and has already been sold.")
                    if item.unique_piece
                    else self.tr("%1 is sold out.")
                ).replace("%1", item.code),
                True,
            )
            return
        if in_cart + 1 > item.on_hand:
            self.tell(
                self.tr("%1: no more in stock (on hand: %2).")
                .replace("%1", item.code)
                .replace("%2", str(item.on_hand)),
                True,
            )
            return
        if not self.cart.rows and not self.shift_open:
            self.with_shift(
                lambda: self.add_item(item),
                cancelled=lambda: self.tell(
                    self.tr(
                        "Open the shift first: the first scan asks for the cash in the drawer."
                    ),
                    True,
                ),
            )
            return
        row = self.cart.add(item)
        self.ui.cartView.selectRow(row)
        self.ui.cartView.scrollTo(self.cart.index(row, 0))
        self.tell(f"{item.code}  {item.name}  {format_rupiah(item.price)}")
        self.refresh_totals()

    # -- the cart -------------------------------------------------------------------------
    def selected_row(self) -> int:
        rows = self.ui.cartView.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return len(self.cart.rows) - 1

    def remove_line(self) -> None:
        if self.still_saving():
            return
        row = self.selected_row()
        if row >= 0:
            self.cart.remove(row)
            if self.cart.rows:
                self.ui.cartView.selectRow(min(row, len(self.cart.rows) - 1))
            self.refresh_totals()
        self.focus_scan()

    def change_quantity(self) -> None:
        if self.still_saving():
            return
        row = self.selected_row()
        if row < 0:
            return
        line = self.cart.rows[row]
        if line.unique_piece:
            self.tell(self.tr("A unique piece is sold one at a time."), True)
            return
        quantity, ok = QInputDialog.getInt(
            self,
            self.tr("Quantity"),
            self.tr("How many of %1?").replace("%1", line.code),
            line.quantity,
            1,
            max(line.on_hand, 1),
        )
        if ok:
            self.cart.set_quantity(row, quantity)
            self.refresh_totals()
        self.focus_scan()

    def unfinished(self) -> str:
        """What a logout would lose: the cart on the till and the held carts, or ''."""
        parts = []
        if self.cart.rows:
            parts.append(self.tr("a cart of %1").replace("%1", format_rupiah(self.cart.total())))
        if self.held:
            parts.append(self.tr("%1 held cart(s)").replace("%1", str(len(self.held))))
        return self.tr(" and ").join(parts)

    def refresh_totals(self) -> None:
        if self.cart.rows:
            self.change_due = None  # the next sale has begun
        if self.display is not None:
            self.display.show_cart(self.cart.rows, self.cart.total(), self.training())
        self.ui.countLabel.setText(self.tr("%1 pieces").replace("%1", str(self.cart.pieces())))
        if self.change_due is not None:  # large, until the next scan: the cashier counts it out
            self.ui.totalCaption.setText(self.tr("CHANGE"))
            self.ui.totalLabel.setText(format_rupiah(self.change_due))
            return
        self.ui.totalLabel.setText(format_rupiah(self.cart.total()))
        self.ui.totalCaption.setText(
            self.tr("TOTAL (TRAINING)") if self.training() else self.tr("TOTAL")
        )

    def training(self) -> bool:
        return self.ui.trainingCheck.isChecked()

    def tell(self, text: str, problem: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setProperty("problem", problem)
        self.ui.messageLabel.style().unpolish(self.ui.messageLabel)
        self.ui.messageLabel.style().polish(self.ui.messageLabel)
        if problem:
            QApplication.beep()

    # -- shift ----------------------------------------------------------------------------
    def terminal(self) -> str:
        if not self.context.terminal_code:
            raise ShowroomError("terminal.not_set")
        return self.context.terminal_code

    def still_saving(self) -> bool:
        """While a sale is being saved the cart stays as it was paid."""
        if self.saving:
            self.tell(self.tr("Saving the sale, a moment..."), True)
        return self.saving

    def refresh_shift(self) -> None:
        self.shift.refresh_shift()

    def with_shift(
        self, then: Callable[[], None], cancelled: Callable[[], None] | None = None
    ) -> None:
        self.shift.with_shift(then, cancelled)

    def close_shift(self) -> None:
        self.shift.close_shift()

    def cash_in_out(self) -> None:
        self.shift.cash_in_out()

    # -- paying ---------------------------------------------------------------------------
    def pay(self) -> None:
        if self.still_saving():
            return
        if not self.cart.rows:
            self.tell(self.tr("The cart is empty: scan an item first."), True)
            return
        self.with_shift(self.take_payment, cancelled=self.focus_scan)

    def take_payment(self) -> None:
        values = self.values or settings.get_settings(self.context.ledger)
        dialog = PaymentDialog(
            self.cart.total(),
            values.get("qris.payload", ""),
            self,
            qris_reference_required=values["qris.reference_required"] != "0",
        )
        if self.display is not None:
            dialog.qr_shown.connect(self.display.show_qr)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.focus_scan()
            return
        ledger, actor, terminal = self.context.ledger, self.context.actor, self.terminal()
        lines, payments, training = (
            self.cart.cart_lines(),
            dialog.payment_inputs(),
            self.training(),
        )
        self.saving = True
        self.context.save(
            self,
            lambda: sales.complete_sale(
                ledger,
                actor=actor,
                terminal_code=terminal,
                lines=lines,
                payments=payments,
                training=training,
            ),
            Change.SALES,
            self.tr("Saving the sale..."),
        ).success(self.sale_saved).failure(self.sale_refused).after(self.sale_done).run()

    def sale_saved(self, receipt: SaleReceipt) -> None:
        self.cart.clear()
        self.last_receipt = receipt
        change = sum(p.change for p in receipt.payments)
        printed = self.print_receipt(receipt)
        self.ui.lastSaleLabel.setText(
            self.tr("Last sale %1: %2, change %3. %4")
            .replace("%1", receipt.receipt_no)
            .replace("%2", format_rupiah(receipt.total))
            .replace("%3", format_rupiah(change))
            .replace("%4", printed)
        )
        self.tell(
            self.tr("Change: %1").replace("%1", format_rupiah(change))
            if change
            else self.tr("Paid exactly: no change.")
        )
        self.change_due = change or None  # no big "CHANGE Rp0" after an exact payment
        self.refresh_totals()
        if self.display is not None:
            self.display.thank_you(receipt.total, change)
        self.refresh_shift()
        self.sale_completed.emit(receipt)

    def sale_refused(self, error: BaseException) -> None:
        self.tell(message_of(error), True)
        show_error(self, error)

    def sale_done(self) -> None:
        """The cart is free again: scans made while the sale was saved go into it now."""
        self.saving = False
        waiting, self.pending_scans = self.pending_scans, []
        for code, search_if_unknown in waiting:
            self.add_code(code, search_if_unknown=search_if_unknown)
        self.focus_scan()

    def print_receipt(self, receipt: SaleReceipt, reprint: bool = False) -> str:
        """Print after the sale is committed, off the GUI thread; a failure is shown, never
        undoes the sale, and the receipt can be printed again with F7."""
        if self.printer is None:
            return self.tr("No receipt printer is set up.")
        printer, receipt_no = self.printer, receipt.receipt_no

        def done(_copy: object) -> None:
            self.ui.lastSaleLabel.setText(
                self.ui.lastSaleLabel.text().replace(
                    self.tr("Printing..."), self.tr("Receipt printed.")
                )
            )

        def failed(error: BaseException) -> None:
            log.warning("receipt %s not printed: %s", receipt_no, error)
            self.tell(
                self.tr("Receipt not printed: %1").replace("%1", message_of(error))
                + " "
                + self.tr("Press F7 to try again."),
                True,
            )

        query(self, lambda: printer(receipt_no), quiet=True).success(done).failure(failed).run()
        return self.tr("Printing...")

    def reprint_last(self) -> None:
        if self.last_receipt is None:
            self.tell(self.tr("No sale yet on this screen."), True)
            return
        self.tell(self.print_receipt(self.last_receipt, reprint=True))
        self.focus_scan()

    def refund(self) -> None:
        if self.still_saving():
            return
        self.with_shift(self.take_refund, cancelled=self.focus_scan)

    def take_refund(self) -> None:
        from showroom_pos.gui.dialogs.refund_dialog import RefundDialog

        dialog = RefundDialog(
            self.context,
            self.terminal(),
            lambda what: ask_approval(self, what) if not self.context.may(Action.REFUND) else None,
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_receipt is not None:
            done = dialog.result_receipt
            self.tell(
                self.tr("Refund %1 for %2: give back %3.")
                .replace("%1", done.refund_no)
                .replace("%2", done.receipt_no)
                .replace("%3", format_rupiah(done.total))
            )
            self.refresh_shift()
        self.focus_scan()
