"""Paying for a sale: how amounts tendered by several methods cover the total, and the change.

QRIS, card and transfer payments are taken exactly as given and may never pay more than the
total; cash pays what remains, and only cash gives change. The till's payment dialog and the
sale service both ask these rules, so the cashier sees the same answer the service gives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.kinds import PaymentMethod
from showroom_pos.domain.money import MAX_AMOUNT, format_rupiah
from showroom_pos.domain.validation import whole_number


@dataclass(frozen=True)
class Tender:
    """One amount taken by one method; for cash, what the buyer handed over (change included)."""

    method: str
    amount: int

    @property
    def is_cash(self) -> bool:
        return self.method == PaymentMethod.CASH


@dataclass(frozen=True)
class Tally:
    """Where the payments taken so far stand against the total."""

    total: int
    non_cash: int = 0
    cash_tendered: int = 0

    @property
    def paid(self) -> int:
        return self.non_cash + self.cash_tendered

    @property
    def non_cash_overpaid(self) -> bool:
        """QRIS, card and transfer together pay more than the total: refused (no change)."""
        return self.non_cash > self.total

    @property
    def cash_due(self) -> int:
        """What is left for cash to pay once the non-cash payments are taken."""
        return max(self.total - self.non_cash, 0)

    @property
    def still_due(self) -> int:
        return max(self.total - self.paid, 0)

    @property
    def change(self) -> int:
        """What goes back to the buyer: cash handed over beyond what cash had to pay."""
        return max(self.cash_tendered - self.cash_due, 0)

    def adding(self, tender: Tender) -> Tally:
        """The tally with one more payment."""
        if tender.is_cash:
            return Tally(self.total, self.non_cash, self.cash_tendered + tender.amount)
        return Tally(self.total, self.non_cash + tender.amount, self.cash_tendered)


def tally(total: int, tenders: Iterable[Tender]) -> Tally:
    result = Tally(total)
    for tender in tenders:
        result = result.adding(tender)
    return result


def payment_method(value: Any) -> PaymentMethod:
    """cash, qris, card or transfer, or a clear refusal."""
    try:
        return PaymentMethod(value)
    except ValueError:
        raise ValidationError("payment.method", method=value) from None


def tender_amount(value: Any) -> int:
    """An amount taken: whole rupiah, more than nothing, within MAX_AMOUNT."""
    amount = whole_number("field_name.amount", value)
    if not 0 < amount <= MAX_AMOUNT:
        raise ValidationError("payment.invalid_amount")
    return amount


def needs_reference(method: str, *, qris_reference_required: bool = True) -> bool:
    """Whether a payment must carry its reference (for a card: the approval code)."""
    return method in (PaymentMethod.TRANSFER, PaymentMethod.CARD) or (
        method == PaymentMethod.QRIS and qris_reference_required
    )


def check_reference(
    method: PaymentMethod,
    reference: str,
    approval_code: str,
    *,
    qris_reference_required: bool = True,
) -> None:
    """Refuse a transfer or (when required) QRIS without reference, a card without approval."""
    if not needs_reference(method, qris_reference_required=qris_reference_required):
        return
    if method == PaymentMethod.CARD:
        if not approval_code:
            raise ValidationError("payment.approval_required")
    elif not reference:
        raise ValidationError("payment.reference_required", method=method.value.upper())


def settle(total: int, tenders: Iterable[Tender]) -> Tally:
    """The tally of payments that pay the total exactly, change aside, or a refusal.

    Refused: no payment, an amount of nothing or below, an unknown method, non-cash paying more
    than the total, less than the total, and cash handed over when nothing is left for cash.
    """
    taken = [Tender(payment_method(t.method).value, tender_amount(t.amount)) for t in tenders]
    if not taken:
        raise ValidationError(
            "payment.insufficient", paid=format_rupiah(0), total=format_rupiah(total)
        )
    result = tally(total, taken)
    if result.non_cash_overpaid:
        raise ValidationError("payment.overpaid")
    if result.cash_tendered < result.cash_due:
        raise ValidationError(
            "payment.insufficient", paid=format_rupiah(result.paid), total=format_rupiah(total)
        )
    if result.cash_tendered and not result.cash_due:
        raise ValidationError("payment.overpaid")
    return result
