"""Settings and users as an admin uses them: a bad value is refused and nothing saved, a good
one is journaled; a test print on the typed printer; accounts added, reset, locked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from showroom_pos.domain.errors import ShowroomError
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.main import application
from showroom_pos.gui.ops import wait_for_background
from showroom_pos.gui.screens.settings_screen import SettingsScreen
from showroom_pos.gui.screens.settings_users import NewUserDialog
from showroom_pos.services.admin import auth, settings
from tests.conftest import PASSWORD, Showroom
from tests.gui.waiting import settle
from tests.ledgerstate import journal_actions
from tests.printing.escpos_decode import decode


def screen_for(showroom: Showroom, who: str, qtbot: QtBot) -> SettingsScreen:
    application("en")
    screen = SettingsScreen(AppContext(showroom.ledger, showroom.people()[who], "K1", "en"))
    qtbot.addWidget(screen)
    settle()  # what the screen shows is read off the GUI thread
    return screen


def field(screen: SettingsScreen, key: str) -> QLineEdit:
    widget = screen.fields[key]
    assert isinstance(widget, QLineEdit)
    return widget


def test_a_bad_printer_address_is_refused_and_nothing_saved(
    sqlite_showroom: Showroom, qtbot: QtBot
) -> None:
    screen = screen_for(sqlite_showroom, "admin", qtbot)
    before = journal_actions(sqlite_showroom.ledger)
    field(screen, "showroom.phone").setText("(0285) 431698")
    settle()
    field(screen, "receipt.printer").setText("printer-di-meja")
    settle()
    screen.save()
    settle()
    assert screen.ui.messageLabel.property("problem") is True
    assert "printer-di-meja" in screen.ui.messageLabel.text()
    assert journal_actions(sqlite_showroom.ledger) == before
    assert settings.get_settings(sqlite_showroom.ledger)["showroom.phone"] == ""

    field(screen, "receipt.printer").setText("tcp:192.168.1.50:9100")
    settle()
    field(screen, "qris.payload").setText("000201010211")  # no checksum
    settle()
    screen.save()
    settle()
    assert "QRIS" in screen.ui.messageLabel.text()
    field(screen, "qris.payload").clear()
    settle()
    screen.save()
    settle()
    values = settings.get_settings(sqlite_showroom.ledger)
    assert values["receipt.printer"] == "tcp:192.168.1.50:9100"
    assert values["showroom.phone"] == "(0285) 431698"
    assert journal_actions(sqlite_showroom.ledger)[-1] == "settings.change"


def test_test_print_goes_to_the_typed_printer(
    sqlite_showroom: Showroom, qtbot: QtBot, tmp_path: Path
) -> None:
    screen = screen_for(sqlite_showroom, "supervisor", qtbot)
    assert screen.ui.tabs.indexOf(screen.ui.usersTab) == -1  # supervisors do not manage users
    paper = tmp_path / "lp0"
    field(screen, "receipt.printer").setText(f"file:{paper}")
    profile = screen.fields["receipt.profile"]
    profile.setEditText("POS-5890")  # type: ignore[attr-defined]
    screen.test_print()
    assert wait_for_background()
    lines = decode(paper.read_bytes()).lines
    assert "Tes printer / printer test" in " ".join(lines)
    assert max(len(line) for line in lines) == 32
    assert "32 characters" in screen.ui.messageLabel.text()


def test_users_added_reset_and_locked(
    sqlite_showroom: Showroom, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = screen_for(sqlite_showroom, "admin", qtbot)
    names = [u.username for u in screen.users]
    assert "budi" in names
    dialog = NewUserDialog(screen.context, screen)
    qtbot.addWidget(dialog)
    settle()
    qtbot.keyClicks(dialog.username, "wati")
    settle()
    qtbot.keyClicks(dialog.full_name, "Wati Rahayu")
    settle()
    qtbot.keyClicks(dialog.password, "kasir-wati-1")
    settle()
    qtbot.keyClicks(dialog.repeat, "kasir-wati-2")
    settle()
    dialog.save()
    settle()
    assert dialog.problem.text() == "The two passwords differ."
    dialog.repeat.setText("kasir-wati-1")
    settle()
    dialog.save()
    settle()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert auth.login(sqlite_showroom.ledger, username="wati", password="kasir-wati-1")

    screen.load_users()
    settle()
    screen.ui.usersTable.selectRow([u.username for u in screen.users].index("budi"))
    settle()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("pendek", True))
    screen.reset_password()
    settle()
    assert screen.ui.messageLabel.property("problem") is True  # too short: nothing changed
    assert auth.login(sqlite_showroom.ledger, username="budi", password=PASSWORD)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("sandi-baru-budi", True))
    screen.reset_password()
    settle()
    assert auth.login(sqlite_showroom.ledger, username="budi", password="sandi-baru-budi")
    screen.ui.usersTable.selectRow([u.username for u in screen.users].index("budi"))
    settle()
    assert screen.ui.lockButton.text() == "&Lock"
    screen.toggle_lock()
    settle()
    assert journal_actions(sqlite_showroom.ledger)[-1] == "user.lock"
    with pytest.raises(ShowroomError) as refused:
        auth.login(sqlite_showroom.ledger, username="budi", password="sandi-baru-budi")
        settle()
    assert refused.value.code == "auth.inactive"


def test_back_up_now_writes_a_copy_that_opens(
    sqlite_showroom: Showroom, qtbot: QtBot, tmp_path: Path
) -> None:
    import sqlite3

    screen = screen_for(sqlite_showroom, "admin", qtbot)
    screen.back_up_now()
    assert screen.ui.messageLabel.text() == "Type the backup folder first."
    folder = tmp_path / "cadangan"
    field(screen, "backup.folder").setText(str(folder))
    screen.back_up_now()
    assert wait_for_background()
    [copy] = list(folder.iterdir())
    assert copy.suffix == ".sqlite3" and str(copy) in screen.ui.messageLabel.text()
    with sqlite3.connect(copy) as db:
        assert db.execute("select count(*) from makers").fetchone() == (1,)


def test_a_second_computer_is_set_up_as_a_new_till(
    sqlite_showroom: Showroom, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showroom_pos.this_computer import till_code

    ledger = sqlite_showroom.ledger
    screen = screen_for(sqlite_showroom, "supervisor", qtbot)
    answers = iter([("K2", True), ("Stan pameran", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    screen.new_till()
    settle()
    assert [t.code for t in settings.list_terminals(ledger, actor=sqlite_showroom.admin)] == [
        "K1",
        "K2",
    ]
    assert screen.till_combo.currentData() == "K2"
    assert till_code(ledger.url) is None
    screen.use_till()
    settle()
    assert till_code(ledger.url) == "K2"
    assert "till K2 from the next login" in screen.ui.messageLabel.text()
    assert journal_actions(ledger)[-2:] == ["terminal.add", "terminal.assign"]

    answers = iter([("K 2!", True), ("Salah", True)])
    screen.new_till()
    settle()
    assert screen.ui.messageLabel.property("problem") is True
    assert journal_actions(ledger)[-1] == "terminal.assign"


def test_a_cashier_cannot_choose_the_till_of_a_computer(
    sqlite_showroom: Showroom, qtbot: QtBot
) -> None:
    with pytest.raises(ShowroomError):
        settings.terminal_for_this_computer(
            sqlite_showroom.ledger, actor=sqlite_showroom.cashier, code="K1"
        )
    screen = screen_for(sqlite_showroom, "admin", qtbot)
    assert screen.ui.tabs.findChild(QWidget, "computerTab") is not None


def test_the_qris_reference_rule_is_a_checkbox_that_reaches_the_payment(
    sqlite_showroom: Showroom, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QCheckBox

    from showroom_pos.gui.dialogs.payment_dialog import PaymentDialog

    screen = screen_for(sqlite_showroom, "admin", qtbot)
    box = screen.fields["qris.reference_required"]
    assert isinstance(box, QCheckBox) and box.isChecked()  # needed unless switched off
    box.setChecked(False)
    settle()
    screen.save()
    settle()
    assert settings.get_settings(sqlite_showroom.ledger)["qris.reference_required"] == "0"
    dialog = PaymentDialog(250_000, "", qris_reference_required=False)
    qtbot.addWidget(dialog)
    settle()
    dialog.ui.qrisButton.click()
    settle()
    dialog.add_payment()  # no reference typed
    settle()
    assert [p.method for p in dialog.payments] == ["qris"] and dialog.remaining() == 0
    strict = PaymentDialog(250_000, "")
    qtbot.addWidget(strict)
    settle()
    strict.ui.qrisButton.click()
    settle()
    strict.add_payment()
    settle()
    assert strict.payments == [] and "reference" in strict.ui.errorLabel.text()
