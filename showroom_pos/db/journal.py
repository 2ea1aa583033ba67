"""The append-only journal: hash-chained entries carrying a snapshot of every record they cover.

`hash = SHA-256(previous hash + canonical JSON of the entry)`. Each entry's payload holds the rows
it wrote, so verification can both recompute the chain and compare every covered row with what
the database holds now: a changed, deleted or smuggled-in row is found, as is a broken chain.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session, object_session

from showroom_pos.db import private
from showroom_pos.db.models import (
    Base,
    EventJournalEntry,
    Item,
    JournalEntry,
    JournalHead,
    Refund,
    Sale,
    StockMovement,
    Terminal,
)
from showroom_pos.db.pg_journal import FUNCTION

GENESIS_HASH = "0" * 64
CHUNK = 2_000

_TABLES: dict[str, type[Base]] = {
    mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers
}
# event_journal: an event laptop's own chain, whose head the merge's entry holds
_UNJOURNALED = {"journal", "journal_head", "counters", "ledger_keys", "event_journal"}
JOURNALED_TABLES = {name: cls for name, cls in _TABLES.items() if name not in _UNJOURNALED}


def plain_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def canonical_json(value: Any) -> str:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=plain_value
    )


def journaled_columns(table: Table, cls: type[Base]) -> list[str]:
    return [c.name for c in table.columns if c.name not in cls.__journal_exclude__]


def concealed(
    cls: type[Base], values: dict[str, Any], conceal: Callable[[Any], Any]
) -> dict[str, Any]:
    """`values` with the class's private columns in their journaled form (`db/private.py`)."""
    if not cls.__journal_secret__:
        return values
    return {
        name: conceal(value) if name in cls.__journal_secret__ else value
        for name, value in values.items()
    }


def snapshot(record: Base) -> dict[str, Any]:
    """The journaled columns of a row, as plain JSON values; private ones only as digests."""
    cls = type(record)
    table = cls.__table__
    assert isinstance(table, Table)
    values = {name: plain_value(getattr(record, name)) for name in journaled_columns(table, cls)}
    if not cls.__journal_secret__:
        return values
    session = object_session(record)
    assert session is not None, "a journaled record belongs to the transaction"
    return concealed(cls, values, lambda value: private.conceal(session, value))


def _digest(values: dict[str, Any]) -> bytes:
    return hashlib.sha256(canonical_json(values).encode()).digest()[:16]


# What verification remembers of a journaled row: its digest, or (for a class with private
# columns) the values, digested when compared.
Remembered = bytes | dict[str, Any]


def _remember(cls: type[Base], values: dict[str, Any]) -> Remembered:
    return dict(values) if cls.__journal_secret__ else _digest(values)


def _journaled_digest(session: Session, cls: type[Base], remembered: Remembered) -> bytes | None:
    if isinstance(remembered, bytes):
        return remembered
    shown = concealed(cls, remembered, lambda value: private.conceal_if_possible(session, value))
    if any(value is private.UNKNOWN for value in shown.values()):
        return None
    return _digest(shown)


def _found_digests(session: Session, cls: type[Base], rows: Iterable[Base]) -> dict[Any, bytes]:
    """The digest of each row as the database holds it, private columns by their digests
    (which is all a login without the right to read them gets)."""
    pk = primary_key(cls)
    listed = list(rows)
    if not cls.__journal_secret__:
        return {getattr(row, pk): _digest(snapshot(row)) for row in listed}
    table = cls.__table__
    assert isinstance(table, Table)
    names = journaled_columns(table, cls)
    secrets = private.current_digests(session, cls, [getattr(row, pk) for row in listed])
    found: dict[Any, bytes] = {}
    for row in listed:
        record_id = getattr(row, pk)
        digests = secrets.get(record_id, {})
        found[record_id] = _digest(
            {
                name: digests.get(name)
                if name in cls.__journal_secret__
                else plain_value(getattr(row, name))
                for name in names
            }
        )
    return found


def entry_hash(prev_hash: str, body: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical_json(body)).encode()).hexdigest()


def _entry_body(entry: JournalEntry | EventJournalEntry) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "occurred_at": plain_value(entry.occurred_at),
        "user_id": entry.user_id,
        "action": entry.action,
        "summary": entry.summary,
        "payload": entry.payload,
    }


def entry_intact(entry: JournalEntry | EventJournalEntry) -> bool:
    """Whether an entry still hashes to the hash it was written with."""
    return entry_hash(entry.prev_hash, _entry_body(entry)) == entry.hash


def ensure_head(session: Session) -> None:
    if session.get(JournalHead, 1) is None:
        session.add(JournalHead(id=1, last_seq=0, last_hash=GENESIS_HASH))
        session.flush()


def append(
    session: Session,
    *,
    action: str,
    user_id: int | None,
    at: datetime,
    summary: str,
    records: Iterable[Base] = (),
    data: dict[str, Any] | None = None,
) -> JournalEntry:
    """Append one entry covering `records` (already flushed) inside the caller's transaction.

    The head row is locked first, so concurrent appends on PostgreSQL queue up behind each other;
    on SQLite the write transaction already holds the database's write lock.
    """
    session.flush()
    on_postgresql = session.get_bind().dialect.name == "postgresql"
    head_query = select(JournalHead).where(JournalHead.id == 1)
    if not on_postgresql:  # there the function takes the lock (the tills may not)
        head_query = head_query.with_for_update()
    head = session.execute(head_query).scalar_one_or_none()
    if head is None:
        ensure_head(session)
        head = session.execute(head_query).scalar_one()
    session.refresh(head)
    payload = {
        "records": [[type(r).__tablename__, snapshot(r)] for r in records],
        "data": data or {},
    }
    entry = JournalEntry(
        seq=head.last_seq + 1,
        occurred_at=at,
        user_id=user_id,
        action=action,
        summary=summary[:300],
        payload=canonical_json(payload),
        prev_hash=head.last_hash,
        hash="",
    )
    entry.hash = entry_hash(entry.prev_hash, _entry_body(entry))
    if on_postgresql:
        session.execute(
            text(f"SELECT {FUNCTION}(:action, :at, :user_id, :summary, :payload, :hash)"),
            {
                "action": entry.action,
                "at": plain_value(entry.occurred_at),
                "user_id": entry.user_id,
                "summary": entry.summary,
                "payload": entry.payload,
                "hash": entry.hash,
            },
        )
        session.expire(head)
        return session.execute(
            select(JournalEntry).where(JournalEntry.seq == entry.seq)
        ).scalar_one()
    session.add(entry)
    head.last_seq = entry.seq
    head.last_hash = entry.hash
    session.flush()
    return entry


@dataclass(frozen=True)
class Problem:
    """One thing that does not match: where, and what."""

    kind: str  # chain | changed | missing | unjournaled | stock | counter | head
    detail: str
    seq: int | None = None
    table: str | None = None
    record_id: Any = None


@dataclass
class VerifyResult:
    entries: int = 0
    records: int = 0
    problems: list[Problem] = field(default_factory=list)
    last_hash: str = GENESIS_HASH

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_problem(self) -> Problem | None:
        return self.problems[0] if self.problems else None


def intact_since(session: Session, after_seq: int, after_hash: str) -> int | None:
    """Check the entries after `after_seq` (whose hash, as signed, is `after_hash`) up to the
    head: the chain links on from the signed hash, each entry still hashes to its hash, and
    every record they cover is in the database as they recorded it. Returns the number of the
    first entry that fails, or None. Run before a Z report or a statement is made final."""
    previous = after_hash
    wanted: dict[str, dict[Any, tuple[int, Remembered]]] = defaultdict(dict)
    last = after_seq
    entries = session.execute(
        select(JournalEntry)
        .where(JournalEntry.seq > after_seq)
        .order_by(JournalEntry.seq)
        .execution_options(yield_per=CHUNK)
    )
    for entry in entries.scalars():
        if entry.seq != last + 1 or entry.prev_hash != previous or not entry_intact(entry):
            return entry.seq
        previous, last = entry.hash, entry.seq
        try:
            records = json.loads(entry.payload).get("records", [])
        except (ValueError, AttributeError):
            return entry.seq
        for table, values in records:
            cls = JOURNALED_TABLES.get(table)
            if cls is not None:
                wanted[table][values.get(primary_key(cls))] = (entry.seq, _remember(cls, values))
    head = session.get(JournalHead, 1)
    if head is not None and (head.last_seq != last or head.last_hash != previous):
        return head.last_seq
    failed: list[int] = []
    for table, expected in wanted.items():
        cls = JOURNALED_TABLES[table]
        found = _found_digests(session, cls, _rows(session, cls, list(expected)))
        failed += [
            seq
            for record_id, (seq, remembered) in expected.items()
            if found.get(record_id) is None
            or found[record_id] != _journaled_digest(session, cls, remembered)
        ]
    return min(failed) if failed else None


def primary_key(cls: type[Base]) -> str:
    table = cls.__table__
    assert isinstance(table, Table)
    return str(next(iter(table.primary_key.columns)).name)


def _rows(session: Session, cls: type[Base], ids: Sequence[Any]) -> Iterator[Base]:
    pk = getattr(cls, primary_key(cls))
    for start in range(0, len(ids), 500):
        yield from session.execute(select(cls).where(pk.in_(ids[start : start + 500]))).scalars()


def verify(session: Session, *, max_problems: int = 100) -> VerifyResult:
    """Recompute the chain and compare every covered record with the database."""
    result = VerifyResult()

    def report(problem: Problem) -> bool:
        result.problems.append(problem)
        return len(result.problems) >= max_problems

    expected_seq = 1
    prev_hash = GENESIS_HASH
    covered: dict[str, set[Any]] = defaultdict(set)
    latest_mutable: dict[str, dict[Any, tuple[int, Remembered]]] = defaultdict(dict)
    pending: dict[str, dict[Any, tuple[int, bytes]]] = defaultdict(dict)

    def check_pending() -> bool:
        for table, wanted in pending.items():
            cls = JOURNALED_TABLES[table]
            found = _found_digests(session, cls, _rows(session, cls, list(wanted)))
            for record_id, (seq, digest) in wanted.items():
                if record_id not in found:
                    if report(Problem("missing", "row deleted", seq, table, record_id)):
                        return True
                elif found[record_id] != digest:
                    if report(
                        Problem("changed", "row differs from journal", seq, table, record_id)
                    ):
                        return True
        pending.clear()
        return False

    entries = session.execute(
        select(JournalEntry).order_by(JournalEntry.seq).execution_options(yield_per=CHUNK)
    ).scalars()
    in_chunk = 0
    for entry in entries:
        result.entries += 1
        if entry.seq != expected_seq:
            if report(
                Problem("chain", f"expected entry {expected_seq}, found {entry.seq}", entry.seq)
            ):
                return result
            expected_seq = entry.seq
        if entry.prev_hash != prev_hash:
            if report(Problem("chain", "link to the previous entry is broken", entry.seq)):
                return result
        if entry_hash(entry.prev_hash, _entry_body(entry)) != entry.hash:
            if report(Problem("chain", "entry content does not match its hash", entry.seq)):
                return result
        prev_hash = entry.hash
        expected_seq += 1
        try:
            records = json.loads(entry.payload).get("records", [])
        except (ValueError, AttributeError):
            records = []
        for table, values in records:
            cls = JOURNALED_TABLES.get(table)
            if cls is None:
                continue
            result.records += 1
            record_id = values.get(primary_key(cls))
            if cls.__immutable__:
                digest = _digest(values)  # immutable records have no private columns
                if record_id in covered[table]:
                    if report(
                        Problem("chain", "record journaled twice", entry.seq, table, record_id)
                    ):
                        return result
                covered[table].add(record_id)
                pending[table][record_id] = (entry.seq, digest)
            else:
                latest_mutable[table][record_id] = (entry.seq, _remember(cls, values))
        in_chunk += 1
        if in_chunk >= CHUNK:
            in_chunk = 0
            if check_pending():
                return result
    if check_pending():
        return result
    result.last_hash = prev_hash

    head = session.get(JournalHead, 1)
    if head is not None and (head.last_seq != expected_seq - 1 or head.last_hash != prev_hash):
        if report(Problem("head", "the journal's last entries are missing")):
            return result

    for table, cls in JOURNALED_TABLES.items():
        pk = getattr(cls, primary_key(cls))
        if cls.__immutable__:
            seen = covered.get(table, set())
            for (record_id,) in session.execute(select(pk).order_by(pk)):
                if record_id not in seen and report(
                    Problem("unjournaled", "row is not in the journal", None, table, record_id)
                ):
                    return result
        else:
            latest = latest_mutable.get(table, {})
            present: set[Any] = set()
            chunks = (
                session.execute(select(cls).execution_options(yield_per=CHUNK))
                .scalars()
                .partitions()
            )
            for chunk in chunks:
                for record_id, digest in _found_digests(session, cls, chunk).items():
                    present.add(record_id)
                    known = latest.get(record_id)
                    if known is None:
                        problem = Problem(
                            "unjournaled", "row is not in the journal", None, table, record_id
                        )
                    elif _journaled_digest(session, cls, known[1]) != digest:
                        problem = Problem(
                            "changed",
                            "row differs from its last journaled state",
                            known[0],
                            table,
                            record_id,
                        )
                    else:
                        continue
                    if report(problem):
                        return result
            for record_id, (seq, _digest_value) in latest.items():
                if record_id not in present and report(
                    Problem("missing", "row deleted", seq, table, record_id)
                ):
                    return result
    for problem in check_derived(session):
        if report(problem):
            return result
    return result


def check_derived(session: Session) -> Iterator[Problem]:
    """The caches the ledger keeps (stock on hand, receipt counters) agree with the records,
    and no event holds fewer than no pieces of an item."""
    moved: dict[int, int] = {
        item_id: int(total or 0)
        for item_id, total in session.execute(
            select(StockMovement.item_id, func.sum(StockMovement.quantity))
            .where(StockMovement.event_id.is_(None))
            .group_by(StockMovement.item_id)
        )
    }
    for event_id, item_id, total in session.execute(
        select(StockMovement.event_id, StockMovement.item_id, func.sum(StockMovement.quantity))
        .where(StockMovement.event_id.is_not(None))
        .group_by(StockMovement.event_id, StockMovement.item_id)
    ):
        if int(total or 0) < 0:
            yield Problem(
                "stock",
                f"event {event_id} holds {int(total)} pieces of item {item_id}",
                None,
                "items",
                item_id,
            )
    for item_id, code, on_hand in session.execute(select(Item.id, Item.code, Item.on_hand)):
        if int(moved.get(item_id) or 0) != on_hand:
            yield Problem(
                "stock",
                f"stock of {code} is {on_hand}, movements say {int(moved.get(item_id) or 0)}",
                None,
                "items",
                item_id,
            )
    for model, seq_col, counter in (
        (Sale, Sale.receipt_seq, "last_receipt_seq"),
        (Refund, Refund.refund_seq, "last_refund_seq"),
    ):
        stats = {
            terminal_id: (count, top)
            for terminal_id, count, top in session.execute(
                select(model.terminal_id, func.count(), func.max(seq_col)).group_by(
                    model.terminal_id
                )
            )
        }
        for terminal in session.execute(select(Terminal)).scalars():
            count, top = stats.get(terminal.id, (0, 0))
            last = getattr(terminal, counter)
            if count != (top or 0) or (top or 0) != last:
                yield Problem(
                    "counter",
                    f"numbers of till {terminal.code} are not gapless "
                    f"({count} documents, highest {top or 0}, counter {last})",
                    None,
                    "terminals",
                    terminal.id,
                )
