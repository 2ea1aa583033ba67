"""A supervisor approves one action by typing their name and password at the till."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from showroom_pos.gui.generated.ui_approval_dialog import Ui_ApprovalDialog
from showroom_pos.services.admin.types import Approval


class ApprovalDialog(QDialog):
    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ApprovalDialog()
        self.ui.setupUi(self)
        self.ui.explanationLabel.setText(
            self.tr(
                "A supervisor must approve: %1. The approval counts for this one action "
                "only and is recorded in the journal."
            ).replace("%1", what)
        )
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.usernameEdit.setFocus()

    def approval(self) -> Approval:
        return Approval(self.ui.usernameEdit.text().strip(), self.ui.passwordEdit.text())


def ask_approval(parent: QWidget | None, what: str) -> Approval | None:
    dialog = ApprovalDialog(what, parent)
    return dialog.approval() if dialog.exec() == QDialog.DialogCode.Accepted else None
