"""Random and hostile input at every service the showroom's people reach: each call ends in a
clear refusal that left the database exactly as it was, or in a correct result.

Each example works on a fresh copy of one small showroom (built once per module), so hundreds of
examples stay quick.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from showroom_pos.app import open_ledger
from showroom_pos.documents import statements
from showroom_pos.domain.errors import AuthError, ShowroomError
from showroom_pos.services.admin import archive, auth, users
from showroom_pos.services.admin import settings as showroom_settings
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.admin.types import Approval
from showroom_pos.services.reports import day_reports, reports
from showroom_pos.services.settlement import months, settlements
from showroom_pos.services.stock import consignment, counts, importer, makers, stock, tags
from showroom_pos.services.stock.types import ItemFields, ItemView
from showroom_pos.services.till import refunds, sales, shifts
from showroom_pos.services.till.types import CartLine, PaymentInput, RefundLineInput
from tests.conftest import PASSWORD, Clock, Showroom, _postgres_url, build_showroom
from tests.ledgerstate import ledger_snapshot, table_counts

HOSTILE_TEXT = st.one_of(
    st.text(max_size=200),
    st.sampled_from(
        [
            "",
            " ",
            "'; DROP TABLE sales; --",
            "Robert'); DELETE FROM journal;--",
            "\x00",
            "a\x00b",
            "\u202e",
            "\ud800",
            "😀" * 50,
            "A" * 10_000,
            "PKL001-00002",
            "K1-000001",
            "TT-000001",
            "2026-10",
            "%",
            "_",
            "\\",
            "NULL",
            "../../etc/passwd",
            "\r\n",
            "ﷺ" * 40,
        ]
    ),
)
HOSTILE_NUMBER = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.sampled_from([0, -1, 1, 999, 10**9, 10**12, 2**63, -(2**63)]),
    st.floats(allow_nan=True),
    st.decimals(allow_nan=True),
    st.none(),
    st.text(max_size=10),
    st.booleans(),
)
HOSTILE_DATE = st.one_of(
    st.dates(),
    st.datetimes(),
    st.none(),
    st.text(max_size=12),
    st.integers(),
    st.floats(),
    st.sampled_from([date.min, date.max, date(2026, 10, 5)]),
)
ANYTHING = st.one_of(
    HOSTILE_TEXT,
    HOSTILE_NUMBER,
    st.binary(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(), st.text(), max_size=2),
)
RELAXED = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@dataclass(frozen=True)
class Template:
    """The small showroom every example starts from: a SQLite file, or a PostgreSQL database
    that examples are created from (CREATE DATABASE ... TEMPLATE)."""

    people: Showroom
    path: Path | None = None
    server: Any = None
    database: str = ""


def _build(url: str) -> Showroom:
    clock = Clock()
    ledger = open_ledger(url, clock=clock)
    try:
        showroom = build_showroom(ledger, clock)
        showroom_settings.add_terminal(ledger, actor=showroom.admin, code="K2", name="Kasir dua")
        sales.complete_sale(
            ledger,
            actor=showroom.cashier,
            terminal_code="K1",
            lines=[CartLine("PKL001-00003"), CartLine("PKL001-00002", 2)],
            payments=[PaymentInput("cash", 1_000_000)],
        )
        return showroom
    finally:
        ledger.close()


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def template(request: pytest.FixtureRequest) -> Iterator[Template]:
    """A small showroom with one sale on till K1 (K1-000001) and a second till K2."""
    if request.param == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "template.sqlite3"
            yield Template(_build(f"sqlite:///{path}"), path=path)
        return
    url = _postgres_url(request)
    server = request.getfixturevalue("postgres_server")
    yield Template(_build(url), server=server, database=make_url(url).database or "")


@contextmanager
def _showroom(template: Template) -> Iterator[tuple[Showroom, Path]]:
    with tempfile.TemporaryDirectory() as folder:
        if template.path is not None:
            path = Path(folder) / "showroom.sqlite3"
            shutil.copyfile(template.path, path)
            url, database = f"sqlite:///{path}", ""
        else:
            database = "h_" + os.urandom(6).hex()
            url = template.server.create_database(database, template=template.database)
        clock = Clock()
        ledger = open_ledger(url, clock=clock)
        try:
            yield replace(template.people, ledger=ledger, clock=clock), Path(folder)
        finally:
            ledger.close()
            if database:
                template.server.drop_database(database)


def _refused_or_done(showroom: Showroom, call: Callable[[], object]) -> object:
    """Run `call`: a refusal must speak both languages and change nothing at all."""
    before = ledger_snapshot(showroom.ledger)
    try:
        result = call()
    except ShowroomError as refused:
        assert refused.message("id") and refused.message("en")
        assert ledger_snapshot(showroom.ledger) == before
        result = refused
    assert check_ledger(showroom.ledger).ok
    return result


def _read_only(showroom: Showroom, call: Callable[[], object]) -> None:
    """A read either answers or refuses, and never writes."""
    before = ledger_snapshot(showroom.ledger)
    _refused_or_done(showroom, call)
    assert ledger_snapshot(showroom.ledger) == before


@RELAXED
@given(code=HOSTILE_TEXT, price=HOSTILE_NUMBER, note=HOSTILE_TEXT)
def test_change_price_with_anything(template: Template, code: Any, price: Any, note: Any) -> None:
    with _showroom(template) as (showroom, _):
        result = _refused_or_done(
            showroom,
            lambda: stock.change_price(
                showroom.ledger,
                actor=showroom.supervisor,
                code=code,
                new_price=price,
                consent_note=note,
            ),
        )
        if isinstance(result, ItemView):
            assert result.price == price and price > 0


@RELAXED
@given(
    code=HOSTILE_TEXT,
    name=HOSTILE_TEXT,
    category=HOSTILE_TEXT,
    price=HOSTILE_NUMBER,
    motif=ANYTHING,
    active=ANYTHING,
)
def test_edit_item_with_anything(
    template: Template, code: Any, name: Any, category: Any, price: Any, motif: Any, active: Any
) -> None:
    with _showroom(template) as (showroom, _):
        _refused_or_done(
            showroom,
            lambda: stock.edit_item(
                showroom.ledger,
                actor=showroom.supervisor,
                code=code,
                active=active,
                fields=ItemFields(name, category, "cap", price, motif=motif),
            ),
        )


@RELAXED
@given(code=HOSTILE_TEXT, quantity=HOSTILE_NUMBER, reason=HOSTILE_TEXT)
def test_adjust_stock_with_anything(
    template: Template, code: Any, quantity: Any, reason: Any
) -> None:
    with _showroom(template) as (showroom, _):
        result = _refused_or_done(
            showroom,
            lambda: counts.adjust_stock(
                showroom.ledger,
                actor=showroom.supervisor,
                code=code,
                quantity=quantity,
                reason=reason,
            ),
        )
        if isinstance(result, ItemView):
            assert result.on_hand >= 0


@RELAXED
@given(
    counted=st.dictionaries(HOSTILE_TEXT, HOSTILE_NUMBER, max_size=3),
    explanations=st.one_of(st.none(), st.dictionaries(HOSTILE_TEXT, ANYTHING, max_size=3)),
    maker_code=st.one_of(st.none(), HOSTILE_TEXT),
)
def test_stock_count_with_anything(
    template: Template, counted: Any, explanations: Any, maker_code: Any
) -> None:
    with _showroom(template) as (showroom, _):
        _refused_or_done(
            showroom,
            lambda: counts.record_stock_count(
                showroom.ledger,
                actor=showroom.supervisor,
                counted=counted,
                explanations=explanations,
                maker_code=maker_code,
            ),
        )


@RELAXED
@given(
    maker_code=HOSTILE_TEXT,
    lines=st.lists(st.tuples(HOSTILE_TEXT, HOSTILE_NUMBER), max_size=3),
    notes=ANYTHING,
)
def test_return_to_maker_with_anything(
    template: Template, maker_code: Any, lines: Any, notes: Any
) -> None:
    with _showroom(template) as (showroom, _):
        _refused_or_done(
            showroom,
            lambda: consignment.return_to_maker(
                showroom.ledger,
                actor=showroom.staff,
                maker_code=maker_code,
                lines=lines,
                notes=notes,
            ),
        )


@RELAXED
@given(
    receipt_no=HOSTILE_TEXT,
    line_id=HOSTILE_NUMBER,
    quantity=HOSTILE_NUMBER,
    restock=ANYTHING,
    reason=HOSTILE_TEXT,
    method=HOSTILE_TEXT,
)
def test_refund_with_anything(
    template: Template,
    receipt_no: Any,
    line_id: Any,
    quantity: Any,
    restock: Any,
    reason: Any,
    method: Any,
) -> None:
    with _showroom(template) as (showroom, _):
        _refused_or_done(
            showroom,
            lambda: refunds.refund_sale(
                showroom.ledger,
                actor=showroom.cashier,
                terminal_code="K1",
                receipt_no=receipt_no,
                lines=[RefundLineInput(line_id, quantity, restock)],
                reason=reason,
                method=method,
                approval=Approval("sari", PASSWORD),
            ),
        )


@RELAXED
@given(
    terminal=HOSTILE_TEXT,
    amount=HOSTILE_NUMBER,
    reason=HOSTILE_TEXT,
    denominations=st.one_of(
        ANYTHING,
        st.dictionaries(
            HOSTILE_NUMBER.filter(lambda key: not (isinstance(key, Decimal) and key.is_snan())),
            HOSTILE_NUMBER,
            max_size=4,
        ),
    ),
)
def test_the_cash_drawer_with_anything(
    template: Template, terminal: Any, amount: Any, reason: Any, denominations: Any
) -> None:
    with _showroom(template) as (showroom, _):
        ledger, cashier = showroom.ledger, showroom.cashier
        _refused_or_done(
            showroom,
            lambda: shifts.open_shift(
                ledger, actor=cashier, terminal_code=terminal, opening_float=amount
            ),
        )
        _refused_or_done(
            showroom,
            lambda: shifts.record_cash_movement(
                ledger, actor=cashier, terminal_code="K1", amount=amount, reason=reason
            ),
        )
        _refused_or_done(
            showroom,
            lambda: shifts.close_shift(
                ledger, actor=cashier, terminal_code="K1", denominations=denominations, notes=reason
            ),
        )


@RELAXED
@given(
    maker_code=HOSTILE_TEXT,
    period=HOSTILE_TEXT,
    name=HOSTILE_TEXT,
    amount=HOSTILE_NUMBER,
    method=HOSTILE_TEXT,
    reference=ANYTHING,
    paid_on=HOSTILE_DATE,
)
def test_settlements_with_anything(
    template: Template,
    maker_code: Any,
    period: Any,
    name: Any,
    amount: Any,
    method: Any,
    reference: Any,
    paid_on: Any,
) -> None:
    with _showroom(template) as (showroom, _):
        ledger, supervisor = showroom.ledger, showroom.supervisor
        _read_only(
            showroom,
            lambda: months.compute_settlement(
                ledger, actor=supervisor, maker_code=maker_code, period=period
            ),
        )
        _read_only(
            showroom, lambda: months.list_settlements(ledger, actor=supervisor, period=period)
        )
        _refused_or_done(
            showroom,
            lambda: settlements.add_deduction(
                ledger,
                actor=supervisor,
                maker_code=maker_code,
                period=period,
                name=name,
                amount=amount,
            ),
        )
        _refused_or_done(
            showroom,
            lambda: settlements.finalize_settlement(
                ledger, actor=supervisor, maker_code=maker_code, period=period
            ),
        )
        _refused_or_done(
            showroom,
            lambda: settlements.record_payout(
                ledger,
                actor=supervisor,
                maker_code=maker_code,
                period=period,
                method=method,
                reference=reference,
                paid_on=paid_on,
            ),
        )
        _refused_or_done(
            showroom, lambda: settlements.close_period(ledger, actor=supervisor, period=period)
        )


@RELAXED
@given(
    values=st.dictionaries(
        st.one_of(
            HOSTILE_TEXT,
            st.sampled_from(
                ["showroom.name", "receipt.footer", "language", "printer.receipt", "till.max_cash"]
            ),
        ),
        ANYTHING,
        max_size=3,
    ),
    code=HOSTILE_TEXT,
    name=HOSTILE_TEXT,
)
def test_settings_and_tills_with_anything(
    template: Template, values: Any, code: Any, name: Any
) -> None:
    with _showroom(template) as (showroom, _):
        _refused_or_done(
            showroom,
            lambda: showroom_settings.set_settings(
                showroom.ledger, actor=showroom.admin, values=values
            ),
        )
        _refused_or_done(
            showroom,
            lambda: showroom_settings.add_terminal(
                showroom.ledger, actor=showroom.admin, code=code, name=name
            ),
        )


@RELAXED
@given(username=HOSTILE_TEXT, full_name=HOSTILE_TEXT, role=HOSTILE_TEXT, password=ANYTHING)
def test_people_with_anything(
    template: Template, username: Any, full_name: Any, role: Any, password: Any
) -> None:
    with _showroom(template) as (showroom, _):
        ledger = showroom.ledger
        _refused_or_done(
            showroom,
            lambda: users.add_user(
                ledger,
                actor=showroom.admin,
                username=username,
                full_name=full_name,
                role=role,
                password=password,
            ),
        )
        _refused_or_done(
            showroom,
            lambda: users.set_user_role(ledger, actor=showroom.admin, username=username, role=role),
        )
        _refused_or_done(
            showroom,
            lambda: users.change_password(
                ledger,
                actor=showroom.cashier,
                username="budi",
                new_password=password,
                old_password=PASSWORD,
            ),
        )


@RELAXED
@given(username=ANYTHING, password=ANYTHING)
def test_login_with_anything(template: Template, username: Any, password: Any) -> None:
    """A failed login is counted and journaled (that is its record), nothing else changes."""
    with _showroom(template) as (showroom, _):
        before = table_counts(showroom.ledger)
        try:
            auth.login(showroom.ledger, username=username, password=password)
        except AuthError as refused:
            assert refused.code in {"auth.failed", "auth.locked"}
            assert refused.message("id") and refused.message("en")
            after = table_counts(showroom.ledger)
            assert {k: v for k, v in after.items() if v != before[k]}.keys() <= {"journal"}
        else:
            raise AssertionError(f"{username!r} logged in with {password!r}")
        assert check_ledger(showroom.ledger).ok


@RELAXED
@given(
    first=HOSTILE_DATE,
    last=HOSTILE_DATE,
    by=HOSTILE_TEXT,
    limit=HOSTILE_NUMBER,
    terminal=HOSTILE_TEXT,
)
def test_reports_with_anything(
    template: Template, first: Any, last: Any, by: Any, limit: Any, terminal: Any
) -> None:
    with _showroom(template) as (showroom, folder):
        ledger, supervisor = showroom.ledger, showroom.supervisor
        _read_only(
            showroom,
            lambda: reports.sales_report(
                ledger, actor=supervisor, first_day=first, last_day=last, by=by
            ),
        )
        _read_only(
            showroom,
            lambda: reports.item_ranking(
                ledger, actor=supervisor, first_day=first, last_day=last, limit=limit
            ),
        )
        _read_only(showroom, lambda: reports.stock_aging(ledger, actor=supervisor, min_days=limit))
        _read_only(
            showroom,
            lambda: day_reports.x_report(
                ledger, actor=supervisor, terminal_code=terminal, day=first
            ),
        )
        _read_only(
            showroom,
            lambda: day_reports.z_reports(ledger, actor=supervisor, terminal_code=terminal),
        )
        _read_only(
            showroom,
            lambda: archive.export_archive(
                ledger, actor=supervisor, first_day=first, last_day=last, out_dir=folder / "arsip"
            ),
        )


@RELAXED
@given(terminal=HOSTILE_TEXT, day=HOSTILE_DATE)
def test_z_report_with_anything(template: Template, terminal: Any, day: Any) -> None:
    with _showroom(template) as (showroom, _):
        _refused_or_done(
            showroom,
            lambda: day_reports.z_report(
                showroom.ledger, actor=showroom.supervisor, terminal_code=terminal, day=day
            ),
        )


@RELAXED
@given(
    text=ANYTHING,
    code=HOSTILE_TEXT,
    copies=st.one_of(st.none(), HOSTILE_NUMBER),
    in_stock=ANYTHING,
    limit=HOSTILE_NUMBER,
)
def test_lookups_with_anything(
    template: Template, text: Any, code: Any, copies: Any, in_stock: Any, limit: Any
) -> None:
    with _showroom(template) as (showroom, _):
        ledger, cashier = showroom.ledger, showroom.cashier
        for lookup in (
            lambda: stock.search_items(
                ledger,
                actor=cashier,
                text=text,
                maker_code=code,
                category=code,
                technique=code,
                in_stock=in_stock,
            ),
            lambda: makers.list_makers(ledger, actor=cashier, text=text, limit=limit),
            lambda: makers.get_maker(ledger, actor=cashier, code=code),
            lambda: stock.find_item(ledger, actor=cashier, code=code),
            lambda: stock.item_history(ledger, actor=cashier, code=code),
            lambda: consignment.get_slip(ledger, actor=cashier, number=code),
            lambda: consignment.list_slips(ledger, actor=cashier, maker_code=code, limit=limit),
            lambda: sales.get_sale(ledger, actor=cashier, receipt_no=code),
            lambda: tags.tags_for_item(ledger, actor=cashier, code="PKL001-00002", copies=copies),
            lambda: tags.tags_for_intake(ledger, actor=cashier, intake_no=code),
            lambda: months.maker_statements(ledger, actor=showroom.staff, maker_code=code),
        ):
            _read_only(showroom, lookup)


@RELAXED
@given(
    code=ANYTHING,
    content=st.one_of(
        st.binary(max_size=2000),
        st.sampled_from(
            [
                b"",
                b"%PDF-1.4\n",
                b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF",
                b"%PDF-1.4\n" + b"\x00" * 5000,
                "Rekap %PDF".encode("utf-16"),
            ]
        ),
    ),
)
def test_statement_verify_with_anything(template: Template, code: Any, content: bytes) -> None:
    with _showroom(template) as (showroom, folder):
        pdf = folder / "rekap.pdf"
        pdf.write_bytes(content)
        for check in (
            lambda: statements.verify_statement(showroom.ledger, code=code),
            lambda: statements.verify_statement(showroom.ledger, pdf=pdf),
        ):
            before = ledger_snapshot(showroom.ledger)
            try:
                answer = check()
            except ShowroomError as refused:
                assert refused.message("id") and refused.message("en")
            else:
                assert not answer.ok and answer.problems
            assert ledger_snapshot(showroom.ledger) == before


IMPORT_KINDS = st.sampled_from(["makers", "items"])
CELL = st.one_of(
    HOSTILE_TEXT,
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.dates(min_value=date(1900, 3, 1)),
    st.sampled_from(["=1/0", "=A1", "Rp1.000"]),
)
HEADERS = {
    "makers": ["kode", "nama", "nik", "telepon", "no_rekening", "komisi_persen"],
    "items": ["kode_pembatik", "nama", "kategori", "teknik", "harga", "jumlah", "unik"],
}


def _import_and_check(showroom: Showroom, kind: str, path: Path) -> None:
    for dry_run in (True, False):
        _refused_or_done(
            showroom,
            lambda dry=dry_run: importer.import_file(
                showroom.ledger, actor=showroom.admin, kind=kind, path=path, dry_run=dry
            ),
        )


@RELAXED
@given(
    kind=st.one_of(IMPORT_KINDS, HOSTILE_TEXT),
    suffix=st.sampled_from([".csv", ".xlsx", ".txt", ""]),
    content=st.one_of(
        st.binary(max_size=3000),
        st.sampled_from(
            [
                b"",
                b"PK\x03\x04broken zip",
                b"\xef\xbb\xbf",
                b"kode;nama\n\x00\x00;\xff",
                b'kode,nama\r\nPKL009,"unclosed\n',
            ]
        ),
    ),
)
def test_import_any_file(template: Template, kind: Any, suffix: str, content: bytes) -> None:
    with _showroom(template) as (showroom, folder):
        path = folder / f"impor{suffix}"
        path.write_bytes(content)
        _import_and_check(showroom, kind, path)


@RELAXED
@given(
    kind=IMPORT_KINDS,
    rows=st.lists(st.lists(CELL, min_size=0, max_size=8), max_size=6),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16"]),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_import_hostile_csv(
    template: Template, kind: str, rows: list[list[Any]], encoding: str, delimiter: str
) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(HEADERS[kind])
    writer.writerows(
        [
            [
                "PKL001" if i == 0 and kind == "items" and not row else cell
                for i, cell in enumerate(row)
            ]
            for row in rows
        ]
    )
    with _showroom(template) as (showroom, folder):
        path = folder / "impor.csv"
        path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
        _import_and_check(showroom, kind, path)


@RELAXED
@given(kind=IMPORT_KINDS, rows=st.lists(st.lists(CELL, min_size=0, max_size=8), max_size=6))
def test_import_hostile_xlsx(template: Template, kind: str, rows: list[list[Any]]) -> None:
    from hypothesis import assume
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADERS[kind])
    try:
        for row in rows:
            sheet.append(row)
    except (IllegalCharacterError, ValueError):
        assume(False)  # not something a spreadsheet program can save
    with _showroom(template) as (showroom, folder):
        path = folder / "impor.xlsx"
        try:
            workbook.save(path)
        except (IllegalCharacterError, ValueError, UnicodeEncodeError):
            assume(False)
        _import_and_check(showroom, kind, path)
