"""Print a sale's receipt on the showroom's receipt printer, after the sale is committed."""

from __future__ import annotations

import logging

from showroom_pos.domain.errors import ShowroomError, ValidationError
from showroom_pos.printing.connection import open_printer
from showroom_pos.printing.receipt import ReceiptHeader, print_receipt
from showroom_pos.printing.slip import print_slip
from showroom_pos.services import settings
from showroom_pos.services.context import Ledger
from showroom_pos.services.dto import Actor, Slip
from showroom_pos.services.printing import receipt_for_print, record_receipt_print

log = logging.getLogger(__name__)


def print_sale_receipt(ledger: Ledger, *, actor: Actor, receipt_no: str,
                       printer_uri: str | None = None, profile: str | None = None) -> int | None:
    """Print (or reprint) a receipt; the print is journaled; returns the copy number."""
    values = settings.get_settings(ledger)
    uri = printer_uri or values.get("receipt.printer", "")
    if not uri:
        raise ValidationError("printer.not_set")
    printer = open_printer(uri, profile or values.get("receipt.profile") or None)
    receipt, copy_number = receipt_for_print(ledger, actor=actor, receipt_no=receipt_no)
    try:
        print_receipt(printer, receipt, ReceiptHeader.from_settings(values), copy_number)
        printer.close()
    except Exception as error:  # the printer's own failure: unplugged, no paper, asleep
        log.warning("receipt %s not printed on %s: %s", receipt_no, uri, error)
        raise ShowroomError("printer.failed", printer=uri, reason=str(error) or
                            type(error).__name__) from error
    record_receipt_print(ledger, actor=actor, receipt_no=receipt.receipt_no, printer=uri,
                         copy_number=copy_number)
    return copy_number


def print_slip_now(ledger: Ledger, slip: Slip, printer_uri: str | None = None,
                   profile: str | None = None) -> None:
    """Print an intake or return slip on the receipt printer of the settings."""
    values = settings.get_settings(ledger)
    uri = printer_uri or values.get("receipt.printer", "")
    if not uri:
        raise ValidationError("printer.not_set")
    printer = open_printer(uri, profile or values.get("receipt.profile") or None)
    try:
        print_slip(printer, slip, ReceiptHeader.from_settings(values))
        printer.close()
    except Exception as error:  # unplugged, no paper, asleep
        raise ShowroomError("printer.failed", printer=uri, reason=str(error) or
                            type(error).__name__) from error
