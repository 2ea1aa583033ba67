"""Events: pieces sent out, an event laptop's database packed, sold from offline, merged back.

The expected numbers come from the receipts the laptop printed (what the services returned
there), never from the merge's own queries."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from escpos.printer import Dummy
from pypdf import PdfReader
from sqlalchemy import func, select

from showroom_pos.app import open_ledger
from showroom_pos.cli import main
from showroom_pos.db.models import EventJournalEntry, Item, Sale
from showroom_pos.documents import statements
from showroom_pos.domain.errors import PermissionDenied, ShowroomError, StockError, ValidationError
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.printing.receipt import ReceiptHeader, print_receipt
from showroom_pos.services.admin import anchors, auth
from showroom_pos.services.admin.archive import export_archive
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.admin.types import Approval
from showroom_pos.services.context import Ledger
from showroom_pos.services.reports import day_reports, reports
from showroom_pos.services.settlement import settlements
from showroom_pos.services.stock import consignment, event_laptop, event_pack, events, stock
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields
from showroom_pos.services.till import printing, refunds, sales, shifts
from showroom_pos.services.till.types import CartLine, PaymentInput, RefundLineInput, SaleReceipt
from tests.conftest import PASSWORD, Clock, Showroom, build_showroom
from tests.forger import Forger
from tests.ledgerstate import journal_actions
from tests.printing.escpos_decode import decode

MASKS = "PKL001-00004"


def stock_up(showroom: Showroom) -> None:
    """Enough pieces for an event: 60 masks besides the fixture's items."""
    consignment.receive_consignment(
        showroom.ledger,
        actor=showroom.staff,
        maker_code="PKL001",
        lines=[IntakeLineInput(60, ItemFields("Masker batik cap", "aksesori", "cap", 35_000))],
    )


def on_hand(ledger: Ledger, code: str) -> int:
    with ledger.read() as session:
        return int(session.scalar(select(Item.on_hand).where(Item.code == code)) or 0)


def new_event(showroom: Showroom, name: str = "Pameran Inacraft") -> str:
    start = to_local(showroom.clock()).date()
    return events.create_event(
        showroom.ledger,
        actor=showroom.admin,
        name=name,
        place="JCC Senayan, Jakarta",
        starts_on=start,
        ends_on=start + timedelta(days=4),
    ).code


@dataclass
class EventDay:
    """What the laptop's till handed out: its receipts, refunds and Z reports."""

    receipts: list[SaleReceipt]
    refunded: int
    refunds: int
    z_numbers: list[int]


def sell_at_event(path: Path, clock: Clock, code: str) -> EventDay:
    """A day at the event on the laptop: 20 pieces over several sales, a refund, a Z."""
    laptop = open_ledger(f"sqlite:///{path}", clock=clock)
    try:
        cashier = auth.login(laptop, username="budi", password=PASSWORD)
        supervisor = auth.login(laptop, username="sari", password=PASSWORD)
        shifts.open_shift(laptop, actor=cashier, terminal_code=code, opening_float=200_000)
        receipts = []
        baskets = [
            [CartLine(MASKS, 5)],
            [CartLine("PKL001-00002", 2), CartLine(MASKS, 3)],
            [CartLine("PKL001-00001")],
            [CartLine(MASKS, 4)],
            [CartLine("PKL001-00003", 1), CartLine(MASKS, 4)],
        ]
        methods = ["cash", "qris", "card", "cash", "transfer"]
        for basket, method in zip(baskets, methods, strict=True):
            clock.advance(minutes=20)
            with laptop.read() as session:
                total = sum(
                    session.scalar(select(Item.price).where(Item.code == line.item_code))
                    * line.quantity
                    for line in basket
                )
            pay = PaymentInput(
                method,
                total + (50_000 if method == "cash" else 0),
                reference=None if method == "cash" else f"REF{len(receipts)}",
                approval_code="A1234" if method == "card" else None,
            )
            receipts.append(
                sales.complete_sale(
                    laptop, actor=cashier, terminal_code=code, lines=basket, payments=[pay]
                )
            )
            printing.record_receipt_print(
                laptop,
                actor=cashier,
                receipt_no=receipts[-1].receipt_no,
                printer="usb:0x0416:0x5011",
                copy_number=None,
            )
        clock.advance(minutes=10)
        refund = refunds.refund_sale(
            laptop,
            actor=cashier,
            terminal_code=code,
            receipt_no=receipts[1].receipt_no,
            lines=[RefundLineInput(receipts[1].lines[1].id, 1)],
            reason="ukuran tidak cocok",
            method="cash",
            approval=Approval("sari", PASSWORD),
        )
        clock.advance(minutes=30)
        shifts.close_shift(laptop, actor=cashier, terminal_code=code, denominations={100_000: 20})
        z = day_reports.z_report(
            laptop, actor=supervisor, terminal_code=code, day=to_local(clock()).date()
        )
        return EventDay(receipts, refund.total, 1, [z.z_number])
    finally:
        laptop.close()


def send_and_pack(showroom: Showroom, folder: Path) -> tuple[Showroom, str, Path]:
    """50 pieces sent to a new event, its laptop's database packed."""
    stock_up(showroom)
    code = new_event(showroom)
    events.send_to_event(
        showroom.ledger,
        actor=showroom.staff,
        event_code=code,
        lines=[(MASKS, 44), ("PKL001-00001", 1), ("PKL001-00002", 3), ("PKL001-00003", 2)],
    )
    path = folder / "pameran.sqlite3"
    event_pack.pack_event(showroom.ledger, actor=showroom.admin, event_code=code, out=path)
    return showroom, code, path


@pytest.fixture
def packed(sqlite_showroom: Showroom, tmp_path: Path) -> tuple[Showroom, str, Path]:
    return send_and_pack(sqlite_showroom, tmp_path)


def test_round_trip_sends_sells_offline_and_merges_back(packed: tuple[Showroom, str, Path]) -> None:
    showroom, code, path = packed
    assert code == "P1"
    assert on_hand(showroom.ledger, MASKS) == 16  # 60 in, 44 at the event
    assert on_hand(showroom.ledger, "PKL001-00001") == 0
    with pytest.raises(StockError):  # the unique piece is at the event, not on the shelf
        sales.complete_sale(
            showroom.ledger,
            actor=showroom.cashier,
            terminal_code="K1",
            lines=[CartLine("PKL001-00001")],
            payments=[PaymentInput("cash", 1_250_000)],
        )
    day = sell_at_event(path, showroom.clock, code)
    assert [r.receipt_no for r in day.receipts] == [f"P1-00000{n}" for n in range(1, 6)]
    sold = sum(line.quantity for r in day.receipts for line in r.lines)
    assert sold == 20
    showroom.clock.advance(days=1)
    result = event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    assert (result.sales, result.refunds, result.z_reports) == (5, 1, 1)
    assert result.sales_total == sum(r.total for r in day.receipts)
    assert result.refunds_total == day.refunded
    assert result.pieces_back == 50 - 20 + 1  # the refunded mask went back on the event's table
    # every unsold piece is back on the showroom's shelf, the sold ones are gone
    assert on_hand(showroom.ledger, MASKS) == 60 - 5 - 3 - 4 - 4 + 1
    assert on_hand(showroom.ledger, "PKL001-00001") == 0
    assert on_hand(showroom.ledger, "PKL001-00002") == 5 - 2
    detail = events.get_event(showroom.ledger, actor=showroom.admin, code=code)
    assert detail.event.status == "merged" and detail.event.pieces_at_event == 0
    assert [no for no, _at, _total in detail.receipts] == [r.receipt_no for r in day.receipts]
    report = check_ledger(showroom.ledger)
    assert report.ok, report.lines("en")
    assert journal_actions(showroom.ledger)[-1] == "event.merge"
    # printed once at the event: a print at the showroom is its first copy (SALINAN)
    again = printing.receipt_for_print(
        showroom.ledger, actor=showroom.supervisor, receipt_no=day.receipts[0].receipt_no
    )
    assert again.copy_number == 1
    with showroom.ledger.read() as session:
        kept = session.scalar(select(func.count()).select_from(EventJournalEntry))
        assert kept == result.entries
        # the event's receipts keep their numbers, the till its counter
        numbers = session.scalars(
            select(Sale.receipt_no).where(Sale.receipt_no.like("P1-%")).order_by(Sale.receipt_seq)
        ).all()
        assert numbers == [r.receipt_no for r in day.receipts]


def test_merge_is_refused_twice_and_changes_nothing(packed: tuple[Showroom, str, Path]) -> None:
    showroom, code, path = packed
    sell_at_event(path, showroom.clock, code)
    copy = path.with_name("copy.sqlite3")
    shutil.copy(path, copy)
    event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    before = journal_actions(showroom.ledger)
    with pytest.raises(ValidationError) as refused:
        event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=copy)
    assert refused.value.code == "event.merged_already"
    assert journal_actions(showroom.ledger) == before


def _tamper(path: Path, sql: str) -> None:
    """What a forger with the file does: drop the guards, change a row."""
    with sqlite3.connect(path) as connection:
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall():
            connection.execute(f'DROP TRIGGER "{name}"')
        connection.execute(sql)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE sales SET total = total - 10000 WHERE receipt_seq = 1",
        "DELETE FROM refund_lines",
        "UPDATE payments SET method = 'cash' WHERE method = 'transfer'",
        "UPDATE journal SET summary = 'nothing' WHERE seq = 3",
    ],
)
def test_a_tampered_event_file_is_refused(packed: tuple[Showroom, str, Path], sql: str) -> None:
    showroom, code, path = packed
    sell_at_event(path, showroom.clock, code)
    _tamper(path, sql)
    before = journal_actions(showroom.ledger)
    with pytest.raises(ValidationError) as refused:
        event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    assert refused.value.code == "event.file_tampered"
    assert journal_actions(showroom.ledger) == before
    assert on_hand(showroom.ledger, MASKS) == 16


def test_an_open_shift_or_unclosed_day_is_refused(packed: tuple[Showroom, str, Path]) -> None:
    showroom, code, path = packed
    laptop = open_ledger(f"sqlite:///{path}", clock=showroom.clock)
    try:
        cashier = auth.login(laptop, username="budi", password=PASSWORD)
        shifts.open_shift(laptop, actor=cashier, terminal_code=code, opening_float=0)
        sales.complete_sale(
            laptop,
            actor=cashier,
            terminal_code=code,
            lines=[CartLine(MASKS)],
            payments=[PaymentInput("cash", 35_000)],
        )
    finally:
        laptop.close()
    with pytest.raises(ValidationError) as refused:
        event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    assert refused.value.code == "event.shift_open"


def test_an_outdated_pack_or_another_showroom_is_refused(
    packed: tuple[Showroom, str, Path], tmp_path: Path
) -> None:
    showroom, code, path = packed
    events.bring_back(showroom.ledger, actor=showroom.staff, event_code=code, lines=[(MASKS, 4)])
    with pytest.raises(ValidationError) as refused:
        event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    assert refused.value.code == "event.pack_outdated"
    again = tmp_path / "again.sqlite3"
    event_pack.pack_event(showroom.ledger, actor=showroom.admin, event_code=code, out=again)
    with pytest.raises(ValidationError) as refused:  # the first file is superseded
        event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    assert refused.value.code == "event.pack_outdated"
    with pytest.raises(ValidationError) as refused:
        event_pack.pack_event(showroom.ledger, actor=showroom.admin, event_code=code, out=again)
    assert refused.value.code == "event.file_exists"
    # the laptop's database cannot take a merge, nor anything but selling
    laptop = open_ledger(f"sqlite:///{again}", clock=showroom.clock)
    try:
        admin = auth.login(laptop, username="admin", password=PASSWORD)
        with pytest.raises(ShowroomError) as refused:
            event_laptop.merge_event(laptop, actor=admin, path=path)
        assert refused.value.code == "event.laptop_only_sells"
        with pytest.raises(PermissionDenied) as denied:
            consignment.receive_consignment(
                laptop,
                actor=admin,
                maker_code="PKL001",
                lines=[IntakeLineInput(1, existing_code=MASKS)],
            )
        assert denied.value.code == "event.laptop_only_sells"
    finally:
        laptop.close()


def test_a_file_packed_by_another_showroom_is_refused(
    packed: tuple[Showroom, str, Path], tmp_path: Path, clock: Clock
) -> None:
    showroom, _code, _path = packed
    other = open_ledger(f"sqlite:///{tmp_path / 'lain.sqlite3'}", clock=clock)
    try:
        elsewhere = build_showroom(other, clock)
        folder = tmp_path / "lain"
        folder.mkdir()
        _, code, foreign = send_and_pack(elsewhere, folder)
        assert code == "P1"  # the same code as this showroom's own event
        sell_at_event(foreign, clock, code)
    finally:
        other.close()
    before = journal_actions(showroom.ledger)
    with pytest.raises(ValidationError) as refused:
        event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=foreign)
    assert refused.value.code == "event.other_ledger"
    assert journal_actions(showroom.ledger) == before


def test_the_event_till_is_refused_at_the_showroom(packed: tuple[Showroom, str, Path]) -> None:
    showroom, code, _path = packed
    with pytest.raises(ValidationError) as refused:
        shifts.open_shift(
            showroom.ledger, actor=showroom.supervisor, terminal_code=code, opening_float=0
        )
    assert refused.value.code == "event.till_elsewhere"


def test_bring_back_never_takes_an_event_below_zero(sqlite_showroom: Showroom) -> None:
    showroom = sqlite_showroom
    stock_up(showroom)
    code = new_event(showroom)
    events.send_to_event(showroom.ledger, actor=showroom.staff, event_code=code, lines=[(MASKS, 3)])
    with pytest.raises(StockError) as refused:
        events.bring_back(
            showroom.ledger, actor=showroom.staff, event_code=code, lines=[(MASKS, 4)]
        )
    assert refused.value.code == "event.not_there"
    with pytest.raises(StockError):
        events.send_to_event(
            showroom.ledger, actor=showroom.staff, event_code=code, lines=[(MASKS, 58)]
        )
    assert on_hand(showroom.ledger, MASKS) == 57
    events.bring_back(showroom.ledger, actor=showroom.staff, event_code=code, lines=[(MASKS, 3)])
    assert on_hand(showroom.ledger, MASKS) == 60
    assert check_ledger(showroom.ledger).ok


def test_a_month_with_an_unmerged_event_cannot_be_final(packed: tuple[Showroom, str, Path]) -> None:
    showroom, code, path = packed
    day = sell_at_event(path, showroom.clock, code)
    showroom.clock.advance(days=40)
    period = f"{to_local(showroom.clock()).year}-{to_local(showroom.clock()).month - 1:02d}"
    with pytest.raises(ValidationError) as refused:
        settlements.close_period(showroom.ledger, actor=showroom.admin, period=period)
    assert refused.value.code == "event.not_merged"
    event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    final = settlements.close_period(showroom.ledger, actor=showroom.admin, period=period)
    assert [view.maker_code for view in final] == ["PKL001"]
    statement = final[0]
    assert [(e.code, e.till_code) for e in statement.events] == [("P1", "P1")]
    assert statement.sales_at("P1") == statement.sales  # nothing else sold that month
    assert statement.gross_sales == sum(r.total for r in day.receipts)
    report = check_ledger(showroom.ledger)  # the statement recomputes from its records
    assert report.ok, report.lines("en")


def test_the_event_receipt_and_the_statement_name_the_event(
    packed: tuple[Showroom, str, Path], tmp_path: Path
) -> None:
    showroom, code, path = packed
    day = sell_at_event(path, showroom.clock, code)
    for profile, width in (("POS-5890", 32), ("TM-T88V", 42)):
        printer = Dummy(profile=profile)
        print_receipt(printer, day.receipts[0], ReceiptHeader.from_settings({}))
        paper = decode(printer.output)
        assert all(len(line) <= width for line in paper.lines)
        assert "Pameran Inacraft, JCC Senayan, Jakarta" in " ".join(
            line.strip() for line in paper.lines
        )
        assert "No. P1-000001" in paper.text()
    event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    at_showroom = sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine(MASKS, 2)],
        payments=[PaymentInput("cash", 70_000)],
    )
    assert at_showroom.event is None
    period = f"{to_local(showroom.clock()):%Y-%m}"
    batch = statements.write_statements(
        showroom.ledger, actor=showroom.supervisor, period=period, out_dir=tmp_path / "rekap"
    )
    text = "\n".join(page.extract_text() or "" for page in PdfReader(batch.statements[0]).pages)
    flat = " ".join(text.split())
    showroom_part, _, event_part = flat.partition(
        "Di pameran: Pameran Inacraft, JCC Senayan, Jakarta"
    )
    assert event_part, flat
    assert "Di showroom" in showroom_part and at_showroom.receipt_no in showroom_part
    assert at_showroom.receipt_no not in event_part
    # every event receipt is listed under the event, and its subtotal is what the laptop took
    for receipt in day.receipts:
        assert receipt.receipt_no in event_part
    event_lines = [line for r in day.receipts for line in r.lines]
    subtotal = event_part.split("Subtotal pameran", 1)[1].split()
    assert subtotal[0] == str(sum(line.quantity for line in event_lines))
    assert subtotal[1] == format_rupiah(sum(line.amount for line in event_lines))


def test_a_forger_who_rechains_the_laptop_file_is_caught(
    packed: tuple[Showroom, str, Path],
) -> None:
    showroom, code, path = packed
    day = sell_at_event(path, showroom.clock, code)
    forger = Forger(path)
    first = day.receipts[0]
    forger.set("sales", first.id, total=first.total - 35_000)
    forger.set("payments", _payment_id(path, first.id), amount=first.total - 35_000)
    forger.rechain()
    forger.done()
    with pytest.raises(ValidationError) as refused:
        event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    assert refused.value.code == "event.file_tampered"
    # cutting the Z (and its signature) away instead leaves a day without its Z
    forger = Forger(path)
    z_entry = forger.db.execute("SELECT seq FROM journal WHERE action = 'day.close'").fetchone()[
        "seq"
    ]
    forger.cut_from(z_entry)
    forger.rechain()
    forger.done()
    with pytest.raises(ValidationError) as refused:
        event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    assert refused.value.code in ("event.file_tampered", "event.day_not_closed")
    assert on_hand(showroom.ledger, MASKS) == 16


def _payment_id(path: Path, sale_id: int) -> int:
    with sqlite3.connect(path) as connection:
        return int(
            connection.execute("SELECT id FROM payments WHERE sale_id = ?", (sale_id,)).fetchone()[
                0
            ]
        )


def test_the_merged_event_journal_cannot_be_changed_unseen(
    packed: tuple[Showroom, str, Path],
) -> None:
    showroom, code, path = packed
    sell_at_event(path, showroom.clock, code)
    event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    assert check_ledger(showroom.ledger).ok
    database = Path(showroom.ledger.url.removeprefix("sqlite:///"))
    showroom.ledger.close()
    forger = Forger(database)
    forger.db.execute("UPDATE event_journal SET summary = 'nothing happened' WHERE seq = 4")
    forger.done()
    reopened = open_ledger(showroom.ledger.url, clock=showroom.clock)
    try:
        report = check_ledger(reopened)
        assert not report.ok
        assert any(p.table == "event_journal" for p in report.problems)
    finally:
        reopened.close()
    # a forger who rewrites the event's head as well is caught by the merge's signature
    forger = Forger(database)
    forger.set("events", 1, merged_hash="f" * 64)
    forger.rechain()
    forger.done()
    reopened = open_ledger(showroom.ledger.url, clock=showroom.clock)
    try:
        details = " ".join(p.detail for p in check_ledger(reopened).problems)
        assert "event P1" in details
    finally:
        reopened.close()


def test_the_round_trip_from_the_command_line(
    packed: tuple[Showroom, str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    showroom, _code, _path = packed
    url = showroom.ledger.url

    def run(*argv: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSWORD}\n"))
        code = main(["--db", url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, err = run(
        "event",
        "create",
        "--name",
        "Bazaar Ramadan",
        "--place",
        "Pekalongan Town Square",
        "--from",
        "2026-10-06",
        "--to",
        "2026-10-08",
        "--as",
        "admin",
    )
    assert code == 0, err
    assert "P2" in out
    code, out, err = run("event", "send", "P2", f"{MASKS}=6", "PKL001-00003", "--as", "dewi")
    assert code == 0, err
    code, out, err = run("event", "send", "P2", "NOPE-1", "--as", "dewi")
    assert code != 0 and "NOPE-1" in err
    laptop_file = tmp_path / "bazaar.sqlite3"
    code, out, err = run(
        "event",
        "pack",
        "P2",
        "--out",
        str(laptop_file),
        "--user",
        "budi",
        "--user",
        "sari",
        "--as",
        "admin",
    )
    assert code == 0, err
    assert "7 buah" in out
    laptop = open_ledger(f"sqlite:///{laptop_file}", clock=showroom.clock)
    try:
        cashier = auth.login(laptop, username="budi", password=PASSWORD)
        with pytest.raises(ShowroomError):  # only the users packed may sell there
            auth.login(laptop, username="dewi", password=PASSWORD)
        shifts.open_shift(laptop, actor=cashier, terminal_code="P2", opening_float=0)
        sold = sales.complete_sale(
            laptop,
            actor=cashier,
            terminal_code="P2",
            lines=[CartLine(MASKS, 2)],
            payments=[PaymentInput("cash", 70_000)],
        )
        shifts.close_shift(
            laptop, actor=cashier, terminal_code="P2", denominations={50_000: 1, 20_000: 1}
        )
        day_reports.z_report(
            laptop,
            actor=auth.login(laptop, username="sari", password=PASSWORD),
            terminal_code="P2",
            day=to_local(showroom.clock()).date(),
        )
    finally:
        laptop.close()
    code, out, err = run("event", "merge", str(laptop_file), "--as", "admin")
    assert code == 0, err
    assert "1 struk" in out and "5 buah" in out
    code, out, err = run("event", "show", "P2", "--as", "admin")
    assert code == 0 and sold.receipt_no in out
    code, out, err = run("event", "merge", str(laptop_file), "--as", "admin")
    assert code != 0 and "sudah digabungkan" in err
    code, out, err = run("journal", "verify", "--as", "admin")
    assert code == 0, out + err


def test_reports_by_location_and_event(packed: tuple[Showroom, str, Path]) -> None:
    showroom, code, path = packed
    located = {
        row.key: row
        for row in reports.stock_by_location(showroom.ledger, actor=showroom.supervisor)
    }
    assert located["P1"].pieces == 50
    assert located["P1"].label == "P1 Pameran Inacraft (JCC Senayan, Jakarta)"
    assert located["showroom"].pieces == 16 + 2 + 1  # masks, shirts, shawl left on the shelf
    day = sell_at_event(path, showroom.clock, code)
    event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine(MASKS)],
        payments=[PaymentInput("cash", 35_000)],
    )
    today = to_local(showroom.clock()).date()
    report = reports.sales_report(
        showroom.ledger,
        actor=showroom.supervisor,
        first_day=today - timedelta(days=3),
        last_day=today,
        by="location",
    )
    rows = {row.key: row for row in report.rows}
    assert set(rows) == {"showroom", "P1"}
    assert rows["P1"].sales == sum(r.total for r in day.receipts)
    assert rows["P1"].refunds == day.refunded
    assert rows["P1"].quantity == 20
    assert (rows["showroom"].sales, rows["showroom"].quantity) == (35_000, 1)
    located = {
        row.key: row
        for row in reports.stock_by_location(showroom.ledger, actor=showroom.supervisor)
    }
    assert set(located) == {"showroom"}  # nothing is left at the merged event


def test_round_trip_into_either_engine(showroom: Showroom, tmp_path: Path) -> None:
    """The showroom's database on SQLite or PostgreSQL; the laptop's is always SQLite."""
    _, code, path = send_and_pack(showroom, tmp_path)
    day = sell_at_event(path, showroom.clock, code)
    result = event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    assert result.sales_total == sum(r.total for r in day.receipts)
    assert on_hand(showroom.ledger, MASKS) == 60 - 16 + 1
    report = check_ledger(showroom.ledger)
    assert report.ok, report.lines("en")
    with pytest.raises(ValidationError):
        event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)


def test_an_items_history_shows_where_it_went(packed: tuple[Showroom, str, Path]) -> None:
    showroom, code, path = packed
    day = sell_at_event(path, showroom.clock, code)
    event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    history = stock.item_history(showroom.ledger, actor=showroom.staff, code="PKL001-00001")
    assert [(m.kind, m.quantity) for m in history] == [
        ("intake", 1),
        ("to_event", -1),
        ("sale", -1),
    ]
    assert history[1].reason == "P1 Pameran Inacraft"
    assert history[2].reference == day.receipts[2].receipt_no


def test_the_archive_keeps_the_event_journal_checkable(
    packed: tuple[Showroom, str, Path], tmp_path: Path
) -> None:
    showroom, code, path = packed
    sell_at_event(path, showroom.clock, code)
    event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    today = to_local(showroom.clock()).date()
    folder = tmp_path / "arsip"
    export_archive(
        showroom.ledger,
        actor=showroom.admin,
        first_day=today - timedelta(days=5),
        last_day=today,
        out_dir=folder,
    )

    def verify() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-I", str(folder / "verify_export.py"), str(folder)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    assert verify().returncode == 0
    rows = list(csv.DictReader((folder / "event_journal.csv").open(encoding="utf-8")))
    assert len(rows) > 10 and {r["event_id"] for r in rows} == {"1"}
    rows[3]["summary"] = "nothing was sold"
    with (folder / "event_journal.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"]["event_journal.csv"]["sha256"] = hashlib.sha256(
        (folder / "event_journal.csv").read_bytes()
    ).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    done = verify()
    assert done.returncode == 1
    assert f"entry {rows[3]['seq']} of event 1's journal was changed" in done.stdout


def test_a_laptop_with_its_own_key_verifies_and_merges(
    packed: tuple[Showroom, str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    showroom, code, path = packed
    showroom_key = os.environ["SHOWROOM_POS_KEY"]
    monkeypatch.setenv("SHOWROOM_POS_KEY", str(tmp_path / "laptop-key.pem"))
    sell_at_event(path, showroom.clock, code)
    monkeypatch.setenv("SHOWROOM_POS_KEY", showroom_key)  # back at the showroom's computer
    laptop = open_ledger(f"sqlite:///{path}", clock=showroom.clock)
    try:
        with laptop.read() as session:
            signers = set(anchors.registered_keys(session))
        here = anchors.load_key()
        assert here is not None and signers and here.key_id not in signers
        report = check_ledger(laptop)  # `journal verify` on the event's file
        assert report.ok, report.lines("en")
    finally:
        laptop.close()
    forger = Forger(path)
    forger.db.execute("UPDATE sales SET total = total + 1 WHERE receipt_seq = 2")
    forger.done()
    laptop = open_ledger(f"sqlite:///{path}", clock=showroom.clock)
    try:
        assert not check_ledger(laptop).ok
    finally:
        laptop.close()
    with pytest.raises(ValidationError):
        event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    forger = Forger(path)
    forger.db.execute("UPDATE sales SET total = total - 1 WHERE receipt_seq = 2")
    forger.done()
    result = event_laptop.merge_event(showroom.ledger, actor=showroom.admin, path=path)
    assert result.sales == 5
    assert check_ledger(showroom.ledger).ok
