"""`user` and `terminal`: accounts and tills as an administrator makes them."""

from __future__ import annotations

import pytest

from showroom_pos.app import open_ledger
from showroom_pos.services.admin import auth, settings
from tests.cli.runner import run


def test_first_user_must_be_admin(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(
        capsys,
        monkeypatch,
        "--db",
        sqlite_url,
        "user",
        "add",
        "budi",
        "--role",
        "cashier",
        stdin="rahasia-123\n",
    )
    assert code == 2 and "admin" in err


def test_users_and_tills_from_the_command_line(
    admin_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "user",
        "add",
        "budi",
        "--role",
        "cashier",
        "--full-name",
        "Budi Santoso",
        "--as",
        "admin",
        stdin="rahasia-123\nsandi-budi-1\n",
    )
    assert code == 0, err
    code, _, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "user",
        "add",
        "ani",
        "--role",
        "cashier",
        "--as",
        "admin",
        stdin="salah-sandi\nsandi-ani-1\n",
    )
    assert code == 2 and "salah" in err.lower()
    code, out, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "terminal",
        "add",
        "K1",
        "--name",
        "Kasir depan",
        "--as",
        "admin",
        stdin="rahasia-123\n",
    )
    assert code == 0, err
    code, out, _ = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "user",
        "list",
        "--as",
        "admin",
        stdin="rahasia-123\n",
    )
    assert code == 0 and "budi" in out and "ani" not in out
    ledger = open_ledger(admin_db)
    try:
        assert auth.login(ledger, username="budi", password="sandi-budi-1").role == "cashier"
        admin = auth.login(ledger, username="admin", password="rahasia-123")
        assert [t.code for t in settings.list_terminals(ledger, actor=admin)] == ["K1"]
    finally:
        ledger.close()

    from showroom_pos.this_computer import till_code

    code, _, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "terminal",
        "use",
        "K9",
        "--as",
        "admin",
        stdin="rahasia-123\n",
    )
    assert code == 2 and "K9" in err and till_code(admin_db) is None
    code, out, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "terminal",
        "use",
        "k1",
        "--as",
        "admin",
        stdin="rahasia-123\n",
    )
    assert code == 0, err
    assert out == "Komputer ini kasir K1 (Kasir depan).\n" and till_code(admin_db) == "K1"
    code, out, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "--lang",
        "en",
        "terminal",
        "use",
        "K1",
        "--as",
        "admin",
        stdin="rahasia-123\n",
    )
    assert code == 0, err
    assert out == "This computer is till K1 (Kasir depan).\n"


def test_refusals_speak_the_chosen_language(
    admin_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "--lang",
        "en",
        "user",
        "add",
        "ani",
        "--role",
        "cashier",
        "--as",
        "admin",
        stdin="rahasia-123\npendek\n",
    )
    assert code == 2 and "password" in err.lower()
    code, _, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "user",
        "add",
        "ani",
        "--role",
        "cashier",
        "--as",
        "admin",
        stdin="rahasia-123\npendek\n",
    )
    assert code == 2 and "kata sandi" in err.lower()


def test_each_language_says_it_in_its_own_words(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(
        capsys,
        monkeypatch,
        "user",
        "add",
        "admin",
        "--role",
        "admin",
        "--db",
        sqlite_url,
        "--lang",
        "en",
        stdin="rahasia-123\n",
    )
    assert code == 0, err
    assert out.startswith("User admin (admin) created.\n")
    assert "Keep a copy of this key file" in out and "Simpan" not in out and " / " not in out
    code, out, err = run(
        capsys,
        monkeypatch,
        "--db",
        sqlite_url,
        "user",
        "lock",
        "admin",
        "--as",
        "admin",
        stdin="rahasia-123\n",
    )
    assert code == 2  # the last admin stays
    code, out, err = run(
        capsys,
        monkeypatch,
        "--db",
        sqlite_url,
        "user",
        "add",
        "budi",
        "--role",
        "cashier",
        "--as",
        "admin",
        stdin="rahasia-123\nsandi-budi-1\n",
    )
    assert (code, out) == (0, "Pengguna budi (cashier) dibuat.\n"), err
    code, out, _ = run(
        capsys,
        monkeypatch,
        "--db",
        sqlite_url,
        "user",
        "lock",
        "budi",
        "--as",
        "admin",
        stdin="rahasia-123\n",
    )
    assert (code, out) == (0, "budi: dikunci\n")
    code, out, _ = run(
        capsys,
        monkeypatch,
        "--db",
        sqlite_url,
        "--lang",
        "en",
        "user",
        "unlock",
        "budi",
        "--as",
        "admin",
        stdin="rahasia-123\n",
    )
    assert (code, out) == (0, "budi: unlocked\n")
