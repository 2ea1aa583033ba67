"""Export for the archive (records are kept 10 years): every sale, line, payment, refund, stock
movement, statement, Z report and journal entry of a date range as CSV, with a manifest of
SHA-256 hashes and a small script that checks the files and the journal chain without the
program.
"""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from showroom_pos import __version__
from showroom_pos.db.models import (
    Base,
    DayClose,
    DocumentPrint,
    EventJournalEntry,
    JournalEntry,
    Payment,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    Settlement,
    SettlementPayment,
    StockMovement,
)
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.periods import day_bounds, format_day, to_local
from showroom_pos.domain.roles import Action
from showroom_pos.domain.validation import check_day
from showroom_pos.paths import resources_dir
from showroom_pos.services.admin.auth import require
from showroom_pos.services.admin.types import Actor, ArchiveExport
from showroom_pos.services.context import Ledger

MAX_DAYS = 366
VERIFY_SCRIPT = "verify_export.py"

# file -> (model, the column that dates a row)
EXPORTED: dict[str, tuple[type[Base], InstrumentedAttribute[Any]]] = {
    "sales.csv": (Sale, Sale.sold_at),
    "sale_lines.csv": (SaleLine, SaleLine.sold_at),
    "refunds.csv": (Refund, Refund.refunded_at),
    "refund_lines.csv": (RefundLine, RefundLine.refunded_at),
    "stock_movements.csv": (StockMovement, StockMovement.occurred_at),
    "settlements.csv": (Settlement, Settlement.finalized_at),
    "settlement_payments.csv": (SettlementPayment, SettlementPayment.recorded_at),
    "day_closes.csv": (DayClose, DayClose.closed_at),
    "document_prints.csv": (DocumentPrint, DocumentPrint.printed_at),  # papers and copies
    "journal.csv": (JournalEntry, JournalEntry.occurred_at),
    # the journals of event laptops, as merged (each its own chain, per event_id)
    "event_journal.csv": (EventJournalEntry, EventJournalEntry.occurred_at),
}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _write(path: Path, columns: list[str], rows: list[list[str]]) -> str:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _columns(model: type[Base]) -> list[str]:
    table = model.__table__
    assert isinstance(table, Table)
    return [column.name for column in table.columns]


def _dump(
    session: Session,
    model: type[Base],
    dated: InstrumentedAttribute[Any],
    start: datetime,
    end: datetime,
) -> tuple[list[str], list[list[str]]]:
    columns = _columns(model)
    order = model.seq if model is JournalEntry else model.id  # type: ignore[attr-defined]
    rows = [
        [_text(getattr(record, name)) for name in columns]
        for record in session.scalars(
            select(model).where(dated >= start, dated < end).order_by(order)
        )
    ]
    return columns, rows


def export_archive(
    ledger: Ledger, *, actor: Actor, first_day: date, last_day: date, out_dir: Path
) -> ArchiveExport:
    """Write the range's records (at most a year per export) with a manifest and the
    checking script into `out_dir`."""
    first_day = check_day("field_name.from_day", first_day)
    last_day = check_day("field_name.to_day", last_day)
    if last_day < first_day or (last_day - first_day).days >= MAX_DAYS:
        raise ValidationError(
            "archive.bad_range",
            first=format_day(first_day),
            last=format_day(last_day),
            days=MAX_DAYS,
        )
    start, end = day_bounds(first_day)[0], day_bounds(last_day)[1]
    files: dict[str, dict[str, Any]] = {}
    with ledger.read() as session:
        require(session, actor, Action.BACKUP)  # before anything is written
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ValidationError("file.unwritable", path=str(out_dir), reason=str(error)) from None
        for name, (model, dated) in EXPORTED.items():
            columns, rows = _dump(session, model, dated, start, end)
            files[name] = {"rows": len(rows), "sha256": _write(out_dir / name, columns, rows)}
        payment_columns = _columns(Payment)
        payments = [
            [_text(getattr(p, c)) for c in payment_columns]
            for p in session.scalars(
                select(Payment)
                .join(Sale, Sale.id == Payment.sale_id)
                .where(Sale.sold_at >= start, Sale.sold_at < end)
                .order_by(Payment.id)
            )
        ]
        files["payments.csv"] = {
            "rows": len(payments),
            "sha256": _write(out_dir / "payments.csv", payment_columns, payments),
        }
        first = session.execute(
            select(JournalEntry.seq, JournalEntry.prev_hash)
            .where(JournalEntry.occurred_at >= start, JournalEntry.occurred_at < end)
            .order_by(JournalEntry.seq)
            .limit(1)
        ).first()
        last = session.execute(
            select(JournalEntry.seq, JournalEntry.hash)
            .where(JournalEntry.occurred_at >= start, JournalEntry.occurred_at < end)
            .order_by(JournalEntry.seq.desc())
            .limit(1)
        ).first()
    shutil.copyfile(resources_dir() / "archive" / VERIFY_SCRIPT, out_dir / VERIFY_SCRIPT)
    manifest = {
        "program": f"showroom-pos {__version__}",
        "first_day": first_day.isoformat(),
        "last_day": last_day.isoformat(),
        "made_at": to_local(ledger.now()).isoformat(timespec="seconds"),
        "files": files,
        "journal": {
            "first_seq": first.seq if first else None,
            "last_seq": last.seq if last else None,
            "first_prev_hash": first.prev_hash if first else "",
            "last_hash": last.hash if last else "",
        },
    }
    (out_dir / "manifest.json").write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    return ArchiveExport(
        out_dir, {k: v["rows"] for k, v in files.items()}, files["journal.csv"]["rows"]
    )
