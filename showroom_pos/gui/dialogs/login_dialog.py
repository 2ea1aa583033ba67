"""Log in to the program; on the demo database the demo accounts are listed here only."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from showroom_pos.db.engine import describe
from showroom_pos.domain.errors import ShowroomError
from showroom_pos.domain.kinds import label
from showroom_pos.domain.roles import ROLE_LABELS, Role
from showroom_pos.gui.errors import current_language, message_of
from showroom_pos.gui.generated.ui_login_dialog import Ui_LoginDialog
from showroom_pos.services import auth
from showroom_pos.services.context import Ledger
from showroom_pos.services.dto import Actor


class LoginDialog(QDialog):
    def __init__(self, ledger: Ledger, *, showroom_name: str,
                 demo_logins: tuple[tuple[str, str, str], ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.actor: Actor | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(showroom_name)
        self.ui.databaseLabel.setText(self.tr("Database: %1").replace("%1", describe(ledger.url)))
        self.ui.demoBox.setVisible(bool(demo_logins))
        lang = current_language()
        self.ui.demoLabel.setText("\n".join(
            f"{user:<10}  {password:<12}  {label(ROLE_LABELS, Role(role), lang)}"
            for user, password, role in demo_logins))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.ui.buttons.accepted.connect(self.try_login)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.usernameEdit.setFocus()

    def try_login(self) -> None:
        try:
            self.actor = auth.login(self.ledger, username=self.ui.usernameEdit.text(),
                                    password=self.ui.passwordEdit.text())
        except ShowroomError as refused:
            self.ui.errorLabel.setText(message_of(refused))
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        self.accept()
