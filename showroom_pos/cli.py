"""`showroom-pos` and its subcommands: thin wrappers that call the services and print."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date as date_type
from pathlib import Path
from typing import Any

from showroom_pos import __version__, logs
from showroom_pos.domain.errors import (
    EXIT_BUG,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_VERIFY_FAILED,
    ShowroomError,
)
from showroom_pos.domain.money import format_rupiah
from showroom_pos.domain.periods import to_local

log = logging.getLogger("showroom_pos")


class CliError(Exception):
    """A command-line mistake (missing option, bad combination), shown without a traceback."""


def _read_secret(prompt: str) -> str:
    """A password from the terminal (not echoed), or a line of standard input in scripts."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def _out(text: str = "") -> None:
    print(text, flush=True)


def _db_url(args: argparse.Namespace) -> str | None:
    if args.db:
        return str(args.db)
    if getattr(args, "demo", False):
        from showroom_pos.db.engine import demo_database_path, sqlite_url

        return sqlite_url(demo_database_path())
    return None


def _ledger(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from showroom_pos.app import open_ledger
    from showroom_pos.domain.messages import render

    ledger = open_ledger(_db_url(args))
    for code in ledger.warnings:
        print(f"PERINGATAN / WARNING: {render(code, args.lang, {})}", file=sys.stderr)
    return ledger


def _login_as(ledger, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The acting user for a command that changes data: `--as NAME`, password asked for."""
    from showroom_pos.services.admin import auth

    if not args.as_user:
        raise CliError("--as NAME is required: commands that change data record who did it "
                       "(perintah yang mengubah data mencatat siapa pelakunya)")
    password = _read_secret(f"Kata sandi {args.as_user}: ")
    return auth.login(ledger, username=args.as_user, password=password)


# -- commands ---------------------------------------------------------------------------------


def cmd_start(args: argparse.Namespace) -> int:
    """No subcommand: the program itself (the demo database with `--demo`)."""
    from showroom_pos.db.engine import describe

    if args.demo:
        return _start_demo(args)
    ledger = _ledger(args)
    try:
        from showroom_pos.services.admin.auth import count_users

        users = count_users(ledger)
        _out(f"Showroom POS {__version__}")
        _out(f"Database: {describe(ledger.url)}")
        if not users:
            _out("Database baru. Buat admin pertama / new database, create the first admin:")
            _out("  showroom-pos user add admin --role admin --full-name 'Nama Admin'")
        return _launch_gui(ledger, demo=False)
    finally:
        ledger.close()


def _has_display() -> bool:
    import os

    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _launch_gui(ledger, *, demo: bool) -> int:  # type: ignore[no-untyped-def]
    if not _has_display():
        _out("Tidak ada layar (DISPLAY) di sesi ini: jendela program tidak dibuka. "
             "Jalankan di desktop, atau lihat `showroom-pos screenshots --out DIR`.")
        _out("No display in this session, so the program's window is not opened. Run it on a "
             "desktop, or see `showroom-pos screenshots --out DIR`.")
        return EXIT_OK
    from showroom_pos.gui.main import run_gui

    return int(run_gui(ledger, demo=demo, lang=None))


def _start_demo(args: argparse.Namespace) -> int:
    from showroom_pos.db.engine import describe
    from showroom_pos.services.admin import demo
    from showroom_pos.services.admin.auth import count_users

    ledger = _ledger(args)
    try:
        if not count_users(ledger):
            _out("Membuat data demo / creating demo data ...")
            summary = demo.fill_demo_data(ledger, makers=40, items=800, days=75, seed=1,
                                          progress=_out)
            _out(demo.describe_summary(summary))
        _out(f"Database demo / demo database: {describe(ledger.url)}")
        _out(demo.describe_database(ledger))
        _out("Login demo / demo logins:")
        for username, password, role in demo.DEMO_LOGINS:
            _out(f"  {username:<12} {password:<14} {role}")
        return _launch_gui(ledger, demo=True)
    finally:
        ledger.close()


def cmd_demo_data(args: argparse.Namespace) -> int:
    from showroom_pos.services.admin import demo

    ledger = _ledger(args)
    try:
        summary = demo.fill_demo_data(ledger, makers=args.makers, items=args.items,
                                      days=args.days, seed=args.seed, progress=_out)
        _out(demo.describe_summary(summary))
        return EXIT_OK
    finally:
        ledger.close()


def _whole_database(ledger, args: argparse.Namespace, action: str):  # type: ignore[no-untyped-def]
    """The acting user of a command that reads or replaces the whole database, checked to
    have the right to (`--as`, password asked)."""
    from showroom_pos.domain.roles import Action
    from showroom_pos.services.admin import auth

    if not auth.count_users(ledger):
        return None  # a new database has no accounts, and nothing to protect yet
    actor = _login_as(ledger, args)
    with ledger.read() as session:
        auth.require(session, actor, Action(action))
    return actor


def _admin_before_upgrade(args: argparse.Namespace) -> None:
    """`db upgrade` asks for an admin before the schema changes, with what any version has."""
    from showroom_pos.db.engine import check_url, open_engines, resolve_url, sqlite_path
    from showroom_pos.db.schema import probe_sqlite_file
    from showroom_pos.domain.errors import AuthError
    from showroom_pos.services.admin import auth

    url = resolve_url(_db_url(args))
    check_url(url)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            return
        probe_sqlite_file(path)
    engines = open_engines(url)
    try:
        if auth.admin_of_any_version(engines.write, "", "") is None:
            return  # a new database has no accounts to protect
        if not args.as_user:
            raise CliError("--as ADMIN is required: an upgrade changes the whole database "
                           "(pembaruan mengubah seluruh database)")
        password = _read_secret(f"Kata sandi {args.as_user}: ")
        if not auth.admin_of_any_version(engines.write, args.as_user, password):
            raise AuthError("auth.failed")
    finally:
        engines.dispose()


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from showroom_pos.db import schema
    from showroom_pos.db.engine import describe

    _admin_before_upgrade(args)
    ledger = _ledger(args)  # checks, backs up and upgrades
    try:
        revision = schema.current_revision(ledger.engines.write)
        _out(f"{describe(ledger.url)}: revisi / revision {revision} (terbaru / current)")
        return EXIT_OK
    finally:
        ledger.close()


def cmd_db_grant(args: argparse.Namespace) -> int:
    from sqlalchemy import inspect

    from showroom_pos.db.guards import grant_till_role
    from showroom_pos.db.models import IMMUTABLE_TABLES, Base

    ledger = _ledger(args)
    try:
        if ledger.engines.is_sqlite:
            raise CliError("Hak tabel hanya ada di PostgreSQL / table rights exist only on "
                           "PostgreSQL (SQLite is guarded by triggers)")
        tables = [t.name for t in Base.metadata.sorted_tables]
        with ledger.engines.write.begin() as connection:
            present = set(inspect(connection).get_table_names())
            grant_till_role(connection, args.role, [t for t in tables if t in present],
                            IMMUTABLE_TABLES)
        _out(f"Peran {args.role}: baca dan tambah saja untuk catatan selesai / role "
             f"{args.role}: read and add only on completed records.")
        return EXIT_OK
    finally:
        ledger.close()


def cmd_screenshots(args: argparse.Namespace) -> int:
    from showroom_pos.gui.screenshots import take_screenshots

    written = take_screenshots(Path(args.out), lang=args.lang, source_url=_db_url(args),
                               progress=_out)
    _out(f"{len(written)} gambar / screenshots in {args.out}")
    return EXIT_OK


def cmd_receipt(args: argparse.Namespace) -> int:
    from showroom_pos.printing.jobs import print_sale_receipt

    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        copy_number = print_sale_receipt(ledger, actor=actor, receipt_no=args.receipt_no,
                                         printer_uri=args.printer, profile=args.profile)
        _out(f"Struk / receipt {args.receipt_no}{_copy_words(copy_number) or ' (asli / original)'}"
             " dicetak / printed.")
        return EXIT_OK
    finally:
        ledger.close()


def _copy_words(copy_number: int | None) -> str:
    return f" (salinan ke-{copy_number} / copy {copy_number})" if copy_number else ""


def cmd_printer_test(args: argparse.Namespace) -> int:
    from showroom_pos.printing.jobs import print_test_page

    width = print_test_page(args.uri, args.profile)
    _out(f"Tes terkirim / test sent to {args.uri} ({width} kolom / columns).")
    return EXIT_OK


def cmd_printer_status(args: argparse.Namespace) -> int:
    """Whether the printer answers, is online and has paper; never waits more than seconds."""
    from showroom_pos.printing.status import printer_status

    status = printer_status(args.uri, args.profile)
    _out(f"{args.uri}: {status.explain(args.lang)}")
    return EXIT_OK if status.online and status.paper != "out" else EXIT_REFUSED


def cmd_user_add(args: argparse.Namespace) -> int:
    from showroom_pos.services.admin import auth

    ledger = _ledger(args)
    try:
        first = auth.count_users(ledger) == 0
        actor = None if first else _login_as(ledger, args)
        password = _read_secret(f"Kata sandi baru untuk {args.name}: ")
        if sys.stdin is not None and sys.stdin.isatty():
            again = _read_secret("Ulangi kata sandi: ")
            if again != password:
                raise CliError("Kata sandi tidak sama / the passwords differ")
        full_name = args.full_name or args.name
        if first:
            if args.role != "admin":
                raise CliError("Pengguna pertama harus admin / the first user must be an admin")
            auth.create_first_admin(ledger, username=args.name, full_name=full_name,
                                    password=password)
        else:
            assert actor is not None
            auth.add_user(ledger, actor=actor, username=args.name, full_name=full_name,
                          role=args.role, password=password)
        _out(f"Pengguna {args.name} ({args.role}) dibuat / user created.")
        if first:
            cmd_key_show(args)
        return EXIT_OK
    finally:
        ledger.close()


def cmd_user_password(args: argparse.Namespace) -> int:
    from showroom_pos.services.admin import auth

    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        password = _read_secret(f"Kata sandi baru untuk {args.name}: ")
        auth.change_password(ledger, actor=actor, username=args.name, new_password=password)
        _out(f"Kata sandi {args.name} diganti / password changed.")
        return EXIT_OK
    finally:
        ledger.close()


def cmd_user_lock(args: argparse.Namespace, active: bool) -> int:
    from showroom_pos.services.admin import auth

    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        auth.set_user_active(ledger, actor=actor, username=args.name, active=active)
        _out(f"{args.name}: {'aktif / unlocked' if active else 'dikunci / locked'}")
        return EXIT_OK
    finally:
        ledger.close()


def cmd_user_list(args: argparse.Namespace) -> int:
    from showroom_pos.services.admin import auth

    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        for user in auth.list_users(ledger, actor=actor):
            state = "aktif" if user.active else "dikunci"
            _out(f"{user.username:<16} {user.role:<11} {state:<8} {user.full_name}")
        return EXIT_OK
    finally:
        ledger.close()


def cmd_terminal_add(args: argparse.Namespace) -> int:
    from showroom_pos.services.admin import settings

    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        terminal = settings.add_terminal(ledger, actor=actor, code=args.code, name=args.name)
        _out(f"Kasir {terminal.code} ({terminal.name}) dibuat / till created.")
        return EXIT_OK
    finally:
        ledger.close()


def cmd_terminal_use(args: argparse.Namespace) -> int:
    """Set this computer up as one of the showroom's tills (per database)."""
    from showroom_pos.services.admin import settings
    from showroom_pos.this_computer import set_till_code

    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        terminal = settings.terminal_for_this_computer(ledger, actor=actor, code=args.code)
        set_till_code(ledger.url, terminal.code)
        _out(f"Komputer ini kasir / this computer is till {terminal.code} ({terminal.name}).")
        return EXIT_OK
    finally:
        ledger.close()


def cmd_import(args: argparse.Namespace) -> int:
    from showroom_pos.services.stock import importer

    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        result = importer.import_file(ledger, actor=actor, kind=args.kind, path=Path(args.file),
                                      dry_run=args.dry_run)
        verb = "akan diimpor / would be imported" if args.dry_run else "diimpor / imported"
        _out(f"{result.rows} baris {verb}.")
        for code in result.created_codes[:20]:
            _out(f"  {code}")
        if len(result.created_codes) > 20:
            _out(f"  ... (+{len(result.created_codes) - 20})")
        return EXIT_OK
    finally:
        ledger.close()


def cmd_tags(args: argparse.Namespace) -> int:
    """Price tags for an intake or an item: on a thermal printer, or as an A4 label sheet."""
    from showroom_pos.services.stock import tags

    if bool(args.intake) == bool(args.item):
        raise CliError("tags needs --intake NO or --item CODE (salah satu)")
    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        if args.intake:
            chosen = tags.tags_for_intake(ledger, actor=actor, intake_no=args.intake)
        else:
            chosen = tags.tags_for_item(ledger, actor=actor, code=args.item,
                                        copies=args.copies)
        if args.pdf:
            from showroom_pos.documents.labels import write_label_sheets

            pages = write_label_sheets(chosen, Path(args.pdf), layout_name=args.layout,
                                       start=args.start)
            _out(f"{len(chosen)} label / tags, {pages} lembar / sheets -> {args.pdf}")
        else:
            from showroom_pos.printing.jobs import print_tags_now

            print_tags_now(ledger, chosen, printer_uri=args.printer, profile=args.profile)
            _out(f"{len(chosen)} label dicetak / tags printed.")
        return EXIT_OK
    finally:
        ledger.close()


def cmd_slip(args: argparse.Namespace) -> int:
    """An intake or return slip again: on the thermal printer, or as an A5/A4 PDF."""
    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        if args.pdf:
            from showroom_pos.documents.slips import make_slip_pdf

            slip, copy_number = make_slip_pdf(ledger, actor=actor, number=args.number,
                                              target=Path(args.pdf), size=args.size)
            _out(f"{slip.number}{_copy_words(copy_number)} -> {args.pdf}")
        else:
            from showroom_pos.printing.jobs import print_slip_now

            copy_number = print_slip_now(ledger, actor=actor, number=args.number,
                                         printer_uri=args.printer, profile=args.profile)
            _out(f"{args.number.strip().upper()}{_copy_words(copy_number)} dicetak / printed.")
        return EXIT_OK
    finally:
        ledger.close()


def cmd_report_day(args: argparse.Namespace) -> int:
    """An X report (read only) or the Z report that closes a till's day."""
    from datetime import date

    from showroom_pos.domain.periods import to_local
    from showroom_pos.services.reports import day_reports

    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        try:
            day = date.fromisoformat(args.date) if args.date else to_local(ledger.now()).date()
        except ValueError:
            raise CliError(f"--date {args.date}: tanggal YYYY-MM-DD / a date YYYY-MM-DD") \
                from None
        make = day_reports.z_report if args.kind == "z" else day_reports.x_report
        report = make(ledger, actor=actor, terminal_code=args.till, day=day)
        if args.out:
            from showroom_pos.documents.base import Letterhead
            from showroom_pos.documents.day_report import write_day_report
            from showroom_pos.services.admin.settings import get_settings

            write_day_report(report, Letterhead.from_settings(get_settings(ledger)),
                             Path(args.out))
            _out(f"-> {args.out}")
        if args.printer or not args.out:
            from showroom_pos.printing.day_report import day_report_lines
            from showroom_pos.printing.receipt import ReceiptHeader
            from showroom_pos.services.admin.settings import get_settings

            if args.printer:
                from showroom_pos.printing.jobs import print_day_report_now

                print_day_report_now(ledger, report, printer_uri=args.printer,
                                     profile=args.profile)
            else:
                header = ReceiptHeader.from_settings(get_settings(ledger))
                for line in day_report_lines(report, header, 42):
                    _out(line)
        return EXIT_OK
    finally:
        ledger.close()


def _day_arg(text: str | None, name: str) -> date_type | None:
    from datetime import date

    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{name} {text}: tanggal YYYY-MM-DD / a date YYYY-MM-DD") from None


def cmd_report_table(args: argparse.Namespace) -> int:
    """Sales by one dimension, items, stock per maker or stock aging, to PDF, CSV or XLSX."""
    from showroom_pos.documents import tables
    from showroom_pos.documents.base import Letterhead
    from showroom_pos.domain.periods import to_local
    from showroom_pos.services.admin.settings import get_settings
    from showroom_pos.services.reports import reports

    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        today = to_local(ledger.now()).date()
        first = _day_arg(getattr(args, "first", None), "--from") or today.replace(day=1)
        last = _day_arg(getattr(args, "last", None), "--to") or today
        values = get_settings(ledger)
        if args.kind == "sales":
            table = tables.sales_table(reports.sales_report(
                ledger, actor=actor, first_day=first, last_day=last, by=args.by))
        elif args.kind == "items":
            top, slow = reports.item_ranking(ledger, actor=actor, first_day=first,
                                             last_day=last, limit=args.limit)
            table = tables.items_table(top, slow, f"{first:%d-%m-%Y} s.d. {last:%d-%m-%Y}")
        elif args.kind == "stock":
            table = tables.stock_table(reports.stock_by_maker(ledger, actor=actor),
                                       f"{today:%d-%m-%Y}")
        elif args.kind == "locations":
            table = tables.location_stock_table(reports.stock_by_location(ledger, actor=actor),
                                                f"{today:%d-%m-%Y}")
        else:
            days = args.days if args.days is not None else int(
                values.get("stock.return_after_days") or 0)
            table = tables.aging_table(reports.stock_aging(ledger, actor=actor, min_days=days),
                                       days)
        tables.write_table(table, Path(args.out), Letterhead.from_settings(values))
        _out(f"{table.title}: {len(table.rows)} baris / rows -> {args.out}")
        return EXIT_OK
    finally:
        ledger.close()


def cmd_export(args: argparse.Namespace) -> int:
    """The archive export of a date range, checked by its own script."""
    from showroom_pos.services.admin.archive import export_archive

    first = _day_arg(args.first, "--from")
    last = _day_arg(args.last, "--to")
    assert first is not None and last is not None
    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        done = export_archive(ledger, actor=actor, first_day=first, last_day=last,
                              out_dir=Path(args.out))
        for name, rows in sorted(done.rows.items()):
            _out(f"  {name}: {rows}")
        _out(f"-> {done.folder} (periksa / check: python3 {done.folder}/verify_export.py)")
        return EXIT_OK
    finally:
        ledger.close()


def cmd_bench(args: argparse.Namespace) -> int:
    """Build (or reuse) a benchmark database at a scale and print the benchmark table."""
    import platform

    from showroom_pos.app import open_ledger
    from showroom_pos.bench import data, run
    from showroom_pos.db.engine import sqlite_url
    from showroom_pos.paths import data_dir
    from showroom_pos.services.admin.auth import count_users

    scale = data.SCALES[args.scale]
    url = _db_url(args) or sqlite_url(data_dir() / f"bench-{scale.name}.sqlite3")
    ledger = open_ledger(url)
    try:
        if not count_users(ledger):
            _out(f"Membangun database benchmark / building the {scale.name} database "
                 f"({scale.makers} makers, {scale.items} items, {scale.sale_lines} sale lines)")
            data.build(ledger, scale, say=_out)
        try:
            data.people(ledger)
        except ShowroomError:
            raise CliError(f"{url} is not a benchmark database (no bench users); give an "
                           "empty database or none") from None
        _out(f"Database: {run.describe_database(ledger)}")
        results = run.run_all(ledger, repeat=args.repeat, say=_out)
    finally:
        ledger.close()
    _out("")
    _out(f"Machine: {platform.platform()}, Python {platform.python_version()}, "
         f"{os.cpu_count()} CPUs; database {url.split('://')[0]}")
    _out(run.table(results))
    # The Qt widgets measured above stay in this process; PySide6 can crash while the
    # interpreter tears a large heap down, after the table is out. Leave without teardown.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(EXIT_OK)


def cmd_settle(args: argparse.Namespace) -> int:
    """Statements of a month as PDFs plus the summary; `--finalize` closes the month first."""
    from showroom_pos.documents.statements import write_statements

    if not args.period or not args.out:
        raise CliError("settle needs --period YYYY-MM and --out DIR "
                       "(perlu --period YYYY-MM dan --out FOLDER)")
    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        show_progress = sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if show_progress:
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        batch = write_statements(ledger, actor=actor, period=args.period, out_dir=Path(args.out),
                                 maker_code=args.maker, finalize=args.finalize,
                                 lang=getattr(args, "settle_lang", None) or args.lang,
                                 progress=progress)
        if show_progress:
            print(file=sys.stderr)
        if args.finalize:
            _out(f"{batch.finalized} laporan difinalkan / statements finalized.")
        _out(f"{len(batch.statements)} laporan / statements -> {args.out}")
        _out(f"Rekap / summary: {batch.summary_pdf}, {batch.summary_csv}")
        if batch.unrecorded:
            from showroom_pos.domain.messages import render

            print(render("statement.not_issued", args.lang, {}), file=sys.stderr)
        return EXIT_OK
    finally:
        ledger.close()


def cmd_settle_pay(args: argparse.Namespace) -> int:
    from showroom_pos.domain.money import format_rupiah
    from showroom_pos.services.settlement.settlements import record_payout

    if not args.period or not args.maker:
        raise CliError("settle pay needs --period YYYY-MM and --maker CODE "
                       "(perlu --period dan --maker)")
    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        view = record_payout(ledger, actor=actor, maker_code=args.maker, period=args.period,
                             method=args.method, reference=args.reference)
        paid = view.payout
        amount = format_rupiah(paid.amount) if paid else "-"
        _out(f"{view.statement_no}: dibayar / paid {amount} ({args.method}).")
        return EXIT_OK
    finally:
        ledger.close()


def cmd_statement_verify(args: argparse.Namespace) -> int:
    from showroom_pos.documents.statements import verify_statement
    from showroom_pos.domain.money import format_rupiah

    target = Path(args.target)
    ledger = _ledger(args)
    try:
        _whole_database(ledger, args, "verify_journal")
        if target.is_file():
            check = verify_statement(ledger, pdf=target)
        else:
            check = verify_statement(ledger, code=args.target)
        if check.ok:
            _out(f"COCOK / MATCHES: {check.statement_no}, {check.maker}, {check.period}, "
                 f"{format_rupiah(check.payable or 0)}, {check.status}")
            return EXIT_OK
        _out("TIDAK COCOK / DOES NOT MATCH" + (f": {check.statement_no}"
                                              if check.statement_no else ""))
        for line in check.messages(args.lang):
            _out(f"  - {line}")
        return EXIT_VERIFY_FAILED
    finally:
        ledger.close()


def _printed_z(text: str) -> Any:
    from showroom_pos.services.admin.anchors import PrintedZ

    parts = text.split(":")
    if len(parts) != 3 or not parts[1].isdigit() or len(parts[2].strip()) < 8:
        raise CliError(f"--z {text}: tulis KASIR:NOMOR-Z:HASH, mis. K1:12:3f9a0c1d / write "
                       "TILL:Z-NUMBER:HASH as printed on the Z report, e.g. K1:12:3f9a0c1d")
    return PrintedZ(parts[0], int(parts[1]), parts[2])


def _manifest(path: str | None) -> dict[str, Any] | None:
    if not path:
        return None
    try:
        loaded = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CliError(f"Manifest {path} tidak bisa dibaca / cannot be read: {error}") from None
    if not isinstance(loaded, dict):
        raise CliError(f"{path} bukan manifest ekspor / is not an export manifest")
    return loaded


def cmd_journal_verify(args: argparse.Namespace) -> int:
    return _verify_journal(args, login=True)


def _verify_journal(args: argparse.Namespace, *, login: bool) -> int:
    from showroom_pos.services.admin.anchors import load_public_key
    from showroom_pos.services.admin.integrity import check_ledger

    printed = [_printed_z(text) for text in getattr(args, "z", None) or ()]
    manifest = _manifest(getattr(args, "manifest", None))
    public = getattr(args, "public_key", None)
    key = load_public_key(Path(public)) if public else None
    ledger = _ledger(args)
    try:
        if login:
            _whole_database(ledger, args, "verify_journal")
        report = check_ledger(ledger, key=key, printed=printed, manifest=manifest)
        for line in report.lines(args.lang):
            _out(line)
        return EXIT_OK if report.ok else EXIT_VERIFY_FAILED
    finally:
        ledger.close()


KEY_WARNING = (
    "Simpan salinan berkas kunci ini di flashdisk, terpisah dari cadangan database, di tempat "
    "terkunci. Tanpanya laporan Z dan rekap tidak bisa ditandatangani di komputer lain; siapa "
    "pun yang memegangnya bisa menandatangani atas nama showroom.\n"
    "Keep a copy of this key file on a USB stick, apart from the database backups, locked "
    "away. Without it no other computer can sign Z reports and statements; whoever holds it "
    "can sign in the showroom's name.")


def cmd_key_show(args: argparse.Namespace) -> int:
    from showroom_pos.paths import signing_key_path
    from showroom_pos.services.admin.anchors import load_key

    path = signing_key_path()
    key = load_key(path)
    if key is None:
        _out(f"Belum ada kunci di komputer ini / no signing key on this computer: {path}")
        _out("Kunci dibuat saat penyiapan atau laporan Z pertama / it is made at set-up or by "
             "the first Z report.")
        return EXIT_OK
    _out(f"Kunci tanda tangan / signing key: {path}")
    _out(f"Kunci publik / public key: {path.with_suffix('.pub')}")
    _out(f"ID kunci / key id: {key.key_id}")
    _out(KEY_WARNING)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from showroom_pos.db.backup import backup_database
    from showroom_pos.db.engine import resolve_url

    ledger = _ledger(args)
    try:
        _whole_database(ledger, args, "backup")
    finally:
        ledger.close()
    result = backup_database(resolve_url(_db_url(args)), Path(args.file), replace=args.force)
    _out(f"Cadangan / backup: {result.path} ({result.size_bytes:,} bytes)")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from showroom_pos.db.backup import restore_database
    from showroom_pos.db.engine import resolve_url

    if not args.yes:
        raise CliError("Pemulihan mengganti seluruh database; tutup semua kasir lalu ulangi "
                       "dengan --yes / restore replaces the whole database: close every till "
                       "and repeat with --yes")
    _admin_for_restore(args)
    kept = restore_database(resolve_url(_db_url(args)), Path(args.file))
    if kept is not None:
        _out(f"Database lama disimpan / previous database kept at: {kept}")
    _out(f"Dipulihkan dari / restored from {args.file}; memeriksa jurnal / verifying ...")
    return _verify_journal(args, login=False)


def _admin_for_restore(args: argparse.Namespace) -> None:
    """An admin of the database being replaced; of the backup when that one cannot be opened
    (damaged, of an older version) or is missing (a new computer), checked on a copy so that
    the backup stays as it is."""
    import shutil
    import tempfile

    from showroom_pos.app import open_ledger
    from showroom_pos.db.engine import resolve_url, sqlite_path, sqlite_url

    url = resolve_url(_db_url(args))
    current = sqlite_path(url)
    if current is None or (current.exists() and current.stat().st_size):
        try:
            ledger = open_ledger(url, upgrade=False)
        except ShowroomError:  # damaged, older, not ours: the backup's admin decides
            pass
        else:
            try:
                _whole_database(ledger, args, "backup")
                return
            finally:
                ledger.close()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "backup.sqlite3"
        try:
            shutil.copyfile(Path(args.file), copy)
        except OSError:
            return  # the restore itself says what is wrong with the file
        try:
            ledger = open_ledger(sqlite_url(copy))
        except ShowroomError:
            return  # not a backup of ours: the restore refuses it
        try:
            _whole_database(ledger, args, "backup")
        finally:
            ledger.close()


# -- parser -----------------------------------------------------------------------------------


def _pieces(texts: Sequence[str]) -> list[tuple[str, int]]:
    """CODE or CODE=N (N pieces) as scanned or typed."""
    lines = []
    for text in texts:
        code, _, count = text.partition("=")
        try:
            lines.append((code, int(count) if count else 1))
        except ValueError:
            raise CliError(f"{text}: write CODE or CODE=N (tulis KODE atau KODE=N)") from None
    return lines


def _event_line(view: Any) -> str:
    return (f"{view.code:<5} {view.status:<7} {view.starts_on} - {view.ends_on}  "
            f"{view.name}, {view.place}: {view.pieces_at_event} di pameran / at the event, "
            f"{view.sales} struk / receipts {format_rupiah(view.sales_total)}")


def cmd_event_create(args: argparse.Namespace) -> int:
    from showroom_pos.services.stock import events

    ledger = _ledger(args)
    try:
        start, end = _day_arg(args.start, "--from"), _day_arg(args.end, "--to")
        assert start is not None and end is not None  # both are required options
        actor = _login_as(ledger, args)
        view = events.create_event(ledger, actor=actor, name=args.name, place=args.place,
                                   starts_on=start, ends_on=end)
        _out(f"Pameran / event {view.code} dibuat / created, kasir / till {view.till_code}.")
        return EXIT_OK
    finally:
        ledger.close()


def cmd_event_list(args: argparse.Namespace) -> int:
    from showroom_pos.services.stock import events

    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        for view in events.list_events(ledger, actor=actor):
            _out(_event_line(view))
        return EXIT_OK
    finally:
        ledger.close()


def _show_event(detail: Any) -> None:
    _out(_event_line(detail.event))
    _out(f"{'Kode':<16} {'Harga':>12} {'Kirim':>6} {'Laku':>5} {'Retur':>6} "
         f"{'Kembali':>8} {'Di sana':>8}  Barang")
    for piece in detail.pieces:
        _out(f"{piece.item_code:<16} {format_rupiah(piece.price):>12} {piece.sent:>6} "
             f"{piece.sold:>5} {piece.refunded:>6} {piece.returned:>8} {piece.at_event:>8}  "
             f"{piece.name} ({piece.maker_code})")
    for receipt_no, at, total in detail.receipts:
        _out(f"  {receipt_no}  {to_local(at):%Y-%m-%d %H:%M}  {format_rupiah(total)}")


def cmd_event_show(args: argparse.Namespace) -> int:
    from showroom_pos.services.stock import events

    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        _show_event(events.get_event(ledger, actor=actor, code=args.code))
        return EXIT_OK
    finally:
        ledger.close()


def cmd_event_move(args: argparse.Namespace) -> int:
    from showroom_pos.services.stock import events

    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        move = events.send_to_event if args.direction == "send" else events.bring_back
        _show_event(move(ledger, actor=actor, event_code=args.code,
                         lines=_pieces(args.items)))
        return EXIT_OK
    finally:
        ledger.close()


def cmd_event_pack(args: argparse.Namespace) -> int:
    from showroom_pos.services.stock import event_laptop

    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        packed = event_laptop.pack_event(ledger, actor=actor, event_code=args.code,
                                         out=Path(args.out), usernames=args.user or ())
        _out(f"Database pameran / event database {packed.event_code}: {packed.path}")
        _out(f"  {packed.pieces} buah / pieces of {packed.items} barang / items; pengguna / "
             f"users: {', '.join(packed.users)}")
        _out(f"  Di laptop / on the laptop: showroom-pos --db sqlite:///{packed.path.name}")
        return EXIT_OK
    finally:
        ledger.close()


def cmd_event_merge(args: argparse.Namespace) -> int:
    from showroom_pos.services.stock import event_laptop

    ledger = _ledger(args)
    try:
        actor = _login_as(ledger, args)
        merged = event_laptop.merge_event(ledger, actor=actor, path=Path(args.file))
        _out(f"Pameran / event {merged.event_code} digabungkan / merged: {merged.sales} "
             f"struk / receipts {format_rupiah(merged.sales_total)}, {merged.refunds} retur / "
             f"refunds {format_rupiah(merged.refunds_total)}, {merged.shifts} shift, "
             f"{merged.z_reports} Z; {merged.pieces_back} buah kembali ke showroom / pieces "
             f"back in the showroom.")
        _out(f"  Jurnal pameran / event journal: {merged.entries} entri, {merged.event_hash}")
        return EXIT_OK
    finally:
        ledger.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="showroom-pos",
        description="Showroom POS: kasir dan titipan (konsinyasi) Showroom Dekranasda Kota "
                    "Pekalongan / point of sale and consignment ledger.",
    )
    parser.add_argument("--version", action="version", version=f"showroom-pos {__version__}")
    parser.add_argument("--db", metavar="URL",
                        help="database URL (default: $SHOWROOM_POS_DB or the SQLite file in the "
                             "data folder), e.g. postgresql+psycopg://kasir@server/showroom")
    parser.add_argument("--demo", action="store_true",
                        help="use the demo database, created with demo data on first use")
    parser.add_argument("--lang", choices=("id", "en"), default="id",
                        help="language of messages (default: id)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    parser.set_defaults(func=cmd_start)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str,
            parent: argparse._SubParsersAction | None = None,  # type: ignore[type-arg]
            ) -> argparse.ArgumentParser:
        command = (parent or sub).add_parser(name, help=help_text, description=help_text)
        command.set_defaults(func=func)
        return command

    def acting(command: argparse.ArgumentParser) -> None:
        command.add_argument("--as", dest="as_user", metavar="USER",
                             help="who does this (password asked, or read from stdin)")

    demo = add("demo-data", cmd_demo_data,
               "fill a database with realistic, deterministic demo data and demo users")
    demo.add_argument("--makers", type=int, default=150)
    demo.add_argument("--items", type=int, default=3000)
    demo.add_argument("--days", type=int, default=90)
    demo.add_argument("--seed", type=int, default=1)

    receipt = add("receipt", cmd_receipt,
                  "print a sale's receipt; a second print says SALINAN and is journaled")
    receipt.add_argument("receipt_no", metavar="RECEIPT_NO")
    receipt.add_argument("--printer", metavar="URI",
                         help="usb:VID:PID, serial:/dev/ttyUSB0?baudrate=9600, tcp:HOST:9100, "
                              "win32:NAME, cups:QUEUE, file:PATH (default: the settings)")
    receipt.add_argument("--profile", help="printer profile, e.g. TM-T88III, POS-5890")
    acting(receipt)
    printer_cmd = add("printer", lambda a: (parser.parse_args(["printer", "--help"]), 0)[1],
                      "receipt printers")
    printer_sub = printer_cmd.add_subparsers(metavar="ACTION")
    printer_test = add("test", cmd_printer_test, "print a test page", printer_sub)
    printer_test.add_argument("uri", metavar="URI")
    printer_test.add_argument("--profile", default="TM-T88III")
    printer_state = add("status", cmd_printer_status,
                        "ask a network, serial or USB printer whether it is online and has "
                        "paper (exit code 2 when not)", printer_sub)
    printer_state.add_argument("uri", metavar="URI")
    printer_state.add_argument("--profile", default="TM-T88III")

    tags_cmd = add("tags", cmd_tags, "price tags, one per piece: on a thermal printer or as "
                   "A4 label sheets")
    tags_cmd.add_argument("--intake", metavar="NO", help="every piece of an intake (TT-...)")
    tags_cmd.add_argument("--item", metavar="CODE", help="one item (as many as on the shelf)")
    tags_cmd.add_argument("--copies", type=int, help="with --item: this many tags")
    tags_cmd.add_argument("--printer", metavar="URI", help="thermal printer (default: the "
                                                           "label printer of the settings)")
    tags_cmd.add_argument("--profile", help="printer profile, e.g. TM-T88III, POS-5890")
    tags_cmd.add_argument("--pdf", metavar="FILE", help="an A4 label sheet PDF instead")
    tags_cmd.add_argument("--layout", default="3x8", choices=("3x8", "4x10"))
    tags_cmd.add_argument("--start", type=int, default=1,
                          help="first free label on the sheet, 1 = top left")
    acting(tags_cmd)
    slip_cmd = add("slip", cmd_slip, "an intake or return slip again: thermal or A5/A4 PDF")
    slip_cmd.add_argument("number", metavar="NUMBER", help="TT-... or BA-...")
    slip_cmd.add_argument("--printer", metavar="URI")
    slip_cmd.add_argument("--profile")
    slip_cmd.add_argument("--pdf", metavar="FILE")
    slip_cmd.add_argument("--size", default="A5", choices=("A5", "A4"))
    acting(slip_cmd)

    report = add("report", lambda a: (parser.parse_args(["report", "--help"]), 0)[1],
                 "X and Z reports of a till's day")
    report_sub = report.add_subparsers(metavar="KIND")
    for kind, text in (("x", "the day so far, read only, as often as wanted"),
                       ("z", "close the till's day: once, numbered, with perpetual totals")):
        day_cmd = add(kind, cmd_report_day, text, report_sub)
        day_cmd.set_defaults(kind=kind)
        day_cmd.add_argument("--till", required=True, metavar="CODE")
        day_cmd.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
        day_cmd.add_argument("--printer", metavar="URI")
        day_cmd.add_argument("--profile")
        day_cmd.add_argument("--out", metavar="FILE.pdf")
        acting(day_cmd)

    for kind, text in (("sales", "sales of a date range by maker, category, technique, motif, "
                                 "payment method, hour or location (showroom, events)"),
                       ("items", "best and slowest items of a date range"),
                       ("stock", "stock on hand per maker at maker prices"),
                       ("locations", "stock at the showroom and at each event"),
                       ("aging", "pieces by days since intake; those due to go back")):
        table_cmd = add(kind, cmd_report_table, text, report_sub)
        table_cmd.set_defaults(kind=kind)
        if kind in ("sales", "items"):
            table_cmd.add_argument("--from", dest="first", metavar="YYYY-MM-DD",
                                   help="default: the first of this month")
            table_cmd.add_argument("--to", dest="last", metavar="YYYY-MM-DD",
                                   help="default: today")
        if kind == "sales":
            table_cmd.add_argument("--by", required=True, choices=(
                "maker", "category", "technique", "motif", "payment", "hour", "location"))
        if kind == "items":
            table_cmd.add_argument("--limit", type=int, default=20)
        if kind == "aging":
            table_cmd.add_argument("--days", type=int,
                                   help="only pieces this old (default: the setting)")
        table_cmd.add_argument("--out", required=True, metavar="FILE.pdf|csv|xlsx")
        acting(table_cmd)

    export = add("export", cmd_export, "every record of a date range (at most a year) as CSV "
                 "with a manifest of hashes and a script that checks them, for the archive")
    export.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    export.add_argument("--out", required=True, metavar="DIR")
    acting(export)

    bench = add("bench", cmd_bench, "benchmarks against the bare engines, on a database built "
                "at a scale (small, or city: 1,300 makers, 100,000 items, 1,000,000 sale lines)")
    bench.add_argument("--scale", choices=("small", "city"), default="small")
    bench.add_argument("--repeat", type=int, default=200, help="samples per operation")

    settle = add("settle", cmd_settle,
                 "monthly statements as PDF, one per maker, plus the treasurer's summary "
                 "(PDF and CSV); `settle pay` records a payout")
    settle.add_argument("--period", metavar="YYYY-MM")
    settle.add_argument("--out", metavar="DIR")
    settle.add_argument("--maker", metavar="CODE", help="only this maker")
    settle.add_argument("--finalize", action="store_true",
                        help="finalize first (a single maker, or close the whole month)")
    settle.add_argument("--lang", dest="settle_lang", choices=("id", "en"),
                        help="language of the statements (default: id)")
    acting(settle)
    settle_sub = settle.add_subparsers(metavar="ACTION")
    pay = add("pay", cmd_settle_pay, "record that a finalized statement was paid", settle_sub)
    pay.add_argument("--period", metavar="YYYY-MM", required=True)
    pay.add_argument("--maker", metavar="CODE", required=True)
    pay.add_argument("--method", choices=("cash", "transfer"), required=True)
    pay.add_argument("--reference", metavar="REF", help="transfer reference (required for "
                                                           "transfers)")
    acting(pay)
    statement = add("statement", lambda a: (parser.parse_args(["statement", "--help"]), 0)[1],
                    "printed statements")
    statement_sub = statement.add_subparsers(metavar="ACTION")
    verify = add("verify", cmd_statement_verify,
                 "tell whether a statement PDF (or the code printed on it) matches the journal",
                 statement_sub)
    verify.add_argument("target", metavar="FILE.pdf|CODE")
    acting(verify)

    shots = add("screenshots", cmd_screenshots,
                "render every screen and dialog, filled with demo data, to PNG files "
                "(offscreen; a copy of the database is used, nothing real changes)")
    shots.add_argument("--out", required=True, metavar="DIR")

    db = add("db", lambda a: (parser.parse_args(["db", "--help"]), 0)[1],
             "database maintenance")
    db_sub = db.add_subparsers(metavar="ACTION")
    acting(add("upgrade", cmd_db_upgrade, "back up, then upgrade the database to this "
               "version (an admin, once the database has accounts)", db_sub))
    grant = add("grant", cmd_db_grant,
                "PostgreSQL, run as the schema owner: give the tills' login ROLE the right to "
                "read and add records, but not to change or delete completed ones", db_sub)
    grant.add_argument("role", metavar="ROLE")

    user = add("user", lambda a: (parser.parse_args(["user", "--help"]), 0)[1],
               "user accounts")
    user_sub = user.add_subparsers(metavar="ACTION")
    user_add = add("add", cmd_user_add,
                   "add a user (the first user of a new database must be an admin); the new "
                   "password is read from the terminal, or from stdin when it is not one",
                   user_sub)
    user_add.add_argument("name")
    user_add.add_argument("--role", required=True,
                          choices=("admin", "supervisor", "treasurer", "cashier", "staff"))
    user_add.add_argument("--full-name", metavar="TEXT")
    acting(user_add)
    for name, func, text in (
        ("password", cmd_user_password, "set a user's password (admin)"),
        ("lock", lambda a: cmd_user_lock(a, False), "lock (deactivate) an account"),
        ("unlock", lambda a: cmd_user_lock(a, True), "unlock an account"),
    ):
        command = add(name, func, text, user_sub)
        command.add_argument("name")
        acting(command)
    acting(add("list", cmd_user_list, "list the accounts", user_sub))

    terminal = add("terminal", lambda a: (parser.parse_args(["terminal", "--help"]), 0)[1],
                   "tills")
    terminal_sub = terminal.add_subparsers(metavar="ACTION")
    terminal_add = add("add", cmd_terminal_add, "add a till (its own receipt numbers)",
                       terminal_sub)
    terminal_add.add_argument("code")
    terminal_add.add_argument("--name", required=True)
    acting(terminal_add)
    terminal_use = add("use", cmd_terminal_use,
                       "set this computer up as till CODE (for this database)", terminal_sub)
    terminal_use.add_argument("code")
    acting(terminal_use)

    importing = add("import", cmd_import,
                    "import makers or items from CSV or XLSX: all rows or none")
    importing.add_argument("kind", choices=("makers", "items"))
    importing.add_argument("file")
    importing.add_argument("--dry-run", action="store_true",
                           help="check every row and report, import nothing")
    acting(importing)

    journal = add("journal", lambda a: (parser.parse_args(["journal", "--help"]), 0)[1],
                  "the append-only journal")
    journal_sub = journal.add_subparsers(metavar="ACTION")
    journal_verify = add(
        "verify", cmd_journal_verify,
        "recompute the hash chain, compare every record with it, check every signed anchor "
        "and recompute every Z report and statement; exit 3 on a mismatch", journal_sub)
    journal_verify.add_argument(
        "--z", action="append", metavar="TILL:Z:HASH",
        help="a Z report as printed (till, Z number, journal hash or its first 8+ digits); "
             "may be given several times")
    journal_verify.add_argument("--manifest", metavar="FILE",
                                help="an earlier export's manifest.json to check against")
    journal_verify.add_argument("--public-key", metavar="FILE",
                                help="the showroom's public key file, on a computer that does "
                                     "not hold the signing key")
    acting(journal_verify)

    event = add("event", lambda a: (parser.parse_args(["event", "--help"]), 0)[1],
                "pameran and bazaars: send pieces, pack the laptop's database, merge it back")
    event_sub = event.add_subparsers(metavar="ACTION")
    event_create = add("create", cmd_event_create, "a new event with its own till (P1, ...)",
                       event_sub)
    event_create.add_argument("--name", required=True)
    event_create.add_argument("--place", required=True)
    event_create.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    event_create.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    acting(event_create)
    acting(add("list", cmd_event_list, "every event, newest first", event_sub))
    event_show = add("show", cmd_event_show, "an event's pieces and receipts", event_sub)
    event_show.add_argument("code")
    acting(event_show)
    for direction, text in (("send", "send pieces from the showroom to the event"),
                            ("back", "bring pieces back from the event to the showroom")):
        move = add(direction, cmd_event_move, text, event_sub)
        move.add_argument("code")
        move.add_argument("items", nargs="+", metavar="ITEM[=N]")
        move.set_defaults(direction=direction)
        acting(move)
    event_pack = add("pack", cmd_event_pack,
                     "make the event laptop's own database (a new SQLite file)", event_sub)
    event_pack.add_argument("code")
    event_pack.add_argument("--out", required=True, metavar="FILE")
    event_pack.add_argument("--user", action="append", metavar="NAME",
                            help="who may sell there (default: every active user)")
    acting(event_pack)
    event_merge = add("merge", cmd_event_merge,
                      "bring an event laptop's records back, checked first, all at once",
                      event_sub)
    event_merge.add_argument("file")
    acting(event_merge)

    add("key", cmd_key_show, "the showroom's signing key: where it is, its id, how to keep it")

    backup = add("backup", cmd_backup, "copy the database to FILE, safely while tills sell")
    backup.add_argument("file")
    backup.add_argument("--force", action="store_true",
                        help="replace FILE if it exists (never a device or a folder)")
    acting(backup)
    restore = add("restore", cmd_restore,
                  "replace the database with a backup (the current one is kept aside)")
    restore.add_argument("file")
    restore.add_argument("--yes", action="store_true", help="yes, replace the database")
    acting(restore)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logs.configure(verbose=args.verbose, console=sys.stderr is not None)
    try:
        return int(args.func(args))
    except ShowroomError as error:
        _tell(error.message(args.lang))
        return error.exit_code
    except CliError as error:
        _tell(str(error))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # one way out for everything else: a message, never a trace
        return _report_failure(error, args)


def _report_failure(error: Exception, args: argparse.Namespace) -> int:
    from showroom_pos.db.engine import resolve_url
    from showroom_pos.db.faults import fault_in

    try:
        url = resolve_url(_db_url(args))
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


def _tell(text: str) -> None:
    """On the console; in a window when there is none (the windowed program on Windows has no
    standard error), so that a refusal at start is never lost."""
    if sys.stderr is not None:
        print(text, file=sys.stderr)
        return
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        _app = QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.warning(None, "Showroom POS", text)
    except Exception:  # nothing left to tell it with; the log has it
        log.warning("%s", text)


def bug_message(lang: str, where: Path | None) -> str:
    from showroom_pos.domain.messages import render

    detail = render("bug.logged", lang, {"path": where}) if where else render(
        "bug.not_logged", lang, {})
    return f"{render('bug.happened', lang, {})} {detail}"
