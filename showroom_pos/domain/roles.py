"""Roles of the showroom's people and what each may do."""

from __future__ import annotations

from enum import StrEnum

from showroom_pos.domain.kinds import label
from showroom_pos.domain.text import CATALOGUE, Term


class Role(StrEnum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    TREASURER = "treasurer"
    CASHIER = "cashier"
    STAFF = "staff"


class Action(StrEnum):
    MANAGE_MAKERS = "manage_makers"
    VIEW_MAKER_PRIVATE = "view_maker_private"
    RECEIVE_CONSIGNMENT = "receive_consignment"
    EDIT_ITEM = "edit_item"
    CHANGE_PRICE = "change_price"
    SELL = "sell"
    REFUND = "refund"
    RETURN_TO_MAKER = "return_to_maker"
    ADJUST_STOCK = "adjust_stock"
    COUNT_STOCK = "count_stock"
    RUN_SHIFT = "run_shift"
    CASH_IN_OUT = "cash_in_out"
    VIEW_SETTLEMENT = "view_settlement"
    FINALIZE_SETTLEMENT = "finalize_settlement"
    ADD_DEDUCTION = "add_deduction"
    RECORD_PAYOUT = "record_payout"
    CLOSE_PERIOD = "close_period"
    MANAGE_USERS = "manage_users"
    CHANGE_SETTINGS = "change_settings"
    MANAGE_TERMINALS = "manage_terminals"
    VERIFY_JOURNAL = "verify_journal"
    BACKUP = "backup"
    IMPORT_DATA = "import_data"
    CLOSE_DAY = "close_day"
    VIEW_REPORTS = "view_reports"
    MANAGE_EVENTS = "manage_events"
    PACK_EVENT = "pack_event"


def role_term(role: Role | str) -> Term:
    """A role as a message's parameter, named in the message's language."""
    return Term(f"role.{role}") if f"role.{role}" in CATALOGUE else Term(str(role))


def action_term(action: Action) -> Term:
    """What a role may do as a message's parameter (`permission.denied`)."""
    return Term(f"action.{action}")


def role_label(role: Role | str, lang: str | None = "id") -> str:
    return label("role", role, lang)


def action_label(action: Action | str, lang: str | None = "id") -> str:
    return label("action", action, lang)


_EVERY_ACTION = frozenset(Action)

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.ADMIN: _EVERY_ACTION,
    Role.SUPERVISOR: _EVERY_ACTION - {Action.MANAGE_USERS},
    Role.TREASURER: frozenset(
        {
            Action.VIEW_MAKER_PRIVATE,
            Action.VIEW_SETTLEMENT,
            Action.ADD_DEDUCTION,
            Action.RECORD_PAYOUT,
            Action.VERIFY_JOURNAL,
            Action.VIEW_REPORTS,
        }
    ),
    Role.CASHIER: frozenset({Action.SELL, Action.RUN_SHIFT, Action.CASH_IN_OUT}),
    Role.STAFF: frozenset(
        {
            Action.MANAGE_MAKERS,
            Action.RECEIVE_CONSIGNMENT,
            Action.EDIT_ITEM,
            Action.RETURN_TO_MAKER,
            Action.COUNT_STOCK,
            Action.VIEW_SETTLEMENT,
            Action.IMPORT_DATA,
            Action.MANAGE_EVENTS,
        }
    ),
}

# What an event laptop's database is for: selling, and what a till needs around it. Stock,
# makers, statements and users are kept at the showroom.
EVENT_LAPTOP_ACTIONS = frozenset(
    {
        Action.SELL,
        Action.REFUND,
        Action.RUN_SHIFT,
        Action.CASH_IN_OUT,
        Action.CLOSE_DAY,
        Action.VIEW_REPORTS,
        Action.VERIFY_JOURNAL,
        Action.BACKUP,
        Action.CHANGE_SETTINGS,
        Action.MANAGE_TERMINALS,
    }
)

# Actions a user without the permission may still do when a supervisor approves that one action.
OVERRIDABLE = frozenset({Action.REFUND, Action.CHANGE_PRICE, Action.ADJUST_STOCK})


def may(role: Role | str, action: Action) -> bool:
    try:
        return action in PERMISSIONS[Role(role)]
    except ValueError:
        return False
