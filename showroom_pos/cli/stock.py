"""`import`, `tags` and `slip`: makers and items in, price tags and slips out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from showroom_pos.cli.common import CliError, Commands, copy_words, out, say, with_ledger
from showroom_pos.cli.printer import PROFILE_HELP
from showroom_pos.domain.errors import EXIT_OK

if TYPE_CHECKING:
    from showroom_pos.services.admin.types import Actor
    from showroom_pos.services.context import Ledger

SHOWN_CODES = 20


@with_ledger()
def cmd_import(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    from showroom_pos.services.stock import importer

    result = importer.import_file(
        ledger, actor=actor, kind=args.kind, path=Path(args.file), dry_run=args.dry_run
    )
    say(args, "cli.would_import" if args.dry_run else "cli.imported", rows=result.rows)
    for code in result.created_codes[:SHOWN_CODES]:
        out(f"  {code}")
    if len(result.created_codes) > SHOWN_CODES:
        out(f"  ... (+{len(result.created_codes) - SHOWN_CODES})")
    return EXIT_OK


def _one_source_of_tags(args: argparse.Namespace) -> None:
    if bool(args.intake) == bool(args.item):
        raise CliError("cli.tags_needs")


@with_ledger(before=_one_source_of_tags)
def cmd_tags(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    """Price tags for an intake or an item: on a thermal printer, or as an A4 label sheet."""
    from showroom_pos.services.stock import tags

    if args.intake:
        chosen = tags.tags_for_intake(ledger, actor=actor, intake_no=args.intake)
    else:
        chosen = tags.tags_for_item(ledger, actor=actor, code=args.item, copies=args.copies)
    if args.pdf:
        from showroom_pos.documents.labels import write_label_sheets

        pages = write_label_sheets(
            chosen, Path(args.pdf), layout_name=args.layout, start=args.start
        )
        say(args, "cli.tag_sheets", tags=len(chosen), sheets=pages, pdf=args.pdf)
    else:
        from showroom_pos.printing.jobs import print_tags_now

        print_tags_now(ledger, chosen, printer_uri=args.printer, profile=args.profile)
        say(args, "cli.tags_printed", tags=len(chosen))
    return EXIT_OK


@with_ledger()
def cmd_slip(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    """An intake or return slip again: on the thermal printer, or as an A5/A4 PDF."""
    if args.pdf:
        from showroom_pos.documents.slips import make_slip_pdf

        slip, copy_number = make_slip_pdf(
            ledger, actor=actor, number=args.number, target=Path(args.pdf), size=args.size
        )
        out(f"{slip.number}{copy_words(args, copy_number)} -> {args.pdf}")
    else:
        from showroom_pos.printing.jobs import print_slip_now

        copy_number = print_slip_now(
            ledger, actor=actor, number=args.number, printer_uri=args.printer, profile=args.profile
        )
        say(
            args,
            "cli.slip_printed",
            number=args.number.strip().upper(),
            copy=copy_words(args, copy_number),
        )
    return EXIT_OK


def register(commands: Commands) -> None:
    importing = commands.command(
        "import",
        cmd_import,
        "import makers or items from CSV or XLSX: all rows or none",
        acting=True,
    )
    importing.add_argument("kind", choices=("makers", "items"))
    importing.add_argument("file")
    importing.add_argument(
        "--dry-run", action="store_true", help="check every row and report, import nothing"
    )

    tags = commands.command(
        "tags",
        cmd_tags,
        "price tags, one per piece: on a thermal printer or as A4 label sheets",
        acting=True,
    )
    tags.add_argument("--intake", metavar="NO", help="every piece of an intake (TT-...)")
    tags.add_argument("--item", metavar="CODE", help="one item (as many as on the shelf)")
    tags.add_argument("--copies", type=int, help="with --item: this many tags")
    tags.add_argument(
        "--printer",
        metavar="URI",
        help="thermal printer (default: the label printer of the settings)",
    )
    tags.add_argument("--profile", help=PROFILE_HELP)
    tags.add_argument("--pdf", metavar="FILE", help="an A4 label sheet PDF instead")
    tags.add_argument("--layout", default="3x8", choices=("3x8", "4x10"))
    tags.add_argument(
        "--start", type=int, default=1, help="first free label on the sheet, 1 = top left"
    )

    slip = commands.command(
        "slip", cmd_slip, "an intake or return slip again: thermal or A5/A4 PDF", acting=True
    )
    slip.add_argument("number", metavar="NUMBER", help="TT-... or BA-...")
    slip.add_argument("--printer", metavar="URI")
    slip.add_argument("--profile")
    slip.add_argument("--pdf", metavar="FILE")
    slip.add_argument("--size", default="A5", choices=("A5", "A4"))
