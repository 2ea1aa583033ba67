"""What the stock use cases take and hand back: makers, items, slips, counts, tags,
imports and events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from showroom_pos.domain.kinds import technique_label


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
class MakerInput:
    """What staff type for a maker; validated by the service."""

    code: str
    name: str
    business_name: str | None = None
    nik: str | None = None
    nib: str | None = None
    phone: str | None = None
    address: str | None = None
    village: str | None = None
    bank_name: str | None = None
    bank_account: str | None = None
    bank_account_holder: str | None = None
    commission_bp: int = 0
    joined_on: date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ItemFields:
    """A new item as staff describe it at intake. An empty code gets `MAKERCODE-00001`."""

    name: str
    category: str
    technique: str
    price: int
    motif: str | None = None
    material: str | None = None
    size: str | None = None
    colour: str | None = None
    batikmark_cert: str | None = None
    unique_piece: bool = False
    code: str | None = None


@dataclass(frozen=True)
class IntakeLineInput:
    """Either a new item, or more pieces of one of the maker's existing items."""

    quantity: int
    item: ItemFields | None = None
    existing_code: str | None = None


@dataclass(frozen=True)
class CountLine:
    item_code: str
    expected: int
    counted: int
    explanation: str | None

    @property
    def difference(self) -> int:
        return self.counted - self.expected


@dataclass(frozen=True)
class CountResult:
    count_id: int
    maker_code: str | None
    counted_at: datetime
    lines: tuple[CountLine, ...]


@dataclass(frozen=True)
class SlipSummary:
    """One intake or return slip in a list, newest first."""

    number: str
    kind: str
    maker_code: str
    maker_name: str
    at: datetime
    pieces: int


@dataclass(frozen=True)
class PriceTag:
    """What one tag shows: the scanner reads the item code from its Code128."""

    item_code: str
    description: str
    maker_code: str
    technique: str
    price: int
    batikmark_cert: str | None = None

    @property
    def technique_label(self) -> str:
        """Indonesian, as the buyer reads it; printed textile is labelled as not batik."""
        return technique_label(self.technique)


@dataclass(frozen=True)
class ImportResult:
    rows: int
    created_codes: tuple[str, ...]
    intake_numbers: tuple[str, ...]


@dataclass(frozen=True)
class EventPiece:
    """One item at or through an event: how many went, sold, came back, are still there."""

    item_code: str
    name: str
    maker_code: str
    maker_name: str
    price: int
    sent: int
    sold: int
    refunded: int
    returned: int
    at_event: int


@dataclass(frozen=True)
class EventView:
    id: int
    code: str
    name: str
    place: str
    starts_on: date
    ends_on: date
    till_code: str
    status: str
    packs: int
    packed_at: datetime | None
    merged_at: datetime | None
    pieces_at_event: int
    sales: int
    sales_total: int
    refunds_total: int


@dataclass(frozen=True)
class EventDetail:
    event: EventView
    pieces: tuple[EventPiece, ...]
    receipts: tuple[tuple[str, datetime, int], ...]  # receipt number, time, total


@dataclass(frozen=True)
class PackResult:
    event_code: str
    path: Path
    pieces: int
    items: int
    users: tuple[str, ...]
    journal_hash: str


@dataclass(frozen=True)
class MergeResult:
    event_code: str
    sales: int
    refunds: int
    shifts: int
    z_reports: int
    sales_total: int
    refunds_total: int
    pieces_back: int
    entries: int
    event_hash: str
