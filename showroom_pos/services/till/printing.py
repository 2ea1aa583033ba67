"""Printing a receipt or a slip is recorded: the first paper is the original, every later one a
copy (SALINAN KE-n), and the journal says who printed which paper where.

Printing itself happens after the sale or intake is committed and never undoes it; what is
recorded here is that a paper came out, as a row of `document_prints` written with the print's
journal entry. A document's copies are counted from those rows (also the ones an event laptop
made, which its merge brings in), never from the journal's words.
"""

from __future__ import annotations

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from showroom_pos.db import journal
from showroom_pos.db.models import DocumentPrint, Refund, Sale, ShiftClose, Terminal
from showroom_pos.services.admin.auth import current_user
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.stock.consignment import get_slip
from showroom_pos.services.stock.types import Slip
from showroom_pos.services.till.sales import get_sale
from showroom_pos.services.till.types import ReceiptToPrint

PRINT_ACTION = "receipt.print"
SLIP_PRINT_ACTION = "slip.print"


NOUNS = {PRINT_ACTION: "receipt", SLIP_PRINT_ACTION: "slip"}  # the kinds of document_prints


def papers_so_far(session: Session, kind: str, number: str) -> int:
    """Papers of this document so far (here, and at an event whose laptop was merged): the
    number of the next one, 0 being the original."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(DocumentPrint)
            .where(DocumentPrint.kind == kind, DocumentPrint.document_no == number)
        )
        or 0
    )


def receipt_for_print(
    ledger: Ledger, *, actor: Actor, receipt_no: str, till: str | None = None
) -> ReceiptToPrint:
    """The receipt to print from till `till` (this computer's, if it is one).

    The drawer opens only for the original paper of a cash sale made at that till in the
    shift still open there: a first print of an old receipt, or one made at another till or
    from the command line, opens nothing.
    """
    receipt = get_sale(ledger, actor=actor, receipt_no=receipt_no)
    with ledger.read() as session:
        copy_number = papers_so_far(session, NOUNS[PRINT_ACTION], receipt.receipt_no) or None
        refunds = tuple(
            session.scalars(
                select(Refund.refund_no).where(Refund.sale_id == receipt.id).order_by(Refund.id)
            )
        )
        shift_open = not session.scalar(
            select(
                exists().where(
                    ShiftClose.shift_id
                    == select(Sale.shift_id).where(Sale.id == receipt.id).scalar_subquery()
                )
            )
        )
    drawer = (
        copy_number is None
        and receipt.paid_cash
        and not receipt.training
        and till is not None
        and till == receipt.terminal_code
        and shift_open
    )
    return ReceiptToPrint(receipt, copy_number, refunds, drawer)


def record_receipt_print(
    ledger: Ledger,
    *,
    actor: Actor,
    receipt_no: str,
    printer: str,
    copy_number: int | None,
    till: str | None = None,
) -> int:
    """Record that the receipt went to paper (after the printer took it) at till `till`;
    returns the paper's copy number in the ledger (0 for the original)."""
    return _record(ledger, actor, PRINT_ACTION, receipt_no, printer, copy_number, till)


def slip_for_print(ledger: Ledger, *, actor: Actor, number: str) -> tuple[Slip, int | None]:
    """An intake or return slip and its copy number: None for the first paper."""
    slip = get_slip(ledger, actor=actor, number=number)
    with ledger.read() as session:
        return slip, papers_so_far(session, NOUNS[SLIP_PRINT_ACTION], slip.number) or None


def record_slip_print(
    ledger: Ledger,
    *,
    actor: Actor,
    number: str,
    printer: str,
    copy_number: int | None,
    till: str | None = None,
) -> int:
    """Record that a slip went to paper (thermal, or as a PDF to sign); returns its copy
    number in the ledger (0 for the original)."""
    return _record(ledger, actor, SLIP_PRINT_ACTION, number, printer, copy_number, till)


def _record(
    ledger: Ledger,
    actor: Actor,
    action: str,
    number: str,
    printer: str,
    copy_number: int | None,
    till: str | None,
) -> int:
    """The paper's row and its journal entry, in one transaction. Its copy number is counted
    inside the write transaction (which holds the ledger's write lock on either engine), the
    unique (kind, document, copy) key refusing a second row of the same number; should
    another till have printed the same document since the paper was laid out, the row takes
    the next number and the entry says what the paper showed."""
    noun = NOUNS[action]

    def work(session: Session) -> int:
        user = current_user(session, actor)
        copy_no = papers_so_far(session, noun, number)
        terminal_id = (
            session.scalar(select(Terminal.id).where(Terminal.code == till)) if till else None
        )
        row = DocumentPrint(
            kind=noun,
            document_no=number,
            copy_no=copy_no,
            printed_at=ledger.now(),
            user_id=user.id,
            terminal_id=terminal_id,
            printer=printer[:200],
        )
        session.add(row)
        session.flush()
        kind = f"copy {copy_number}" if copy_number else "original"
        data: dict[str, object] = {f"{noun}_no": number, "copy": copy_no}
        if copy_no != (copy_number or 0):
            data["printed_as"] = copy_number or 0
        journal.append(
            session,
            action=action,
            user_id=user.id,
            at=row.printed_at,
            summary=f"{noun} {number} printed ({kind}) on {printer}",
            records=[row],
            data=data,
        )
        return copy_no

    return ledger.run_write(work)
