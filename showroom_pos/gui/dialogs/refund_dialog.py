"""Refund lines of an earlier sale: find the receipt, choose what comes back, approve."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.generated.ui_refund_dialog import Ui_RefundDialog
from showroom_pos.gui.ops import Change, query
from showroom_pos.services.admin.types import Approval
from showroom_pos.services.till import refunds, sales
from showroom_pos.services.till.types import RefundLineInput, RefundReceipt, SaleReceipt

AskApproval = Callable[[str], Approval | None]


class RefundDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        terminal_code: str,
        ask_approval: AskApproval,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.terminal_code = terminal_code
        self.ask_approval = ask_approval
        self.sale: SaleReceipt | None = None
        self.result_receipt: RefundReceipt | None = None
        self.quantities: list[QSpinBox] = []
        self.restock: list[QCheckBox] = []
        self.ui = Ui_RefundDialog()
        self.ui.setupUi(self)
        headers = [
            self.tr("Code"),
            self.tr("Item"),
            self.tr("Maker"),
            self.tr("Sold"),
            self.tr("Refunded"),
            self.tr("Price"),
            self.tr("Refund qty"),
            self.tr("Back on shelf"),
        ]
        self.ui.linesTable.setColumnCount(len(headers))
        self.ui.linesTable.setHorizontalHeaderLabels(headers)
        self.ui.linesTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.linesTable.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        for method, label in (
            ("cash", self.tr("Cash")),
            ("qris", "QRIS"),
            ("transfer", self.tr("Transfer")),
            ("card", self.tr("Card")),
        ):
            self.ui.methodCombo.addItem(label, method)
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Refund"))
        self.ok_button.setEnabled(False)
        self.ui.receiptEdit.returnPressed.connect(self.find_sale)
        self.ui.findButton.clicked.connect(self.find_sale)
        self.ui.buttons.accepted.connect(self.do_refund)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.receiptEdit.setFocus()

    def find_sale(self) -> None:
        self.ui.errorLabel.clear()
        ledger, actor, receipt_no = (
            self.context.ledger,
            self.context.actor,
            self.ui.receiptEdit.text(),
        )
        query(self, lambda: sales.get_sale(ledger, actor=actor, receipt_no=receipt_no)).success(
            self.show_sale
        ).refusals_to(self.ui.errorLabel.setText).run()

    def show_sale(self, sale: SaleReceipt) -> None:
        self.sale = sale
        when = to_local(sale.sold_at).strftime("%d-%m-%Y %H:%M")
        self.ui.saleLabel.setText(
            self.tr("Receipt %1, %2, cashier %3, total %4")
            .replace("%1", sale.receipt_no)
            .replace("%2", when)
            .replace("%3", sale.cashier_name)
            .replace("%4", format_rupiah(sale.total))
        )
        table = self.ui.linesTable
        table.setRowCount(0)  # fresh rows: replacing cells re-measures columns
        table.setRowCount(len(sale.lines))
        self.quantities, self.restock = [], []
        for row, line in enumerate(sale.lines):
            values = (
                line.item_code,
                line.description,
                line.maker_name,
                str(line.quantity),
                str(line.refunded_quantity),
                format_rupiah(line.unit_price),
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, column, cell)
            spin = QSpinBox(table)
            spin.setRange(0, line.quantity - line.refunded_quantity)
            spin.valueChanged.connect(self.recompute)
            table.setCellWidget(row, 6, spin)
            shelf = QCheckBox(table)
            shelf.setChecked(True)
            table.setCellWidget(row, 7, shelf)
            self.quantities.append(spin)
            self.restock.append(shelf)
        self.recompute()
        if self.quantities:
            self.quantities[0].setFocus()

    def lines(self) -> list[RefundLineInput]:
        assert self.sale is not None
        return [
            RefundLineInput(line.id, spin.value(), shelf.isChecked())
            for line, spin, shelf in zip(
                self.sale.lines, self.quantities, self.restock, strict=True
            )
            if spin.value()
        ]

    def recompute(self) -> None:
        total = 0
        if self.sale is not None:
            total = sum(
                line.unit_price * spin.value()
                for line, spin in zip(self.sale.lines, self.quantities, strict=True)
            )
        self.ui.totalLabel.setText(format_rupiah(total))
        self.ok_button.setEnabled(total > 0)

    def do_refund(self) -> None:
        if self.sale is None or not self.lines():
            return
        approval = self.ask_approval(
            self.tr("refund on receipt %1").replace("%1", self.sale.receipt_no)
        )
        ledger, actor, terminal, receipt_no, lines, reason, method = (
            self.context.ledger,
            self.context.actor,
            self.terminal_code,
            self.sale.receipt_no,
            self.lines(),
            self.ui.reasonEdit.text(),
            str(self.ui.methodCombo.currentData()),
        )
        self.ok_button.setEnabled(False)
        self.context.save(
            self,
            lambda: refunds.refund_sale(
                ledger,
                actor=actor,
                terminal_code=terminal,
                receipt_no=receipt_no,
                lines=lines,
                reason=reason,
                method=method,
                approval=approval,
            ),
            Change.SALES,
            self.tr("Saving the refund..."),
        ).success(self.refunded).refusals_to(self.ui.errorLabel.setText).after(self.recompute).run()

    def refunded(self, receipt: RefundReceipt) -> None:
        self.result_receipt = receipt
        self.accept()
