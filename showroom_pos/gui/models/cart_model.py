"""The till's cart: what the buyer is taking, at each maker's price."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from showroom_pos.domain.cart import cart_total, line_amount, line_for
from showroom_pos.domain.money import format_rupiah
from showroom_pos.services.stock.types import ItemView
from showroom_pos.services.till.types import CartLine

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CartRow:
    code: str
    description: str
    maker: str
    quantity: int
    unit_price: int
    unique_piece: bool
    on_hand: int

    @property
    def amount(self) -> int:
        return line_amount(self.unit_price, self.quantity)


def _headers() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (
        "#",
        translate("CartModel", "Code"),
        translate("CartModel", "Item"),
        translate("CartModel", "Maker"),
        translate("CartModel", "Qty"),
        translate("CartModel", "Maker price"),
        translate("CartModel", "Amount"),
    )


class CartModel(QAbstractTableModel):
    NUMERIC = (0, 4, 5, 6)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CartRow] = []

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(index.row() + 1),
                row.code,
                row.description,
                row.maker,
                str(row.quantity),
                format_rupiah(row.unit_price),
                format_rupiah(row.amount),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return row.description
        return None

    # -- the cart -------------------------------------------------------------------------
    def add(self, item: ItemView) -> int:
        """Add one piece of an item (another of the same code raises its quantity); the row."""
        number = line_for([row.code for row in self.rows], item.code)
        if number is not None:
            row = self.rows[number]
            self.rows[number] = replace(
                row, quantity=row.quantity + 1, unit_price=item.price, on_hand=item.on_hand
            )
            self.dataChanged.emit(self.index(number, 0), self.index(number, 6))
            return number
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(
            CartRow(
                item.code,
                item.name,
                item.maker_name,
                1,
                item.price,
                item.unique_piece,
                item.on_hand,
            )
        )
        self.endInsertRows()
        return len(self.rows) - 1

    def quantity_of(self, code: str) -> int:
        return sum(r.quantity for r in self.rows if r.code == code)

    def set_quantity(self, number: int, quantity: int) -> None:
        self.rows[number] = replace(self.rows[number], quantity=quantity)
        self.dataChanged.emit(self.index(number, 0), self.index(number, 6))

    def remove(self, number: int) -> None:
        if 0 <= number < len(self.rows):
            self.beginRemoveRows(QModelIndex(), number, number)
            del self.rows[number]
            self.endRemoveRows()
            if self.rows:
                self.dataChanged.emit(self.index(number, 0), self.index(len(self.rows) - 1, 0))

    def replace_all(self, rows: list[CartRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.replace_all([])

    def total(self) -> int:
        return cart_total((r.unit_price, r.quantity) for r in self.rows)

    def pieces(self) -> int:
        return sum(r.quantity for r in self.rows)

    def cart_lines(self) -> list[CartLine]:
        return [CartLine(r.code, r.quantity) for r in self.rows]
