"""The showroom key's anchors against a forger who knows the journal's algorithm but does not
have the key: each forgery passes the chain check and fails `journal verify`."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from showroom_pos.app import open_ledger
from showroom_pos.db import journal
from showroom_pos.db.models import Anchor, DayClose, JournalEntry, Sale, SaleLine
from showroom_pos.domain.errors import ValidationError
from showroom_pos.services.admin import anchors, verification
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.admin.types import PrintedZ
from showroom_pos.services.reports import day_reports
from showroom_pos.services.settlement import settlements
from showroom_pos.services.till import sales, shifts
from showroom_pos.services.till.types import CartLine, PaymentInput
from tests.conftest import PASSWORD, Clock, Showroom
from tests.forger import Forger
from tests.ledgerstate import ledger_snapshot


def _sell(showroom: Showroom, code: str, price: int) -> str:
    return sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine(code)],
        payments=[PaymentInput("cash", price)],
    ).receipt_no


def _closed_day(showroom: Showroom) -> tuple[Path, str]:
    """Two sales on Monday, the shift closed and the Z made; one more sale on Tuesday. Returns
    the database file and Monday's printed journal hash."""
    _sell(showroom, "PKL001-00002", 250_000)
    _sell(showroom, "PKL001-00003", 475_000)
    shifts.close_shift(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        denominations={100_000: 10, 20_000: 1, 5_000: 1},
    )
    showroom.clock.advance(hours=10)
    z = day_reports.z_report(
        showroom.ledger, actor=showroom.supervisor, terminal_code="K1", day=date(2026, 10, 5)
    )
    showroom.clock.set(datetime(2026, 10, 6, 2, 0, tzinfo=UTC))
    shifts.open_shift(
        showroom.ledger, actor=showroom.cashier, terminal_code="K1", opening_float=300_000
    )
    _sell(showroom, "PKL001-00002", 250_000)
    assert check_ledger(showroom.ledger).ok
    path = showroom.ledger.engines.write.url.database
    assert path is not None and z.journal_hash
    showroom.ledger.close()
    return Path(path), z.journal_hash


def _report(path: Path, clock: Clock, **given: object) -> tuple[bool, list[str], bool]:
    """(verify OK, its problem lines, whether the chain and records alone still pass)."""
    ledger = open_ledger(f"sqlite:///{path}", clock=clock)
    try:
        report = check_ledger(ledger, **given)  # type: ignore[arg-type]
        with ledger.read() as session:
            chain_only = journal.verify(session).ok
        return (
            report.ok,
            [
                f"{p.detail} {p.table or ''}#{p.record_id or ''}".strip(" #")
                for p in report.problems
            ],
            chain_only,
        )
    finally:
        ledger.close()


def _line_id(path: Path, receipt: str) -> int:
    ledger = open_ledger(f"sqlite:///{path}")
    try:
        with ledger.read() as session:
            return int(
                session.scalar(
                    select(SaleLine.id)
                    .join(Sale, Sale.id == SaleLine.sale_id)
                    .where(Sale.receipt_no == receipt)
                )
                or 0
            )
    finally:
        ledger.close()


def test_every_z_and_statement_is_signed_and_verifies(sqlite_showroom: Showroom) -> None:
    path, _ = _closed_day(sqlite_showroom)
    ledger = open_ledger(f"sqlite:///{path}", clock=sqlite_showroom.clock)
    try:
        sqlite_showroom.clock.set(datetime(2026, 11, 2, 2, 0, tzinfo=UTC))
        settlements.finalize_settlement(
            ledger, actor=sqlite_showroom.supervisor, maker_code="PKL001", period="2026-10"
        )
        report = check_ledger(ledger)
        with ledger.read() as session:
            kinds = [a.kind for a in session.scalars(select(Anchor).order_by(Anchor.id))]
    finally:
        ledger.close()
    assert kinds == ["key", "z", "statement"]
    assert report.ok and report.anchors == 3
    assert report.key_id == anchors.load_key().key_id  # type: ignore[union-attr]


def test_a_price_edit_with_the_whole_chain_recomputed_fails_verify(
    sqlite_showroom: Showroom,
) -> None:
    path, _ = _closed_day(sqlite_showroom)
    line = _line_id(path, "K1-000001")
    forger = Forger(path)
    forger.set("sale_lines", line, unit_price=150_000, amount=150_000)
    forger.set("sales", 1, total=150_000)
    forger.rechain()
    forger.done()
    ok, problems, chain_only = _report(path, sqlite_showroom.clock)
    assert chain_only, problems  # the forger did recompute everything the chain can check
    assert not ok
    assert any("K1 Z1: the journal up to entry" in p for p in problems), problems
    assert any("Z 1 of till K1" in p and "gross_sales" in p for p in problems), problems


def test_a_forger_who_also_moves_the_anchor_breaks_its_signature(sqlite_showroom: Showroom) -> None:
    path, _ = _closed_day(sqlite_showroom)
    line = _line_id(path, "K1-000002")
    forger = Forger(path)
    forger.set("sale_lines", line, unit_price=1, amount=1)
    forger.rechain()
    z_anchor = forger.db.execute("SELECT id, journal_seq FROM anchors WHERE kind = 'z'").fetchone()
    forger.set("anchors", z_anchor["id"], journal_hash=forger.hash_of(z_anchor["journal_seq"]))
    forger.rechain()
    forger.done()
    ok, problems, chain_only = _report(path, sqlite_showroom.clock)
    assert chain_only and not ok, problems
    assert any("K1 Z1: the signature does not match" in p for p in problems), problems


def test_a_forger_who_signs_with_a_key_of_his_own_is_caught(sqlite_showroom: Showroom) -> None:
    path, _ = _closed_day(sqlite_showroom)
    line = _line_id(path, "K1-000002")
    forger = Forger(path)
    forger.set("sale_lines", line, unit_price=1, amount=1)
    forger.rechain()
    private = Ed25519PrivateKey.generate()
    own = anchors.ShowroomKey(private.public_key().public_bytes_raw().hex(), private)
    for row in forger.db.execute("SELECT * FROM anchors").fetchall():
        seq = row["journal_seq"]
        moved = {
            "journal_hash": forger.hash_of(seq) if seq else row["journal_hash"],
            "key_id": own.key_id,
            "content_hash": own.public_hex if row["kind"] == "key" else row["content_hash"],
        }
        signed_at = datetime.fromisoformat(row["signed_at"]).replace(tzinfo=UTC)
        moved["signature"] = own.sign(
            anchors.message(
                row["kind"],
                row["reference"],
                seq,
                moved["journal_hash"],
                moved["content_hash"],
                signed_at,
            )
        )
        forger.set("anchors", row["id"], **moved)
    forger.rechain()
    forger.done()
    ok, problems, chain_only = _report(path, sqlite_showroom.clock)
    assert chain_only and not ok, problems
    assert any("not registered with the showroom key" in p for p in problems), problems
    assert any("which is not the showroom's" in p for p in problems), problems


def test_a_tail_cut_with_its_records_is_caught_by_the_anchor_log_and_the_printed_z(
    sqlite_showroom: Showroom, tmp_path: Path
) -> None:
    path, printed_hash = _closed_day(sqlite_showroom)
    forger = Forger(path)
    z_seq = forger.db.execute("SELECT journal_seq FROM anchors WHERE kind = 'z'").fetchone()[
        "journal_seq"
    ]
    forger.cut_from(z_seq + 1)  # the Z, its anchor and everything after it
    forger.set("terminals", 1, last_receipt_seq=2)
    forger.set("items", 2, on_hand=4)  # the shirt sold on Tuesday back on the shelf
    forger.rechain()
    forger.done()
    ok, problems, chain_only = _report(path, sqlite_showroom.clock)
    assert chain_only and not ok, problems
    assert any("K1 Z1, signed on this computer" in p and "missing" in p for p in problems)

    # On a computer without the anchor log, the number and hash printed on the Z still count.
    elsewhere = tmp_path / "elsewhere.log"
    ledger = open_ledger(f"sqlite:///{path}", clock=sqlite_showroom.clock)
    try:
        with ledger.read() as session:
            check = verification.verify_anchors(
                session,
                database="another computer",
                log_path=elsewhere,
                printed=[PrintedZ("K1", 1, printed_hash[:16])],
            )
    finally:
        ledger.close()
    assert [p.detail for p in check.problems] == ["printed K1 Z1 is not in the database"]


def test_a_sale_moved_into_a_closed_day_is_caught(sqlite_showroom: Showroom) -> None:
    path, _ = _closed_day(sqlite_showroom)
    line = _line_id(path, "K1-000003")
    forger = Forger(path)
    monday = datetime(2026, 10, 5, 3, 0, tzinfo=UTC)
    forger.set("sales", 3, sold_at=monday)
    forger.set("sale_lines", line, sold_at=monday)
    forger.rechain()
    forger.done()
    ok, problems, chain_only = _report(path, sqlite_showroom.clock)
    assert chain_only and not ok, problems
    assert any(
        "Z 1 of till K1 (2026-10-05) no longer matches" in p and "receipts" in p for p in problems
    ), problems


def test_a_closed_day_is_refused_over_records_that_no_longer_match(
    sqlite_showroom: Showroom,
) -> None:
    """The Z checks the records since the last anchor, not only the chain: a row changed
    without touching the journal stops it."""
    _sell(sqlite_showroom, "PKL001-00002", 250_000)
    shifts.close_shift(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.cashier,
        terminal_code="K1",
        denominations={100_000: 5, 50_000: 1},
    )
    path = Path(sqlite_showroom.ledger.engines.write.url.database or "")
    forger = Forger(path)
    # the row changed, the journal left as it was
    forger.db.execute("UPDATE sale_lines SET unit_price = 1000, amount = quantity * 1000")
    forger.done()
    before = ledger_snapshot(sqlite_showroom.ledger)
    with pytest.raises(ValidationError) as refused:
        day_reports.z_report(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.supervisor,
            terminal_code="K1",
            day=date(2026, 10, 5),
        )
    assert refused.value.code == "journal.broken"
    assert ledger_snapshot(sqlite_showroom.ledger) == before


def test_without_the_key_nothing_is_signed_and_nothing_changes(
    sqlite_showroom: Showroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shifts.close_shift(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.cashier,
        terminal_code="K1",
        denominations={100_000: 3},
    )
    monkeypatch.setenv("SHOWROOM_POS_KEY", str(tmp_path / "not-here.pem"))
    before = ledger_snapshot(sqlite_showroom.ledger)
    with pytest.raises(ValidationError) as refused:
        day_reports.z_report(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.supervisor,
            terminal_code="K1",
            day=date(2026, 10, 5),
        )
    assert refused.value.code == "key.missing"
    assert ledger_snapshot(sqlite_showroom.ledger) == before

    other = anchors.create_key(tmp_path / "other.pem")
    monkeypatch.setenv("SHOWROOM_POS_KEY", str(tmp_path / "other.pem"))
    with pytest.raises(ValidationError) as foreign:
        day_reports.z_report(
            sqlite_showroom.ledger,
            actor=sqlite_showroom.supervisor,
            terminal_code="K1",
            day=date(2026, 10, 5),
        )
    assert foreign.value.code == "key.foreign" and other.key_id in str(foreign.value.params)
    assert ledger_snapshot(sqlite_showroom.ledger) == before


def test_the_key_file_is_private_and_its_public_half_checks_elsewhere(
    sqlite_showroom: Showroom, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    key_path = Path(os.environ["SHOWROOM_POS_KEY"])
    assert key_path.stat().st_mode & 0o077 == 0
    path, _ = _closed_day(sqlite_showroom)
    public = anchors.load_public_key(key_path.with_suffix(".pub"))
    monkeypatch.setenv("SHOWROOM_POS_KEY", str(tmp_path / "absent.pem"))  # another computer
    ledger = open_ledger(f"sqlite:///{path}")
    try:
        with_public = check_ledger(ledger, key=public)
        database_only = check_ledger(ledger)
        with ledger.read() as session:
            assert session.scalar(select(DayClose.id)) and session.scalar(select(JournalEntry.id))
    finally:
        ledger.close()
    assert with_public.ok and not with_public.notes
    assert database_only.ok and database_only.notes == ("anchor.database_key_only",)


def test_the_command_line_checks_printed_z_hashes_and_an_export_manifest(
    sqlite_showroom: Showroom,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io
    import json
    import sys

    from showroom_pos.cli import main
    from showroom_pos.services.admin import archive

    ledger = sqlite_showroom.ledger
    archive.export_archive(
        ledger,
        actor=sqlite_showroom.supervisor,
        first_day=date(2026, 10, 1),
        last_day=date(2026, 10, 5),
        out_dir=tmp_path / "export",
    )
    path, printed_hash = _closed_day(sqlite_showroom)
    url = f"sqlite:///{path}"
    manifest = str(tmp_path / "export" / "manifest.json")

    def verify(*extra: str) -> tuple[int, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        code = main(["--db", url, "--lang", "en", "journal", "verify", "--as", "sari", *extra])
        return code, capsys.readouterr().out

    code, out = verify("--z", f"K1:1:{printed_hash[:12]}", "--manifest", manifest)
    assert code == 0, out
    assert "Signed anchors: 2" in out
    code, out = verify("--z", "K1:1:ffffffffffff")
    assert code == 3 and "printed K1 Z1: its journal hash ffffffffffff" in out

    forger = Forger(path)  # an intake price changed, before the export
    forger.set("intake_lines", 1, price=1)
    forger.rechain()
    forger.done()
    exported = json.loads(Path(manifest).read_text())["journal"]["last_seq"]
    code, out = verify("--manifest", manifest)
    assert code == 3 and f"entry {exported} is not the one exported" in out


def test_a_payout_changed_afterwards_fails_verify(sqlite_showroom: Showroom) -> None:
    _sell(sqlite_showroom, "PKL001-00002", 250_000)
    sqlite_showroom.clock.set(datetime(2026, 11, 2, 2, 0, tzinfo=UTC))
    settlements.finalize_settlement(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.supervisor,
        maker_code="PKL001",
        period="2026-10",
    )
    settlements.record_payout(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.treasurer,
        maker_code="PKL001",
        period="2026-10",
        method="transfer",
        reference="TRF-001",
    )
    assert check_ledger(sqlite_showroom.ledger).ok
    with sqlite_showroom.ledger.read() as session:
        assert [
            a.reference
            for a in session.scalars(select(Anchor).where(Anchor.kind == anchors.PAYOUT))
        ] == ["RB-2026-10-PKL001"]
    path = Path(sqlite_showroom.ledger.engines.write.url.database or "")
    sqlite_showroom.ledger.close()
    forger = Forger(path)  # the payout is the newest record: no later anchor covers it
    forger.set("settlement_payments", 1, reference="TRF-999")
    forger.rechain()
    forger.done()
    ok, problems, chain_only = _report(path, sqlite_showroom.clock)
    assert chain_only and not ok
    assert any("the payout of RB-2026-10-PKL001 differs" in p for p in problems), problems
