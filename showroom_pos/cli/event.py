"""`event create|list|show|send|back|pack|merge`: pameran and bazaars away from the showroom."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from showroom_pos.cli.common import CliError, Commands, date_range, out, say, with_ledger
from showroom_pos.domain.errors import EXIT_OK
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local
from showroom_pos.domain.text import text

if TYPE_CHECKING:
    from showroom_pos.services.admin.types import Actor
    from showroom_pos.services.context import Ledger

PIECE_ROW = (
    "{code:<16} {price:>12} {sent:>6} {sold:>5} {refunded:>6} {returned:>8} {there:>8}  {item}"
)
COLUMNS = ("code", "price", "sent", "sold", "refunded", "returned", "there", "item")


def _pieces(values: Sequence[str]) -> list[tuple[str, int]]:
    """CODE or CODE=N (N pieces) as scanned or typed."""
    lines = []
    for value in values:
        code, _, count = value.partition("=")
        try:
            lines.append((code, int(count) if count else 1))
        except ValueError:
            raise CliError("cli.bad_pieces", value=value) from None
    return lines


def _event_line(args: argparse.Namespace, view: Any) -> str:
    return text(
        "cli.event_line",
        args.lang,
        code=view.code,
        status=view.status,
        starts=view.starts_on,
        ends=view.ends_on,
        name=view.name,
        place=view.place,
        pieces=view.pieces_at_event,
        sales=view.sales,
        total=format_rupiah(view.sales_total),
    )


def _show_event(args: argparse.Namespace, detail: Any) -> None:
    out(_event_line(args, detail.event))
    out(PIECE_ROW.format(**{column: text(f"cli.column.{column}", args.lang) for column in COLUMNS}))
    for piece in detail.pieces:
        out(
            PIECE_ROW.format(
                code=piece.item_code,
                price=format_rupiah(piece.price),
                sent=piece.sent,
                sold=piece.sold,
                refunded=piece.refunded,
                returned=piece.returned,
                there=piece.at_event,
                item=f"{piece.name} ({piece.maker_code})",
            )
        )
    for receipt_no, at, total in detail.receipts:
        out(f"  {receipt_no}  {to_local(at):%Y-%m-%d %H:%M}  {format_rupiah(total)}")


@with_ledger(before=lambda args: date_range(args, "start", "end"))
def cmd_event_create(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    from showroom_pos.services.stock import events

    start, end = date_range(args, "start", "end")
    view = events.create_event(
        ledger, actor=actor, name=args.name, place=args.place, starts_on=start, ends_on=end
    )
    say(args, "cli.event_created", code=view.code, till=view.till_code)
    return EXIT_OK


@with_ledger()
def cmd_event_list(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    from showroom_pos.services.stock import events

    for view in events.list_events(ledger, actor=actor):
        out(_event_line(args, view))
    return EXIT_OK


@with_ledger()
def cmd_event_show(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    from showroom_pos.services.stock import events

    _show_event(args, events.get_event(ledger, actor=actor, code=args.code))
    return EXIT_OK


@with_ledger()
def cmd_event_move(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    from showroom_pos.services.stock import events

    move = events.send_to_event if args.direction == "send" else events.bring_back
    _show_event(args, move(ledger, actor=actor, event_code=args.code, lines=_pieces(args.items)))
    return EXIT_OK


@with_ledger()
def cmd_event_pack(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    from showroom_pos.services.stock import event_pack

    packed = event_pack.pack_event(
        ledger, actor=actor, event_code=args.code, out=Path(args.out), usernames=args.user or ()
    )
    say(args, "cli.event_packed", code=packed.event_code, path=packed.path)
    say(
        args,
        "cli.event_packed_pieces",
        pieces=packed.pieces,
        items=packed.items,
        users=", ".join(packed.users),
    )
    say(args, "cli.event_laptop", name=packed.path.name)
    return EXIT_OK


@with_ledger()
def cmd_event_merge(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    from showroom_pos.services.stock import event_laptop

    merged = event_laptop.merge_event(ledger, actor=actor, path=Path(args.file))
    say(
        args,
        "cli.event_merged",
        code=merged.event_code,
        sales=merged.sales,
        sales_total=format_rupiah(merged.sales_total),
        refunds=merged.refunds,
        refunds_total=format_rupiah(merged.refunds_total),
        shifts=merged.shifts,
        z_reports=merged.z_reports,
        back=merged.pieces_back,
    )
    say(args, "cli.event_journal", entries=merged.entries, hash=merged.event_hash)
    return EXIT_OK


def register(commands: Commands) -> None:
    event = commands.group(
        "event", "pameran and bazaars: send pieces, pack the laptop's database, merge it back"
    )
    create = event.command(
        "create", cmd_event_create, "a new event with its own till (P1, ...)", acting=True
    )
    create.add_argument("--name", required=True)
    create.add_argument("--place", required=True)
    create.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    create.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    event.command("list", cmd_event_list, "every event, newest first", acting=True)
    event.command(
        "show", cmd_event_show, "an event's pieces and receipts", acting=True
    ).add_argument("code")
    for direction, help_text in (
        ("send", "send pieces from the showroom to the event"),
        ("back", "bring pieces back from the event to the showroom"),
    ):
        move = event.command(direction, cmd_event_move, help_text, acting=True)
        move.add_argument("code")
        move.add_argument("items", nargs="+", metavar="ITEM[=N]")
        move.set_defaults(direction=direction)
    pack = event.command(
        "pack",
        cmd_event_pack,
        "make the event laptop's own database (a new SQLite file)",
        acting=True,
    )
    pack.add_argument("code")
    pack.add_argument("--out", required=True, metavar="FILE")
    pack.add_argument(
        "--user",
        action="append",
        metavar="NAME",
        help="who may sell there (default: every active user)",
    )
    event.command(
        "merge",
        cmd_event_merge,
        "bring an event laptop's records back, checked first, all at once",
        acting=True,
    ).add_argument("file")
