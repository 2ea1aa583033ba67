"""On PostgreSQL the tills log in as a role that may add records but never change them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from showroom_pos.app import open_ledger
from showroom_pos.cli import main
from showroom_pos.services import auth, day_reports, sales
from showroom_pos.services.integrity import check_ledger
from tests.conftest import PASSWORD, Clock, build_showroom

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> str:
    from tests.conftest import _postgres_url

    return _postgres_url(request)


def test_till_role_cannot_change_completed_records(pg_url: str, clock: Clock) -> None:
    owner = open_ledger(pg_url, clock=clock)
    try:
        build_showroom(owner, clock)
        with owner.engines.write.begin() as connection:
            connection.execute(text("DROP ROLE IF EXISTS kasir_showroom"))
            connection.execute(text("CREATE ROLE kasir_showroom LOGIN"))
    finally:
        owner.close()
    assert main(["--db", pg_url, "db", "grant", "kasir_showroom"]) == 0

    till_url = make_url(pg_url).set(username="kasir_showroom").render_as_string(
        hide_password=False)
    till = open_ledger(till_url, clock=clock)
    try:
        cashier = auth.login(till, username="budi", password=PASSWORD)
        receipt = sales.complete_sale(till, actor=cashier, terminal_code="K1",
                                      lines=[sales.CartLine("PKL001-00002")],
                                      payments=[sales.PaymentInput("cash", 250_000)])
        assert receipt.receipt_no == "K1-000001"
        sales.close_shift(till, actor=cashier, terminal_code="K1",
                          denominations={100_000: 5, 50_000: 1})
        supervisor = auth.login(till, username="sari", password=PASSWORD)
        day = day_reports.z_report(till, actor=supervisor, terminal_code="K1",
                                   day=date(2026, 10, 5))
        assert day.kind == "Z" and day.gross_sales == 250_000
        assert check_ledger(till).ok
    finally:
        till.close()

    engine = create_engine(till_url)
    try:
        for statement in ("UPDATE sale_lines SET unit_price = 1000",
                          "DELETE FROM journal",
                          "UPDATE day_closes SET net_sales = 0",
                          "DELETE FROM shift_closes",
                          "ALTER TABLE sales DISABLE TRIGGER USER",
                          "DROP TRIGGER trg_journal_immutable ON journal",
                          "TRUNCATE payments"):
            with pytest.raises(ProgrammingError) as refused, engine.begin() as connection:
                connection.execute(text(statement))
            assert "permission denied" in str(refused.value) or "must be owner" in str(
                refused.value)
    finally:
        engine.dispose()


def test_grant_is_refused_on_sqlite(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", sqlite_url, "db", "grant", "kasir"]) == 2
    assert "PostgreSQL" in capsys.readouterr().err
