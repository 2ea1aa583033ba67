"""Log in to the program; on the demo database the demo accounts are listed here only."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from showroom_pos.db.engine import describe
from showroom_pos.domain.roles import role_label
from showroom_pos.gui.errors import current_language
from showroom_pos.gui.generated.ui_login_dialog import Ui_LoginDialog
from showroom_pos.gui.ops import Change, save
from showroom_pos.services.admin import auth
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger


class LoginDialog(QDialog):
    def __init__(
        self,
        ledger: Ledger,
        *,
        showroom_name: str,
        demo_logins: tuple[tuple[str, str, str], ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.actor: Actor | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(showroom_name)
        self.ui.databaseLabel.setText(self.tr("Database: %1").replace("%1", describe(ledger.url)))
        self.ui.demoBox.setVisible(bool(demo_logins))
        lang = current_language()
        self.ui.demoLabel.setText(
            "\n".join(
                f"{user:<10}  {password:<12}  {role_label(role, lang)}"
                for user, password, role in demo_logins
            )
        )
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.ui.buttons.accepted.connect(self.try_login)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.usernameEdit.setFocus()

    def try_login(self) -> None:
        """The password check runs on the save thread (a failed try is counted): the window
        stays drawn meanwhile and the button cannot be pressed twice."""
        ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(False)
        ledger, username, password = (
            self.ledger,
            self.ui.usernameEdit.text(),
            self.ui.passwordEdit.text(),
        )
        save(
            self,
            lambda: auth.login(ledger, username=username, password=password),
            Change.NOTHING,
            None,
            self.tr("Logging in..."),
        ).success(self.logged_in).refusals_to(self.refused).after(
            lambda: ok_button.setEnabled(True)
        ).run()

    def logged_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def refused(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
