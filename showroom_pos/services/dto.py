"""Frozen values the services hand to the GUI, the printers and the PDFs (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Actor:
    """The logged-in person a service acts for; the service re-checks them in the database."""

    user_id: int
    username: str
    full_name: str
    role: str


@dataclass(frozen=True)
class Approval:
    """A supervisor's name and password, typed into an override dialog for one action."""

    username: str
    password: str


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


@dataclass(frozen=True)
class TerminalView:
    id: int
    code: str
    name: str
    last_receipt_seq: int


@dataclass(frozen=True)
class MakerView:
    """A maker as the acting user may see them: NIK and bank account masked where not allowed."""

    id: int
    code: str
    name: str
    business_name: str | None
    nik: str | None
    nib: str | None
    phone: str | None
    address: str | None
    village: str | None
    bank_name: str | None
    bank_account: str | None
    bank_account_holder: str | None
    commission_bp: int
    active: bool
    joined_on: date
    notes: str | None
    private_shown: bool


@dataclass(frozen=True)
class ItemView:
    id: int
    code: str
    maker_code: str
    maker_name: str
    name: str
    category: str
    technique: str
    motif: str | None
    material: str | None
    size: str | None
    colour: str | None
    batikmark_cert: str | None
    price: int
    unique_piece: bool
    active: bool
    on_hand: int
    created_at: datetime


@dataclass(frozen=True)
class MovementView:
    occurred_at: datetime
    kind: str
    quantity: int
    reference: str
    reason: str | None
    username: str


@dataclass(frozen=True)
class SlipLine:
    """A line of an intake or return slip."""

    item_code: str
    description: str
    technique: str
    quantity: int
    price: int

    @property
    def amount(self) -> int:
        return self.quantity * self.price


@dataclass(frozen=True)
class Slip:
    """An intake slip (tanda terima titipan) or a return slip (berita acara pengembalian)."""

    kind: str  # "intake" | "return"
    number: str
    maker_code: str
    maker_name: str
    maker_business: str | None
    at: datetime
    staff_name: str
    lines: tuple[SlipLine, ...]
    notes: str | None

    @property
    def total_quantity(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def total_value(self) -> int:
        return sum(line.amount for line in self.lines)


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
        return self.opening_float + self.cash_sales - self.cash_refunds + self.cash_in_out

    @property
    def over_short(self) -> int | None:
        return None if self.counted_cash is None else self.counted_cash - self.expected_cash


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
        return tuple(a for a in self.adjustment_lines
                     if not a.name.startswith(CORRECTION_PREFIX))

    @property
    def commission_base(self) -> int:
        """Net sales: what the commission is charged on (or, below zero, given back on)."""
        return self.gross_sales - self.refunds + sum(a.amount for a in self.corrections)


CORRECTION_PREFIX = "Koreksi: retur"
