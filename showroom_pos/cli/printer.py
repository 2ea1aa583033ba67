"""`printer test|status` and `receipt`: the receipt printers."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from showroom_pos.cli.common import Commands, copy_words, out, say, with_ledger
from showroom_pos.domain.errors import EXIT_OK, EXIT_REFUSED
from showroom_pos.domain.text import text

if TYPE_CHECKING:
    from showroom_pos.services.admin.types import Actor
    from showroom_pos.services.context import Ledger

PRINTER_URIS = (
    "usb:VID:PID, serial:/dev/ttyUSB0?baudrate=9600, tcp:HOST:9100, win32:NAME, "
    "cups:QUEUE, file:PATH (default: the settings)"
)
PROFILE_HELP = "printer profile, e.g. TM-T88III, POS-5890"


@with_ledger()
def cmd_receipt(args: argparse.Namespace, ledger: Ledger, actor: Actor) -> int:
    from showroom_pos.printing.jobs import print_sale_receipt

    copy_number = print_sale_receipt(
        ledger,
        actor=actor,
        receipt_no=args.receipt_no,
        printer_uri=args.printer,
        profile=args.profile,
    )
    say(
        args,
        "cli.receipt_printed",
        number=args.receipt_no,
        copy=copy_words(args, copy_number) or text("cli.original", args.lang),
    )
    return EXIT_OK


def cmd_printer_test(args: argparse.Namespace) -> int:
    from showroom_pos.printing.jobs import print_test_page

    width = print_test_page(args.uri, args.profile)
    say(args, "cli.test_sent", uri=args.uri, width=width)
    return EXIT_OK


def cmd_printer_status(args: argparse.Namespace) -> int:
    """Whether the printer answers, is online and has paper; never waits more than seconds."""
    from showroom_pos.printing.status import printer_status

    status = printer_status(args.uri, args.profile)
    out(f"{args.uri}: {status.explain(args.lang)}")
    return EXIT_OK if status.online and status.paper != "out" else EXIT_REFUSED


def register(commands: Commands) -> None:
    receipt = commands.command(
        "receipt",
        cmd_receipt,
        "print a sale's receipt; a second print says SALINAN and is journaled",
        acting=True,
    )
    receipt.add_argument("receipt_no", metavar="RECEIPT_NO")
    receipt.add_argument("--printer", metavar="URI", help=PRINTER_URIS)
    receipt.add_argument("--profile", help=PROFILE_HELP)

    printer = commands.group("printer", "receipt printers")
    for name, func, help_text in (
        ("test", cmd_printer_test, "print a test page"),
        (
            "status",
            cmd_printer_status,
            "ask a network, serial or USB printer whether it is "
            "online and has paper (exit code 2 when not)",
        ),
    ):
        command = printer.command(name, func, help_text)
        command.add_argument("uri", metavar="URI")
        command.add_argument("--profile", default="TM-T88III")
