"""The parser: global options before or after the command, `settle` and its short form,
groups alone, and `python -m showroom_pos`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from showroom_pos import __version__
from showroom_pos.cli import build_parser
from showroom_pos.cli.core import spell_out
from tests.cli.runner import PASSWORD, run


def test_version_through_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "showroom_pos", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"showroom-pos {__version__}"


def _parse(*argv: str):  # type: ignore[no-untyped-def]
    return build_parser().parse_args(spell_out(list(argv)))


def test_global_options_stand_before_or_after_the_command() -> None:
    before = _parse(
        "--db",
        "sqlite:///a.sqlite3",
        "--lang",
        "en",
        "-v",
        "--demo",
        "user",
        "list",
        "--as",
        "admin",
    )
    after = _parse(
        "user",
        "list",
        "--as",
        "admin",
        "--db",
        "sqlite:///a.sqlite3",
        "--lang",
        "en",
        "-v",
        "--demo",
    )
    between = _parse(
        "user",
        "--db",
        "sqlite:///a.sqlite3",
        "list",
        "--lang",
        "en",
        "--verbose",
        "--demo",
        "--as",
        "admin",
    )
    assert vars(before) == vars(after) == vars(between)
    assert (before.db, before.lang, before.verbose, before.demo) == (
        "sqlite:///a.sqlite3",
        "en",
        True,
        True,
    )
    plain = _parse("user", "list")
    assert (plain.db, plain.lang, plain.verbose, plain.demo) == (None, "id", False, False)
    assert (
        _parse("--db", "sqlite:///a.sqlite3", "key", "--db", "sqlite:///b.sqlite3").db
        == "sqlite:///b.sqlite3"
    )  # the last one given counts


def test_both_spellings_run_the_same(
    admin_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "--lang",
        "en",
        "user",
        "list",
        "--as",
        "admin",
        stdin=f"{PASSWORD}\n",
    )
    second = run(
        capsys,
        monkeypatch,
        "user",
        "list",
        "--as",
        "admin",
        "--db",
        admin_db,
        "--lang",
        "en",
        stdin=f"{PASSWORD}\n",
    )
    assert first == second
    assert first[0] == 0 and first[1].split() == ["admin", "admin", "active", "Admin", "Dekranasda"]
    code, out, _ = run(
        capsys,
        monkeypatch,
        "user",
        "list",
        "--as",
        "admin",
        "--db",
        admin_db,
        stdin=f"{PASSWORD}\n",
    )
    assert code == 0 and "aktif" in out.split()
    code, _, err = run(
        capsys,
        monkeypatch,
        "user",
        "add",
        "ani",
        "--role",
        "cashier",
        "--as",
        "admin",
        "--db",
        admin_db,
        "--lang",
        "en",
        stdin=f"{PASSWORD}\npendek\n",
    )
    assert code == 2 and "password" in err.lower() and "kata sandi" not in err.lower()


def test_settle_is_a_group_and_its_short_form_means_the_statements() -> None:
    short = _parse("--db", "x", "settle", "--period", "2026-10", "--out", "d", "--as", "sari")
    long = _parse(
        "--db", "x", "settle", "statements", "--period", "2026-10", "--out", "d", "--as", "sari"
    )
    assert vars(short) == vars(long) and short.func.__name__ == "cmd_settle"
    # in `settle` --lang is the statements' language, as it always was; the messages' own
    # language stands before the command
    statements = _parse(
        "--lang", "en", "settle", "--period", "2026-10", "--out", "d", "--lang", "id"
    )
    assert (statements.lang, statements.settle_lang) == ("en", "id")
    assert _parse("settle", "--period", "2026-10", "--out", "d").settle_lang is None
    pay = _parse(
        "settle",
        "pay",
        "--period",
        "2026-10",
        "--maker",
        "PKL001",
        "--method",
        "cash",
        "--lang",
        "en",
    )
    assert pay.func.__name__ == "cmd_settle_pay" and pay.lang == "en"
    assert spell_out(["settle", "--help"]) == ["settle", "--help"]
    help_text = build_parser()._subparsers._group_actions[0].choices["settle"].format_help()
    assert "statements" in help_text and "pay" in help_text
    assert spell_out(["--db", "settle", "key"]) == ["--db", "settle", "key"]  # a value, no verb


def test_settle_alone_or_without_period_is_refused_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(capsys, monkeypatch, "settle")
    assert (code, out, err) == (2, "", "settle perlu --period YYYY-MM dan --out FOLDER\n")
    code, _, err = run(capsys, monkeypatch, "--lang", "en", "settle", "statements", "--out", "d")
    assert (code, err) == (2, "settle needs --period YYYY-MM and --out DIR\n")


@pytest.mark.parametrize(
    "group", ["db", "user", "terminal", "printer", "report", "statement", "journal", "event"]
)  # `settle` alone: its statements
def test_a_group_alone_shows_its_help(
    group: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(capsys, monkeypatch, group)
    assert code == 0 and out.startswith(f"usage: showroom-pos {group} [-h]")
    with pytest.raises(SystemExit) as done:
        run(capsys, monkeypatch, group, "--help")
    assert done.value.code == 0 and capsys.readouterr().out == out
