"""Failures of the machine around the program: a clear message and exit code, never a
traceback, and nothing changed. Real files, a damaged page, a read-only and a full file system
(tmpfs mounts where the machine allows), an unreachable PostgreSQL server."""

from __future__ import annotations

import io
import logging
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from showroom_pos.app import open_ledger
from showroom_pos.cli import main
from showroom_pos.db.models import Item, Sale
from showroom_pos.domain.errors import (
    EXIT_BUG,
    EXIT_DAMAGED,
    EXIT_REFUSED,
    EXIT_SERVER,
    EXIT_STORAGE,
    StorageFault,
)
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.stock import consignment
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields
from showroom_pos.services.till import sales
from showroom_pos.services.till.types import CartLine, PaymentInput
from tests.conftest import PASSWORD, Clock, Showroom, build_showroom


def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = ""
) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    said = out + err
    assert "Traceback" not in said and 'File "' not in said
    return code, said


def _showroom_file(url: str, clock: Clock) -> Path:
    ledger = open_ledger(url, clock=clock)
    try:
        build_showroom(ledger, clock)
    finally:
        ledger.close()
    path = Path(url.removeprefix("sqlite:///"))
    folded = sqlite3.connect(path)
    folded.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folded.close()
    return path


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize(
    "url, words",
    [
        ("postgresql+psycopg://kasir@127.0.0.1:1/showroom", "cannot be reached"),
        ("postgresql+psycopg://kasir:rahasia@[::1/showroom", "cannot be read"),
        ("mysql://kasir@server/showroom", "not supported"),
        ("showroom.sqlite3", "cannot be read"),
    ],
)
def test_a_database_that_cannot_be_reached_or_named_gets_a_message(
    url: str, words: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, said = run(capsys, monkeypatch, "--db", url, "journal", "verify")
    assert code == EXIT_SERVER and words in said
    assert "rahasia" not in said  # a password in the address is never shown


@pytest.mark.postgres
def test_a_login_the_server_does_not_know_gets_a_message(
    pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.engine import make_url

    stranger = make_url(pg_url).set(username="tidak_dikenal").render_as_string(hide_password=False)
    code, said = run(capsys, monkeypatch, "--db", stranger, "journal", "verify")
    assert code == EXIT_SERVER and "refused the login tidak_dikenal" in said


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> str:
    from tests.conftest import _postgres_url

    return _postgres_url(request)


def _damage(path: Path, table: str) -> None:
    probe = sqlite3.connect(path)
    root = probe.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[
        0
    ]
    size = probe.execute("PRAGMA page_size").fetchone()[0]
    probe.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * size
    data[start + 8 : start + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))


def test_a_damaged_page_is_reported_and_nothing_is_written(
    sqlite_url: str,
    clock: Clock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _showroom_file(sqlite_url, clock)
    _damage(path, "users")
    before = path.read_bytes()
    code, said = run(capsys, monkeypatch, "--db", sqlite_url, "journal", "verify")
    assert code == EXIT_DAMAGED and "is damaged" in said and "restore the last backup" in said
    code, said = run(
        capsys,
        monkeypatch,
        "--db",
        sqlite_url,
        "terminal",
        "add",
        "K9",
        "--name",
        "Kasir sembilan",
        "--as",
        "admin",
        stdin=PASSWORD + "\n",
    )
    assert code == EXIT_DAMAGED
    assert path.read_bytes() == before  # (SQLite's -wal and -shm working files aside)


def test_our_own_file_cut_short_is_damaged_not_foreign(
    sqlite_url: str,
    clock: Clock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _showroom_file(sqlite_url, clock)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    before = path.read_bytes()
    code, said = run(capsys, monkeypatch, "--db", sqlite_url, "journal", "verify")
    assert code == EXIT_DAMAGED and "is damaged" in said and "not a Showroom" not in said
    assert path.read_bytes() == before


def test_another_programs_file_with_alembic_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gudang.sqlite3"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        other.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        other.execute("CREATE TABLE barang (id INTEGER PRIMARY KEY, nama TEXT)")
    other.close()
    before = _files(tmp_path)
    code, said = run(capsys, monkeypatch, "--db", f"sqlite:///{path}", "journal", "verify")
    assert code == EXIT_REFUSED and "not a Showroom POS database" in said
    assert "newer" not in said
    assert _files(tmp_path) == before  # not switched to WAL, no -wal or -shm files


def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real file system of its own, 8 MiB, mounted for the test (root on Linux)."""
    where = tmp_path / "disk"
    if sys.platform != "linux" or not _mount_tmpfs(where, "8m"):
        pytest.skip("this machine does not let the tests mount a tmpfs")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_read_only_file_system_is_said_and_nothing_changes(
    sqlite_url: str,
    clock: Clock,
    small_disk: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = _showroom_file(sqlite_url, clock)
    shutil.copyfile(source, small_disk / "showroom.sqlite3")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    before = _files(small_disk)
    url = f"sqlite:///{small_disk / 'showroom.sqlite3'}"
    code, said = run(
        capsys,
        monkeypatch,
        "--db",
        url,
        "terminal",
        "add",
        "K9",
        "--name",
        "Kasir sembilan",
        "--as",
        "admin",
        stdin=PASSWORD + "\n",
    )
    assert code == EXIT_STORAGE and "read-only" in said
    code, said = run(capsys, monkeypatch, "--db", url, "journal", "verify")
    assert code == EXIT_STORAGE and "read-only" in said
    assert _files(small_disk) == before


def _fill(disk: Path) -> None:
    """Every byte the file system has left taken by a filler file."""
    with (disk / "pengisi.bin").open("wb", buffering=0) as filler:
        for chunk in (65536, 512, 1):
            try:
                while True:
                    filler.write(b"\0" * chunk)
            except OSError:
                pass


def test_a_full_disk_refuses_the_sale_with_a_message_and_keeps_everything(
    clock: Clock,
    small_disk: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = f"sqlite:///{small_disk / 'showroom.sqlite3'}"
    ledger = open_ledger(url, clock=clock)
    try:
        showroom = build_showroom(ledger, clock)
        before = check_ledger(ledger)
        assert before.ok
        with ledger.read() as session:
            items_before = session.scalar(select(func.count()).select_from(Item))
        _fill(small_disk)
        with pytest.raises(StorageFault) as refused:  # an intake large enough to need room
            consignment.receive_consignment(
                ledger,
                actor=showroom.staff,
                maker_code="PKL001",
                lines=[
                    IntakeLineInput(
                        1,
                        ItemFields(
                            f"Kain panjang tulis motif Jlamprang nomor {number} " * 3,
                            "kain panjang",
                            "tulis",
                            900_000,
                        ),
                    )
                    for number in range(400)
                ],
            )
        with ledger.read() as session:
            assert session.scalar(select(func.count()).select_from(Item)) == items_before
        assert refused.value.code == "fault.disk_full"
        assert "disk is full" in refused.value.message("en")
        code, said = run(
            capsys,
            monkeypatch,
            "--db",
            url,
            "terminal",
            "add",
            "K9",
            "--name",
            "Kasir sembilan",
            "--as",
            "admin",
            stdin=PASSWORD + "\n",
        )
        assert code == EXIT_STORAGE and "disk is full" in said, said
        (small_disk / "pengisi.bin").unlink()
        after = check_ledger(ledger)
        assert after.ok and after.entries >= before.entries
    finally:
        ledger.close()


def test_restore_is_refused_while_a_till_has_the_database_open(
    sqlite_showroom: Showroom,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = sqlite_showroom.ledger.url
    backup = tmp_path / "cadangan.sqlite3"
    code, _ = run(
        capsys,
        monkeypatch,
        "--db",
        url,
        "backup",
        str(backup),
        "--as",
        "admin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0
    sales.complete_sale(
        sqlite_showroom.ledger,
        actor=sqlite_showroom.cashier,
        terminal_code="K1",
        lines=[CartLine("PKL001-00002")],
        payments=[PaymentInput("cash", 250_000)],
    )
    # the till (this ledger) is still open: its sale must not vanish under a restore
    code, said = run(
        capsys,
        monkeypatch,
        "--db",
        url,
        "restore",
        str(backup),
        "--yes",
        "--as",
        "admin",
        stdin=PASSWORD + "\n",
    )
    assert code == EXIT_REFUSED and "in use" in said
    assert not list(tmp_path.glob("*replaced*"))
    with sqlite_showroom.ledger.read() as session:
        assert session.scalar(select(func.count()).select_from(Sale)) == 1
    sqlite_showroom.ledger.close()  # the till closes: now the restore goes ahead
    code, said = run(
        capsys,
        monkeypatch,
        "--db",
        url,
        "restore",
        str(backup),
        "--yes",
        "--as",
        "admin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0 and "kept at" in said


@pytest.mark.postgres
def test_restore_on_postgresql_is_refused_while_a_till_is_connected(
    pg_url: str,
    clock: Clock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    till = open_ledger(pg_url, clock=clock)
    try:
        build_showroom(till, clock)
        dump = tmp_path / "cadangan.dump"
        code, _ = run(
            capsys,
            monkeypatch,
            "--db",
            pg_url,
            "backup",
            str(dump),
            "--as",
            "admin",
            stdin=PASSWORD + "\n",
        )
        assert code == 0
        with till.read() as session:  # the till holds a connection, as a running one does
            from sqlalchemy import text

            session.execute(text("SELECT 1"))
        code, said = run(
            capsys,
            monkeypatch,
            "--db",
            pg_url,
            "restore",
            str(dump),
            "--yes",
            "--as",
            "admin",
            stdin=PASSWORD + "\n",
        )
        assert code == EXIT_REFUSED and "in use" in said and "showroom-pos" in said
    finally:
        till.close()
    # every till closed: the restore goes ahead and the restored database verifies
    code, said = run(
        capsys,
        monkeypatch,
        "--db",
        pg_url,
        "restore",
        str(dump),
        "--yes",
        "--as",
        "admin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0 and "OK" in said, said


def test_a_bug_is_logged_with_its_traceback_and_shown_without(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from showroom_pos import paths
    from showroom_pos.cli import db as db_commands

    def broken(_args: object) -> int:
        raise RuntimeError("kesalahan uji 4711")

    monkeypatch.setattr(db_commands, "cmd_db_upgrade", broken)
    code, said = run(capsys, monkeypatch, "--db", sqlite_url, "db", "upgrade")
    assert code == EXIT_BUG and str(paths.log_path()) in said
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = paths.log_path().read_text(encoding="utf-8")
    assert "Traceback" in logged and "kesalahan uji 4711" in logged


def test_a_backup_onto_a_full_stick_says_so_and_leaves_no_file(
    sqlite_url: str,
    clock: Clock,
    small_disk: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _showroom_file(sqlite_url, clock)
    _fill(small_disk)
    for target in (small_disk / "cadangan.sqlite3", small_disk):
        code, said = run(
            capsys,
            monkeypatch,
            "--db",
            sqlite_url,
            "backup",
            str(target),
            "--as",
            "admin",
            stdin=PASSWORD + "\n",
        )
        assert code == EXIT_STORAGE and "disk is full" in said, said
        assert sorted(p.name for p in small_disk.iterdir()) == ["pengisi.bin"]
    code, said = run(
        capsys,
        monkeypatch,
        "--db",
        sqlite_url,
        "export",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--out",
        str(small_disk / "arsip"),
        "--as",
        "admin",
        stdin=PASSWORD + "\n",
    )
    assert code == EXIT_STORAGE and "disk is full" in said, said


@pytest.mark.parametrize(
    "engine_kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_an_upgrade_waits_for_every_other_till_to_close(
    engine_kind: str, sqlite_url: str, clock: Clock, request: pytest.FixtureRequest
) -> None:
    from alembic import command
    from sqlalchemy import create_engine, text

    from showroom_pos.db import schema
    from showroom_pos.domain.errors import DatabaseError

    url = sqlite_url if engine_kind == "sqlite" else request.getfixturevalue("pg_url")
    ledger = open_ledger(url, clock=clock)
    try:
        build_showroom(ledger, clock)
        with ledger.engines.write.begin() as connection:  # as the older program left it
            config = schema.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0004")
    finally:
        ledger.close()
    old_till = create_engine(url)
    try:
        with old_till.connect() as connection:  # a till of the older version, still open
            connection.execute(text("SELECT count(*) FROM sales")).scalar()
            with pytest.raises(DatabaseError) as refused:
                open_ledger(url, clock=clock)
            assert refused.value.code == "db.in_use"
            assert "close Showroom POS on every till" in refused.value.message("en")
    finally:
        old_till.dispose()
    probe = create_engine(url)
    try:
        assert schema.current_revision(probe) == "0004"  # nothing was changed
    finally:
        probe.dispose()
    open_ledger(url, clock=clock).close()  # alone now: it upgrades
    probe = create_engine(url)
    try:
        assert schema.current_revision(probe) == schema.head_revision()
    finally:
        probe.dispose()


def test_a_read_only_data_folder_is_said_not_traced(
    small_disk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    monkeypatch.setenv("SHOWROOM_POS_DATA_DIR", str(small_disk / "showroom-pos"))
    code, said = run(capsys, monkeypatch, "--demo")
    assert code == EXIT_STORAGE and "read-only" in said
    assert list(small_disk.iterdir()) == []


@pytest.mark.postgres
def test_a_wrong_server_password_gets_a_message_without_the_password(
    pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from tests.pgserver import PASSWORD_ROLE

    owner = create_engine(pg_url)
    try:
        with owner.begin() as connection:
            connection.execute(text(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}"))
            connection.execute(text(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD 'benar-5150'"))
    finally:
        owner.dispose()
    wrong = (
        make_url(pg_url)
        .set(username=PASSWORD_ROLE, password="salah-2024")
        .render_as_string(hide_password=False)
    )
    code, said = run(capsys, monkeypatch, "--db", wrong, "journal", "verify")
    assert code == EXIT_SERVER and f"refused the login {PASSWORD_ROLE}" in said
    assert "salah-2024" not in said and ".pgpass" in said


def test_a_damaged_database_is_restored_with_the_backups_admin(
    sqlite_url: str,
    clock: Clock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _showroom_file(sqlite_url, clock)
    backup = tmp_path / "cadangan-kemarin.sqlite3"
    code, _ = run(
        capsys,
        monkeypatch,
        "--db",
        sqlite_url,
        "backup",
        str(backup),
        "--as",
        "admin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0
    backup_bytes = backup.read_bytes()
    _damage(path, "users")
    code, said = run(
        capsys,
        monkeypatch,
        "--db",
        sqlite_url,
        "restore",
        str(backup),
        "--yes",
        "--as",
        "admin",
        stdin="salah-sekali\n",
    )
    assert code == EXIT_REFUSED and "kept at" not in said  # still a password it must know
    code, said = run(
        capsys,
        monkeypatch,
        "--db",
        sqlite_url,
        "restore",
        str(backup),
        "--yes",
        "--as",
        "admin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0 and "kept at" in said and "OK" in said, said
    assert backup.read_bytes() == backup_bytes  # the backup itself was only read
