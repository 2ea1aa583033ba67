"""Indonesian by default, English on request; the translation files match the code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from showroom_pos.gui.context import AppContext
from showroom_pos.gui.dialogs.payment_dialog import PaymentDialog
from showroom_pos.gui.main import application
from showroom_pos.gui.screens.till_screen import TillScreen
from tests.conftest import Showroom

ROOT = Path(__file__).resolve().parents[2]


def test_every_string_has_an_indonesian_translation_and_files_are_current() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_till_speaks_indonesian_by_default(sqlite_showroom: Showroom, qtbot: QtBot) -> None:
    application("id")
    try:
        till = TillScreen(AppContext(sqlite_showroom.ledger, sqlite_showroom.cashier, "K1"))
        qtbot.addWidget(till)
        assert till.ui.payButton.text() == "Bayar (F12)"
        assert till.cart.headerData(5, Qt.Orientation.Horizontal) == "Harga pembatik"
        payment = PaymentDialog(250_000)
        qtbot.addWidget(payment)
        cancel = payment.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text() == "Batal"
        assert payment.ui.cashButton.text() == "Tunai (F1)"
    finally:
        application("en")


def test_english_on_request(sqlite_showroom: Showroom, qtbot: QtBot) -> None:
    application("en")
    till = TillScreen(AppContext(sqlite_showroom.ledger, sqlite_showroom.cashier, "K1", "en"))
    qtbot.addWidget(till)
    assert till.ui.payButton.text() == "Pay (F12)"


def test_the_back_office_navigation_speaks_indonesian(
    sqlite_showroom: Showroom, qtbot: QtBot
) -> None:
    from showroom_pos.gui.main_window import MainWindow

    application("id")
    try:
        window = MainWindow(AppContext(sqlite_showroom.ledger, sqlite_showroom.supervisor, "K1"))
        qtbot.addWidget(window)
        titles = [window.ui.navList.item(row).text() for row in range(window.ui.navList.count())]
        assert titles == [
            "Kasir",
            "Ringkasan",
            "Titipan",
            "Barang dan stok",
            "Pameran",
            "Anggota",
            "Laporan bulanan",
            "Laporan",
            "Jurnal",
            "Pengaturan dan pengguna",
        ]
    finally:
        application("en")


def test_qts_own_file_dialog_speaks_indonesian(qtbot: QtBot) -> None:
    """Where the system has no file dialog of its own (Linux without a desktop), Qt draws one:
    its labels, buttons and column names come from our translation of Qt's texts."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QTreeView

    application("id")
    try:
        dialog = QFileDialog(None, "Simpan laporan", str(Path.home()), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Lihat di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
        buttons = {button.text() for button in dialog.findChildren(QPushButton)}
        assert {"&Simpan", "Batal"} <= buttons
        tree = dialog.findChild(QTreeView)
        assert tree is not None
        model = tree.model()
        columns = [
            model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())
        ]
        assert columns == ["Nama", "Ukuran", "Jenis", "Diubah"]
    finally:
        application("en")
