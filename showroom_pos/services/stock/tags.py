"""Price tags to print: one per piece of an intake, or copies for one item on the shelf."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from showroom_pos.db.models import Item, Maker
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.kinds import technique_label
from showroom_pos.services.context import Ledger
from showroom_pos.services.dto import Actor
from showroom_pos.services.stock.stock import find_item, get_slip

MAX_TAGS = 2_000


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


def tags_for_intake(ledger: Ledger, *, actor: Actor, intake_no: str) -> list[PriceTag]:
    """One tag per piece received on an intake slip (TT-...)."""
    slip = get_slip(ledger, actor=actor, number=intake_no)
    if slip.kind != "intake":
        raise ValidationError("tags.not_intake", number=slip.number)
    with ledger.read() as session:  # the slip's items in one query, not one per line
        found = {item.code: PriceTag(item.code, item.name, maker.code, item.technique,
                                     item.price, item.batikmark_cert)
                 for item, maker in session.execute(
                     select(Item, Maker).join(Maker, Maker.id == Item.maker_id)
                     .where(Item.code.in_([line.item_code for line in slip.lines])))}
    tags = []
    for line in slip.lines:
        tags += [found[line.item_code]] * line.quantity
    return tags[:MAX_TAGS]


def tags_for_item(ledger: Ledger, *, actor: Actor, code: str,
                  copies: int | None = None) -> list[PriceTag]:
    """Tags for one item: as many as are on the shelf unless told (a torn tag: one)."""
    item = find_item(ledger, actor=actor, code=code)
    count = copies if copies is not None else max(item.on_hand, 1)
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_TAGS:
        raise ValidationError("tags.bad_copies", max=MAX_TAGS)
    return [PriceTag(item.code, item.name, item.maker_code, item.technique, item.price,
                     item.batikmark_cert)] * count
