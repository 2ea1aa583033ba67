"""Printing a receipt is recorded: the first print is the original, every later one a copy.

Printing itself happens after the sale is committed and never undoes it; what is recorded here
is that a receipt went to paper, so a second paper for the same sale says SALINAN and its number.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom_pos.db import journal
from showroom_pos.db.models import JournalEntry
from showroom_pos.services.auth import current_user
from showroom_pos.services.context import Ledger
from showroom_pos.services.dto import Actor, SaleReceipt
from showroom_pos.services.sales import get_sale

PRINT_ACTION = "receipt.print"


def _earlier_prints(session: Session, receipt_no: str) -> int:
    return int(session.scalar(
        select(func.count()).select_from(JournalEntry).where(
            JournalEntry.action == PRINT_ACTION,
            JournalEntry.summary.like(f"receipt {receipt_no} %"))) or 0)


def receipt_for_print(ledger: Ledger, *, actor: Actor,
                      receipt_no: str) -> tuple[SaleReceipt, int | None]:
    """The receipt and its copy number: None for the first print, 1, 2, ... for SALINAN."""
    receipt = get_sale(ledger, actor=actor, receipt_no=receipt_no)
    with ledger.read() as session:
        return receipt, _earlier_prints(session, receipt.receipt_no) or None


def record_receipt_print(ledger: Ledger, *, actor: Actor, receipt_no: str, printer: str,
                         copy_number: int | None) -> None:
    """Journal that the receipt went to paper (after the printer took it)."""

    def work(session: Session) -> None:
        user = current_user(session, actor)
        kind = f"copy {copy_number}" if copy_number else "original"
        journal.append(session, action=PRINT_ACTION, user_id=user.id, at=ledger.now(),
                       summary=f"receipt {receipt_no} printed ({kind}) on {printer}",
                       data={"receipt_no": receipt_no, "copy": copy_number or 0})

    ledger.run_write(work)
