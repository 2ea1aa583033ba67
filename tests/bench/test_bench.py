"""The benchmark machinery on a tiny database: the data it builds keeps the journal whole, and
every operation of the table runs and is compared with its floor (no timing is asserted)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from showroom_pos.app import open_ledger
from showroom_pos.bench import data, run
from showroom_pos.services.admin.integrity import check_ledger


def test_bench_builds_real_data_and_measures_every_operation(tmp_path: Path, qapp: object) -> None:
    ledger = open_ledger(f"sqlite:///{tmp_path / 'bench.db'}")
    try:
        data.build(
            ledger,
            data.Scale("tiny", 4, 80, 400, 1),
            end=date(2026, 11, 20),
            say=lambda _text: None,
        )
        assert check_ledger(ledger).ok
        assert "400 sale lines" in run.describe_database(ledger)
        results = run.run_all(ledger, repeat=4, say=lambda _text: None)
    finally:
        ledger.close()
    names = [result.name for result in results]
    assert len(names) == 8 and names[0].startswith("scan an item code")
    timed = [result for result in results if result.unit == "ms"]
    assert all(result.samples and min(result.samples) > 0 for result in timed)
    assert all(result.ratio is not None and result.ratio > 0 for result in timed)
    memory = results[-1]
    assert memory.unit == "MB" and 50 < memory.samples[0] < 2000
    table = run.table(results)
    assert table.count("\n") == len(results) + 1 and "| start-up to the login window |" in table
