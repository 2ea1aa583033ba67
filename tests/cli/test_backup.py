"""`backup` and `restore`: copies that never replace a file unasked, and keep everything."""

from __future__ import annotations

from pathlib import Path

import pytest

from showroom_pos.app import open_ledger
from showroom_pos.services.admin import users
from tests.cli.runner import run


def test_backup_never_replaces_a_file_unasked_nor_writes_to_a_device(
    admin_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    notes = tmp_path / "catatan.txt"
    notes.write_text("catatan kas bulan lalu\n")
    code, _, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "--lang",
        "en",
        "backup",
        str(notes),
        "--as",
        "admin",
        stdin="rahasia-123\n",
    )
    assert code != 0 and "already exists" in err and "--force" in err
    assert notes.read_text() == "catatan kas bulan lalu\n"  # untouched
    code, _, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "--lang",
        "en",
        "backup",
        "/dev/null",
        "--force",
        "--as",
        "admin",
        stdin="rahasia-123\n",
    )
    assert code != 0 and "not a plain file" in err
    code, _, _ = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "backup",
        str(notes),
        "--force",
        "--as",
        "admin",
        stdin="rahasia-123\n",
    )
    assert code == 0 and notes.read_bytes().startswith(b"SQLite format 3")
    assert not list(tmp_path.glob("*.partial"))


def test_a_failed_backup_leaves_no_partial_file(
    admin_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
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


def test_backup_and_restore_keep_everything(
    admin_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = tmp_path / "cadangan.sqlite3"
    code, out, _ = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "backup",
        str(backup),
        "--as",
        "admin",
        stdin="rahasia-123\n",
    )
    assert code == 0 and backup.is_file()
    run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "user",
        "add",
        "budi",
        "--role",
        "cashier",
        "--as",
        "admin",
        stdin="rahasia-123\nsandi-budi-1\n",
    )
    code, _, err = run(capsys, monkeypatch, "--db", admin_db, "restore", str(backup))
    assert code == 2 and "--yes" in err
    code, out, _ = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "restore",
        str(backup),
        "--yes",
        "--as",
        "admin",
        "--lang",
        "en",
        stdin="rahasia-123\n",
    )
    assert code == 0 and "OK" in out
    kept = Path(out.split("Previous database kept at: ")[1].splitlines()[0])
    assert kept.is_file()  # the replaced database, with budi, is not lost
    ledger = open_ledger(admin_db)
    try:
        assert users.count_users(ledger) == 1
    finally:
        ledger.close()
    ledger = open_ledger(f"sqlite:///{kept}")
    try:
        assert users.count_users(ledger) == 2
    finally:
        ledger.close()


def test_restore_refuses_a_file_that_is_not_a_backup(
    admin_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    junk = tmp_path / "foto.jpg"
    junk.write_bytes(b"\xff\xd8\xff" + b"0" * 5000)
    code, _, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "restore",
        str(junk),
        "--yes",
        "--as",
        "admin",
        stdin="rahasia-123\n",
    )
    assert code == 2 and err.strip()
    code, _, _ = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "journal",
        "verify",
        "--as",
        "admin",
        stdin="rahasia-123\n",
    )
    assert code == 0
