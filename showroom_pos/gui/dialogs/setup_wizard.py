"""First run on a new database: showroom identity, first admin, this till and its printer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from showroom_pos.gui.errors import message_of
from showroom_pos.gui.ops import Change, query, save
from showroom_pos.gui.widgets.printer_hint import example_address, printer_hint
from showroom_pos.paths import signing_key_path
from showroom_pos.services.admin.settings import DEFAULTS
from showroom_pos.services.admin.setup import set_up_showroom
from showroom_pos.services.admin.types import Actor, ShowroomSetup
from showroom_pos.services.context import Ledger
from showroom_pos.this_computer import set_till_code


def _page(title: str, subtitle: str) -> tuple[QWizardPage, QFormLayout]:
    page = QWizardPage()
    page.setTitle(title)
    page.setSubTitle(subtitle)
    form = QFormLayout(page)
    return page, form


class SetupWizard(QWizard):
    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.admin: Actor | None = None
        self.setWindowTitle(self.tr("Showroom POS: first set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(760, 580)  # the printer page holds the address hints

        page, form = _page(
            self.tr("The showroom"),
            self.tr("The name and address printed on receipts and statements."),
        )
        self.name_edit = QLineEdit(DEFAULTS["showroom.name"])
        self.address_edit = QLineEdit(DEFAULTS["showroom.address"])
        self.logo_edit = QLineEdit()
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit)
        browse = QPushButton(self.tr("Choose..."))
        browse.clicked.connect(self.choose_logo)
        logo_row.addWidget(browse)
        form.addRow(self.tr("Showroom &name"), self.name_edit)
        form.addRow(self.tr("&Address"), self.address_edit)
        form.addRow(self.tr("&Logo (PNG, optional)"), logo_row)
        self.addPage(page)

        page, form = _page(
            self.tr("The first administrator"),
            self.tr(
                "This account sets up users, tills and settings. There are "
                "no default accounts: keep this password safe."
            ),
        )
        self.user_edit = QLineEdit("admin")
        self.full_name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name"), self.user_edit)
        form.addRow(self.tr("&Full name"), self.full_name_edit)
        form.addRow(self.tr("&Password (at least 8 characters)"), self.password_edit)
        form.addRow(self.tr("&Repeat password"), self.repeat_edit)
        self.addPage(page)

        page, form = _page(
            self.tr("This till"),
            self.tr(
                "Each till has its own code and its own gapless receipt "
                "numbers; its receipt printer can be set later in Settings."
            ),
        )
        self.till_edit = QLineEdit("K1")
        self.till_name_edit = QLineEdit(self.tr("Front till"))
        self.printer_edit = QLineEdit()
        self.printer_edit.setPlaceholderText(example_address())
        self.profile_edit = QLineEdit(DEFAULTS["receipt.profile"])
        form.addRow(self.tr("Till &code"), self.till_edit)
        form.addRow(self.tr("Till &name"), self.till_name_edit)
        form.addRow(self.tr("Receipt &printer"), self.printer_edit)
        form.addRow(self.tr("Printer p&rofile"), self.profile_edit)
        form.addRow("", printer_hint())
        self.test_button = QPushButton(self.tr("&Test print"))
        self.test_button.clicked.connect(self.test_print)
        form.addRow("", self.test_button)
        key_note = QLabel(
            self.tr(
                "When you finish, the program makes the showroom's signing key at %1. Z reports "
                "and statements are signed with it: copy it to a USB stick and keep it apart from "
                "the database backups (showroom-pos key)."
            ).replace("%1", str(signing_key_path()))
        )
        key_note.setWordWrap(True)
        form.addRow(key_note)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        form.addRow(self.error_label)
        self.addPage(page)

    def test_print(self) -> None:
        """A test page on the printer typed here, before anything is saved."""
        from showroom_pos.printing.jobs import print_test_page

        uri, profile = self.printer_edit.text().strip(), self.profile_edit.text().strip()
        self.error_label.setText(self.tr("Printing a test page..."))
        query(self, lambda: print_test_page(uri, profile or None), quiet=True).success(
            lambda width: self.error_label.setText(
                self.tr("Test page sent (%1 characters per line).").replace("%1", str(width))
            )
        ).failure(lambda error: self.error_label.setText(message_of(error))).run()

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg)")
        )
        if path:
            self.logo_edit.setText(path)

    def setup(self) -> ShowroomSetup:
        return ShowroomSetup(
            showroom_name=self.name_edit.text(),
            showroom_address=self.address_edit.text(),
            admin_username=self.user_edit.text().strip().lower(),
            admin_full_name=self.full_name_edit.text(),
            admin_password=self.password_edit.text(),
            till_code=self.till_edit.text(),
            till_name=self.till_name_edit.text(),
            receipt_printer=self.printer_edit.text().strip(),
            receipt_profile=self.profile_edit.text().strip(),
            logo_path=self.logo_edit.text().strip(),
        )

    def accept(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self.error_label.setText(self.tr("The two passwords differ."))
            return
        ledger, setup = self.ledger, self.setup()
        save(
            self,
            lambda: set_up_showroom(ledger, setup=setup),
            Change.NOTHING,
            None,
            self.tr("Setting up the showroom..."),
        ).success(self.set_up).refusals_to(self.error_label.setText).run()

    def set_up(self, admin: Actor) -> None:
        self.admin = admin
        set_till_code(self.ledger.url, self.till_edit.text().strip().upper())
        super().accept()
