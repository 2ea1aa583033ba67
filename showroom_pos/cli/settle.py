"""`settle statements` (the month's statements; plain `settle` is short for it) and
`settle pay`, and `statement verify`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from showroom_pos.cli.common import CliError, Commands, out, say, with_ledger
from showroom_pos.domain.errors import EXIT_OK, EXIT_VERIFY_FAILED
from showroom_pos.domain.text import render

if TYPE_CHECKING:
    from showroom_pos.services.admin.types import Actor
    from showroom_pos.services.context import Ledger

ACTIONS = ("statements", "pay")


def spell_out(argv: Sequence[str], command_at: int) -> list[str]:
    """`settle --period ...` (the documented short form) as `settle statements --period ...`:
    `settle` is a group of actions; given none, the statements are meant."""
    rest = argv[command_at + 1 :]
    if rest and rest[0] in (*ACTIONS, "-h", "--help"):
        return list(argv)
    return [*argv[: command_at + 1], "statements", *rest]


def _period_and_folder(args: argparse.Namespace) -> None:
    if not args.period or not args.out:
        raise CliError("cli.settle_needs")


@with_ledger(before=_period_and_folder)
def cmd_settle(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    """Statements of a month as PDFs plus the summary; `--finalize` closes the month first."""
    from showroom_pos.documents.statements import write_statements

    show_progress = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show_progress:
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    batch = write_statements(
        ledger,
        actor=actor,
        period=args.period,
        out_dir=Path(args.out),
        maker_code=args.maker,
        finalize=args.finalize,
        lang=args.settle_lang or args.lang,
        progress=progress,
    )
    if show_progress:
        print(file=sys.stderr)
    if args.finalize:
        say(args, "cli.finalized", count=batch.finalized)
    say(args, "cli.statements", count=len(batch.statements), out=args.out)
    say(args, "cli.summary", pdf=batch.summary_pdf, csv=batch.summary_csv)
    if batch.unrecorded:
        print(render("statement.not_issued", args.lang), file=sys.stderr)
    return EXIT_OK


@with_ledger()
def cmd_settle_pay(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    from showroom_pos.domain.money import format_rupiah
    from showroom_pos.services.settlement.settlements import record_payout

    view = record_payout(
        ledger,
        actor=actor,
        maker_code=args.maker,
        period=args.period,
        method=args.method,
        reference=args.reference,
    )
    amount = format_rupiah(view.payout.amount) if view.payout else "-"
    say(args, "cli.paid", statement=view.statement_no, amount=amount, method=args.method)
    return EXIT_OK


@with_ledger(right="verify_journal")
def cmd_statement_verify(args: argparse.Namespace, ledger: Ledger, _actor: object) -> int:
    from showroom_pos.documents.statements import verify_statement
    from showroom_pos.domain.money import format_rupiah

    target = Path(args.target)
    if target.is_file():
        check = verify_statement(ledger, pdf=target)
    else:
        check = verify_statement(ledger, code=args.target)
    if check.ok:
        say(
            args,
            "cli.matches",
            statement=check.statement_no,
            maker=check.maker,
            period=check.period,
            amount=format_rupiah(check.payable or 0),
            status=check.status,
        )
        return EXIT_OK
    if check.statement_no:
        say(args, "cli.no_match_of", statement=check.statement_no)
    else:
        say(args, "cli.no_match")
    for line in check.messages(args.lang):
        out(f"  - {line}")
    return EXIT_VERIFY_FAILED


def register(commands: Commands) -> None:
    settle = commands.group(
        "settle",
        "the month's settlement: statements, payouts",
        description="the month's settlement. `settle --period ...` is short for "
        "`settle statements --period ...`",
    )
    statements = settle.command(
        "statements",
        cmd_settle,
        "monthly statements as PDF, one per maker, plus the treasurer's summary (PDF and CSV)",
        acting=True,
        lang=False,
    )
    statements.add_argument("--period", metavar="YYYY-MM")
    statements.add_argument("--out", metavar="DIR")
    statements.add_argument("--maker", metavar="CODE", help="only this maker")
    statements.add_argument(
        "--finalize",
        action="store_true",
        help="finalize first (a single maker, or close the whole month)",
    )
    statements.add_argument(
        "--lang",
        dest="settle_lang",
        choices=("id", "en"),
        help="language of the statements (default: that of the messages)",
    )
    pay = settle.command(
        "pay", cmd_settle_pay, "record that a finalized statement was paid", acting=True
    )
    pay.add_argument("--period", metavar="YYYY-MM", required=True)
    pay.add_argument("--maker", metavar="CODE", required=True)
    pay.add_argument("--method", choices=("cash", "transfer"), required=True)
    pay.add_argument(
        "--reference", metavar="REF", help="transfer reference (required for transfers)"
    )

    statement = commands.group("statement", "printed statements")
    statement.command(
        "verify",
        cmd_statement_verify,
        "tell whether a statement PDF (or the code printed on it) matches the journal",
        acting=True,
    ).add_argument("target", metavar="FILE.pdf|CODE")
