"""`journal verify`: the check passes, catches tampering, and warns of a risky database."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from showroom_pos.cli import main
from tests.cli.runner import run


def test_journal_verify_passes_then_catches_tampering(
    admin_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(
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
    assert code == 0 and "OK" in out
    engine = create_engine(admin_db)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE users SET full_name = 'Orang Lain' WHERE username = 'admin'")
        )
    engine.dispose()
    code, out, _ = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db,
        "--lang",
        "en",
        "journal",
        "verify",
        "--as",
        "admin",
        stdin="rahasia-123\n",
    )
    assert code == 3 and "FAILED" in out and "users#1" in out


def test_a_sqlite_file_on_a_network_share_is_warned_about(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import showroom_pos.app

    assert main(["--db", sqlite_url, "journal", "verify"]) == 0
    assert "PERINGATAN" not in capsys.readouterr().err
    monkeypatch.setattr(showroom_pos.app, "network_share", lambda path: "nfs4")
    assert main(["--db", sqlite_url, "--lang", "en", "journal", "verify"]) == 0
    assert "WARNING: A SQLite file on a network share is not safe" in capsys.readouterr().err
    assert main(["--db", sqlite_url, "journal", "verify"]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert any(line.startswith("PERINGATAN: ") for line in lines)
    assert not any(line.startswith("WARNING:") for line in lines)
