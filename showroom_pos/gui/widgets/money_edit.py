"""An amount field for whole rupiah that groups the thousands as the cashier types."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLayout, QLineEdit, QWidget

from showroom_pos.domain.money import MAX_AMOUNT


def parse_rupiah(text: str) -> int | None:
    """`Rp1.250.000`, `1.250.000`, `1250000` -> 1250000; None when it is not an amount."""
    digits = text.strip().removeprefix("Rp").removeprefix("rp").replace(".", "").replace(" ", "")
    if not digits or not digits.isascii() or not digits.isdigit():
        return None
    value = int(digits)
    return value if value <= MAX_AMOUNT else None


def group_thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class MoneyEdit(QLineEdit):
    """Digits only; shown as 1.250.000; `value()` gives whole rupiah or None."""

    valueChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(20)
        self.textEdited.connect(self._regroup)

    def value(self) -> int | None:
        return parse_rupiah(self.text())

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else group_thousands(value))
        self.valueChanged.emit(value)

    def _regroup(self, text: str) -> None:
        digits = "".join(ch for ch in text if ch.isascii() and ch.isdigit())[:13]
        shown = group_thousands(int(digits)) if digits else ""
        if shown != text:
            self.setText(shown)
            self.setCursorPosition(len(shown))
        self.valueChanged.emit(self.value())


def promote(field: QLineEdit) -> MoneyEdit:
    """Replace a Designer QLineEdit with a MoneyEdit in the same place of its layout."""
    from PySide6.QtWidgets import QLabel

    owner = field.parentWidget()
    layout = owner.layout() if owner is not None else None
    money = MoneyEdit(owner)
    money.setObjectName(field.objectName())
    money.setMinimumSize(field.minimumSize())
    if layout is None or not _replace_in(layout, field, money):
        raise RuntimeError(f"cannot place money field {field.objectName()}")
    assert owner is not None
    for label in owner.findChildren(QLabel):
        if label.buddy() is field:
            label.setBuddy(money)
    field.hide()
    field.deleteLater()
    return money


def _replace_in(layout: QLayout, old: QWidget, new: QWidget) -> bool:
    if layout.indexOf(old) >= 0:
        if isinstance(layout, QFormLayout):
            row, role = cast(tuple[int, QFormLayout.ItemRole], layout.getWidgetPosition(old))
            layout.removeWidget(old)
            layout.setWidget(row, role, new)
        else:
            layout.replaceWidget(old, new)
        return True
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.layout() if item is not None else None
        if child is not None and _replace_in(child, old, new):
            return True
    return False
