"""`with_ledger`: the one way a command opens the ledger and logs its acting user in."""

from __future__ import annotations

import argparse
import io
import sys
from typing import Any

import pytest

from showroom_pos.app import open_ledger
from showroom_pos.cli import common
from showroom_pos.cli.common import CliError, with_ledger
from showroom_pos.services.admin import auth, settings
from tests.cli.runner import PASSWORD, run


def _tills(url: str) -> list[str]:
    ledger = open_ledger(url)
    try:
        admin = auth.login(ledger, username="admin", password=PASSWORD)
        return [t.code for t in settings.list_terminals(ledger, actor=admin)]
    finally:
        ledger.close()


def test_a_wrong_password_is_refused_and_changes_nothing(
    admin_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _tills(admin_db)
    code, out, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "terminal",
        "add",
        "K7",
        "--name",
        "Kasir tujuh",
        "--as",
        "admin",
        stdin="salah-sandi\n",
    )
    assert code == 2 and out == "" and "salah" in err.lower()
    code, _, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "--lang",
        "en",
        "terminal",
        "add",
        "K7",
        "--name",
        "Kasir tujuh",
        "--as",
        "nobody",
        stdin="salah-sandi\n",
    )
    assert code == 2 and "password" in err.lower()
    assert _tills(admin_db) == before and "K7" not in before


def test_without_as_nothing_is_asked_and_nothing_changes(
    admin_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "terminal",
        "add",
        "K7",
        "--name",
        "Kasir tujuh",
        stdin=f"{PASSWORD}\n",
    )
    assert (code, out) == (2, "")
    assert err == "--as NAMA wajib: perintah yang mengubah data mencatat siapa pelakunya\n"
    assert sys.stdin.read() == f"{PASSWORD}\n"  # no password was read
    code, _, err = run(capsys, monkeypatch, "--db", admin_db, "--lang", "en", "user", "list")
    assert (
        code == 2 and err == "--as NAME is required: commands that change data record who did it\n"
    )
    assert _tills(admin_db) == []


def test_the_options_are_checked_before_anything_is_asked(
    admin_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(
        capsys, monkeypatch, "--db", admin_db, "tags", "--as", "admin", stdin=f"{PASSWORD}\n"
    )
    assert code == 2 and "--intake" in err and "salah satu" in err
    assert sys.stdin.read() == f"{PASSWORD}\n"


class _Ledger:
    def __init__(self) -> None:
        self.closed = 0
        self.warnings: list[str] = []

    def close(self) -> None:
        self.closed += 1


def _args(**values: Any) -> argparse.Namespace:
    return argparse.Namespace(db=None, demo=False, lang="en", as_user="admin", **values)


def test_the_ledger_is_closed_however_the_command_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[_Ledger] = []

    def fake_open(args: argparse.Namespace) -> _Ledger:
        opened.append(_Ledger())
        return opened[-1]

    monkeypatch.setattr(common, "open_ledger", fake_open)
    monkeypatch.setattr(common, "login_as", lambda ledger, args: f"actor:{args.as_user}")
    seen: list[Any] = []

    @with_ledger()
    def works(args: argparse.Namespace, ledger: Any, actor: Any) -> int:
        seen.append((ledger, actor))
        return 0

    @with_ledger(login=False)
    def fails(args: argparse.Namespace, ledger: Any, actor: Any) -> int:
        seen.append((ledger, actor))
        raise CliError("cli.grant_sqlite")

    assert works(_args()) == 0
    assert seen[-1] == (opened[-1], "actor:admin") and opened[-1].closed == 1
    with pytest.raises(CliError):
        fails(_args())
    assert seen[-1] == (opened[-1], None) and opened[-1].closed == 1
    assert works.__name__ == "works"


def test_a_refused_login_closes_the_ledger_and_runs_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from showroom_pos.domain.errors import AuthError

    ledger = _Ledger()
    monkeypatch.setattr(common, "open_ledger", lambda args: ledger)

    def refuse(ledger: Any, args: argparse.Namespace) -> None:
        raise AuthError("auth.failed")

    monkeypatch.setattr(common, "login_as", refuse)
    ran: list[bool] = []

    @with_ledger()
    def command(args: argparse.Namespace, ledger: Any, actor: Any) -> int:
        ran.append(True)
        return 0

    with pytest.raises(AuthError):
        command(_args())
    assert ran == [] and ledger.closed == 1


def test_before_runs_first_and_a_refusal_there_opens_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(common, "open_ledger", lambda args: pytest.fail("opened"))

    def check(args: argparse.Namespace) -> None:
        raise CliError("cli.bad_date", option="--from", value=args.first)

    @with_ledger(before=check)
    def command(args: argparse.Namespace, ledger: Any, actor: Any) -> int:
        return 0

    with pytest.raises(CliError) as refused:
        command(_args(first="31-12-2026"))
    assert refused.value.message("id") == "--from 31-12-2026: tanggal YYYY-MM-DD"
    assert refused.value.message("en") == "--from 31-12-2026: a date YYYY-MM-DD"


def test_a_password_is_read_from_stdin_without_its_line_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("rahasia-123\r\nlagi\n"))
    assert common.read_secret("Kata sandi admin: ") == "rahasia-123"
    assert common.read_secret("") == "lagi"
