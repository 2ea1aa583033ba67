"""Take the buyer's money: cash with quick amounts and change, QRIS, card, transfer, or a mix."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QPushButton, QWidget

from showroom_pos.domain import qris
from showroom_pos.domain.cash import quick_cash_amounts
from showroom_pos.domain.errors import ShowroomError
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.payments import Tally, Tender, needs_reference, tally
from showroom_pos.gui.errors import message_of
from showroom_pos.gui.generated.ui_payment_dialog import Ui_PaymentDialog
from showroom_pos.gui.widgets.money_edit import promote
from showroom_pos.gui.widgets.qr_image import qr_pixmap
from showroom_pos.services.till.types import PaymentInput

QUICK_KEYS = (Qt.Key.Key_F5, Qt.Key.Key_F6, Qt.Key.Key_F7, Qt.Key.Key_F8, Qt.Key.Key_F9)


@dataclass(frozen=True)
class TakenPayment:
    method: str
    amount: int  # for cash: what the buyer handed over
    reference: str = ""


class PaymentDialog(QDialog):
    qr_shown = Signal(str, int)  # the QRIS payload with its amount ("" when none is shown)

    def __init__(
        self,
        total: int,
        qris_static: str = "",
        parent: QWidget | None = None,
        *,
        qris_reference_required: bool = True,
    ) -> None:
        super().__init__(parent)
        self.total = total
        self.qris_static = qris_static
        self.qris_reference_required = qris_reference_required
        self.payments: list[TakenPayment] = []
        self.ui = Ui_PaymentDialog()
        self.ui.setupUi(self)
        self.amount_edit = promote(self.ui.amountEdit)
        self.ui.totalLabel.setObjectName("bigTotal")
        self.ui.changeLabel.setObjectName("bigChange")
        self.ui.totalLabel.setText(self.tr("Total %1").replace("%1", format_rupiah(total)))
        self.methods = QButtonGroup(self)
        self.methods.setExclusive(True)
        self.method_keys: dict[int, QPushButton] = {}
        for method, button, key in (
            ("cash", self.ui.cashButton, Qt.Key.Key_F1),
            ("qris", self.ui.qrisButton, Qt.Key.Key_F2),
            ("card", self.ui.cardButton, Qt.Key.Key_F3),
            ("transfer", self.ui.transferButton, Qt.Key.Key_F4),
        ):
            button.setProperty("method", method)
            self.methods.addButton(button)
            self.method_keys[int(key)] = button
        self.methods.buttonClicked.connect(lambda _button: self.method_chosen())
        self.ui.addButton.clicked.connect(self.add_payment)
        self.ui.removePaymentButton.clicked.connect(self.remove_payment)
        self.amount_edit.returnPressed.connect(self.enter_pressed)
        self.ui.referenceEdit.returnPressed.connect(self.enter_pressed)
        self.amount_edit.valueChanged.connect(lambda _value: self.refresh_qr())
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Complete sale"))
        self.ok_button.setAutoDefault(False)
        self.ui.buttons.accepted.connect(self.finish)
        self.ui.buttons.rejected.connect(self.reject)
        self.quick_buttons: list[QPushButton] = []
        self.qr_amount: int | None = None  # the QRIS amount confirmed with Enter
        self.ui.cashButton.setChecked(True)
        self.method_chosen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter belongs to the fields (add the payment, then complete), never to a button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        method_button = self.method_keys.get(event.key())
        if method_button is not None:  # F1-F4 choose how the buyer pays
            event.accept()
            method_button.click()
            return
        if event.key() in QUICK_KEYS:  # F5-F9 take a quick cash amount
            index = QUICK_KEYS.index(Qt.Key(event.key()))
            event.accept()
            if index < len(self.quick_buttons):
                self.quick_buttons[index].click()
            return
        super().keyPressEvent(event)

    # -- state ----------------------------------------------------------------------------
    def method(self) -> str:
        checked = self.methods.checkedButton()
        return str(checked.property("method")) if checked else "cash"

    def tallied(self) -> Tally:
        return tally(self.total, (Tender(p.method, p.amount) for p in self.payments))

    def non_cash(self) -> int:
        return self.tallied().non_cash

    def cash_tendered(self) -> int:
        return self.tallied().cash_tendered

    def remaining(self) -> int:
        return self.tallied().still_due

    def change(self) -> int:
        return self.tallied().change

    def payment_inputs(self) -> list[PaymentInput]:
        result = []
        for p in self.payments:
            reference = p.reference or None
            if p.method == "card":
                result.append(PaymentInput("card", p.amount, approval_code=reference))
            else:
                result.append(PaymentInput(p.method, p.amount, reference=reference))
        return result

    # -- actions --------------------------------------------------------------------------
    def method_chosen(self) -> None:
        method = self.method()
        self.ui.referenceLabel.setVisible(method != "cash")
        self.ui.referenceEdit.setVisible(method != "cash")
        self.ui.referenceLabel.setText(
            self.tr("Approval &code") if method == "card" else self.tr("&Reference")
        )
        self.ui.referenceEdit.clear()
        self.qr_amount = None
        self.amount_edit.set_value(self.remaining() or None)
        self.build_quick_buttons()
        self.refresh()
        self.amount_edit.setFocus()
        self.amount_edit.selectAll()

    def build_quick_buttons(self) -> None:
        for button in self.quick_buttons:
            self.ui.quickGrid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.quick_buttons = []
        if self.method() != "cash" or not self.remaining():
            return
        for index, amount in enumerate(quick_cash_amounts(self.remaining())):
            label = (self.tr("Exact %1") if index == 0 else "%1").replace(
                "%1", format_rupiah(amount)
            ) + f" (F{5 + index})"
            button = QPushButton(label, self)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, a=amount: self.take(a))
            self.ui.quickGrid.addWidget(button, 0, index)
            self.quick_buttons.append(button)

    def take(self, amount: int) -> None:
        self.amount_edit.set_value(amount)
        self.add_payment()

    def enter_pressed(self) -> None:
        amount = self.amount_edit.value()
        if self.remaining() == 0 and self.payments and not amount:
            self.finish()
        elif self.method() == "qris" and self.qris_static and amount and self.qr_amount != amount:
            # the code is shown for the amount the cashier confirmed, never before a split
            self.qr_amount = amount
            self.refresh_qr()
            self.ui.referenceEdit.setFocus()
        else:
            self.add_payment()

    def add_payment(self) -> None:
        amount = self.amount_edit.value()
        method = self.method()
        reference = self.ui.referenceEdit.text().strip()
        self.ui.errorLabel.clear()
        if not amount:
            self.show_problem(self.tr("Enter the amount."))
            return
        if method != "cash":
            if self.tallied().adding(Tender(method, amount)).non_cash_overpaid:
                self.show_problem(
                    self.tr(
                        "A QRIS, card or transfer payment cannot be more than what is still due."
                    )
                )
                return
            if not reference and needs_reference(
                method, qris_reference_required=self.qris_reference_required
            ):
                self.show_problem(
                    self.tr("Enter the approval code from the card terminal.")
                    if method == "card"
                    else self.tr("Enter the payment's reference.")
                )
                self.ui.referenceEdit.setFocus()
                return
        self.payments.append(TakenPayment(method, amount, reference))
        self.ui.cashButton.setChecked(True)
        self.method_chosen()
        if not self.remaining():
            self.amount_edit.set_value(None)

    def remove_payment(self) -> None:
        row = self.ui.paymentsList.currentRow()
        index = row if row >= 0 else len(self.payments) - 1
        if 0 <= index < len(self.payments):
            del self.payments[index]
            self.method_chosen()

    def finish(self) -> None:
        if self.remaining():
            self.show_problem(
                self.tr("Still due: %1").replace("%1", format_rupiah(self.remaining()))
            )
            return
        self.accept()

    def show_problem(self, text: str) -> None:
        self.ui.errorLabel.setText(text)

    def refresh(self) -> None:
        names = {
            "cash": self.tr("Cash"),
            "qris": "QRIS",
            "card": self.tr("Card"),
            "transfer": self.tr("Transfer"),
        }
        self.ui.paymentsList.clear()
        for p in self.payments:
            suffix = f"  ({p.reference})" if p.reference else ""
            self.ui.paymentsList.addItem(f"{names[p.method]}  {format_rupiah(p.amount)}{suffix}")
        self.ui.remainingLabel.setText(
            self.tr("Still due: %1").replace("%1", format_rupiah(self.remaining()))
        )
        self.ui.changeLabel.setText(
            self.tr("Change: %1").replace("%1", format_rupiah(self.change()))
        )
        self.ok_button.setEnabled(self.remaining() == 0)
        self.refresh_qr()

    def refresh_qr(self) -> None:
        if self.method() == "qris" and not self.qris_static:  # no code of our own: say so
            self.ui.qrCaption.setVisible(True)
            self.ui.qrLabel.setVisible(True)
            self.ui.qrLabel.clear()
            self.ui.qrCaption.setText(
                self.tr(
                    "No QRIS code is set up (Settings). Let the buyer scan the showroom's QRIS "
                    "stand, check the payment on the merchant app, and type its reference."
                )
            )
            self.ui.qrCaption.setWordWrap(True)
            self.qr_shown.emit("", 0)
            return
        show = self.method() == "qris"
        self.ui.qrCaption.setVisible(show)
        self.ui.qrLabel.setVisible(show)
        amount = self.amount_edit.value()
        if not show or not amount or amount != self.qr_amount:
            self.ui.qrLabel.clear()
            self.qr_shown.emit("", 0)
            if show:
                self.ui.qrCaption.setText(
                    self.tr("Type what the buyer pays by QRIS, then Enter shows the code.")
                )
            return
        try:
            payload = qris.with_amount(self.qris_static, amount)
        except ShowroomError as problem:
            self.ui.qrLabel.setText(message_of(problem))
            self.qr_shown.emit("", 0)
            return
        self.qr_shown.emit(payload, amount)
        self.ui.qrLabel.setPixmap(qr_pixmap(payload, 260))
        self.ui.qrCaption.setText(
            self.tr("Scan to pay %1 with QRIS").replace("%1", format_rupiah(amount))
        )
