"""`db upgrade` and `db grant`: the database's schema and its rights."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from showroom_pos.cli.common import CliError, Commands, db_url, password_of, say, with_ledger
from showroom_pos.domain.errors import EXIT_OK

if TYPE_CHECKING:
    from showroom_pos.services.context import Ledger


def _admin_before_upgrade(args: argparse.Namespace) -> None:
    """`db upgrade` asks for an admin before the schema changes, with what any version has."""
    from showroom_pos.db.engine import check_url, open_engines, resolve_url, sqlite_path
    from showroom_pos.db.schema import probe_sqlite_file
    from showroom_pos.domain.errors import AuthError
    from showroom_pos.services.admin import auth

    url = resolve_url(db_url(args))
    check_url(url)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            return
        probe_sqlite_file(path)
    engines = open_engines(url)
    try:
        if auth.admin_of_any_version(engines.write, "", "") is None:
            return  # a new database has no accounts to protect
        if not args.as_user:
            raise CliError("cli.upgrade_needs_admin")
        password = password_of(args, args.as_user)
        if not auth.admin_of_any_version(engines.write, args.as_user, password):
            raise AuthError("auth.failed")
    finally:
        engines.dispose()


@with_ledger(login=False, before=_admin_before_upgrade)  # opening checks, backs up, upgrades
def cmd_db_upgrade(args: argparse.Namespace, ledger: Ledger, _actor: None) -> int:
    from showroom_pos.db import schema
    from showroom_pos.db.engine import describe

    revision = schema.current_revision(ledger.engines.write)
    say(args, "cli.upgraded", database=describe(ledger.url), revision=revision)
    return EXIT_OK


@with_ledger(login=False)
def cmd_db_grant(args: argparse.Namespace, ledger: Ledger, _actor: None) -> int:
    from sqlalchemy import inspect

    from showroom_pos.db.guards import grant_till_role
    from showroom_pos.db.models import IMMUTABLE_TABLES, Base

    if ledger.engines.is_sqlite:
        raise CliError("cli.grant_sqlite")
    tables = [t.name for t in Base.metadata.sorted_tables]
    with ledger.engines.write.begin() as connection:
        present = set(inspect(connection).get_table_names())
        grant_till_role(
            connection, args.role, [t for t in tables if t in present], IMMUTABLE_TABLES
        )
    say(args, "cli.granted", role=args.role)
    return EXIT_OK


def register(commands: Commands) -> None:
    db = commands.group("db", "database maintenance")
    db.command(
        "upgrade",
        cmd_db_upgrade,
        "back up, then upgrade the database to this "
        "version (an admin, once the database has accounts)",
        acting=True,
    )
    grant = db.command(
        "grant",
        cmd_db_grant,
        "PostgreSQL, run as the schema owner: give the tills' login ROLE the right to read and "
        "add records, but not to change or delete completed ones",
    )
    grant.add_argument("role", metavar="ROLE")
