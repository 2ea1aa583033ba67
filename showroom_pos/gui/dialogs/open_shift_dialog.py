"""Open the cashier's shift at this till with the cash counted in the drawer."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from showroom_pos.gui.generated.ui_open_shift_dialog import Ui_OpenShiftDialog
from showroom_pos.gui.widgets.money_edit import promote


class OpenShiftDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OpenShiftDialog()
        self.ui.setupUi(self)
        self.float_edit = promote(self.ui.floatEdit)
        self.float_edit.set_value(0)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.float_edit.setFocus()
        self.float_edit.selectAll()

    def opening_float(self) -> int | None:
        return self.float_edit.value()
