"""Printer status: read from a printer that answers, and never a hang when it does not."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from showroom_pos.cli import main
from showroom_pos.printing.status import printer_status

ONLINE, PAPER_OK, PAPER_LOW, PAPER_OUT = 0x12, 0x12, 0x1E, 0x72


class _AnsweringPrinter:
    """A network printer on 127.0.0.1 answering real-time status requests (DLE EOT n)."""

    def __init__(self, online: int, paper: int, silent: bool = False) -> None:
        self.answers = {1: bytes([online]), 4: bytes([paper])}
        self.silent = silent
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(4)
        self.server.settimeout(10)
        self.port = self.server.getsockname()[1]
        self.stop = threading.Event()
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self) -> None:
        while not self.stop.is_set():
            try:
                connection, _ = self.server.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(10)
                try:
                    while not self.stop.is_set():
                        request = connection.recv(3)
                        if not request:
                            break
                        if self.silent:
                            self.stop.wait(20)
                            break
                        if request[:2] == b"\x10\x04":
                            connection.sendall(self.answers[request[2]])
                except OSError:
                    pass

    def close(self) -> None:
        self.stop.set()
        self.server.close()


@pytest.fixture
def printers() -> Iterator[list[_AnsweringPrinter]]:
    made: list[_AnsweringPrinter] = []
    yield made
    for printer in made:
        printer.close()


@pytest.mark.parametrize(
    ("paper", "expected"), [(PAPER_OK, "ok"), (PAPER_LOW, "low"), (PAPER_OUT, "out")]
)
def test_status_of_a_printer_that_answers(
    printers: list[_AnsweringPrinter], paper: int, expected: str
) -> None:
    printer = _AnsweringPrinter(ONLINE, paper)
    printers.append(printer)
    status = printer_status(f"tcp:127.0.0.1:{printer.port}")
    assert status.online is True and status.paper == expected
    assert status.describe("en").startswith("online")


def test_offline_printer(printers: list[_AnsweringPrinter]) -> None:
    printer = _AnsweringPrinter(ONLINE | 0x08, PAPER_OK)
    printers.append(printer)
    status = printer_status(f"tcp:127.0.0.1:{printer.port}")
    assert status.online is False and status.describe("id").startswith("tidak siap")


def test_a_printer_that_never_answers_does_not_hold_the_program(
    printers: list[_AnsweringPrinter],
) -> None:
    printer = _AnsweringPrinter(ONLINE, PAPER_OK, silent=True)
    printers.append(printer)
    started = time.monotonic()
    status = printer_status(f"tcp:127.0.0.1:{printer.port}", timeout=2)
    assert time.monotonic() - started < 5
    assert status.online is not True and status.paper == "unknown"


def test_an_unreachable_printer_says_what_to_check_not_the_library_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from showroom_pos.cli import main

    status = printer_status("usb:04b8:0202")
    assert status.online is False and status.problem is not None
    assert status.describe("en") == "offline, paper ?"  # short, for the status bar
    assert status.explain("en") == (
        "offline, paper ?. USB printer 04b8:0202 is not connected. "
        "Check the USB cable and the printer's power, then try "
        "again. On Windows, a USB printer with a driver is used by "
        "its name: win32:PRINTER NAME."
    )
    assert main(["--lang", "en", "printer", "status", "usb:04b8:0202"]) == 2
    out = capsys.readouterr().out
    assert "is not connected" in out and "Device not found" not in out and "usb.backend" not in out


def test_files_and_spoolers_are_not_asked(tmp_path: object) -> None:
    status = printer_status(f"file:{tmp_path}/lp0")
    assert status.online is None and status.describe("en") == "status unknown"


def test_printer_status_command(
    printers: list[_AnsweringPrinter], capsys: pytest.CaptureFixture[str]
) -> None:
    good = _AnsweringPrinter(ONLINE, PAPER_LOW)
    empty = _AnsweringPrinter(ONLINE, PAPER_OUT)
    printers += [good, empty]
    assert main(["--lang", "en", "printer", "status", f"tcp:127.0.0.1:{good.port}"]) == 0
    assert "online, paper low" in capsys.readouterr().out
    assert main(["printer", "status", f"tcp:127.0.0.1:{empty.port}"]) == 2
    assert "KERTAS HABIS" in capsys.readouterr().out


def test_the_status_bar_shows_the_printers_answer(
    sqlite_showroom: object, qtbot: object, printers: list[_AnsweringPrinter]
) -> None:
    from pytestqt.qtbot import QtBot

    from showroom_pos.gui.context import AppContext
    from showroom_pos.gui.main import application
    from showroom_pos.gui.main_window import MainWindow
    from showroom_pos.gui.ops import wait_for_background
    from showroom_pos.services.admin import settings
    from tests.conftest import Showroom

    assert isinstance(sqlite_showroom, Showroom) and isinstance(qtbot, QtBot)
    printer = _AnsweringPrinter(ONLINE, PAPER_LOW)
    printers.append(printer)
    settings.set_settings(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.admin,
        values={"receipt.printer": f"tcp:127.0.0.1:{printer.port}"},
    )
    application("en")
    window = MainWindow(AppContext(sqlite_showroom.ledger, sqlite_showroom.cashier, "K1", "en"))
    qtbot.addWidget(window)
    window.show()
    label = window.status_labels["printer"]
    qtbot.waitUntil(lambda: "(online, paper low)" in label.text(), timeout=10_000)
    assert label.text().startswith("Printer: tcp:127.0.0.1:")
    assert wait_for_background()
