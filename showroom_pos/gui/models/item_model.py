"""The items table of the back office: code, maker, name, technique, price, stock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from showroom_pos.domain.kinds import technique_label
from showroom_pos.domain.money import format_rupiah
from showroom_pos.gui.models.cart_model import Index
from showroom_pos.services.stock.types import ItemView


class ItemModel(QAbstractTableModel):
    def __init__(self, lang: str = "id") -> None:
        super().__init__()
        self.lang = lang
        self.items: list[ItemView] = []
        self.texts: list[tuple[str, ...]] = []  # each row as shown, made once per load

    def headers(self) -> tuple[str, ...]:
        translate = QCoreApplication.translate
        return (
            translate("ItemModel", "Code"),
            translate("ItemModel", "Maker"),
            translate("ItemModel", "Item"),
            translate("ItemModel", "Technique"),
            translate("ItemModel", "Motif"),
            translate("ItemModel", "Maker price"),
            translate("ItemModel", "On hand"),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_items(self, items: list[ItemView]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.texts = [
            (
                item.code,
                f"{item.maker_code} {item.maker_name}",
                item.name,
                technique_label(item.technique, self.lang),
                item.motif or "",
                format_rupiah(item.price),
                str(item.on_hand),
            )
            for item in self.items
        ]
        self.endResetModel()
