"""Makers (Anggota): the list, add and edit, deactivate, and a maker's page with their stock,
this month so far and their past statements."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from showroom_pos.domain.kinds import technique_label
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import period_of
from showroom_pos.domain.roles import Action
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.dialogs.maker_dialog import MakerDialog
from showroom_pos.gui.generated.ui_makers_screen import Ui_MakersScreen
from showroom_pos.gui.ops import Change, FollowChanges, Latest
from showroom_pos.services.settlement import months
from showroom_pos.services.stock import makers, stock
from showroom_pos.services.stock.types import ItemView, MakerView

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def fill_table(
    table: QTableWidget,
    headers: list[str],
    rows: list[list[str]],
    right: frozenset[int] | set[int] = frozenset(),
) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(0)  # fresh rows: replacing cells re-measures columns
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column in right:
                item.setTextAlignment(RIGHT)
            table.setItem(row, column, item)


class MakersScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_MakersScreen()
        self.ui.setupUi(self)
        self.makers: list[MakerView] = []
        self.ui.splitter.setSizes([540, 630])
        for table in (self.ui.makersTable, self.ui.stockTable, self.ui.statementsTable):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.stockTable.horizontalHeader().setStretchLastSection(False)
        self.ui.searchEdit.textChanged.connect(lambda _text: self.reload())
        self.ui.activeOnlyCheck.toggled.connect(lambda _on: self.reload())
        self.ui.makersTable.itemSelectionChanged.connect(self.show_selected)
        self.ui.makersTable.doubleClicked.connect(self.edit)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.editButton.clicked.connect(self.edit)
        self.ui.activeButton.clicked.connect(self.toggle_active)
        may_manage = context.may(Action.MANAGE_MAKERS)
        for button in (self.ui.addButton, self.ui.editButton, self.ui.activeButton):
            button.setVisible(may_manage)
        self.makers_read, self.stock_read, self.month_read = (
            Latest(self),
            Latest(self),
            Latest(self),
        )
        self.follow = FollowChanges(
            self,
            context.changes,
            Change.MAKERS | Change.STOCK | Change.SALES | Change.SETTLEMENTS,
            self.reload,
        )
        self.follow.load()  # now, or when first shown

    def reload(self) -> None:
        """The makers matching the filter, read off the GUI thread; the newest answer wins."""
        ledger, actor = self.context.ledger, self.context.actor
        text, active_only = self.ui.searchEdit.text(), self.ui.activeOnlyCheck.isChecked()
        self.makers_read.load(
            lambda: makers.list_makers(ledger, actor=actor, text=text, active_only=active_only),
            self.show_makers,
        )

    def show_makers(self, found: list[MakerView]) -> None:
        chosen = self.selected()
        self.makers = found
        fill_table(
            self.ui.makersTable,
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Business"),
                self.tr("Village"),
                self.tr("Commission"),
                self.tr("Status"),
            ],
            [
                [
                    m.code,
                    m.name,
                    m.business_name or "",
                    m.village or "",
                    f"{m.commission_bp / 100:g}%",
                    self.tr("active") if m.active else self.tr("inactive"),
                ]
                for m in self.makers
            ],
            right={4},
        )
        codes = [m.code for m in self.makers]
        if chosen is not None and chosen.code in codes:
            self.ui.makersTable.selectRow(codes.index(chosen.code))
        elif self.makers:
            self.ui.makersTable.selectRow(0)
        else:
            self.show_selected()

    def selected(self) -> MakerView | None:
        model = self.ui.makersTable.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.makers[rows[0].row()] if rows and rows[0].row() < len(self.makers) else None

    def show_selected(self) -> None:
        maker = self.selected()
        self.ui.editButton.setEnabled(maker is not None)
        self.ui.activeButton.setEnabled(maker is not None)
        if maker is None:
            self.ui.detailLabel.setText(self.tr("No maker chosen."))
            self.ui.monthLabel.clear()
            fill_table(self.ui.stockTable, [], [])
            fill_table(self.ui.statementsTable, [], [])
            return
        self.ui.activeButton.setText(
            self.tr("&Deactivate") if maker.active else self.tr("&Activate")
        )
        self.show_details(maker)
        self.show_stock(maker)
        self.show_month_and_statements(maker)

    def show_details(self, maker: MakerView) -> None:
        bank = " ".join(p for p in (maker.bank_name or "", maker.bank_account or "") if p)
        lines = [
            f"<b>{maker.code} · {maker.name}</b>"
            + (f" — {maker.business_name}" if maker.business_name else ""),
            ", ".join(
                p for p in (maker.address or "", maker.village or "", maker.phone or "") if p
            ),
            self.tr("NIK %1 · NIB %2")
            .replace("%1", maker.nik or "-")
            .replace("%2", maker.nib or "-"),
            self.tr("Bank: %1").replace("%1", bank or "-")
            + (f" ({maker.bank_account_holder})" if maker.bank_account_holder else ""),
            self.tr("Member since %1 · commission %2%")
            .replace("%1", maker.joined_on.strftime("%d-%m-%Y"))
            .replace("%2", f"{maker.commission_bp / 100:g}"),
        ]
        self.ui.detailLabel.setText("<br>".join(lines))

    def show_stock(self, maker: MakerView) -> None:
        ledger, actor, code = self.context.ledger, self.context.actor, maker.code
        self.stock_read.load(
            lambda: stock.search_items(ledger, actor=actor, maker_code=code, limit=500),
            self.fill_stock,
        )

    def fill_stock(self, items: list[ItemView]) -> None:
        on_shelf = [i for i in items if i.on_hand > 0]
        fill_table(
            self.ui.stockTable,
            [
                self.tr("Item"),
                self.tr("Name"),
                self.tr("Technique"),
                self.tr("On hand"),
                self.tr("Maker price"),
            ],
            [
                [
                    i.code,
                    i.name,
                    technique_label(i.technique, self.context.lang),
                    str(i.on_hand),
                    format_rupiah(i.price),
                ]
                for i in on_shelf
            ],
            right={3, 4},
        )
        table = self.ui.stockTable
        header = table.horizontalHeader()
        for column in (0, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # the technique gets a fair share, whole in its tooltip; the name takes the rest
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, min(table.sizeHintForColumn(2), 150))
        for row in range(table.rowCount()):
            for column in (1, 2):  # shortened on a narrow screen: whole in the tooltip
                cell = table.item(row, column)
                if cell is not None:
                    cell.setToolTip(cell.text())
        # the stretched name never squeezed below its own header on a narrow screen
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance(self.tr("Name")) + 24)

    def show_month_and_statements(self, maker: MakerView) -> None:
        if not self.context.may(Action.VIEW_SETTLEMENT):
            self.ui.monthLabel.clear()
            self.ui.statementsTable.setVisible(False)
            return
        ledger, actor, code = self.context.ledger, self.context.actor, maker.code
        period = period_of(ledger.now())

        def work() -> tuple[Any, list[Any]]:
            return (
                months.compute_settlement(ledger, actor=actor, maker_code=code, period=period),
                months.maker_statements(ledger, actor=actor, maker_code=code),
            )

        self.month_read.load(work, lambda found: self.fill_month(period, *found))

    def fill_month(self, period: str, month: Any, past: list[Any]) -> None:
        self.ui.monthLabel.setText(
            self.tr("This month so far (%1): %2 sale lines, sales %3, payable %4.")
            .replace("%1", period)
            .replace("%2", str(len(month.sales)))
            .replace("%3", format_rupiah(month.gross_sales))
            .replace("%4", format_rupiah(month.payable))
        )
        fill_table(
            self.ui.statementsTable,
            [
                self.tr("Month"),
                self.tr("Statement"),
                self.tr("Sales"),
                self.tr("Payable"),
                self.tr("Paid on"),
            ],
            [
                [
                    s.period,
                    s.statement_no,
                    format_rupiah(s.gross_sales),
                    format_rupiah(s.payable),
                    s.paid_on.strftime("%d-%m-%Y") if s.paid_on else self.tr("not yet"),
                ]
                for s in past
            ],
            right={2, 3},
        )

    # -- changes --------------------------------------------------------------------------

    def add(self) -> None:
        MakerDialog(self.context, None, self).exec()  # its save announces the change

    def edit(self) -> None:
        maker = self.selected()
        if maker is None or not self.context.may(Action.MANAGE_MAKERS):
            return
        MakerDialog(self.context, maker, self).exec()

    def toggle_active(self) -> None:
        maker = self.selected()
        if maker is None:
            return
        ledger, actor = self.context.ledger, self.context.actor
        self.context.save(
            self,
            lambda: makers.set_maker_active(
                ledger, actor=actor, code=maker.code, active=not maker.active
            ),
            Change.MAKERS,
            self.tr("Saving..."),
        ).run()
