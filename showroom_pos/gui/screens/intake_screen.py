"""Consignment intake (Titipan): a maker's goods entered line by line, saved with a slip."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from showroom_pos.domain.errors import ShowroomError
from showroom_pos.domain.kinds import Technique, technique_label
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.desktop import open_with_desktop
from showroom_pos.gui.errors import message_of
from showroom_pos.gui.generated.ui_intake_screen import Ui_IntakeScreen
from showroom_pos.gui.ops import Change, query
from showroom_pos.gui.widgets.money_edit import MoneyEdit
from showroom_pos.paths import data_dir
from showroom_pos.services.stock import consignment, makers, stock, tags
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields, PriceTag, Slip

SlipPrinter = Callable[[Slip], str]
TagPrinter = Callable[[list[PriceTag]], str]
COLUMNS = (
    "name",
    "category",
    "technique",
    "motif",
    "material",
    "size",
    "colour",
    "batikmark",
    "price",
    "quantity",
    "unique",
)


class IntakeScreen(QWidget):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        slip_printer: SlipPrinter | None = None,
        tag_printer: TagPrinter | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.slip_printer = slip_printer
        self.tag_printer = tag_printer
        self.open_file: Callable[[Path], None] = open_with_desktop
        self.ui = Ui_IntakeScreen()
        self.ui.setupUi(self)
        self.ui.messageLabel.setObjectName("messageLabel")
        headers = (
            self.tr("Item name"),
            self.tr("Category"),
            self.tr("Technique"),
            self.tr("Motif"),
            self.tr("Material"),
            self.tr("Size"),
            self.tr("Colour"),
            self.tr("Batikmark no."),
            self.tr("Maker price"),
            self.tr("Qty"),
            self.tr("Unique"),
        )
        table = self.ui.linesTable
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        room = header.fontMetrics()  # never narrower than its header, in either language
        for column, width in enumerate((250, 120, 120, 110, 100, 80, 90, 100, 110, 60, 60)):
            table.setColumnWidth(column, max(width, room.horizontalAdvance(headers[column]) + 24))
        table.installEventFilter(self)  # Tab into the table lands in the line's name field
        self.ui.addLineButton.clicked.connect(self.add_line)
        self.ui.removeLineButton.clicked.connect(self.remove_line)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.reprintButton.clicked.connect(self.reprint)
        self.ui.slipPdfButton.clicked.connect(self.slip_as_pdf)
        self.ui.tagsButton.clicked.connect(self.print_tags)
        self.ui.tagsSheetButton.clicked.connect(self.ask_and_make_tag_sheet)
        for keys, slot in (("Ctrl+N", self.add_line), ("Ctrl+S", self.save)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        self.load_makers()
        self.load_recent()
        self.add_line()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The table itself takes no typing: focus goes on to the field of its current cell,
        so the first letter typed after Tab is not swallowed by the table."""
        table = self.ui.linesTable
        if watched is table and event.type() == QEvent.Type.FocusIn:
            row = max(table.currentRow(), 0)
            column = max(table.currentColumn(), 0)
            field = table.cellWidget(row, column) or table.cellWidget(row, 0)
            if field is not None:
                field.setFocus(Qt.FocusReason.TabFocusReason)
        return super().eventFilter(watched, event)

    # -- data -----------------------------------------------------------------------------
    def load_makers(self) -> None:
        ledger, actor = self.context.ledger, self.context.actor
        query(
            self, lambda: makers.list_makers(ledger, actor=actor, active_only=True), quiet=True
        ).success(self.fill_makers).run()

    def fill_makers(self, found: list[Any]) -> None:
        combo = self.ui.makerCombo
        chosen = combo.currentData()
        combo.clear()
        for maker in found:
            combo.addItem(f"{maker.code}  {maker.name}", maker.code)
        combo.setCurrentIndex(combo.findData(chosen) if chosen else -1)

    def load_recent(self) -> None:
        ledger, actor = self.context.ledger, self.context.actor
        query(
            self, lambda: consignment.list_slips(ledger, actor=actor, limit=50), quiet=True
        ).success(self.fill_recent).run()

    def fill_recent(self, slips: list[Any]) -> None:
        self.ui.recentList.clear()
        for slip in slips:
            when = to_local(slip.at).strftime("%d-%m-%Y %H:%M")
            pieces = self.tr("%1 pcs").replace("%1", str(slip.pieces))
            entry = QListWidgetItem(
                f"{slip.number}  {slip.maker_code}  {pieces}\n{when}  {slip.maker_name}"
            )
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
            technique.addItem(technique_label(value, self.context.lang), value.value)
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
                name=name,
                category=self.text(row, "category").strip().lower(),
                technique=self.text(row, "technique"),
                price=price.value() or 0,
                motif=self.text(row, "motif") or None,
                material=self.text(row, "material") or None,
                size=self.text(row, "size") or None,
                colour=self.text(row, "colour") or None,
                batikmark_cert=self.text(row, "batikmark") or None,
                unique_piece=unique.isChecked(),
            )
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
        self.ui.totalLabel.setText(
            self.tr("%1 pieces, %2 at maker prices")
            .replace("%1", str(pieces))
            .replace("%2", format_rupiah(value))
        )

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        self.ui.messageLabel.setProperty("problem", False)
        try:
            maker_code, lines = self.maker_code(), self.line_inputs()
        except ShowroomError as refused:
            self.refused(message_of(refused))
            return
        ledger, actor, notes = self.context.ledger, self.context.actor, self.ui.notesEdit.text()
        self.ui.saveButton.setEnabled(False)
        self.context.save(
            self,
            lambda: consignment.receive_consignment(
                ledger, actor=actor, maker_code=maker_code, lines=lines, notes=notes or None
            ),
            Change.STOCK,
            self.tr("Saving the intake..."),
        ).success(self.saved).refusals_to(self.refused).after(
            lambda: self.ui.saveButton.setEnabled(True)
        ).run()

    def refused(self, message: str) -> None:
        self.ui.messageLabel.setProperty("problem", True)
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.style().polish(self.ui.messageLabel)

    def saved(self, slip: Slip) -> None:
        printed = self.slip_printer(slip) if self.slip_printer else ""
        codes = ", ".join(line.item_code for line in slip.lines)
        self.ui.messageLabel.setText(
            self.tr("Saved %1 for %2: %3 pieces (%4). %5")
            .replace("%1", slip.number)
            .replace("%2", slip.maker_name)
            .replace("%3", str(slip.total_quantity))
            .replace("%4", codes)
            .replace("%5", printed)
        )
        self.ui.messageLabel.style().polish(self.ui.messageLabel)
        self.ui.linesTable.setRowCount(0)
        self.ui.notesEdit.clear()
        self.add_line()
        self.load_recent()

    def chosen_number(self) -> str | None:
        """The slip chosen in the recent list, or None with a word to the user."""
        number = self.chosen_slip_number()
        if number is None:
            self.ui.messageLabel.setText(self.tr("Choose a slip in the list first."))
        return number

    def with_slip(self, then: Callable[[Slip], None]) -> None:
        number = self.chosen_number()
        if number is None:
            return
        ledger, actor = self.context.ledger, self.context.actor
        query(
            self, lambda: consignment.get_slip(ledger, actor=actor, number=number), quiet=True
        ).success(then).refusals_to(self.ui.messageLabel.setText).run()

    def reprint(self) -> None:
        if self.slip_printer is None:
            self.ui.messageLabel.setText(self.tr("No printer is set up; use Slip as PDF."))
            return
        printer = self.slip_printer
        self.with_slip(lambda slip: self.ui.messageLabel.setText(printer(slip)))

    def slip_as_pdf(self) -> None:
        """The chosen slip as an A5 PDF, opened for printing on the office printer."""
        number = self.chosen_number()
        if number is None:
            return
        from showroom_pos.documents.slips import make_slip_pdf, slip_file_name

        ledger, actor = self.context.ledger, self.context.actor

        def work() -> Path:
            path = (
                data_dir()
                / "slips"
                / slip_file_name(consignment.get_slip(ledger, actor=actor, number=number))
            )
            make_slip_pdf(ledger, actor=actor, number=number, target=path)
            return path

        query(self, work, label=self.tr("Making the slip...")).success(self.open_file).refusals_to(
            self.ui.messageLabel.setText
        ).run()

    def print_tags(self) -> None:
        """One tag per piece of the chosen intake on the label printer."""
        if self.tag_printer is None:
            self.ui.messageLabel.setText(
                self.tr("No label printer is set up; use Tags on A4 label sheet.")
            )
            return
        number = self.chosen_number()
        if number is None:
            return
        ledger, actor, printer = self.context.ledger, self.context.actor, self.tag_printer

        def print_chosen(chosen: list[PriceTag]) -> None:
            if chosen:
                self.ui.messageLabel.setText(printer(chosen))

        query(
            self, lambda: tags.tags_for_intake(ledger, actor=actor, intake_no=number), quiet=True
        ).success(print_chosen).refusals_to(self.ui.messageLabel.setText).run()

    def ask_and_make_tag_sheet(self) -> None:
        if self.chosen_number() is None:
            return
        layouts = ["3x8", "4x10"]
        layout, ok = QInputDialog.getItem(
            self,
            self.tr("Label sheet"),
            self.tr("Labels per sheet (columns x rows):"),
            layouts,
            0,
            False,
        )
        if not ok:
            return
        columns, rows = (int(n) for n in layout.split("x"))
        start, ok = QInputDialog.getInt(
            self,
            self.tr("Label sheet"),
            self.tr("First free label on the sheet (1 = top left):"),
            1,
            1,
            columns * rows,
        )
        if ok:
            self.make_tag_sheet(layout, start)

    def make_tag_sheet(self, layout: str, start: int) -> None:
        """The chosen intake's tags on an A4 label sheet PDF, opened for printing."""
        slip_no = self.chosen_number()
        if slip_no is None:
            return
        from showroom_pos.documents.labels import write_label_sheets

        path = data_dir() / "labels" / f"label-{slip_no}.pdf"
        ledger, actor = self.context.ledger, self.context.actor

        def work() -> Path | None:
            chosen = tags.tags_for_intake(ledger, actor=actor, intake_no=slip_no)
            if not chosen:
                return None
            path.parent.mkdir(parents=True, exist_ok=True)
            write_label_sheets(chosen, path, layout_name=layout, start=start)
            return path

        query(self, work, label=self.tr("Making the label sheet...")).success(
            lambda made: self.open_file(made) if made is not None else None
        ).refusals_to(self.ui.messageLabel.setText).run()

    def chosen_slip_number(self) -> str | None:
        entry = self.ui.recentList.currentItem()
        return str(entry.data(Qt.ItemDataRole.UserRole)) if entry is not None else None
