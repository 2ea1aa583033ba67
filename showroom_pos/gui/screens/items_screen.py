"""Items and stock (Barang): find an item, see its movements, change price, adjust, return."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from showroom_pos.domain.errors import ShowroomError, ValidationError
from showroom_pos.domain.kinds import Technique, movement_label, technique_label
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.domain.roles import Action
from showroom_pos.domain.validation import check_consent
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.dialogs.approval_dialog import ask_approval
from showroom_pos.gui.errors import message_of
from showroom_pos.gui.generated.ui_items_screen import Ui_ItemsScreen
from showroom_pos.gui.models.item_model import ItemModel
from showroom_pos.gui.ops import Change, FollowChanges, Latest, Op, query
from showroom_pos.services.stock import consignment, counts, makers, stock
from showroom_pos.services.stock.types import ItemView, MakerView, Slip

T = TypeVar("T")


class ItemsScreen(QWidget):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        slip_printer: Callable[[Slip], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.slip_printer = slip_printer
        self.ui = Ui_ItemsScreen()
        self.ui.setupUi(self)
        self.model = ItemModel(context.lang)
        self.ui.itemsView.setModel(self.model)
        header = self.ui.itemsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(20)  # widths from the first rows, not all 500
        self.ui.makerCombo.addItem(self.tr("All makers"), "")
        self.items_read = Latest(self)
        self.count_text = ""
        self.history_read = Latest(self)
        query(
            self, lambda: makers.list_makers(context.ledger, actor=context.actor), quiet=True
        ).success(self.fill_makers).run()
        self.ui.categoryCombo.addItem(self.tr("All categories"), "")
        for category in stock.CATEGORIES:
            self.ui.categoryCombo.addItem(category, category)
        self.ui.techniqueCombo.addItem(self.tr("All techniques"), "")
        for value in Technique:
            self.ui.techniqueCombo.addItem(technique_label(value, context.lang), value.value)
        history_headers = [
            self.tr("When"),
            self.tr("What"),
            self.tr("Quantity"),
            self.tr("Document"),
            self.tr("Reason"),
            self.tr("By"),
        ]
        self.ui.historyTable.setColumnCount(len(history_headers))
        self.ui.historyTable.setHorizontalHeaderLabels(history_headers)
        self.ui.historyTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.reload)
        self.ui.searchEdit.textEdited.connect(lambda _t: self.timer.start())
        for combo in (self.ui.makerCombo, self.ui.categoryCombo, self.ui.techniqueCombo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.inStockCheck.toggled.connect(lambda _on: self.reload())
        self.ui.itemsView.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self.show_history()
        )
        self.ui.priceButton.clicked.connect(self.change_price)
        self.ui.adjustButton.clicked.connect(self.adjust)
        self.ui.returnButton.clicked.connect(self.return_to_maker)
        self.ui.returnButton.setEnabled(context.may(Action.RETURN_TO_MAKER))
        self.ui.countButton.clicked.connect(self.count_stock)
        self.ui.countButton.setVisible(context.may(Action.COUNT_STOCK))
        self.follow = FollowChanges(self, context.changes, Change.STOCK | Change.SALES, self.reload)
        self.follow.load()  # now, or when first shown

    def fill_makers(self, found: list[MakerView]) -> None:
        combo = self.ui.makerCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        for maker in found:
            combo.addItem(f"{maker.code} {maker.name}", maker.code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def reload(self) -> None:
        """The items matching the filters, read off the GUI thread; the newest answer wins."""
        ledger, actor = self.context.ledger, self.context.actor
        text, maker, category, technique = (
            self.ui.searchEdit.text(),
            self.ui.makerCombo.currentData() or None,
            self.ui.categoryCombo.currentData() or None,
            self.ui.techniqueCombo.currentData() or None,
        )
        in_stock = True if self.ui.inStockCheck.isChecked() else None
        self.items_read.load(
            lambda: stock.search_items(
                ledger,
                actor=actor,
                text=text,
                maker_code=maker,
                category=category,
                technique=technique,
                in_stock=in_stock,
                limit=500,
            ),
            self.show_items,
            self.ui.messageLabel.setText,
        )

    def show_items(self, found: list[ItemView]) -> None:
        chosen = self.current()
        self.model.set_items(found)
        count = self.tr("%1 items shown").replace("%1", str(len(found)))
        if self.ui.messageLabel.text() in ("", self.count_text):  # a save's word stays
            self.ui.messageLabel.setText(count)
        self.count_text = count
        codes = [item.code for item in found]
        if chosen is not None and chosen.code in codes:  # the item worked on stays chosen
            self.ui.itemsView.selectRow(codes.index(chosen.code))
        elif found:
            self.ui.itemsView.selectRow(0)

    def current(self) -> ItemView | None:
        index = self.ui.itemsView.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.items):
            return None
        return self.model.items[index.row()]

    def show_history(self) -> None:
        item = self.current()
        table = self.ui.historyTable
        table.setRowCount(0)
        if item is None:
            return
        ledger, actor, code = self.context.ledger, self.context.actor, item.code
        self.history_read.load(
            lambda: stock.item_history(ledger, actor=actor, code=code), self.show_movements
        )

    def show_movements(self, history: list[Any]) -> None:
        table = self.ui.historyTable
        table.setRowCount(0)  # fresh rows: replacing cells re-measures columns
        table.setRowCount(len(history))
        for row, movement in enumerate(history):
            kind = movement_label(movement.kind, self.context.lang)
            values = (
                to_local(movement.occurred_at).strftime("%d-%m-%Y %H:%M"),
                kind,
                f"{movement.quantity:+d}",
                movement.reference,
                movement.reason or "",
                movement.username,
            )
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))

    def approval_for(self, action: Action, what: str):  # type: ignore[no-untyped-def]
        return None if self.context.may(action) else ask_approval(self, what)

    def done(self, text: str) -> None:
        self.ui.messageLabel.setText(text)

    def save_stock(self, work: Callable[[], T], label: str) -> Op[T]:
        """A save of this screen: its refusal shown under the table; the change reloads it."""
        return self.context.save(self, work, Change.STOCK, label).refusals_to(
            self.ui.messageLabel.setText
        )

    def change_price(self) -> None:
        item = self.current()
        if item is None:
            return
        price, ok = QInputDialog.getInt(
            self,
            self.tr("Change price"),
            self.tr("New maker price for %1 (now %2):")
            .replace("%1", item.code)
            .replace("%2", format_rupiah(item.price)),
            item.price,
            1_000,
            1_000_000_000,
            1_000,
        )
        if not ok:
            return
        consent, ok = QInputDialog.getText(
            self, self.tr("Change price"), self.tr("The maker's consent (who agreed, when, how):")
        )
        if not ok:
            return
        try:  # what the form can tell is told before a supervisor is asked
            check_consent(consent)
            if price == item.price:
                raise ValidationError("price.unchanged")
        except ShowroomError as refused:
            self.ui.messageLabel.setText(message_of(refused))
            return
        approval = self.approval_for(Action.CHANGE_PRICE, self.tr("price change"))
        ledger, actor = self.context.ledger, self.context.actor
        self.save_stock(
            lambda: stock.change_price(
                ledger,
                actor=actor,
                code=item.code,
                new_price=price,
                consent_note=consent,
                approval=approval,
            ),
            self.tr("Saving the price..."),
        ).success(
            lambda _done: self.done(
                self.tr("Price of %1 is now %2.")
                .replace("%1", item.code)
                .replace("%2", format_rupiah(price))
            )
        ).run()

    def adjust(self) -> None:
        item = self.current()
        if item is None:
            return
        quantity, ok = QInputDialog.getInt(
            self,
            self.tr("Adjust stock"),
            self.tr("Change the stock of %1 by (negative to remove):").replace("%1", item.code),
            -1,
            -10_000,
            10_000,
        )
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Adjust stock"), self.tr("Reason:"))
        if not ok:
            return
        approval = self.approval_for(Action.ADJUST_STOCK, self.tr("stock adjustment"))
        ledger, actor = self.context.ledger, self.context.actor
        self.save_stock(
            lambda: counts.adjust_stock(
                ledger,
                actor=actor,
                code=item.code,
                quantity=quantity,
                reason=reason,
                approval=approval,
            ),
            self.tr("Saving..."),
        ).success(
            lambda _done: self.done(self.tr("Stock of %1 adjusted.").replace("%1", item.code))
        ).run()

    def return_to_maker(self) -> None:
        """Pieces handed back: how many (one unless told), why, confirmed; the slip printed."""
        item = self.current()
        if item is None:
            return
        if item.on_hand < 1:
            self.ui.messageLabel.setText(
                self.tr("%1 has no pieces on the shelf to return.").replace("%1", item.code)
            )
            return
        quantity, ok = QInputDialog.getInt(
            self,
            self.tr("Return to maker"),
            self.tr("How many of %1 go back to %2? (%3 on the shelf)")
            .replace("%1", item.code)
            .replace("%2", item.maker_name)
            .replace("%3", str(item.on_hand)),
            1,
            1,
            item.on_hand,
        )
        if not ok:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Return to maker"),
            self.tr("Why do they go back (e.g. not sold for 3 months, the maker asked)?"),
        )
        if not ok:
            return
        if not reason.strip():
            self.ui.messageLabel.setText(self.tr("Say why the pieces go back."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Return to maker"),
            self.tr("Hand %1 x %2 (%3) back to %4 and make the return slip?")
            .replace("%1", str(quantity))
            .replace("%2", item.code)
            .replace("%3", format_rupiah(quantity * item.price))
            .replace("%4", item.maker_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ledger, actor = self.context.ledger, self.context.actor
        self.save_stock(
            lambda: consignment.return_to_maker(
                ledger,
                actor=actor,
                maker_code=item.maker_code,
                lines=[(item.code, quantity)],
                notes=reason,
            ),
            self.tr("Saving the return..."),
        ).success(self.returned).run()

    def returned(self, slip: Slip) -> None:
        self.done(self.tr("Return slip %1 made.").replace("%1", slip.number))
        if self.slip_printer is not None:
            self.ui.messageLabel.setText(
                self.tr("Return slip %1 made. %2")
                .replace("%1", slip.number)
                .replace("%2", self.slip_printer(slip))
            )

    def count_stock(self) -> None:
        from showroom_pos.gui.dialogs.stock_count_dialog import StockCountDialog

        dialog = StockCountDialog(self.context, self)
        item = self.current()
        if item is not None:
            dialog.choose_maker(item.maker_code)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_count is not None:
            result = dialog.result_count
            differing = [line for line in result.lines if line.difference]
            self.done(
                self.tr("Stock count of %1 recorded: %2 items, %3 corrected.")
                .replace("%1", result.maker_code or "-")
                .replace("%2", str(len(result.lines)))
                .replace("%3", str(len(differing)))
            )
