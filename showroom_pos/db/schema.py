"""The database's schema version: recognise our databases, create new ones, upgrade old ones.

Alembic migrations in `db/migrations` are the only way the schema is created or changed, on
SQLite (batch mode) and PostgreSQL alike. A database with tables but no migration record is not
ours and is left untouched; one made by a newer program is refused rather than misread.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.orm import Session

from showroom_pos.db import concealing
from showroom_pos.db.backup import backup_database
from showroom_pos.db.engine import sqlite_path
from showroom_pos.db.exclusive import refuse_if_shared, sqlite_alone
from showroom_pos.db.faults import fault_of
from showroom_pos.db.guards import regrant_till_roles
from showroom_pos.db.models import IMMUTABLE_TABLES, Base
from showroom_pos.domain.errors import DamagedFault, DatabaseError, StorageFault
from showroom_pos.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

DatabaseState = Literal["empty", "current", "outdated"]
KEYED_PRIVATE_FIELDS = "0005"  # the revision that gave the ledger its key
VERSION_TABLE = "alembic_version"


def alembic_config() -> Config:
    # Alembic is imported only when a migration has to be read or run: opening a current
    # database (every start of the program) does without it.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations shipped"
    return head


_REVISION = re.compile(r"^(down_revision|revision)\b[^=]*=\s*['\"]?([\w]+)?['\"]?", re.MULTILINE)


@cache
def shipped_head() -> str | None:
    """The newest shipped revision, read from the migration files without Alembic (or None
    when they cannot be read simply, and Alembic must answer)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (migrations_dir() / "versions").glob("*.py"):
        found = dict(_REVISION.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        revisions.add(found["revision"])
        if found.get("down_revision"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(connection: Connection) -> str | None:
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
    return str(rows[0][0]) if len(rows) == 1 else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        return _stored_revision(connection) if VERSION_TABLE in tables else None


def _where(engine: Engine) -> str:
    path = sqlite_path(str(engine.url))
    return str(path) if path else engine.url.render_as_string(hide_password=True)


SQLITE_HEADER = b"SQLite format 3\x00"
OUR_TABLES = frozenset({VERSION_TABLE, "journal", "journal_head", "users"})


def probe_sqlite_file(path: Path) -> None:
    """Before anything touches an existing file (opening it normally would already switch it
    to WAL mode): refuse one that is not ours, report one that is damaged, and one that
    cannot be written (a read-only file, folder or USB stick)."""
    if not path.exists():
        return
    if not path.is_file():
        raise DatabaseError("db.not_ours", path=str(path))
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        return  # an empty file: a new database
    if header != SQLITE_HEADER:
        raise DatabaseError("db.not_ours", path=str(path))
    if not writable(path):
        raise StorageFault("fault.read_only", what=str(path))
    try:
        probe = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                row[0]
                for row in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if tables and not tables >= OUR_TABLES:
                raise DatabaseError("db.not_ours", path=str(path))
            check = [row[0] for row in probe.execute("PRAGMA quick_check(5)")]
        finally:
            probe.close()
    except sqlite3.Error as error:
        raise (
            fault_of(error, where=str(path))
            or DamagedFault("fault.damaged", what=str(path), detail=str(error))
        ) from error
    if check != ["ok"]:
        detail = "; ".join(" ".join(line.split()) for line in check if "***" not in line)
        raise DamagedFault("fault.damaged", what=str(path), detail=detail[:200])


def writable(path: Path) -> bool:
    """Whether the database file and its folder (where SQLite keeps its -wal and -shm files)
    may be written, also on a file system mounted read-only."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return False
    except (AttributeError, OSError):  # no statvfs on Windows
        pass
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def check_database(engine: Engine) -> DatabaseState:
    """Whether the database is empty, current or outdated; raises when it is not ours or is
    newer than this program."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if not tables:
            return "empty"
        if VERSION_TABLE not in tables:
            raise DatabaseError("db.not_ours", path=_where(engine))
        revision = _stored_revision(connection)
    if revision is None:
        raise DatabaseError("db.not_ours", path=_where(engine))
    if revision == (shipped_head() or head_revision()):
        return "current"
    if not _known(revision):
        raise DatabaseError("db.too_new", revision=revision)
    return "outdated"


def _known(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # alembic raises for unknown revisions
        return False


def upgrade_database(engine: Engine, *, backup_dir: Path | None = None) -> Path | None:
    """Bring the database to the newest schema; an existing SQLite file is backed up first.

    Returns the backup's path, if one was taken."""
    from alembic import command

    revision = current_revision(engine)
    if revision is not None and not _known(revision):
        raise DatabaseError("db.too_new", revision=revision)
    backup: Path | None = None
    path = sqlite_path(str(engine.url))
    if revision is not None and path is not None and backup_dir is not None:
        # dated: a retried upgrade never meets the copy of an earlier try
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        backup = backup_database(
            str(engine.url), backup_dir / (f"{path.stem}-before-upgrade-{revision}-{stamp}.sqlite3")
        ).path
    config = alembic_config()
    if revision is not None:  # an existing database: nobody else may use it meanwhile
        engine.dispose()
        if path is not None:
            with sqlite_alone(path):
                pass
    with engine.begin() as connection:
        if revision is not None:
            refuse_if_shared(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        if revision is not None and revision < KEYED_PRIVATE_FIELDS:
            with Session(bind=connection) as session:
                concealing.journal_private_fields_keyed(session, at=datetime.now(UTC))
                session.commit()  # joins the upgrade's transaction, committed with it
        if revision is not None:
            present = set(inspect(connection).get_table_names())
            regrant_till_roles(
                connection,
                [t.name for t in Base.metadata.sorted_tables if t.name in present],
                IMMUTABLE_TABLES,
            )
    return backup
