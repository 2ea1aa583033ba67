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
from showroom_pos.services import sales
from tests.conftest import PASSWORD, Showroom
from tests.ledgerstate import journal_actions
from tests.printing.escpos_decode import decode


def _sale(showroom: Showroom) -> sales.SaleReceipt:
    return sales.complete_sale(showroom.ledger, actor=showroom.cashier, terminal_code="K1",
                               lines=[sales.CartLine("PKL001-00002")],
                               payments=[sales.PaymentInput("cash", 300_000)])


def test_first_print_is_the_original_and_later_ones_are_journaled_copies(
        sqlite_showroom: Showroom, tmp_path: Path) -> None:
    receipt = _sale(sqlite_showroom)
    paper = tmp_path / "struk.bin"
    first = print_sale_receipt(sqlite_showroom.ledger, actor=sqlite_showroom.cashier,
                               receipt_no=receipt.receipt_no, printer_uri=f"file:{paper}")
    assert first is None
    original = decode(paper.read_bytes())
    assert not any("SALINAN" in line for line in original.lines)
    second = print_sale_receipt(sqlite_showroom.ledger, actor=sqlite_showroom.cashier,
                                receipt_no=receipt.receipt_no, printer_uri=f"file:{paper}")
    assert second == 1
    copy = decode(paper.read_bytes())
    assert any(line.strip() == "SALINAN KE-1" for line in copy.lines)
    assert journal_actions(sqlite_showroom.ledger)[-2:] == ["receipt.print", "receipt.print"]


def test_receipt_command_writes_a_stream_for_the_printer(sqlite_showroom: Showroom,
                                                         tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    receipt = _sale(sqlite_showroom)
    out = tmp_path / "r.bin"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["--db", sqlite_showroom.ledger.url, "receipt", receipt.receipt_no,
                 "--printer", f"file:{out}", "--profile", "POS-5890", "--as", "budi"])
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
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                      b"\x01\x00\x00\x00\x00\x00\x00\x00")
                self.server.close()  # gone: a later attempt is refused, never queued
                return  # closed mid-job
            self.stop.wait(15)  # "hang": accept, never read

    def close(self) -> None:
        self.stop.set()
        self.server.close()


@pytest.mark.parametrize("behaviour", ["refuse", "drop", "hang"])
def test_a_failing_network_printer_never_loses_the_sale_or_freezes(
        sqlite_showroom: Showroom, behaviour: str) -> None:
    receipt = _sale(sqlite_showroom)
    fake = _FakePrinter(behaviour)
    started = time.monotonic()
    try:
        if behaviour == "hang":
            # A printer that accepts but never reads: the job finishes or fails within the
            # timeout; it must not block the caller for ever.
            try:
                print_sale_receipt(sqlite_showroom.ledger, actor=sqlite_showroom.cashier,
                                   receipt_no=receipt.receipt_no,
                                   printer_uri=f"tcp:127.0.0.1:{fake.port}")
            except ShowroomError as failed:
                assert failed.code == "printer.failed"
        else:
            with pytest.raises(ShowroomError) as failed:
                for _ in range(3):  # a dropped connection may show on a later write
                    print_sale_receipt(sqlite_showroom.ledger, actor=sqlite_showroom.cashier,
                                       receipt_no=receipt.receipt_no,
                                       printer_uri=f"tcp:127.0.0.1:{fake.port}")
            assert failed.value.code == "printer.failed"
            assert "127.0.0.1" in failed.value.message("en")
    finally:
        fake.close()
    assert time.monotonic() - started < 30
    again = sales.get_sale(sqlite_showroom.ledger, actor=sqlite_showroom.cashier,
                           receipt_no=receipt.receipt_no)
    assert again.total == receipt.total  # the sale is still there, whole


def test_a_failed_print_is_not_journaled_as_printed(sqlite_showroom: Showroom) -> None:
    receipt = _sale(sqlite_showroom)
    fake = _FakePrinter("refuse")
    with pytest.raises(ShowroomError):
        print_sale_receipt(sqlite_showroom.ledger, actor=sqlite_showroom.cashier,
                           receipt_no=receipt.receipt_no, printer_uri=f"tcp:127.0.0.1:{fake.port}")
    assert "receipt.print" not in journal_actions(sqlite_showroom.ledger)
