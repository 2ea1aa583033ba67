"""Rows found by the code a person typed or scanned, for the use cases of every feature.

One style for all: the code is trimmed and upper-cased, `lock=True` takes the row's lock until
the transaction ends, and an unknown (or empty) code is a `NotFound` with the catalogue's code.
The till's own look-ups (`terminal_row`, `open_shift_row`) stay with the till.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from showroom_pos.db import private
from showroom_pos.db.models import Event, Item, Maker
from showroom_pos.domain.errors import NotFound, ValidationError

R = TypeVar("R")


def code_of(value: Any) -> str:
    """A typed or scanned code as it is stored: trimmed, upper case ("" for anything else)."""
    return value.strip().upper() if isinstance(value, str) else ""


def one_by_code(session: Session, query: Select[R], code: str, *, lock: bool, missing: str) -> R:
    """The row `query` finds for `code`, locked if asked, or `NotFound(missing)`."""
    if lock:
        query = query.with_for_update()
    row = session.scalar(query) if code else None
    if row is None:
        raise NotFound(missing, code=code or "-")
    return row


def item_row(session: Session, code: Any, *, lock: bool = False) -> Item:
    text = code_of(code)
    return one_by_code(
        session, select(Item).where(Item.code == text), text, lock=lock, missing="item.not_found"
    )


def maker_row(session: Session, code: Any, *, lock: bool = False, active: bool = False) -> Maker:
    """A maker, with the private columns this login may read; `active=True` refuses a
    deactivated one."""
    text = code_of(code)
    query = private.with_private(select(Maker).where(Maker.code == text), session)
    maker = one_by_code(session, query, text, lock=lock, missing="maker.not_found")
    if active and not maker.active:
        raise ValidationError("maker.inactive", code=maker.code)
    return maker


def event_row(session: Session, code: Any, *, lock: bool = False) -> Event:
    text = code_of(code)
    return one_by_code(
        session, select(Event).where(Event.code == text), text, lock=lock, missing="event.not_found"
    )
