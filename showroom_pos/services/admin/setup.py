"""First run of a new database: the showroom's identity, the first admin and this till, at once."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom_pos.db.models import User
from showroom_pos.domain.errors import PermissionDenied
from showroom_pos.domain.roles import Action, Role, action_term
from showroom_pos.services.admin import anchors
from showroom_pos.services.admin.auth import to_actor
from showroom_pos.services.admin.settings import add_terminal_in, set_settings_in
from showroom_pos.services.admin.types import Actor, ShowroomSetup
from showroom_pos.services.admin.users import _create
from showroom_pos.services.context import Ledger


def set_up_showroom(ledger: Ledger, *, setup: ShowroomSetup) -> Actor:
    """All or nothing: a half-finished set-up never leaves a database without an admin."""

    def work(session: Session) -> Actor:
        if session.scalar(select(func.count()).select_from(User)):
            raise PermissionDenied(
                "permission.denied", role="-", action=action_term(Action.MANAGE_USERS)
            )
        admin = _create(
            session,
            ledger,
            username=setup.admin_username,
            full_name=setup.admin_full_name,
            role=Role.ADMIN,
            password=setup.admin_password,
            by=None,
        )
        values = {
            "showroom.name": setup.showroom_name,
            "showroom.address": setup.showroom_address,
            "receipt.printer": setup.receipt_printer,
        }
        if setup.receipt_profile:
            values["receipt.profile"] = setup.receipt_profile
        if setup.logo_path:
            values["showroom.logo"] = setup.logo_path
        set_settings_in(session, ledger, admin.id, values)
        add_terminal_in(session, ledger, admin.id, setup.till_code, setup.till_name)
        anchors.register_key(
            session, at=ledger.now(), user_id=admin.id, database=anchors.database_name(ledger.url)
        )
        return to_actor(admin)

    return ledger.run_write(work)
