"""Consigned goods: intake, return to maker, price changes, adjustments, counts and look-ups."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from showroom_pos.db import journal
from showroom_pos.db.models import (
    Intake,
    IntakeLine,
    Item,
    Maker,
    MakerReturn,
    MakerReturnLine,
    PriceChange,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    StockCount,
    StockCountLine,
    StockMovement,
    User,
)
from showroom_pos.domain.errors import NotFound, StockError, ValidationError
from showroom_pos.domain.kinds import MovementKind, Technique
from showroom_pos.domain.roles import Action
from showroom_pos.domain.validation import (
    MAX_QUANTITY,
    check_consent,
    check_count,
    check_price,
    check_quantity,
    clean_code,
    clean_text,
    search_text,
    whole_number,
)
from showroom_pos.services.admin.auth import approve, current_user, require, require_or_approved
from showroom_pos.services.common import (
    assert_period_open,
    contains,
    move_stock,
    next_number,
)
from showroom_pos.services.context import Ledger
from showroom_pos.services.dto import Actor, Approval, ItemView, MovementView, Slip, SlipLine
from showroom_pos.services.stock.makers import get_maker_row

CATEGORIES = (
    "kain panjang", "sarung", "selendang", "kemeja", "blus", "dress", "tas", "dompet", "taplak",
    "syal", "kerajinan", "makanan", "minuman", "aksesori", "lainnya",
)

MAX_LISTED = 5_000


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


def item_view(item: Item, maker: Maker) -> ItemView:
    return ItemView(
        id=item.id, code=item.code, maker_code=maker.code, maker_name=maker.name, name=item.name,
        category=item.category, technique=item.technique, motif=item.motif,
        material=item.material, size=item.size, colour=item.colour,
        batikmark_cert=item.batikmark_cert, price=item.price, unique_piece=item.unique_piece,
        active=item.active, on_hand=item.on_hand, created_at=item.created_at,
    )


def get_item_row(session: Session, code: Any, *, lock: bool = False) -> Item:
    text = code.strip().upper() if isinstance(code, str) else ""
    query = select(Item).where(Item.code == text)
    if lock:
        query = query.with_for_update()
    item = session.scalar(query) if text else None
    if item is None:
        raise NotFound("item.not_found", code=text or "-")
    return item


def _technique(value: Any) -> str:
    try:
        return Technique(value).value
    except ValueError:
        raise ValidationError("field.choice", field="Teknik", value=value,
                              choices=", ".join(t.value for t in Technique)) from None


def _optional(field: str, value: Any, max_len: int) -> str | None:
    return clean_text(field, value, max_len=max_len, required=False) or None


def _new_item(session: Session, maker: Maker, fields: ItemFields, at: datetime) -> Item:
    if fields.code:
        code = clean_code("Kode barang", fields.code, max_len=32)
    else:
        code = f"{maker.code}-{next_number(session, f'item:{maker.code}'):05d}"
    if session.scalar(select(Item.id).where(Item.code == code)) is not None:
        raise ValidationError("item.exists", code=code)
    category = clean_text("Kategori", fields.category, max_len=40).lower()
    if not isinstance(fields.unique_piece, bool):
        raise ValidationError("field.bad_chars", field="Barang unik")
    item = Item(
        code=code, maker_id=maker.id, name=clean_text("Nama barang", fields.name, max_len=150),
        category=category, technique=_technique(fields.technique),
        motif=_optional("Motif", fields.motif, 60),
        material=_optional("Bahan", fields.material, 60),
        size=_optional("Ukuran", fields.size, 40), colour=_optional("Warna", fields.colour, 40),
        batikmark_cert=_optional("Sertifikat Batikmark", fields.batikmark_cert, 40),
        price=check_price(fields.price), unique_piece=fields.unique_piece, active=True,
        on_hand=0, created_at=at,
    )
    session.add(item)
    session.flush()
    return item


def _slip(kind: str, number: str, maker: Maker, at: datetime, staff: User,
          lines: Sequence[tuple[Item, int, int]], notes: str | None) -> Slip:
    return Slip(
        kind=kind, number=number, maker_code=maker.code, maker_name=maker.name,
        maker_business=maker.business_name, at=at, staff_name=staff.full_name,
        lines=tuple(SlipLine(item.code, item.name, item.technique, quantity, price)
                    for item, quantity, price in lines),
        notes=notes,
    )


def receive_consignment_in(session: Session, ledger: Ledger, user: User, maker_code: str,
                           lines: Sequence[IntakeLineInput], notes: str | None = None) -> Slip:
    """Take in a maker's goods inside an open transaction; one intake slip for the lot."""
    now = ledger.now()
    maker = get_maker_row(session, maker_code, active=True)
    if not lines:
        raise ValidationError("lines.empty")
    assert_period_open(session, maker_id=maker.id, maker_code=maker.code, at=now)
    note = _optional("Catatan", notes, 1000)
    intake = Intake(intake_no=f"TT-{next_number(session, 'intake'):06d}", maker_id=maker.id,
                    received_at=now, user_id=user.id, notes=note)
    session.add(intake)
    session.flush()
    records: list[Any] = [intake]
    slip_lines: list[tuple[Item, int, int]] = []
    seen: set[int] = set()
    for line_no, line in enumerate(lines, start=1):
        if line.item is not None:
            item = _new_item(session, maker, line.item, now)
            records.append(item)
        else:
            item = get_item_row(session, line.existing_code, lock=True)
            if item.maker_id != maker.id:
                raise ValidationError("item.wrong_maker", code=item.code,
                                      maker=session.get(Maker, item.maker_id).code)  # type: ignore[union-attr]
            if not item.active:
                raise ValidationError("item.inactive", code=item.code)
        if item.id in seen:
            raise ValidationError("lines.duplicate", code=item.code)
        seen.add(item.id)
        quantity = check_quantity(line.quantity, unique_piece=item.unique_piece)
        if item.unique_piece and item.on_hand:
            raise ValidationError("quantity.unique")
        intake_line = IntakeLine(intake_id=intake.id, line_no=line_no, item_id=item.id,
                                 quantity=quantity, price=item.price)
        session.add(intake_line)
        session.flush()
        records.append(intake_line)
        records.append(move_stock(session, item=item, kind=MovementKind.INTAKE,
                                  quantity=quantity, at=now, user_id=user.id,
                                  intake_line_id=intake_line.id))
        slip_lines.append((item, quantity, item.price))
    session.flush()
    journal.append(session, action="consignment.receive", user_id=user.id, at=now,
                   summary=f"intake {intake.intake_no} from {maker.code}: "
                   f"{sum(q for _, q, _ in slip_lines)} pcs", records=records)
    return _slip("intake", intake.intake_no, maker, now, user, slip_lines, note)


def receive_consignment(ledger: Ledger, *, actor: Actor, maker_code: str,
                        lines: Sequence[IntakeLineInput], notes: str | None = None) -> Slip:
    def work(session: Session) -> Slip:
        user = require(session, actor, Action.RECEIVE_CONSIGNMENT)
        return receive_consignment_in(session, ledger, user, maker_code, lines, notes)

    return ledger.run_write(work)


def return_to_maker(ledger: Ledger, *, actor: Actor, maker_code: str,
                    lines: Sequence[tuple[str, int]], notes: str | None = None) -> Slip:
    """Hand unsold goods back to their maker, with a return slip (berita acara pengembalian)."""

    def work(session: Session) -> Slip:
        user = require(session, actor, Action.RETURN_TO_MAKER)
        now = ledger.now()
        maker = get_maker_row(session, maker_code)
        if not lines:
            raise ValidationError("lines.empty")
        assert_period_open(session, maker_id=maker.id, maker_code=maker.code, at=now)
        note = _optional("Catatan", notes, 1000)
        back = MakerReturn(return_no=f"BA-{next_number(session, 'return'):06d}",
                           maker_id=maker.id, returned_at=now, user_id=user.id, notes=note)
        session.add(back)
        session.flush()
        records: list[Any] = [back]
        slip_lines: list[tuple[Item, int, int]] = []
        seen: set[int] = set()
        for line_no, (code, quantity) in enumerate(lines, start=1):
            item = get_item_row(session, code, lock=True)
            if item.maker_id != maker.id:
                raise ValidationError("item.wrong_maker", code=item.code,
                                      maker=session.get(Maker, item.maker_id).code)  # type: ignore[union-attr]
            if item.id in seen:
                raise ValidationError("lines.duplicate", code=item.code)
            seen.add(item.id)
            qty = check_quantity(quantity)
            if qty > item.on_hand:
                raise StockError("return.too_much", code=item.code, requested=qty,
                                 available=item.on_hand)
            line = MakerReturnLine(return_id=back.id, line_no=line_no, item_id=item.id,
                                   quantity=qty, price=item.price)
            session.add(line)
            session.flush()
            records.append(line)
            records.append(move_stock(session, item=item, kind=MovementKind.RETURN,
                                      quantity=-qty, at=now, user_id=user.id,
                                      return_line_id=line.id))
            slip_lines.append((item, qty, item.price))
        session.flush()
        journal.append(session, action="consignment.return", user_id=user.id, at=now,
                       summary=f"return {back.return_no} to {maker.code}: "
                       f"{sum(q for _, q, _ in slip_lines)} pcs", records=records)
        return _slip("return", back.return_no, maker, now, user, slip_lines, note)

    return ledger.run_write(work)


def change_price(ledger: Ledger, *, actor: Actor, code: str, new_price: int, consent_note: str,
                 approval: Approval | None = None) -> ItemView:
    """A maker's new price, with their consent recorded; a supervisor approves it."""
    approver_id = approve(ledger, approval)

    def work(session: Session) -> ItemView:
        user, approver = require_or_approved(session, actor, Action.CHANGE_PRICE, approver_id)
        item = get_item_row(session, code, lock=True)
        price = check_price(new_price)
        note = check_consent(consent_note)
        if price == item.price:
            raise ValidationError("price.unchanged")
        now = ledger.now()
        change = PriceChange(item_id=item.id, old_price=item.price, new_price=price,
                             consent_note=note, changed_at=now, user_id=user.id,
                             approved_by_id=approver.id)
        session.add(change)
        item.price = price
        session.flush()
        journal.append(session, action="item.price", user_id=user.id, at=now,
                       summary=f"price of {item.code}: {change.old_price} -> {price}",
                       records=[change, item])
        maker = session.get(Maker, item.maker_id)
        assert maker is not None
        return item_view(item, maker)

    return ledger.run_write(work)


def edit_item(ledger: Ledger, *, actor: Actor, code: str, fields: ItemFields,
              active: bool = True) -> ItemView:
    """Correct an item's description; its price changes only through `change_price`."""

    def work(session: Session) -> ItemView:
        user = require(session, actor, Action.EDIT_ITEM)
        item = get_item_row(session, code, lock=True)
        item.name = clean_text("Nama barang", fields.name, max_len=150)
        item.category = clean_text("Kategori", fields.category, max_len=40).lower()
        item.technique = _technique(fields.technique)
        item.motif = _optional("Motif", fields.motif, 60)
        item.material = _optional("Bahan", fields.material, 60)
        item.size = _optional("Ukuran", fields.size, 40)
        item.colour = _optional("Warna", fields.colour, 40)
        item.batikmark_cert = _optional("Sertifikat Batikmark", fields.batikmark_cert, 40)
        item.active = bool(active)
        journal.append(session, action="item.edit", user_id=user.id, at=ledger.now(),
                       summary=f"item {item.code} edited", records=[item])
        maker = session.get(Maker, item.maker_id)
        assert maker is not None
        return item_view(item, maker)

    return ledger.run_write(work)


def adjust_stock(ledger: Ledger, *, actor: Actor, code: str, quantity: int, reason: str,
                 approval: Approval | None = None) -> ItemView:
    """Correct an item's stock by a signed quantity, with a reason (damaged, found, ...)."""
    approver_id = approve(ledger, approval)

    def work(session: Session) -> ItemView:
        user, approver = require_or_approved(session, actor, Action.ADJUST_STOCK, approver_id)
        delta = whole_number("Jumlah", quantity)
        if delta == 0:
            raise ValidationError("stock.zero_adjustment")
        if abs(delta) > MAX_QUANTITY:
            raise ValidationError("quantity.invalid", max=MAX_QUANTITY)
        why = clean_text("Alasan", reason, max_len=300, required=False)
        if not why:
            raise ValidationError("stock.reason_required")
        item = get_item_row(session, code, lock=True)
        maker = session.get(Maker, item.maker_id)
        assert maker is not None
        now = ledger.now()
        assert_period_open(session, maker_id=maker.id, maker_code=maker.code, at=now)
        if item.on_hand + delta < 0:
            raise StockError("stock.negative", code=item.code, available=item.on_hand)
        if item.unique_piece and item.on_hand + delta > 1:
            raise ValidationError("quantity.unique")
        movement = move_stock(session, item=item, kind=MovementKind.ADJUSTMENT, quantity=delta,
                              at=now, user_id=user.id, approved_by_id=approver.id, reason=why)
        session.flush()
        journal.append(session, action="stock.adjust", user_id=user.id, at=now,
                       summary=f"stock of {item.code} adjusted by {delta}: {why}",
                       records=[movement])
        return item_view(item, maker)

    return ledger.run_write(work)


def record_stock_count(ledger: Ledger, *, actor: Actor, counted: Mapping[str, int],
                       explanations: Mapping[str, str] | None = None,
                       maker_code: str | None = None, notes: str | None = None,
                       approval: Approval | None = None) -> CountResult:
    """A stock count (stok opname): each difference needs an explanation and is corrected.

    A difference is a stock adjustment: like any other, it needs a role that may adjust
    stock, or a supervisor's approval."""
    explained = {k.strip().upper(): v for k, v in (explanations or {}).items()}
    approver_id = approve(ledger, approval)

    def work(session: Session) -> CountResult:
        user = require(session, actor, Action.COUNT_STOCK)
        approver: User | None = None
        now = ledger.now()
        maker = get_maker_row(session, maker_code) if maker_code else None
        if not counted:
            raise ValidationError("lines.empty")
        count = StockCount(maker_id=maker.id if maker else None, counted_at=now,
                           user_id=user.id, notes=_optional("Catatan", notes, 1000))
        session.add(count)
        session.flush()
        records: list[Any] = [count]
        result: list[CountLine] = []
        for code, number in sorted(counted.items()):
            item = get_item_row(session, code, lock=True)
            if maker is not None and item.maker_id != maker.id:
                raise ValidationError("item.wrong_maker", code=item.code, maker=maker.code)
            physical = whole_number("Jumlah", number)
            if not 0 <= physical <= MAX_QUANTITY or (item.unique_piece and physical > 1):
                raise ValidationError("quantity.invalid", max=1 if item.unique_piece
                                      else MAX_QUANTITY)
            why = _optional("Keterangan", explained.get(item.code), 300)
            difference = physical - item.on_hand
            if difference and not why:
                raise ValidationError("stock.reason_required")
            line = StockCountLine(count_id=count.id, item_id=item.id, expected=item.on_hand,
                                  counted=physical, explanation=why)
            session.add(line)
            session.flush()
            records.append(line)
            if difference:
                if approver is None:
                    _, approver = require_or_approved(session, actor, Action.ADJUST_STOCK,
                                                      approver_id)
                item_maker = session.get(Maker, item.maker_id)
                assert item_maker is not None
                assert_period_open(session, maker_id=item_maker.id, maker_code=item_maker.code,
                                   at=now)
                records.append(move_stock(session, item=item, kind=MovementKind.COUNT,
                                          quantity=difference, at=now, user_id=user.id,
                                          approved_by_id=approver.id, reason=why,
                                          count_line_id=line.id))
            result.append(CountLine(item.code, line.expected, physical, why))
        session.flush()
        journal.append(session, action="stock.count", user_id=user.id, at=now,
                       summary=f"stock count of {len(result)} items, "
                       f"{sum(1 for r in result if r.difference)} differences", records=records)
        return CountResult(count.id, maker.code if maker else None, now, tuple(result))

    return ledger.run_write(work)


def find_item(ledger: Ledger, *, actor: Actor, code: str) -> ItemView:
    """One item by its code (a scan at the till)."""
    with ledger.read() as session:
        current_user(session, actor)
        item = get_item_row(session, code)
        maker = session.get(Maker, item.maker_id)
        assert maker is not None
        return item_view(item, maker)


def search_items(ledger: Ledger, *, actor: Actor, text: str = "", maker_code: str | None = None,
                 category: str | None = None, technique: str | None = None,
                 in_stock: bool | None = None, active_only: bool = True,
                 limit: int = 50) -> list[ItemView]:
    """Items whose code, name, motif or maker match every word typed; first `limit` by code."""
    with ledger.read() as session:
        current_user(session, actor)
        query = select(Item, Maker).join(Maker, Maker.id == Item.maker_id)
        conditions: list[ColumnElement[bool]] = []
        for word in search_text(text).split()[:6]:
            pattern = contains(word)
            conditions.append(or_(*(column.ilike(pattern, escape="\\") for column in (
                Item.code, Item.name, Item.motif, Maker.name, Maker.code))))
        if maker_code := search_text(maker_code).upper():
            conditions.append(Maker.code == maker_code)
        if category := search_text(category):
            conditions.append(Item.category == category)
        if technique := search_text(technique):
            conditions.append(Item.technique == technique)
        if in_stock is True:
            conditions.append(Item.on_hand > 0)
        elif in_stock is False:
            conditions.append(Item.on_hand == 0)
        if active_only:
            conditions.append(Item.active.is_(True))
        if conditions:
            query = query.where(and_(*conditions))
        rows = session.execute(query.order_by(Item.code).limit(
            check_count("Jumlah baris", limit, maximum=MAX_LISTED)))
        return [item_view(item, maker) for item, maker in rows]


def item_history(ledger: Ledger, *, actor: Actor, code: str) -> list[MovementView]:
    """Every stock movement of an item, oldest first, with its document (an event's sales by
    the event's receipts)."""
    with ledger.read() as session:
        current_user(session, actor)
        item = get_item_row(session, code)
        rows = session.execute(
            select(StockMovement, User.username)
            .join(User, User.id == StockMovement.user_id)
            .where(StockMovement.item_id == item.id,
                   # a piece sent out or back shows once, as the showroom's stock moved
                   or_(StockMovement.event_id.is_(None),
                       StockMovement.kind.not_in((MovementKind.TO_EVENT.value,
                                                  MovementKind.FROM_EVENT.value))))
            .order_by(StockMovement.occurred_at, StockMovement.id)
        )
        return [MovementView(m.occurred_at, m.kind, m.quantity, _reference(session, m), m.reason,
                             username) for m, username in rows]


def _reference(session: Session, movement: StockMovement) -> str:
    if movement.intake_line_id:
        return str(session.scalar(select(Intake.intake_no).join(IntakeLine).where(
            IntakeLine.id == movement.intake_line_id)))
    if movement.sale_line_id:
        return str(session.scalar(select(Sale.receipt_no).join(SaleLine).where(
            SaleLine.id == movement.sale_line_id)))
    if movement.refund_line_id:
        return str(session.scalar(select(Refund.refund_no).join(RefundLine).where(
            RefundLine.id == movement.refund_line_id)))
    if movement.return_line_id:
        return str(session.scalar(select(MakerReturn.return_no).join(MakerReturnLine).where(
            MakerReturnLine.id == movement.return_line_id)))
    if movement.count_line_id:
        count_id = session.scalar(select(StockCountLine.count_id).where(
            StockCountLine.id == movement.count_line_id))
        return f"SO-{count_id}"
    return ""


def stock_of(session: Session, item_id: int, before: datetime | None = None) -> int:
    """An item's stock from its movements, optionally as it was before a moment."""
    query = select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
        StockMovement.item_id == item_id)
    if before is not None:
        query = query.where(StockMovement.occurred_at < before)
    return int(session.scalar(query) or 0)


def get_slip(ledger: Ledger, *, actor: Actor, number: str) -> Slip:
    """An intake (TT-...) or return (BA-...) slip again, for a reprint."""
    with ledger.read() as session:
        current_user(session, actor)
        text = number.strip().upper()
        intake = session.scalar(select(Intake).where(Intake.intake_no == text))
        if intake is not None:
            maker, staff = session.get(Maker, intake.maker_id), session.get(User, intake.user_id)
            rows = session.execute(select(IntakeLine, Item).join(Item).where(
                IntakeLine.intake_id == intake.id).order_by(IntakeLine.line_no))
            assert maker is not None and staff is not None
            return _slip("intake", intake.intake_no, maker, intake.received_at, staff,
                         [(item, line.quantity, line.price) for line, item in rows], intake.notes)
        back = session.scalar(select(MakerReturn).where(MakerReturn.return_no == text))
        if back is None:
            raise NotFound("item.not_found", code=text)
        maker, staff = session.get(Maker, back.maker_id), session.get(User, back.user_id)
        assert maker is not None and staff is not None
        ret_rows = session.execute(select(MakerReturnLine, Item).join(Item).where(
            MakerReturnLine.return_id == back.id).order_by(MakerReturnLine.line_no))
        return _slip("return", back.return_no, maker, back.returned_at, staff,
                     [(item, line.quantity, line.price) for line, item in ret_rows], back.notes)


@dataclass(frozen=True)
class SlipSummary:
    """One intake or return slip in a list, newest first."""

    number: str
    kind: str
    maker_code: str
    maker_name: str
    at: datetime
    pieces: int


def list_slips(ledger: Ledger, *, actor: Actor, maker_code: str | None = None,
               limit: int = 100) -> list[SlipSummary]:
    """Recent intake and return slips, to reopen and reprint them."""
    limit = check_count("Jumlah baris", limit, maximum=MAX_LISTED)
    with ledger.read() as session:
        current_user(session, actor)
        intake_query = (
            select(Intake.intake_no, Maker.code, Maker.name, Intake.received_at,
                   func.sum(IntakeLine.quantity))
            .join(Maker, Maker.id == Intake.maker_id).join(IntakeLine)
            .group_by(Intake.id, Intake.intake_no, Maker.code, Maker.name, Intake.received_at)
            .order_by(Intake.received_at.desc()).limit(limit))
        return_query = (
            select(MakerReturn.return_no, Maker.code, Maker.name, MakerReturn.returned_at,
                   func.sum(MakerReturnLine.quantity))
            .join(Maker, Maker.id == MakerReturn.maker_id).join(MakerReturnLine)
            .group_by(MakerReturn.id, MakerReturn.return_no, Maker.code, Maker.name,
                      MakerReturn.returned_at)
            .order_by(MakerReturn.returned_at.desc()).limit(limit))
        if wanted := search_text(maker_code).upper():
            intake_query = intake_query.where(Maker.code == wanted)
            return_query = return_query.where(Maker.code == wanted)
        slips = [SlipSummary(no, "intake", code, name, at, int(pieces or 0))
                 for no, code, name, at, pieces in session.execute(intake_query)]
        slips += [SlipSummary(no, "return", code, name, at, int(pieces or 0))
                  for no, code, name, at, pieces in session.execute(return_query)]
        return sorted(slips, key=lambda s: (s.at, s.number), reverse=True)[:limit]
