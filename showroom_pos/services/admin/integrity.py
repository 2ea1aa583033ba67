"""The ledger's health check: the journal's chain, every record against it, and the guards."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from showroom_pos.db import journal
from showroom_pos.db.guards import missing_guards
from showroom_pos.db.models import (
    IMMUTABLE_TABLES,
    DayClose,
    JournalEntry,
    Settlement,
    Terminal,
    User,
)
from showroom_pos.domain.roles import Action
from showroom_pos.services.admin.anchors import ShowroomKey, database_name, registered_keys
from showroom_pos.services.admin.auth import require
from showroom_pos.services.admin.types import Actor, IntegrityReport, JournalLine, PrintedZ
from showroom_pos.services.admin.verification import verify_anchors
from showroom_pos.services.common import event_here_code
from showroom_pos.services.context import Ledger
from showroom_pos.services.reports.day_reports import z_differences
from showroom_pos.services.settlement.settlements import statement_differences
from showroom_pos.services.stock.event_laptop import event_chain_problems


def recomputed_problems(session: Session) -> Iterator[journal.Problem]:
    """Every Z report and finalized statement recomputed from the records it was made from:
    a sale or refund slipped into a closed day or month (chain recomputed or not) shows here."""
    codes = dict(session.execute(select(Terminal.id, Terminal.code)).all())
    for close in session.scalars(select(DayClose).order_by(DayClose.id)):
        differs = z_differences(session, close)
        if differs:
            yield journal.Problem(
                "recomputed",
                f"Z {close.z_number} of till "
                f"{codes.get(close.terminal_id)} ({close.business_day}) no "
                f"longer matches its day's records: {', '.join(differs)}",
                None,
                "day_closes",
                close.id,
            )
    for settlement in session.scalars(select(Settlement).order_by(Settlement.id)):
        differs = statement_differences(session, settlement)
        if differs:
            yield journal.Problem(
                "recomputed",
                f"{settlement.statement_no} no longer matches "
                f"its month's records: {', '.join(differs)}",
                None,
                "settlements",
                settlement.id,
            )


def _event_laptop_key(session: Session) -> ShowroomKey | None:
    """An event laptop's database signs with the laptop's key, which its first Z registered;
    it is checked against that key wherever it is verified (the merge checks the rest)."""
    keys = list(registered_keys(session).values())
    return keys[0] if len(keys) == 1 else None


def check_ledger(
    ledger: Ledger,
    *,
    max_problems: int = 100,
    key: ShowroomKey | None = None,
    printed: Iterable[PrintedZ] = (),
    manifest: dict[str, Any] | None = None,
) -> IntegrityReport:
    """Verify everything: the chain, every record against it, the stored anchors against the
    showroom key (this computer's, or `key`), and the printed Z hashes or the export manifest
    given; returns a report rather than raising, so callers can show it."""
    storage: list[str] = []
    with ledger.read() as session:
        if ledger.engines.is_sqlite:
            result = session.execute(text("PRAGMA quick_check")).scalar()
            if result != "ok":
                storage.append(str(result))
        unguarded = missing_guards(session.connection(), IMMUTABLE_TABLES)
        verified = journal.verify(session, max_problems=max_problems)
        if key is None and event_here_code(session) is not None:
            key = _event_laptop_key(session)
        signed = verify_anchors(
            session, database=database_name(ledger.url), key=key, printed=printed, manifest=manifest
        )
        frozen = [*recomputed_problems(session), *event_chain_problems(session)]
    return IntegrityReport(
        verified.entries,
        verified.records,
        verified.last_hash,
        (*verified.problems, *signed.problems, *frozen),
        tuple(unguarded),
        tuple(storage),
        tuple(signed.notes),
        signed.anchors,
        signed.key_id,
    )


def recent_entries(ledger: Ledger, *, actor: Actor, limit: int = 500) -> list[JournalLine]:
    """The newest journal entries first; for supervisors and the treasurer."""
    with ledger.read() as session:
        require(session, actor, Action.VERIFY_JOURNAL)
        rows = session.execute(
            select(
                JournalEntry.seq,
                JournalEntry.occurred_at,
                User.username,
                JournalEntry.action,
                JournalEntry.summary,
                JournalEntry.hash,
            )
            .outerjoin(User, User.id == JournalEntry.user_id)
            .order_by(JournalEntry.seq.desc())
            .limit(max(1, min(limit, 5000)))
        )
        return [
            JournalLine(seq, at, username or "-", action, summary, digest)
            for seq, at, username, action, summary, digest in rows
        ]
