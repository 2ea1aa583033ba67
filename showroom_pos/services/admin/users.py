"""User accounts: adding them (the first admin too), passwords, locking and roles."""

from __future__ import annotations

import re
from typing import Any

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom_pos.db.models import User
from showroom_pos.domain.errors import AuthError, PermissionDenied, ValidationError
from showroom_pos.domain.roles import Action, Role, action_term
from showroom_pos.domain.text import Term
from showroom_pos.domain.validation import clean_text
from showroom_pos.services.admin import anchors
from showroom_pos.services.admin.auth import HASHER, current_user, require, to_actor
from showroom_pos.services.admin.types import Actor, UserView
from showroom_pos.services.common import record
from showroom_pos.services.context import Ledger

MIN_PASSWORD = 8
_USERNAME = re.compile(r"^[a-z0-9._-]{2,32}$")


def _view(user: User) -> UserView:
    return UserView(
        user.id,
        user.username,
        user.full_name,
        user.role,
        user.active,
        user.locked_until,
        user.last_login_at,
    )


def _clean_username(value: Any) -> str:
    text = clean_text("field_name.username", value, max_len=32).lower()
    if not _USERNAME.match(text):
        raise ValidationError("user.bad_name")
    return text


def _clean_role(value: Any) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError("user.bad_role", role=value) from None


def _check_new_password(password: Any) -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise ValidationError("auth.password_short", min=MIN_PASSWORD)
    if len(password) > 256:
        raise ValidationError("field.too_long", field=Term("field_name.password"), max=256)
    return password


def count_users(ledger: Ledger) -> int:
    with ledger.read() as session:
        return int(session.scalar(select(func.count()).select_from(User)) or 0)


def _create(
    session: Session,
    ledger: Ledger,
    *,
    username: Any,
    full_name: Any,
    role: Any,
    password: Any,
    by: int | None,
) -> User:
    name = _clean_username(username)
    checked_role = _clean_role(role)
    full = clean_text("field_name.full_name", full_name, max_len=100)
    secret = _check_new_password(password)
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise ValidationError("user.exists", username=name)
    now = ledger.now()
    user = User(
        username=name,
        full_name=full,
        role=checked_role.value,
        password_hash=HASHER.hash(secret),
        active=True,
        failed_logins=0,
        created_at=now,
    )
    session.add(user)
    record(
        session,
        action="user.add",
        user_id=by if by is not None else user.id,
        at=now,
        summary=f"user {name} ({checked_role.value}) added",
        records=[user],
    )
    return user


def create_first_admin(ledger: Ledger, *, username: str, full_name: str, password: str) -> Actor:
    """The first account of a new database; refused once any user exists."""

    def work(session: Session) -> Actor:
        if session.scalar(select(func.count()).select_from(User)):
            raise PermissionDenied(
                "permission.denied", role="-", action=action_term(Action.MANAGE_USERS)
            )
        admin = _create(
            session,
            ledger,
            username=username,
            full_name=full_name,
            role=Role.ADMIN,
            password=password,
            by=None,
        )
        anchors.register_key(
            session, at=ledger.now(), user_id=admin.id, database=anchors.database_name(ledger.url)
        )
        return to_actor(admin)

    return ledger.run_write(work)


def add_user(
    ledger: Ledger, *, actor: Actor, username: str, full_name: str, role: str, password: str
) -> UserView:
    def work(session: Session) -> UserView:
        require(session, actor, Action.MANAGE_USERS)
        return _view(
            _create(
                session,
                ledger,
                username=username,
                full_name=full_name,
                role=role,
                password=password,
                by=actor.user_id,
            )
        )

    return ledger.run_write(work)


def _find(session: Session, username: Any) -> User:
    name = username.strip().lower() if isinstance(username, str) else ""
    user = session.scalar(select(User).where(User.username == name))
    if user is None:
        raise ValidationError("user.not_found", username=name)
    return user


def change_password(
    ledger: Ledger,
    *,
    actor: Actor,
    username: str,
    new_password: str,
    old_password: str | None = None,
) -> None:
    """Users change their own password (old one required); admins reset anyone's."""

    def work(session: Session) -> None:
        me = current_user(session, actor)
        target = _find(session, username)
        if target.id == me.id and old_password is not None:
            try:
                HASHER.verify(target.password_hash, old_password)
            except (VerificationError, InvalidHashError):
                raise AuthError("auth.failed") from None
        else:
            require(session, actor, Action.MANAGE_USERS)
        target.password_hash = HASHER.hash(_check_new_password(new_password))
        target.failed_logins = 0
        target.locked_until = None
        record(
            session,
            action="user.password",
            user_id=me.id,
            at=ledger.now(),
            summary=f"password of {target.username} changed",
            records=[target],
        )

    ledger.run_write(work)


def _active_admins(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(User).where(User.role == Role.ADMIN, User.active)
        )
        or 0
    )


def set_user_active(ledger: Ledger, *, actor: Actor, username: str, active: bool) -> UserView:
    """Lock (deactivate) or unlock an account; unlocking also clears a login lock-out."""

    def work(session: Session) -> UserView:
        require(session, actor, Action.MANAGE_USERS)
        target = _find(session, username)
        if (
            not active
            and target.role == Role.ADMIN
            and target.active
            and _active_admins(session) <= 1
        ):
            raise ValidationError("user.last_admin")
        target.active = active
        if active:
            target.failed_logins = 0
            target.locked_until = None
        record(
            session,
            action="user.unlock" if active else "user.lock",
            user_id=actor.user_id,
            at=ledger.now(),
            summary=f"user {target.username} {'unlocked' if active else 'locked'}",
            records=[target],
        )
        return _view(target)

    return ledger.run_write(work)


def set_user_role(ledger: Ledger, *, actor: Actor, username: str, role: str) -> UserView:
    def work(session: Session) -> UserView:
        require(session, actor, Action.MANAGE_USERS)
        target = _find(session, username)
        new_role = _clean_role(role)
        if target.role == Role.ADMIN and new_role != Role.ADMIN and _active_admins(session) <= 1:
            raise ValidationError("user.last_admin")
        target.role = new_role.value
        record(
            session,
            action="user.role",
            user_id=actor.user_id,
            at=ledger.now(),
            summary=f"role of {target.username} set to {new_role.value}",
            records=[target],
        )
        return _view(target)

    return ledger.run_write(work)


def list_users(ledger: Ledger, *, actor: Actor) -> list[UserView]:
    with ledger.read() as session:
        require(session, actor, Action.MANAGE_USERS)
        return [_view(u) for u in session.scalars(select(User).order_by(User.username))]
