"""`user add|password|lock|unlock|list` and `terminal add|use`: accounts and tills."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from showroom_pos.cli.common import (
    CliError,
    Commands,
    login_as,
    out,
    read_secret,
    say,
    with_ledger,
)
from showroom_pos.domain.errors import EXIT_OK
from showroom_pos.domain.text import text

if TYPE_CHECKING:
    from showroom_pos.services.admin.types import Actor
    from showroom_pos.services.context import Ledger


def _new_password(args: argparse.Namespace) -> str:
    return read_secret(text("cli.new_password_for", args.lang, name=args.name))


@with_ledger(login=False)  # the first user of a new database needs no one to let them in
def cmd_user_add(args: argparse.Namespace, ledger: Ledger, _actor: None) -> int:
    from showroom_pos.cli.journal import cmd_key_show
    from showroom_pos.services.admin import users

    first = users.count_users(ledger) == 0
    actor = None if first else login_as(ledger, args)
    password = _new_password(args)
    if sys.stdin is not None and sys.stdin.isatty():
        again = read_secret(text("cli.repeat_password", args.lang))
        if again != password:
            raise CliError("cli.passwords_differ")
    full_name = args.full_name or args.name
    if first:
        if args.role != "admin":
            raise CliError("cli.first_user_admin")
        users.create_first_admin(ledger, username=args.name, full_name=full_name, password=password)
    else:
        assert actor is not None
        users.add_user(
            ledger,
            actor=actor,
            username=args.name,
            full_name=full_name,
            role=args.role,
            password=password,
        )
    say(args, "cli.user_created", name=args.name, role=args.role)
    if first:
        cmd_key_show(args)
    return EXIT_OK


@with_ledger()
def cmd_user_password(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    from showroom_pos.services.admin import users

    users.change_password(ledger, actor=actor, username=args.name, new_password=_new_password(args))
    say(args, "cli.password_changed", name=args.name)
    return EXIT_OK


@with_ledger()
def cmd_user_lock(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    """`user lock` and `user unlock` (`args.active`)."""
    from showroom_pos.services.admin import users

    users.set_user_active(ledger, actor=actor, username=args.name, active=args.active)
    say(args, "cli.unlocked" if args.active else "cli.locked", name=args.name)
    return EXIT_OK


@with_ledger()
def cmd_user_list(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    from showroom_pos.services.admin import users

    for user in users.list_users(ledger, actor=actor):
        state = text("cli.state_active" if user.active else "cli.state_locked", args.lang)
        out(
            text(
                "cli.user_line",
                args.lang,
                username=user.username,
                role=user.role,
                state=state,
                full_name=user.full_name,
            )
        )
    return EXIT_OK


@with_ledger()
def cmd_terminal_add(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    from showroom_pos.services.admin import settings

    terminal = settings.add_terminal(ledger, actor=actor, code=args.code, name=args.name)
    say(args, "cli.till_created", code=terminal.code, name=terminal.name)
    return EXIT_OK


@with_ledger()
def cmd_terminal_use(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    """Set this computer up as one of the showroom's tills (per database)."""
    from showroom_pos.services.admin import settings
    from showroom_pos.this_computer import set_till_code

    terminal = settings.terminal_for_this_computer(ledger, actor=actor, code=args.code)
    set_till_code(ledger.url, terminal.code)
    say(args, "cli.till_used", code=terminal.code, name=terminal.name)
    return EXIT_OK


def register(commands: Commands) -> None:
    user = commands.group("user", "user accounts")
    user_add = user.command(
        "add",
        cmd_user_add,
        "add a user (the first user of a new database must be an admin); the new password is "
        "read from the terminal, or from stdin when it is not one",
        acting=True,
    )
    user_add.add_argument("name")
    user_add.add_argument(
        "--role", required=True, choices=("admin", "supervisor", "treasurer", "cashier", "staff")
    )
    user_add.add_argument("--full-name", metavar="TEXT")
    user.command(
        "password", cmd_user_password, "set a user's password (admin)", acting=True
    ).add_argument("name")
    for name, active, help_text in (
        ("lock", False, "lock (deactivate) an account"),
        ("unlock", True, "unlock an account"),
    ):
        lock = user.command(name, cmd_user_lock, help_text, acting=True)
        lock.add_argument("name")
        lock.set_defaults(active=active)
    user.command("list", cmd_user_list, "list the accounts", acting=True)

    terminal = commands.group("terminal", "tills")
    terminal_add = terminal.command(
        "add", cmd_terminal_add, "add a till (its own receipt numbers)", acting=True
    )
    terminal_add.add_argument("code")
    terminal_add.add_argument("--name", required=True)
    terminal.command(
        "use",
        cmd_terminal_use,
        "set this computer up as till CODE (for this database)",
        acting=True,
    ).add_argument("code")
