"""The users tab of the settings screen: accounts listed, added, their passwords reset, roles
changed and accounts locked. Its texts belong to the settings screen's translation context."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from showroom_pos.domain.periods import to_local
from showroom_pos.domain.roles import Role, role_label
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.ops import Change, query
from showroom_pos.services.admin import users
from showroom_pos.services.admin.types import UserView

if TYPE_CHECKING:
    from showroom_pos.gui.screens.settings_screen import SettingsScreen

translate = QCoreApplication.translate


class NewUserDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("New user"))
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role, context.lang), role.value)
        self.role.setCurrentIndex(self.role.findData(Role.CASHIER.value))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User &name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Re&peat password:"), self.repeat)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        if self.password.text() != self.repeat.text():
            self.problem.setText(self.tr("The two passwords differ."))
            return
        ledger, actor = self.context.ledger, self.context.actor
        username, full_name, role, password = (
            self.username.text(),
            self.full_name.text(),
            str(self.role.currentData()),
            self.password.text(),
        )
        self.context.save(
            self,
            lambda: users.add_user(
                ledger,
                actor=actor,
                username=username,
                full_name=full_name,
                role=role,
                password=password,
            ),
            Change.USERS,
            self.tr("Adding the user..."),
        ).success(lambda _user: self.accept()).refusals_to(self.problem.setText).run()


class SettingsUsers:
    """The users tab of a `SettingsScreen`; the screen keeps the users it shows."""

    def __init__(self, screen: SettingsScreen) -> None:
        self.screen = screen

    def load_users(self) -> None:
        screen = self.screen
        ledger, actor = screen.context.ledger, screen.context.actor
        query(screen, lambda: users.list_users(ledger, actor=actor), quiet=True).success(
            self.show_users
        ).run()

    def show_users(self, listed: list[UserView]) -> None:
        screen = self.screen
        screen.users = listed
        table = screen.ui.usersTable
        headers = [
            translate("SettingsScreen", "User"),
            translate("SettingsScreen", "Full name"),
            translate("SettingsScreen", "Role"),
            translate("SettingsScreen", "Account"),
            translate("SettingsScreen", "Last login"),
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setRowCount(0)  # fresh rows: replacing cells re-measures columns
        table.setRowCount(len(screen.users))
        for row, user in enumerate(screen.users):
            state = (
                translate("SettingsScreen", "active")
                if user.active
                else translate("SettingsScreen", "locked")
            )
            if user.active and user.locked_until is not None:
                state = translate("SettingsScreen", "locked out until %1").replace(
                    "%1", to_local(user.locked_until).strftime("%d-%m %H:%M")
                )
            values = [
                user.username,
                user.full_name,
                role_label(user.role, screen.context.lang),
                state,
                to_local(user.last_login_at).strftime("%d-%m-%Y %H:%M")
                if user.last_login_at
                else "-",
            ]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        self.update_user_buttons()

    def selected_user(self) -> UserView | None:
        screen = self.screen
        rows = screen.ui.usersTable.selectionModel().selectedRows()
        return screen.users[rows[0].row()] if rows else None

    def update_user_buttons(self) -> None:
        ui = self.screen.ui
        user = self.selected_user()
        for button in (ui.passwordButton, ui.roleButton, ui.lockButton):
            button.setEnabled(user is not None)
        ui.lockButton.setText(
            translate("SettingsScreen", "&Unlock")
            if user is not None and (not user.active or user.locked_until is not None)
            else translate("SettingsScreen", "&Lock")
        )

    def user_done(self, text: str) -> None:
        self.load_users()
        self.screen.say(text)

    def run_user_change(self, change: Callable[[], object], text: str) -> None:
        self.screen.save_here(change, Change.USERS).success(
            lambda _done: self.user_done(text)
        ).run()

    def add_user(self) -> None:
        dialog = NewUserDialog(self.screen.context, self.screen)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.user_done(translate("SettingsScreen", "User added."))

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        context = self.screen.context
        password, ok = QInputDialog.getText(
            self.screen,
            translate("SettingsScreen", "Reset password"),
            translate("SettingsScreen", "New password for %1:").replace("%1", user.username),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self.run_user_change(
                lambda: users.change_password(
                    context.ledger,
                    actor=context.actor,
                    username=user.username,
                    new_password=password,
                ),
                translate("SettingsScreen", "Password of %1 reset.").replace("%1", user.username),
            )

    def change_role(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        context = self.screen.context
        names = [role_label(role, context.lang) for role in Role]
        chosen, ok = QInputDialog.getItem(
            self.screen,
            translate("SettingsScreen", "Change role"),
            translate("SettingsScreen", "Role of %1:").replace("%1", user.username),
            names,
            list(Role).index(Role(user.role)),
            False,
        )
        if ok:
            role = list(Role)[names.index(chosen)]
            self.run_user_change(
                lambda: users.set_user_role(
                    context.ledger,
                    actor=context.actor,
                    username=user.username,
                    role=role.value,
                ),
                translate("SettingsScreen", "Role of %1 changed.").replace("%1", user.username),
            )

    def toggle_lock(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        context = self.screen.context
        unlock = not user.active or user.locked_until is not None
        self.run_user_change(
            lambda: users.set_user_active(
                context.ledger, actor=context.actor, username=user.username, active=unlock
            ),
            (
                translate("SettingsScreen", "%1 unlocked.")
                if unlock
                else translate("SettingsScreen", "%1 locked.")
            ).replace("%1", user.username),
        )
