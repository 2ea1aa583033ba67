"""`backup`, `restore` and `export`: copies of the whole database, and the archive."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from showroom_pos.cli.common import (
    CliError,
    Commands,
    date_range,
    db_url,
    out,
    say,
    whole_database,
    with_ledger,
)
from showroom_pos.cli.journal import verify_restored
from showroom_pos.domain.errors import EXIT_OK, ShowroomError

if TYPE_CHECKING:
    from showroom_pos.services.admin.types import Actor
    from showroom_pos.services.context import Ledger


@with_ledger(right="backup")
def _may_back_up(_args: argparse.Namespace, _ledger: Ledger, _actor: object) -> int:
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from showroom_pos.db.backup import backup_database
    from showroom_pos.db.engine import resolve_url

    _may_back_up(args)  # the ledger is closed again before the copy is taken
    result = backup_database(resolve_url(db_url(args)), Path(args.file), replace=args.force)
    say(args, "cli.backed_up", path=result.path, size=f"{result.size_bytes:,}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from showroom_pos.db.backup import restore_database
    from showroom_pos.db.engine import resolve_url

    if not args.yes:
        raise CliError("cli.restore_needs_yes")
    _admin_for_restore(args)
    kept = restore_database(resolve_url(db_url(args)), Path(args.file))
    if kept is not None:
        say(args, "cli.previous_kept", path=kept)
    say(args, "cli.restored", file=args.file)
    return verify_restored(args)


def _admin_for_restore(args: argparse.Namespace) -> None:
    """An admin of the database being replaced; of the backup when that one cannot be opened
    (damaged, of an older version) or is missing (a new computer), checked on a copy so that
    the backup stays as it is."""
    import shutil
    import tempfile

    from showroom_pos.app import open_ledger
    from showroom_pos.db.engine import resolve_url, sqlite_path, sqlite_url

    url = resolve_url(db_url(args))
    current = sqlite_path(url)
    if current is None or (current.exists() and current.stat().st_size):
        try:
            ledger = open_ledger(url, upgrade=False)
        except ShowroomError:  # damaged, older, not ours: the backup's admin decides
            pass
        else:
            try:
                whole_database(ledger, args, "backup")
                return
            finally:
                ledger.close()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "backup.sqlite3"
        try:
            shutil.copyfile(Path(args.file), copy)
        except OSError:
            return  # the restore itself says what is wrong with the file
        try:
            ledger = open_ledger(sqlite_url(copy))
        except ShowroomError:
            return  # not a backup of ours: the restore refuses it
        try:
            whole_database(ledger, args, "backup")
        finally:
            ledger.close()


@with_ledger(before=lambda args: date_range(args, "first", "last"))
def cmd_export(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    """The archive export of a date range, checked by its own script."""
    from showroom_pos.services.admin.archive import export_archive

    first, last = date_range(args, "first", "last")
    done = export_archive(
        ledger, actor=actor, first_day=first, last_day=last, out_dir=Path(args.out)
    )
    for name, rows in sorted(done.rows.items()):
        out(f"  {name}: {rows}")
    say(args, "cli.exported", folder=done.folder)
    return EXIT_OK


def register(commands: Commands) -> None:
    backup = commands.command(
        "backup", cmd_backup, "copy the database to FILE, safely while tills sell", acting=True
    )
    backup.add_argument("file")
    backup.add_argument(
        "--force",
        action="store_true",
        help="replace FILE if it exists (never a device or a folder)",
    )
    restore = commands.command(
        "restore",
        cmd_restore,
        "replace the database with a backup (the current one is kept aside)",
        acting=True,
    )
    restore.add_argument("file")
    restore.add_argument("--yes", action="store_true", help="yes, replace the database")

    export = commands.command(
        "export",
        cmd_export,
        "every record of a date range (at most a year) as CSV with a "
        "manifest of hashes and a script that checks them, for the archive",
        acting=True,
    )
    export.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    export.add_argument("--out", required=True, metavar="DIR")
