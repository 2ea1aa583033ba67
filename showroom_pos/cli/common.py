"""What every command shares: its output, its refusals, the ledger it opens and the user it acts
for, and the registering of commands and groups in the parser."""

from __future__ import annotations

import argparse
import functools
import getpass
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from showroom_pos.domain.text import text

if TYPE_CHECKING:
    from showroom_pos.services.admin.types import Actor
    from showroom_pos.services.context import Ledger

Command = Callable[[argparse.Namespace], int]
LedgerCommand = Callable[[argparse.Namespace, "Ledger", Any], int]


class CliError(Exception):
    """A command-line mistake (missing option, bad combination), shown without a traceback:
    a code of the catalogue with its parameters, told in the chosen language."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str | None) -> str:
        return text(self.code, lang, **self.params)


def out(line: str = "") -> None:
    print(line, flush=True)


def say(args: argparse.Namespace, code: str, /, **params: Any) -> None:
    """One line of the catalogue on standard output, in the chosen language."""
    out(text(code, args.lang, **params))


def read_secret(prompt: str) -> str:
    """A password from the terminal (not echoed), or a line of standard input in scripts."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def password_of(args: argparse.Namespace, username: str) -> str:
    return read_secret(text("cli.password_of", args.lang, name=username))


def db_url(args: argparse.Namespace) -> str | None:
    if args.db:
        return str(args.db)
    if getattr(args, "demo", False):
        from showroom_pos.db.engine import demo_database_path, sqlite_url

        return sqlite_url(demo_database_path())
    return None


def open_ledger(args: argparse.Namespace) -> Ledger:
    """The ledger of `--db` (or `--demo`, or the default), its warnings on standard error."""
    from showroom_pos import app

    ledger = app.open_ledger(db_url(args))
    for code in ledger.warnings:
        print(text("cli.warning", args.lang, message=text(code, args.lang)), file=sys.stderr)
    return ledger


def login_as(ledger: Ledger, args: argparse.Namespace) -> Actor:
    """The acting user for a command that changes data: `--as NAME`, password asked for."""
    from showroom_pos.services.admin import auth

    if not args.as_user:
        raise CliError("cli.as_required")
    return auth.login(ledger, username=args.as_user, password=password_of(args, args.as_user))


def whole_database(ledger: Ledger, args: argparse.Namespace, action: str) -> Actor | None:
    """The acting user of a command that reads or replaces the whole database, checked to
    have the right to (`--as`, password asked); none while a new database has no accounts."""
    from showroom_pos.domain.roles import Action
    from showroom_pos.services.admin import auth, users

    if not users.count_users(ledger):
        return None  # a new database has no accounts, and nothing to protect yet
    actor = login_as(ledger, args)
    with ledger.read() as session:
        auth.require(session, actor, Action(action))
    return actor


def with_ledger(
    *,
    login: bool = True,
    right: str | None = None,
    before: Callable[[argparse.Namespace], object] | None = None,
) -> Callable[[LedgerCommand], Command]:
    """A command run on the open ledger, closed however it ends. `before(args)` checks the
    options first, before anything is opened or asked; then the acting user logs in (`--as`,
    password asked): the command gets them as `actor`. With `right`, the command reads or
    replaces the whole database: the user must hold that action, and none is asked for while
    the database has no accounts. With `login=False` no one logs in and `actor` is None."""

    def wrap(command: LedgerCommand) -> Command:
        @functools.wraps(command)
        def run(args: argparse.Namespace) -> int:
            if before is not None:
                before(args)
            ledger = open_ledger(args)
            try:
                actor: Actor | None = None
                if right is not None:
                    actor = whole_database(ledger, args, right)
                elif login:
                    actor = login_as(ledger, args)
                return command(args, ledger, actor)
            finally:
                ledger.close()

        return run

    return wrap


def day_arg(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CliError("cli.bad_date", option=option, value=value) from None


def date_range(args: argparse.Namespace, first: str, last: str) -> tuple[date, date]:
    """The two required days `--from` and `--to` (kept on `args` as `first` and `last`)."""
    start, end = day_arg(getattr(args, first), "--from"), day_arg(getattr(args, last), "--to")
    assert start is not None and end is not None  # both are required options
    return start, end


def copy_words(args: argparse.Namespace, copy_number: int | None) -> str:
    return text("cli.copy", args.lang, number=copy_number) if copy_number else ""


# -- registering commands ---------------------------------------------------------------------

GLOBAL_HELP = {
    "db": "database URL (default: $SHOWROOM_POS_DB or the SQLite file in the data folder), "
    "e.g. postgresql+psycopg://kasir@server/showroom",
    "demo": "use the demo database, created with demo data on first use",
    "lang": "language of messages (default: id)",
    "verbose": "log more",
}


def add_global_options(
    parser: argparse.ArgumentParser, *, top: bool = False, lang: bool = True
) -> None:
    """`--db`, `--demo`, `--lang` and `--verbose`, taken before the command or after it. Only
    the program's own parser has their defaults: a command's copy leaves them as they were
    unless given there (argparse.SUPPRESS)."""
    group = parser.add_argument_group("global options") if not top else parser

    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    group.add_argument("--db", metavar="URL", default=default(None), help=GLOBAL_HELP["db"])
    group.add_argument(
        "--demo", action="store_true", default=default(False), help=GLOBAL_HELP["demo"]
    )
    if lang:
        group.add_argument(
            "--lang", choices=("id", "en"), default=default("id"), help=GLOBAL_HELP["lang"]
        )
    group.add_argument(
        "-v", "--verbose", action="store_true", default=default(False), help=GLOBAL_HELP["verbose"]
    )


def _show_help(parser: argparse.ArgumentParser, _args: argparse.Namespace) -> int:
    """A group given without its action: its help, as `GROUP --help` gives it."""
    parser.print_help()
    return 0


class Commands:
    """The commands of one level of the parser: `command` adds one, `group` a group of them."""

    def __init__(self, sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
        self._sub = sub

    def command(
        self,
        name: str,
        func: Command,
        help_text: str,
        *,
        acting: bool = False,
        lang: bool = True,
        description: str | None = None,
    ) -> argparse.ArgumentParser:
        """A command; `acting` gives it `--as USER`, `lang=False` leaves `--lang` to it."""
        parser = self._parser(name, help_text, description, lang=lang)
        parser.set_defaults(func=func)
        if acting:
            parser.add_argument(
                "--as",
                dest="as_user",
                metavar="USER",
                help="who does this (password asked, or read from stdin)",
            )
        return parser

    def group(
        self, name: str, help_text: str, metavar: str = "ACTION", description: str | None = None
    ) -> Commands:
        """A group of commands (`user add`, `user list`, ...); alone, it shows its help."""
        parser = self._parser(name, help_text, description)
        parser.set_defaults(func=functools.partial(_show_help, parser))
        return Commands(parser.add_subparsers(metavar=metavar))

    def _parser(
        self, name: str, help_text: str, description: str | None, *, lang: bool = True
    ) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = self._sub.add_parser(
            name, help=help_text, description=description or help_text
        )
        add_global_options(parser, lang=lang)
        return parser
