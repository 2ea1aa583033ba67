"""The benchmark itself: each operation's median and 95th percentile, and its ratio to the same
work done by the bare engine underneath (sqlite3 or psycopg, ReportLab, PySide6), measured in
the same run, since these machines are shared and noisy."""

from __future__ import annotations

import io
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from showroom_pos.bench.data import LINES_PER_SALE, TILL, people
from showroom_pos.db.models import Item, SaleLine
from showroom_pos.domain.periods import period_bounds, to_local
from showroom_pos.services.admin.demo_catalogue import MOTIFS
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.settlement import months
from showroom_pos.services.stock import stock
from showroom_pos.services.till import sales, shifts
from showroom_pos.services.till.types import CartLine, PaymentInput

Say = Callable[[str], None]


@dataclass(frozen=True)
class Result:
    name: str
    samples: tuple[float, ...]  # seconds
    floor: tuple[float, ...] = ()
    floor_name: str = ""
    target: str = ""
    unit: str = "ms"

    @staticmethod
    def p95(values: Sequence[float]) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    @property
    def ratio(self) -> float | None:
        if not self.floor:
            return None
        return statistics.median(self.samples) / max(statistics.median(self.floor), 1e-9)

    def row(self) -> str:
        if self.unit == "MB":
            return f"| {self.name} | {self.samples[0]:.0f} MB | | | | {self.target} |"
        median, p95 = statistics.median(self.samples) * 1000, self.p95(self.samples) * 1000
        floor = (
            f"{statistics.median(self.floor) * 1000:.2f} ms ({self.floor_name})"
            if self.floor
            else ""
        )
        ratio = f"{self.ratio:.2f}x" if self.ratio is not None else ""
        return (
            f"| {self.name} | {median:.2f} ms | {p95:.2f} ms | {floor} | {ratio} | {self.target} |"
        )


HEADER = (
    "| operation | median | p95 | floor (median) | ratio | target |\n|---|---:|---:|---|---:|---|"
)


def timed(work: Callable[[], Any], repeat: int) -> tuple[float, ...]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return tuple(samples)


class Bare:
    """The bare driver under the program: sqlite3 or psycopg, no SQLAlchemy, no services."""

    def __init__(self, ledger: Ledger) -> None:
        self.connection = ledger.engines.write.raw_connection()
        self.sqlite = ledger.engines.write.dialect.name == "sqlite"
        self.mark = "?" if self.sqlite else "%s"

    def one(self, sql: str, *params: Any) -> Any:
        cursor = self.connection.cursor()
        cursor.execute(sql.replace("?", self.mark), params)
        row = cursor.fetchall() if cursor.description is not None else []
        cursor.close()
        self.connection.commit()
        return row

    def close(self) -> None:
        self.connection.close()


def _codes(ledger: Ledger, count: int, rng: random.Random) -> list[str]:
    with ledger.read() as session:
        top = int(session.scalar(select(func.max(Item.id))) or 0)
        ids = [rng.randint(1, top) for _ in range(count * 2)]
        found = list(session.scalars(select(Item.code).where(Item.id.in_(ids), Item.on_hand > 0)))
    rng.shuffle(found)
    return found[:count]


def bench_scan_and_search(ledger: Ledger, repeat: int, rng: random.Random) -> list[Result]:
    crew = people(ledger)
    codes = _codes(ledger, repeat, rng)
    bare = Bare(ledger)
    try:

        def cycle(values: list[str]) -> Callable[[], str]:
            position = [0]

            def next_value() -> str:
                position[0] = (position[0] + 1) % len(values)
                return values[position[0]]

            return next_value

        code = cycle(codes)
        scan = timed(lambda: stock.find_item(ledger, actor=crew.cashier, code=code()), repeat)
        scan_floor = timed(lambda: bare.one("SELECT * FROM items WHERE code = ?", code()), repeat)
        words = cycle([m.split()[0].lower() for m in MOTIFS])
        search = timed(
            lambda: stock.search_items(ledger, actor=crew.cashier, text=words(), limit=50), repeat
        )
        search_floor = timed(
            lambda: bare.one(
                "SELECT * FROM items WHERE lower(name) LIKE ? AND active ORDER BY code LIMIT 50",
                f"%{words()}%",
            ),
            repeat,
        )
    finally:
        bare.close()
    return [
        Result(
            "scan an item code (service)", scan, scan_floor, "bare indexed SELECT", "p95 < 50 ms"
        ),
        Result(
            "type-ahead search, first 50", search, search_floor, "bare LIKE query", "p95 < 50 ms"
        ),
    ]


def bench_till_widget(ledger: Ledger, repeat: int, rng: random.Random) -> Result:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtTest import QTest

    from showroom_pos.gui.context import AppContext
    from showroom_pos.gui.main import application
    from showroom_pos.gui.screens.till_screen import TillScreen

    application("id")
    crew = people(ledger)
    ensure_shift(ledger, crew.cashier)  # else the first scan asks for the opening cash
    till = TillScreen(AppContext(ledger, crew.cashier, TILL, "id"))
    till.show()
    codes = _codes(ledger, repeat, rng)
    samples = []
    for code in codes:
        till.cart.clear()
        started = time.perf_counter()
        QTest.keyClicks(till.ui.scanEdit, code)
        QTest.keyClick(till.ui.scanEdit, Qt.Key.Key_Return)
        samples.append(time.perf_counter() - started)
        if till.cart.rowCount() != 1:
            raise RuntimeError(f"the till did not take {code}")
    till.close()
    till.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    bare = Bare(ledger)
    try:
        floor = timed(
            lambda: bare.one("SELECT * FROM items WHERE code = ?", rng.choice(codes)), len(codes)
        )
    finally:
        bare.close()
    return Result(
        "scan into the till widget (offscreen Qt)",
        tuple(samples),
        floor,
        "bare indexed SELECT",
        "p95 < 50 ms",
    )


def ensure_shift(ledger: Ledger, cashier: Actor) -> None:
    """The bench's till has its shift open, as a cashier's would be before selling."""
    if shifts.current_shift(ledger, actor=cashier, terminal_code=TILL) is None:
        shifts.open_shift(ledger, actor=cashier, terminal_code=TILL, opening_float=300_000)


FLOOR_TABLES = ("sales", "sale_lines", "payments", "stock_movements", "journal")


def bench_sale(ledger: Ledger, repeat: int, rng: random.Random) -> Result:
    crew = people(ledger)
    ensure_shift(ledger, crew.cashier)
    samples = []
    with ledger.read() as session:
        top = int(session.scalar(select(func.max(Item.id))) or 0)
    for _ in range(repeat):
        with ledger.read() as session:
            picked = list(
                session.execute(
                    select(Item.code, Item.price)
                    .where(
                        Item.on_hand > 1,
                        Item.unique_piece.is_(False),
                        Item.id >= rng.randint(1, max(top - 500, 1)),
                    )
                    .order_by(Item.id)
                    .limit(LINES_PER_SALE)
                )
            )
        total = sum(price for _, price in picked)
        cash = total // 2
        payments = [
            PaymentInput("qris", total - cash, reference="QRBENCH"),
            PaymentInput("cash", cash),
        ]
        lines = [CartLine(code, 1) for code, _ in picked]
        started = time.perf_counter()
        sales.complete_sale(
            ledger, actor=crew.cashier, terminal_code=TILL, lines=lines, payments=payments
        )
        samples.append(time.perf_counter() - started)
    bare = Bare(ledger)
    floor = []
    try:
        for table in FLOOR_TABLES:
            bare.one(f"DROP TABLE IF EXISTS bench_floor_{table}")
            bare.one(f"CREATE TABLE bench_floor_{table} AS SELECT * FROM {table} WHERE 1 = 0")
        samples_rows = {
            table: bare.one(f"SELECT * FROM {table} ORDER BY id DESC LIMIT {LINES_PER_SALE}")
            for table in FLOOR_TABLES
        }
        for _ in range(repeat):
            cursor = bare.connection.cursor()
            started = time.perf_counter()
            for table, count in (
                ("sales", 1),
                ("sale_lines", LINES_PER_SALE),
                ("payments", 2),
                ("stock_movements", LINES_PER_SALE),
                ("journal", 1),
            ):
                rows = samples_rows[table][:count]
                marks = ", ".join([bare.mark] * len(rows[0]))
                cursor.executemany(
                    f"INSERT INTO bench_floor_{table} VALUES ({marks})",
                    [tuple(row) for row in rows],
                )
            cursor.execute(
                f"UPDATE items SET on_hand = on_hand WHERE id IN "
                f"({', '.join([bare.mark] * LINES_PER_SALE)})",
                tuple(range(1, LINES_PER_SALE + 1)),
            )
            bare.connection.commit()
            floor.append(time.perf_counter() - started)
            cursor.close()
        for table in FLOOR_TABLES:
            bare.one(f"DROP TABLE bench_floor_{table}")
    finally:
        bare.close()
    return Result(
        "complete a 10-line sale, 2 payments, journal (durable)",
        tuple(samples),
        tuple(floor),
        "bare inserts, one durable commit",
        "within 3x",
    )


def _busiest_month(ledger: Ledger) -> tuple[str, str, int]:
    """The maker and month with the most sale lines in the last full month."""
    today = to_local(ledger.now()).date()
    last_month = (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    start, end = period_bounds(last_month)
    with ledger.read() as session:
        maker, lines = session.execute(
            select(SaleLine.maker_code, func.count())
            .where(SaleLine.sold_at >= start, SaleLine.sold_at < end)
            .group_by(SaleLine.maker_code)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    return str(maker), last_month, int(lines)


def _reportlab_floor(rows: int) -> None:
    """ReportLab alone: one table of `rows` rows in the statement's embedded font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from showroom_pos.documents.base import FONT, register_fonts

    register_fonts()
    data = [["No", "Tanggal", "Jam", "Struk", "Kode", "Barang", "Jml", "Harga", "Jumlah"]]
    data += [
        [
            str(n),
            "01-10-2026",
            "10:00",
            "K1-000001",
            "PKL0001-00001",
            "Kain panjang tulis Jlamprang",
            "1",
            "Rp1.250.000",
            "Rp1.250.000",
        ]
        for n in range(rows)
    ]
    table = Table(data, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 7.5)]))
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build([table])


def bench_statements(ledger: Ledger, repeat: int, say: Say) -> list[Result]:
    from showroom_pos.documents import statements
    from showroom_pos.documents.base import Letterhead
    from showroom_pos.documents.statement import write_statement

    crew = people(ledger)
    admin = crew.admin
    maker, period, _ = _busiest_month(ledger)
    sample = months.compute_settlement(ledger, actor=admin, maker_code=maker, period=period)
    rows = len(sample.sales) + len(sample.refund_lines) + len(sample.stock)

    def one() -> None:
        view = months.compute_settlement(ledger, actor=admin, maker_code=maker, period=period)
        write_statement(view, Letterhead("Showroom"), io.BytesIO())

    single = timed(one, repeat)
    single_floor = timed(lambda: _reportlab_floor(rows), repeat)
    with ledger.read() as session:
        start, end = period_bounds(period)
        per_maker = [
            int(n)
            for (n,) in session.execute(
                select(func.count())
                .select_from(SaleLine)
                .where(SaleLine.sold_at >= start, SaleLine.sold_at < end)
                .group_by(SaleLine.maker_code)
            )
        ]
        stock_rows = int(session.scalar(select(func.count()).select_from(Item)) or 0)
    # each statement also lists its maker's stock: about items / makers rows
    per_maker = [n + stock_rows // max(len(per_maker), 1) for n in per_maker]
    say(f"  all statements of {period} ({len(per_maker)} makers) ...")
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        statements.write_statements(ledger, actor=admin, period=period, out_dir=Path(folder))
        whole = time.perf_counter() - started
    started = time.perf_counter()
    for rows in per_maker:
        _reportlab_floor(rows)
    whole_floor = time.perf_counter() - started
    return [
        Result(
            f"one maker's month, settlement and PDF ({rows} table rows)",
            single,
            single_floor,
            "ReportLab table, same rows and font",
            "within 1.5x",
        ),
        Result(
            f"all statements of a month ({len(per_maker)} makers)",
            (whole,),
            (whole_floor,),
            "ReportLab tables, same rows and font",
            "within 1.5x, about a minute",
        ),
    ]


STARTUP = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from showroom_pos.gui.main import application, login_dialog
from showroom_pos.app import open_ledger
app = application("id")
ledger = open_ledger(sys.argv[1])
dialog = login_dialog(ledger, demo=False)
dialog.show()
app.processEvents()
"""

BARE_WINDOW = """
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.show()
app.processEvents()
"""

TILL_MEMORY = """
import os, resource, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from showroom_pos.app import open_ledger
from showroom_pos.bench.data import TILL, people
from showroom_pos.bench.run import ensure_shift
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.main import application
from showroom_pos.gui.main_window import MainWindow
from showroom_pos.services.stock import stock
app = application("id")
ledger = open_ledger(sys.argv[1])
crew = people(ledger)
ensure_shift(ledger, crew.cashier)
window = MainWindow(AppContext(ledger, crew.cashier, TILL, "id"))
window.show()
for item in stock.search_items(ledger, actor=crew.cashier, text="batik", limit=50):
    QTest.keyClicks(window.till.ui.scanEdit, item.code)
    QTest.keyClick(window.till.ui.scanEdit, Qt.Key.Key_Return)
for word in ("jlamprang", "buketan", "semen", "kain"):
    stock.search_items(ledger, actor=crew.cashier, text=word, limit=50)
app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _python(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def bench_startup_and_memory(url: str, repeat: int) -> list[Result]:
    startup = timed(lambda: _python(STARTUP, url), repeat)
    bare = timed(lambda: _python(BARE_WINDOW), repeat)
    results = [
        Result("start-up to the login window", startup, bare, "bare PySide6 window", "within 2x")
    ]
    if sys.platform != "win32":
        kilobytes = int(_python(TILL_MEMORY, url).stdout.strip().splitlines()[-1])
        results.append(
            Result(
                "peak memory, city database open at the till",
                (kilobytes / 1024,),
                target="under 300 MB",
                unit="MB",
            )
        )
    return results


def run_all(ledger: Ledger, *, repeat: int = 200, seed: int = 11, say: Say = print) -> list[Result]:
    rng = random.Random(seed)
    results: list[Result] = []
    say("  scan and search ...")
    results += bench_scan_and_search(ledger, repeat, rng)
    say("  till widget ...")
    results.append(bench_till_widget(ledger, min(repeat, 100), rng))
    say("  sales ...")
    results.append(bench_sale(ledger, min(repeat, 50), rng))
    say("  statements ...")
    results += bench_statements(ledger, min(repeat, 10), say)
    say("  start-up and memory ...")
    results += bench_startup_and_memory(ledger.url, 5)
    return results


def table(results: Sequence[Result]) -> str:
    return "\n".join([HEADER, *(result.row() for result in results)])


def describe_database(ledger: Ledger) -> str:
    with ledger.read() as session:
        items = session.scalar(select(func.count()).select_from(Item))
        lines = session.scalar(select(func.count()).select_from(SaleLine))
        first = session.scalar(select(func.min(SaleLine.sold_at)))
        last = session.scalar(select(func.max(SaleLine.sold_at)))
    span = f"{to_local(first).date()} to {to_local(last).date()}" if first and last else "-"
    return f"{items} items, {lines} sale lines ({span})"
