"""What the administration use cases take and hand back, and who acts: the logged-in
`Actor` and a supervisor's `Approval`, which every feature's use cases take."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from showroom_pos.db import journal
from showroom_pos.domain.text import render


@dataclass(frozen=True)
class Actor:
    """The logged-in person a service acts for; the service re-checks them in the database."""

    user_id: int
    username: str
    full_name: str
    role: str


@dataclass(frozen=True)
class Approval:
    """A supervisor's name and password, typed into an override dialog for one action."""

    username: str
    password: str


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


@dataclass(frozen=True)
class TerminalView:
    id: int
    code: str
    name: str
    last_receipt_seq: int


@dataclass(frozen=True)
class ShowroomSetup:
    showroom_name: str
    showroom_address: str
    admin_username: str
    admin_full_name: str
    admin_password: str
    till_code: str
    till_name: str
    receipt_printer: str = ""
    receipt_profile: str = ""
    logo_path: str = ""


@dataclass(frozen=True)
class ArchiveExport:
    folder: Path
    rows: dict[str, int]
    journal_entries: int


@dataclass(frozen=True)
class DemoSummary:
    users: int
    terminals: int
    makers: int
    items: int
    intakes: int
    sales: int
    refunds: int
    returns: int
    settlements: int
    payouts: int
    first_day: date
    last_day: date
    events: int = 0


@dataclass(frozen=True)
class PrintedZ:
    """A Z report's number and journal hash as read off the paper (a prefix is enough)."""

    terminal_code: str
    z_number: int
    journal_hash: str


@dataclass
class AnchorCheck:
    problems: list[journal.Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # message codes: what could not be checked
    anchors: int = 0
    key_id: str | None = None


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
        def say(code: str, **params: Any) -> str:
            return render(code, lang, params)

        out = [
            say("integrity.journal", entries=self.entries, records=self.records),
            say("integrity.last_hash", hash=self.last_hash),
            say("integrity.anchors", anchors=self.anchors, key=self.key_id or "-"),
        ]
        out += [render(code, lang) for code in self.notes]
        out += [say("integrity.damaged", error=error) for error in self.storage_errors]
        out += [say("integrity.unguarded", table=table) for table in self.unguarded_tables]
        for problem in self.problems:
            where = " ".join(
                part
                for part in (
                    say("integrity.entry", seq=problem.seq) if problem.seq else "",
                    f"{problem.table}#{problem.record_id}" if problem.table else "",
                )
                if part
            )
            out.append(
                say("integrity.mismatch", where=where, kind=problem.kind, detail=problem.detail)
            )
        if self.ok:
            out.append(say("integrity.ok"))
        else:
            first = self.problems[0] if self.problems else None
            out.append(
                say("integrity.failed_at", seq=first.seq)
                if first is not None and first.seq
                else say("integrity.failed")
            )
        return out


@dataclass(frozen=True)
class JournalLine:
    """One journal entry as the read-only journal screen shows it."""

    seq: int
    occurred_at: datetime
    username: str
    action: str
    summary: str
    hash: str
