"""Settings and users: the showroom's identity, printers (with a test print and their status),
money and data defaults; accounts, roles, passwords and locks. Every change is journaled."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from showroom_pos.domain.roles import Action
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.errors import message_of
from showroom_pos.gui.generated.ui_settings_screen import Ui_SettingsScreen
from showroom_pos.gui.ops import Change, Op, query
from showroom_pos.gui.screens.settings_users import SettingsUsers
from showroom_pos.gui.widgets.printer_hint import example_address, printer_hint
from showroom_pos.services.admin import settings
from showroom_pos.services.admin.types import UserView
from showroom_pos.this_computer import set_till_code, till_code

T = TypeVar("T")

PROFILES = ("TM-T88III", "TM-T88V", "TM-T82II", "TM-T20II", "POS-5890", "default")


class SettingsScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_SettingsScreen()
        self.ui.setupUi(self)
        self.ui.messageLabel.setObjectName("messageLabel")
        self.fields: dict[str, QWidget] = {}
        self.users: list[UserView] = []
        self.user_accounts = SettingsUsers(self)
        self.build_fields()
        may_settings = context.may(Action.CHANGE_SETTINGS)
        for tab in (self.ui.showroomTab, self.ui.printersTab, self.ui.otherTab):
            tab.setEnabled(may_settings)
        self.ui.saveButton.setVisible(may_settings)
        if not context.may(Action.MANAGE_USERS):
            self.ui.tabs.removeTab(self.ui.tabs.indexOf(self.ui.usersTab))
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.testPrintButton.clicked.connect(self.test_print)
        self.ui.statusButton.clicked.connect(self.ask_status)
        self.ui.addUserButton.clicked.connect(self.user_accounts.add_user)
        self.ui.passwordButton.clicked.connect(self.user_accounts.reset_password)
        self.ui.roleButton.clicked.connect(self.user_accounts.change_role)
        self.ui.lockButton.clicked.connect(self.user_accounts.toggle_lock)
        self.ui.usersTable.itemSelectionChanged.connect(self.user_accounts.update_user_buttons)
        if context.may(Action.MANAGE_TERMINALS):
            self.build_computer_tab()
        self.load()
        if context.may(Action.MANAGE_USERS):
            self.load_users()

    # -- settings -------------------------------------------------------------------------

    def build_fields(self) -> None:
        def line(key: str, form: QFormLayout, label: str, hint: str = "") -> None:
            edit = QLineEdit()
            edit.setPlaceholderText(hint)
            edit.setObjectName(key.replace(".", "_"))
            self.fields[key] = edit
            form.addRow(label, edit)

        showroom, printers, other = self.ui.showroomForm, self.ui.printersForm, self.ui.otherForm
        line("showroom.name", showroom, self.tr("Showroom &name:"))
        line("showroom.address", showroom, self.tr("&Address:"))
        line("showroom.phone", showroom, self.tr("&Phone:"))
        line("showroom.npwp", showroom, self.tr("NP&WP:"))
        line(
            "showroom.logo",
            showroom,
            self.tr("&Logo file (PNG/JPG) for papers:"),
            "C:\\Showroom\\logo.png",
        )
        line("receipt.printer", printers, self.tr("&Receipt printer:"), example_address())
        profile = QComboBox()
        profile.setEditable(True)
        profile.addItems(PROFILES)
        self.fields["receipt.profile"] = profile
        printers.addRow(self.tr("Printer &profile (paper width):"), profile)
        printers.addRow("", printer_hint())
        line(
            "label.printer",
            printers,
            self.tr("&Label printer (price tags):"),
            self.tr("empty: the receipt printer"),
        )
        line("receipt.header", printers, self.tr("Receipt &header line:"))
        line("receipt.footer", printers, self.tr("Receipt &footer line:"))
        line("receipt.logo", printers, self.tr("Receipt l&ogo file:"))
        line("receipt.qr", printers, self.tr("&QR on receipts (e.g. the showroom's page):"))
        commission = QDoubleSpinBox()
        commission.setRange(0, 100)
        commission.setDecimals(2)
        commission.setSuffix(" %")
        self.fields["commission.default_bp"] = commission
        other.addRow(self.tr("Default &commission for new makers:"), commission)
        line(
            "qris.payload",
            other,
            self.tr("Showroom's static &QRIS string:"),
            "00020101021126...6304ABCD",
        )
        reference = QCheckBox(self.tr("A QRIS payment needs its reference number"))
        reference.setObjectName("qris_reference_required")
        self.fields["qris.reference_required"] = reference
        other.addRow("", reference)
        language = QComboBox()
        language.addItem("Bahasa Indonesia", "id")
        language.addItem("English", "en")
        self.fields["language"] = language
        other.addRow(self.tr("&Language of the program:"), language)
        days = QSpinBox()
        days.setRange(1, 3650)
        days.setSuffix(self.tr(" days"))
        self.fields["stock.return_after_days"] = days
        other.addRow(self.tr("Offer &return to the maker after:"), days)
        line("backup.folder", other, self.tr("&Backup folder:"), "D:\\Cadangan")
        self.backup_button = QPushButton(self.tr("Back &up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        other.addRow("", self.backup_button)

    # -- this computer --------------------------------------------------------------------

    def build_computer_tab(self) -> None:
        """Which till this computer is (kept on this computer), and new tills."""
        tab = QWidget()
        tab.setObjectName("computerTab")
        form = QFormLayout(tab)
        self.till_combo = QComboBox()
        self.till_combo.setObjectName("tillCombo")
        form.addRow(self.tr("&This computer is till:"), self.till_combo)
        buttons = QHBoxLayout()
        use = QPushButton(self.tr("&Use for this computer"))
        use.setObjectName("useTillButton")
        use.clicked.connect(self.use_till)
        new = QPushButton(self.tr("&New till..."))
        new.setObjectName("newTillButton")
        new.clicked.connect(self.new_till)
        buttons.addWidget(use)
        buttons.addWidget(new)
        buttons.addStretch()
        form.addRow("", buttons)
        hint = QLabel(
            self.tr(
                "Every till has its own receipt numbers. With several tills, the "
                "database must be a PostgreSQL server (see the guide)."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.ui.tabs.insertTab(
            self.ui.tabs.indexOf(self.ui.otherTab) + 1, tab, self.tr("This &computer")
        )
        self.load_tills()

    def load_tills(self, chosen: str | None = None) -> None:
        current = chosen or till_code(self.context.ledger.url) or ""
        ledger, actor = self.context.ledger, self.context.actor
        query(self, lambda: settings.list_terminals(ledger, actor=actor), quiet=True).success(
            lambda terminals: self.fill_tills(terminals, current)
        ).run()

    def fill_tills(self, terminals: list[Any], current: str) -> None:
        self.till_combo.clear()
        self.till_combo.addItem(self.tr("(none: back office only)"), "")
        for terminal in terminals:
            self.till_combo.addItem(f"{terminal.code} - {terminal.name}", terminal.code)
        self.till_combo.setCurrentIndex(max(self.till_combo.findData(current), 0))

    def use_till(self) -> None:
        code = str(self.till_combo.currentData() or "")
        url = self.context.ledger.url
        if not code:
            set_till_code(url, "")
            self.say(self.tr("This computer is no till from the next login."))
            return
        ledger, actor = self.context.ledger, self.context.actor

        def chosen(terminal: Any) -> None:
            set_till_code(url, terminal.code)
            self.say(
                self.tr("This computer is till %1 from the next login.").replace(
                    "%1", terminal.code
                )
            )

        self.save_here(
            lambda: settings.terminal_for_this_computer(ledger, actor=actor, code=code),
            Change.SETTINGS,
        ).success(chosen).run()

    def new_till(self) -> None:
        code, ok = QInputDialog.getText(self, self.tr("New till"), self.tr("Till code (e.g. K2):"))
        if not ok or not code.strip():
            return
        name, ok = QInputDialog.getText(
            self, self.tr("New till"), self.tr("Name (e.g. Exhibition stand):")
        )
        if not ok:
            return
        ledger, actor = self.context.ledger, self.context.actor

        def added(terminal: Any) -> None:
            self.load_tills(terminal.code)
            self.say(self.tr("Till %1 added.").replace("%1", terminal.code))

        self.save_here(
            lambda: settings.add_terminal(ledger, actor=actor, code=code, name=name),
            Change.SETTINGS,
        ).success(added).run()

    def load(self) -> None:
        ledger = self.context.ledger
        query(self, lambda: settings.get_settings(ledger), quiet=True).success(self.fill).run()

    def fill(self, values: dict[str, str]) -> None:
        for key, widget in self.fields.items():
            value = values.get(key, "")
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(value != "0")
            elif isinstance(widget, QDoubleSpinBox):
                widget.setValue(int(value or 0) / 100)
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value or 1))
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index < 0:
                    index = widget.findText(value)
                if index >= 0:
                    widget.setCurrentIndex(index)
                elif widget.isEditable():
                    widget.setEditText(value)

    def entered(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                values[key] = widget.text().strip()
            elif isinstance(widget, QCheckBox):
                values[key] = "1" if widget.isChecked() else "0"
            elif isinstance(widget, QDoubleSpinBox):
                values[key] = str(round(widget.value() * 100))
            elif isinstance(widget, QSpinBox):
                values[key] = str(widget.value())
            elif isinstance(widget, QComboBox):
                data = widget.currentData()
                values[key] = str(data) if data is not None else widget.currentText().strip()
        return values

    def say(self, text: str, problem: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setProperty("problem", problem)
        self.ui.messageLabel.style().polish(self.ui.messageLabel)

    def save_here(self, work: Callable[[], T], changes: Change) -> Op[T]:
        """A save of this screen; its refusal is said under the tabs."""
        return self.context.save(self, work, changes, self.tr("Saving...")).refusals_to(
            lambda message: self.say(message, True)
        )

    def save(self) -> None:
        ledger, actor, values = self.context.ledger, self.context.actor, self.entered()
        self.save_here(
            lambda: settings.set_settings(ledger, actor=actor, values=values), Change.SETTINGS
        ).success(
            lambda _done: self.say(
                self.tr("Settings saved. Printers and language apply at the next login.")
            )
        ).run()

    def printer_entered(self) -> tuple[str, str]:
        values = self.entered()
        return values["receipt.printer"], values["receipt.profile"]

    def test_print(self) -> None:
        from showroom_pos.printing.jobs import print_test_page

        uri, profile = self.printer_entered()
        self.say(self.tr("Printing a test page..."))
        query(self, lambda: print_test_page(uri, profile), quiet=True).success(
            lambda width: self.say(
                self.tr("Test page sent (%1 characters per line).").replace("%1", str(width))
            )
        ).failure(lambda error: self.say(message_of(error), True)).run()

    def ask_status(self) -> None:
        from showroom_pos.printing.status import printer_status

        uri, profile = self.printer_entered()
        if not uri:
            self.say(self.tr("Type the receipt printer's address first."), True)
            return
        lang = self.context.lang
        self.say(self.tr("Asking the printer..."))
        query(self, lambda: printer_status(uri, profile), quiet=True).success(
            lambda status: self.say(f"{uri}: {status.explain(lang)}", status.online is False)
        ).failure(lambda error: self.say(message_of(error), True)).run()

    def back_up_now(self) -> None:
        """A full copy of the database into the backup folder, taken while tills sell."""
        from pathlib import Path

        from showroom_pos.db.backup import backup_database

        folder = self.entered()["backup.folder"]
        if not folder:
            self.say(self.tr("Type the backup folder first."), True)
            return
        url = self.context.ledger.url

        def work() -> object:
            Path(folder).expanduser().mkdir(parents=True, exist_ok=True)
            return backup_database(url, Path(folder))

        self.say(self.tr("Backing up..."))
        query(self, work, label=self.tr("Backing up...")).success(
            lambda done: self.say(
                self.tr("Backup written: %1").replace("%1", str(getattr(done, "path", "")))
            )
        ).failure(lambda error: self.say(message_of(error), True)).run()

    # -- users ----------------------------------------------------------------------------

    def load_users(self) -> None:
        self.user_accounts.load_users()

    def reset_password(self) -> None:
        self.user_accounts.reset_password()

    def toggle_lock(self) -> None:
        self.user_accounts.toggle_lock()
