"""Printing after the sale: journaled copies, the CLI, and printers that fail."""

from __future__ import annotations

import io
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

from showroom_pos.cli import main
from showroom_pos.domain.errors import ShowroomError
from showroom_pos.printing.jobs import print_sale_receipt
from showroom_pos.services.till import refunds, sales, shifts
from showroom_pos.services.till.types import CartLine, PaymentInput, RefundLineInput, SaleReceipt
from tests.conftest import PASSWORD, Showroom
from tests.ledgerstate import journal_actions
from tests.printing.escpos_decode import decode


def _sale(showroom: Showroom) -> SaleReceipt:
    return sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00002")],
        payments=[PaymentInput("cash", 300_000)],
    )


def test_first_print_is_the_original_and_later_ones_are_journaled_copies(
    sqlite_showroom: Showroom, tmp_path: Path
) -> None:
    receipt = _sale(sqlite_showroom)
    paper = tmp_path / "struk.bin"
    first = print_sale_receipt(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.cashier,
        receipt_no=receipt.receipt_no,
        printer_uri=f"file:{paper}",
    )
    assert first is None
    original = decode(paper.read_bytes())
    assert not any("SALINAN" in line for line in original.lines)
    second = print_sale_receipt(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.cashier,
        receipt_no=receipt.receipt_no,
        printer_uri=f"file:{paper}",
    )
    assert second == 1
    copy = decode(paper.read_bytes())
    assert any(line.strip() == "SALINAN KE-1" for line in copy.lines)
    assert journal_actions(sqlite_showroom.ledger)[-2:] == ["receipt.print", "receipt.print"]


def test_receipt_command_writes_a_stream_for_the_printer(
    sqlite_showroom: Showroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    receipt = _sale(sqlite_showroom)
    out = tmp_path / "r.bin"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    code = main(
        [
            "--db",
            sqlite_showroom.ledger.url,
            "receipt",
            receipt.receipt_no,
            "--printer",
            f"file:{out}",
            "--profile",
            "POS-5890",
            "--as",
            "budi",
        ]
    )
    assert code == 0
    paper = decode(out.read_bytes())
    assert all(len(line) <= 32 for line in paper.lines)
    assert any(line.startswith("TOTAL") and line.endswith("Rp250.000") for line in paper.lines)


class _FakePrinter:
    """A network printer on 127.0.0.1 that refuses, hangs, or drops the connection."""

    def __init__(self, behaviour: str) -> None:
        self.behaviour = behaviour
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.stop = threading.Event()
        if behaviour == "refuse":
            self.server.close()  # nobody listens: connection refused
            return
        self.server.listen(1)
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        self.server.settimeout(10)
        try:
            connection, _ = self.server.accept()
        except OSError:
            return
        with connection:
            if self.behaviour == "drop":
                connection.recv(16)
                connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                )
                self.server.close()  # gone: a later attempt is refused, never queued
                return  # closed mid-job
            self.stop.wait(15)  # "hang": accept, never read

    def close(self) -> None:
        self.stop.set()
        self.server.close()


@pytest.mark.parametrize("behaviour", ["refuse", "drop", "hang"])
def test_a_failing_network_printer_never_loses_the_sale_or_freezes(
    sqlite_showroom: Showroom, behaviour: str
) -> None:
    receipt = _sale(sqlite_showroom)
    fake = _FakePrinter(behaviour)
    started = time.monotonic()
    try:
        if behaviour == "hang":
            # A printer that accepts but never reads: the job finishes or fails within the
            # timeout; it must not block the caller for ever.
            try:
                print_sale_receipt(
                    sqlite_showroom.ledger,
                    actor=sqlite_showroom.cashier,
                    receipt_no=receipt.receipt_no,
                    printer_uri=f"tcp:127.0.0.1:{fake.port}",
                )
            except ShowroomError as failed:
                assert failed.code == "printer.failed"
        else:
            with pytest.raises(ShowroomError) as failed:
                for _ in range(3):  # a dropped connection may show on a later write
                    print_sale_receipt(
                        sqlite_showroom.ledger,
                        actor=sqlite_showroom.cashier,
                        receipt_no=receipt.receipt_no,
                        printer_uri=f"tcp:127.0.0.1:{fake.port}",
                    )
            # refused: not reached; dropped: stopped mid-job, or gone by the next attempt
            expected = (
                {"printer.network_failed"}
                if behaviour == "refuse"
                else {"printer.failed", "printer.network_failed"}
            )
            assert failed.value.code in expected
            assert "127.0.0.1" in failed.value.message("en")
            assert "The sale is saved" in failed.value.message("en")
    finally:
        fake.close()
    assert time.monotonic() - started < 30
    again = sales.get_sale(
        sqlite_showroom.ledger, actor=sqlite_showroom.cashier, receipt_no=receipt.receipt_no
    )
    assert again.total == receipt.total  # the sale is still there, whole


def test_a_failed_print_is_not_journaled_as_printed(sqlite_showroom: Showroom) -> None:
    receipt = _sale(sqlite_showroom)
    fake = _FakePrinter("refuse")
    with pytest.raises(ShowroomError):
        print_sale_receipt(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.cashier,
            receipt_no=receipt.receipt_no,
            printer_uri=f"tcp:127.0.0.1:{fake.port}",
        )
    assert "receipt.print" not in journal_actions(sqlite_showroom.ledger)


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("usb:04b8:0202", "USB printer 04b8:0202 is not connected. Check the USB cable"),
        ("serial:/dev/ttyUSB9?baudrate=19200", "Port /dev/ttyUSB9 cannot be opened."),
        ("file:/nonexistent/lp0", "Printer device /nonexistent/lp0 does not exist."),
        ("win32:EPSON TM-T82", "A win32: address is for Windows printers only."),
        ("cups:Kasir", "Printing through CUPS is not available"),
    ],
)
def test_printer_test_on_a_missing_printer_says_what_to_check(uri: str, expected: str) -> None:
    """As on a fresh install: a real process, so a traceback at exit would show too."""
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "showroom_pos", "--lang", "en", "printer", "test", uri],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 2
    assert expected in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert "sale" not in done.stderr  # a test page is no sale
    assert "library" not in done.stderr.lower() or uri.startswith("cups")


def test_a_refused_network_printer_is_told_apart_from_one_that_stops() -> None:
    from showroom_pos.printing.jobs import print_test_page

    fake = _FakePrinter("refuse")
    with pytest.raises(ShowroomError) as refused:
        print_test_page(f"tcp:127.0.0.1:{fake.port}")
    assert refused.value.code == "printer.network_failed"
    assert refused.value.message("id").startswith(
        f"Printer jaringan 127.0.0.1:{fake.port} tidak menjawab."
    )


def test_a_windows_printer_name_that_does_not_exist(monkeypatch: pytest.MonkeyPatch) -> None:
    """With pywin32 present (as on Windows), win32: builds python-escpos's Win32Raw."""
    from escpos import printer as escpos_printers
    from escpos.exceptions import DeviceNotFoundError

    from showroom_pos.printing.connection import connect, open_printer

    def no_such_printer(self: object, *args: object, **kwargs: object) -> None:
        raise DeviceNotFoundError("Incorrect printer name")

    monkeypatch.setattr(escpos_printers.Win32Raw, "is_usable", staticmethod(lambda: True))
    monkeypatch.setattr("escpos.printer.win32raw.is_usable", lambda: True)
    monkeypatch.setattr(escpos_printers.Win32Raw, "open", no_such_printer)
    monkeypatch.setattr(escpos_printers.Win32Raw, "close", lambda self: None)
    printer = open_printer("win32:EPSON TM-T82 Receipt")
    assert type(printer).__name__ == "Win32Raw"
    assert printer.printer_name == "EPSON TM-T82 Receipt"
    with pytest.raises(ShowroomError) as missing:
        connect(printer, "win32:EPSON TM-T82 Receipt")
    assert missing.value.code == "printer.win32_not_found"
    assert "Printers & scanners" in missing.value.message("en")


def _paper(path: Path) -> list[str]:
    return decode(path.read_bytes()).lines


def test_the_drawer_opens_only_for_the_first_paper_of_a_cash_sale_here_in_this_shift(
    sqlite_showroom: Showroom, tmp_path: Path
) -> None:
    ledger, cashier = sqlite_showroom.ledger, sqlite_showroom.cashier
    out = tmp_path / "lp0"

    def kicks(receipt_no: str, till: str | None) -> bool:
        print_sale_receipt(
            ledger, actor=cashier, receipt_no=receipt_no, printer_uri=f"file:{out}", till=till
        )
        return "drawer" in decode(out.read_bytes()).kinds()

    first, second, third = (_sale(sqlite_showroom) for _ in range(3))
    assert kicks(first.receipt_no, "K1")  # the sale just made at this till
    assert not kicks(first.receipt_no, "K1")  # its copy
    assert not kicks(second.receipt_no, "K2")  # printed at another till
    assert not kicks(second.receipt_no, None)  # from the command line
    qris = sales.complete_sale(
        ledger,
        actor=cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00003")],
        payments=[PaymentInput("qris", 475_000, reference="Q1")],
    )
    assert not kicks(qris.receipt_no, "K1")  # no cash, no drawer
    shifts.close_shift(
        ledger, actor=cashier, terminal_code="K1", denominations={100_000: 8, 50_000: 1}
    )
    sqlite_showroom.clock.advance(days=20)
    assert not kicks(third.receipt_no, "K1")  # first paper of an old shift's sale


def test_a_refunded_sale_reprints_with_its_refunds(
    sqlite_showroom: Showroom, tmp_path: Path
) -> None:
    ledger = sqlite_showroom.ledger
    receipt = sales.complete_sale(
        ledger,
        actor=sqlite_showroom.cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00002", 2)],
        payments=[PaymentInput("cash", 500_000)],
    )
    out = tmp_path / "lp0"
    line_id = receipt.lines[0].id
    first = refunds.refund_sale(
        ledger,
        actor=sqlite_showroom.supervisor,
        terminal_code="K1",
        receipt_no=receipt.receipt_no,
        lines=[RefundLineInput(line_id, 1)],
        reason="ukuran",
    )
    print_sale_receipt(
        ledger,
        actor=sqlite_showroom.cashier,
        receipt_no=receipt.receipt_no,
        printer_uri=f"file:{out}",
        till="K1",
    )
    lines = [line.strip() for line in _paper(out)]
    assert f"DIRETUR SEBAGIAN: {first.refund_no}" in lines
    assert "diretur 1 dari 2" in lines
    second = refunds.refund_sale(
        ledger,
        actor=sqlite_showroom.supervisor,
        terminal_code="K1",
        receipt_no=receipt.receipt_no,
        lines=[RefundLineInput(line_id, 1)],
        reason="ukuran",
    )
    print_sale_receipt(
        ledger,
        actor=sqlite_showroom.cashier,
        receipt_no=receipt.receipt_no,
        printer_uri=f"file:{out}",
    )
    lines = [line.strip() for line in _paper(out)]
    assert "SALINAN KE-1" in lines
    assert f"DIRETUR: {first.refund_no}, {second.refund_no}" in lines


@pytest.mark.parametrize(
    ("uri", "raised", "code"),
    [
        ("usb:04b8:0202", "No backend available", "printer.usb_no_library"),
        (
            "usb:04b8:0202",
            "Unable to open USB printer:\n[Errno 13] Access denied (insufficient permissions)",
            "printer.usb_denied",
        ),
        ("usb:04b8:0202", "[Errno 16] Resource busy", "printer.usb_busy"),
        (
            "file:/dev/usb/lp0",
            "[Errno 13] Permission denied: '/dev/usb/lp0'",
            "printer.file_denied",
        ),
        ("cups:Kasir", "queue not found", "printer.cups_failed"),
    ],
)
def test_each_way_a_printer_is_not_reached_has_its_advice(uri: str, raised: str, code: str) -> None:
    from showroom_pos.domain.text import CATALOGUE
    from showroom_pos.printing.connection import not_reached

    problem = not_reached(uri, OSError(raised))
    assert problem.code == code and code in CATALOGUE
    assert raised not in problem.message("en")  # the advice, not the library's words
