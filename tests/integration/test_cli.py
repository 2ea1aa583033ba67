"""The command line as an administrator uses it: users, tills, verify, backup and restore."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from showroom_pos import __version__
from showroom_pos.app import open_ledger
from showroom_pos.cli import main
from showroom_pos.services.admin import auth, settings


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str,
        stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def admin_db(sqlite_url: str, capsys: pytest.CaptureFixture[str],
             monkeypatch: pytest.MonkeyPatch) -> str:
    code, out, _ = run(capsys, monkeypatch, "--db", sqlite_url, "user", "add", "admin",
                       "--role", "admin", "--full-name", "Admin Dekranasda",
                       stdin="rahasia-123\n")
    assert code == 0, out
    return sqlite_url


def test_version_through_python_dash_m() -> None:
    done = subprocess.run([sys.executable, "-m", "showroom_pos", "--version"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0
    assert done.stdout.strip() == f"showroom-pos {__version__}"


def test_first_user_must_be_admin(sqlite_url: str, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, monkeypatch, "--db", sqlite_url, "user", "add", "budi",
                       "--role", "cashier", stdin="rahasia-123\n")
    assert code == 2 and "admin" in err


def test_users_and_tills_from_the_command_line(admin_db: str,
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, monkeypatch, "--db", admin_db, "user", "add", "budi",
                         "--role", "cashier", "--full-name", "Budi Santoso", "--as", "admin",
                         stdin="rahasia-123\nsandi-budi-1\n")
    assert code == 0, err
    code, _, err = run(capsys, monkeypatch, "--db", admin_db, "user", "add", "ani",
                       "--role", "cashier", "--as", "admin", stdin="salah-sandi\nsandi-ani-1\n")
    assert code == 2 and "salah" in err.lower()
    code, out, err = run(capsys, monkeypatch, "--db", admin_db, "terminal", "add", "K1",
                         "--name", "Kasir depan", "--as", "admin", stdin="rahasia-123\n")
    assert code == 0, err
    code, out, _ = run(capsys, monkeypatch, "--db", admin_db, "user", "list", "--as", "admin",
                       stdin="rahasia-123\n")
    assert code == 0 and "budi" in out and "ani" not in out
    ledger = open_ledger(admin_db)
    try:
        assert auth.login(ledger, username="budi", password="sandi-budi-1").role == "cashier"
        admin = auth.login(ledger, username="admin", password="rahasia-123")
        assert [t.code for t in settings.list_terminals(ledger, actor=admin)] == ["K1"]
    finally:
        ledger.close()

    from showroom_pos.this_computer import till_code

    code, _, err = run(capsys, monkeypatch, "--db", admin_db, "terminal", "use", "K9",
                       "--as", "admin", stdin="rahasia-123\n")
    assert code == 2 and "K9" in err and till_code(admin_db) is None
    code, out, err = run(capsys, monkeypatch, "--db", admin_db, "terminal", "use", "k1",
                         "--as", "admin", stdin="rahasia-123\n")
    assert code == 0, err
    assert "till K1" in out and till_code(admin_db) == "K1"


def test_refusals_speak_the_chosen_language(admin_db: str, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, monkeypatch, "--db", admin_db, "--lang", "en", "user", "add",
                       "ani", "--role", "cashier", "--as", "admin", stdin="rahasia-123\npendek\n")
    assert code == 2 and "password" in err.lower()
    code, _, err = run(capsys, monkeypatch, "--db", admin_db, "user", "add",
                       "ani", "--role", "cashier", "--as", "admin", stdin="rahasia-123\npendek\n")
    assert code == 2 and "kata sandi" in err.lower()


def test_journal_verify_passes_then_catches_tampering(admin_db: str,
                                                     capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, monkeypatch, "--db", admin_db, "journal", "verify",
                       "--as", "admin", stdin="rahasia-123\n")
    assert code == 0 and "OK" in out
    engine = create_engine(admin_db)
    with engine.begin() as connection:
        connection.execute(text("UPDATE users SET full_name = 'Orang Lain' "
                                "WHERE username = 'admin'"))
    engine.dispose()
    code, out, _ = run(capsys, monkeypatch, "--db", admin_db, "--lang", "en", "journal",
                       "verify", "--as", "admin", stdin="rahasia-123\n")
    assert code == 3 and "FAILED" in out and "users#1" in out


def test_backup_never_replaces_a_file_unasked_nor_writes_to_a_device(
        admin_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    notes = tmp_path / "catatan.txt"
    notes.write_text("catatan kas bulan lalu\n")
    code, _, err = run(capsys, monkeypatch, "--db", admin_db, "--lang", "en", "backup",
                       str(notes), "--as", "admin", stdin="rahasia-123\n")
    assert code != 0 and "already exists" in err and "--force" in err
    assert notes.read_text() == "catatan kas bulan lalu\n"  # untouched
    code, _, err = run(capsys, monkeypatch, "--db", admin_db, "--lang", "en", "backup",
                       "/dev/null", "--force", "--as", "admin", stdin="rahasia-123\n")
    assert code != 0 and "not a plain file" in err
    code, _, _ = run(capsys, monkeypatch, "--db", admin_db, "backup", str(notes), "--force",
                     "--as", "admin", stdin="rahasia-123\n")
    assert code == 0 and notes.read_bytes().startswith(b"SQLite format 3")
    assert not list(tmp_path.glob("*.partial"))


def test_a_failed_backup_leaves_no_partial_file(admin_db: str, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from showroom_pos.db import backup as backups
    from showroom_pos.domain.errors import DatabaseError

    def disk_full(self: sqlite3.Connection, target: sqlite3.Connection, **_k: object) -> None:
        target.execute("CREATE TABLE half(x)")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups.sqlite3, "connect", _connect_with_backup(disk_full))
    folder = tmp_path / "cadangan"
    folder.mkdir()
    with pytest.raises((DatabaseError, sqlite3.OperationalError)):
        backups.backup_database(admin_db, folder / "cadangan.sqlite3")
    assert list(folder.iterdir()) == []


def _connect_with_backup(backup):  # type: ignore[no-untyped-def]
    """sqlite3.connect whose connections run `backup` instead of the real online backup."""
    import sqlite3

    real = sqlite3.connect

    class Connection(sqlite3.Connection):
        pass

    Connection.backup = backup  # type: ignore[method-assign]

    def connect(*args, **kwargs):  # type: ignore[no-untyped-def]
        return real(*args, factory=Connection, **kwargs)

    return connect


def test_backup_and_restore_keep_everything(admin_db: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    backup = tmp_path / "cadangan.sqlite3"
    code, out, _ = run(capsys, monkeypatch, "--db", admin_db, "backup", str(backup),
                       "--as", "admin", stdin="rahasia-123\n")
    assert code == 0 and backup.is_file()
    run(capsys, monkeypatch, "--db", admin_db, "user", "add", "budi", "--role", "cashier",
        "--as", "admin", stdin="rahasia-123\nsandi-budi-1\n")
    code, _, err = run(capsys, monkeypatch, "--db", admin_db, "restore", str(backup))
    assert code == 2 and "--yes" in err
    code, out, _ = run(capsys, monkeypatch, "--db", admin_db, "restore", str(backup), "--yes",
                       "--as", "admin", stdin="rahasia-123\n")
    assert code == 0 and "OK" in out
    kept = Path(out.split("kept at: ")[1].splitlines()[0])
    assert kept.is_file()  # the replaced database, with budi, is not lost
    ledger = open_ledger(admin_db)
    try:
        assert auth.count_users(ledger) == 1
    finally:
        ledger.close()
    ledger = open_ledger(f"sqlite:///{kept}")
    try:
        assert auth.count_users(ledger) == 2
    finally:
        ledger.close()


def test_restore_refuses_a_file_that_is_not_a_backup(admin_db: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    junk = tmp_path / "foto.jpg"
    junk.write_bytes(b"\xff\xd8\xff" + b"0" * 5000)
    code, _, err = run(capsys, monkeypatch, "--db", admin_db, "restore", str(junk), "--yes",
                       "--as", "admin", stdin="rahasia-123\n")
    assert code == 2 and err.strip()
    code, _, _ = run(capsys, monkeypatch, "--db", admin_db, "journal", "verify",
                     "--as", "admin", stdin="rahasia-123\n")
    assert code == 0


def test_a_sqlite_file_on_a_network_share_is_warned_about(
        sqlite_url: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import showroom_pos.app

    assert main(["--db", sqlite_url, "journal", "verify"]) == 0
    assert "PERINGATAN" not in capsys.readouterr().err
    monkeypatch.setattr(showroom_pos.app, "network_share", lambda path: "nfs4")
    assert main(["--db", sqlite_url, "--lang", "en", "journal", "verify"]) == 0
    assert "WARNING: A SQLite file on a network share is not safe" in capsys.readouterr().err
