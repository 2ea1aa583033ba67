"""Copies are counted from `document_prints`: each paper a row, written with its journal entry,
numbered per document; an event laptop's papers count after the merge; an upgraded ledger
carries on from the prints its journal recorded before the table existed."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from showroom_pos.app import open_ledger
from showroom_pos.db import journal, schema
from showroom_pos.db.models import DocumentPrint, EventJournalEntry, JournalEntry, Terminal
from showroom_pos.documents.slips import make_slip_pdf
from showroom_pos.domain.periods import to_local
from showroom_pos.printing.service import PrintService
from showroom_pos.services.admin.archive import export_archive
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.context import Ledger
from showroom_pos.services.stock import event_laptop
from showroom_pos.services.till import printing, sales
from showroom_pos.services.till.types import CartLine, PaymentInput
from tests.conftest import Clock, Showroom, build_showroom
from tests.ledgerstate import journal_actions
from tests.printing.escpos_decode import decode
from tests.services.stock.test_events import sell_at_event, send_and_pack

Row = tuple[str, str, int, int | None, int | None]


def _sale(showroom: Showroom) -> str:
    return sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00002")],
        payments=[PaymentInput("cash", 300_000)],
    ).receipt_no


def _rows(ledger: Ledger, number: str | None = None) -> list[Row]:
    """(kind, document, copy, user, till) of each paper, as the table holds them."""
    with ledger.read() as session:
        query = select(
            DocumentPrint.kind,
            DocumentPrint.document_no,
            DocumentPrint.copy_no,
            DocumentPrint.user_id,
            DocumentPrint.terminal_id,
        ).order_by(DocumentPrint.id)
        if number is not None:
            query = query.where(DocumentPrint.document_no == number)
        return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def _till_id(ledger: Ledger, code: str) -> int:
    with ledger.read() as session:
        found = session.scalar(select(Terminal.id).where(Terminal.code == code))
        assert found is not None
        return found


def _copy_line(paper: Path) -> list[str]:
    return [line.strip() for line in decode(paper.read_bytes()).lines if "SALINAN" in line]


def test_each_paper_is_a_row_and_the_next_copy_is_their_count(
    showroom: Showroom, tmp_path: Path
) -> None:
    ledger, cashier = showroom.ledger, showroom.cashier
    receipt_no = _sale(showroom)
    out = tmp_path / "lp0"
    till = PrintService(ledger, cashier, till="K1")  # as the till prints after a sale
    assert till.print_receipt(receipt_no, printer_uri=f"file:{out}") is None
    assert _copy_line(out) == []
    command_line = PrintService(ledger, cashier)
    printed = [command_line.print_receipt(receipt_no, printer_uri=f"file:{out}") for _ in range(2)]
    assert printed == [1, 2]
    assert _copy_line(out) == ["SALINAN KE-2"]
    k1 = _till_id(ledger, "K1")
    assert _rows(ledger, receipt_no) == [
        ("receipt", receipt_no, 0, cashier.user_id, k1),
        ("receipt", receipt_no, 1, cashier.user_id, None),
        ("receipt", receipt_no, 2, cashier.user_id, None),
    ]
    # a slip: thermal first, then the PDF to sign is its first copy
    staff = showroom.staff
    assert (
        PrintService(ledger, staff).print_slip("TT-000001", printer_uri=f"file:{tmp_path / 's'}")
        is None
    )
    _slip, copy = make_slip_pdf(
        ledger, actor=staff, number="TT-000001", target=tmp_path / "TT-000001.pdf"
    )
    assert copy == 1
    assert [row[:3] for row in _rows(ledger, "TT-000001")] == [
        ("slip", "TT-000001", 0),
        ("slip", "TT-000001", 1),
    ]
    # every row is covered by its print's journal entry; none can be changed or removed
    report = check_ledger(ledger)
    assert report.ok, report.lines("en")
    with ledger.read() as session:
        payloads = list(
            session.scalars(
                select(JournalEntry.payload)
                .where(JournalEntry.action == "receipt.print")
                .order_by(JournalEntry.seq)
            )
        )
    assert [json.loads(p)["records"][0][1]["copy_no"] for p in payloads] == [0, 1, 2]
    with pytest.raises((DBAPIError, IntegrityError)), ledger.write() as session:
        session.execute(text("UPDATE document_prints SET copy_no = 7"))


def test_the_unique_key_refuses_a_second_paper_of_the_same_number(showroom: Showroom) -> None:
    receipt_no = _sale(showroom)
    printing.record_receipt_print(
        showroom.ledger,
        actor=showroom.cashier,
        receipt_no=receipt_no,
        printer="dummy:",
        copy_number=None,
    )
    first = _rows(showroom.ledger, receipt_no)[0]
    with pytest.raises(IntegrityError), showroom.ledger.write() as session:
        session.add(
            DocumentPrint(
                kind="receipt",
                document_no=receipt_no,
                copy_no=0,
                printed_at=showroom.clock(),
                user_id=first[3],
                terminal_id=None,
                printer="dummy:",
            )
        )
        session.flush()


def test_a_paper_laid_out_before_another_tills_print_takes_the_next_number(
    showroom: Showroom,
) -> None:
    """Both laid out as the original; the second to be recorded is copy 1, and its entry
    says what the paper showed."""
    receipt_no = _sale(showroom)
    numbers = [
        printing.record_receipt_print(
            showroom.ledger,
            actor=showroom.cashier,
            receipt_no=receipt_no,
            printer="dummy:",
            copy_number=None,
        )
        for _ in range(2)
    ]
    assert numbers == [0, 1]
    with showroom.ledger.read() as session:
        payload = session.scalars(
            select(JournalEntry.payload).order_by(JournalEntry.seq.desc()).limit(1)
        ).one()
    assert json.loads(payload)["data"] == {"receipt_no": receipt_no, "copy": 1, "printed_as": 0}


def test_a_journal_summary_alone_is_no_paper(showroom: Showroom, tmp_path: Path) -> None:
    """An entry worded like a print (what a search of the journal's text would count) makes
    no copy: only rows of document_prints do."""
    ledger = showroom.ledger
    receipt_no = _sale(showroom)

    def words_only(session: Any) -> None:
        journal.append(
            session,
            action="receipt.print",
            user_id=showroom.cashier.user_id,
            at=ledger.now(),
            summary=f"receipt {receipt_no} printed (original) on usb:04b8:0202",
            data={"receipt_no": receipt_no, "copy": 0},
        )

    ledger.run_write(words_only)
    out = tmp_path / "lp0"
    assert (
        PrintService(ledger, showroom.cashier).print_receipt(receipt_no, printer_uri=f"file:{out}")
        is None
    )
    assert _copy_line(out) == []
    assert [row[2] for row in _rows(ledger, receipt_no)] == [0]


def test_prints_at_an_event_count_at_the_showroom_after_the_merge(
    sqlite_showroom: Showroom, tmp_path: Path
) -> None:
    showroom, code, path = send_and_pack(sqlite_showroom, tmp_path)
    day = sell_at_event(path, showroom.clock, code)  # each receipt printed once there
    showroom.clock.advance(days=1)
    event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    numbers = [r.receipt_no for r in day.receipts]
    assert [row[:3] for row in _rows(showroom.ledger) if row[1] in numbers] == [
        ("receipt", number, 0) for number in numbers
    ]
    out = tmp_path / "lp0"
    assert (
        PrintService(showroom.ledger, showroom.supervisor, till="K1").print_receipt(
            numbers[0], printer_uri=f"file:{out}"
        )
        == 1
    )
    assert _copy_line(out) == ["SALINAN KE-1"]
    report = check_ledger(showroom.ledger)
    assert report.ok, report.lines("en")
    today = to_local(showroom.clock()).date()
    done = export_archive(
        showroom.ledger,
        actor=showroom.admin,
        first_day=today - timedelta(days=20),
        last_day=today,
        out_dir=tmp_path / "arsip",
    )
    assert done.rows["document_prints.csv"] == len(numbers) + 1


def _old_print(
    ledger: Ledger, user_id: int, action: str, number: str, copy: int, printer: str
) -> None:
    """A print as the program before document_prints recorded it: a journal entry only."""
    noun = action.split(".")[0]
    kind = f"copy {copy}" if copy else "original"

    def work(session: Any) -> None:
        journal.append(
            session,
            action=action,
            user_id=user_id,
            at=ledger.now(),
            summary=f"{noun} {number} printed ({kind}) on {printer}",
            data={f"{noun}_no": number, "copy": copy},
        )

    ledger.run_write(work)


def test_an_upgrade_from_0006_counts_the_prints_its_journal_recorded(
    sqlite_showroom: Showroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    showroom, code, path = send_and_pack(sqlite_showroom, tmp_path)
    ledger, cashier = showroom.ledger, showroom.cashier
    receipt_no = _sale(showroom)
    with monkeypatch.context() as old_program:  # the laptop too journals its prints only
        old_program.setattr(
            printing,
            "record_receipt_print",
            lambda laptop, *, actor, receipt_no, printer, copy_number: _old_print(
                laptop, actor.user_id, "receipt.print", receipt_no, 0, printer
            ),
        )
        day = sell_at_event(path, showroom.clock, code)
    showroom.clock.advance(days=1)
    event_laptop.merge_event(ledger, actor=showroom.admin, path=path)
    with ledger.write() as session:  # nothing in the table yet: as a ledger of 0006
        assert session.scalar(select(func.count()).select_from(DocumentPrint)) == 0
        laptop_prints = session.scalar(
            select(func.count())
            .select_from(EventJournalEntry)
            .where(EventJournalEntry.action == "receipt.print")
        )
    assert laptop_prints == len(day.receipts)
    _old_print(ledger, cashier.user_id, "receipt.print", receipt_no, 0, "usb:04b8:0202")
    _old_print(ledger, cashier.user_id, "receipt.print", receipt_no, 1, "tcp:10.0.0.9")
    _old_print(ledger, showroom.staff.user_id, "slip.print", "TT-000001", 0, "pdf:TT-000001.pdf")
    url = ledger.url
    with ledger.engines.write.begin() as connection:
        config = schema.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
        assert "document_prints" not in inspect(connection).get_table_names()
    ledger.close()

    upgraded = open_ledger(url, clock=showroom.clock)  # the new program upgrades
    try:
        rows = _rows(upgraded)
        assert [row[:3] for row in rows] == [
            *[("receipt", r.receipt_no, 0) for r in day.receipts],
            ("receipt", receipt_no, 0),
            ("receipt", receipt_no, 1),
            ("slip", "TT-000001", 0),
        ]
        assert rows[-3][3] == cashier.user_id and rows[-1][3] == showroom.staff.user_id
        assert journal_actions(upgraded)[-1] == "print.backfill"
        report = check_ledger(upgraded)
        assert report.ok, report.lines("en")
        out = tmp_path / "lp0"
        again = PrintService(upgraded, cashier, till="K1")
        assert again.print_receipt(receipt_no, printer_uri=f"file:{out}") == 2
        assert _copy_line(out) == ["SALINAN KE-2"]
        assert again.print_receipt(day.receipts[0].receipt_no, printer_uri=f"file:{out}") == 1
        assert _copy_line(out) == ["SALINAN KE-1"]
        assert (
            PrintService(upgraded, showroom.staff).print_slip(
                "TT-000001", printer_uri=f"file:{out}"
            )
            == 1
        )
        assert check_ledger(upgraded).ok
    finally:
        upgraded.close()


def test_an_upgrade_on_either_engine_journals_the_backfill(
    db_url: str, clock: Clock, tmp_path: Path
) -> None:
    ledger = open_ledger(db_url, clock=clock)
    showroom = build_showroom(ledger, clock)
    receipt_no = _sale(showroom)
    for copy in (0, 1):
        _old_print(
            ledger, showroom.cashier.user_id, "receipt.print", receipt_no, copy, "usb:04b8:0202"
        )
    with ledger.engines.write.begin() as connection:
        config = schema.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    ledger.close()
    upgraded = open_ledger(db_url, clock=clock)
    try:
        assert [row[2] for row in _rows(upgraded, receipt_no)] == [0, 1]
        report = check_ledger(upgraded)
        assert report.ok, report.lines("en")
        # the id sequence goes on after the rows the upgrade wrote
        assert (
            PrintService(upgraded, showroom.cashier).print_receipt(
                receipt_no, printer_uri=f"file:{tmp_path / 'lp0'}"
            )
            == 2
        )
        assert [row[2] for row in _rows(upgraded, receipt_no)] == [0, 1, 2]
    finally:
        upgraded.close()
