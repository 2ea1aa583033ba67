"""Consigned items: their description and price, look-ups and history. Intake and return
slips are in `consignment.py`; stock adjustments and counts in `counts.py`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

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
    StockCountLine,
    StockMovement,
    User,
)
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.kinds import MovementKind, Technique
from showroom_pos.domain.roles import Action
from showroom_pos.domain.text import Term
from showroom_pos.domain.validation import (
    check_consent,
    check_count,
    check_price,
    clean_code,
    clean_text,
    search_text,
)
from showroom_pos.services.admin.auth import approve, current_user, require, require_or_approved
from showroom_pos.services.admin.types import Actor, Approval
from showroom_pos.services.common import contains, next_number, record
from showroom_pos.services.context import Ledger
from showroom_pos.services.lookups import item_row
from showroom_pos.services.stock.types import ItemFields, ItemView, MovementView

CATEGORIES = (
    "kain panjang",
    "sarung",
    "selendang",
    "kemeja",
    "blus",
    "dress",
    "tas",
    "dompet",
    "taplak",
    "syal",
    "kerajinan",
    "makanan",
    "minuman",
    "aksesori",
    "lainnya",
)

MAX_LISTED = 5_000


def item_view(item: Item, maker: Maker) -> ItemView:
    return ItemView(
        id=item.id,
        code=item.code,
        maker_code=maker.code,
        maker_name=maker.name,
        name=item.name,
        category=item.category,
        technique=item.technique,
        motif=item.motif,
        material=item.material,
        size=item.size,
        colour=item.colour,
        batikmark_cert=item.batikmark_cert,
        price=item.price,
        unique_piece=item.unique_piece,
        active=item.active,
        on_hand=item.on_hand,
        created_at=item.created_at,
    )


def _technique(value: Any) -> str:
    try:
        return Technique(value).value
    except ValueError:
        raise ValidationError(
            "field.choice",
            field=Term("field_name.technique"),
            value=value,
            choices=", ".join(t.value for t in Technique),
        ) from None


def optional_text(field: str, value: Any, max_len: int) -> str | None:
    return clean_text(field, value, max_len=max_len, required=False) or None


def new_item(session: Session, maker: Maker, fields: ItemFields, at: datetime) -> Item:
    if fields.code:
        code = clean_code("field_name.item_code", fields.code, max_len=32)
    else:
        code = f"{maker.code}-{next_number(session, f'item:{maker.code}'):05d}"
    if session.scalar(select(Item.id).where(Item.code == code)) is not None:
        raise ValidationError("item.exists", code=code)
    category = clean_text("field_name.category", fields.category, max_len=40).lower()
    if not isinstance(fields.unique_piece, bool):
        raise ValidationError("field.bad_chars", field=Term("field_name.unique_piece"))
    item = Item(
        code=code,
        maker_id=maker.id,
        name=clean_text("field_name.item_name", fields.name, max_len=150),
        category=category,
        technique=_technique(fields.technique),
        motif=optional_text("field_name.motif", fields.motif, 60),
        material=optional_text("field_name.material", fields.material, 60),
        size=optional_text("field_name.size", fields.size, 40),
        colour=optional_text("field_name.colour", fields.colour, 40),
        batikmark_cert=optional_text("field_name.batikmark_cert", fields.batikmark_cert, 40),
        price=check_price(fields.price),
        unique_piece=fields.unique_piece,
        active=True,
        on_hand=0,
        created_at=at,
    )
    session.add(item)
    session.flush()
    return item


def change_price(
    ledger: Ledger,
    *,
    actor: Actor,
    code: str,
    new_price: int,
    consent_note: str,
    approval: Approval | None = None,
) -> ItemView:
    """A maker's new price, with their consent recorded; a supervisor approves it."""
    approver_id = approve(ledger, approval)

    def work(session: Session) -> ItemView:
        user, approver = require_or_approved(session, actor, Action.CHANGE_PRICE, approver_id)
        item = item_row(session, code, lock=True)
        price = check_price(new_price)
        note = check_consent(consent_note)
        if price == item.price:
            raise ValidationError("price.unchanged")
        now = ledger.now()
        change = PriceChange(
            item_id=item.id,
            old_price=item.price,
            new_price=price,
            consent_note=note,
            changed_at=now,
            user_id=user.id,
            approved_by_id=approver.id,
        )
        session.add(change)
        item.price = price
        record(
            session,
            action="item.price",
            user_id=user.id,
            at=now,
            summary=f"price of {item.code}: {change.old_price} -> {price}",
            records=[change, item],
        )
        maker = session.get(Maker, item.maker_id)
        assert maker is not None
        return item_view(item, maker)

    return ledger.run_write(work)


def edit_item(
    ledger: Ledger, *, actor: Actor, code: str, fields: ItemFields, active: bool = True
) -> ItemView:
    """Correct an item's description; its price changes only through `change_price`."""

    def work(session: Session) -> ItemView:
        user = require(session, actor, Action.EDIT_ITEM)
        item = item_row(session, code, lock=True)
        item.name = clean_text("field_name.item_name", fields.name, max_len=150)
        item.category = clean_text("field_name.category", fields.category, max_len=40).lower()
        item.technique = _technique(fields.technique)
        item.motif = optional_text("field_name.motif", fields.motif, 60)
        item.material = optional_text("field_name.material", fields.material, 60)
        item.size = optional_text("field_name.size", fields.size, 40)
        item.colour = optional_text("field_name.colour", fields.colour, 40)
        item.batikmark_cert = optional_text("field_name.batikmark_cert", fields.batikmark_cert, 40)
        item.active = bool(active)
        record(
            session,
            action="item.edit",
            user_id=user.id,
            at=ledger.now(),
            summary=f"item {item.code} edited",
            records=[item],
        )
        maker = session.get(Maker, item.maker_id)
        assert maker is not None
        return item_view(item, maker)

    return ledger.run_write(work)


def find_item(ledger: Ledger, *, actor: Actor, code: str) -> ItemView:
    """One item by its code (a scan at the till)."""
    with ledger.read() as session:
        current_user(session, actor)
        item = item_row(session, code)
        maker = session.get(Maker, item.maker_id)
        assert maker is not None
        return item_view(item, maker)


def search_items(
    ledger: Ledger,
    *,
    actor: Actor,
    text: str = "",
    maker_code: str | None = None,
    category: str | None = None,
    technique: str | None = None,
    in_stock: bool | None = None,
    active_only: bool = True,
    limit: int = 50,
) -> list[ItemView]:
    """Items whose code, name, motif or maker match every word typed; first `limit` by code."""
    with ledger.read() as session:
        current_user(session, actor)
        query = select(Item, Maker).join(Maker, Maker.id == Item.maker_id)
        conditions: list[ColumnElement[bool]] = []
        for word in search_text(text).split()[:6]:
            pattern = contains(word)
            conditions.append(
                or_(
                    *(
                        column.ilike(pattern, escape="\\")
                        for column in (Item.code, Item.name, Item.motif, Maker.name, Maker.code)
                    )
                )
            )
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
        rows = session.execute(
            query.order_by(Item.code).limit(
                check_count("field_name.row_count", limit, maximum=MAX_LISTED)
            )
        )
        return [item_view(item, maker) for item, maker in rows]


def item_history(ledger: Ledger, *, actor: Actor, code: str) -> list[MovementView]:
    """Every stock movement of an item, oldest first, with its document (an event's sales by
    the event's receipts)."""
    with ledger.read() as session:
        current_user(session, actor)
        item = item_row(session, code)
        rows = session.execute(
            select(StockMovement, User.username)
            .join(User, User.id == StockMovement.user_id)
            .where(
                StockMovement.item_id == item.id,
                # a piece sent out or back shows once, as the showroom's stock moved
                or_(
                    StockMovement.event_id.is_(None),
                    StockMovement.kind.not_in(
                        (MovementKind.TO_EVENT.value, MovementKind.FROM_EVENT.value)
                    ),
                ),
            )
            .order_by(StockMovement.occurred_at, StockMovement.id)
        )
        return [
            MovementView(
                m.occurred_at, m.kind, m.quantity, _reference(session, m), m.reason, username
            )
            for m, username in rows
        ]


def _reference(session: Session, movement: StockMovement) -> str:
    if movement.intake_line_id:
        return str(
            session.scalar(
                select(Intake.intake_no)
                .join(IntakeLine)
                .where(IntakeLine.id == movement.intake_line_id)
            )
        )
    if movement.sale_line_id:
        return str(
            session.scalar(
                select(Sale.receipt_no).join(SaleLine).where(SaleLine.id == movement.sale_line_id)
            )
        )
    if movement.refund_line_id:
        return str(
            session.scalar(
                select(Refund.refund_no)
                .join(RefundLine)
                .where(RefundLine.id == movement.refund_line_id)
            )
        )
    if movement.return_line_id:
        return str(
            session.scalar(
                select(MakerReturn.return_no)
                .join(MakerReturnLine)
                .where(MakerReturnLine.id == movement.return_line_id)
            )
        )
    if movement.count_line_id:
        count_id = session.scalar(
            select(StockCountLine.count_id).where(StockCountLine.id == movement.count_line_id)
        )
        return f"SO-{count_id}"
    return ""


def stock_of(session: Session, item_id: int, before: datetime | None = None) -> int:
    """An item's stock from its movements, optionally as it was before a moment."""
    query = select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
        StockMovement.item_id == item_id
    )
    if before is not None:
        query = query.where(StockMovement.occurred_at < before)
    return int(session.scalar(query) or 0)
