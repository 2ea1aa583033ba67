"""GUI fixtures: the showroom's ledger behind real Qt widgets on the offscreen platform."""

from __future__ import annotations

import pytest

from showroom_pos.gui.context import AppContext
from showroom_pos.gui.main import application
from tests.conftest import Showroom


@pytest.fixture
def app_context(sqlite_showroom: Showroom, qapp: object) -> AppContext:
    application("en")
    return AppContext(sqlite_showroom.ledger, sqlite_showroom.cashier, "K1", "en")
