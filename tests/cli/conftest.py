"""A database with its first admin, made through the command line."""

from __future__ import annotations

import pytest

from tests.cli.runner import PASSWORD, run


@pytest.fixture
def admin_db(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> str:
    code, out, _ = run(
        capsys,
        monkeypatch,
        "--db",
        sqlite_url,
        "user",
        "add",
        "admin",
        "--role",
        "admin",
        "--full-name",
        "Admin Dekranasda",
        stdin=f"{PASSWORD}\n",
    )
    assert code == 0, out
    return sqlite_url
