"""GUI fixtures: the showroom's ledger behind real Qt widgets on the offscreen platform.

Every GUI test also checks that no screen saved to the database on the GUI thread: a save
must go through `showroom_pos.gui.ops`, which runs it on the save thread."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

import showroom_pos.gui
from showroom_pos.gui.context import AppContext
from showroom_pos.gui.main import application
from showroom_pos.services.context import Ledger
from tests.conftest import Showroom

GUI_DIR = Path(showroom_pos.gui.__file__).parent
# the screenshot tool fills its own demo ledger, like a script would
NOT_SCREENS = {GUI_DIR / "screenshots.py"}


def gui_caller() -> str | None:
    """The GUI module and line that called into the ledger on this thread, if any."""
    frame = sys._getframe(2)
    while frame is not None:
        path = Path(frame.f_code.co_filename)
        if path.is_relative_to(GUI_DIR) and path not in NOT_SCREENS:
            return f"{path.name}:{frame.f_lineno} {frame.f_code.co_name}"
        frame = frame.f_back  # type: ignore[assignment]
    return None


@pytest.fixture(autouse=True)
def saves_off_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    violations: list[str] = []
    original = Ledger.write

    def write(self: Ledger) -> AbstractContextManager[Session]:
        if threading.current_thread() is threading.main_thread():
            caller = gui_caller()
            if caller is not None:
                violations.append(caller)
        return original(self)

    monkeypatch.setattr(Ledger, "write", write)
    yield violations
    assert not violations, f"saved on the GUI thread, not through gui.ops: {violations}"


@pytest.fixture
def app_context(sqlite_showroom: Showroom, qapp: object) -> AppContext:
    application("en")
    return AppContext(sqlite_showroom.ledger, sqlite_showroom.cashier, "K1", "en")
