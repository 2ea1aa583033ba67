"""People and roles: who may do what, passwords, lockout after repeated failures."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from showroom_pos.db.models import User
from showroom_pos.domain.errors import AuthError, PermissionDenied, ValidationError
from showroom_pos.domain.lockout import LOCK_MAX
from showroom_pos.domain.roles import PERMISSIONS, Action, Role, may
from showroom_pos.services.admin import auth, settings, users
from showroom_pos.services.settlement import settlements
from showroom_pos.services.stock import consignment, makers
from showroom_pos.services.stock.types import IntakeLineInput, MakerInput
from tests.conftest import PASSWORD, Showroom
from tests.ledgerstate import journal_actions


def test_passwords_are_stored_as_argon2id_hashes(sqlite_showroom: Showroom) -> None:
    with sqlite_showroom.ledger.read() as session:
        hashes = list(session.scalars(select(User.password_hash)))
    assert len(hashes) == 5
    assert all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)


def test_wrong_password_and_unknown_user_get_the_same_refusal(sqlite_showroom: Showroom) -> None:
    ledger = sqlite_showroom.ledger
    with pytest.raises(AuthError) as wrong:
        auth.login(ledger, username="budi", password="salah-sekali")
    with pytest.raises(AuthError) as unknown:
        auth.login(ledger, username="tidakada", password="salah-sekali")
    assert wrong.value.message("id") == unknown.value.message("id")
    assert journal_actions(ledger)[-2:] == ["login.failed", "login.failed"]


def test_repeated_failures_lock_the_account_for_a_growing_delay(sqlite_showroom: Showroom) -> None:
    ledger, clock = sqlite_showroom.ledger, sqlite_showroom.clock
    for _ in range(5):
        with pytest.raises(AuthError) as failed:
            auth.login(ledger, username="budi", password="tebak-tebak")
        assert failed.value.code == "auth.failed"
    with pytest.raises(AuthError) as locked:
        auth.login(ledger, username="budi", password=PASSWORD)
    assert locked.value.code == "auth.locked"
    with pytest.raises(AuthError) as unknown:  # the lock says nothing an unknown name would not
        auth.login(ledger, username="tidakada", password=PASSWORD)
    for lang in ("id", "en"):
        assert locked.value.message(lang) == unknown.value.message(lang)
    clock.advance(minutes=1, seconds=1)
    with pytest.raises(AuthError):
        auth.login(ledger, username="budi", password="masih-salah")
    clock.advance(minutes=1, seconds=1)  # the delay doubled to two minutes
    with pytest.raises(AuthError) as still:
        auth.login(ledger, username="budi", password=PASSWORD)
    assert still.value.code == "auth.locked"
    clock.advance(minutes=1)
    assert auth.login(ledger, username="budi", password=PASSWORD).username == "budi"
    assert "user.lockout" in journal_actions(ledger)
    assert auth.lock_delay(4) == timedelta(0)
    assert auth.lock_delay(30) == LOCK_MAX


def test_inactive_user_cannot_log_in_and_last_admin_stays(sqlite_showroom: Showroom) -> None:
    ledger, admin = sqlite_showroom.ledger, sqlite_showroom.admin
    users.set_user_active(ledger, actor=admin, username="budi", active=False)
    with pytest.raises(AuthError) as inactive:
        auth.login(ledger, username="budi", password=PASSWORD)
    assert inactive.value.code == "auth.inactive"
    with pytest.raises(ValidationError) as last:
        users.set_user_active(ledger, actor=admin, username="admin", active=False)
    assert last.value.code == "user.last_admin"


def test_new_users_need_a_decent_password_and_a_known_role(sqlite_showroom: Showroom) -> None:
    ledger, admin = sqlite_showroom.ledger, sqlite_showroom.admin
    with pytest.raises(ValidationError) as short:
        users.add_user(
            ledger, actor=admin, username="ani", full_name="Ani", role="cashier", password="1234"
        )
    assert short.value.code == "auth.password_short"
    with pytest.raises(ValidationError):
        users.add_user(
            ledger, actor=admin, username="ani", full_name="Ani", role="boss", password=PASSWORD
        )
    with pytest.raises(ValidationError):
        users.add_user(
            ledger,
            actor=admin,
            username="budi",
            full_name="Budi Lagi",
            role="cashier",
            password=PASSWORD,
        )
    with pytest.raises(PermissionDenied):
        users.add_user(
            ledger,
            actor=sqlite_showroom.supervisor,
            username="ani",
            full_name="Ani",
            role="cashier",
            password=PASSWORD,
        )
    users.change_password(
        ledger,
        actor=sqlite_showroom.cashier,
        username="budi",
        new_password="baru-lagi-123",
        old_password=PASSWORD,
    )
    assert auth.login(ledger, username="budi", password="baru-lagi-123").username == "budi"


def test_permission_matrix_is_what_the_showroom_agreed() -> None:
    assert PERMISSIONS[Role.ADMIN] == frozenset(Action)
    assert may("supervisor", Action.CLOSE_PERIOD) and not may("supervisor", Action.MANAGE_USERS)
    assert may("treasurer", Action.RECORD_PAYOUT) and not may("treasurer", Action.SELL)
    assert may("cashier", Action.SELL) and not may("cashier", Action.REFUND)
    assert not may("cashier", Action.VIEW_MAKER_PRIVATE)
    assert may("staff", Action.RECEIVE_CONSIGNMENT) and not may("staff", Action.CHANGE_PRICE)
    assert not may("nobody", Action.SELL)


@pytest.mark.parametrize("role", ["cashier", "treasurer"])
def test_roles_are_enforced_by_the_services(sqlite_showroom: Showroom, role: str) -> None:
    actor = sqlite_showroom.people()[role]
    ledger = sqlite_showroom.ledger
    refusals = [
        lambda: makers.add_maker(ledger, actor=actor, data=MakerInput(code="PKL009", name="Baru")),
        lambda: consignment.receive_consignment(
            ledger,
            actor=actor,
            maker_code="PKL001",
            lines=[IntakeLineInput(1, existing_code="PKL001-00002")],
        ),
        lambda: settlements.close_period(ledger, actor=actor, period="2026-09"),
        lambda: settings.add_terminal(ledger, actor=actor, code="K9", name="Pameran"),
    ]
    for attempt in refusals:
        with pytest.raises(PermissionDenied) as refused:
            attempt()
        assert refused.value.message("id") and refused.value.message("en")
