"""The ledger's health check: the journal's chain, every record against it, and the guards."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
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
from showroom_pos.domain.messages import render
from showroom_pos.domain.roles import Action
from showroom_pos.services.admin.anchors import (
    PrintedZ,
    ShowroomKey,
    database_name,
    registered_keys,
    verify_anchors,
)
from showroom_pos.services.admin.auth import require
from showroom_pos.services.common import event_here_code
from showroom_pos.services.context import Ledger
from showroom_pos.services.dto import Actor
from showroom_pos.services.reports.day_reports import z_differences
from showroom_pos.services.settlement.settlements import statement_differences
from showroom_pos.services.stock.event_laptop import event_chain_problems


@dataclass(frozen=True)
class IntegrityReport:
    entries: int
    records: int
    last_hash: str
    problems: tuple[journal.Problem, ...]
    unguarded_tables: tuple[str, ...]
    storage_errors: tuple[str, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())  # message codes: what could not be checked
    anchors: int = 0
    key_id: str | None = None

    @property
    def ok(self) -> bool:
        return not (self.problems or self.unguarded_tables or self.storage_errors)

    def lines(self, lang: str = "id") -> list[str]:
        en = lang == "en"
        out = [
            (f"Journal: {self.entries} entries, {self.records} records checked"
             if en else f"Jurnal: {self.entries} entri, {self.records} catatan diperiksa"),
            (f"Last hash: {self.last_hash}" if en else f"Hash terakhir: {self.last_hash}"),
            (f"Signed anchors: {self.anchors}, showroom key {self.key_id or '-'}" if en
             else f"Jangkar bertanda tangan: {self.anchors}, kunci showroom {self.key_id or '-'}"),
        ]
        out += [render(code, lang, {}) for code in self.notes]
        for error in self.storage_errors:
            out.append(("Database file damaged: " if en else "Berkas database rusak: ") + error)
        for table in self.unguarded_tables:
            out.append(("Append-only guard missing on table " if en
                        else "Pengaman tabel hilang pada tabel ") + table)
        for problem in self.problems:
            where = " ".join(
                part for part in (
                    f"entry {problem.seq}" if en and problem.seq else
                    f"entri {problem.seq}" if problem.seq else "",
                    f"{problem.table}#{problem.record_id}" if problem.table else "",
                ) if part
            )
            out.append(f"MISMATCH {where}: {problem.kind}: {problem.detail}" if en
                       else f"TIDAK COCOK {where}: {problem.kind}: {problem.detail}")
        if self.ok:
            out.append("OK: the journal and every record it covers match." if en
                       else "OK: jurnal dan semua catatan yang dicakupnya cocok.")
        else:
            first = self.problems[0] if self.problems else None
            out.append(
                (f"FAILED: first mismatch at entry {first.seq}." if en
                 else f"GAGAL: ketidakcocokan pertama pada entri {first.seq}.")
                if first is not None and first.seq else
                ("FAILED: the database was changed outside the program." if en
                 else "GAGAL: database diubah di luar program.")
            )
        return out


def recomputed_problems(session: Session) -> Iterator[journal.Problem]:
    """Every Z report and finalized statement recomputed from the records it was made from:
    a sale or refund slipped into a closed day or month (chain recomputed or not) shows here."""
    codes = dict(session.execute(select(Terminal.id, Terminal.code)).all())
    for close in session.scalars(select(DayClose).order_by(DayClose.id)):
        differs = z_differences(session, close)
        if differs:
            yield journal.Problem("recomputed", f"Z {close.z_number} of till "
                                  f"{codes.get(close.terminal_id)} ({close.business_day}) no "
                                  f"longer matches its day's records: {', '.join(differs)}",
                                  None, "day_closes", close.id)
    for settlement in session.scalars(select(Settlement).order_by(Settlement.id)):
        differs = statement_differences(session, settlement)
        if differs:
            yield journal.Problem("recomputed", f"{settlement.statement_no} no longer matches "
                                  f"its month's records: {', '.join(differs)}", None,
                                  "settlements", settlement.id)


def _event_laptop_key(session: Session) -> ShowroomKey | None:
    """An event laptop's database signs with the laptop's key, which its first Z registered;
    it is checked against that key wherever it is verified (the merge checks the rest)."""
    keys = list(registered_keys(session).values())
    return keys[0] if len(keys) == 1 else None


def check_ledger(ledger: Ledger, *, max_problems: int = 100, key: ShowroomKey | None = None,
                 printed: Iterable[PrintedZ] = (),
                 manifest: dict[str, Any] | None = None) -> IntegrityReport:
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
        signed = verify_anchors(session, database=database_name(ledger.url), key=key,
                                printed=printed, manifest=manifest)
        frozen = [*recomputed_problems(session), *event_chain_problems(session)]
    return IntegrityReport(verified.entries, verified.records, verified.last_hash,
                           (*verified.problems, *signed.problems, *frozen), tuple(unguarded),
                           tuple(storage), tuple(signed.notes), signed.anchors, signed.key_id)


@dataclass(frozen=True)
class JournalLine:
    """One journal entry as the read-only journal screen shows it."""

    seq: int
    occurred_at: datetime
    username: str
    action: str
    summary: str
    hash: str


def recent_entries(ledger: Ledger, *, actor: Actor, limit: int = 500) -> list[JournalLine]:
    """The newest journal entries first; for supervisors and the treasurer."""
    with ledger.read() as session:
        require(session, actor, Action.VERIFY_JOURNAL)
        rows = session.execute(
            select(JournalEntry.seq, JournalEntry.occurred_at, User.username,
                   JournalEntry.action, JournalEntry.summary, JournalEntry.hash)
            .outerjoin(User, User.id == JournalEntry.user_id)
            .order_by(JournalEntry.seq.desc()).limit(max(1, min(limit, 5000))))
        return [JournalLine(seq, at, username or "-", action, summary, digest)
                for seq, at, username, action, summary, digest in rows]
