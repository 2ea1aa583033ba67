"""Shared fixtures: a real database file per test, a settable clock, and the showroom's people."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from showroom_pos.app import open_ledger
from showroom_pos.services.admin import auth, settings, users
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.stock import consignment, makers
from showroom_pos.services.stock.types import IntakeLineInput, ItemFields, MakerInput
from showroom_pos.services.till import shifts

# CI replays the same examples every run, so a landing never hinges on a lucky draw; on a
# developer's machine each run draws new ones (and keeps any failure to replay).
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

PASSWORD = "rahasia-123"


@pytest.fixture(scope="session", autouse=True)
def _showroom_key(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One signing key for the whole run, as on the one computer that closes the showroom's
    days (set before any module's demo database is built; child processes inherit it)."""
    os.environ["SHOWROOM_POS_KEY"] = str(tmp_path_factory.mktemp("key") / "showroom.pem")
    yield
    os.environ.pop("SHOWROOM_POS_KEY", None)


@pytest.fixture(autouse=True)
def _private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing a test does touches the real user data folder."""
    monkeypatch.setenv("SHOWROOM_POS_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("SHOWROOM_POS_DB", raising=False)


class Clock:
    """A clock the test moves by hand; starts on a Monday morning in Pekalongan (WIB)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 10, 5, 2, 0, tzinfo=UTC)  # 09:00 WIB

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now

    def set(self, moment: datetime) -> datetime:
        self.now = moment
        return moment


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _postgres_url(request: pytest.FixtureRequest) -> str:
    from tests import pgserver

    reason = pgserver.pg_unavailable_reason()
    if reason:
        if os.environ.get("SHOWROOM_POS_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required here but unavailable: {reason}")
        pytest.skip(reason)
    server = request.getfixturevalue("postgres_server")
    name = "t_" + os.urandom(6).hex()
    url: str = server.create_database(name)
    return url


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    from tests import pgserver

    server = pgserver.PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database: a real SQLite file, and a real PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'showroom.sqlite3'}"
    return _postgres_url(request)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'showroom.sqlite3'}"


@pytest.fixture
def ledger(db_url: str, clock: Clock) -> Iterator[Ledger]:
    opened = open_ledger(db_url, clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_ledger(sqlite_url: str, clock: Clock) -> Iterator[Ledger]:
    opened = open_ledger(sqlite_url, clock=clock)
    yield opened
    opened.close()


@dataclass
class Showroom:
    """A small showroom: one person per role, a till, one maker with a few items in stock."""

    ledger: Ledger
    clock: Clock
    admin: Actor
    supervisor: Actor
    treasurer: Actor
    cashier: Actor
    staff: Actor
    terminal: str = "K1"
    maker: str = "PKL001"

    def people(self) -> dict[str, Actor]:
        return {
            "admin": self.admin,
            "supervisor": self.supervisor,
            "treasurer": self.treasurer,
            "cashier": self.cashier,
            "staff": self.staff,
        }


def build_showroom(ledger: Ledger, clock: Clock) -> Showroom:
    admin = users.create_first_admin(
        ledger, username="admin", full_name="Admin Dekranasda", password=PASSWORD
    )
    people = {}
    for name, full, role in (
        ("sari", "Sari Wulandari", "supervisor"),
        ("bendahara", "Rina Bendahara", "treasurer"),
        ("budi", "Budi Santoso", "cashier"),
        ("dewi", "Dewi Lestari", "staff"),
    ):
        users.add_user(
            ledger, actor=admin, username=name, full_name=full, role=role, password=PASSWORD
        )
        people[role] = auth.login(ledger, username=name, password=PASSWORD)
    settings.add_terminal(ledger, actor=admin, code="K1", name="Kasir depan")
    makers.add_maker(
        ledger,
        actor=people["staff"],
        data=MakerInput(
            code="PKL001",
            name="Siti Aminah",
            business_name="Batik Tulis Siti",
            nik="3375014101800001",
            nib="1234567890123",
            phone="0812-2900-1234",
            village="Kauman",
            bank_name="BRI",
            bank_account="002101000123456",
            bank_account_holder="Siti Aminah",
        ),
    )
    consignment.receive_consignment(
        ledger,
        actor=people["staff"],
        maker_code="PKL001",
        lines=[
            IntakeLineInput(
                1,
                ItemFields(
                    "Kain panjang tulis Jlamprang",
                    "kain panjang",
                    "tulis",
                    1_250_000,
                    motif="Jlamprang",
                    unique_piece=True,
                ),
            ),
            IntakeLineInput(
                5,
                ItemFields(
                    "Kemeja cap Buketan lengan panjang", "kemeja", "cap", 250_000, motif="Buketan"
                ),
            ),
            IntakeLineInput(
                3,
                ItemFields(
                    "Selendang sutra kombinasi Tujuh Rupa",
                    "selendang",
                    "kombinasi",
                    475_000,
                    motif="Tujuh Rupa",
                ),
            ),
        ],
    )
    shifts.open_shift(ledger, actor=people["cashier"], terminal_code="K1", opening_float=300_000)
    return Showroom(
        ledger,
        clock,
        admin,
        people["supervisor"],
        people["treasurer"],
        people["cashier"],
        people["staff"],
    )


@pytest.fixture
def showroom(ledger: Ledger, clock: Clock) -> Showroom:
    return build_showroom(ledger, clock)


@pytest.fixture
def sqlite_showroom(sqlite_ledger: Ledger, clock: Clock) -> Showroom:
    return build_showroom(sqlite_ledger, clock)


def demo_database(
    factory: pytest.TempPathFactory, *, now: datetime, seed: int, **size: int
) -> Path:
    """A demo showroom built once per test module (read-only: tests work on copies)."""
    from showroom_pos.services.admin import demo

    path = factory.mktemp("demo") / "demo.db"
    ledger = open_ledger(f"sqlite:///{path}", clock=lambda: now)
    try:
        demo.fill_demo_data(ledger, seed=seed, now=now, **size)
    finally:
        ledger.close()
    return path


def opened_copy(source: Path, folder: Path, now: datetime) -> Iterator[Ledger]:
    """A fresh copy of a demo database for one test, opened with a fixed clock."""
    import shutil

    copy = folder / "demo.db"
    shutil.copy(source, copy)
    ledger = open_ledger(f"sqlite:///{copy}", clock=lambda: now)
    yield ledger
    ledger.close()
