"""Packing an event laptop's database from the showroom's ledger (merging it back is
`event_laptop.py`, which describes the whole round trip)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from showroom_pos.db import journal, private, schema
from showroom_pos.db.engine import open_engines, sqlite_url
from showroom_pos.db.models import (
    Base,
    Item,
    Maker,
    Setting,
    Terminal,
    User,
)
from showroom_pos.domain.errors import NotFound, ValidationError
from showroom_pos.domain.kinds import MovementKind
from showroom_pos.domain.roles import Action
from showroom_pos.services.admin.auth import require
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.common import EVENT_HERE, move_stock, record
from showroom_pos.services.context import Ledger
from showroom_pos.services.lookups import event_row
from showroom_pos.services.stock.events import PACK_ACTION, assert_showroom_database, event_stock
from showroom_pos.services.stock.types import PackResult


def _copy(row: Base, **changes: Any) -> Base:
    """A new row of the same class and values (`changes` replacing some, never read here)."""
    cls = type(row)
    table = cls.__table__
    assert isinstance(table, Table)
    values = {
        column.name: changes[column.name] if column.name in changes else getattr(row, column.name)
        for column in table.columns
    }
    return cls(**values)


def pack_event(
    ledger: Ledger, *, actor: Actor, event_code: str, out: Path, usernames: Sequence[str] = ()
) -> PackResult:
    """Make the event laptop's database at `out` (which must not exist yet).

    It holds the event's pieces, their makers (without private fields) and prices, the
    event's till, the settings, and the users named (every active user if none is): all with
    the ids they have here, so the merge can tell them apart from anything added there."""
    target = Path(out)
    with ledger.read() as session:
        user = require(session, actor, Action.PACK_EVENT)
        assert_showroom_database(session)
        if target.exists():
            raise ValidationError("event.file_exists", path=str(target))
        if not target.parent.is_dir():
            raise ValidationError("event.folder_missing", path=str(target.parent))
        event = event_row(session, event_code)
        if event.status == "merged":
            raise ValidationError("event.merged_already", event=event.name)
        stock = event_stock(session, event.id)
        if not stock:
            raise ValidationError("event.empty", event=event.name)
        users = _packed_users(session, usernames, user)
        items = list(session.scalars(select(Item).where(Item.id.in_(list(stock)))))
        makers = list(
            session.scalars(select(Maker).where(Maker.id.in_({item.maker_id for item in items})))
        )
        terminal = session.get_one(Terminal, event.terminal_id)
        code, name, packs, user_id = event.code, event.name, event.packs, user.id
        settings = list(session.scalars(select(Setting).where(Setting.key != EVENT_HERE)))
        groups: list[list[Base]] = [
            users,
            [_copy(maker, nik=None, phone=None, bank_account=None, notes=None) for maker in makers],
            [_copy(item, on_hand=0) for item in items],
            [_copy(terminal, last_receipt_seq=0, last_refund_seq=0)],
            [_copy(setting) for setting in settings],
            [_copy(event, status="packed", packs=event.packs + 1, pack_seq=None, pack_hash=None)],
        ]
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    laptop = _new_database(partial, ledger)
    try:
        now = ledger.now()

        def fill(session: Session) -> str:
            records: list[Any] = []
            for group in groups:  # parents first
                session.add_all(group)
                session.flush()
                records += group
            marker = Setting(key=EVENT_HERE, value=code, updated_at=now)
            session.add(marker)
            session.flush()
            records.append(marker)
            by_id = {row.id: row for row in groups[2] if isinstance(row, Item)}
            for item_id, pieces in sorted(stock.items()):
                records.append(
                    move_stock(
                        session,
                        item=by_id[item_id],
                        kind=MovementKind.TO_EVENT,
                        quantity=pieces,
                        at=now,
                        user_id=user_id,
                        reason=f"{code} {name}",
                    )
                )
            entry = record(
                session,
                action=PACK_ACTION,
                user_id=user_id,
                at=now,
                summary=f"event {code} packed: {sum(stock.values())} pieces of "
                f"{len(stock)} items for {name}",
                records=records,
                data={"event": code, "pack": packs + 1},
            )
            return entry.hash

        pack_hash = laptop.run_write(fill)
    except BaseException:
        laptop.close()
        partial.unlink(missing_ok=True)
        raise
    laptop.close()

    def mark(session: Session) -> None:
        current = event_row(session, code, lock=True)
        if event_stock(session, current.id) != stock or current.packs != packs:
            raise ValidationError("event.changed_meanwhile", event=current.name)
        current.status = "packed"
        current.packs += 1
        current.pack_seq = 1
        current.pack_hash = pack_hash
        current.packed_at = now
        record(
            session,
            action=PACK_ACTION,
            user_id=user_id,
            at=now,
            summary=f"event {current.code} packed ({current.packs}): "
            f"{sum(stock.values())} pieces, laptop journal {pack_hash[:16]}",
            records=[current],
            data={"pack_hash": pack_hash},
        )

    try:
        ledger.run_write(mark)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return PackResult(
        code,
        target,
        sum(stock.values()),
        len(stock),
        tuple(u.username for u in groups[0] if isinstance(u, User)),
        pack_hash,
    )


def _packed_users(session: Session, usernames: Sequence[str], packer: User) -> list[Base]:
    query = select(User).order_by(User.id)
    if usernames:
        names = {name.strip().lower() for name in usernames}
        found = list(
            session.scalars(private.with_private(query.where(User.username.in_(names)), session))
        )
        missing = names - {u.username for u in found}
        if missing:
            raise NotFound("user.not_found", username=", ".join(sorted(missing)))
    else:
        found = list(
            session.scalars(private.with_private(query.where(User.active.is_(True)), session))
        )
    if packer.id not in {u.id for u in found}:  # the pack's own records name who packed
        found.append(
            session.scalars(
                private.with_private(select(User).where(User.id == packer.id), session)
            ).one()
        )
    if not private.readable(session):
        raise ValidationError("event.pack_needs_owner")
    return [_copy(u, failed_logins=0, locked_until=None, last_login_at=None) for u in found]


def _new_database(path: Path, showroom: Ledger) -> Ledger:
    engines = open_engines(sqlite_url(path))
    try:
        schema.upgrade_database(engines.write)
    except BaseException:
        engines.dispose()
        raise
    laptop = Ledger(engines, showroom.clock)
    with laptop.write() as session:
        journal.ensure_head(session)
    return laptop
