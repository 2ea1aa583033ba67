"""No password, nor its hash, ever reaches a log, the journal or an export; a password hash
changed behind the program's back is still caught by the journal check."""

from __future__ import annotations

import io
import logging
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from showroom_pos.cli import main
from showroom_pos.db import private
from showroom_pos.db.journal import concealed
from showroom_pos.db.models import JournalEntry, User
from showroom_pos.domain.errors import ShowroomError
from showroom_pos.services.admin import archive, auth, users
from showroom_pos.services.admin.integrity import check_ledger
from showroom_pos.services.admin.types import Approval
from showroom_pos.services.stock import counts
from tests.conftest import PASSWORD, Showroom

NEW_PASSWORD = "kunci-baru-7731"
WRONG_PASSWORD = "tebakan-salah-4242"
CLI_PASSWORD = "sandi-cli-5150"


def _journal_payloads(showroom: Showroom) -> str:
    with showroom.ledger.read() as session:
        return "\n".join(session.scalars(select(JournalEntry.payload)))


def test_passwords_never_reach_logs_journal_or_exports(
    sqlite_showroom: Showroom,
    sqlite_url: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ledger = sqlite_showroom.ledger
    caplog.set_level(logging.DEBUG)
    for _ in range(4):  # up to a lock-out
        with pytest.raises(ShowroomError):
            auth.login(ledger, username="budi", password=WRONG_PASSWORD)
    with pytest.raises(ShowroomError):
        auth.login(ledger, username=WRONG_PASSWORD, password=PASSWORD)  # name and password swapped
    with pytest.raises(ShowroomError):
        counts.adjust_stock(
            ledger,
            actor=sqlite_showroom.staff,
            code="PKL001-00003",
            quantity=-1,
            reason="rusak",
            approval=Approval("sari", WRONG_PASSWORD),
        )
    users.change_password(
        ledger, actor=sqlite_showroom.admin, username="dewi", new_password=NEW_PASSWORD
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n{CLI_PASSWORD}\n"))
    assert (
        main(
            [
                "--verbose",
                "--db",
                sqlite_url,
                "user",
                "add",
                "ani",
                "--role",
                "cashier",
                "--full-name",
                "Ani Rahma",
                "--as",
                "admin",
            ]
        )
        == 0
    )
    export = archive.export_archive(
        ledger,
        actor=sqlite_showroom.admin,
        first_day=date(2026, 10, 1),
        last_day=date(2026, 10, 31),
        out_dir=tmp_path / "arsip",
    )
    printed = capsys.readouterr()
    with ledger.read() as session:
        hashes = list(session.scalars(select(User.password_hash)))
    exported = "\n".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in export.folder.iterdir()
        if path.is_file()
    )
    places = {
        "log": caplog.text,
        "output": printed.out + printed.err,
        "journal": _journal_payloads(sqlite_showroom),
        "export": exported,
    }
    assert '"password_hash":"key256:' in places["journal"] and "login.failed" in exported
    for place, content in places.items():
        for secret in (PASSWORD, NEW_PASSWORD, WRONG_PASSWORD, CLI_PASSWORD, *hashes):
            assert secret not in content, f"a secret is in the {place}"
        assert "$argon2" not in content, f"a password hash is in the {place}"
    assert check_ledger(ledger).ok


def test_a_password_hash_changed_in_the_database_is_caught(sqlite_showroom: Showroom) -> None:
    ledger = sqlite_showroom.ledger
    with ledger.read() as session:
        admin_hash = session.scalar(select(User.password_hash).where(User.username == "admin"))
    with ledger.engines.write.begin() as connection:  # take the cashier's account over
        connection.execute(
            text("UPDATE users SET password_hash = :h WHERE username = 'budi'"), {"h": admin_hash}
        )
    report = check_ledger(ledger)
    assert not report.ok
    assert any(problem.table == "users" for problem in report.problems)


def test_entries_written_with_the_hash_itself_compare_like_concealed_ones(
    sqlite_showroom: Showroom,
) -> None:
    raw = {"id": 1, "username": "budi", "password_hash": "$argon2id$v=19$m=19456,t=2,p=1$abc"}
    with sqlite_showroom.ledger.read() as session:
        once = concealed(User, raw, lambda value: private.conceal(session, value))
        assert once["password_hash"].startswith("key256:") and once["username"] == "budi"
        assert concealed(User, once, lambda value: private.conceal(session, value)) == once
