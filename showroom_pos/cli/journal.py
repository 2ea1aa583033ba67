"""`journal verify` and `key`: the journal's integrity and the showroom's signing key."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from showroom_pos.cli.common import CliError, Commands, out, say, with_ledger
from showroom_pos.domain.errors import EXIT_OK, EXIT_VERIFY_FAILED

if TYPE_CHECKING:
    from showroom_pos.services.admin.types import PrintedZ
    from showroom_pos.services.context import Ledger


def _printed_z(value: str) -> PrintedZ:
    from showroom_pos.services.admin.types import PrintedZ

    parts = value.split(":")
    if len(parts) != 3 or not parts[1].isdigit() or len(parts[2].strip()) < 8:
        raise CliError("cli.bad_z", value=value)
    return PrintedZ(parts[0], int(parts[1]), parts[2])


def _manifest(path: str | None) -> dict[str, Any] | None:
    if not path:
        return None
    try:
        loaded = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CliError("cli.manifest_unreadable", path=path, error=error) from None
    if not isinstance(loaded, dict):
        raise CliError("cli.not_manifest", path=path)
    return loaded


def _what_to_check(args: argparse.Namespace) -> None:
    """The printed Z reports, the manifest and the public key, read before the database is
    opened (kept on `args` for the check)."""
    from showroom_pos.services.admin.anchors import load_public_key

    args.printed = [_printed_z(value) for value in getattr(args, "z", None) or ()]
    args.manifest_data = _manifest(getattr(args, "manifest", None))
    public = getattr(args, "public_key", None)
    args.key = load_public_key(Path(public)) if public else None


def _check(args: argparse.Namespace, ledger: Ledger, _actor: object) -> int:
    from showroom_pos.services.admin.integrity import check_ledger

    report = check_ledger(ledger, key=args.key, printed=args.printed, manifest=args.manifest_data)
    for line in report.lines(args.lang):
        out(line)
    return EXIT_OK if report.ok else EXIT_VERIFY_FAILED


cmd_journal_verify = with_ledger(right="verify_journal", before=_what_to_check)(_check)
verify_restored = with_ledger(login=False, before=_what_to_check)(_check)
"""The check after a restore: its admin was asked for before the database was replaced."""


def cmd_key_show(args: argparse.Namespace) -> int:
    from showroom_pos.paths import signing_key_path
    from showroom_pos.services.admin.anchors import load_key

    path = signing_key_path()
    key = load_key(path)
    if key is None:
        say(args, "cli.no_key", path=path)
        say(args, "cli.key_made_when")
        return EXIT_OK
    say(args, "cli.signing_key", path=path)
    say(args, "cli.public_key", path=path.with_suffix(".pub"))
    say(args, "cli.key_id", key_id=key.key_id)
    say(args, "cli.key_warning")
    return EXIT_OK


def register(commands: Commands) -> None:
    journal = commands.group("journal", "the append-only journal")
    verify = journal.command(
        "verify",
        cmd_journal_verify,
        "recompute the hash chain, compare every record with it, check every signed anchor "
        "and recompute every Z report and statement; exit 3 on a mismatch",
        acting=True,
    )
    verify.add_argument(
        "--z",
        action="append",
        metavar="TILL:Z:HASH",
        help="a Z report as printed (till, Z number, journal hash or its first 8+ digits); "
        "may be given several times",
    )
    verify.add_argument(
        "--manifest", metavar="FILE", help="an earlier export's manifest.json to check against"
    )
    verify.add_argument(
        "--public-key",
        metavar="FILE",
        help="the showroom's public key file, on a computer that does not hold the signing key",
    )
    commands.command(
        "key", cmd_key_show, "the showroom's signing key: where it is, its id, how to keep it"
    )
