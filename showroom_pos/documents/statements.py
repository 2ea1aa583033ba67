"""Statement PDFs for a month: one per maker plus the treasurer's summary, and their verification.

`write_statements` is the batch behind `showroom-pos settle` and the statements screen: it can
finalize first, reports progress and stops cleanly when cancelled. `verify_statement` tells
whether a printed statement (its PDF, or the code printed on it) matches the journal.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_pos.db import journal
from showroom_pos.db.models import JournalEntry, Maker, PeriodClose, Settlement
from showroom_pos.documents.base import Letterhead, long_date
from showroom_pos.documents.statement import (
    read_printed_sums,
    statement_file_name,
    write_statement,
)
from showroom_pos.documents.summary import summary_file_stem, write_summary_csv, write_summary_pdf
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import parse_period, to_local
from showroom_pos.domain.roles import Action
from showroom_pos.domain.text import render
from showroom_pos.services.admin import anchors
from showroom_pos.services.admin.auth import require
from showroom_pos.services.admin.settings import get_settings
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.lookups import maker_row
from showroom_pos.services.settlement import months, settlements
from showroom_pos.services.settlement.types import SettlementView

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class StatementBatch:
    """What a run wrote: one PDF per maker, the summary PDF and CSV, and whether it finished."""

    period: str
    statements: tuple[Path, ...]
    summary_pdf: Path | None
    summary_csv: Path | None
    finalized: int
    cancelled: bool = False
    unrecorded: bool = False  # final PDFs written but not signed as issued (no key here)


@dataclass(frozen=True)
class StatementCheck:
    """The answer of `statement verify`: a matching statement, or the problems found."""

    ok: bool
    code: str
    statement_no: str | None = None
    maker: str | None = None
    period: str | None = None
    payable: int | None = None
    status: str | None = None
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    def messages(self, lang: str) -> list[str]:
        return [render(problem.code, lang, problem.params) for problem in self.problems]


@dataclass(frozen=True)
class Problem:
    code: str
    params: dict[str, str] = field(default_factory=dict)


def _finalize(
    ledger: Ledger, actor: Actor, period: str, maker_code: str | None, views: list[SettlementView]
) -> int:
    """Finalize what is still a draft; a single maker alone, else the whole month (tutup buku)."""
    if maker_code:
        if views and views[0].status == "draft":
            settlements.finalize_settlement(
                ledger, actor=actor, maker_code=maker_code, period=period
            )
            return 1
        return 0
    with ledger.read() as session:
        closed = session.scalar(select(PeriodClose.id).where(PeriodClose.period == period))
    if closed:
        return 0
    return len(settlements.close_period(ledger, actor=actor, period=period))


def _views(
    ledger: Ledger, actor: Actor, period: str, maker_code: str | None
) -> list[SettlementView]:
    with ledger.read() as session:
        require(session, actor, Action.VIEW_SETTLEMENT)
        parse_period(period)
        if maker_code:
            makers = [maker_row(session, maker_code)]
        else:
            makers = months.makers_with_activity(session, period)
        return [months.settlement_in(session, maker, period) for maker in makers]


def write_statements(
    ledger: Ledger,
    *,
    actor: Actor,
    period: str,
    out_dir: Path,
    maker_code: str | None = None,
    finalize: bool = False,
    lang: str = "id",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StatementBatch:
    """Write the month's statements (drafts carry a DRAFT mark) and the treasurer's summary."""
    views = _views(ledger, actor, period, maker_code)
    finalized = 0
    if finalize:
        finalized = _finalize(ledger, actor, period, maker_code, views)
        if finalized:
            views = _views(ledger, actor, period, maker_code)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ValidationError("file.unwritable", path=str(out_dir), reason=str(error)) from None
    head = Letterhead.from_settings(get_settings(ledger))
    printed_on = long_date(to_local(ledger.now()).date(), lang)
    written: list[Path] = []
    stop = cancelled or (lambda: False)
    report = progress or (lambda done, total: None)
    total = len(views) + 1
    issued: list[tuple[str, Path]] = []
    for number, view in enumerate(views):
        if stop():
            _record_issued(ledger, actor, issued)
            return StatementBatch(period, tuple(written), None, None, finalized, cancelled=True)
        report(number, total)
        path = out_dir / statement_file_name(view)
        write_statement(view, head, path, lang=lang, printed_on=printed_on)
        written.append(path)
        if view.status != "draft" and view.statement_no:
            issued.append((view.statement_no, path))
    recorded = _record_issued(ledger, actor, issued)
    stem = out_dir / summary_file_stem(period, maker_code)
    write_summary_pdf(
        views, head, stem.with_suffix(".pdf"), period=period, lang=lang, printed_on=printed_on
    )
    write_summary_csv(views, stem.with_suffix(".csv"), lang=lang)
    report(total, total)
    return StatementBatch(
        period,
        tuple(written),
        stem.with_suffix(".pdf"),
        stem.with_suffix(".csv"),
        finalized,
        unrecorded=not recorded,
    )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _record_issued(ledger: Ledger, actor: Actor, issued: list[tuple[str, Path]]) -> bool:
    """Sign each final statement's file as issued, so `statement verify FILE` can tell the very
    file from one edited afterwards. False when this computer has no key to sign with."""
    if not issued:
        return True
    hashes = [(number, file_sha256(path)) for number, path in issued]

    def work(session: Session) -> None:
        user = require(session, actor, Action.VIEW_SETTLEMENT)
        now = ledger.now()
        signed = [
            anchors.sign(
                session,
                kind=anchors.DOCUMENT,
                reference=number,
                content_hash=digest,
                at=now,
                user_id=user.id,
                database=anchors.database_name(ledger.url),
            )
            for number, digest in hashes
        ]
        journal.append(
            session,
            action="statement.issue",
            user_id=user.id,
            at=now,
            summary=f"{len(signed)} statement PDFs issued",
            records=signed,
        )

    try:
        ledger.run_write(work)
    except ValidationError as refused:
        if refused.code not in ("key.missing", "key.foreign", "key.unreadable"):
            raise
        return False
    return True


_CODE = re.compile(r"\b([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})\b")
_QR = re.compile(
    r"(RB-\d{4}-\d{2}-\S+)\s+([0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4})", re.IGNORECASE
)


def _read_pdf(path: Path) -> tuple[str, str]:
    """The PDF's keywords and its text; a file that is no PDF is refused with a message."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        metadata = reader.metadata
        keywords = str(metadata.get("/Keywords", "") or "") if metadata else ""
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (OSError, PdfReadError, ValueError) as error:
        raise ValidationError("statement.unreadable", path=str(path), reason=str(error)) from None
    return keywords, text


def _journal_problems(ledger: Ledger, settlement_no: str) -> list[Problem]:
    problems = []
    with ledger.read() as session:
        row = session.scalar(select(Settlement).where(Settlement.statement_no == settlement_no))
        if row is None:
            return [Problem("verify.unknown")]
        stored = json.loads(row.content)
        view = months.settlement_in(session, session.get_one(Maker, row.maker_id), row.period)
        if (
            hashlib.sha256(journal.canonical_json(stored).encode()).hexdigest() != row.content_hash
            or months.content_hash(view) != row.content_hash
        ):
            problems.append(Problem("verify.hash"))
        entries = session.scalars(
            select(JournalEntry).where(
                JournalEntry.action == "settlement.finalize",
                JournalEntry.payload.like(f"%{row.content_hash}%"),
            )
        )
        snapshot = journal.snapshot(row)
        matched = False
        for entry in entries:
            if not journal.entry_intact(entry):
                problems.append(Problem("verify.journal_altered", {"seq": str(entry.seq)}))
                continue
            recorded = json.loads(entry.payload)["records"]
            matched = matched or any(
                table == Settlement.__tablename__ and values == snapshot
                for table, values in recorded
            )
        if not matched:
            problems.append(Problem("verify.no_journal"))
        unsound = settlements.statement_unsound(session, row)
        if unsound == "signature":
            problems.append(Problem("verify.unsigned"))
        elif unsound is not None and unsound.startswith("records"):
            problems.append(Problem("verify.recomputed", {"parts": unsound.split(": ", 1)[1]}))
    return problems


def _file_problems(ledger: Ledger, view: SettlementView, path: Path) -> list[Problem]:
    """The very file must be one the program signed as issued: an overlay drawn over the
    printed numbers, or any other edit, changes its bytes."""
    with ledger.read() as session:
        issued = anchors.is_signed(
            session,
            kind=anchors.DOCUMENT,
            reference=view.statement_no or "",
            content_hash=file_sha256(path),
        )
    return (
        []
        if issued
        else [Problem("verify.pdf_not_issued", {"statement": view.statement_no or "-"})]
    )


def _pdf_problems(view: SettlementView, keywords: str, text: str) -> list[Problem]:
    """The printed sums and every receipt number must be those of the frozen statement."""
    printed = read_printed_sums(text)
    expected = {"payable": view.payable, "gross_sales": view.gross_sales, "lines": len(view.sales)}
    missing = [
        f"{key}={format_rupiah(value) if key != 'lines' else value}"
        for key, value in expected.items()
        if printed.get(key) != value
    ]
    flat = " ".join(text.split())
    missing += [
        value
        for value in (view.statement_no or "", *(line.receipt_no for line in view.sales))
        if value not in flat
    ]
    problems = []
    if missing:
        problems.append(Problem("verify.pdf_differs", {"missing": ", ".join(missing[:5])}))
    if view.content_hash and view.content_hash not in keywords:
        problems.append(Problem("verify.pdf_hash"))
    return problems


def verify_statement(
    ledger: Ledger, *, code: str | None = None, pdf: Path | None = None
) -> StatementCheck:
    """Whether a statement matches the journal: by its printed code, or by the PDF itself,
    whose printed sums and receipt numbers must also agree with the frozen statement."""
    text = keywords = ""
    if pdf is not None:
        keywords, text = _read_pdf(pdf)
        if "showroom-pos draft" in keywords:
            return StatementCheck(False, "", problems=(Problem("verify.draft"),))
        found = _CODE.search(keywords) or _CODE.search(text)
        code = found.group(1) if found else None
    if not code:
        return StatementCheck(False, "", problems=(Problem("verify.no_code"),))
    named: str | None = None
    scanned = _QR.fullmatch(code.strip()) if isinstance(code, str) else None
    if scanned:  # the text of the statement's QR code: its number and its code
        named, code = scanned.group(1).upper(), scanned.group(2).upper()
    matches = settlements.find_settlement_by_code(ledger, code=code)
    if named is not None:
        matches = [view for view in matches if view.statement_no == named]
    if len(matches) != 1:
        return StatementCheck(
            False,
            code,
            problems=(Problem("verify.unknown" if not matches else "verify.ambiguous"),),
        )
    view = matches[0]
    problems = _journal_problems(ledger, view.statement_no or "")
    if pdf is not None:
        problems += _pdf_problems(view, keywords, text)
        problems += _file_problems(ledger, view, pdf)
    return StatementCheck(
        not problems,
        code,
        view.statement_no,
        f"{view.maker_code} {view.maker_name}",
        view.period,
        view.payable,
        view.status,
        tuple(problems),
    )
