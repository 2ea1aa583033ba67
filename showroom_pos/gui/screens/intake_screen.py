"""Consignment intake (Titipan): a maker's goods entered line by line, saved with a slip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from showroom_pos.domain.errors import ShowroomError
from showroom_pos.domain.kinds import TECHNIQUE_LABELS, Technique
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.errors import message_of
from showroom_pos.gui.generated.ui_intake_screen import Ui_IntakeScreen
from showroom_pos.gui.widgets.money_edit import MoneyEdit
from showroom_pos.services import makers, stock
from showroom_pos.services.dto import Slip
from showroom_pos.services.stock import IntakeLineInput, ItemFields

SlipPrinter = Callable[[Slip], str]
COLUMNS = ("name", "category", "technique", "motif", "material", "size", "colour",
           "batikmark", "price", "quantity", "unique")


class IntakeScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 slip_printer: SlipPrinter | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.slip_printer = slip_printer
        self.ui = Ui_IntakeScreen()
        self.ui.setupUi(self)
        self.ui.messageLabel.setObjectName("messageLabel")
        headers = (self.tr("Item name"), self.tr("Category"), self.tr("Technique"),
                   self.tr("Motif"), self.tr("Material"), self.tr("Size"), self.tr("Colour"),
                   self.tr("Batikmark no."), self.tr("Maker price"), self.tr("Qty"),
                   self.tr("Unique"))
        table = self.ui.linesTable
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((250, 120, 120, 110, 100, 80, 90, 100, 110, 60, 60)):
            table.setColumnWidth(column, width)
        self.ui.addLineButton.clicked.connect(self.add_line)
        self.ui.removeLineButton.clicked.connect(self.remove_line)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.reprintButton.clicked.connect(self.reprint)
        self.ui.tagsButton.setEnabled(False)
        for keys, slot in (("Ctrl+N", self.add_line), ("Ctrl+S", self.save)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        self.load_makers()
        self.load_recent()
        self.add_line()

    # -- data -----------------------------------------------------------------------------
    def load_makers(self) -> None:
        self.ui.makerCombo.clear()
        for maker in makers.list_makers(self.context.ledger, actor=self.context.actor,
                                        active_only=True):
            self.ui.makerCombo.addItem(f"{maker.code}  {maker.name}", maker.code)
        self.ui.makerCombo.setCurrentIndex(-1)

    def load_recent(self) -> None:
        self.ui.recentList.clear()
        for slip in stock.list_slips(self.context.ledger, actor=self.context.actor, limit=50):
            when = to_local(slip.at).strftime("%d-%m-%Y %H:%M")
            entry = QListWidgetItem(f"{slip.number}  {slip.maker_code}  {slip.pieces} pcs\n"
                                    f"{when}  {slip.maker_name}")
            entry.setData(Qt.ItemDataRole.UserRole, slip.number)
            self.ui.recentList.addItem(entry)

    def maker_code(self) -> str:
        data = self.ui.makerCombo.currentData()
        if data:
            return str(data)
        return self.ui.makerCombo.currentText().split(" ")[0].strip().upper()

    # -- lines ----------------------------------------------------------------------------
    def add_line(self) -> None:
        table = self.ui.linesTable
        row = table.rowCount()
        table.insertRow(row)
        for column in (0, 3, 4, 5, 6, 7):
            table.setCellWidget(row, column, QLineEdit(table))
        category = QComboBox(table)
        category.setEditable(True)
        category.addItems(list(stock.CATEGORIES))
        table.setCellWidget(row, 1, category)
        technique = QComboBox(table)
        for value in Technique:
            technique.addItem(TECHNIQUE_LABELS[value][1 if self.context.lang == "en" else 0],
                              value.value)
        table.setCellWidget(row, 2, technique)
        price = MoneyEdit(table)
        price.valueChanged.connect(lambda _v: self.refresh_total())
        table.setCellWidget(row, 8, price)
        quantity = QSpinBox(table)
        quantity.setRange(1, 10_000)
        quantity.valueChanged.connect(lambda _v: self.refresh_total())
        table.setCellWidget(row, 9, quantity)
        unique = QCheckBox(table)
        unique.toggled.connect(lambda on, spin=quantity: self.unique_toggled(on, spin))
        table.setCellWidget(row, 10, unique)
        table.setCurrentCell(row, 0)
        first = table.cellWidget(row, 0)
        if first is not None:
            first.setFocus()
        self.refresh_total()

    def unique_toggled(self, on: bool, quantity: QSpinBox) -> None:
        if on:
            quantity.setValue(1)
        quantity.setEnabled(not on)

    def remove_line(self) -> None:
        row = self.ui.linesTable.currentRow()
        if row < 0:
            row = self.ui.linesTable.rowCount() - 1
        if row >= 0:
            self.ui.linesTable.removeRow(row)
        self.refresh_total()

    def cell(self, row: int, column: str) -> QWidget:
        widget = self.ui.linesTable.cellWidget(row, COLUMNS.index(column))
        assert widget is not None
        return widget

    def text(self, row: int, column: str) -> str:
        widget = self.cell(row, column)
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            return str(data) if data and column == "technique" else widget.currentText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def line_inputs(self) -> list[IntakeLineInput]:
        lines = []
        for row in range(self.ui.linesTable.rowCount()):
            name = self.text(row, "name").strip()
            price = self.cell(row, "price")
            quantity = self.cell(row, "quantity")
            unique = self.cell(row, "unique")
            assert isinstance(price, MoneyEdit) and isinstance(quantity, QSpinBox)
            assert isinstance(unique, QCheckBox)
            if not name and not price.value():
                continue  # an empty line left at the end
            fields = ItemFields(
                name=name, category=self.text(row, "category").strip().lower(),
                technique=self.text(row, "technique"), price=price.value() or 0,
                motif=self.text(row, "motif") or None,
                material=self.text(row, "material") or None,
                size=self.text(row, "size") or None, colour=self.text(row, "colour") or None,
                batikmark_cert=self.text(row, "batikmark") or None,
                unique_piece=unique.isChecked())
            lines.append(IntakeLineInput(quantity.value(), fields))
        return lines

    def refresh_total(self) -> None:
        pieces = value = 0
        for row in range(self.ui.linesTable.rowCount()):
            price = self.cell(row, "price")
            quantity = self.cell(row, "quantity")
            assert isinstance(price, MoneyEdit) and isinstance(quantity, QSpinBox)
            pieces += quantity.value()
            value += (price.value() or 0) * quantity.value()
        self.ui.totalLabel.setText(self.tr("%1 pieces, %2 at maker prices")
                                   .replace("%1", str(pieces))
                                   .replace("%2", format_rupiah(value)))

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        self.ui.messageLabel.setProperty("problem", False)
        try:
            slip = stock.receive_consignment(
                self.context.ledger, actor=self.context.actor, maker_code=self.maker_code(),
                lines=self.line_inputs(), notes=self.ui.notesEdit.text() or None)
        except ShowroomError as refused:
            self.ui.messageLabel.setProperty("problem", True)
            self.ui.messageLabel.setText(message_of(refused))
            self.ui.messageLabel.style().polish(self.ui.messageLabel)
            return
        printed = self.slip_printer(slip) if self.slip_printer else ""
        codes = ", ".join(line.item_code for line in slip.lines)
        self.ui.messageLabel.setText(self.tr("Saved %1 for %2: %3 pieces (%4). %5")
                                     .replace("%1", slip.number)
                                     .replace("%2", slip.maker_name)
                                     .replace("%3", str(slip.total_quantity))
                                     .replace("%4", codes).replace("%5", printed))
        self.ui.messageLabel.style().polish(self.ui.messageLabel)
        self.ui.linesTable.setRowCount(0)
        self.ui.notesEdit.clear()
        self.add_line()
        self.load_recent()
        self.context.changes.changed.emit("stock")

    def reprint(self) -> None:
        entry = self.ui.recentList.currentItem()
        if entry is None or self.slip_printer is None:
            self.ui.messageLabel.setText(self.tr("Choose a slip; a printer must be set up."))
            return
        try:
            slip = stock.get_slip(self.context.ledger, actor=self.context.actor,
                                  number=str(entry.data(Qt.ItemDataRole.UserRole)))
        except ShowroomError as refused:
            self.ui.messageLabel.setText(message_of(refused))
            return
        self.ui.messageLabel.setText(self.slip_printer(slip))
