"""Taking the whole database for oneself: a restore or an upgrade refuses while any other till or
program is connected, and keeps others out while it works.

SQLite: a database in WAL mode can leave WAL mode only through its one connection, so switching
it to rollback mode under an exclusive locking mode succeeds only when nobody else has the file
open, and then holds it until we let go. PostgreSQL: `pg_stat_activity` lists the other
sessions on the database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, text

from showroom_pos.domain.errors import DatabaseError

WAIT_SECONDS = 1.0


@contextmanager
def sqlite_alone(path: Path) -> Iterator[sqlite3.Connection]:
    """Hold the SQLite file `path` exclusively (refused while another connection has it open);
    the file is in rollback-journal mode meanwhile, its WAL folded in. Copy it and write it
    through the connection given (SQLite's backup API), never by replacing the file: on
    Windows an open file cannot be replaced."""
    connection = sqlite3.connect(path, timeout=WAIT_SECONDS, isolation_level=None)
    try:
        try:
            connection.execute("PRAGMA locking_mode = EXCLUSIVE")
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            # the exclusive lock, once taken, stays with the connection until it closes
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("COMMIT")
        except sqlite3.OperationalError as error:
            if "locked" not in str(error).lower() and "busy" not in str(error).lower():
                raise
            raise DatabaseError("db.in_use", others=str(path)) from error
        if str(mode).lower() != "delete":
            raise DatabaseError("db.in_use", others=str(path))
        yield connection
    finally:
        connection.close()


def other_sessions(connection: Connection) -> list[str]:
    """PostgreSQL: who else is connected to this database (login, program, address)."""
    rows = connection.execute(
        text(
            "SELECT usename, application_name, client_addr FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND backend_type = 'client backend' ORDER BY backend_start"
        )
    ).all()
    return [" ".join(str(part) for part in row if part) or "?" for row in rows]


def refuse_if_shared(connection: Connection) -> None:
    """Refuse to go on while anyone else uses the database (PostgreSQL; on SQLite see
    `sqlite_alone`)."""
    if connection.dialect.name != "postgresql":
        return
    others = other_sessions(connection)
    if others:
        raise DatabaseError(
            "db.in_use",
            others=", ".join(others[:5]) + (f" (+{len(others) - 5})" if len(others) > 5 else ""),
        )
