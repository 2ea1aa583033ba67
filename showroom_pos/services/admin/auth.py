"""Logging in and checking passwords; the one place that checks an actor's right to act."""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

from argon2 import PasswordHasher, Type
from argon2.exceptions import HashingError, InvalidHashError, VerificationError
from argon2.low_level import hash_secret_raw
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.orm import Session

from showroom_pos.db.models import User
from showroom_pos.domain.errors import AuthError, PermissionDenied
from showroom_pos.domain.lockout import lock_delay
from showroom_pos.domain.roles import (
    EVENT_LAPTOP_ACTIONS,
    OVERRIDABLE,
    Action,
    Role,
    action_term,
    may,
    role_term,
)
from showroom_pos.domain.validation import storable_text
from showroom_pos.services.admin.types import Actor, Approval
from showroom_pos.services.common import event_here_code, record
from showroom_pos.services.context import Ledger

# OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# Verified against when the user is unknown, so both refusals take the same time.
_DUMMY_HASH = HASHER.hash("showroom-pos: no such user")


def _load_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise AuthError("auth.failed")
    if not user.active:
        raise AuthError("auth.inactive")
    return user


def current_user(session: Session, actor: Actor) -> User:
    """The acting user, loaded and checked to be active."""
    return _load_user(session, actor.user_id)


def require(session: Session, actor: Actor, action: Action) -> User:
    """The acting user, loaded and checked: active, and their role may do `action`."""
    user = _load_user(session, actor.user_id)
    if not may(user.role, action):
        raise PermissionDenied(
            "permission.denied", role=role_term(user.role), action=action_term(action)
        )
    refuse_on_event_laptop(session, action)
    return user


def refuse_on_event_laptop(session: Session, action: Action) -> None:
    """On an event laptop's database only selling and what goes with it may be done."""
    if action not in EVENT_LAPTOP_ACTIONS and event_here_code(session) is not None:
        raise PermissionDenied("event.laptop_only_sells", action=action_term(action))


def approve(ledger: Ledger, approval: Approval | None) -> int | None:
    """Check an override's password before the action's own transaction; the approver's id."""
    if approval is None:
        return None
    return authenticate(ledger, approval.username, approval.password)


def require_or_approved(
    session: Session, actor: Actor, action: Action, approver_id: int | None
) -> tuple[User, User]:
    """The actor and who approved: the actor themselves if their role may, else a supervisor
    whose password was checked by `approve`."""
    user = _load_user(session, actor.user_id)
    refuse_on_event_laptop(session, action)
    if approver_id is None:
        if may(user.role, action):
            return user, user
        if action in OVERRIDABLE:
            raise PermissionDenied("approval.required")
        raise PermissionDenied(
            "permission.denied", role=role_term(user.role), action=action_term(action)
        )
    approver = _load_user(session, approver_id)
    if approver.id == user.id:
        raise PermissionDenied("approval.same_user")
    if not may(approver.role, action):
        raise PermissionDenied("approval.not_allowed", user=approver.username)
    return user, approver


def to_actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.full_name, user.role)


def authenticate(ledger: Ledger, username: Any, password: Any, *, is_login: bool = False) -> int:
    """The id of the user whose password this is; a failure is counted and journaled.

    The same refusal for an unknown name and a wrong password, taking the same time.
    """
    now = ledger.now()
    name = username.strip().lower() if isinstance(username, str) else ""
    if not name.isprintable():  # no user is named so: a refusal like any unknown name
        name = ""
    secret = password if isinstance(password, str) else ""
    if not storable_text(secret):
        secret = ""
    if ledger.engines.write.dialect.name == "postgresql":
        return _authenticate_on_server(ledger, name, secret, now, is_login=is_login)
    with ledger.read() as session:
        user = session.scalar(select(User).where(User.username == name)) if name else None
        if user is None:
            try:
                HASHER.verify(_DUMMY_HASH, secret or "-")
            except VerificationError:
                pass
            failed_id = None
        else:
            if user.locked_until is not None and user.locked_until > now:
                try:  # as long as any refusal, and worded like one
                    HASHER.verify(_DUMMY_HASH, secret or "-")
                except VerificationError:
                    pass
                raise AuthError("auth.locked")
            try:
                HASHER.verify(user.password_hash, secret)
            except (VerificationError, InvalidHashError):
                failed_id = user.id
            else:
                if not user.active:
                    raise AuthError("auth.inactive")
                return user.id
    _record_failure(ledger, failed_id, name, now)
    raise AuthError("auth.failed")


def _journal_failure(
    session: Session, user: User | None, username: str, now: datetime, locked: bool
) -> None:
    # An unknown name may be a password typed in the wrong field: it is not recorded.
    if locked and user is not None and user.locked_until is not None:
        record(
            session,
            action="user.lockout",
            user_id=user.id,
            at=now,
            summary=f"{username} locked until {user.locked_until:%H:%M} "
            f"UTC after {user.failed_logins} failures",
        )
    shown = username if user is not None else "(unknown user)"
    record(
        session,
        action="login.failed",
        user_id=user.id if user else None,
        at=now,
        summary=f"failed login for {shown}",
    )


def _record_failure(ledger: Ledger, user_id: int | None, username: str, now: datetime) -> None:
    def work(session: Session) -> None:
        user = session.get(User, user_id) if user_id is not None else None
        locked = False
        if user is not None:
            user.failed_logins += 1
            delay = lock_delay(user.failed_logins)
            if delay:
                user.locked_until = now + delay
                locked = True
        _journal_failure(session, user, username, now, locked)

    ledger.run_write(work)


_ARGON2_TYPES = {"argon2id": Type.ID, "argon2i": Type.I, "argon2d": Type.D}


def _hashed_like(setting: str | None, secret: str) -> str | None:
    """`secret` hashed with the parameters and salt of a stored hash, given as
    `$argon2id$v=19$m=..,t=..,p=..$SALT$LENGTH` (see `db/pg_private.py`)."""
    try:
        prefix, length = (setting or "").rsplit("$", 1)
        _, kind, version, costs, salt = prefix.split("$")
        cost = dict(part.split("=", 1) for part in costs.split(","))
        raw = hash_secret_raw(
            secret.encode(),
            base64.b64decode(salt + "=" * (-len(salt) % 4)),
            time_cost=int(cost["t"]),
            memory_cost=int(cost["m"]),
            parallelism=int(cost["p"]),
            hash_len=int(length),
            type=_ARGON2_TYPES[kind],
            version=int(version.removeprefix("v=")),
        )
    except (ValueError, KeyError, HashingError):
        return None
    return f"{prefix}${base64.b64encode(raw).decode().rstrip('=')}"


def _authenticate_on_server(
    ledger: Ledger, name: str, secret: str, now: datetime, *, is_login: bool
) -> int:
    """PostgreSQL: the database compares and counts, clears the count on success and records a
    login (the tills' login may neither read hashes nor change accounts); the program hashes
    what was typed with the stored salt, and journals the outcome."""
    with ledger.read() as session:
        setting = session.scalar(text("SELECT showroom_password_setting(:name)"), {"name": name})
    candidate = _hashed_like(setting, secret or "-")

    def work(session: Session) -> tuple[str, int | None]:
        outcome = (
            session.scalar(
                text("SELECT showroom_check_password(:name, :candidate, :is_login)"),
                {"name": name, "candidate": candidate, "is_login": is_login},
            )
            if name
            else None
        )
        user = session.get(User, outcome) if outcome and outcome > 0 else None
        if user is not None:
            return ("inactive", None) if not user.active else ("ok", user.id)
        if outcome == -1:
            return "locked", None
        user = session.scalar(select(User).where(User.username == name)) if outcome == 0 else None
        if user is not None:
            session.refresh(user)  # as the database's count left it
        _journal_failure(
            session,
            user,
            name,
            now,
            locked=user is not None and bool(lock_delay(user.failed_logins)),
        )
        return "failed", None

    verdict, user_id = ledger.run_write(work)
    if verdict == "ok" and user_id is not None:
        return user_id
    raise AuthError(
        {"inactive": "auth.inactive", "locked": "auth.locked"}.get(verdict, "auth.failed")
    )


def login(ledger: Ledger, *, username: str, password: str) -> Actor:
    """Log in; repeated failures lock the account for a delay that grows with each one."""
    user_id = authenticate(ledger, username, password, is_login=True)
    counted_by_database = ledger.engines.write.dialect.name == "postgresql"

    def work(session: Session) -> Actor:
        user = _load_user(session, user_id)
        now = ledger.now()
        if not counted_by_database:  # there the password check did this
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
        record(
            session, action="login", user_id=user.id, at=now, summary=f"{user.username} logged in"
        )
        return to_actor(user)

    return ledger.run_write(work)


def admin_of_any_version(engine: Engine, username: Any, password: Any) -> bool | None:
    """Before an upgrade, when the program's models may not match the schema yet: whether
    `username` is an active admin whose password this is (read with plain SQL, on the owner's
    login). None when the database has no accounts yet (a new one: nothing to protect)."""
    name = username.strip().lower() if isinstance(username, str) else ""
    secret = password if isinstance(password, str) else ""
    with engine.connect() as connection:
        if (
            not inspect(connection).has_table("users")
            or not connection.execute(text("SELECT count(*) FROM users")).scalar()
        ):
            return None
        row = connection.execute(
            text("SELECT password_hash, role, active FROM users WHERE username = :name"),
            {"name": name},
        ).first()
    try:
        HASHER.verify(row[0] if row is not None else _DUMMY_HASH, secret or "-")
    except (VerificationError, InvalidHashError):
        return False
    return row is not None and row[1] == Role.ADMIN and bool(row[2])
