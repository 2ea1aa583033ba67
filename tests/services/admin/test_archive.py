"""The archive export: every record of the range, files as the manifest says, and a journal
chain that its own script (run without the program) checks and breaks on any change."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from showroom_pos.app import open_ledger
from showroom_pos.db.models import JournalEntry, SaleLine
from showroom_pos.domain.errors import PermissionDenied, ValidationError
from showroom_pos.domain.periods import day_bounds
from showroom_pos.services.admin import auth, demo
from showroom_pos.services.admin.archive import export_archive

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def check(folder: Path) -> subprocess.CompletedProcess[str]:
    # The script runs on its own: a plain interpreter, no program on its path.
    return subprocess.run(
        [sys.executable, "-I", str(folder / "verify_export.py"), str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def rewrite(path: Path, change: Callable[[list[list[str]]], None]) -> None:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    change(rows)
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)


def test_export_checks_out_and_any_change_is_found(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    ledger = open_ledger(url, clock=lambda: NOW)
    try:
        demo.fill_demo_data(ledger, makers=5, items=60, days=40, seed=4, now=NOW)
        actor = auth.login(ledger, username="sari", password="demo-sari")
        first, last = date(2026, 10, 20), date(2026, 11, 10)
        out = tmp_path / "arsip"
        done = export_archive(ledger, actor=actor, first_day=first, last_day=last, out_dir=out)
        start, end = day_bounds(first)[0], day_bounds(last)[1]
        with ledger.read() as session:
            lines = session.scalar(
                select(func.count())
                .select_from(SaleLine)
                .where(SaleLine.sold_at >= start, SaleLine.sold_at < end)
            )
            entries = session.scalar(
                select(func.count())
                .select_from(JournalEntry)
                .where(JournalEntry.occurred_at >= start, JournalEntry.occurred_at < end)
            )
        assert done.rows["sale_lines.csv"] == lines and done.journal_entries == entries > 0
        with pytest.raises(ValidationError):
            export_archive(
                ledger,
                actor=actor,
                first_day=date(2025, 1, 1),
                last_day=date(2026, 6, 1),
                out_dir=tmp_path / "too-long",
            )
        with pytest.raises(PermissionDenied):
            export_archive(
                ledger,
                actor=auth.login(ledger, username="budi", password="demo-budi"),
                first_day=first,
                last_day=last,
                out_dir=tmp_path / "cashier",
            )
    finally:
        ledger.close()

    good = check(out)
    assert good.returncode == 0 and f"OK: {entries} journal entries" in good.stdout

    changed_sales = tmp_path / "changed-sales"
    shutil.copytree(out, changed_sales)
    rewrite(changed_sales / "sales.csv", lambda rows: rows[1].__setitem__(-2, "1"))
    bad = check(changed_sales)
    assert bad.returncode == 1 and "file changed: sales.csv" in bad.stdout

    # A forger who also fixes the manifest is still caught by the chain.
    changed_journal = tmp_path / "changed-journal"
    shutil.copytree(out, changed_journal)
    journal = changed_journal / "journal.csv"
    target_seq: list[str] = []

    def forge(rows: list[list[str]]) -> None:
        summary = rows[0].index("summary")
        rows[5][summary] = rows[5][summary].replace("Rp", "Rp1")
        target_seq.append(rows[5][rows[0].index("seq")])

    rewrite(journal, forge)
    manifest = json.loads((changed_journal / "manifest.json").read_text())
    manifest["files"]["journal.csv"]["sha256"] = hashlib.sha256(journal.read_bytes()).hexdigest()
    (changed_journal / "manifest.json").write_text(json.dumps(manifest))
    forged = check(changed_journal)
    assert forged.returncode == 1
    assert f"journal entry {target_seq[0]} was changed" in forged.stdout
