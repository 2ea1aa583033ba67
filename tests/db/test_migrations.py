"""The schema comes from the migrations only; foreign and newer databases are refused."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from showroom_pos.app import open_ledger
from showroom_pos.db import private, schema
from showroom_pos.db.guards import missing_guards
from showroom_pos.db.models import IMMUTABLE_TABLES, Base, JournalEntry, Maker
from showroom_pos.domain.errors import DatabaseError
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.stock import makers
from showroom_pos.services.stock.types import MakerInput
from tests.conftest import Clock, build_showroom


def test_migrations_build_exactly_the_models(db_url: str, clock: Clock) -> None:
    ledger = open_ledger(db_url, clock=clock)
    try:
        with ledger.engines.write.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
            assert differences == []
            assert missing_guards(connection, IMMUTABLE_TABLES) == []
        assert schema.current_revision(ledger.engines.write) == schema.head_revision()
    finally:
        ledger.close()


def test_opening_twice_does_not_migrate_again(sqlite_url: str, clock: Clock) -> None:
    open_ledger(sqlite_url, clock=clock).close()
    ledger = open_ledger(sqlite_url, clock=clock)
    try:
        assert schema.check_database(ledger.engines.write) == "current"
    finally:
        ledger.close()


def test_a_foreign_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "lain.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as refused:
        open_ledger(f"sqlite:///{path}")
    assert refused.value.code == "db.not_ours"
    assert str(path) in refused.value.message("id")
    with sqlite3.connect(path) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert tables == {"pelanggan"}
    assert path.read_bytes() == before


def test_a_database_from_a_newer_program_is_refused(sqlite_url: str, clock: Clock) -> None:
    open_ledger(sqlite_url, clock=clock).close()
    engine = create_engine(sqlite_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    with pytest.raises(DatabaseError) as refused:
        open_ledger(sqlite_url, clock=clock)
    assert refused.value.code == "db.too_new" and "9999" in refused.value.message("en")


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "catatan.sqlite3"
    path.write_text("ini bukan database\n" * 200)
    with pytest.raises(DatabaseError):
        open_ledger(f"sqlite:///{path}")
    assert path.read_text().startswith("ini bukan database")


def _as_before_the_key(session: Session, value: Any) -> Any:
    """What versions before 0005 journaled: password hashes as a plain SHA-256, makers'
    private fields as they are."""
    if isinstance(value, str) and value.startswith("$argon2"):
        return "sha256:" + hashlib.sha256(value.encode()).hexdigest()
    return value


def test_an_upgrade_journals_older_private_fields_keyed_and_launders_no_change(
    db_url: str, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger = open_ledger(db_url, clock=clock)
    try:
        with monkeypatch.context() as old_program:
            old_program.setattr(private, "conceal", _as_before_the_key)
            showroom = build_showroom(ledger, clock)
            makers.add_maker(
                ledger,
                actor=showroom.staff,
                data=MakerInput(
                    code="PKL002", name="Wati", nik="3375014101800002", phone="0813-1111-2222"
                ),
            )
        with ledger.engines.write.begin() as connection:
            config = schema.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0004")
            # changed behind the program's back while it was the older version
            connection.execute(
                text("UPDATE makers SET phone = '0899-0000-0000' WHERE code = 'PKL002'")
            )
        with ledger.read() as session:
            assert "3375014101800001" in "".join(session.scalars(select(JournalEntry.payload)))
    finally:
        ledger.close()

    ledger = open_ledger(db_url, clock=clock)  # the new program upgrades
    try:
        report = check_ledger(ledger)
        assert [(p.kind, p.table) for p in report.problems] == [("changed", "makers")]
        with ledger.read() as session:
            action, payload = session.execute(
                select(JournalEntry.action, JournalEntry.payload)
                .order_by(JournalEntry.seq.desc())
                .limit(1)
            ).one()
            pkl002 = session.scalar(select(Maker.id).where(Maker.code == "PKL002"))
        assert action == "ledger.conceal" and report.problems[0].record_id == pkl002
        records = json.loads(payload)["records"]
        tables = sorted(table for table, _values in records)
        assert tables == ["makers"] + ["users"] * 5  # every account, and the untouched maker
        assert "3375014101800001" not in payload and '"nik":"key256:' in payload
        assert '"password_hash":"key256:' in payload
    finally:
        ledger.close()
