"""An event laptop's database: packed from the showroom's ledger, and merged back into it.

Packing makes a self-contained SQLite database holding only the event's pieces, their makers
(without private fields) and prices, the event's till and the users who may sell there, each
with the id it has at the showroom; its journal starts with one "event.pack" entry, whose hash
the showroom keeps. The laptop runs the ordinary program on it, offline. Merging checks that
database whole first (its chain through the packed entry, every record against it, its signed
Z reports recomputed, nothing but sales, refunds, shifts and Zs added, every day closed) and
then, in one transaction, writes its records here under new ids, keeps its journal in
`event_journal`, puts the unsold pieces back on the showroom's shelf and links it all into this
journal with one entry holding the event chain's head.

Packing is `event_pack.py`; the merge and the check of merged event chains are here.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from showroom_pos.db import journal, schema
from showroom_pos.db.engine import open_engines, sqlite_url
from showroom_pos.db.models import (
    Anchor,
    Base,
    CashMovement,
    DayClose,
    DocumentPrint,
    Event,
    EventJournalEntry,
    Item,
    JournalEntry,
    JournalHead,
    Maker,
    Payment,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    Setting,
    Shift,
    ShiftClose,
    StockMovement,
    Terminal,
    User,
)
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.kinds import MovementKind
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.domain.roles import Action
from showroom_pos.domain.text import Term
from showroom_pos.services.admin import anchors, verification
from showroom_pos.services.admin.auth import require
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.common import EVENT_HERE, assert_period_open, move_stock, record
from showroom_pos.services.context import Ledger
from showroom_pos.services.reports.day_reports import z_differences
from showroom_pos.services.stock.events import (
    MERGE_ACTION,
    PACK_ACTION,
    assert_showroom_database,
    event_movement,
    event_stock,
    where,
)
from showroom_pos.services.stock.types import MergeResult

# What an event laptop may add to its journal; anything else was not done by selling there.
_LAPTOP_ACTIONS = frozenset(
    {
        PACK_ACTION,
        "sale",
        "sale.training",
        "refund",
        "cash.move",
        "shift.open",
        "shift.close",
        "day.close",
        "key.register",
        "receipt.print",
        "settings.change",
        "terminal.assign",
        "login",
        "login.failed",
        "user.lockout",
        "user.password",
        "print.backfill",  # the upgrade that made its prints rows of document_prints
    }
)
# The tables whose rows a merge brings in, parents first; every other table must hold no more
# than the pack put there.
_MERGED: tuple[type[Base], ...] = (
    Shift,
    ShiftClose,
    CashMovement,
    Sale,
    SaleLine,
    Payment,
    Refund,
    RefundLine,
    DayClose,
    StockMovement,
    DocumentPrint,
)  # its papers count as papers here
_PACKED: tuple[type[Base], ...] = (User, Maker, Item, Terminal, Event)
_MERGED_KINDS = frozenset({MovementKind.SALE.value, MovementKind.REFUND.value})


# -- merging it back --------------------------------------------------------------------------


def _rows_of(session: Session, cls: type[Base]) -> list[Base]:
    table = cls.__table__
    assert isinstance(table, Table)
    pk = next(iter(table.primary_key.columns))
    return list(session.scalars(select(cls).order_by(pk)))


def _open_laptop(path: Path) -> Ledger:
    """The laptop's database, as it is: never upgraded or otherwise written by a merge."""
    if not path.is_file():
        raise ValidationError("event.file_missing", path=str(path))
    schema.probe_sqlite_file(path)
    engines = open_engines(sqlite_url(path))
    try:
        state = schema.check_database(engines.write)
    except BaseException:
        engines.dispose()
        raise
    if state != "current":
        engines.dispose()
        raise ValidationError("event.not_event_file")
    return Ledger(engines)


def merge_event(ledger: Ledger, *, actor: Actor, path: Path) -> MergeResult:
    """Bring an event laptop's records into this ledger, all at once, after checking the file
    whole; a refusal changes nothing here or in the file."""
    with ledger.read() as session:  # who may, before any file is opened
        require(session, actor, Action.PACK_EVENT)
        assert_showroom_database(session)
    laptop = _open_laptop(Path(path))
    try:
        with laptop.read() as there:
            found = _check_laptop(there, laptop.url)
    finally:
        laptop.close()

    def work(session: Session) -> MergeResult:
        user = require(session, actor, Action.PACK_EVENT)
        assert_showroom_database(session)
        event = _check_against_showroom(session, found)
        return _write_merge(session, ledger, user, event, found)

    return ledger.run_write(work)


@dataclass
class _Laptop:
    """What a merge takes from a checked laptop database."""

    code: str
    pack_hash: str
    head_seq: int
    head_hash: str
    key_id: str | None
    packed: dict[str, dict[Any, dict[str, Any]]]
    sent: dict[int, int]
    rows: dict[str, list[dict[str, Any]]]
    on_hand: dict[int, int]
    counters: tuple[int, int]
    entries: list[dict[str, Any]]


def _values(row: Base) -> dict[str, Any]:
    table = type(row).__table__
    assert isinstance(table, Table)
    return {column.name: getattr(row, column.name) for column in table.columns}


def _check_laptop(session: Session, url: str) -> _Laptop:
    code = session.scalar(select(Setting.value).where(Setting.key == EVENT_HERE))
    if not code:
        raise ValidationError("event.not_event_file")
    first = session.scalar(select(JournalEntry).where(JournalEntry.seq == 1))
    if first is None or first.action != PACK_ACTION:
        raise ValidationError("event.not_event_file")
    verified = journal.verify(session, max_problems=5)
    if not verified.ok:
        problem = verified.problems[0]
        raise ValidationError("event.file_tampered", detail=problem.detail, seq=problem.seq or "-")
    keys = anchors.registered_keys(session)
    if len(keys) > 1:
        raise ValidationError(
            "event.file_tampered", detail=Term("event.detail_several_keys"), seq="-"
        )
    key_id = next(iter(keys), None)
    if key_id is not None:
        checked = verification.verify_anchors(
            session,
            database=anchors.database_name(url),
            key=keys[key_id],
            log_path=Path(os.devnull),
        )
        if checked.problems:
            raise ValidationError(
                "event.file_tampered",
                detail=checked.problems[0].detail,
                seq=checked.problems[0].seq or "-",
            )
    elif session.scalar(select(func.count()).select_from(Anchor)):
        raise ValidationError(
            "event.file_tampered", detail=Term("event.detail_signatures_without_key"), seq="-"
        )
    for close in session.scalars(select(DayClose)):
        if z_differences(session, close):
            raise ValidationError("event.file_tampered", detail=f"Z {close.z_number}", seq="-")
    for entry in session.scalars(select(JournalEntry).where(JournalEntry.seq > 1)):
        if entry.action not in _LAPTOP_ACTIONS:
            raise ValidationError("event.foreign_record", what=entry.action, seq=entry.seq)
    packed = {
        cls.__tablename__: {values["id"]: values for values in map(_values, _rows_of(session, cls))}
        for cls in _PACKED
    }
    for cls in journal.JOURNALED_TABLES.values():
        if cls in _PACKED or cls in _MERGED or cls in (Setting, Anchor):
            continue
        if session.scalar(select(func.count()).select_from(cls)):
            raise ValidationError("event.foreign_record", what=cls.__tablename__, seq="-")
    rows = {cls.__tablename__: [_values(row) for row in _rows_of(session, cls)] for cls in _MERGED}
    pack_moves = [m for m in rows["stock_movements"] if m["kind"] == MovementKind.TO_EVENT.value]
    rows["stock_movements"] = [m for m in rows["stock_movements"] if m["kind"] != "to_event"]
    if any(m["kind"] not in _MERGED_KINDS for m in rows["stock_movements"]):
        raise ValidationError("event.foreign_record", what="stock_movements", seq="-")
    if {m["id"] for m in pack_moves} != _pack_movement_ids(first):
        raise ValidationError("event.foreign_record", what="stock_movements", seq="-")
    open_shift = session.scalar(
        select(Shift.id)
        .outerjoin(ShiftClose, ShiftClose.shift_id == Shift.id)
        .where(ShiftClose.id.is_(None))
        .limit(1)
    )
    if open_shift is not None:
        raise ValidationError("event.shift_open")
    _check_days_closed(rows)
    event_row = next((e for e in packed["events"].values() if e["code"] == code), None)
    if event_row is None or len(packed["events"]) != 1 or len(packed["terminals"]) != 1:
        raise ValidationError("event.not_event_file")
    terminal = session.get_one(Terminal, event_row["terminal_id"])
    head = session.get_one(JournalHead, 1)
    entries = [
        {
            "seq": e.seq,
            "occurred_at": e.occurred_at,
            "user_id": e.user_id,
            "action": e.action,
            "summary": e.summary,
            "payload": e.payload,
            "prev_hash": e.prev_hash,
            "hash": e.hash,
        }
        for e in session.scalars(select(JournalEntry).order_by(JournalEntry.seq))
    ]
    on_hand = {int(i): int(n) for i, n in session.execute(select(Item.id, Item.on_hand))}
    sent = {m["item_id"]: m["quantity"] for m in pack_moves}
    return _Laptop(
        code,
        first.hash,
        head.last_seq,
        head.last_hash,
        key_id,
        packed,
        sent,
        rows,
        on_hand,
        (terminal.last_receipt_seq, terminal.last_refund_seq),
        entries,
    )


def _pack_movement_ids(first: JournalEntry) -> set[Any]:
    records = json.loads(first.payload).get("records", [])
    return {values["id"] for table, values in records if table == "stock_movements"}


def _check_days_closed(rows: dict[str, list[dict[str, Any]]]) -> None:
    closed = {close["business_day"] for close in rows["day_closes"]}
    for name, at in (("sales", "sold_at"), ("refunds", "refunded_at")):
        for row in rows[name]:
            if not row.get("training") and to_local(row[at]).date() not in closed:
                day = to_local(row[at]).date().isoformat()
                raise ValidationError("event.day_not_closed", day=day)


def _check_against_showroom(session: Session, found: _Laptop) -> Event:
    event = session.scalar(select(Event).where(Event.code == found.code).with_for_update())
    if event is None:
        raise ValidationError("event.other_ledger", code=found.code)
    if event.status == "merged":
        raise ValidationError("event.merged_already", event=event.name)
    if event.status != "packed" or event.pack_hash != found.pack_hash:
        if not _packed_here(session, found.pack_hash):
            raise ValidationError("event.other_ledger", code=found.code)
        raise ValidationError("event.pack_outdated", event=event.name)
    if event_stock(session, event.id) != found.sent:
        raise ValidationError("event.pack_outdated", event=event.name)
    for cls in (User, Maker, Item, Terminal):
        for record_id, values in found.packed[cls.__tablename__].items():
            here = session.get(cls, record_id)
            key = "username" if cls is User else "code"
            if here is None or getattr(here, key) != values[key]:
                raise ValidationError("event.other_ledger", code=found.code)
    return event


def _packed_here(session: Session, pack_hash: str) -> bool:
    """Whether this ledger ever packed the laptop database whose first entry has this hash."""
    return (
        session.scalar(
            select(JournalEntry.seq)
            .where(
                JournalEntry.action == PACK_ACTION,
                JournalEntry.payload.like(f'%"pack_hash":"{pack_hash}"%'),
            )
            .limit(1)
        )
        is not None
    )


def _write_merge(
    session: Session, ledger: Ledger, user: User, event: Event, found: _Laptop
) -> MergeResult:
    now = ledger.now()
    new_ids: dict[str, dict[Any, Any]] = defaultdict(dict)
    records: list[Any] = []
    makers = {
        m.id: m
        for m in session.scalars(select(Maker).where(Maker.id.in_(list(found.packed["makers"]))))
    }
    for line in found.rows["sale_lines"] + found.rows["refund_lines"]:
        if line.get("training"):
            continue
        maker = makers[line["maker_id"]]
        assert_period_open(
            session,
            maker_id=maker.id,
            maker_code=maker.code,
            at=line.get("sold_at") or line["refunded_at"],
        )
    for cls in _MERGED:
        table = cls.__table__
        assert isinstance(table, Table)
        remapped = {
            column.name: next(iter(column.foreign_keys)).column.table.name
            for column in table.columns
            if column.foreign_keys
        }
        given = found.rows[cls.__tablename__]
        made = []
        for values in given:
            fresh = {name: value for name, value in values.items() if name != "id"}
            for name, parent in remapped.items():
                if fresh.get(name) is not None and parent in new_ids:
                    fresh[name] = new_ids[parent][fresh[name]]
            if cls is StockMovement:
                fresh["event_id"] = event.id
            made.append(cls(**fresh))
        session.add_all(made)
        session.flush()
        for values, row in zip(given, made, strict=True):
            new_ids[cls.__tablename__][values["id"]] = row.id  # type: ignore[attr-defined]
        records += made
    terminal = session.get_one(Terminal, event.terminal_id, with_for_update=True)
    terminal.last_receipt_seq, terminal.last_refund_seq = found.counters
    left = event_stock(session, event.id)
    if {k: v for k, v in found.on_hand.items() if v} != left:
        raise ValidationError("event.stock_mismatch", event=event.name)
    back = 0
    for item_id, pieces in sorted(left.items()):
        item = session.get_one(Item, item_id, with_for_update=True)
        records.append(event_movement(event, item, MovementKind.FROM_EVENT, -pieces, now, user.id))
        session.add(records[-1])
        records.append(
            move_stock(
                session,
                item=item,
                kind=MovementKind.FROM_EVENT,
                quantity=pieces,
                at=now,
                user_id=user.id,
                reason=where(event),
            )
        )
        back += pieces
    session.add_all(EventJournalEntry(event_id=event.id, **entry) for entry in found.entries)
    event.status = "merged"
    event.merged_at = now
    event.merged_seq = found.head_seq
    event.merged_hash = found.head_hash
    session.flush()
    records.append(event)
    sales = [s for s in found.rows["sales"] if not s["training"]]
    sales_total = sum(s["total"] for s in sales)
    refunds_total = sum(r["total"] for r in found.rows["refunds"])
    anchor = anchors.sign_if_key_here(
        session,
        kind=anchors.EVENT,
        reference=anchors.event_reference(event.code),
        content_hash=found.head_hash,
        at=now,
        user_id=user.id,
        database=anchors.database_name(ledger.url),
    )
    if anchor is not None:
        records.append(anchor)
    record(
        session,
        action=MERGE_ACTION,
        user_id=user.id,
        at=now,
        summary=f"event {event.code} merged: {len(sales)} sales "
        f"{format_rupiah(sales_total)}, {len(found.rows['refunds'])} refunds, "
        f"{back} pieces back",
        records=records,
        data={
            "event": event.code,
            "event_head": {"seq": found.head_seq, "hash": found.head_hash},
            "key_id": found.key_id,
        },
    )
    return MergeResult(
        event.code,
        len(sales),
        len(found.rows["refunds"]),
        len(found.rows["shifts"]),
        len(found.rows["day_closes"]),
        sales_total,
        refunds_total,
        back,
        len(found.entries),
        found.head_hash,
    )


# -- verification of merged event journals ------------------------------------------------------


def event_chain_problems(session: Session) -> Iterable[journal.Problem]:
    """Each merged event's journal as kept here: whole from its genesis to the head the merge
    recorded, each entry still hashing to its hash, passing through the packed entry."""
    for event in session.scalars(select(Event).where(Event.status == "merged")):
        previous, last, pack_ok = journal.GENESIS_HASH, 0, False
        for entry in session.scalars(
            select(EventJournalEntry)
            .where(EventJournalEntry.event_id == event.id)
            .order_by(EventJournalEntry.seq)
        ):
            if (
                entry.seq != last + 1
                or entry.prev_hash != previous
                or not journal.entry_intact(entry)
            ):
                yield journal.Problem(
                    "event",
                    f"the journal of event {event.code} is broken at its entry {entry.seq}",
                    None,
                    "event_journal",
                    entry.id,
                )
                break
            pack_ok = pack_ok or (entry.seq == event.pack_seq and entry.hash == event.pack_hash)
            previous, last = entry.hash, entry.seq
        else:
            if last != event.merged_seq or previous != event.merged_hash or not pack_ok:
                yield journal.Problem(
                    "event",
                    f"the journal of event {event.code} is not the one that was merged",
                    None,
                    "events",
                    event.id,
                )
