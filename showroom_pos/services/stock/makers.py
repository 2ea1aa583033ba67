"""Member makers: add, edit, deactivate (never delete), and look them up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, object_session

from showroom_pos.db import private
from showroom_pos.db.models import Maker, User
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.periods import to_local
from showroom_pos.domain.roles import Action, may
from showroom_pos.domain.text import Term
from showroom_pos.domain.validation import (
    check_commission,
    check_count,
    clean_bank_account,
    clean_code,
    clean_digits,
    clean_phone,
    clean_text,
    mask_account,
    mask_nik,
    mask_phone,
    search_text,
)
from showroom_pos.services.admin.auth import current_user, require
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.common import contains, record
from showroom_pos.services.context import Ledger
from showroom_pos.services.lookups import maker_row
from showroom_pos.services.stock.types import MakerInput, MakerView

MAX_LISTED = 100_000


def maker_view(maker: Maker, user: User) -> MakerView:
    session = object_session(maker)
    assert session is not None
    nik, phone, account, values = private.maker_private(session, maker)
    shown = values and may(user.role, Action.VIEW_MAKER_PRIVATE)
    if not shown:
        nik, phone, account = private.masked(nik, phone, account, values)
    return MakerView(
        id=maker.id,
        code=maker.code,
        name=maker.name,
        business_name=maker.business_name,
        nik=nik,
        nib=maker.nib,
        phone=phone,
        address=maker.address,
        village=maker.village,
        bank_name=maker.bank_name,
        bank_account=account,
        bank_account_holder=maker.bank_account_holder,
        commission_bp=maker.commission_bp,
        active=maker.active,
        joined_on=maker.joined_on,
        notes=maker.notes,
        private_shown=shown,
    )


def _apply(maker: Maker, data: MakerInput, today: date) -> None:
    maker.name = clean_text("field_name.name", data.name, max_len=100)
    maker.business_name = (
        clean_text("field_name.business_name", data.business_name, max_len=150, required=False)
        or None
    )
    maker.nik = clean_digits("field_name.nik", data.nik, 16)
    maker.nib = clean_digits("field_name.nib", data.nib, 13)
    maker.phone = clean_phone(data.phone)
    maker.address = (
        clean_text("field_name.address", data.address, max_len=300, required=False) or None
    )
    maker.village = (
        clean_text("field_name.village", data.village, max_len=60, required=False) or None
    )
    maker.bank_name = (
        clean_text("field_name.bank", data.bank_name, max_len=60, required=False) or None
    )
    maker.bank_account = clean_bank_account(data.bank_account)
    maker.bank_account_holder = (
        clean_text(
            "field_name.account_holder", data.bank_account_holder, max_len=100, required=False
        )
        or None
    )
    maker.commission_bp = check_commission(data.commission_bp)
    joined = data.joined_on or today
    if not isinstance(joined, date):
        raise ValidationError("field.date", field=Term("field_name.joined_on"))
    maker.joined_on = joined
    maker.notes = clean_text("field_name.notes", data.notes, max_len=2000, required=False) or None


def add_maker_in(session: Session, ledger: Ledger, user: User, data: MakerInput) -> Maker:
    """Add a maker inside an open transaction (used by the importer for all-or-nothing)."""
    code = clean_code("field_name.maker_code", data.code, max_len=16)
    if session.scalar(select(Maker.id).where(Maker.code == code)) is not None:
        raise ValidationError("maker.exists", code=code)
    now = ledger.now()
    maker = Maker(code=code, active=True, created_at=now)
    _apply(maker, data, to_local(now).date())
    session.add(maker)
    record(
        session,
        action="maker.add",
        user_id=user.id,
        at=now,
        summary=f"maker {code} {maker.name} added",
        records=[maker],
    )
    return maker


def add_maker(ledger: Ledger, *, actor: Actor, data: MakerInput) -> MakerView:
    def work(session: Session) -> MakerView:
        user = require(session, actor, Action.MANAGE_MAKERS)
        return maker_view(add_maker_in(session, ledger, user, data), user)

    return ledger.run_write(work)


def edit_maker(ledger: Ledger, *, actor: Actor, code: str, data: MakerInput) -> MakerView:
    """Change a maker's details (not the code); the old values stay in the journal."""

    def work(session: Session) -> MakerView:
        user = require(session, actor, Action.MANAGE_MAKERS)
        maker = maker_row(session, code)
        if data.commission_bp != maker.commission_bp:
            require(session, actor, Action.CHANGE_SETTINGS)
        given = data
        if not may(user.role, Action.VIEW_MAKER_PRIVATE):
            # What this user saw was masked: keep the stored values unless they typed new ones.
            if given.nik in (None, "", mask_nik(maker.nik)):
                given = replace(given, nik=maker.nik)
            if given.bank_account in (None, "", mask_account(maker.bank_account)):
                given = replace(given, bank_account=maker.bank_account)
            if given.phone in (None, "", mask_phone(maker.phone)):
                given = replace(given, phone=maker.phone)
        _apply(maker, given, maker.joined_on)
        record(
            session,
            action="maker.edit",
            user_id=user.id,
            at=ledger.now(),
            summary=f"maker {maker.code} edited",
            records=[maker],
        )
        return maker_view(maker, user)

    return ledger.run_write(work)


def set_maker_active(ledger: Ledger, *, actor: Actor, code: str, active: bool) -> MakerView:
    """Deactivate (or reactivate) a maker; makers are never deleted, their history stays."""

    def work(session: Session) -> MakerView:
        user = require(session, actor, Action.MANAGE_MAKERS)
        maker = maker_row(session, code)
        maker.active = active
        record(
            session,
            action="maker.activate" if active else "maker.deactivate",
            user_id=user.id,
            at=ledger.now(),
            summary=f"maker {maker.code} {'activated' if active else 'deactivated'}",
            records=[maker],
        )
        return maker_view(maker, user)

    return ledger.run_write(work)


def get_maker(ledger: Ledger, *, actor: Actor, code: str) -> MakerView:
    with ledger.read() as session:
        user = current_user(session, actor)
        return maker_view(maker_row(session, code), user)


def list_makers(
    ledger: Ledger, *, actor: Actor, text: str = "", active_only: bool = False, limit: int = 2000
) -> list[MakerView]:
    with ledger.read() as session:
        user = current_user(session, actor)
        query = (
            select(Maker)
            .order_by(Maker.code)
            .limit(check_count("field_name.row_count", limit, maximum=MAX_LISTED))
        )
        if words := search_text(text):
            pattern = contains(words)
            query = query.where(
                or_(
                    *(
                        column.ilike(pattern, escape="\\")
                        for column in (Maker.code, Maker.name, Maker.business_name, Maker.village)
                    )
                )
            )
        if active_only:
            query = query.where(Maker.active)
        return [maker_view(m, user) for m in session.scalars(private.with_private(query, session))]
