"""What the report use cases hand back: report tables, the dashboard and the X and Z
reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class ReportRow:
    key: str
    label: str
    quantity: int  # pieces sold (receipts for the payment report)
    sales: int
    refunds: int

    @property
    def net(self) -> int:
        return self.sales - self.refunds


@dataclass(frozen=True)
class SalesReport:
    by: str
    first_day: date
    last_day: date
    rows: tuple[ReportRow, ...]

    @property
    def total_sales(self) -> int:
        return sum(row.sales for row in self.rows)

    @property
    def total_refunds(self) -> int:
        return sum(row.refunds for row in self.rows)

    @property
    def total_quantity(self) -> int:
        return sum(row.quantity for row in self.rows)


@dataclass(frozen=True)
class ItemRow:
    code: str
    name: str
    maker_code: str
    sold: int
    sales: int
    on_hand: int
    days_on_shelf: int


@dataclass(frozen=True)
class StockRow:
    maker_code: str
    maker_name: str
    items: int
    pieces: int
    value: int  # at maker prices


@dataclass(frozen=True)
class LocationStockRow:
    key: str  # SHOWROOM or the event's code
    label: str
    items: int
    pieces: int
    value: int  # at maker prices


@dataclass(frozen=True)
class AgingRow:
    item_code: str
    name: str
    maker_code: str
    maker_name: str
    on_hand: int
    price: int
    received_on: date
    days: int


@dataclass(frozen=True)
class Dashboard:
    today: date
    today_net: int
    today_receipts: int
    month_net: int
    month_receipts: int
    per_day: tuple[tuple[date, int], ...]  # every day of the month so far, net
    techniques: tuple[tuple[str, int], ...]  # label, net this month
    top_makers: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class DayReport:
    """What an X or Z report shows; a Z report has its number and the perpetual totals."""

    kind: str  # "X" | "Z"
    terminal_code: str
    business_day: date
    made_at: datetime
    made_by: str
    receipts: int
    first_receipt: str | None
    last_receipt: str | None
    gross_sales: int
    sales_by_method: dict[str, int]
    refunds: int
    refund_count: int
    refunds_by_method: dict[str, int]
    training_receipts: int
    training_total: int
    opening_floats: int
    cash_in_out: int
    cash_expected: int
    cash_counted: int | None  # None while a shift of the day is still open
    grand_total: int  # perpetual: previous Z's + this day's net
    grand_total_absolute: int  # perpetual: previous Z's + sales + refunds
    z_number: int | None = None
    journal_hash: str | None = None

    @property
    def net_sales(self) -> int:
        return self.gross_sales - self.refunds

    @property
    def over_short(self) -> int | None:
        return None if self.cash_counted is None else self.cash_counted - self.cash_expected
