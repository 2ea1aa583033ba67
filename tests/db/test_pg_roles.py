"""On PostgreSQL the tills log in as a role that may add records but never change them."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError

from showroom_pos.app import open_ledger
from showroom_pos.cli import main
from showroom_pos.db import schema
from showroom_pos.domain.errors import AuthError, DatabaseError
from showroom_pos.services.admin import auth, users
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.reports import day_reports
from showroom_pos.services.stock import consignment, makers
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields, MakerInput
from showroom_pos.services.till import sales, shifts
from showroom_pos.services.till.types import CartLine, PaymentInput
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
        receipt = sales.complete_sale(
            till,
            actor=cashier,
            terminal_code="K1",
            lines=[CartLine("PKL001-00002")],
            payments=[PaymentInput("cash", 250_000)],
        )
        assert receipt.receipt_no == "K1-000001"
        shifts.close_shift(
            till, actor=cashier, terminal_code="K1", denominations={100_000: 5, 50_000: 1}
        )
        supervisor = auth.login(till, username="sari", password=PASSWORD)
        day = day_reports.z_report(
            till, actor=supervisor, terminal_code="K1", day=date(2026, 10, 5)
        )
        assert day.kind == "Z" and day.gross_sales == 250_000
        assert check_ledger(till).ok
    finally:
        till.close()

    engine = create_engine(till_url)
    try:
        for statement in (
            "UPDATE sale_lines SET unit_price = 1000",
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
            "'x', true, 0, now())",
        ):
            with pytest.raises(ProgrammingError) as refused, engine.begin() as connection:
                connection.execute(text(statement))
            assert "permission denied" in str(refused.value) or "must be owner" in str(
                refused.value
            )
    finally:
        engine.dispose()


def test_the_journal_function_refuses_an_entry_that_does_not_hash_as_written(
    pg_url: str, clock: Clock
) -> None:
    owner = open_ledger(pg_url, clock=clock)
    try:
        showroom = build_showroom(owner, clock)
        with owner.read() as session:
            before = session.scalar(text("SELECT last_seq FROM journal_head"))
        with pytest.raises(DBAPIError) as refused, owner.engines.write.begin() as connection:
            connection.execute(
                text(
                    "SELECT showroom_journal_append('sale', '2026-10-05T02:00:00+00:00', NULL, "
                    "'fake sale', '{}', repeat('0', 64))"
                )
            )
        assert "does not hash as written" in str(refused.value)
        # Text JSON escapes in many ways: the database must hash exactly what the program does.
        awkward = 'Batik "Tujuh Rupa" \\ é ẞ 😀 / </script> ñ'
        makers.add_maker(
            owner,
            actor=showroom.staff,
            data=MakerInput(code="PKL009", name=awkward, village="Kauman"),
        )
        consignment.receive_consignment(
            owner,
            actor=showroom.staff,
            maker_code="PKL009",
            lines=[IntakeLineInput(1, ItemFields(awkward, "kain", "tulis", 100_000))],
            notes="baris satu\n\tbaris dua\r\nakhir",
        )
        with owner.read() as session:
            assert session.scalar(text("SELECT last_seq FROM journal_head")) == before + 2
            payloads = "".join(
                session.scalars(text("SELECT payload FROM journal ORDER BY seq DESC LIMIT 2"))
            )
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
            users.add_user(
                till, actor=admin, username="eve", full_name="Eve", role="admin", password=PASSWORD
            )
        assert refused.value.code == "db.not_permitted"
        assert "owner" in refused.value.message("en")
        with pytest.raises(AuthError):  # a failed login is still counted, and journaled
            auth.login(till, username="budi", password="salah-sekali")
        assert check_ledger(till).ok
    finally:
        till.close()


def test_an_upgrade_gives_the_tills_login_its_rights_on_what_the_upgrade_added(
    pg_url: str, clock: Clock
) -> None:
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
            key = connection.execute(text("SELECT secret FROM ledger_keys")).scalar()
            config = schema.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0003")
    finally:
        owner.close()
    owner = open_ledger(pg_url, clock=clock)  # the owner's program upgrades at start
    try:  # with the key the database had (going down dropped it; the upgrade made a new one)
        with owner.engines.write.begin() as connection:
            connection.execute(text("ALTER TABLE ledger_keys DISABLE TRIGGER USER"))
            connection.execute(text("UPDATE ledger_keys SET secret = :key"), {"key": key})
            connection.execute(text("ALTER TABLE ledger_keys ENABLE TRIGGER USER"))
    finally:
        owner.close()
    engine = create_engine(till_url)
    try:
        with pytest.raises(ProgrammingError), engine.begin() as connection:
            connection.execute(text("UPDATE journal_head SET last_seq = 0"))
    finally:
        engine.dispose()
    till = open_ledger(till_url, clock=clock)
    try:
        cashier = auth.login(till, username="budi", password=PASSWORD)
        sales.complete_sale(
            till,
            actor=cashier,
            terminal_code="K1",
            lines=[CartLine("PKL001-00002")],
            payments=[PaymentInput("cash", 250_000)],
        )
        shifts.close_shift(
            till, actor=cashier, terminal_code="K1", denominations={100_000: 5, 50_000: 1}
        )
        supervisor = auth.login(till, username="sari", password=PASSWORD)
        assert (
            day_reports.z_report(
                till, actor=supervisor, terminal_code="K1", day=date(2026, 10, 5)
            ).z_number
            == 1
        )
    finally:
        till.close()


def test_grant_is_refused_on_sqlite(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", sqlite_url, "db", "grant", "kasir"]) == 2
    assert "PostgreSQL" in capsys.readouterr().err


def test_the_tills_login_reads_no_private_field_and_still_logs_in_and_verifies(
    pg_url: str, clock: Clock
) -> None:
    till_url = _till_login(pg_url, clock, "kasir_privat")
    engine = create_engine(till_url)
    try:
        for statement in (
            "SELECT password_hash FROM users",
            "SELECT * FROM users",
            "SELECT nik FROM makers",
            "SELECT phone FROM makers",
            "SELECT bank_account FROM makers",
            "SELECT * FROM ledger_keys",
        ):
            with pytest.raises(ProgrammingError), engine.begin() as connection:
                connection.execute(text(statement))
        with engine.begin() as connection:
            journal_text = "\n".join(
                connection.execute(text("SELECT payload FROM journal")).scalars()
            )
            masks = connection.execute(
                text("SELECT nik, phone, bank_account FROM maker_masks ORDER BY id")
            ).first()
    finally:
        engine.dispose()
    for private_value in ("3375014101800001", "0812-2900-1234", "002101000123456", "$argon2"):
        assert private_value not in journal_text
    assert '"nik":"key256:' in journal_text
    assert tuple(masks) == ("3375••••••••••••", "••••-••••-1234", "•••••••••••3456")

    till = open_ledger(till_url, clock=clock)
    try:
        admin = auth.login(till, username="admin", password=PASSWORD)
        shown = makers.get_maker(till, actor=admin, code="PKL001")
        assert (shown.nik, shown.phone, shown.bank_account, shown.private_shown) == (
            *masks,
            False,
        )  # even an admin sees masks through the tills' login
        with pytest.raises(DatabaseError) as refused:
            makers.edit_maker(
                till,
                actor=admin,
                code="PKL001",
                data=MakerInput(code="PKL001", name="Siti Aminah", bank_account="999999999999"),
            )
        assert refused.value.code == "db.not_permitted"
        assert check_ledger(till).ok
    finally:
        till.close()

    owner = open_ledger(pg_url, clock=clock)
    try:  # the owner's login, which may, sees the values and the same masks as the till
        admin = auth.login(owner, username="admin", password=PASSWORD)
        full = makers.get_maker(owner, actor=admin, code="PKL001")
        assert (full.nik, full.bank_account) == ("3375014101800001", "002101000123456")
        cashier = auth.login(owner, username="budi", password=PASSWORD)
        hidden = makers.get_maker(owner, actor=cashier, code="PKL001")
        assert (hidden.nik, hidden.phone, hidden.bank_account) == tuple(masks)
        with owner.engines.write.begin() as connection:  # an account taken over
            connection.execute(
                text(
                    "UPDATE users SET password_hash = (SELECT password_hash FROM users "
                    "WHERE username = 'admin') WHERE username = 'budi'"
                )
            )
    finally:
        owner.close()
    till = open_ledger(till_url, clock=clock)
    try:  # the till's login, reading only digests, still catches it
        report = check_ledger(till)
        assert any(problem.table == "users" for problem in report.problems)
    finally:
        till.close()


def test_failed_logins_through_the_tills_login_are_counted_by_the_database(
    pg_url: str, clock: Clock
) -> None:
    till_url = _till_login(pg_url, clock, "kasir_tebak")
    till = open_ledger(till_url, clock=clock)
    try:
        for _ in range(5):
            with pytest.raises(AuthError) as refused:
                auth.login(till, username="budi", password="tebakan-salah")
            assert refused.value.code == "auth.failed"
        with pytest.raises(AuthError) as refused:  # now locked: even the right password
            auth.login(till, username="budi", password=PASSWORD)
        assert refused.value.code == "auth.locked"
        with pytest.raises(AuthError) as refused:  # an unknown name: the same refusal
            auth.login(till, username="tidakada", password=PASSWORD)
        assert refused.value.code == "auth.failed"
        with till.read() as session:
            actions = list(
                session.scalars(
                    text(
                        "SELECT action FROM journal "
                        "WHERE action IN ('login.failed', 'user.lockout') "
                        "ORDER BY seq"
                    )
                )
            )
        assert actions.count("login.failed") == 6 and actions.count("user.lockout") == 1
        assert check_ledger(till).ok
    finally:
        till.close()

    engine = create_engine(till_url)
    try:  # someone calling the functions directly cannot guess faster than the program
        with engine.begin() as connection:
            setting = connection.execute(text("SELECT showroom_password_setting('sari')")).scalar()
            unknown = connection.execute(
                text("SELECT showroom_password_setting('tidakada')")
            ).scalar()
            again = connection.execute(
                text("SELECT showroom_password_setting('tidakada')")
            ).scalar()
            assert setting.count("$") == unknown.count("$") == 5
            assert setting.rsplit("$", 2)[0] == unknown.rsplit("$", 2)[0]  # same parameters
            assert unknown == again and "$argon2id$" in unknown
            for _ in range(5):
                assert (
                    connection.execute(
                        text("SELECT showroom_check_password('sari', 'tebakan', false)")
                    ).scalar()
                    == 0
                )
            right = auth._hashed_like(setting, PASSWORD)
            assert (
                connection.execute(
                    text("SELECT showroom_check_password('sari', :c, false)"), {"c": right}
                ).scalar()
                == -1
            )
        with pytest.raises(ProgrammingError), engine.begin() as connection:  # nor lift it
            connection.execute(
                text(
                    "UPDATE users SET failed_logins = 0, locked_until = NULL "
                    "WHERE username = 'sari'"
                )
            )
    finally:
        engine.dispose()
    till = open_ledger(till_url, clock=clock)
    try:  # a right password on an unlocked account clears the count and records the login
        admin = auth.login(till, username="admin", password=PASSWORD)
        with till.read() as session:
            row = session.execute(
                text("SELECT failed_logins, locked_until, last_login_at FROM users WHERE id = :id"),
                {"id": admin.user_id},
            ).one()
        assert row[0] == 0 and row[1] is None and row[2] is not None
    finally:
        till.close()
