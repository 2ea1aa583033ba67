"""Backups of the ledger taken while tills sell, restores that verify before they replace."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from showroom_pos.db.engine import sqlite_path
from showroom_pos.db.exclusive import refuse_if_shared, sqlite_alone
from showroom_pos.domain.errors import DatabaseError
from showroom_pos.domain.text import Term


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int


def _sqlite_copy(source: Path, target: Path) -> None:
    """Copy with SQLite's online backup: consistent even while other connections write."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst, pages=1024, sleep=0.005)
            dst.execute("PRAGMA journal_mode = DELETE")
            check = dst.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise DatabaseError("backup.failed", reason=check)
        finally:
            dst.close()
    except BaseException:
        partial.unlink(missing_ok=True)  # no half-written copy is left to be mistaken for one
        raise
    finally:
        src.close()
    partial.replace(target)


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise DatabaseError("backup.failed", reason=Term("backup.reason_no_tool", tool=name))
    return found


def _pg_env_args(url: str) -> tuple[list[str], dict[str, str]]:
    parsed = make_url(url)
    args = [
        "--host",
        parsed.host or "localhost",
        "--port",
        str(parsed.port or 5432),
        "--username",
        parsed.username or "postgres",
        "--dbname",
        parsed.database or "",
    ]
    env = {"PGPASSWORD": parsed.password or ""}
    return args, env


def backup_database(url: str, target: Path, *, replace: bool = False) -> BackupResult:
    """Write a complete copy of the database to `target` (SQLite file, or pg_dump archive).

    A folder gets a new dated file inside. An existing file is replaced only when asked
    (`replace`), and never anything that is not a plain file (a device, a pipe)."""
    target = target.expanduser()
    if target.is_dir():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = target / f"showroom-{stamp}.{'sqlite3' if sqlite_path(url) else 'dump'}"
    if target.exists() or target.is_symlink():
        if not target.is_file():
            raise DatabaseError("backup.not_a_file", path=str(target))
        if not replace:
            raise DatabaseError("backup.exists", path=str(target))
    target = target.resolve()
    source = sqlite_path(url)
    if source is not None:
        if not source.exists():
            raise DatabaseError(
                "backup.failed", reason=Term("backup.reason_no_source", path=source)
            )
        if source.resolve() == target:
            raise DatabaseError("backup.failed", reason=Term("backup.reason_same_file"))
        _sqlite_copy(source, target)
    else:
        args, env = _pg_env_args(url)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        try:
            done = subprocess.run(
                [
                    _pg_tool("pg_dump"),
                    "--format=custom",
                    "--no-owner",
                    "--file",
                    str(partial),
                    *args,
                ],
                env={**os.environ, **env},
                capture_output=True,
                text=True,
                timeout=3600,
            )
            if done.returncode != 0:
                raise DatabaseError("backup.failed", reason=done.stderr.strip()[-300:])
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        partial.replace(target)
    return BackupResult(target, target.stat().st_size)


def restore_database(url: str, source: Path) -> Path | None:
    """Replace the database with a backup; the current SQLite file is kept aside first.

    Returns where the replaced file was kept (SQLite), so nothing completed is ever lost.
    """
    source = source.expanduser().resolve()
    if not source.is_file():
        raise DatabaseError("restore.failed", reason=Term("backup.reason_no_source", path=source))
    target = sqlite_path(url)
    if target is None:
        engine = create_engine(url)
        try:
            with engine.connect() as connection:
                refuse_if_shared(connection)  # a till still selling would lose its sales
        finally:
            engine.dispose()
        args, env = _pg_env_args(url)
        done = subprocess.run(
            [
                _pg_tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                *args,
                str(source),
            ],
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            timeout=3600,
        )
        if done.returncode != 0:
            raise DatabaseError("restore.failed", reason=done.stderr.strip()[-300:])
        return None
    try:
        probe = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            check = probe.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master")}
        finally:
            probe.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseError("db.not_ours", path=str(source)) from error
    if check != "ok":
        raise DatabaseError("restore.failed", reason=check)
    if not {"journal", "sales", "alembic_version"} <= tables:
        raise DatabaseError("db.not_ours", path=str(source))
    kept = None
    if not target.exists() or target.stat().st_size == 0:
        _sqlite_copy(source, target)
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = target.with_name(f"{target.stem}-replaced-{stamp}.sqlite3")
    with sqlite_alone(target) as held:  # refused while a till or program has it open
        _backup_into(held, kept)
        replacement = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            replacement.backup(held)
        finally:
            replacement.close()
        check = held.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":  # the copy kept aside is whole: say where
            raise DatabaseError("restore.failed", reason=f"{check}; {kept}")
    return kept


def _backup_into(source: sqlite3.Connection, target: Path) -> None:
    """A whole copy of an open database in a new file (never a half-written one)."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(target)
