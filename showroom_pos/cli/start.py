"""The program itself (no command, or `--demo`), `demo-data` and `screenshots`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from showroom_pos import __version__
from showroom_pos.cli.common import Commands, db_url, out, say, with_ledger
from showroom_pos.domain.errors import EXIT_OK

if TYPE_CHECKING:
    from showroom_pos.services.context import Ledger


@with_ledger(login=False)
def cmd_start(args: argparse.Namespace, ledger: Ledger, _actor: None) -> int:
    """No subcommand: the program itself (the demo database with `--demo`)."""
    from showroom_pos.db.engine import describe
    from showroom_pos.services.admin import demo
    from showroom_pos.services.admin.users import count_users

    if args.demo:
        if not count_users(ledger):
            say(args, "cli.making_demo")
            summary = demo.fill_demo_data(
                ledger, makers=40, items=800, days=75, seed=1, progress=out
            )
            out(demo.describe_summary(summary))
        say(args, "cli.demo_database", database=describe(ledger.url))
        out(demo.describe_database(ledger))
        say(args, "cli.demo_logins")
        for username, password, role in demo.DEMO_LOGINS:
            out(f"  {username:<12} {password:<14} {role}")
        return _launch_gui(args, ledger, demo=True)
    out(f"Showroom POS {__version__}")
    say(args, "cli.database", database=describe(ledger.url))
    if not count_users(ledger):
        say(args, "cli.new_database")
        out("  showroom-pos user add admin --role admin --full-name 'Nama Admin'")
    return _launch_gui(args, ledger, demo=False)


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _launch_gui(args: argparse.Namespace, ledger: Ledger, *, demo: bool) -> int:
    if not _has_display():
        say(args, "cli.no_display")
        return EXIT_OK
    from showroom_pos.gui.main import run_gui

    return int(run_gui(ledger, demo=demo, lang=None))


@with_ledger(login=False)
def cmd_demo_data(args: argparse.Namespace, ledger: Ledger, _actor: None) -> int:
    from showroom_pos.services.admin import demo

    summary = demo.fill_demo_data(
        ledger, makers=args.makers, items=args.items, days=args.days, seed=args.seed, progress=out
    )
    out(demo.describe_summary(summary))
    return EXIT_OK


def cmd_screenshots(args: argparse.Namespace) -> int:
    from showroom_pos.gui.screenshots import take_screenshots

    written = take_screenshots(
        Path(args.out), lang=args.lang, source_url=db_url(args), progress=out
    )
    say(args, "cli.screenshots", count=len(written), out=args.out)
    return EXIT_OK


def register(commands: Commands) -> None:
    demo = commands.command(
        "demo-data",
        cmd_demo_data,
        "fill a database with realistic, deterministic demo data and demo users",
    )
    demo.add_argument("--makers", type=int, default=150)
    demo.add_argument("--items", type=int, default=3000)
    demo.add_argument("--days", type=int, default=90)
    demo.add_argument("--seed", type=int, default=1)

    shots = commands.command(
        "screenshots",
        cmd_screenshots,
        "render every screen and dialog, filled with demo data, to PNG files "
        "(offscreen; a copy of the database is used, nothing real changes)",
    )
    shots.add_argument("--out", required=True, metavar="DIR")
