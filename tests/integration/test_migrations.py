"""The schema comes from the migrations only; foreign and newer databases are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from showroom_pos.app import open_ledger
from showroom_pos.db import schema
from showroom_pos.db.guards import missing_guards
from showroom_pos.db.models import IMMUTABLE_TABLES, Base
from showroom_pos.domain.errors import DatabaseError
from tests.conftest import Clock


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
