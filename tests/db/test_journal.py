"""The record cannot be quietly changed: guards refuse, and the journal catches what gets by."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.till import sales
from showroom_pos.services.till.types import CartLine, PaymentInput, SaleReceipt
from tests.conftest import Showroom


def _sale(showroom: Showroom) -> SaleReceipt:
    return sales.complete_sale(
        showroom.ledger,
        actor=showroom.cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00002", 2)],
        payments=[PaymentInput("cash", 500_000)],
    )


def _raw(showroom: Showroom, *statements: str) -> None:
    with showroom.ledger.engines.write.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def _unguard(showroom: Showroom, table: str) -> None:
    """What an intruder with the database's owner rights would do first."""
    if showroom.ledger.engines.is_sqlite:
        _raw(showroom, f"DROP TRIGGER trg_{table}_no_update", f"DROP TRIGGER trg_{table}_no_delete")
    else:
        _raw(showroom, f"ALTER TABLE {table} DISABLE TRIGGER USER")


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE sale_lines SET unit_price = 1000, amount = quantity * 1000",
        "DELETE FROM payments",
        "UPDATE journal SET summary = 'nothing happened'",
        "DELETE FROM journal",
        "UPDATE stock_movements SET quantity = 0",
    ],
)
def test_guards_refuse_changes_to_completed_records(showroom: Showroom, statement: str) -> None:
    _sale(showroom)
    with pytest.raises(DBAPIError) as refused:
        _raw(showroom, statement)
    assert "completed records cannot be changed" in str(refused.value)
    assert check_ledger(showroom.ledger).ok


def test_a_changed_price_on_a_sold_line_is_found(showroom: Showroom) -> None:
    receipt = _sale(showroom)
    _unguard(showroom, "sale_lines")
    report = check_ledger(showroom.ledger)
    assert not report.ok and report.unguarded_tables == ("sale_lines",)
    _raw(
        showroom,
        "UPDATE sale_lines SET unit_price = 1000, amount = quantity * 1000 "
        f"WHERE id = {receipt.lines[0].id}",
    )
    report = check_ledger(showroom.ledger)
    changed = [p for p in report.problems if p.kind == "changed"]
    assert [(p.table, p.record_id) for p in changed] == [("sale_lines", receipt.lines[0].id)]
    assert changed[0].seq is not None
    text_id = "\n".join(report.lines("id"))
    assert "GAGAL" in text_id and f"entri {changed[0].seq}" in text_id
    assert "FAILED" in "\n".join(report.lines("en"))


def test_a_deleted_payment_is_found(showroom: Showroom) -> None:
    _sale(showroom)
    _unguard(showroom, "payments")
    _raw(showroom, "DELETE FROM payments")
    kinds = {(p.kind, p.table) for p in check_ledger(showroom.ledger).problems}
    assert ("missing", "payments") in kinds


def test_rewritten_journal_entry_breaks_the_chain(showroom: Showroom) -> None:
    _sale(showroom)
    _unguard(showroom, "journal")
    _raw(
        showroom,
        "UPDATE journal SET summary = 'sale of nothing' WHERE seq = (SELECT max(seq) FROM journal)",
    )
    problems = check_ledger(showroom.ledger).problems
    assert problems and problems[0].kind == "chain"


def test_cut_off_journal_tail_is_found(showroom: Showroom) -> None:
    _sale(showroom)
    _unguard(showroom, "journal")
    _raw(showroom, "DELETE FROM journal WHERE seq = (SELECT max(seq) FROM journal)")
    kinds = {p.kind for p in check_ledger(showroom.ledger).problems}
    assert "head" in kinds and "unjournaled" in kinds


def test_direct_changes_to_current_state_are_found(showroom: Showroom) -> None:
    _sale(showroom)
    _raw(showroom, "UPDATE items SET price = 1000 WHERE code = 'PKL001-00001'")
    kinds = {(p.kind, p.table) for p in check_ledger(showroom.ledger).problems}
    assert ("changed", "items") in kinds


def test_stock_on_hand_that_disagrees_with_movements_is_found(showroom: Showroom) -> None:
    _raw(showroom, "UPDATE items SET on_hand = on_hand + 1 WHERE code = 'PKL001-00002'")
    kinds = {p.kind for p in check_ledger(showroom.ledger).problems}
    assert "stock" in kinds


def test_receipt_counter_rewound_is_found(showroom: Showroom) -> None:
    _sale(showroom)
    _raw(showroom, "UPDATE terminals SET last_receipt_seq = 0")
    kinds = {p.kind for p in check_ledger(showroom.ledger).problems}
    assert "counter" in kinds


def test_a_clean_ledger_verifies(showroom: Showroom) -> None:
    _sale(showroom)
    report = check_ledger(showroom.ledger)
    assert report.ok, report.lines("en")
    assert report.entries > 5 and report.records > report.entries
    assert len(report.last_hash) == 64


def test_a_row_inserted_behind_the_programs_back_is_found(showroom: Showroom) -> None:
    receipt = _sale(showroom)
    with showroom.ledger.engines.write.begin() as connection:
        sale_id = connection.execute(
            text("SELECT id FROM sales WHERE receipt_no = :no"), {"no": receipt.receipt_no}
        ).scalar()
        connection.execute(
            text(
                "INSERT INTO payments (sale_id, method, amount, tendered, change_given) "
                "VALUES (:sale, 'cash', 1000000, 1000000, 0)"
            ),
            {"sale": sale_id},
        )
    problems = check_ledger(showroom.ledger).problems
    assert [(p.kind, p.table) for p in problems] == [("unjournaled", "payments")]
