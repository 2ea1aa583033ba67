"""Failures of the environment (disk, files, the database server) as refusals a person can act on.

`fault_of` looks through an exception and what caused it for a full or read-only disk, a file
this computer's user may not touch, a locked or damaged database file, an unreachable server, a
refused login or an unreadable database address, and returns the refusal that says what happened
and what to do. Anything else is a bug of the program, and None.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from showroom_pos.db.engine import shown_url
from showroom_pos.domain.errors import DamagedFault, ServerFault, ShowroomError, StorageFault

_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)
_ACCESS = (errno.EACCES, errno.EPERM)
# SQLite's own words (its result codes surface only as these texts through the driver)
_SQLITE_STORAGE = (
    ("database or disk is full", "fault.disk_full"),
    ("readonly database", "fault.read_only"),
    ("unable to open database file", "fault.cannot_open"),
    ("database is locked", "fault.locked"),
    ("disk i/o error", "fault.io"),
)
_SQLITE_DAMAGED = (
    "database disk image is malformed",
    "file is not a database",
    "malformed database schema",
    "database corruption",
)
_PG_LOGIN = (
    "password authentication failed",
    "no password supplied",
    "authentication failed",
    'role "',
)
_PG_UNREACHABLE = (
    "connection refused",
    "could not translate host name",
    "timeout expired",
    "no route to host",
    "network is unreachable",
    "server closed the connection",
    "connection timed out",
    "name or service not known",
    "connection failed",
    "terminating connection",
    "could not receive data",
)


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending += [getattr(current, "orig", None), current.__cause__, current.__context__]


def _where(path: object) -> str:
    return f" ({path})" if path else ""


def fault_of(
    error: BaseException, *, where: str = "", server: str = "", user: str = ""
) -> ShowroomError | None:
    """The refusal for an environment failure anywhere in `error`'s chain, or None for a bug.

    `where` names the file or folder concerned when the error does not; `server` and `user`
    the database server and login."""
    for current in _chain(error):
        if isinstance(current, ShowroomError):
            return current
        if isinstance(current, OSError) and not isinstance(current, ConnectionError):
            path = current.filename or where
            if current.errno in _FULL:
                return StorageFault("fault.disk_full", where=_where(path))
            if current.errno == errno.EROFS:
                return StorageFault("fault.read_only", what=path or "-")
            if current.errno in _ACCESS:
                return StorageFault("fault.no_access", what=path or "-")
            if current.errno == errno.EIO:
                return StorageFault("fault.io", where=_where(path))
        text = str(current).lower()
        if isinstance(current, sqlite3.Error | DBAPIError) and _is_sqlite(current):
            for words, code in _SQLITE_STORAGE:
                if words in text:
                    return StorageFault(code, where=_where(where), what=where or "-")
            if any(words in text for words in _SQLITE_DAMAGED):
                return DamagedFault("fault.damaged", what=where or "-", detail=_first_line(text))
        if _is_postgres(current):
            if "does not exist" in text and "database" in text:
                return ServerFault("fault.server_no_database", server=server or "-")
            if any(words in text for words in _PG_LOGIN):
                return ServerFault("fault.server_login", server=server or "-", user=user or "-")
            if any(words in text for words in _PG_UNREACHABLE):
                return ServerFault("fault.server_unreachable", server=server or "-")
        if isinstance(current, NoSuchModuleError):
            return ServerFault("fault.unsupported_url", kind=str(current).rsplit(":", 1)[-1])
        if isinstance(current, ArgumentError) and "url" in text:
            return ServerFault("fault.bad_url", url=where or "-")
    return None


def fault_in(error: BaseException, url: str) -> ShowroomError | None:
    """`fault_of`, naming the database at `url` (file, or server and login)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return fault_of(error, where=shown_url(url))
    if parsed.get_backend_name() == "sqlite":
        return fault_of(error, where=parsed.database or "")
    server = f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"
    return fault_of(error, where=shown_url(url), server=server, user=parsed.username or "")


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0][:120] if text.strip() else "-"


def _is_sqlite(error: BaseException) -> bool:
    if isinstance(error, sqlite3.Error):
        return True
    return isinstance(error, DBAPIError) and isinstance(error.orig, sqlite3.Error)


def _is_postgres(error: BaseException) -> bool:
    module = type(error).__module__
    if isinstance(error, DBAPIError):
        module = type(error.orig).__module__
    return module.startswith("psycopg")
