"""The parser of `showroom-pos`, its global options, and `main`: one way out for every
failure, told in the chosen language and never as a traceback."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from showroom_pos import __version__, logs
from showroom_pos.cli import backup, bench, db, event, journal, printer, report, settle, start
from showroom_pos.cli import stock as stock_commands
from showroom_pos.cli import user as user_commands
from showroom_pos.cli.common import CliError, Commands, add_global_options, db_url
from showroom_pos.domain.errors import EXIT_BUG, EXIT_REFUSED, ShowroomError
from showroom_pos.domain.text import render

log = logging.getLogger("showroom_pos")

GROUPS = (
    start,
    printer,
    stock_commands,
    report,
    backup,
    bench,
    settle,
    db,
    user_commands,
    journal,
    event,
)
OPTIONS_WITH_VALUES = ("--db", "--lang")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="showroom-pos",
        description="Showroom POS: kasir dan titipan (konsinyasi) Showroom Dekranasda Kota "
        "Pekalongan / point of sale and consignment ledger. The global options "
        "may be given before the command or after it.",
    )
    parser.add_argument("--version", action="version", version=f"showroom-pos {__version__}")
    add_global_options(parser, top=True)
    parser.set_defaults(func=start.cmd_start)
    commands = Commands(parser.add_subparsers(title="commands", metavar="COMMAND"))
    for group in GROUPS:
        group.register(commands)
    return parser


def _command_at(argv: Sequence[str]) -> int | None:
    """Where the command stands in `argv`, after the global options given before it."""
    at = 0
    while at < len(argv):
        if argv[at] in OPTIONS_WITH_VALUES:
            at += 2
        elif argv[at].startswith("-"):
            at += 1
        else:
            return at
    return None


def spell_out(argv: Sequence[str]) -> list[str]:
    """`argv` with the short forms written out (`settle --period ...`)."""
    at = _command_at(argv)
    if at is not None and argv[at] == "settle":
        return settle.spell_out(argv, at)
    return list(argv)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(spell_out(sys.argv[1:] if argv is None else argv))
    logs.configure(verbose=args.verbose, console=sys.stderr is not None)
    try:
        return int(args.func(args))
    except ShowroomError as error:
        _tell(error.message(args.lang))
        return error.exit_code
    except CliError as error:
        _tell(error.message(args.lang))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # one way out for everything else: a message, never a trace
        return _report_failure(error, args)


def _report_failure(error: Exception, args: argparse.Namespace) -> int:
    from showroom_pos.db.engine import resolve_url
    from showroom_pos.db.faults import fault_in

    try:
        url = resolve_url(db_url(args))
    except Exception:  # the data folder itself may be what failed
        url = ""
    fault = fault_in(error, url)
    if fault is not None:
        log.info("refused: %s", fault.code, exc_info=error)
        _tell(fault.message(args.lang))
        return fault.exit_code
    log.error("program error", exc_info=error)
    _tell(bug_message(args.lang, logs.current_log()))
    return EXIT_BUG


def _tell(message: str) -> None:
    """On the console; in a window when there is none (the windowed program on Windows has no
    standard error), so that a refusal at start is never lost."""
    if sys.stderr is not None:
        print(message, file=sys.stderr)
        return
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        _app = QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.warning(None, "Showroom POS", message)
    except Exception:  # nothing left to tell it with; the log has it
        log.warning("%s", message)


def bug_message(lang: str, where: Path | None) -> str:
    detail = (
        render("bug.logged", lang, {"path": where}) if where else render("bug.not_logged", lang)
    )
    return f"{render('bug.happened', lang)} {detail}"
