"""What the settlement use cases hand back: a maker's month, its lines, the month's
overview and the finalized statements."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

CORRECTION_PREFIX = "Koreksi: retur"  # how a correction line's name starts


@dataclass(frozen=True)
class SettlementSaleLine:
    sold_at: datetime
    receipt_no: str
    item_code: str
    description: str
    quantity: int
    unit_price: int
    amount: int


@dataclass(frozen=True)
class StatementEvent:
    """An event (pameran) whose till sold the maker's pieces this month: its sales are listed
    apart on the statement, under its name, by the receipts its till gave (`till_code`-...)."""

    code: str
    name: str
    place: str
    starts_on: str
    ends_on: str
    till_code: str


@dataclass(frozen=True)
class SettlementRefundLine:
    refunded_at: datetime
    refund_no: str
    receipt_no: str
    sale_period: str
    item_code: str
    description: str
    quantity: int
    amount: int


@dataclass(frozen=True)
class NamedAmount:
    name: str
    amount: int


@dataclass(frozen=True)
class StockRow:
    item_code: str
    description: str
    opening: int
    received: int
    sold: int
    refunded: int
    returned: int
    adjusted: int
    closing: int


@dataclass(frozen=True)
class PayoutView:
    paid_on: date
    method: str
    reference: str | None
    amount: int
    recorded_by: str


@dataclass(frozen=True)
class SettlementView:
    """A maker's month: a draft computed from the ledger, or the frozen finalized statement.

    payable = gross_sales - refunds + adjustments - commission - deductions, to the rupiah.
    `adjustments` is signed: corrections carried from closed months (refunds of their sales,
    a negative balance carried forward).
    """

    maker_code: str
    maker_name: str
    maker_business: str | None
    maker_address: str | None
    bank_name: str | None
    bank_account_masked: str
    bank_account_holder: str | None
    period: str
    status: str  # draft | final | paid
    statement_no: str | None
    sales: tuple[SettlementSaleLine, ...]
    refund_lines: tuple[SettlementRefundLine, ...]
    adjustment_lines: tuple[NamedAmount, ...]
    deduction_lines: tuple[NamedAmount, ...]
    stock: tuple[StockRow, ...]
    gross_sales: int
    refunds: int
    adjustments: int
    commission_bp: int
    commission: int
    deductions: int
    payable: int
    ytd_sales: int
    content_hash: str | None = None
    finalized_at: datetime | None = None
    payout: PayoutView | None = None
    extra: dict[str, str] = field(default_factory=dict)
    events: tuple[StatementEvent, ...] = ()  # kept in the content only when there are some

    def sales_at(self, till_code: str | None) -> tuple[SettlementSaleLine, ...]:
        """The sales rung up at an event's till, or (None) at the showroom's tills."""
        event_tills = tuple(f"{event.till_code}-" for event in self.events)
        if till_code is None:
            return tuple(s for s in self.sales if not s.receipt_no.startswith(event_tills))
        return tuple(s for s in self.sales if s.receipt_no.startswith(f"{till_code}-"))

    @property
    def corrections(self) -> tuple[NamedAmount, ...]:
        """Refunds this month of sales counted in a closed month's statement."""
        return tuple(a for a in self.adjustment_lines if a.name.startswith(CORRECTION_PREFIX))

    @property
    def carried(self) -> tuple[NamedAmount, ...]:
        """A negative balance brought from the previous statement."""
        return tuple(a for a in self.adjustment_lines if not a.name.startswith(CORRECTION_PREFIX))

    @property
    def commission_base(self) -> int:
        """Net sales: what the commission is charged on (or, below zero, given back on)."""
        return self.gross_sales - self.refunds + sum(a.amount for a in self.corrections)


@dataclass(frozen=True)
class SettlementSummary:
    """One maker's line in the month's overview for the treasurer."""

    maker_code: str
    maker_name: str
    bank_name: str | None
    bank_account_masked: str
    gross_sales: int
    refunds: int
    adjustments: int
    commission: int
    deductions: int
    payable: int
    status: str


@dataclass(frozen=True)
class StatementLine:
    """One finalized month of a maker, for the maker's page."""

    period: str
    statement_no: str
    gross_sales: int
    payable: int
    paid_on: date | None
