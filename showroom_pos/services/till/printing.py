"""Printing a receipt or a slip is recorded: the first paper is the original, every later one a
copy (SALINAN KE-n), and the journal says who printed which paper where.

Printing itself happens after the sale or intake is committed and never undoes it; what is
recorded here is that a paper came out, so a second one for the same record says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from showroom_pos.db import journal
from showroom_pos.db.models import EventJournalEntry, JournalEntry, Refund, Sale, ShiftClose
from showroom_pos.services.admin.auth import current_user
from showroom_pos.services.context import Ledger
from showroom_pos.services.dto import Actor, SaleReceipt, Slip
from showroom_pos.services.stock.stock import get_slip
from showroom_pos.services.till.sales import get_sale

PRINT_ACTION = "receipt.print"
SLIP_PRINT_ACTION = "slip.print"


@dataclass(frozen=True)
class ReceiptToPrint:
    """A receipt as it goes to paper now: copy number, refunds since, whether the drawer opens."""

    receipt: SaleReceipt
    copy_number: int | None  # None for the original, 1, 2, ... for SALINAN
    refund_numbers: tuple[str, ...]
    open_drawer: bool


NOUNS = {PRINT_ACTION: "receipt", SLIP_PRINT_ACTION: "slip"}  # how the journal names them


def _earlier_prints(session: Session, action: str, number: str) -> int:
    """Papers of this document so far: here, and on an event laptop whose journal was merged."""
    noun = NOUNS[action]
    return sum(int(session.scalar(
        select(func.count()).select_from(table).where(
            table.action == action, table.summary.like(f"{noun} {number} %"))) or 0)
        for table in (JournalEntry, EventJournalEntry))


def receipt_for_print(ledger: Ledger, *, actor: Actor, receipt_no: str,
                      till: str | None = None) -> ReceiptToPrint:
    """The receipt to print from till `till` (this computer's, if it is one).

    The drawer opens only for the original paper of a cash sale made at that till in the
    shift still open there: a first print of an old receipt, or one made at another till or
    from the command line, opens nothing.
    """
    receipt = get_sale(ledger, actor=actor, receipt_no=receipt_no)
    with ledger.read() as session:
        copy_number = _earlier_prints(session, PRINT_ACTION, receipt.receipt_no) or None
        refunds = tuple(session.scalars(select(Refund.refund_no).where(
            Refund.sale_id == receipt.id).order_by(Refund.id)))
        shift_open = not session.scalar(select(exists().where(
            ShiftClose.shift_id == select(Sale.shift_id).where(
                Sale.id == receipt.id).scalar_subquery())))
    drawer = (copy_number is None and receipt.paid_cash and not receipt.training
              and till is not None and till == receipt.terminal_code and shift_open)
    return ReceiptToPrint(receipt, copy_number, refunds, drawer)


def record_receipt_print(ledger: Ledger, *, actor: Actor, receipt_no: str, printer: str,
                         copy_number: int | None) -> None:
    """Journal that the receipt went to paper (after the printer took it)."""
    _record(ledger, actor, PRINT_ACTION, receipt_no, printer, copy_number)


def slip_for_print(ledger: Ledger, *, actor: Actor, number: str) -> tuple[Slip, int | None]:
    """An intake or return slip and its copy number: None for the first paper."""
    slip = get_slip(ledger, actor=actor, number=number)
    with ledger.read() as session:
        return slip, _earlier_prints(session, SLIP_PRINT_ACTION, slip.number) or None


def record_slip_print(ledger: Ledger, *, actor: Actor, number: str, printer: str,
                      copy_number: int | None) -> None:
    """Journal that a slip went to paper (thermal, or as a PDF to sign)."""
    _record(ledger, actor, SLIP_PRINT_ACTION, number, printer, copy_number)


def _record(ledger: Ledger, actor: Actor, action: str, number: str, printer: str,
            copy_number: int | None) -> None:
    noun = NOUNS[action]

    def work(session: Session) -> None:
        user = current_user(session, actor)
        kind = f"copy {copy_number}" if copy_number else "original"
        journal.append(session, action=action, user_id=user.id, at=ledger.now(),
                       summary=f"{noun} {number} printed ({kind}) on {printer}",
                       data={f"{noun}_no": number, "copy": copy_number or 0})

    ledger.run_write(work)
