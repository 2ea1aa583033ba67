"""Consignment with a maker: goods taken in on an intake slip (tanda terima titipan) and handed
back on a return slip (berita acara pengembalian), and those slips again for a reprint."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom_pos.db.models import (
    Intake,
    IntakeLine,
    Item,
    Maker,
    MakerReturn,
    MakerReturnLine,
    User,
)
from showroom_pos.domain.errors import NotFound, StockError, ValidationError
from showroom_pos.domain.kinds import MovementKind
from showroom_pos.domain.roles import Action
from showroom_pos.domain.validation import (
    check_count,
    check_quantity,
    search_text,
)
from showroom_pos.services.admin.auth import current_user, require
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.common import (
    assert_period_open,
    move_stock,
    next_number,
    record,
)
from showroom_pos.services.context import Ledger
from showroom_pos.services.lookups import item_row, maker_row
from showroom_pos.services.stock.stock import MAX_LISTED, new_item, optional_text
from showroom_pos.services.stock.types import (
    IntakeLineInput,
    Slip,
    SlipLine,
    SlipSummary,
)


def _slip(
    kind: str,
    number: str,
    maker: Maker,
    at: datetime,
    staff: User,
    lines: Sequence[tuple[Item, int, int]],
    notes: str | None,
) -> Slip:
    return Slip(
        kind=kind,
        number=number,
        maker_code=maker.code,
        maker_name=maker.name,
        maker_business=maker.business_name,
        at=at,
        staff_name=staff.full_name,
        lines=tuple(
            SlipLine(item.code, item.name, item.technique, quantity, price)
            for item, quantity, price in lines
        ),
        notes=notes,
    )


def _makers_item(session: Session, maker: Maker, code: Any) -> Item:
    """One of `maker`'s items by its code, locked; another maker's is refused by name."""
    item = item_row(session, code, lock=True)
    if item.maker_id != maker.id:
        owner = session.get(Maker, item.maker_id)
        raise ValidationError(
            "item.wrong_maker", code=item.code, maker=owner.code if owner else item.maker_id
        )
    return item


def receive_consignment_in(
    session: Session,
    ledger: Ledger,
    user: User,
    maker_code: str,
    lines: Sequence[IntakeLineInput],
    notes: str | None = None,
) -> Slip:
    """Take in a maker's goods inside an open transaction; one intake slip for the lot."""
    now = ledger.now()
    maker = maker_row(session, maker_code, active=True)
    if not lines:
        raise ValidationError("lines.empty")
    assert_period_open(session, maker_id=maker.id, maker_code=maker.code, at=now)
    note = optional_text("field_name.notes", notes, 1000)
    intake = Intake(
        intake_no=f"TT-{next_number(session, 'intake'):06d}",
        maker_id=maker.id,
        received_at=now,
        user_id=user.id,
        notes=note,
    )
    session.add(intake)
    session.flush()
    records: list[Any] = [intake]
    slip_lines: list[tuple[Item, int, int]] = []
    seen: set[int] = set()
    for line_no, line in enumerate(lines, start=1):
        if line.item is not None:
            item = new_item(session, maker, line.item, now)
            records.append(item)
        else:
            item = _makers_item(session, maker, line.existing_code)
            if not item.active:
                raise ValidationError("item.inactive", code=item.code)
        if item.id in seen:
            raise ValidationError("lines.duplicate", code=item.code)
        seen.add(item.id)
        quantity = check_quantity(line.quantity, unique_piece=item.unique_piece)
        if item.unique_piece and item.on_hand:
            raise ValidationError("quantity.unique")
        intake_line = IntakeLine(
            intake_id=intake.id,
            line_no=line_no,
            item_id=item.id,
            quantity=quantity,
            price=item.price,
        )
        session.add(intake_line)
        session.flush()
        records.append(intake_line)
        records.append(
            move_stock(
                session,
                item=item,
                kind=MovementKind.INTAKE,
                quantity=quantity,
                at=now,
                user_id=user.id,
                intake_line_id=intake_line.id,
            )
        )
        slip_lines.append((item, quantity, item.price))
    record(
        session,
        action="consignment.receive",
        user_id=user.id,
        at=now,
        summary=f"intake {intake.intake_no} from {maker.code}: "
        f"{sum(q for _, q, _ in slip_lines)} pcs",
        records=records,
    )
    return _slip("intake", intake.intake_no, maker, now, user, slip_lines, note)


def receive_consignment(
    ledger: Ledger,
    *,
    actor: Actor,
    maker_code: str,
    lines: Sequence[IntakeLineInput],
    notes: str | None = None,
) -> Slip:
    def work(session: Session) -> Slip:
        user = require(session, actor, Action.RECEIVE_CONSIGNMENT)
        return receive_consignment_in(session, ledger, user, maker_code, lines, notes)

    return ledger.run_write(work)


def return_to_maker(
    ledger: Ledger,
    *,
    actor: Actor,
    maker_code: str,
    lines: Sequence[tuple[str, int]],
    notes: str | None = None,
) -> Slip:
    """Hand unsold goods back to their maker, with a return slip (berita acara pengembalian)."""

    def work(session: Session) -> Slip:
        user = require(session, actor, Action.RETURN_TO_MAKER)
        now = ledger.now()
        maker = maker_row(session, maker_code)
        if not lines:
            raise ValidationError("lines.empty")
        assert_period_open(session, maker_id=maker.id, maker_code=maker.code, at=now)
        note = optional_text("field_name.notes", notes, 1000)
        back = MakerReturn(
            return_no=f"BA-{next_number(session, 'return'):06d}",
            maker_id=maker.id,
            returned_at=now,
            user_id=user.id,
            notes=note,
        )
        session.add(back)
        session.flush()
        records: list[Any] = [back]
        slip_lines: list[tuple[Item, int, int]] = []
        seen: set[int] = set()
        for line_no, (code, quantity) in enumerate(lines, start=1):
            item = _makers_item(session, maker, code)
            if item.id in seen:
                raise ValidationError("lines.duplicate", code=item.code)
            seen.add(item.id)
            qty = check_quantity(quantity)
            if qty > item.on_hand:
                raise StockError(
                    "return.too_much", code=item.code, requested=qty, available=item.on_hand
                )
            line = MakerReturnLine(
                return_id=back.id, line_no=line_no, item_id=item.id, quantity=qty, price=item.price
            )
            session.add(line)
            session.flush()
            records.append(line)
            records.append(
                move_stock(
                    session,
                    item=item,
                    kind=MovementKind.RETURN,
                    quantity=-qty,
                    at=now,
                    user_id=user.id,
                    return_line_id=line.id,
                )
            )
            slip_lines.append((item, qty, item.price))
        record(
            session,
            action="consignment.return",
            user_id=user.id,
            at=now,
            summary=f"return {back.return_no} to {maker.code}: "
            f"{sum(q for _, q, _ in slip_lines)} pcs",
            records=records,
        )
        return _slip("return", back.return_no, maker, now, user, slip_lines, note)

    return ledger.run_write(work)


def get_slip(ledger: Ledger, *, actor: Actor, number: str) -> Slip:
    """An intake (TT-...) or return (BA-...) slip again, for a reprint."""
    with ledger.read() as session:
        current_user(session, actor)
        text = number.strip().upper()
        intake = session.scalar(select(Intake).where(Intake.intake_no == text))
        if intake is not None:
            maker, staff = session.get(Maker, intake.maker_id), session.get(User, intake.user_id)
            rows = session.execute(
                select(IntakeLine, Item)
                .join(Item)
                .where(IntakeLine.intake_id == intake.id)
                .order_by(IntakeLine.line_no)
            )
            assert maker is not None and staff is not None
            return _slip(
                "intake",
                intake.intake_no,
                maker,
                intake.received_at,
                staff,
                [(item, line.quantity, line.price) for line, item in rows],
                intake.notes,
            )
        back = session.scalar(select(MakerReturn).where(MakerReturn.return_no == text))
        if back is None:
            raise NotFound("item.not_found", code=text)
        maker, staff = session.get(Maker, back.maker_id), session.get(User, back.user_id)
        assert maker is not None and staff is not None
        ret_rows = session.execute(
            select(MakerReturnLine, Item)
            .join(Item)
            .where(MakerReturnLine.return_id == back.id)
            .order_by(MakerReturnLine.line_no)
        )
        return _slip(
            "return",
            back.return_no,
            maker,
            back.returned_at,
            staff,
            [(item, line.quantity, line.price) for line, item in ret_rows],
            back.notes,
        )


def list_slips(
    ledger: Ledger, *, actor: Actor, maker_code: str | None = None, limit: int = 100
) -> list[SlipSummary]:
    """Recent intake and return slips, to reopen and reprint them."""
    limit = check_count("field_name.row_count", limit, maximum=MAX_LISTED)
    with ledger.read() as session:
        current_user(session, actor)
        intake_query = (
            select(
                Intake.intake_no,
                Maker.code,
                Maker.name,
                Intake.received_at,
                func.sum(IntakeLine.quantity),
            )
            .join(Maker, Maker.id == Intake.maker_id)
            .join(IntakeLine)
            .group_by(Intake.id, Intake.intake_no, Maker.code, Maker.name, Intake.received_at)
            .order_by(Intake.received_at.desc())
            .limit(limit)
        )
        return_query = (
            select(
                MakerReturn.return_no,
                Maker.code,
                Maker.name,
                MakerReturn.returned_at,
                func.sum(MakerReturnLine.quantity),
            )
            .join(Maker, Maker.id == MakerReturn.maker_id)
            .join(MakerReturnLine)
            .group_by(
                MakerReturn.id,
                MakerReturn.return_no,
                Maker.code,
                Maker.name,
                MakerReturn.returned_at,
            )
            .order_by(MakerReturn.returned_at.desc())
            .limit(limit)
        )
        if wanted := search_text(maker_code).upper():
            intake_query = intake_query.where(Maker.code == wanted)
            return_query = return_query.where(Maker.code == wanted)
        slips = [
            SlipSummary(no, "intake", code, name, at, int(pieces or 0))
            for no, code, name, at, pieces in session.execute(intake_query)
        ]
        slips += [
            SlipSummary(no, "return", code, name, at, int(pieces or 0))
            for no, code, name, at, pieces in session.execute(return_query)
        ]
        return sorted(slips, key=lambda s: (s.at, s.number), reverse=True)[:limit]
