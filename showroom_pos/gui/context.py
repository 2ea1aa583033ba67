"""What every screen of a running program shares: the ledger, who is logged in, this till,
and on an event laptop its event."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from showroom_pos.domain.roles import EVENT_LAPTOP_ACTIONS, Action, may
from showroom_pos.gui.ops import Change, Changes, Op, save
from showroom_pos.services.admin.types import Actor
from showroom_pos.services.context import Ledger
from showroom_pos.services.stock.types import EventView

T = TypeVar("T")


@dataclass
class AppContext:
    ledger: Ledger
    actor: Actor
    terminal_code: str | None
    lang: str = "id"
    demo: bool = False
    changes: Changes = field(default_factory=Changes)
    event: EventView | None = None  # on an event laptop's database: its event

    def may(self, action: Action) -> bool:
        """The role may, and the database allows it here (an event laptop only sells)."""
        if self.event is not None and action not in EVENT_LAPTOP_ACTIONS:
            return False
        return may(self.actor.role, action)

    def save(
        self, parent: QWidget | None, work: Callable[[], T], changes: Change, label: str = ""
    ) -> Op[T]:
        """A save of this program's user, announced on this program's noticeboard."""
        return save(parent, work, changes, self.changes, label)
