"""What every screen of a running program shares: the ledger, who is logged in, this till."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from showroom_pos.domain.roles import Action, may
from showroom_pos.services.context import Ledger
from showroom_pos.services.dto import Actor


class Changes(QObject):
    """Screens refresh when an operation says which kind of data it changed."""

    changed = Signal(str)  # "sales", "stock", "makers", "settlements", "settings", "users"


@dataclass
class AppContext:
    ledger: Ledger
    actor: Actor
    terminal_code: str | None
    lang: str = "id"
    demo: bool = False
    changes: Changes = field(default_factory=Changes)

    def may(self, action: Action) -> bool:
        return may(self.actor.role, action)
