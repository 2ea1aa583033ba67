"""Starting the program: first-run set-up, login (demo logins only on the demo), main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from showroom_pos.gui.context import AppContext
from showroom_pos.gui.dialogs.login_dialog import LoginDialog
from showroom_pos.gui.dialogs.setup_wizard import SetupWizard
from showroom_pos.gui.main import application
from showroom_pos.gui.main_window import MainWindow
from showroom_pos.services.admin import auth, settings, users
from showroom_pos.services.context import Ledger
from showroom_pos.this_computer import till_code
from tests.conftest import PASSWORD, Showroom
from tests.gui.waiting import settle


def test_first_run_wizard_creates_admin_showroom_and_till(
    sqlite_ledger: Ledger, qtbot: QtBot
) -> None:
    application("en")
    settle()
    wizard = SetupWizard(sqlite_ledger)
    qtbot.addWidget(wizard)
    settle()
    wizard.name_edit.setText("Showroom Dekranasda Kota Pekalongan")
    settle()
    wizard.full_name_edit.setText("Nur Aini")
    settle()
    wizard.password_edit.setText("kuat-sekali-1")
    settle()
    wizard.repeat_edit.setText("kuat-sekali-2")
    settle()
    wizard.till_edit.setText("k2")
    settle()
    wizard.accept()
    settle()
    assert "differ" in wizard.error_label.text()
    assert users.count_users(sqlite_ledger) == 0
    wizard.password_edit.setText("pendek")
    settle()
    wizard.repeat_edit.setText("pendek")
    settle()
    wizard.accept()
    settle()
    assert users.count_users(sqlite_ledger) == 0 and wizard.error_label.text()
    wizard.password_edit.setText("kuat-sekali-1")
    settle()
    wizard.repeat_edit.setText("kuat-sekali-1")
    settle()
    wizard.accept()
    settle()
    assert wizard.admin is not None and wizard.admin.role == "admin"
    admin = auth.login(sqlite_ledger, username="admin", password="kuat-sekali-1")
    assert [t.code for t in settings.list_terminals(sqlite_ledger, actor=admin)] == ["K2"]
    assert till_code(sqlite_ledger.url) == "K2"


def test_the_wizard_says_which_printer_address_to_type(sqlite_ledger: Ledger, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    application("id")
    wizard = SetupWizard(sqlite_ledger)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    [hint] = [
        label
        for label in wizard.currentPage().findChildren(QLabel)
        if label.objectName() == "printerHint"
    ]
    assert hint.isVisible()
    text = hint.text()
    assert "Printer USB di Windows: win32:" in text and "file:/dev/usb/lp0" in text
    assert "serial:COM5" in text and "serial:/dev/rfcomm0" in text
    assert hint.geometry().bottom() < wizard.test_button.geometry().top()  # nothing cut


def test_login_shows_demo_accounts_only_when_asked(sqlite_showroom: Showroom, qtbot: QtBot) -> None:
    application("en")
    plain = LoginDialog(sqlite_showroom.ledger, showroom_name="Showroom")
    qtbot.addWidget(plain)
    assert plain.ui.demoBox.isHidden()
    demo = LoginDialog(
        sqlite_showroom.ledger,
        showroom_name="Showroom",
        demo_logins=(("budi", "demo-budi", "cashier"),),
    )
    qtbot.addWidget(demo)
    assert not demo.ui.demoBox.isHidden() and "demo-budi" in demo.ui.demoLabel.text()
    assert demo.ui.demoLabel.text().endswith("Cashier")
    application("id")
    indonesian = LoginDialog(
        sqlite_showroom.ledger,
        showroom_name="Showroom",
        demo_logins=(("dewi", "demo-dewi", "staff"),),
    )
    qtbot.addWidget(indonesian)
    assert indonesian.ui.demoLabel.text().endswith("Petugas")  # the role in words, in Indonesian


def test_wrong_password_is_said_and_right_one_logs_in(
    sqlite_showroom: Showroom, qtbot: QtBot
) -> None:
    application("en")
    settle()
    dialog = LoginDialog(sqlite_showroom.ledger, showroom_name="Showroom")
    qtbot.addWidget(dialog)
    settle()
    qtbot.keyClicks(dialog.ui.usernameEdit, "budi")
    settle()
    qtbot.keyClicks(dialog.ui.passwordEdit, "keliru-sekali")
    settle()
    dialog.try_login()
    settle()
    assert dialog.actor is None and "password" in dialog.ui.errorLabel.text().lower()
    assert dialog.ui.passwordEdit.text() == ""
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    settle()
    dialog.try_login()
    settle()
    assert dialog.actor is not None and dialog.actor.username == "budi"


@pytest.mark.parametrize(("role", "screens"), [("cashier", ["till"]), ("supervisor", ["till"])])
def test_main_window_shows_what_the_role_may_use(
    sqlite_showroom: Showroom, qtbot: QtBot, role: str, screens: list[str]
) -> None:
    application("en")
    actor = sqlite_showroom.people()[role]
    window = MainWindow(AppContext(sqlite_showroom.ledger, actor, "K1", "en"))
    qtbot.addWidget(window)
    assert [key for key in window.screens if key in ("till",)] == screens
    assert actor.full_name in window.status_labels["user"].text()
    assert "K1" in window.status_labels["till"].text()
    assert "showroom.sqlite3" in window.status_labels["database"].text()


def test_the_wizard_test_prints_on_the_typed_printer(
    sqlite_url: str, qtbot: QtBot, tmp_path: Path
) -> None:
    from showroom_pos.app import open_ledger
    from showroom_pos.gui.ops import wait_for_background
    from tests.printing.escpos_decode import decode

    application("en")
    ledger = open_ledger(sqlite_url)
    try:
        wizard = SetupWizard(ledger)
        qtbot.addWidget(wizard)
        paper = tmp_path / "lp0"
        wizard.printer_edit.setText(f"file:{paper}")
        wizard.profile_edit.setText("POS-5890")
        wizard.test_print()
        assert wait_for_background()
        assert "32 characters" in wizard.error_label.text()
        assert "printer test" in decode(paper.read_bytes()).text()
        wizard.printer_edit.setText("kertas")
        wizard.test_print()
        assert wait_for_background()
        assert "kertas" in wizard.error_label.text()
    finally:
        ledger.close()
