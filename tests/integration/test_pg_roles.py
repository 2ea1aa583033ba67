"""On PostgreSQL the tills log in as a role that may add records but never change them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError

from showroom_pos.app import open_ledger
from showroom_pos.cli import main
from showroom_pos.domain.errors import AuthError, DatabaseError
from showroom_pos.services import auth, day_reports, makers, sales, stock
from showroom_pos.services.integrity import check_ledger
from tests.conftest import PASSWORD, Clock, build_showroom

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> str:
    from tests.conftest import _postgres_url

    return _postgres_url(request)


def _till_login(pg_url: str, clock: Clock, role: str) -> str:
    """A showroom set up by the owner, and the URL of a till login granted by `db grant`."""
    owner = open_ledger(pg_url, clock=clock)
    try:
        build_showroom(owner, clock)
        with owner.engines.write.begin() as connection:
            connection.execute(text(f"DROP ROLE IF EXISTS {role}"))
            connection.execute(text(f"CREATE ROLE {role} LOGIN"))
    finally:
        owner.close()
    assert main(["--db", pg_url, "db", "grant", role]) == 0
    return make_url(pg_url).set(username=role).render_as_string(hide_password=False)


def test_till_role_cannot_change_completed_records(pg_url: str, clock: Clock) -> None:
    till_url = _till_login(pg_url, clock, "kasir_showroom")
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
                          "TRUNCATE payments",
                          # the chain only through its function, accounts only by the admin
                          "UPDATE journal_head SET last_seq = 1",
                          "INSERT INTO journal (seq, occurred_at, action, summary, payload, "
                          "prev_hash, hash) VALUES (999, now(), 'sale', 'x', '{}', 'a', 'b')",
                          "UPDATE users SET role = 'admin' WHERE username = 'budi'",
                          "UPDATE users SET password_hash = 'x' WHERE username = 'admin'",
                          "INSERT INTO users (username, full_name, role, password_hash, "
                          "active, failed_logins, created_at) VALUES ('eve', 'Eve', 'admin', "
                          "'x', true, 0, now())"):
            with pytest.raises(ProgrammingError) as refused, engine.begin() as connection:
                connection.execute(text(statement))
            assert "permission denied" in str(refused.value) or "must be owner" in str(
                refused.value)
    finally:
        engine.dispose()


def test_the_journal_function_refuses_an_entry_that_does_not_hash_as_written(
        pg_url: str, clock: Clock) -> None:
    owner = open_ledger(pg_url, clock=clock)
    try:
        showroom = build_showroom(owner, clock)
        with owner.read() as session:
            before = session.scalar(text("SELECT last_seq FROM journal_head"))
        with pytest.raises(DBAPIError) as refused, owner.engines.write.begin() as connection:
            connection.execute(text(
                "SELECT showroom_journal_append('sale', '2026-10-05T02:00:00+00:00', NULL, "
                "'fake sale', '{}', repeat('0', 64))"))
        assert "does not hash as written" in str(refused.value)
        # Text JSON escapes in many ways: the database must hash exactly what the program does.
        awkward = 'Batik "Tujuh Rupa" \\ é ẞ 😀 / </script> ñ'
        makers.add_maker(owner, actor=showroom.staff, data=makers.MakerInput(
            code="PKL009", name=awkward, village="Kauman"))
        stock.receive_consignment(owner, actor=showroom.staff, maker_code="PKL009", lines=[
            stock.IntakeLineInput(1, stock.ItemFields(awkward, "kain", "tulis", 100_000))],
            notes="baris satu\n\tbaris dua\r\nakhir")
        with owner.read() as session:
            assert session.scalar(text("SELECT last_seq FROM journal_head")) == before + 2
            payloads = "".join(session.scalars(text(
                "SELECT payload FROM journal ORDER BY seq DESC LIMIT 2")))
        # JSON inside JSON: the function had to escape these escapes again, as the program did
        assert '\\"Tujuh Rupa\\" \\\\ é ẞ 😀' in payloads
        assert check_ledger(owner).ok
    finally:
        owner.close()


def test_the_tills_login_cannot_manage_accounts(pg_url: str, clock: Clock) -> None:
    till = open_ledger(_till_login(pg_url, clock, "kasir_akun"), clock=clock)
    try:
        admin = auth.login(till, username="admin", password=PASSWORD)
        with pytest.raises(DatabaseError) as refused:
            auth.add_user(till, actor=admin, username="eve", full_name="Eve", role="admin",
                          password=PASSWORD)
        assert refused.value.code == "db.not_permitted"
        assert "admin" in refused.value.message("en")
        with pytest.raises(AuthError):  # a failed login is still counted, and journaled
            auth.login(till, username="budi", password="salah-sekali")
        assert check_ledger(till).ok
    finally:
        till.close()


def test_an_upgrade_gives_the_tills_login_its_rights_on_what_the_upgrade_added(
        pg_url: str, clock: Clock) -> None:
    """A till role granted before the journal function existed keeps selling and closing days
    after the owner upgrades, without `db grant` again."""
    from showroom_pos.db.pg_journal import SIGNATURE

    till_url = _till_login(pg_url, clock, "kasir_lama")
    owner = open_ledger(pg_url, clock=clock)
    try:  # the rights as an older `db grant` left them, and the schema one step back
        with owner.engines.write.begin() as connection:
            connection.execute(text(f"REVOKE EXECUTE ON FUNCTION {SIGNATURE} FROM kasir_lama"))
            connection.execute(text("REVOKE INSERT ON anchors FROM kasir_lama"))
            connection.execute(text("GRANT INSERT ON journal TO kasir_lama"))
            connection.execute(text("GRANT UPDATE ON journal_head TO kasir_lama"))
            connection.execute(text("UPDATE alembic_version SET version_num = '0003'"))
    finally:
        owner.close()
    open_ledger(pg_url, clock=clock).close()  # the owner's program upgrades at start
    engine = create_engine(till_url)
    try:
        with pytest.raises(ProgrammingError), engine.begin() as connection:
            connection.execute(text("UPDATE journal_head SET last_seq = 0"))
    finally:
        engine.dispose()
    till = open_ledger(till_url, clock=clock)
    try:
        cashier = auth.login(till, username="budi", password=PASSWORD)
        sales.complete_sale(till, actor=cashier, terminal_code="K1",
                            lines=[sales.CartLine("PKL001-00002")],
                            payments=[sales.PaymentInput("cash", 250_000)])
        sales.close_shift(till, actor=cashier, terminal_code="K1",
                          denominations={100_000: 5, 50_000: 1})
        supervisor = auth.login(till, username="sari", password=PASSWORD)
        assert day_reports.z_report(till, actor=supervisor, terminal_code="K1",
                                    day=date(2026, 10, 5)).z_number == 1
    finally:
        till.close()


def test_grant_is_refused_on_sqlite(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", sqlite_url, "db", "grant", "kasir"]) == 2
    assert "PostgreSQL" in capsys.readouterr().err
