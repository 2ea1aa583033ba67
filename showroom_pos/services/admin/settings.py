"""The showroom's settings and its tills; every change is journaled."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom_pos.db.models import Setting, Terminal
from showroom_pos.domain import qris
from showroom_pos.domain.errors import ValidationError
from showroom_pos.domain.printer_uri import parse_uri
from showroom_pos.domain.roles import Action
from showroom_pos.domain.text import Term
from showroom_pos.domain.validation import check_commission, clean_code, clean_text
from showroom_pos.services.admin.auth import current_user, require
from showroom_pos.services.admin.types import Actor, TerminalView
from showroom_pos.services.common import record
from showroom_pos.services.context import Ledger

DEFAULTS: dict[str, str] = {
    "showroom.name": "Showroom Dekranasda Kota Pekalongan",
    "showroom.address": "Museum Batik Pekalongan, Jl. Jetayu No. 1, Kota Pekalongan",
    "showroom.phone": "",
    "showroom.npwp": "",
    "showroom.logo": "",
    "receipt.header": "",
    "receipt.footer": "Terima kasih telah mendukung pembatik Pekalongan",
    "receipt.logo": "",
    "receipt.qr": "",
    "receipt.printer": "",
    "receipt.profile": "TM-T88III",
    "label.printer": "",
    "qris.payload": "",
    # "0": a QRIS payment may be taken without its reference (the cashier cannot always see
    # one on the buyer's phone); transfers always need theirs
    "qris.reference_required": "1",
    "language": "id",
    "commission.default_bp": "0",
    "stock.return_after_days": "180",
    "backup.folder": "",
    "logo.path": "",
}


def get_settings(ledger: Ledger) -> dict[str, str]:
    """Every setting, defaults filled in."""
    with ledger.read() as session:
        stored = {s.key: s.value for s in session.scalars(select(Setting))}
    return {**DEFAULTS, **stored}


PRINTER_KEYS = ("receipt.printer", "label.printer")


def check_setting(key: str, text: str) -> str:
    """A setting's value as it will be stored; a value the program could not use is refused."""
    if key in PRINTER_KEYS and text:
        parse_uri(text)
    elif key == "receipt.profile":
        from escpos.capabilities import get_profile

        try:
            get_profile(text)
        except KeyError:
            raise ValidationError("setting.bad_profile", profile=text) from None
    elif key == "commission.default_bp":
        return str(check_commission(int(text) if text.isdigit() else text))
    elif key == "stock.return_after_days":
        if not text.isdigit() or not 1 <= int(text) <= 3650:
            raise ValidationError("field.integer", field=Term("field_name.return_after_days"))
    elif key == "qris.payload" and text:
        qris.parse(text)
    elif key == "qris.reference_required" and text not in ("0", "1"):
        raise ValidationError(
            "field.choice",
            field=Term("field_name.qris_reference_required"),
            value=text,
            choices="0, 1",
        )
    elif key == "language" and text not in ("id", "en"):
        raise ValidationError(
            "field.choice", field=Term("field_name.language"), value=text, choices="id, en"
        )
    return text


def set_settings_in(session: Session, ledger: Ledger, user_id: int, values: dict[str, str]) -> None:
    now = ledger.now()
    changed = []
    for key, value in sorted(values.items()):
        if key not in DEFAULTS:
            raise ValidationError("setting.unknown", key=key)
        text = check_setting(key, clean_text(key, value, max_len=2000, required=False))
        row = session.get(Setting, key)
        if row is None:
            row = Setting(key=key, value=text, updated_at=now)
            session.add(row)
        elif row.value == text:
            continue
        else:
            row.value = text
            row.updated_at = now
        changed.append(row)
    if changed:
        record(
            session,
            action="settings.change",
            user_id=user_id,
            at=now,
            summary="settings changed: " + ", ".join(r.key for r in changed),
            records=changed,
        )


def set_settings(ledger: Ledger, *, actor: Actor, values: dict[str, str]) -> dict[str, str]:
    def work(session: Session) -> None:
        user = require(session, actor, Action.CHANGE_SETTINGS)
        set_settings_in(session, ledger, user.id, values)

    ledger.run_write(work)
    return get_settings(ledger)


def _view(terminal: Terminal) -> TerminalView:
    return TerminalView(terminal.id, terminal.code, terminal.name, terminal.last_receipt_seq)


def add_terminal_in(
    session: Session, ledger: Ledger, user_id: int, code: str, name: str
) -> Terminal:
    clean = clean_code("field_name.terminal_code", code, max_len=8)
    if session.scalar(select(Terminal.id).where(Terminal.code == clean)) is not None:
        raise ValidationError("terminal.exists", code=clean)
    now = ledger.now()
    terminal = Terminal(
        code=clean,
        name=clean_text("field_name.terminal_name", name, max_len=100),
        last_receipt_seq=0,
        last_refund_seq=0,
        created_at=now,
    )
    session.add(terminal)
    record(
        session,
        action="terminal.add",
        user_id=user_id,
        at=now,
        summary=f"till {clean} added",
        records=[terminal],
    )
    return terminal


def add_terminal(ledger: Ledger, *, actor: Actor, code: str, name: str) -> TerminalView:
    def work(session: Session) -> TerminalView:
        user = require(session, actor, Action.MANAGE_TERMINALS)
        return _view(add_terminal_in(session, ledger, user.id, code, name))

    return ledger.run_write(work)


def list_terminals(ledger: Ledger, *, actor: Actor) -> list[TerminalView]:
    with ledger.read() as session:
        current_user(session, actor)
        return [_view(t) for t in session.scalars(select(Terminal).order_by(Terminal.code))]


def terminal_for_this_computer(ledger: Ledger, *, actor: Actor, code: str) -> TerminalView:
    """The till a computer is about to be set up as: it must exist, and setting a computer
    up is for those who manage the tills (journaled, so a till's papers can be traced)."""
    from showroom_pos.services.till.shifts import terminal_row

    def work(session: Session) -> TerminalView:
        user = require(session, actor, Action.MANAGE_TERMINALS)
        terminal = terminal_row(session, code)
        record(
            session,
            action="terminal.assign",
            user_id=user.id,
            at=ledger.now(),
            summary=f"a computer was set up as till {terminal.code}",
        )
        return _view(terminal)

    return ledger.run_write(work)
