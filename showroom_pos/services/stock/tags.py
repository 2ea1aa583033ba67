"""Price tags to print: one per piece of an intake, or copies for one item on the shelf."""

from __future__ import annotations

from sqlalchemy import select

from showroom_pos.db.models import Item, Maker
from showroom_pos.domain.errors import ValidationError
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.stock.consignment import get_slip
from showroom_pos.services.stock.stock import find_item
from showroom_pos.services.stock.types import PriceTag

MAX_TAGS = 2_000


def tags_for_intake(ledger: Ledger, *, actor: Actor, intake_no: str) -> list[PriceTag]:
    """One tag per piece received on an intake slip (TT-...)."""
    slip = get_slip(ledger, actor=actor, number=intake_no)
    if slip.kind != "intake":
        raise ValidationError("tags.not_intake", number=slip.number)
    with ledger.read() as session:  # the slip's items in one query, not one per line
        found = {
            item.code: PriceTag(
                item.code, item.name, maker.code, item.technique, item.price, item.batikmark_cert
            )
            for item, maker in session.execute(
                select(Item, Maker)
                .join(Maker, Maker.id == Item.maker_id)
                .where(Item.code.in_([line.item_code for line in slip.lines]))
            )
        }
    tags = []
    for line in slip.lines:
        tags += [found[line.item_code]] * line.quantity
    return tags[:MAX_TAGS]


def tags_for_item(
    ledger: Ledger, *, actor: Actor, code: str, copies: int | None = None
) -> list[PriceTag]:
    """Tags for one item: as many as are on the shelf unless told (a torn tag: one)."""
    item = find_item(ledger, actor=actor, code=code)
    count = copies if copies is not None else max(item.on_hand, 1)
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_TAGS:
        raise ValidationError("tags.bad_copies", max=MAX_TAGS)
    return [
        PriceTag(
            item.code, item.name, item.maker_code, item.technique, item.price, item.batikmark_cert
        )
    ] * count
