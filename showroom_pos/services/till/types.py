"""The till's types: what the till sends (cart lines, payments, refund lines) and what its use
cases hand back (receipts, refunds, shifts, a receipt as it goes to paper)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from showroom_pos.domain import cash


@dataclass(frozen=True)
class SaleLineView:
    id: int
    line_no: int
    item_code: str
    description: str
    maker_code: str
    maker_name: str
    technique: str
    quantity: int
    unit_price: int
    amount: int
    refunded_quantity: int = 0


@dataclass(frozen=True)
class PaymentView:
    method: str
    amount: int
    tendered: int | None
    change: int
    reference: str | None
    approval_code: str | None


@dataclass(frozen=True)
class SaleReceipt:
    """A completed sale, as its receipt shows it."""

    id: int
    receipt_no: str
    terminal_code: str
    cashier_name: str
    sold_at: datetime
    lines: tuple[SaleLineView, ...]
    payments: tuple[PaymentView, ...]
    total: int
    training: bool
    event: str | None = None  # "name, place" when sold at an event's till

    @property
    def change(self) -> int:
        return sum(p.change for p in self.payments)

    @property
    def paid_cash(self) -> bool:
        return any(p.method == "cash" for p in self.payments)


@dataclass(frozen=True)
class RefundLineView:
    sale_line_id: int
    item_code: str
    description: str
    maker_name: str
    quantity: int
    amount: int
    restocked: bool


@dataclass(frozen=True)
class RefundReceipt:
    id: int
    refund_no: str
    receipt_no: str
    terminal_code: str
    cashier_name: str
    approved_by: str
    refunded_at: datetime
    reason: str
    method: str
    lines: tuple[RefundLineView, ...]
    total: int


@dataclass(frozen=True)
class ShiftView:
    id: int
    terminal_code: str
    cashier_username: str
    cashier_name: str
    opened_at: datetime
    opening_float: int
    cash_sales: int
    cash_refunds: int
    cash_in_out: int
    closed_at: datetime | None = None
    counted_cash: int | None = None

    @property
    def expected_cash(self) -> int:
        return cash.expected_cash(
            opening_float=self.opening_float,
            cash_sales=self.cash_sales,
            cash_refunds=self.cash_refunds,
            cash_in_out=self.cash_in_out,
        )

    @property
    def over_short(self) -> int | None:
        return (
            None
            if self.counted_cash is None
            else cash.over_short(self.counted_cash, self.expected_cash)
        )


@dataclass(frozen=True)
class CartLine:
    """What the till sends: an item code and how many. The price is never the till's to say."""

    item_code: str
    quantity: int = 1


@dataclass(frozen=True)
class PaymentInput:
    """A payment as taken. For cash, `amount` is what the buyer handed over."""

    method: str
    amount: int
    reference: str | None = None
    approval_code: str | None = None


@dataclass(frozen=True)
class RefundLineInput:
    sale_line_id: int
    quantity: int
    restock: bool = True


@dataclass(frozen=True)
class ReceiptToPrint:
    """A receipt as it goes to paper now: copy number, refunds since, whether the drawer opens."""

    receipt: SaleReceipt
    copy_number: int | None  # None for the original, 1, 2, ... for SALINAN
    refund_numbers: tuple[str, ...]
    open_drawer: bool
