"""The persistent print queue: a failed job waits with its error, is retried or sent to another
printer, and is printed once; a damaged queue file never stops the till."""

from __future__ import annotations

from pathlib import Path

from showroom_pos.printing.queue import PrintJob, PrintQueue
from showroom_pos.printing.service import PrintService
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.till import sales
from showroom_pos.services.till.types import CartLine, PaymentInput
from tests.conftest import Showroom
from tests.ledgerstate import journal_actions
from tests.printing.escpos_decode import decode


def run_job(ledger: Ledger, actor: Actor, queue: PrintQueue, job_id: str) -> PrintJob | None:
    return PrintService(ledger, actor, queue=queue).run_job(job_id)


def _sale(showroom: Showroom) -> str:
    return sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00002", 1)],
        payments=[PaymentInput("cash", 250_000)],
    ).receipt_no


def test_a_failed_receipt_waits_and_is_printed_once_on_another_printer(
    sqlite_showroom: Showroom, tmp_path: Path
) -> None:
    receipt_no = _sale(sqlite_showroom)
    queue = PrintQueue(tmp_path / "print-queue.json")
    job = queue.add("receipt", receipt_no, printer="tcp:127.0.0.1:9")  # nobody listens
    failed = run_job(sqlite_showroom.ledger, sqlite_showroom.cashier, queue, job.id)
    assert failed is not None and failed.attempts == 1 and "127.0.0.1" in failed.last_error
    assert "receipt.print" not in journal_actions(sqlite_showroom.ledger)

    again = PrintQueue(tmp_path / "print-queue.json")  # the till restarted
    assert [j.id for j in again.jobs()] == [job.id]
    assert again.add("receipt", receipt_no).id == job.id  # F7 does not add a second paper

    spool = tmp_path / "lp0"
    again.redirect(job.id, f"file:{spool}")
    assert run_job(sqlite_showroom.ledger, sqlite_showroom.cashier, again, job.id) is None
    assert again.jobs() == []
    paper = decode(spool.read_bytes())
    assert f"No. {receipt_no}" in paper.text() and "SALINAN" not in paper.text()
    assert journal_actions(sqlite_showroom.ledger)[-1] == "receipt.print"
    printed = spool.read_bytes()
    assert run_job(sqlite_showroom.ledger, sqlite_showroom.cashier, again, job.id) is None
    assert spool.read_bytes() == printed  # done jobs are gone: nothing is sent twice
    assert journal_actions(sqlite_showroom.ledger).count("receipt.print") == 1


def test_slip_and_tag_jobs(sqlite_showroom: Showroom, tmp_path: Path) -> None:
    queue = PrintQueue(tmp_path / "q.json")
    spool = tmp_path / "labels"
    tags_job = queue.add(
        "tags",
        "TT-000001",
        printer=f"file:{spool}",
        tag_codes=(("PKL001-00001", 1), ("PKL001-00003", 2)),
    )
    assert queue.add("tags", "TT-000001").id != tags_job.id  # tags may be asked twice
    queue.remove(queue.jobs()[-1].id)
    assert run_job(sqlite_showroom.ledger, sqlite_showroom.staff, queue, tags_job.id) is None
    barcodes = [d for k, d in decode(spool.read_bytes()).events if k == "barcode"]
    assert barcodes == ["PKL001-00001", "PKL001-00003", "PKL001-00003"]
    slip_spool = tmp_path / "slip"
    slip_job = queue.add("slip", "TT-000001", printer=f"file:{slip_spool}")
    assert run_job(sqlite_showroom.ledger, sqlite_showroom.staff, queue, slip_job.id) is None
    assert "TANDA TERIMA TITIPAN" in decode(slip_spool.read_bytes()).text()
    unknown = queue.add("slip", "TT-999999", printer=f"file:{slip_spool}")
    failed = run_job(sqlite_showroom.ledger, sqlite_showroom.staff, queue, unknown.id)
    assert failed is not None and "TT-999999" in failed.last_error


def test_a_damaged_queue_file_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "print-queue.json"
    path.write_text("{not json")
    queue = PrintQueue(path)
    assert queue.jobs() == []
    assert (tmp_path / "print-queue.damaged").read_text() == "{not json"
    queue.add("receipt", "K1-000001")
    assert [j.reference for j in PrintQueue(path).jobs()] == ["K1-000001"]
