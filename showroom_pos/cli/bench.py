"""`bench`: benchmarks on a database built at a scale."""

from __future__ import annotations

import argparse
import os
import platform
import sys

from showroom_pos.cli.common import CliError, Commands, db_url, out, say
from showroom_pos.domain.errors import EXIT_OK, ShowroomError


def cmd_bench(args: argparse.Namespace) -> int:
    """Build (or reuse) a benchmark database at a scale and print the benchmark table."""
    from showroom_pos.app import open_ledger
    from showroom_pos.bench import data, run
    from showroom_pos.db.engine import sqlite_url
    from showroom_pos.paths import data_dir
    from showroom_pos.services.admin.users import count_users

    scale = data.SCALES[args.scale]
    url = db_url(args) or sqlite_url(data_dir() / f"bench-{scale.name}.sqlite3")
    ledger = open_ledger(url)
    try:
        if not count_users(ledger):
            say(
                args,
                "cli.bench_building",
                scale=scale.name,
                makers=scale.makers,
                items=scale.items,
                lines=scale.sale_lines,
            )
            data.build(ledger, scale, say=out)
        try:
            data.people(ledger)
        except ShowroomError:
            raise CliError("cli.not_bench", url=url) from None
        say(args, "cli.database", database=run.describe_database(ledger))
        results = run.run_all(ledger, repeat=args.repeat, say=out)
    finally:
        ledger.close()
    out("")
    say(
        args,
        "cli.machine",
        platform=platform.platform(),
        python=platform.python_version(),
        cpus=os.cpu_count(),
        kind=url.split("://")[0],
    )
    out(run.table(results))
    # The Qt widgets measured above stay in this process; PySide6 can crash while the
    # interpreter tears a large heap down, after the table is out. Leave without teardown.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(EXIT_OK)


def register(commands: Commands) -> None:
    bench = commands.command(
        "bench",
        cmd_bench,
        "benchmarks against the bare engines, on a database built at a "
        "scale (small, or city: 1,300 makers, 100,000 items, 1,000,000 sale lines)",
    )
    bench.add_argument("--scale", choices=("small", "city"), default="small")
    bench.add_argument("--repeat", type=int, default=200, help="samples per operation")
