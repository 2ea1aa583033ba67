"""Close the shift with the cash counted note by note and coin by coin; over/short shown."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QSpinBox, QWidget

from showroom_pos.domain.cash import DENOMINATIONS, MAX_PIECES, count_drawer, over_short
from showroom_pos.domain.money import format_rupiah
from showroom_pos.gui.generated.ui_close_shift_dialog import Ui_CloseShiftDialog


class CloseShiftDialog(QDialog):
    def __init__(self, expected_cash: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CloseShiftDialog()
        self.ui.setupUi(self)
        self.expected = expected_cash
        self.spins: dict[int, QSpinBox] = {}
        values = sorted(DENOMINATIONS, reverse=True)
        half = (len(values) + 1) // 2
        for index, value in enumerate(values):
            row, column = index % half, (index // half) * 2
            label = QLabel(format_rupiah(value), self)
            spin = QSpinBox(self)
            spin.setRange(0, MAX_PIECES)
            spin.setObjectName(f"count_{value}")
            spin.valueChanged.connect(self.recount)
            label.setBuddy(spin)
            self.ui.countGrid.addWidget(label, row, column)
            self.ui.countGrid.addWidget(spin, row, column + 1)
            self.spins[value] = spin
        self.ui.expectedLabel.setText(format_rupiah(expected_cash))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.recount()
        self.spins[values[0]].setFocus()

    def denominations(self) -> dict[int, int]:
        return {value: spin.value() for value, spin in self.spins.items() if spin.value()}

    def counted(self) -> int:
        return count_drawer(self.denominations()).counted

    def recount(self) -> None:
        counted = self.counted()
        difference = over_short(counted, self.expected)
        self.ui.countedLabel.setText(format_rupiah(counted))
        if difference == 0:
            text = self.tr("exact")
        elif difference > 0:
            text = self.tr("over %1").replace("%1", format_rupiah(difference))
        else:
            text = self.tr("short %1").replace("%1", format_rupiah(-difference))
        self.ui.differenceLabel.setText(text)

    def notes(self) -> str:
        return self.ui.notesEdit.text()
