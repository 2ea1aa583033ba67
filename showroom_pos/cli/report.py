"""`report x|z` (a till's day) and `report sales|items|stock|locations|aging` (tables)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from showroom_pos.cli.common import Commands, day_arg, out, say, with_ledger
from showroom_pos.domain.errors import EXIT_OK

if TYPE_CHECKING:
    from showroom_pos.services.admin.types import Actor
    from showroom_pos.services.context import Ledger

RECEIPT_COLUMNS = 42


@with_ledger()
def cmd_report_day(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    """An X report (read only) or the Z report that closes a till's day."""
    from showroom_pos.domain.periods import to_local
    from showroom_pos.services.admin.settings import get_settings
    from showroom_pos.services.reports import day_reports

    day = day_arg(args.date, "--date") or to_local(ledger.now()).date()
    make = day_reports.z_report if args.kind == "z" else day_reports.x_report
    report = make(ledger, actor=actor, terminal_code=args.till, day=day)
    if args.out:
        from showroom_pos.documents.base import Letterhead
        from showroom_pos.documents.day_report import write_day_report

        write_day_report(report, Letterhead.from_settings(get_settings(ledger)), Path(args.out))
        out(f"-> {args.out}")
    if args.printer:
        from showroom_pos.printing.jobs import print_day_report_now

        print_day_report_now(ledger, report, printer_uri=args.printer, profile=args.profile)
    elif not args.out:
        from showroom_pos.printing.day_report import day_report_lines
        from showroom_pos.printing.receipt import ReceiptHeader

        header = ReceiptHeader.from_settings(get_settings(ledger))
        for line in day_report_lines(report, header, RECEIPT_COLUMNS):
            out(line)
    return EXIT_OK


@with_ledger()
def cmd_report_table(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    """Sales by one dimension, items, stock per maker or stock aging, to PDF, CSV or XLSX."""
    from showroom_pos.documents import tables
    from showroom_pos.documents.base import Letterhead
    from showroom_pos.domain.periods import to_local
    from showroom_pos.services.admin.settings import get_settings
    from showroom_pos.services.reports import reports

    today = to_local(ledger.now()).date()
    first = day_arg(getattr(args, "first", None), "--from") or today.replace(day=1)
    last = day_arg(getattr(args, "last", None), "--to") or today
    values = get_settings(ledger)
    if args.kind == "sales":
        table = tables.sales_table(
            reports.sales_report(ledger, actor=actor, first_day=first, last_day=last, by=args.by)
        )
    elif args.kind == "items":
        top, slow = reports.item_ranking(
            ledger, actor=actor, first_day=first, last_day=last, limit=args.limit
        )
        table = tables.items_table(top, slow, f"{first:%d-%m-%Y} s.d. {last:%d-%m-%Y}")
    elif args.kind == "stock":
        table = tables.stock_table(reports.stock_by_maker(ledger, actor=actor), f"{today:%d-%m-%Y}")
    elif args.kind == "locations":
        table = tables.location_stock_table(
            reports.stock_by_location(ledger, actor=actor), f"{today:%d-%m-%Y}"
        )
    else:
        days = (
            args.days if args.days is not None else int(values.get("stock.return_after_days") or 0)
        )
        table = tables.aging_table(reports.stock_aging(ledger, actor=actor, min_days=days), days)
    tables.write_table(table, Path(args.out), Letterhead.from_settings(values))
    say(args, "cli.table_written", title=table.title, rows=len(table.rows), out=args.out)
    return EXIT_OK


DAY_REPORTS = (
    ("x", "the day so far, read only, as often as wanted"),
    ("z", "close the till's day: once, numbered, with perpetual totals"),
)
TABLES = (
    (
        "sales",
        "sales of a date range by maker, category, technique, motif, payment "
        "method, hour or location (showroom, events)",
    ),
    ("items", "best and slowest items of a date range"),
    ("stock", "stock on hand per maker at maker prices"),
    ("locations", "stock at the showroom and at each event"),
    ("aging", "pieces by days since intake; those due to go back"),
)
SALES_BY = ("maker", "category", "technique", "motif", "payment", "hour", "location")


def register(commands: Commands) -> None:
    report = commands.group("report", "X and Z reports of a till's day", metavar="KIND")
    for kind, help_text in DAY_REPORTS:
        day = report.command(kind, cmd_report_day, help_text, acting=True)
        day.set_defaults(kind=kind)
        day.add_argument("--till", required=True, metavar="CODE")
        day.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
        day.add_argument("--printer", metavar="URI")
        day.add_argument("--profile")
        day.add_argument("--out", metavar="FILE.pdf")
    for kind, help_text in TABLES:
        table = report.command(kind, cmd_report_table, help_text, acting=True)
        table.set_defaults(kind=kind)
        if kind in ("sales", "items"):
            table.add_argument(
                "--from",
                dest="first",
                metavar="YYYY-MM-DD",
                help="default: the first of this month",
            )
            table.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="default: today")
        if kind == "sales":
            table.add_argument("--by", required=True, choices=SALES_BY)
        if kind == "items":
            table.add_argument("--limit", type=int, default=20)
        if kind == "aging":
            table.add_argument(
                "--days", type=int, help="only pieces this old (default: the setting)"
            )
        table.add_argument("--out", required=True, metavar="FILE.pdf|csv|xlsx")
