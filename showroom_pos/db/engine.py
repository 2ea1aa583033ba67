"""Database engines: the embedded SQLite file by default, any SQLAlchemy URL on request.

SQLite is opened in WAL mode with `synchronous=FULL` (a completed sale survives a power cut),
foreign keys on and a busy timeout. Write transactions take the write lock when they begin
(`BEGIN IMMEDIATE`), so two tills never both read stock and then both sell the last piece.
Values bound to statements are never shown in errors or logs (they may be personal data).
"""

from __future__ import annotations

import os
import re
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from showroom_pos.domain.errors import ServerFault, ValidationError
from showroom_pos.domain.validation import storable_text
from showroom_pos.paths import data_dir

ENV_DB = "SHOWROOM_POS_DB"
SQLITE_BUSY_TIMEOUT_MS = 15_000


def default_database_path() -> Path:
    return data_dir() / "showroom.sqlite3"


def demo_database_path() -> Path:
    return data_dir() / "demo.sqlite3"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_url(url: str | None) -> str:
    """The URL given, else `$SHOWROOM_POS_DB`, else the SQLite file in the data folder."""
    if url:
        return url
    if os.environ.get(ENV_DB):
        return os.environ[ENV_DB]
    return sqlite_url(default_database_path())


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's begin event decides how to begin
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _storable(value: Any) -> bool:
    if isinstance(value, dict):
        return all(_storable(inner) for inner in value.values())
    if isinstance(value, list | tuple):
        return all(_storable(inner) for inner in value)
    return not isinstance(value, str) or storable_text(value)


def _refuse_unstorable_text(
    _conn: Any, _cursor: Any, _statement: str, parameters: Any, _context: Any, _executemany: bool
) -> None:
    """Text no database can hold (lone surrogates from a badly encoded command line, NUL,
    which PostgreSQL refuses) is refused before it reaches the driver, on every engine."""
    if not _storable(parameters):
        raise ValidationError("input.bad_text")


def _make_engine(url: str, *, immediate: bool) -> Engine:
    engine = _create_engine(url, immediate=immediate)
    event.listen(engine, "before_cursor_execute", _refuse_unstorable_text)
    return engine


def _create_engine(url: str, *, immediate: bool) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            pool_pre_ping=False,
            hide_parameters=True,
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        begin_sql = "BEGIN IMMEDIATE" if immediate else "BEGIN"

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql(begin_sql)

        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        isolation_level="READ COMMITTED",
        hide_parameters=True,
        connect_args={
            # named in pg_stat_activity: who holds the database open
            "application_name": f"showroom-pos {socket.gethostname()}"[:63]
        },
    )


@dataclass(frozen=True)
class Engines:
    """One engine for writes (lock taken at begin) and one for reads; one on PostgreSQL."""

    url: str
    write: Engine
    read: Engine

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    def dispose(self) -> None:
        self.write.dispose()
        if self.read is not self.write:
            self.read.dispose()


_PASSWORD_IN_URL = re.compile(r"(//[^:/@]*:)[^@]*@")


def shown_url(url: str) -> str:
    """A database address as messages show it: never its password, even when unreadable."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return _PASSWORD_IN_URL.sub(r"\1***@", url)


def check_url(url: str) -> None:
    """Refuse an address that cannot be read, a kind of database we do not support, or
    PostgreSQL without its driver installed, before anything connects."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise ServerFault("fault.bad_url", url=shown_url(url)) from None
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise ServerFault("fault.unsupported_url", kind=backend)
    if backend == "postgresql":
        try:
            parsed.get_dialect().import_dbapi()
        except (NoSuchModuleError, ImportError):
            raise ServerFault("fault.no_driver") from None


def open_engines(url: str) -> Engines:
    check_url(url)
    if is_sqlite(url):
        return Engines(url, _make_engine(url, immediate=True), _make_engine(url, immediate=False))
    engine = _make_engine(url, immediate=True)
    return Engines(url, engine, engine)


def describe(url: str) -> str:
    """What the status bar and messages say about the database, without any password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)
