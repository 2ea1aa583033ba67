"""Stock count (stok opname) for one maker: every item counted from empty (nothing is taken
for granted), expected against counted, every difference explained and, like any stock
adjustment, approved by a supervisor when the counter may not adjust stock; then recorded at
once. A count that is refused changes nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom_pos.domain.roles import Action
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.dialogs.approval_dialog import ask_approval
from showroom_pos.gui.ops import Change, Latest, query
from showroom_pos.services.stock import counts, makers, stock
from showroom_pos.services.stock.types import CountResult, ItemView

CODE, NAME, EXPECTED, COUNTED, DIFFERENCE, WHY = range(6)
NOT_COUNTED = -1


class StockCountDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.items: list[ItemView] = []
        self.result_count: CountResult | None = None
        self.setWindowTitle(self.tr("Stock count"))
        self.resize(1000, 600)
        layout = QVBoxLayout(self)
        self.maker = QComboBox()
        self.wanted_maker: str | None = None  # chosen before the list came back
        self.makers_loaded = False
        self.items_read = Latest(self)
        self.maker.currentIndexChanged.connect(lambda _i: self.load())
        ledger, actor = context.ledger, context.actor
        query(
            self, lambda: makers.list_makers(ledger, actor=actor, active_only=True), quiet=True
        ).success(self.fill_makers).run()
        layout.addWidget(QLabel(self.tr("Maker whose goods are counted:")))
        layout.addWidget(self.maker)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Name"),
                self.tr("Expected"),
                self.tr("Counted"),
                self.tr("Difference"),
                self.tr("Explanation"),
            ]
        )
        explanation = self.table.horizontalHeaderItem(WHY)
        if explanation is not None:
            explanation.setToolTip(self.tr("Explanation (needed for a difference)"))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("messageLabel")
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def fill_makers(self, found: list[Any]) -> None:
        self.maker.blockSignals(True)
        for maker in found:
            self.maker.addItem(f"{maker.code}  {maker.name}", maker.code)
        self.maker.setCurrentIndex(-1)
        self.maker.blockSignals(False)
        self.makers_loaded = True
        if self.wanted_maker is not None:
            self.choose_maker(self.wanted_maker)

    def choose_maker(self, code: str) -> None:
        if not self.makers_loaded:
            self.wanted_maker = code
            return
        self.maker.setCurrentIndex(self.maker.findData(code))

    def load(self) -> None:
        code = self.maker.currentData()
        ledger, actor = self.context.ledger, self.context.actor
        if not code:
            self.show_items([])
            return
        self.items_read.load(
            lambda: stock.search_items(ledger, actor=actor, maker_code=code, limit=2000),
            self.show_items,
        )

    def show_items(self, items: list[ItemView]) -> None:
        self.items = items
        self.table.setRowCount(0)  # fresh rows: replacing cells re-measures columns
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            for column, text in (
                (CODE, item.code),
                (NAME, item.name),
                (EXPECTED, str(item.on_hand)),
                (DIFFERENCE, "0"),
            ):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column in (EXPECTED, DIFFERENCE):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
            spin = QSpinBox()
            spin.setRange(NOT_COUNTED, 1 if item.unique_piece else 100_000)
            spin.setSpecialValueText(self.tr("not counted"))
            spin.setValue(NOT_COUNTED)
            spin.valueChanged.connect(lambda _v, r=row: self.refresh_row(r))
            self.table.setCellWidget(row, COUNTED, spin)
            self.table.setCellWidget(row, WHY, QLineEdit())
        self.refresh_summary()

    def spin(self, row: int) -> QSpinBox:
        widget = self.table.cellWidget(row, COUNTED)
        assert isinstance(widget, QSpinBox)
        return widget

    def why(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, WHY)
        assert isinstance(widget, QLineEdit)
        return widget

    def counted(self, row: int) -> bool:
        return self.spin(row).value() != NOT_COUNTED

    def difference(self, row: int) -> int:
        return self.spin(row).value() - self.items[row].on_hand if self.counted(row) else 0

    def refresh_row(self, row: int) -> None:
        difference = self.difference(row)
        cell = self.table.item(row, DIFFERENCE)
        if cell is not None:
            cell.setText("" if not self.counted(row) else f"{difference:+d}" if difference else "0")
        self.refresh_summary()

    def refresh_summary(self) -> None:
        done = [row for row in range(len(self.items)) if self.counted(row)]
        differing = [row for row in done if self.difference(row)]
        self.summary.setText(
            self.tr("%1 of %2 items counted, %3 with a difference.")
            .replace("%1", str(len(done)))
            .replace("%2", str(len(self.items)))
            .replace("%3", str(len(differing)))
        )

    def save(self) -> None:
        code = self.maker.currentData()
        if not code:
            self.summary.setText(self.tr("Choose the maker first."))
            return
        missing = [item.code for row, item in enumerate(self.items) if not self.counted(row)]
        if missing:
            self.summary.setText(
                self.tr("Count every item first: %1 not counted yet (%2).")
                .replace("%1", str(len(missing)))
                .replace("%2", ", ".join(missing[:5]) + (", ..." if len(missing) > 5 else ""))
            )
            return
        counted = {item.code: self.spin(row).value() for row, item in enumerate(self.items)}
        explanations = {
            item.code: self.why(row).text()
            for row, item in enumerate(self.items)
            if self.why(row).text().strip()
        }
        differences = any(self.difference(row) for row in range(len(self.items)))
        approval = None
        if differences and not self.context.may(Action.ADJUST_STOCK):
            if any(
                self.difference(row) and not self.why(row).text().strip()
                for row in range(len(self.items))
            ):
                self.summary.setText(self.tr("Explain every difference first."))
                return
            approval = ask_approval(self, self.tr("stock count differences"))
            if approval is None:
                return
        ledger, actor = self.context.ledger, self.context.actor
        self.context.save(
            self,
            lambda: counts.record_stock_count(
                ledger,
                actor=actor,
                counted=counted,
                explanations=explanations,
                maker_code=str(code),
                approval=approval,
            ),
            Change.STOCK,
            self.tr("Saving the count..."),
        ).success(self.count_saved).refusals_to(self.summary.setText).run()

    def count_saved(self, result: CountResult) -> None:
        self.result_count = result
        self.accept()
